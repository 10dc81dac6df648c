"""Event participants: an editable in-memory list (status per person) saved with the event."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from asfdesk.domain.enums import ParticipantStatus
from asfdesk.ui.profiles.i18n import tr

_Index = QModelIndex | QPersistentModelIndex
NAME, ORGANISATION, STATUS = range(3)
COUNTED = (ParticipantStatus.REGISTERED, ParticipantStatus.ATTENDED)


class ParticipantsModel(QAbstractTableModel):
    """Rows are dicts: id (None until saved), contact_id, consultant_id, status, name, organisation."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.headers = [tr("Name"), tr("Organisation"), tr("Status")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = [dict(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STATUS:
                return ParticipantStatus(row["status"]).label()
            return row["name"] if column == NAME else row["organisation"] or tr("Consultant")
        if role == Qt.ItemDataRole.EditRole and column == STATUS:
            return ParticipantStatus(row["status"]).value
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != STATUS or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            status = ParticipantStatus(value)
        except ValueError:
            return False
        self.rows[index.row()]["status"] = status
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.changed.emit()
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == STATUS else flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < 3:
            return self.headers[section]
        return None

    def add(self, kind: str, person_id: int, name: str, organisation: str) -> bool:
        """Add a contact ("contact") or consultant ("consultant") as invited; False if already there."""
        key = "contact_id" if kind == "contact" else "consultant_id"
        if any(r[key] == person_id for r in self.rows):
            return False
        row = {
            "id": None,
            "contact_id": person_id if kind == "contact" else None,
            "consultant_id": person_id if kind == "consultant" else None,
            "status": ParticipantStatus.INVITED,
            "name": name,
            "organisation": organisation,
        }
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()
        self.changed.emit()
        return True

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self.changed.emit()

    def snapshot(self) -> list[tuple]:
        """What the save cares about, for dirty tracking."""
        return [
            (r["id"], r["contact_id"], r["consultant_id"], ParticipantStatus(r["status"])) for r in self.rows
        ]

    def for_saving(self) -> list[dict[str, Any]]:
        return [
            {k: r[k] for k in ("id", "contact_id", "consultant_id")}
            | {"status": ParticipantStatus(r["status"])}
            for r in self.rows
        ]

    def registered(self) -> int:
        return sum(1 for r in self.rows if ParticipantStatus(r["status"]) in COUNTED)


class StatusDelegate(QStyledItemDelegate):
    """A combo of the five participant statuses in the Status column."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setAccessibleName(tr("Participant status"))
        for status in ParticipantStatus:
            combo.addItem(status.label(), status.value)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QComboBox, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
