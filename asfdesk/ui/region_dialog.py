"""Rapporter → "ASF i länet…": choose a county, then preview, print or save the one-page summary.

The counties and the page are read in operations (QueryOp); the page goes out through the same
preview / printer / PDF path as every printed document (asfdesk.ui.print_export).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asfdesk.db.faults import log_fault
from asfdesk.db.queries.region import counties
from asfdesk.printing.region_summary import default_file_name, region_summary_document
from asfdesk.ui.operations import QueryOp, Sessions
from asfdesk.ui.print_export import output_document
from asfdesk.ui.settings import app_settings

SETTING = "reports/region/county"  # the county chosen last time


class RegionDialog(QDialog):
    """Pick a county (type to jump: "Da" → Dalarnas län), then Preview / Print / Save as PDF."""

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.county = QComboBox(self)
        self.county.setMinimumContentsLength(22)
        self.county.setMaxVisibleItems(22)
        self.county_label = QLabel(self)
        self.county_label.setBuddy(self.county)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.preview_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)  # until the counties are in
        self.preview_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(lambda: self.output("preview"))
        self.print_button.clicked.connect(lambda: self.output("print"))
        self.pdf_button.clicked.connect(lambda: self.output("pdf"))
        form = QFormLayout()
        form.addRow(self.county_label, self.county)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()
        QueryOp(parent=self, sessions=sessions, op=counties, success=self._set_counties).failure(
            log_fault
        ).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ASFs in the county"))
        self.county_label.setText(self.tr("&County:"))
        self.hint.setText(
            self.tr(
                "One A4 page: the active ASFs, their employees, the people in work training and the "
                "free places per municipality of the county, with totals and a bar chart. No personal data."
            )
        )
        self.preview_button.setText(self.tr("Pre&view"))
        self.print_button.setText(self.tr("&Print…"))
        self.pdf_button.setText(self.tr("&Save as PDF…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_counties(self, rows: list[tuple[str, str]]) -> None:
        self.county.clear()
        for code, name in rows:
            self.county.addItem(name, code)
        # The county chosen last time, else the first with an active ASF (they come first).
        index = self.county.findData(app_settings().value(SETTING))
        self.county.setCurrentIndex(index if index >= 0 else 0)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(self.county.count() > 0)
        self.county.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_county(self) -> str | None:
        return self.county.currentData()

    def output(self, mode: str) -> None:
        """Build the page in a worker, then preview, print or save it."""
        code = self.chosen_county()
        if code is None:
            return
        app_settings().setValue(SETTING, code)
        sessions, parent = self.sessions, self
        name = default_file_name(code).removesuffix(".pdf")
        QueryOp(
            parent=self,
            sessions=None,
            op=lambda _none: region_summary_document(sessions, code),
            success=lambda document: output_document(parent, document, mode, name),
        ).run_in_background()


def open_dialog(window) -> RegionDialog:
    dialog = RegionDialog(window.sessions, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
