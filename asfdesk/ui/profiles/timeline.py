"""The activity timeline (meetings, calls, visits, follow-ups) with an "Add note" dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from asfdesk.db.queries import profiles as q
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ActivityType
from asfdesk.domain.errors import ValidationError
from asfdesk.i18n import QT_TRANSLATE_NOOP
from asfdesk.services.records import add_activity
from asfdesk.ui.error_dialogs import show_error
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
        try:
            self.activity_id = add_activity(
                self.sessions, self.kind.value(), self.day.value(), self.text.value(), **self.owner
            )
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        except Exception as exc:
            show_error(self, exc)
            return
        super().accept()


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
        model = PagedRowsModel(
            [
                QT_TRANSLATE_NOOP("Profiles", "Date"),
                QT_TRANSLATE_NOOP("Profiles", "Kind"),
                QT_TRANSLATE_NOOP("Profiles", "Text"),
                QT_TRANSLATE_NOOP("Profiles", "Author"),
            ],
            self._fetch,
        )
        super().__init__(
            model,
            QT_TRANSLATE_NOOP("Profiles", "No notes yet. Use “Add note” to record a meeting, call or visit."),
            parent,
        )
        self.set_widths([100, 110, 420])
        self.add_button(add_text or QT_TRANSLATE_NOOP("Profiles", "Add note…"), self.add_note)

    def _fetch(self, offset: int, limit: int):
        if self.owner_id is None:
            return []
        with session_scope(self.sessions) as session:
            return q.activities_of(session, offset=offset, limit=limit, **{self.owner_key: self.owner_id})

    def add_note(self) -> bool:
        if self.owner_id is None:
            return False
        dialog = NoteDialog(self.sessions, {self.owner_key: self.owner_id}, self.default_kind, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.reload()
        return True
