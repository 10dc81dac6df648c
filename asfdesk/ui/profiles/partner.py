"""Partner organisation editor with its contact persons and an activity timeline."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget

from asfdesk.domain.enums import ActivityType, PartnerKind
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
from asfdesk.ui.profiles.timeline import Timeline


class PartnerProfile(ProfileWindow):
    entity = "partner_organisation"
    default_size = QSize(860, 600)

    def build_form(self) -> RecordForm:
        lookups = self.manager.lookups
        general = [
            FieldSpec("name", tr("Name"), TextField(), live=True),
            FieldSpec("kind", tr("Kind"), ChoiceField(enum_choices(PartnerKind))),
            FieldSpec("municipality_code", tr("Municipality"), SearchableChoiceField(lookups.municipalities)),
            FieldSpec("notes", tr("Notes"), MultilineField()),
        ]
        address = [
            FieldSpec("street_address", tr("Address"), TextField(), live=True),
            FieldSpec("postal_code", tr("Postcode"), TextField("821 43"), live=True),
            FieldSpec("city", tr("City"), TextField(), live=True),
            FieldSpec("phone", tr("Phone"), TextField(), live=True),
            FieldSpec("email", tr("E-mail"), TextField(), live=True),
            FieldSpec("website", tr("Website"), TextField(), live=True),
        ]
        return RecordForm(
            self.entity,
            [Section(tr("Partner organisation"), general, 0), Section(tr("Address and contact"), address, 1)],
        )

    def build_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        self.contacts = ContactsList(self.manager, "partner_organisation_id")
        self.timeline = Timeline(self.sessions, "partner_organisation_id", ActivityType.MEETING)
        tabs.addTab(self.contacts, tr("Contacts"))
        tabs.addTab(self.timeline, tr("Activity"))
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

    def entity_title(self) -> str:
        return tr("Partner organisation")

    def display_name(self) -> str:
        return self.form.value("name") or ""
