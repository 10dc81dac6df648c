"""The event editor: times in Europe/Stockholm, one organiser, participants with a status each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asfdesk import entities
from asfdesk.db.queries import profiles as q
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.date_input import next_whole_hour
from asfdesk.domain.enums import EventKind
from asfdesk.entities.event import PARTICIPANTS
from asfdesk.i18n import QT_TRANSLATE_NOOP
from asfdesk.services.records import event_participants
from asfdesk.ui.operations import QueryOp
from asfdesk.ui.profiles import dialogs
from asfdesk.ui.profiles.base import BANNER_STYLE, ProfileWindow
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.profiles.fields import (
    ChoiceField,
    DateField,
    DateTimeField,
    MultilineField,
    NumberField,
    TextField,
    enum_choices,
)
from asfdesk.ui.profiles.form import FieldSpec, RecordForm, Section
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.participants import ParticipantsModel, StatusDelegate
from asfdesk.ui.profiles.pickers import PickerEdit, PickerField

ORGANISER_KEYS = {"partner": "organiser_partner_id", "enterprise": "organiser_enterprise_id"}


TAB_TITLES = (QT_TRANSLATE_NOOP("Profiles", "Participants"),)  # after "Details"


class EventEditor(ProfileWindow):
    entity = "event"
    default_size = QSize(900, 620)

    def build_form(self) -> RecordForm:
        self.organiser = PickerField(search_organisers, self._organiser_name, sessions=self.sessions)
        self.starts = DateTimeField()
        self.capacity = NumberField()
        self.deadline = DateField()
        event = [
            FieldSpec("title", QT_TRANSLATE_NOOP("Profiles", "Title"), TextField(), live=True),
            FieldSpec("kind", QT_TRANSLATE_NOOP("Profiles", "Kind"), ChoiceField(enum_choices(EventKind))),
            FieldSpec("starts_at", QT_TRANSLATE_NOOP("Profiles", "Starts"), self.starts),
            FieldSpec("ends_at", QT_TRANSLATE_NOOP("Profiles", "Ends"), DateTimeField(optional=True)),
            FieldSpec("organiser", QT_TRANSLATE_NOOP("Profiles", "Organiser"), self.organiser),
            FieldSpec("description", QT_TRANSLATE_NOOP("Profiles", "Description"), MultilineField()),
        ]
        place = [
            FieldSpec("location", QT_TRANSLATE_NOOP("Profiles", "Location"), TextField(), live=True),
            FieldSpec(
                "online_url", QT_TRANSLATE_NOOP("Profiles", "Online link"), TextField("https://"), live=True
            ),
            FieldSpec(
                "registration_deadline", QT_TRANSLATE_NOOP("Profiles", "Registration deadline"), self.deadline
            ),
            FieldSpec("capacity", QT_TRANSLATE_NOOP("Profiles", "Capacity"), self.capacity, live=True),
        ]
        form = RecordForm(
            self.entity,
            [
                Section(QT_TRANSLATE_NOOP("Profiles", "Event"), event, 0),
                Section(QT_TRANSLATE_NOOP("Profiles", "Place and registration"), place, 1),
            ],
        )
        self.capacity.on_change(self._update_capacity)
        self.deadline.on_change(self._update_capacity)
        return form

    def build_tabs(self) -> QTabWidget:
        self.participants = ParticipantsModel(self)
        self.participants.changed.connect(self._participants_changed)
        self.picker = PickerEdit(search_people, sessions=self.sessions)
        self.picker.setPlaceholderText(tr("Add a participant: type a name or organisation…"))
        self.picker.setAccessibleName(tr("Add participant"))
        self.picker.picked.connect(self._person_picked)
        self.table = QTableView()
        self.table.setModel(self.participants)
        self.table.setItemDelegateForColumn(2, StatusDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(220)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(tr("Participants"))
        remove = QPushButton(tr("Remove participant"))
        remove.clicked.connect(self._remove_selected)
        self.capacity_label = QLabel()
        self.capacity_warning = QLabel()
        self.capacity_warning.setStyleSheet(BANNER_STYLE)
        self.capacity_warning.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(remove)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.capacity_label)
        layout.addWidget(self.capacity_warning)
        self._saved_participants: list[tuple] = []
        tabs = QTabWidget()
        tabs.addTab(page, tr(TAB_TITLES[0]))
        return tabs

    def loaded(self, data) -> None:
        if data is None and self.starts.value() is None:
            # A new event starts at the next whole hour of today (not 2000-01-01 00:00).
            self.starts.set_value(next_whole_hour(datetime.now(STOCKHOLM)))
            self.form.mark_saved()
        if data is not None:
            self.participants.set_rows(data.extras.get(PARTICIPANTS.name, []))
            values = data.values
            if values.get("organiser_partner_id"):
                self.organiser.set_value(("partner", values["organiser_partner_id"]))
            elif values.get("organiser_enterprise_id"):
                self.organiser.set_value(("enterprise", values["organiser_enterprise_id"]))
            self.form.mark_saved()
        self._saved_participants = self.participants.snapshot()
        self._update_capacity()

    def to_model_values(self, values: dict) -> dict:
        if "organiser" in values:
            chosen = values.pop("organiser")
            values["organiser_partner_id"] = chosen[1] if chosen and chosen[0] == "partner" else None
            values["organiser_enterprise_id"] = chosen[1] if chosen and chosen[0] == "enterprise" else None
        return values

    def extra_changes(self) -> dict:
        if self.participants.snapshot() == self._saved_participants:
            return {}
        return {PARTICIPANTS.name: self.participants.for_saving()}

    def save(self, then: Callable[[], Any] | None = None) -> None:
        """An event whose start is being set in the past is saved only after a warning."""
        if self._confirms_past_start():
            super().save(then)
        else:
            self.saveFinished.emit(False)

    def _confirms_past_start(self) -> bool:
        if self.saving or self.loading or not self.starts.widget.isValid():
            return True  # nothing to ask about; the save reports any mistake itself
        starts = self.starts.value()
        setting_start = self.record_id is None or "starts_at" in self.form.changed_values()
        if starts is None or not setting_start or starts >= datetime.now(STOCKHOLM):
            return True
        answer = dialogs.ask(
            self,
            tr("Event in the past"),
            tr("The event starts %1, which is in the past. Save it anyway?").replace(
                "%1", starts.strftime("%Y-%m-%d %H:%M")
            ),
            [Button.Save, Button.Cancel],
            Button.Cancel,
        )
        return answer == Button.Save

    def after_save(self) -> None:
        """Show the participants as stored (read in a worker, like every database access)."""
        self._saved_participants = self.participants.snapshot()  # what was just stored
        sessions, event_id = self.sessions, self.record_id
        QueryOp(
            parent=self,
            sessions=None,  # the service opens its own short transaction
            op=lambda _session: event_participants(sessions, event_id),
            success=self._participants_stored,
        ).run_in_background()

    def _participants_stored(self, rows: list[dict]) -> None:
        self.participants.set_rows(rows)
        self._saved_participants = self.participants.snapshot()
        self._update_title()

    def retranslate(self) -> None:
        super().retranslate()
        for index, title in enumerate(TAB_TITLES, start=1):
            self.tabs.setTabText(index, tr(title))

    def entity_title(self) -> str:
        return entities.get(self.entity).label()

    def display_name(self) -> str:
        return self.form.value("title") or ""

    # -- participants ------------------------------------------------------------------------

    def _participants_changed(self) -> None:
        self._update_capacity()
        self._update_title()

    def _person_picked(self, key) -> None:
        if key is None:
            return
        kind, person_id = key
        name, _, organisation = self.picker.text().partition(" – ")
        self.participants.add(kind, person_id, name, organisation)
        # After this slot the completer writes the picked label back: clear once it is done.
        QTimer.singleShot(0, self.picker.clear)
        self.picker.key = None

    def _remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.participants.remove(rows[0].row())

    def _update_capacity(self) -> None:
        registered = self.participants.registered()
        capacity = self.capacity.value()
        if isinstance(capacity, int) and capacity > 0:
            text = tr("%1 of %2 registered").replace("%1", str(registered)).replace("%2", str(capacity))
        else:
            text = tr("%1 registered (no limit)").replace("%1", str(registered))
        deadline = self.deadline.value()
        if deadline is not None:
            text += " · " + tr("Registration deadline %1").replace("%1", deadline.isoformat())
        self.capacity_label.setText(text)
        warnings = []
        if isinstance(capacity, int) and capacity > 0 and registered > capacity:
            warnings.append(tr("More participants are registered than there are places."))
        if deadline is not None and deadline < date.today():
            warnings.append(tr("The registration deadline has passed."))
        self.capacity_warning.setText("\n".join(warnings))
        self.capacity_warning.setVisible(bool(warnings))

    # -- searches ----------------------------------------------------------------------------

    def _organiser_name(self, key) -> str:
        kind, organiser_id = key
        entity = "partner_organisation" if kind == "partner" else "enterprise"
        return self.manager.lookups.name_of(entity, organiser_id)


# -- searches (run by the pickers in a worker, in the operation's session) --------------------


def search_people(session, text: str) -> list[tuple[tuple[str, int], str]]:
    rows = q.search_participants(session, text)
    return [((kind, pid), f"{name} – {org}" if org else name) for kind, pid, name, org in rows]


def search_organisers(session, text: str) -> list[tuple[tuple[str, int], str]]:
    return [((kind, oid), name) for kind, oid, name in q.search_organisers(session, text)]
