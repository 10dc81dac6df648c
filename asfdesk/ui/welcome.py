"""The first-run panel on an empty database: load demo data, import from Excel or start empty."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from asfdesk.ui.icons import icon


class WelcomePanel(QWidget):
    """Explains the empty database and offers the three ways forward."""

    loadDemoRequested = Signal()
    importRequested = Signal()
    startEmptyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(560)  # a fixed width lets the wrapped label get its full height
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(icon("database"), "", self)
        self.import_button = QPushButton(icon("import"), "", self)
        self.empty_button = QPushButton(icon("new"), "", self)
        self.status = QLabel(self)
        self.demo_button.clicked.connect(self.loadDemoRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.empty_button.clicked.connect(self.startEmptyRequested)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.text):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        for button in (self.demo_button, self.import_button, self.empty_button):
            button.setMinimumWidth(280)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to asfdesk"))
        self.text.setText(
            self.tr(
                "The database is empty. Try the app with demo data (enterprises in Bollnäs and "
                "Hedemora, partners, events and fictional referrals), bring in your Excel lists, "
                "or start with an empty register."
            )
        )
        # A layout with alignment gives a label its sizeHint, not its height for the width.
        self.text.setMinimumHeight(self.text.heightForWidth(self.text.width()))
        self.demo_button.setText(self.tr("Load demo data"))
        self.import_button.setText(self.tr("Import from Excel…"))
        self.empty_button.setText(self.tr("Start empty"))

    def set_busy(self, busy: bool) -> None:
        for button in (self.demo_button, self.import_button, self.empty_button):
            button.setEnabled(not busy)
        self.status.setText(self.tr("Loading demo data…") if busy else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
