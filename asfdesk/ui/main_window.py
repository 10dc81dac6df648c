"""The main window (placeholder until the main-window issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.engine import describe


class MainWindow(QMainWindow):
    def __init__(self, database_url: str, sessions: sessionmaker[Session]) -> None:
        super().__init__()
        self.sessions = sessions
        self.setWindowTitle("asfdesk")
        self.setCentralWidget(QLabel(describe(database_url)))
        self.resize(1100, 700)
