"""Opens profile windows: one non-modal window per record, brought forward when opened again.

manager = ProfileManager(sessions, parent_widget=main_window)
manager.open("enterprise", 5)
manager.open("referral", None, enterprise_id=5)  # a new referral, prefilled
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from asfdesk.ui.operations import Sessions
from asfdesk.ui.profiles.registry import build_profile


class ProfileManager(QObject):
    """Keeps track of open profile windows so a record never opens twice.

    `saved`/`deleted` tell that one of its profiles saved or deleted a record. Lists and open
    profiles refresh on asfdesk.ui.operations.changes() instead, which also carries the changes
    of the main window, of other windows and (later) of other users."""

    saved = Signal(str, int)
    deleted = Signal(str, int)

    def __init__(self, sessions: Sessions, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.sessions = sessions
        self.parent_widget = parent_widget
        self._open: dict[tuple[str, int], QWidget] = {}
        self._new: list[QWidget] = []
        self._lookups = None
        self.permissions = None  # asfdesk.services.roles.Permissions once the main window read them

    @property
    def lookups(self):
        """Reference lists shared by this manager's editors (asfdesk.ui.profiles.lookups)."""
        if self._lookups is None:
            from asfdesk.ui.profiles.lookups import Lookups

            self._lookups = Lookups(self.sessions)
        return self._lookups

    def open(self, entity: str, record_id: int | None = None, **prefill) -> QWidget:
        """Show the profile of (entity, record_id); None opens an editor for a new record.

        `entity` is a key of asfdesk.entities (ValueError for an unknown one)."""
        if record_id is not None:
            window = self._open.get((entity, record_id))
            if window is not None:
                self._bring_forward(window)
                return window
        window = build_profile(self, entity, record_id, prefill)
        self._track(window)
        window.show()
        self._bring_forward(window)
        return window

    def windows(self) -> list[QWidget]:
        """Every open profile window (existing records and new ones)."""
        return list(self._open.values()) + list(self._new)

    def find(self, entity: str, record_id: int) -> QWidget | None:
        return self._open.get((entity, record_id))

    def close_all(self) -> bool:
        """Close every profile, asking about unsaved changes; False if the user cancelled."""
        return all(window.close() for window in self.windows())

    # -- bookkeeping, called by the profile windows ------------------------------------------

    def _track(self, window: QWidget) -> None:
        key = window.record_key()
        if key is None:
            self._new.append(window)
        else:
            self._open[key] = window

    def record_saved(self, window: QWidget, entity: str, record_id: int) -> None:
        """A profile saved; a new record got its id, so from now on opening it brings `window` forward."""
        if window in self._new:
            self._new.remove(window)
        self._open[(entity, record_id)] = window
        self.saved.emit(entity, record_id)

    def record_deleted(self, entity: str, record_id: int) -> None:
        """A profile (or a related list) deleted a record: tell the lists and other profiles."""
        self.deleted.emit(entity, record_id)

    def window_closed(self, window: QWidget) -> None:
        """A profile window closed: opening its record again builds a new one."""
        if window in self._new:
            self._new.remove(window)
        for key, w in list(self._open.items()):
            if w is window:
                del self._open[key]

    @staticmethod
    def _bring_forward(window: QWidget) -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
