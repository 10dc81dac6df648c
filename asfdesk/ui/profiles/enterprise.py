"""The enterprise profile: every field, services, and tabs for contacts, referrals, events, notes.

Never shows jobseeker data beyond a name: the referrals tab lists name, kind, status and dates.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QTabWidget

from asfdesk import entities
from asfdesk.db.queries import profiles as q
from asfdesk.domain.enums import ActivityType, EnterpriseStatus, LegalForm
from asfdesk.entities.enterprise import SERVICES
from asfdesk.i18n import QT_TRANSLATE_NOOP
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
from asfdesk.ui.profiles.postcode import PostcodeFill
from asfdesk.ui.profiles.related import PagedRowsModel, RelatedList
from asfdesk.ui.profiles.timeline import Timeline

TAB_TITLES = (
    QT_TRANSLATE_NOOP("Profiles", "Contacts"),
    QT_TRANSLATE_NOOP("Profiles", "Referrals"),
    QT_TRANSLATE_NOOP("Profiles", "Events"),
    QT_TRANSLATE_NOOP("Profiles", "Activity"),
)  # after "Details"


class EnterpriseProfile(ProfileWindow):
    entity = "enterprise"
    default_size = QSize(980, 720)

    def build_form(self) -> RecordForm:
        lookups = self.manager.lookups
        consultant = ChoiceField(lookups.consultants, optional=True)
        services = ChecklistField()
        services.set_choices(lookups.services)
        general = [
            FieldSpec("name", QT_TRANSLATE_NOOP("Profiles", "Name"), TextField(), live=True),
            FieldSpec(
                "org_number",
                QT_TRANSLATE_NOOP("Profiles", "Organisation number"),
                TextField("556016-0680"),
                live=True,
            ),
            FieldSpec(
                "legal_form",
                QT_TRANSLATE_NOOP("Profiles", "Legal form"),
                ChoiceField(enum_choices(LegalForm)),
            ),
            FieldSpec(
                "status", QT_TRANSLATE_NOOP("Profiles", "Status"), ChoiceField(enum_choices(EnterpriseStatus))
            ),
            FieldSpec(
                "responsible_consultant_id",
                QT_TRANSLATE_NOOP("Profiles", "Responsible consultant"),
                consultant,
            ),
            FieldSpec("description", QT_TRANSLATE_NOOP("Profiles", "Description"), MultilineField()),
        ]
        address = [
            FieldSpec(
                "street_address", QT_TRANSLATE_NOOP("Profiles", "Visiting address"), TextField(), live=True
            ),
            FieldSpec(
                "postal_code", QT_TRANSLATE_NOOP("Profiles", "Postcode"), TextField("821 43"), live=True
            ),
            FieldSpec("city", QT_TRANSLATE_NOOP("Profiles", "City"), TextField(), live=True),
            FieldSpec(
                "municipality_code",
                QT_TRANSLATE_NOOP("Profiles", "Municipality"),
                SearchableChoiceField(lookups.municipalities),
            ),
            FieldSpec("phone", QT_TRANSLATE_NOOP("Profiles", "Phone"), TextField("0278-123 45"), live=True),
            FieldSpec("email", QT_TRANSLATE_NOOP("Profiles", "E-mail"), TextField(), live=True),
            FieldSpec("website", QT_TRANSLATE_NOOP("Profiles", "Website"), TextField(), live=True),
        ]
        capacity = [
            FieldSpec(
                "training_places_total",
                QT_TRANSLATE_NOOP("Profiles", "Work-training places"),
                NumberField(),
                live=True,
            ),
            # Derived from the referrals that hold a place (asfdesk.db.queries.capacity): shown,
            # never typed, so it stays true as referrals start and end.
            FieldSpec("free_places", QT_TRANSLATE_NOOP("Profiles", "Free places"), _derived_number()),
            FieldSpec("employees", QT_TRANSLATE_NOOP("Profiles", "Employees"), NumberField(), live=True),
            FieldSpec(
                "participants_in_training",
                QT_TRANSLATE_NOOP("Profiles", "Participants in training"),
                NumberField(),
                live=True,
            ),
            FieldSpec(
                "reserved_contracts",
                QT_TRANSLATE_NOOP("Profiles", "Reserved contracts"),
                BoolField(QT_TRANSLATE_NOOP("Profiles", "Has reserved contracts")),
            ),
        ]
        criteria = [
            FieldSpec(
                "integration_purpose",
                QT_TRANSLATE_NOOP("Profiles", "Integration"),
                BoolField(QT_TRANSLATE_NOOP("Profiles", "Work integration is the purpose")),
            ),
            FieldSpec(
                "participation",
                QT_TRANSLATE_NOOP("Profiles", "Participation"),
                BoolField(QT_TRANSLATE_NOOP("Profiles", "Participants take part in decisions")),
            ),
            FieldSpec(
                "reinvested_profits",
                QT_TRANSLATE_NOOP("Profiles", "Profits"),
                BoolField(QT_TRANSLATE_NOOP("Profiles", "Profits are reinvested")),
            ),
            FieldSpec(
                "independent_of_public_sector",
                QT_TRANSLATE_NOOP("Profiles", "Independence"),
                BoolField(QT_TRANSLATE_NOOP("Profiles", "Independent of the public sector")),
            ),
        ]
        other = [
            FieldSpec(SERVICES.name, QT_TRANSLATE_NOOP("Profiles", "Services"), services),
            FieldSpec("notes", QT_TRANSLATE_NOOP("Profiles", "Notes"), MultilineField()),
        ]
        form = RecordForm(
            self.entity,
            [
                Section(QT_TRANSLATE_NOOP("Profiles", "Enterprise"), general, 0),
                Section(QT_TRANSLATE_NOOP("Profiles", "Address and contact"), address, 0),
                Section(QT_TRANSLATE_NOOP("Profiles", "Capacity"), capacity, 1),
                Section(QT_TRANSLATE_NOOP("Profiles", "ASF criteria"), criteria, 1),
                Section(QT_TRANSLATE_NOOP("Profiles", "Services and notes"), other, 1),
            ],
        )
        self.postcode_fill = PostcodeFill(form)  # city and municipality from the postcode
        return form

    def build_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        self.contacts = ContactsList(self.manager, "enterprise_id")
        headers = [
            QT_TRANSLATE_NOOP("Profiles", "Jobseeker"),
            QT_TRANSLATE_NOOP("Profiles", "Kind"),
            QT_TRANSLATE_NOOP("Profiles", "Status"),
            QT_TRANSLATE_NOOP("Profiles", "Referred"),
            QT_TRANSLATE_NOOP("Profiles", "Planned start"),
            QT_TRANSLATE_NOOP("Profiles", "Planned end"),
        ]
        self.referrals = RelatedList(
            PagedRowsModel(headers, self._fetch_referrals, sessions=self.sessions),
            QT_TRANSLATE_NOOP("Profiles", "No referrals to this enterprise yet."),
            shows=("referral",),
        )
        self.referrals.set_widths([190, 150, 110, 100, 110])
        self.referrals.add_button(QT_TRANSLATE_NOOP("Profiles", "New referral…"), self.new_referral)
        self.referrals.activated.connect(lambda rid: self.manager.open("referral", rid))
        headers = [
            QT_TRANSLATE_NOOP("Profiles", "Starts"),
            QT_TRANSLATE_NOOP("Profiles", "Event"),
            QT_TRANSLATE_NOOP("Profiles", "Kind"),
            QT_TRANSLATE_NOOP("Profiles", "Contact person"),
            QT_TRANSLATE_NOOP("Profiles", "Participant status"),
        ]
        self.events = RelatedList(
            PagedRowsModel(headers, self._fetch_events, sessions=self.sessions),
            QT_TRANSLATE_NOOP("Profiles", "None of the contact persons has taken part in an event."),
            shows=("event",),
        )
        self.events.set_widths([130, 300, 130, 170])
        self.events.activated.connect(lambda eid: self.manager.open("event", eid))
        self.timeline = Timeline(self.sessions, "enterprise_id", ActivityType.MEETING)
        tabs.addTab(self.contacts, tr(TAB_TITLES[0]))
        tabs.addTab(self.referrals, tr(TAB_TITLES[1]))
        tabs.addTab(self.events, tr(TAB_TITLES[2]))
        tabs.addTab(self.timeline, tr(TAB_TITLES[3]))
        self.print_button = QPushButton(tr("Print contact sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        return tabs

    def loaded(self, data) -> None:
        self._set_owner()
        if self.buttons.indexOf(self.print_button) < 0:
            self.buttons.insertWidget(1, self.print_button)

    def after_save(self) -> None:
        self._set_owner()

    def _set_owner(self) -> None:
        exists = self.record_id is not None
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, exists)
        for related in (self.contacts, self.timeline):
            related.owner_id = self.record_id
        self.print_button.setEnabled(exists)

    def retranslate(self) -> None:
        super().retranslate()
        for index, title in enumerate(TAB_TITLES, start=1):
            self.tabs.setTabText(index, tr(title))
        self.form.fields["free_places"].widget.setToolTip(
            tr("Work-training places minus the referrals accepted or ongoing there: counted, not typed")
        )

    def entity_title(self) -> str:
        return entities.get(self.entity).label()

    def display_name(self) -> str:
        return self.form.value("name") or ""

    # -- related lists -----------------------------------------------------------------------

    # One page each, in the list's QueryOp (they follow operations.changes() by themselves).

    def _fetch_referrals(self, session, offset: int, limit: int):
        if self.record_id is None:
            return []
        return q.enterprise_referrals(session, self.record_id, offset, limit)

    def _fetch_events(self, session, offset: int, limit: int):
        if self.record_id is None:
            return []
        return q.enterprise_events(session, self.record_id, offset, limit)

    def new_referral(self) -> None:
        if self.record_id is not None:
            self.manager.open("referral", None, enterprise_id=self.record_id)

    def print_sheet(self) -> None:
        """The enterprise's contact sheet (no jobseeker data) in a print preview."""
        if self.record_id is None:
            return
        # Imported on first use: it pulls in the printing and file-format modules.
        from asfdesk.ui.print_export import Output

        Output(self, self.sessions).enterprise_sheets([self.record_id], "preview")


def _derived_number() -> NumberField:
    field = NumberField()
    field.widget.setReadOnly(True)
    field.widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab skips it: there is nothing to type
    return field
