"""Import from Excel/CSV in four steps: pick a file, map columns, preview every row, import.

Reading the file runs in a worker (run_in_thread); checking the rows and importing them are
operations (asfdesk.ui.operations QueryOp/WriteOp), never on the UI thread. The import is all or
nothing (asfdesk.io.store): Cancel during the import, or any failure, leaves the database as it
was; on SQLite the rows already written in batches are removed again before the wizard closes.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from asfdesk.io.errors import ImportFileError
from asfdesk.io.importer import ImportPreview, RowResult, check_mapping, validate_table
from asfdesk.io.mapping import IMPORT_KINDS, fields_for, guess_mapping
from asfdesk.io.readers import Table, read_table
from asfdesk.io.store import ImportCancelled, ImportSummary, run_import
from asfdesk.ui.error_dialogs import show_error
from asfdesk.ui.operations import QueryOp, Sessions, WriteOp
from asfdesk.ui.workers import run_in_thread

_Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """One line per file row: the user's choice, row number, name, outcome and problems."""

    INCLUDE, ROW, NAME, RESULT, DETAILS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowResult] = []
        self._headers = [
            self.tr("Import"),
            self.tr("Row"),
            self.tr("Name"),
            self.tr("Result"),
            self.tr("Details"),
        ]

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.rows = list(preview.rows) if preview is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def _result(self, row: RowResult) -> str:
        if not row.valid:
            return self.tr("Error")
        if row.existing_id is not None:
            return self.tr("Already stored")
        if row.similar_to:
            return self.tr("Similar name")
        return self.tr("New")

    def _details(self, row: RowResult) -> str:
        if not row.valid:
            return "; ".join(f"{e.column}: {e.message}" for e in row.errors)
        if row.similar_to:
            return self.tr("Similar to the stored “%1”").replace("%1", row.similar_to)
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.ROW: str(row.row),
                self.NAME: row.label,
                self.RESULT: self._result(row),
                self.DETAILS: self._details(row),
            }.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.INCLUDE:
            checked = row.valid and row.include
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.RESULT
            and (not row.valid or row.similar_to)
        ):
            return QBrush(QColor("#b00020") if not row.valid else QColor("#8a5a00"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAILS:
            return self._details(row) or None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.INCLUDE and self.rows[index.row()].valid:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.INCLUDE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.rows[index.row()]
        if not row.valid:
            return False
        row.include = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class FilePage(QWizardPage):
    """Step 1: what to import and from which file. The file is read in a worker."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("Excel (.xlsx) or CSV (.csv, semicolon or comma separated)."))
        self.kind = QComboBox()
        texts = {
            "enterprises": self.tr("Enterprises"),
            "partners": self.tr("Partner organisations and their contacts"),
            "contacts": self.tr("Contact persons of enterprises"),
        }
        for kind in IMPORT_KINDS:
            self.kind.addItem(texts[kind], kind)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File to import"))
        self.path.editingFinished.connect(lambda: self.set_path(self.path.text()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("What to import"), self.kind)
        form.addRow(self.tr("File"), row)
        form.addRow(self.message)
        self._loading: str | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import file"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        """Read the file in a worker; the page completes when it has been read."""
        path = path.strip()
        if self.path.text() != path:
            self.path.setText(path)
        if not path or path == self._loading:
            return
        self._loading = path
        self.owner.table = None
        self.message.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()
        run_in_thread(lambda: read_table(Path(path)), self._read, self._failed)

    def _read(self, table: Table) -> None:
        self.owner.table = table
        self.message.setText(
            self.tr("%1 rows and %2 columns.")
            .replace("%1", str(len(table.rows)))
            .replace("%2", str(len(table.headers)))
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._loading = None
        if isinstance(exc, ImportFileError):
            self.message.setText(str(exc))
        else:
            self.message.setText("")
            show_error(self, exc)

    def isComplete(self) -> bool:
        return self.owner.table is not None

    def validatePage(self) -> bool:
        self.owner.kind = self.kind.currentData()
        return True


class MappingPage(QWizardPage):
    """Step 2: which column holds what. The guess is preset; the user can change every choice."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("The columns were matched by their headers. Check and change where needed."))
        self.combos: list[QComboBox] = []
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_widget)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        table = self.owner.table
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        guess = guess_mapping(self.owner.kind, table.headers)
        sample = table.rows[0][1] if table.rows else []
        for index, header in enumerate(table.headers):
            combo = QComboBox()
            combo.addItem(self.tr("(do not import)"), None)
            for spec in fields_for(self.owner.kind):
                combo.addItem(spec.label() + (" *" if spec.required else ""), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(guess[index])))
            combo.currentIndexChanged.connect(self.completeChanged)
            example = str(sample[index]) if index < len(sample) and sample[index] not in (None, "") else ""
            label = QLabel(
                f"<b>{escape(header or '#' + str(index + 1))}</b>"
                + (f"<br><small>{escape(example[:40])}</small>" if example else "")
            )
            self.form.addRow(label, combo)
            self.combos.append(combo)

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def isComplete(self) -> bool:
        try:
            check_mapping(self.owner.kind, self.owner.table.headers, self.mapping())
        except ImportFileError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText("")
        return True

    def validatePage(self) -> bool:
        self.owner.mapping = self.mapping()
        return True


class PreviewPage(QWizardPage):
    """Step 3: every row checked by the domain rules; errors name row, column and problem."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Rows with errors are not imported. Untick rows you do not want."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 80), (1, 50), (2, 200), (3, 110)):
            self.view.setColumnWidth(column, width)
        self.update_existing = QRadioButton(self.tr("Update the stored record"))
        self.skip_existing = QRadioButton(self.tr("Skip the row"))
        self.skip_existing.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.update_existing)
        group.addButton(self.skip_existing)
        duplicates = QHBoxLayout()
        self.duplicates_label = QLabel(self.tr("When a row is already stored (same org. number or name):"))
        duplicates.addWidget(self.duplicates_label)
        duplicates.addWidget(self.update_existing)
        duplicates.addWidget(self.skip_existing)
        duplicates.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(duplicates)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self._generation = 0

    def initializePage(self) -> None:
        self.owner.preview = None
        self.model.set_preview(None)
        self.summary.setText(self.tr("Checking every row…"))
        self._generation += 1
        generation = self._generation
        sessions, kind, table, mapping = (
            self.owner.sessions,
            self.owner.kind,
            self.owner.table,
            self.owner.mapping,
        )

        QueryOp(
            parent=self,
            sessions=sessions,
            op=lambda session: validate_table(session, kind, table, mapping),
            success=lambda p: self._checked(generation, p),
        ).failure(self._failed).run_in_background()

    def _checked(self, generation: int, preview: ImportPreview) -> None:
        if generation != self._generation:
            return  # the user went back and changed something meanwhile
        self.owner.preview = preview
        self.model.set_preview(preview)
        self.summary.setText(
            self.tr(
                "%1 rows: %2 can be imported, %3 have errors, %4 are already stored, %5 have a similar name."
            )
            .replace("%1", str(len(preview.rows)))
            .replace("%2", str(len(preview.valid_rows)))
            .replace("%3", str(len(preview.invalid_rows)))
            .replace("%4", str(len(preview.duplicates)))
            .replace("%5", str(len(preview.similar)))
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(str(exc) if isinstance(exc, ImportFileError) else "")
        if not isinstance(exc, ImportFileError):
            show_error(self, exc)

    def isComplete(self) -> bool:
        preview = self.owner.preview
        return preview is not None and any(r.valid and r.include for r in preview.rows)

    def validatePage(self) -> bool:
        self.owner.on_duplicate = "update" if self.update_existing.isChecked() else "skip"
        return True


class _Progress(QObject):
    """Carries progress from the import worker to the UI thread (queued signal)."""

    changed = Signal(int, int)


class ImportPage(QWizardPage):
    """Step 4: the import itself, in one transaction, with a progress bar."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.hide()
        self.retry.clicked.connect(self.initializePage)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.retry)
        layout.addStretch(1)
        self.relay = _Progress(self)
        self.relay.changed.connect(self._progress)
        self.done = False
        self.running = False
        self.cancel_requested = False

    def initializePage(self) -> None:
        self.done = False
        self.running = True
        self.cancel_requested = False
        self.retry.hide()
        self.progress.setValue(0)
        self.message.setText(self.tr("Importing…"))
        preview, duplicate = self.owner.preview, self.owner.on_duplicate
        sessions, relay = self.owner.sessions, self.relay

        def report(done: int, total: int) -> None:
            if self.cancel_requested:
                raise ImportCancelled
            relay.changed.emit(done, total)

        def work(sessions: Sessions, _changes) -> ImportSummary:
            # all or nothing in one transaction of its own; the main window re-reads every list after
            return run_import(sessions, preview, duplicate, valid_only=True, progress=report)

        self.completeChanged.emit()
        WriteOp(parent=self, sessions=sessions, op=work, success=self._finished).failure(
            self._failed
        ).run_in_background()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _finished(self, summary: ImportSummary) -> None:
        self.running = False
        self.done = True
        self.owner.summary = summary
        self.progress.setValue(self.progress.maximum())
        self.message.setText(
            self.tr("Imported: %1 new, %2 updated, %3 skipped.")
            .replace("%1", str(summary.created))
            .replace("%2", str(summary.updated))
            .replace("%3", str(summary.skipped))
        )
        self.completeChanged.emit()
        self.owner.imported.emit()

    def request_cancel(self) -> None:
        """Stop after the current batch; the wizard closes once the stored rows are removed."""
        self.cancel_requested = True
        self.message.setText(self.tr("Cancelling… removing the rows stored so far."))

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, ImportCancelled):
            self.message.setText(self.tr("Cancelled. Nothing was imported."))
            self.owner.cancelled.emit()
            self.owner.close_after_cancel()
            return
        self.message.setText(self.tr("The import failed and nothing was stored."))
        self.retry.show()
        show_error(self, exc, allow_retry=False)

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    """Import enterprises, partner organisations or contacts from .xlsx/.csv."""

    imported = Signal()
    cancelled = Signal()

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.table: Table | None = None
        self.kind: str = IMPORT_KINDS[0]
        self.mapping: list[str | None] = []
        self.preview: ImportPreview | None = None
        self.on_duplicate = "skip"
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import from Excel or CSV"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.import_page):
            self.addPage(page)
        self.resize(820, 560)

    def reject(self) -> None:
        """Cancel while importing stops it and undoes it; the wizard stays open until that is done."""
        if self.import_page.running:
            if not self.import_page.cancel_requested:
                self.import_page.request_cancel()
            return
        super().reject()

    def close_after_cancel(self) -> None:
        super().reject()
