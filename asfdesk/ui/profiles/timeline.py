"""The activity timeline (meetings, calls, visits, follow-ups) with an "Add note" dialog.

Pages are read and notes written by operations (asfdesk.ui.operations) in a worker; the dialog
is opened with `open()`, stays open while its note is stored, and closes once it is."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from asfdesk.db.queries import profiles as q
from asfdesk.domain.enums import ActivityType
from asfdesk.domain.errors import ValidationError
from asfdesk.i18n import QT_TRANSLATE_NOOP
from asfdesk.services.records import add_activity
from asfdesk.ui.operations import WriteOp
from asfdesk.ui.profiles.fields import ChoiceField, DateField, MultilineField, enum_choices
from asfdesk.ui.profiles.form import ERROR_STYLE
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.related import PagedRowsModel, RelatedList


class NoteDialog(QDialog):
    """Kind, date and text of one activity; saved through the service, errors shown inline."""

    def __init__(self, sessions, owner: dict[str, int], default_kind: ActivityType, parent=None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.owner = owner
        self.activity_id: int | None = None
        self.saving = False
        self.setWindowTitle(tr("Add note"))
        self.kind = ChoiceField(enum_choices(ActivityType))
        self.kind.set_value(default_kind)
        self.day = DateField(optional=False)
        self.day.set_value(date.today())
        self.text = MultilineField()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for label, field in ((tr("Kind"), self.kind), (tr("Date"), self.day), (tr("Text"), self.text)):
            field.widget.setAccessibleName(label)
            row_label = QLabel(label + ":")
            row_label.setBuddy(field.widget)
            form.addRow(row_label, field.widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 300)

    def accept(self) -> None:
        """Store the note in a worker; the dialog closes when it is stored, and keeps the text
        (with the reason next to it, or a dialog with Retry) when it is not."""
        if self.saving:
            return
        if problem := self.day.problem():  # a mistyped date (issue 9 §1): say so, store nothing
            self.error.setText(problem)
            self.error.show()
            return
        kind, day, text, owner = self.kind.value(), self.day.value(), self.text.value(), dict(self.owner)

        def write(sessions, _changes) -> int:
            return add_activity(sessions, kind, day, text, **owner)

        self.error.hide()
        self.saving = True
        WriteOp(parent=self, sessions=self.sessions, op=write, success=self._stored).on_validation(
            self._invalid
        ).finished(self._finished).run_in_background()

    def _stored(self, activity_id: int) -> None:
        self.activity_id = activity_id
        super().accept()

    def _invalid(self, exc: ValidationError) -> None:
        self.error.setText(str(exc))
        self.error.show()

    def _finished(self, _ok: bool) -> None:
        self.saving = False


class Timeline(RelatedList):
    """Activities of one enterprise, partner organisation or referral, newest first."""

    def __init__(
        self,
        sessions,
        owner_key: str,
        default_kind: ActivityType,
        add_text: str | None = None,
        parent: QWidget | None = None,
    ):
        self.sessions = sessions
        self.owner_key = owner_key
        self.owner_id: int | None = None
        self.default_kind = default_kind
        self.dialog: QDialog | None = None
        model = PagedRowsModel(
            [
                QT_TRANSLATE_NOOP("Profiles", "Date"),
                QT_TRANSLATE_NOOP("Profiles", "Kind"),
                QT_TRANSLATE_NOOP("Profiles", "Text"),
                QT_TRANSLATE_NOOP("Profiles", "Author"),
            ],
            self._fetch,
            sessions=sessions,
        )
        super().__init__(
            model,
            QT_TRANSLATE_NOOP("Profiles", "No notes yet. Use “Add note” to record a meeting, call or visit."),
            parent,
        )
        self.set_widths([100, 110, 420])
        self.add_button(add_text or QT_TRANSLATE_NOOP("Profiles", "Add note…"), self.add_note)

    def _fetch(self, session, offset: int, limit: int):
        """One page, in the list's QueryOp."""
        if self.owner_id is None:
            return []
        return q.activities_of(session, offset=offset, limit=limit, **{self.owner_key: self.owner_id})

    def add_note(self) -> bool:
        """Open the note dialog (False when there is no record yet); the list re-reads itself
        once the note is stored."""
        if self.owner_id is None:
            return False
        self.dialog = NoteDialog(self.sessions, {self.owner_key: self.owner_id}, self.default_kind, self)
        self.dialog.accepted.connect(self.reload)
        self.dialog.open()
        return True
