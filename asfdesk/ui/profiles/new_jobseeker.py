"""Create a jobseeker from inside the referral editor, warning about possible duplicates first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from asfdesk.domain.errors import ValidationError
from asfdesk.services.duplicates import find_duplicates
from asfdesk.services.records import save_record
from asfdesk.ui.error_dialogs import show_error
from asfdesk.ui.profiles.base import BANNER_STYLE
from asfdesk.ui.profiles.fields import DateField, TextField
from asfdesk.ui.profiles.form import ERROR_STYLE
from asfdesk.ui.profiles.i18n import tr


class NewJobseekerPanel(QWidget):
    """A "New jobseeker…" button that opens a small inline form; emits created(id, label)."""

    created = Signal(int, str)

    def __init__(self, sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
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

    def create(self) -> int | None:
        """First click with possible duplicates: warn. Second click on the same input: create."""
        self.error.hide()
        first, last, born, pnr = data = self._input()
        if self._confirmed_for != data:
            duplicates = find_duplicates(self.sessions, first, last, born, pnr)
            if duplicates:
                lines = "\n".join("• " + d.describe() for d in duplicates)
                self.warning.setText(tr("Possible duplicates — check before creating:") + "\n" + lines)
                self.warning.show()
                self.create_button.setText(tr("Create anyway"))
                self._confirmed_for = data
                return None
        values = {"first_name": first, "last_name": last, "birth_date": born, "personnummer": pnr}
        try:
            new_id, _version = save_record(self.sessions, "jobseeker", None, None, values)
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return None
        except Exception as exc:
            show_error(self, exc)
            return None
        label = f"{first} {last}" + (f" ({born.isoformat()})" if born else "")
        self.created.emit(new_id, label)
        self._reset()
        return new_id

    def _reset(self) -> None:
        for field in (self.first_name, self.last_name, self.birth_date, self.personnummer):
            field.set_value(None)
        self.warning.hide()
        self.create_button.setText(tr("Create jobseeker"))
        self._confirmed_for = None
        self.open_button.setChecked(False)
