"""Contact person editor, and the contacts list shown on enterprise and partner profiles."""

from __future__ import annotations

from PySide6.QtCore import QSize

from asfdesk.db.queries import profiles as q
from asfdesk.db.session import session_scope
from asfdesk.services.records import delete_record
from asfdesk.ui.error_dialogs import show_error
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
            FieldSpec("name", tr("Name"), TextField(), live=True),
            FieldSpec("title", tr("Title"), TextField(tr("e.g. Supervisor")), live=True),
            FieldSpec("phone", tr("Phone"), TextField("0980-123 45"), live=True),
            FieldSpec("mobile", tr("Mobile"), TextField("070-123 45 67"), live=True),
            FieldSpec("email", tr("E-mail"), TextField(), live=True),
            FieldSpec("is_primary", tr("Primary contact"), BoolField()),
            FieldSpec("notes", tr("Notes"), MultilineField()),
        ]
        return RecordForm(self.entity, [Section(tr("Contact person"), specs)])

    def entity_title(self) -> str:
        return tr("Contact person")

    def display_name(self) -> str:
        return self.form.value("name") or ""


class ContactsList(RelatedList):
    """An organisation's contact persons with New / Edit / Remove."""

    def __init__(self, manager, owner_key: str, parent=None) -> None:
        self.manager = manager
        self.owner_key = owner_key  # "enterprise_id" or "partner_organisation_id"
        self.owner_id: int | None = None
        headers = [tr("Name"), tr("Title"), tr("Phone"), tr("Mobile"), tr("Primary"), tr("E-mail")]
        super().__init__(PagedRowsModel(headers, self._fetch), tr("No contact persons yet."), parent)
        self.set_widths([170, 150, 120, 120, 90])
        self.add_button(tr("New contact…"), self.new_contact)
        self.add_button(tr("Edit…"), self.edit_selected, needs_selection=True)
        self.add_button(tr("Remove…"), self.remove_selected, needs_selection=True)
        self.activated.connect(lambda cid: manager.open("contact", cid))
        manager.saved.connect(self._changed)
        manager.deleted.connect(self._changed)

    def _fetch(self, offset: int, limit: int):
        if self.owner_id is None:
            return []
        with session_scope(self.manager.sessions) as session:
            return q.contacts_of(session, offset=offset, limit=limit, **{self.owner_key: self.owner_id})

    def _changed(self, entity: str, _id: int) -> None:
        if entity == "contact" and self._loaded:
            self.reload()

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
        try:
            delete_record(self.manager.sessions, "contact", contact_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.manager._record_deleted("contact", contact_id)
