"""Rapporter → Utfall…, Kapacitet…, Evenemang…: choose, preview (table and chart), save.

The report is computed in a worker (QueryOp over asfdesk.services.reports, the functions the
`asfdesk report` command calls), and shown as a table and the same Qt Charts bar chart the PDF
carries (asfdesk.printing.reports.build_chart). "Save as…" writes the previewed report to
.xlsx (table + native chart), .csv or .pdf, in the user's Documents folder by default.
Turning suppression off (internal use) is written to the access log by the service.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asfdesk.db.queries.reports import areas_with_enterprises
from asfdesk.domain.report_table import ReportTable, cell_text
from asfdesk.i18n import QT_TRANSLATE_NOOP, current_language
from asfdesk.services import reports
from asfdesk.ui.error_dialogs import show_error
from asfdesk.ui.operations import QueryOp, Sessions, login_of
from asfdesk.ui.print_export import default_save_path
from asfdesk.ui.widgets.date_field import DateField

KINDS = ("outcomes", "capacity", "events")
AREA_KINDS = ("outcomes", "capacity")  # reports with a county/municipality choice
_TITLES = {
    "outcomes": QT_TRANSLATE_NOOP("ReportsDialog", "Outcomes of referrals"),
    "capacity": QT_TRANSLATE_NOOP("ReportsDialog", "Capacity of the enterprises"),
    "events": QT_TRANSLATE_NOOP("ReportsDialog", "Events"),
}
_FILE_NAMES = {
    "outcomes": QT_TRANSLATE_NOOP("ReportsDialog", "outcomes"),
    "capacity": QT_TRANSLATE_NOOP("ReportsDialog", "capacity"),
    "events": QT_TRANSLATE_NOOP("ReportsDialog", "events"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsDialog", text)


class ReportTableModel(QAbstractTableModel):
    """One ReportTable (rows, then the total in bold) for a QTableView; a few dozen rows at most."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: ReportTable | None = None

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def _rows(self) -> list[list[object]]:
        if self._table is None:
            return []
        total = [self._table.total] if self._table.total is not None else []
        return [*self._table.rows, *total]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._table is None:
            return None
        rows = self._rows()
        if not (0 <= index.row() < len(rows)) or not (0 <= index.column() < len(self._table.headers)):
            return None
        value = rows[index.row()][index.column()] if index.column() < len(rows[index.row()]) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, decimal_comma=current_language() == "sv")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() >= self._table.numeric_from:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and self._table.total is not None
            and index.row() == len(rows) - 1
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._table.headers):
            # Long headers ("Andel till arbete eller studier (%)") wrap onto a few short lines.
            return textwrap.fill(self._table.headers[section], 16, break_long_words=False)
        return None


class _ReportPage(QWidget):
    """One table of the report with its chart beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ReportTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        )
        self.chart_view = QChartView(self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(320)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.chart_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notes)

    def show_table(self, table: ReportTable) -> None:
        from asfdesk.printing.reports import build_chart

        self.model.set_table(table)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.resizeColumnsToContents()  # a report has a few dozen rows, never thousands
        for column in range(self.model.columnCount()):
            limit = 240 if column < table.numeric_from else 150  # long names wrap in the header, not here
            header.resizeSection(column, min(header.sectionSize(column), limit))
        header.setStretchLastSection(False)
        old = self.chart_view.chart()
        chart = build_chart(table)
        if chart is not None:
            self.chart_view.setChart(chart)
            self.chart_view.show()
        else:
            self.chart_view.hide()
        if old is not None and old is not chart:
            old.deleteLater()
        self.notes.setText("\n".join(table.notes))
        self.notes.setVisible(bool(table.notes))


class ReportDialog(QDialog):
    """Choices on top, the preview below, Save as… at the bottom."""

    previewed = Signal()  # a computed report is shown
    saved = Signal(str)  # the path a report was written to
    areasLoaded = Signal()  # noqa: N815 - the area choice lists the counties and municipalities

    def __init__(self, sessions: Sessions, kind: str = "outcomes", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(kind)
        self.sessions = sessions
        self.kind = kind
        self.table: ReportTable | None = None
        self._generation = 0
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        today = date.today()
        self.from_field = DateField(self)
        self.from_field.setValue(date(today.year, 1, 1))
        self.to_field = DateField(self)
        self.to_field.setValue(today)
        self.by_combo = QComboBox(self)
        self.area_combo = QComboBox(self)
        self.area_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_combo.addItem("", None)
        self.suppress_box = QCheckBox(self)
        self.suppress_box.setChecked(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        form = QFormLayout()
        self.from_label, self.to_label, self.by_label = QLabel(self), QLabel(self), QLabel(self)
        self.area_label = QLabel(self)
        self.area_label.setBuddy(self.area_combo)
        self.from_label.setBuddy(self.from_field)
        self.to_label.setBuddy(self.to_field)
        self.by_label.setBuddy(self.by_combo)
        period = QHBoxLayout()
        period.addWidget(self.from_field)
        period.addWidget(self.to_label)
        period.addWidget(self.to_field)
        period.addStretch(1)
        if kind != "capacity":
            form.addRow(self.from_label, period)
        else:
            for widget in (self.from_field, self.to_field, self.from_label, self.to_label):
                widget.hide()
        if kind == "outcomes":
            self.by_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            grouping = QHBoxLayout()
            grouping.addWidget(self.by_combo)
            grouping.addStretch(1)
            form.addRow(self.by_label, grouping)
            form.addRow("", self.suppress_box)
        else:
            for widget in (self.by_combo, self.by_label, self.suppress_box):
                widget.hide()
        if kind in AREA_KINDS:
            area = QHBoxLayout()
            area.addWidget(self.area_combo)
            area.addStretch(1)
            form.insertRow(1 if kind == "outcomes" else 0, self.area_label, area)
        else:
            self.area_combo.hide()
            self.area_label.hide()

        self.tabs = QTabWidget(self)
        self.pages: list[_ReportPage] = []
        self.refresh_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.refresh)
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.by_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.area_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.suppress_box.toggled.connect(lambda _on: self.refresh())
        for field in (self.from_field, self.to_field):
            field.valueChanged.connect(lambda _v: self.refresh())
        self.resize(1100, 680)
        self.refresh()
        if kind in AREA_KINDS:
            self.load_areas()

    # --- choices ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(_tr(_TITLES[self.kind]))
        self.from_label.setText(_tr("&Period"))
        self.to_label.setText(_tr("to"))
        self.by_label.setText(_tr("&Group by"))
        self.suppress_box.setText(_tr("&Suppress small numbers (fewer than 3 people)"))
        self.suppress_box.setToolTip(
            _tr(
                "Turn off only for internal use: the report then shows counts of 1 or 2 people, "
                "and that is logged."
            )
        )
        self.area_label.setText(_tr("&Area"))
        self.area_combo.setItemText(0, _tr("All municipalities"))
        self.refresh_button.setText(_tr("&Update"))
        self.save_button.setText(_tr("Save &as…"))
        current = self.by_combo.currentData() if self.by_combo.count() else None
        self.by_combo.blockSignals(True)
        self.by_combo.clear()
        self.by_combo.addItem(_tr("Nothing (the total only)"), None)
        for by in reports.GROUPINGS:
            self.by_combo.addItem(reports.group_label(by), by)
        index = self.by_combo.findData(current) if current is not None else 0
        self.by_combo.setCurrentIndex(max(index, 0))
        self.by_combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "by_combo"):
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def choices(self) -> dict[str, object] | None:
        """What the user chose, or None (with the reason shown) when a date is not a date."""
        area: dict[str, object] = {}
        chosen = self.area_combo.currentData()
        if self.kind in AREA_KINDS and chosen:
            level, code = str(chosen).split(":", 1)
            area = {"county": code} if level == "county" else {"municipality": code}
        if self.kind == "capacity":
            return area
        try:
            start, end = self.from_field.value(), self.to_field.value()
        except ValueError as exc:
            self._say(str(exc))
            return None
        if start is None or end is None:
            self._say(_tr("Type the first and the last day of the period."))
            return None
        if end < start:
            self._say(_tr("The period ends before it starts."))
            return None
        found: dict[str, object] = {"date_from": start, "date_to": end}
        if self.kind == "outcomes":
            found["by"] = self.by_combo.currentData()
            found["suppress"] = self.suppress_box.isChecked()
            found.update(area)
        return found

    # --- computing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the report in a worker; a result for older choices is dropped."""
        choices = self.choices()
        if choices is None:
            self.save_button.setEnabled(False)
            return
        self._generation += 1
        generation = self._generation
        kind = self.kind
        self._say(_tr("Computing…"))
        self.save_button.setEnabled(False)

        def op(session):
            if kind == "outcomes":
                return reports.outcomes(session, **choices)
            if kind == "capacity":
                return reports.capacity(session, **choices)
            return reports.events_report(session, **choices)

        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=op,
            success=lambda table: self._show(table, generation),
        ).failure(lambda exc: self._failed(exc, generation)).run_in_background()

    def load_areas(self) -> None:
        """Fill the area choice with the counties and municipalities that have enterprises."""
        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=areas_with_enterprises,
            success=self._fill_areas,
        ).failure(lambda _exc: None).run_in_background()  # without areas the report still works

    def _fill_areas(self, areas: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
        current = self.area_combo.currentData()
        self.area_combo.blockSignals(True)
        while self.area_combo.count() > 1:
            self.area_combo.removeItem(1)
        for county_code, county_name, places in areas:
            self.area_combo.addItem(f"{county_name} ({county_code})", f"county:{county_code}")
            for code, name in places:
                self.area_combo.addItem(f"    {name} ({code})", f"municipality:{code}")
        self.area_combo.setCurrentIndex(max(self.area_combo.findData(current), 0) if current else 0)
        self.area_combo.blockSignals(False)
        self.areasLoaded.emit()

    def _failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        from asfdesk.ui.operations import failure_text

        self._say(failure_text(exc))

    def _show(self, table: ReportTable, generation: int) -> None:
        if generation != self._generation:
            return
        self.table = table
        tables = table.all_tables()
        while len(self.pages) < len(tables):
            page = _ReportPage(self.tabs)
            self.pages.append(page)
            self.tabs.addTab(page, "")
        for index, (page, part) in enumerate(zip(self.pages, tables, strict=False)):
            page.show_table(part)
            self.tabs.setTabText(index, part.title)
        self._say(table.subtitle)
        self.save_button.setEnabled(True)
        self.previewed.emit()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # --- saving ------------------------------------------------------------------------------

    def ask_path(self) -> Path | None:
        """The save dialog, in the Documents folder; the suffix follows the chosen filter."""
        name = _tr(_FILE_NAMES[self.kind])
        filters = ";;".join(
            (_tr("Excel workbook (*.xlsx)"), _tr("PDF document (*.pdf)"), _tr("CSV file (*.csv)"))
        )
        path, chosen = QFileDialog.getSaveFileName(
            self, _tr("Save report"), str(default_save_path(f"{name}.xlsx")), filters
        )
        if not path:
            return None
        result = Path(path)
        if result.suffix.lower() not in (".xlsx", ".pdf", ".csv"):
            suffix = ".pdf" if ".pdf" in chosen else ".csv" if ".csv" in chosen else ".xlsx"
            result = result.with_name(result.name + suffix)
        return result

    def save(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path | str) -> bool:
        """Write the previewed report to `path` (.xlsx, .csv or .pdf)."""
        if self.table is None:
            return False
        path = Path(path)
        try:
            if path.suffix.lower() == ".pdf":
                from asfdesk.printing.reports import write_report_pdf

                write_report_pdf(self.table, path, login_of(self.sessions) or "")
            else:
                from asfdesk.io.report_files import write_report_table

                write_report_table(self.table, path)
        except Exception as exc:  # a full disk or a locked file: say so, keep the preview
            show_error(self, exc)
            return False
        self._say(_tr("Saved %1").replace("%1", str(path)))
        self.saved.emit(str(path))
        return True


# --- the menu --------------------------------------------------------------------------------


def open_report(window, kind: str) -> ReportDialog:
    """Open the report dialog of `kind` over the main window (non-modal, so lists stay usable)."""
    dialog = ReportDialog(window.sessions, kind, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
