"""The enterprise profile: every field, services, and tabs for contacts, referrals, events, notes.

Never shows jobseeker data beyond a name: the referrals tab lists name, kind, status and dates.
"""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton, QTabWidget

from asfdesk.db.queries import profiles as q
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ActivityType, EnterpriseStatus, LegalForm
from asfdesk.domain.errors import ValidationError
from asfdesk.geodata import lookup_postcode
from asfdesk.ui.profiles.base import ProfileWindow
from asfdesk.ui.profiles.contact import ContactsList
from asfdesk.ui.profiles.fields import (
    BoolField,
    ChecklistField,
    ChoiceField,
    MultilineField,
    NumberField,
    SearchableChoiceField,
    TextField,
    enum_choices,
)
from asfdesk.ui.profiles.form import FieldSpec, RecordForm, Section
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.related import PagedRowsModel, RelatedList
from asfdesk.ui.profiles.timeline import Timeline

# Printing lives in asfdesk.ui.print_export (the import/export work). The button appears when
# that module exists; it is imported on first use because it pulls in openpyxl and icalendar.
CAN_PRINT = importlib.util.find_spec("asfdesk.ui.print_export") is not None


class EnterpriseProfile(ProfileWindow):
    entity = "enterprise"
    default_size = QSize(980, 720)

    def build_form(self) -> RecordForm:
        lookups = self.manager.lookups
        consultant = ChoiceField(lookups.consultants, optional=True)
        services = ChecklistField()
        services.set_choices(lookups.services)
        self._auto = {"city": None, "municipality_code": None}
        general = [
            FieldSpec("name", tr("Name"), TextField(), live=True),
            FieldSpec("org_number", tr("Organisation number"), TextField("556016-0680"), live=True),
            FieldSpec("legal_form", tr("Legal form"), ChoiceField(enum_choices(LegalForm))),
            FieldSpec("status", tr("Status"), ChoiceField(enum_choices(EnterpriseStatus))),
            FieldSpec("responsible_consultant_id", tr("Responsible consultant"), consultant),
            FieldSpec("description", tr("Description"), MultilineField()),
        ]
        address = [
            FieldSpec("street_address", tr("Visiting address"), TextField(), live=True),
            FieldSpec("postal_code", tr("Postcode"), TextField("821 43"), live=True),
            FieldSpec("city", tr("City"), TextField(), live=True),
            FieldSpec("municipality_code", tr("Municipality"), SearchableChoiceField(lookups.municipalities)),
            FieldSpec("phone", tr("Phone"), TextField("0278-123 45"), live=True),
            FieldSpec("email", tr("E-mail"), TextField(), live=True),
            FieldSpec("website", tr("Website"), TextField(), live=True),
        ]
        capacity = [
            FieldSpec("training_places_total", tr("Work-training places"), NumberField(), live=True),
            FieldSpec("training_places_available", tr("Free places"), NumberField(), live=True),
            FieldSpec("employees", tr("Employees"), NumberField(), live=True),
            FieldSpec("participants_in_training", tr("Participants in training"), NumberField(), live=True),
            FieldSpec(
                "reserved_contracts", tr("Reserved contracts"), BoolField(tr("Has reserved contracts"))
            ),
        ]
        criteria = [
            FieldSpec(
                "integration_purpose", tr("Integration"), BoolField(tr("Work integration is the purpose"))
            ),
            FieldSpec(
                "participation", tr("Participation"), BoolField(tr("Participants take part in decisions"))
            ),
            FieldSpec("reinvested_profits", tr("Profits"), BoolField(tr("Profits are reinvested"))),
            FieldSpec(
                "independent_of_public_sector",
                tr("Independence"),
                BoolField(tr("Independent of the public sector")),
            ),
        ]
        other = [
            FieldSpec("service_ids", tr("Services"), services),
            FieldSpec("notes", tr("Notes"), MultilineField()),
        ]
        form = RecordForm(
            self.entity,
            [
                Section(tr("Enterprise"), general, 0),
                Section(tr("Address and contact"), address, 0),
                Section(tr("Capacity"), capacity, 1),
                Section(tr("ASF criteria"), criteria, 1),
                Section(tr("Services and notes"), other, 1),
            ],
        )
        form.fields["postal_code"].on_leave(self._postcode_left)
        return form

    def build_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        self.contacts = ContactsList(self.manager, "enterprise_id")
        headers = [
            tr("Jobseeker"),
            tr("Kind"),
            tr("Status"),
            tr("Referred"),
            tr("Planned start"),
            tr("Planned end"),
        ]
        self.referrals = RelatedList(
            PagedRowsModel(headers, self._fetch_referrals), tr("No referrals to this enterprise yet.")
        )
        self.referrals.set_widths([190, 150, 110, 100, 110])
        self.referrals.add_button(tr("New referral…"), self.new_referral)
        self.referrals.activated.connect(lambda rid: self.manager.open("referral", rid))
        headers = [tr("Starts"), tr("Event"), tr("Kind"), tr("Contact person"), tr("Participant status")]
        self.events = RelatedList(
            PagedRowsModel(headers, self._fetch_events),
            tr("None of the contact persons has taken part in an event."),
        )
        self.events.set_widths([130, 300, 130, 170])
        self.events.activated.connect(lambda eid: self.manager.open("event", eid))
        self.timeline = Timeline(self.sessions, "enterprise_id", ActivityType.MEETING)
        tabs.addTab(self.contacts, tr("Contacts"))
        tabs.addTab(self.referrals, tr("Referrals"))
        tabs.addTab(self.events, tr("Events"))
        tabs.addTab(self.timeline, tr("Activity"))
        self.manager.saved.connect(self._record_changed)
        self.manager.deleted.connect(self._record_changed)
        if CAN_PRINT:
            self.print_button = QPushButton(tr("Print contact sheet…"))
            self.print_button.clicked.connect(self.print_sheet)
        else:
            self.print_button = None
        return tabs

    def loaded(self, data) -> None:
        self._set_owner()
        if self.print_button is not None:
            self.buttons.insertWidget(1, self.print_button)

    def after_save(self) -> None:
        self._set_owner()

    def _set_owner(self) -> None:
        exists = self.record_id is not None
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, exists)
        for related in (self.contacts, self.timeline):
            related.owner_id = self.record_id
        if self.print_button is not None:
            self.print_button.setEnabled(exists)

    def entity_title(self) -> str:
        return tr("Enterprise")

    def display_name(self) -> str:
        return self.form.value("name") or ""

    # -- related lists -----------------------------------------------------------------------

    def _fetch_referrals(self, offset: int, limit: int):
        if self.record_id is None:
            return []
        with session_scope(self.sessions) as session:
            return q.enterprise_referrals(session, self.record_id, offset, limit)

    def _fetch_events(self, offset: int, limit: int):
        if self.record_id is None:
            return []
        with session_scope(self.sessions) as session:
            return q.enterprise_events(session, self.record_id, offset, limit)

    def _record_changed(self, entity: str, _record_id: int) -> None:
        lists = {"referral": self.referrals, "event": self.events}
        related = lists.get(entity)
        if related is not None and related._loaded:
            related.reload()

    def new_referral(self) -> None:
        if self.record_id is not None:
            self.manager.open("referral", None, enterprise_id=self.record_id)

    def print_sheet(self) -> None:
        """The enterprise's contact sheet (no jobseeker data) in a print preview."""
        if self.record_id is None or not CAN_PRINT:
            return
        from asfdesk.ui.print_export import print_enterprise_sheets

        print_enterprise_sheets(self, self.sessions, [self.record_id], "preview")

    # -- postcode ----------------------------------------------------------------------------

    def _postcode_left(self) -> None:
        """Fill city and municipality from the postcode unless the user typed their own."""
        try:
            info = lookup_postcode(self.form.value("postal_code") or "")
        except ValidationError:
            return  # the field shows the message
        if info is None:
            return
        for name, value in (("city", info.city), ("municipality_code", info.municipality_code)):
            current = self.form.value(name)
            if current is None or current == self._auto[name]:
                if current != value:
                    self.form.set_value(name, value)
                self._auto[name] = value
