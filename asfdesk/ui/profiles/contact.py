"""Contact person editor, and the contacts list shown on enterprise and partner profiles."""

from __future__ import annotations

from PySide6.QtCore import QSize

from asfdesk import entities
from asfdesk.db.queries import profiles as q
from asfdesk.i18n import QT_TRANSLATE_NOOP
from asfdesk.services.records import delete_record
from asfdesk.ui.operations import WriteOp
from asfdesk.ui.profiles import dialogs
from asfdesk.ui.profiles.base import ProfileWindow
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.profiles.fields import BoolField, MultilineField, TextField
from asfdesk.ui.profiles.form import FieldSpec, RecordForm, Section
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.related import PagedRowsModel, RelatedList


class ContactEditor(ProfileWindow):
    """A contact person; its organisation comes from the prefill (enterprise_id or partner id)."""

    entity = "contact"
    default_size = QSize(480, 440)

    def build_form(self) -> RecordForm:
        specs = [
            FieldSpec("name", QT_TRANSLATE_NOOP("Profiles", "Name"), TextField(), live=True),
            FieldSpec(
                "title",
                QT_TRANSLATE_NOOP("Profiles", "Title"),
                TextField(QT_TRANSLATE_NOOP("Profiles", "e.g. Supervisor")),
                live=True,
            ),
            FieldSpec("phone", QT_TRANSLATE_NOOP("Profiles", "Phone"), TextField("0980-123 45"), live=True),
            FieldSpec(
                "mobile", QT_TRANSLATE_NOOP("Profiles", "Mobile"), TextField("070-123 45 67"), live=True
            ),
            FieldSpec("email", QT_TRANSLATE_NOOP("Profiles", "E-mail"), TextField(), live=True),
            FieldSpec("is_primary", QT_TRANSLATE_NOOP("Profiles", "Primary contact"), BoolField()),
            FieldSpec("notes", QT_TRANSLATE_NOOP("Profiles", "Notes"), MultilineField()),
        ]
        return RecordForm(self.entity, [Section(QT_TRANSLATE_NOOP("Profiles", "Contact person"), specs)])

    def entity_title(self) -> str:
        return entities.get(self.entity).label()

    def display_name(self) -> str:
        return self.form.value("name") or ""


class ContactsList(RelatedList):
    """An organisation's contact persons with New / Edit / Remove."""

    def __init__(self, manager, owner_key: str, parent=None) -> None:
        self.manager = manager
        self.owner_key = owner_key  # "enterprise_id" or "partner_organisation_id"
        self.owner_id: int | None = None
        headers = [
            QT_TRANSLATE_NOOP("Profiles", "Name"),
            QT_TRANSLATE_NOOP("Profiles", "Title"),
            QT_TRANSLATE_NOOP("Profiles", "Phone"),
            QT_TRANSLATE_NOOP("Profiles", "Mobile"),
            QT_TRANSLATE_NOOP("Profiles", "Primary"),
            QT_TRANSLATE_NOOP("Profiles", "E-mail"),
        ]
        super().__init__(
            PagedRowsModel(headers, self._fetch, sessions=manager.sessions),
            QT_TRANSLATE_NOOP("Profiles", "No contact persons yet."),
            parent,
            shows=("contact",),
        )
        self.set_widths([170, 150, 120, 120, 90])
        self.add_button(QT_TRANSLATE_NOOP("Profiles", "New contact…"), self.new_contact)
        self.add_button(QT_TRANSLATE_NOOP("Profiles", "Edit…"), self.edit_selected, needs_selection=True)
        self.add_button(QT_TRANSLATE_NOOP("Profiles", "Remove…"), self.remove_selected, needs_selection=True)
        self.activated.connect(lambda cid: manager.open("contact", cid))

    def _fetch(self, session, offset: int, limit: int):
        """One page, in the list's QueryOp (asfdesk.ui.profiles.related.PagedRowsModel)."""
        if self.owner_id is None:
            return []
        return q.contacts_of(session, offset=offset, limit=limit, **{self.owner_key: self.owner_id})

    def new_contact(self) -> None:
        if self.owner_id is not None:
            self.manager.open("contact", None, **{self.owner_key: self.owner_id})

    def edit_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is not None:
            self.manager.open("contact", contact_id)

    def remove_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None:
            return
        row = self.view.selectionModel().selectedRows()[0].row()
        name = self.model.rows[row][1]
        answer = dialogs.ask(
            self,
            tr("Remove contact person"),
            tr("Remove %1 from the contact persons?").replace("%1", name),
            [Button.Yes, Button.No],
            Button.No,
        )
        if answer != Button.Yes:
            return

        def remove(sessions, changes) -> int:
            delete_record(sessions, "contact", contact_id)
            changes.deleted("contact", contact_id)  # this list and the tabs re-read themselves
            return contact_id

        WriteOp(
            parent=self,
            sessions=self.manager.sessions,
            op=remove,
            success=lambda removed: self.manager.record_deleted("contact", removed),
        ).run_in_background()
