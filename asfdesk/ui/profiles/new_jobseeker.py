"""Create a jobseeker from inside the referral editor, warning about possible duplicates first.

The duplicate check and the create are operations (asfdesk.ui.operations) run in a worker: the
first press checks and, if there are look-alikes, warns; pressing again on the same input creates.
`created(id, label)` tells the editor; `checked` that a press ended without creating."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from asfdesk.domain.errors import ValidationError
from asfdesk.services.duplicates import find_duplicates
from asfdesk.services.records import save_record
from asfdesk.ui.operations import QueryOp, WriteOp
from asfdesk.ui.profiles.base import BANNER_STYLE
from asfdesk.ui.profiles.fields import DateField, TextField
from asfdesk.ui.profiles.form import ERROR_STYLE
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.use_person import UsePersonButtons


class NewJobseekerPanel(QWidget):
    """A "New jobseeker…" button that opens a small inline form; emits created(id, label)."""

    created = Signal(int, str)
    checked = Signal()  # a press ended without creating (duplicates shown, refused or failed)
    chosen = Signal(int, str)  # "Use this person": an existing look-alike instead of a new one

    def __init__(self, sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.busy = False
        self._confirmed_for: tuple | None = None
        self.open_button = QPushButton(tr("New jobseeker…"))
        self.open_button.setCheckable(True)
        self.box = QGroupBox(tr("New jobseeker"))
        self.first_name = TextField()
        self.last_name = TextField()
        self.birth_date = DateField()
        self.personnummer = TextField(tr("YYYYMMDD-NNNN"))
        form = QFormLayout(self.box)
        for label, field in (
            (tr("First name"), self.first_name),
            (tr("Last name"), self.last_name),
            (tr("Birth date"), self.birth_date),
            (tr("Personnummer (optional)"), self.personnummer),
        ):
            field.widget.setAccessibleName(label)
            row_label = QLabel(label + ":")
            row_label.setBuddy(field.widget)
            form.addRow(row_label, field.widget)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(BANNER_STYLE)
        self.warning.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.create_button = QPushButton(tr("Create jobseeker"))
        self.create_button.clicked.connect(self.create)
        form.addRow(self.warning)
        self.use_person = UsePersonButtons()
        self.use_person.chosen.connect(self._use_existing)
        form.addRow(self.use_person)
        form.addRow(self.error)
        form.addRow(self.create_button)
        self.box.hide()
        self.open_button.toggled.connect(self.box.setVisible)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.box)

    def _input(self) -> tuple:
        return (
            self.first_name.value(),
            self.last_name.value(),
            self.birth_date.value(),
            self.personnummer.value(),
        )

    def create(self) -> None:
        """First press with possible duplicates: warn. Second press on the same input: create.

        Both run in a worker; the answer is `created` or `checked`."""
        if self.busy:
            return
        self.error.hide()
        if problem := self.birth_date.problem():  # a mistyped birth date (issue 9 §1): never dropped
            self.error.setText(problem)
            self.error.show()
            return
        first, last, born, pnr = data = self._input()
        self._set_busy(True)
        if self._confirmed_for == data:
            self._store(data)
            return
        sessions = self.sessions
        QueryOp(
            parent=self,
            sessions=None,  # the service opens its own short transaction
            op=lambda _none: find_duplicates(sessions, first, last, born, pnr),
            success=lambda duplicates: self._checked(data, duplicates),
        ).finished(self._store_finished).run_in_background()

    def _checked(self, data: tuple, duplicates: list) -> None:
        if not duplicates:
            self._store(data)
            return
        lines = "\n".join("• " + d.describe() for d in duplicates)
        self.warning.setText(tr("Possible duplicates — check before creating:") + "\n" + lines)
        self.warning.show()
        self.use_person.show_candidates(duplicates)
        self.create_button.setText(tr("Create anyway"))
        self._confirmed_for = data
        self._set_busy(False)
        self.checked.emit()

    def _store(self, data: tuple) -> None:
        first, last, born, pnr = data
        values = {"first_name": first, "last_name": last, "birth_date": born, "personnummer": pnr}

        def write(sessions, changes) -> int:
            new_id, _version = save_record(sessions, "jobseeker", None, None, values)
            changes.created("jobseeker", new_id)
            return new_id

        label = f"{first} {last}" + (f" ({born.isoformat()})" if born else "")
        WriteOp(
            parent=self, sessions=self.sessions, op=write, success=lambda new_id: self._created(new_id, label)
        ).on_validation(self._invalid).finished(self._store_finished).run_in_background()

    def _created(self, new_id: int, label: str) -> None:
        self._set_busy(False)
        self.created.emit(new_id, label)
        self._reset()

    def _use_existing(self, jobseeker_id: int, label: str) -> None:
        self.chosen.emit(jobseeker_id, label)
        self._reset()

    def _invalid(self, exc: ValidationError) -> None:
        self.error.setText(str(exc))
        self.error.show()

    def _store_finished(self, ok: bool) -> None:
        """A check or create that was refused or failed keeps what was typed (the operation
        showed the fault, with Retry where it helps)."""
        if not ok:
            self._set_busy(False)
            self.checked.emit()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.create_button.setEnabled(not busy)

    def _reset(self) -> None:
        for field in (self.first_name, self.last_name, self.birth_date, self.personnummer):
            field.set_value(None)
        self.warning.hide()
        self.use_person.clear()
        self.create_button.setText(tr("Create jobseeker"))
        self._confirmed_for = None
        self.open_button.setChecked(False)
