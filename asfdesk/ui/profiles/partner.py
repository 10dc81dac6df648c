"""Partner organisation editor with its contact persons and an activity timeline."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget

from asfdesk import entities
from asfdesk.domain.enums import ActivityType, PartnerKind
from asfdesk.i18n import QT_TRANSLATE_NOOP
from asfdesk.ui.profiles.base import ProfileWindow
from asfdesk.ui.profiles.contact import ContactsList
from asfdesk.ui.profiles.fields import (
    ChoiceField,
    MultilineField,
    SearchableChoiceField,
    TextField,
    enum_choices,
)
from asfdesk.ui.profiles.form import FieldSpec, RecordForm, Section
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.postcode import PostcodeFill
from asfdesk.ui.profiles.timeline import Timeline

TAB_TITLES = (
    QT_TRANSLATE_NOOP("Profiles", "Contacts"),
    QT_TRANSLATE_NOOP("Profiles", "Activity"),
)  # after "Details"


class PartnerProfile(ProfileWindow):
    entity = "partner_organisation"
    default_size = QSize(860, 600)

    def build_form(self) -> RecordForm:
        lookups = self.manager.lookups
        general = [
            FieldSpec("name", QT_TRANSLATE_NOOP("Profiles", "Name"), TextField(), live=True),
            FieldSpec("kind", QT_TRANSLATE_NOOP("Profiles", "Kind"), ChoiceField(enum_choices(PartnerKind))),
            FieldSpec(
                "municipality_code",
                QT_TRANSLATE_NOOP("Profiles", "Municipality"),
                SearchableChoiceField(lookups.municipalities),
            ),
            FieldSpec("notes", QT_TRANSLATE_NOOP("Profiles", "Notes"), MultilineField()),
        ]
        address = [
            FieldSpec("street_address", QT_TRANSLATE_NOOP("Profiles", "Address"), TextField(), live=True),
            FieldSpec(
                "postal_code", QT_TRANSLATE_NOOP("Profiles", "Postcode"), TextField("821 43"), live=True
            ),
            FieldSpec("city", QT_TRANSLATE_NOOP("Profiles", "City"), TextField(), live=True),
            FieldSpec("phone", QT_TRANSLATE_NOOP("Profiles", "Phone"), TextField(), live=True),
            FieldSpec("email", QT_TRANSLATE_NOOP("Profiles", "E-mail"), TextField(), live=True),
            FieldSpec("website", QT_TRANSLATE_NOOP("Profiles", "Website"), TextField(), live=True),
        ]
        form = RecordForm(
            self.entity,
            [
                Section(QT_TRANSLATE_NOOP("Profiles", "Partner organisation"), general, 0),
                Section(QT_TRANSLATE_NOOP("Profiles", "Address and contact"), address, 1),
            ],
        )
        self.postcode_fill = PostcodeFill(form)  # city and municipality, as for enterprises
        return form

    def build_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        self.contacts = ContactsList(self.manager, "partner_organisation_id")
        self.timeline = Timeline(self.sessions, "partner_organisation_id", ActivityType.MEETING)
        tabs.addTab(self.contacts, tr(TAB_TITLES[0]))
        tabs.addTab(self.timeline, tr(TAB_TITLES[1]))
        return tabs

    def loaded(self, data) -> None:
        self._set_owner()

    def after_save(self) -> None:
        self._set_owner()

    def _set_owner(self) -> None:
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, self.record_id is not None)
        self.contacts.owner_id = self.record_id
        self.timeline.owner_id = self.record_id

    def retranslate(self) -> None:
        super().retranslate()
        for index, title in enumerate(TAB_TITLES, start=1):
            self.tabs.setTabText(index, tr(title))

    def entity_title(self) -> str:
        return entities.get(self.entity).label()

    def display_name(self) -> str:
        return self.form.value("name") or ""
