"""Follow-ups in the referral editor: the note dialog that offers the next date, and the end date.

"Add follow-up…" opens a dialog of the same title: the date, the writer (the consultant at the
keyboard, who `add_activity` records as the author), the text and the next follow-up date,
which the referral editor then saves on the referral. Ending a referral asks when it ended.
Both dialogs are window-modal but opened with `open()`, so the editor keeps running; their
results arrive by signal. The note is written by a WriteOp, never on the UI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from asfdesk.domain.enums import ActivityType
from asfdesk.i18n import QT_TRANSLATE_NOOP
from asfdesk.services.consultants import current_consultant
from asfdesk.services.records import add_activity
from asfdesk.ui.operations import QueryOp, Sessions, WriteOp, login_of
from asfdesk.ui.profiles.fields import MultilineField
from asfdesk.ui.profiles.form import ERROR_STYLE
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.timeline import Timeline
from asfdesk.ui.widgets import DateField


def _row(form: QFormLayout, label: str, widget: QWidget) -> None:
    widget.setAccessibleName(label)
    row_label = QLabel(label + ":")
    row_label.setBuddy(widget)
    form.addRow(row_label, widget)


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FollowUpDialog(QDialog):
    """A follow-up note on a referral and, if wanted, its next follow-up date.

    `saved(next_date)` after the note is stored (next_date None: leave the date as it is)."""

    saved = Signal(object)

    def __init__(
        self, sessions: Sessions, referral_id: int, next_follow_up: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.referral_id = referral_id
        self.setWindowTitle(tr("Add follow-up"))  # the button says "Add follow-up…"
        self.day = DateField(self)
        self.day.setValue(date.today())
        self.writer = QLabel(self)
        self.writer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = MultilineField()
        self.next_date = DateField(self)
        self.next_date.setMinimumDate(date.today())
        if next_follow_up is not None and next_follow_up > date.today():
            self.next_date.setValue(next_follow_up)
        self.next_date.lineEdit().setPlaceholderText(tr("e.g. +14 or +2v"))
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        _row(form, tr("Date"), self.day)
        _row(form, tr("Written by"), self.writer)
        _row(form, tr("Text"), self.text.widget)
        _row(form, tr("Next follow-up"), self.next_date)
        self.buttons = _buttons(self, tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 340)
        # The text was made before it had a parent: put it between the two dates for Tab.
        QWidget.setTabOrder(self.day.lineEdit(), self.text.widget)
        QWidget.setTabOrder(self.text.widget, self.next_date.lineEdit())
        self.day.setFocus()
        self._load_writer()

    def _load_writer(self) -> None:
        user = login_of(self.sessions)
        self.writer.setText(user or "")

        def name(session) -> str | None:
            consultant = current_consultant(session, user) if user else None
            return consultant.name if consultant is not None else None

        def show(found: str | None) -> None:
            self.writer.setText(found or tr("%1 (not registered as a consultant)").replace("%1", user or "?"))

        QueryOp(parent=self, sessions=self.sessions, op=name, success=show).failure(
            lambda _exc: None
        ).run_in_background()

    def accept(self) -> None:
        """Check the dates, then store the note in a worker; the dialog closes when it is stored."""
        problems = [
            f"{label}: {field.errorText()}"
            for label, field in ((tr("Date"), self.day), (tr("Next follow-up"), self.next_date))
            if not field.isValid()
        ]
        if self.day.isValid() and self.day.value() is None:
            problems.append(tr("Enter the date of the follow-up."))
        if problems:  # every mistake at once
            self._show_error("\n".join(problems))
            return
        day, text, next_date = self.day.value(), self.text.value(), self.next_date.value()
        referral_id = self.referral_id

        def write(sessions, _changes) -> int:
            return add_activity(sessions, ActivityType.FOLLOW_UP, day, text, referral_id=referral_id)

        self.buttons.setEnabled(False)
        WriteOp(
            parent=self, sessions=self.sessions, op=write, success=lambda _id: self._stored(next_date)
        ).on_validation(lambda exc: self._show_error(str(exc))).finished(
            lambda _ok: self.buttons.setEnabled(True)
        ).run_in_background()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _stored(self, next_date: date | None) -> None:
        self.saved.emit(next_date)
        super().accept()


class EndDateDialog(QDialog):
    """Ending a referral: when did it end? `chosen(day)` on OK; a cancel keeps the status."""

    chosen = Signal(object)

    def __init__(self, current: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("End referral"))
        self.question = QLabel(tr("When did the referral end?"), self)
        self.day = DateField(self)
        self.day.setValue(current or date.today())
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout()
        _row(form, tr("Actual end"), self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, tr("OK")))
        self.day.setFocus()
        self.day.lineEdit().selectAll()

    def accept(self) -> None:
        if not self.day.isValid() or self.day.value() is None:
            self.error.setText(self.day.errorText() or tr("Enter the date the referral ended."))
            self.error.show()
            return
        self.chosen.emit(self.day.value())
        super().accept()


class FollowUpTimeline(Timeline):
    """The referral's follow-ups; its "Add follow-up…" opens FollowUpDialog.

    `next_date` gives the referral's next follow-up shown in the editor; `nextDateChosen(day)`
    tells the editor the date the user chose in the dialog."""

    nextDateChosen = Signal(object)
    dialog: FollowUpDialog | None = None

    def __init__(self, sessions: Sessions, next_date, parent: QWidget | None = None) -> None:
        add_text = QT_TRANSLATE_NOOP("Profiles", "Add follow-up…")  # the dialog's title without "…"
        super().__init__(sessions, "referral_id", ActivityType.FOLLOW_UP, add_text, parent)
        self._next_date = next_date

    def add_note(self) -> bool:
        if self.owner_id is None:
            return False
        self.dialog = FollowUpDialog(self.sessions, self.owner_id, self._next_date(), self)
        self.dialog.saved.connect(self._note_saved)
        self.dialog.open()
        return True

    def _note_saved(self, next_date: date | None) -> None:
        self.reload()
        if next_date is not None:
            self.nextDateChosen.emit(next_date)
