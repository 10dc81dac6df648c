"""Live updates in the window: other users' changes reach every open tab and profile by themselves.

    window.live = follow_database(window)   # at start and after switching databases
    window.live.stop()                      # when the window closes

A daemon thread runs asfdesk.db.live.LiveRunner on the window's database (LISTEN/NOTIFY on
PostgreSQL, `PRAGMA data_version` polling on SQLite) and hands what it hears to the UI thread by
a queued signal. Here the notices become one `Changes` with `source=REMOTE`, published on
`operations.changes()` like any save, so tabs, related lists and profiles follow them the way
they follow this app's own saves; the table → entity key comes from the entity registry.

This app's own writes come back too (the triggers notify every listener, and SQLite's
data_version moves for every other connection, ours included). They are absorbed: a row this
app's sessions committed (asfdesk.db.live.OwnWrites) and each change it published itself cancel
the first notice about the same row that arrives within ECHO_SECONDS, and a record open in a
profile is only reported when its stored version differs from the one the profile shows.

While the source is unreachable the status bar says "Offline – reconnecting…", the runner
retries with backoff, and when it is back every list refreshes and every open profile checks
its version, so whatever was missed meanwhile is shown.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from asfdesk import entities
from asfdesk.db import live as db_live
from asfdesk.db.live import Notice
from asfdesk.ui.operations import Change, ChangeKind, Changes, QueryOp, changes, publish

log = logging.getLogger(__name__)

REMOTE = "remote"  # the `source` of changes made by other users and processes
KINDS = {"insert": ChangeKind.CREATED, "update": ChangeKind.UPDATED, "delete": ChangeKind.DELETED}
OFFLINE_STYLE = "color: #8a1c00; font-weight: bold; padding: 0 6px;"
ECHO_SECONDS = 30.0  # how long a change this app made waits for its own notice to come back
GATHER_MS = 200  # notices arriving this close together are published as one Changes


class OfflineLabel(QLabel):
    """The status bar's "Offline – reconnecting…" (hidden while the connection is fine)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setStyleSheet(OFFLINE_STYLE)
        self.retry_in: float | None = None
        self.hide()
        self.retranslate()

    def set_offline(self, offline: bool, retry_in: float | None = None) -> None:
        self.retry_in = retry_in
        self.retranslate()
        self.setVisible(offline)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("LiveUpdates", "Offline – reconnecting…"))
        tip = QCoreApplication.translate(
            "LiveUpdates",
            "The connection to the database was lost. asfdesk tries again by itself; "
            "what you type is kept, and the lists refresh when it is back.",
        )
        self.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _Relay(QObject):
    """Carries the runner's reports from its thread to the UI thread (queued signals)."""

    notices = Signal(object)  # list[Notice]
    state = Signal(bool, object)  # online, seconds until the next attempt


def _tables() -> dict[str, str]:
    return {definition.model.__tablename__: definition.key for definition in entities.all_entities()}


class LiveUpdates(QObject):
    """Hears other users' changes to the window's database and publishes them.

    `window` offers `database_url`, `sessions`, `profiles` (a ProfileManager), `built_tabs()`
    and `statusBar()` (asfdesk.ui.main_window.MainWindow). Signals (on the UI thread):
    `onlineChanged(bool)`; `published(Changes)` after each batch of others' changes."""

    onlineChanged = Signal(bool)
    published = Signal(object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.online: bool | None = None
        self.running = False
        self.label = OfflineLabel(window)
        window.statusBar().addPermanentWidget(self.label)
        self._stop = threading.Event()
        self._relay: _Relay | None = None
        self._thread: threading.Thread | None = None
        self._own: dict[tuple[str, ChangeKind, int], float] = {}  # our changes → expiry (monotonic)
        self._own_writes: db_live.OwnWrites | None = None  # rows our sessions committed
        changes().changed.connect(self._published_here)
        self._gathered: list[Notice] = []  # a burst (an import, a delete of many) becomes one refresh
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._handle_gathered)

    # --- start and stop -------------------------------------------------------------------------

    def start(self) -> None:
        """Follow the window's current database (stopping a previous one first)."""
        self.stop()
        source = db_live.source_for(self.window.database_url)
        if source is None:
            return
        self._own_writes = db_live.OwnWrites(self.window.sessions)
        self._stop = stop = threading.Event()
        self._relay = relay = _Relay()  # no parent: the thread's reference keeps it alive
        relay.notices.connect(self._gathering)
        relay.state.connect(self._state)

        def report(signal, *args) -> None:  # in the runner's thread
            try:
                signal.emit(*args)
            except RuntimeError:  # the relay was deleted with the app: stop quietly
                stop.set()

        runner = db_live.LiveRunner(
            source,
            on_notices=lambda notices: report(relay.notices, notices),
            on_state=lambda online, retry_in: report(relay.state, online, retry_in),
            stop=stop,
        )
        self.destroyed.connect(stop.set)  # a window deleted without closing stops listening too
        self._thread = threading.Thread(target=runner.run, name="asfdesk-live", daemon=True)
        self.running = True
        self._thread.start()

    def stop(self, wait: float = 0.0) -> None:
        """Stop listening; `wait` seconds for the thread to close its connection."""
        self._stop.set()
        if self._relay is not None:
            self._relay.notices.disconnect(self._gathering)
            self._relay.state.disconnect(self._state)
            self._relay = None
        thread, self._thread = self._thread, None
        if thread is not None and wait:
            thread.join(wait)
        self.running = False
        self._gathered = []
        self.online = None
        self.label.set_offline(False)

    # --- connection state ------------------------------------------------------------------------

    def _state(self, online: bool, retry_in: float | None) -> None:
        was = self.online
        self.online = online
        self.label.set_offline(not online, retry_in)
        if online and was is False:
            self.resync()
        if online != was:
            self.onlineChanged.emit(online)

    def resync(self) -> None:
        """After being offline: refresh every list and let open profiles check their version."""
        refresh_all = getattr(self.window, "refresh_all", None)
        if refresh_all is not None:
            refresh_all()
        else:
            for tab in self.window.built_tabs():
                tab.model.refresh()
        self._verify({}, self._open_records(), set(), {})

    # --- notices -------------------------------------------------------------------------------

    def _published_here(self, changeset: Changes) -> None:
        """Remember what this app changed itself, to recognise its notice when it comes back."""
        if changeset.source == REMOTE:
            return
        expiry = time.monotonic() + ECHO_SECONDS
        for item in changeset.items:
            for record_id in item.ids:
                self._own[(item.entity, item.kind, record_id)] = expiry

    def _without_echoes(self, direct: dict[tuple[str, ChangeKind], set[int]]) -> None:
        """Drop (once each) the notices of changes this app published itself."""
        now = time.monotonic()
        self._own = {key: expiry for key, expiry in self._own.items() if expiry > now}
        for (entity, kind), ids in direct.items():
            for record_id in list(ids):
                if self._own.pop((entity, kind, record_id), None) is not None:
                    ids.discard(record_id)

    def _open_records(self) -> dict[tuple[str, int], QObject]:
        manager = getattr(self.window, "profiles", None)
        if manager is None:
            return {}
        found = {}
        for window in manager.windows():
            key = window.record_key()
            if key is not None:
                found[key] = window
        return found

    def _gathering(self, notices: list[Notice]) -> None:
        self._gathered += notices
        if not self._gather.isActive():
            self._gather.start()

    def _handle_gathered(self) -> None:
        notices, self._gathered = self._gathered, []
        if notices and self.running:
            self._arrived(notices)

    def _arrived(self, notices: list[Notice]) -> None:
        tables = _tables()
        if self._own_writes is not None:
            kept = []
            for n in notices:
                if self._own_writes.consume(n):
                    # The one echo of our write is used up here: its published-change mark goes
                    # too, or a colleague's next change of that record would be taken for it.
                    entity = tables.get(n.table)
                    if entity is not None and n.id is not None:
                        self._own.pop((entity, KINDS[n.op], n.id), None)
                else:
                    kept.append(n)
            notices = kept
        direct: dict[tuple[str, ChangeKind], set[int]] = {}
        unknown_deletes: set[str] = set()
        owned: dict[str, set[int]] = {}  # rows of tables without an entity, to find their owners
        owners: set[tuple[str, int]] = set()
        for notice in notices:
            entity = tables.get(notice.table)
            if notice.owner_table in tables and notice.owner_id is not None:
                owners.add((tables[notice.owner_table], notice.owner_id))
            if entity is None:
                if notice.id is not None and notice.op != "delete" and notice.owner_id is None:
                    owned.setdefault(notice.table, set()).add(notice.id)
                continue
            if notice.id is None:
                unknown_deletes.add(entity)
                continue
            direct.setdefault((entity, KINDS[notice.op]), set()).add(notice.id)
        self._without_echoes(direct)
        open_records = self._open_records()
        touched = {(entity, i) for (entity, _kind), ids in direct.items() for i in ids}
        check = {key: w for key, w in open_records.items() if key in touched or key[0] in unknown_deletes}
        self._verify(direct, check, unknown_deletes, owned, owners)

    def _verify(
        self,
        direct: dict[tuple[str, ChangeKind], set[int]],
        check: dict[tuple[str, int], QObject],
        unknown_deletes: set[str],
        owned: dict[str, set[int]],
        owners: Iterable[tuple[str, int]] = (),
    ) -> None:
        """Read the stored versions of the open records concerned (and the owners of rows of
        tables without an entity) in a worker, then publish.

        `owners`: records whose participants or notes changed (their own version did not)."""
        owners = list(owners)
        if not check and not owned:
            self._verified(direct, unknown_deletes, {}, owners)
            return
        wanted = list(check)
        owned_rows = {table: sorted(ids) for table, ids in owned.items()}

        def read(session):
            stamps = db_live.record_stamps(session, wanted)
            parents = [
                p for table, ids in owned_rows.items() for p in db_live.parents_of(session, table, ids)
            ]
            return stamps, parents

        QueryOp(
            parent=self,
            sessions=self.window.sessions,
            op=read,
            success=lambda found: self._verified(direct, unknown_deletes, found[0], [*found[1], *owners]),
        ).failure(lambda _exc: self._publish(direct, unknown_deletes)).run_in_background()

    def _verified(
        self,
        direct: dict[tuple[str, ChangeKind], set[int]],
        unknown_deletes: set[str],
        stamps: dict,
        parents: list[tuple[str, int]],
    ) -> None:
        open_records = self._open_records()
        for (entity, record_id), stamp in stamps.items():
            if stamp is None:
                kind = ChangeKind.DELETED
            else:
                window = open_records.get((entity, record_id))
                if window is not None and (window.saving or window.version == stamp.version):
                    # our own save coming back, or a version the profile shows already
                    for (e, _k), ids in direct.items():
                        if e == entity:
                            ids.discard(record_id)
                    continue
                kind = ChangeKind.UPDATED
            direct.setdefault((entity, kind), set()).add(record_id)
        for entity, record_id in parents:
            window = open_records.get((entity, record_id))
            if window is not None and window.is_dirty():
                continue  # a participant or note changed: not worth interrupting someone's typing
            direct.setdefault((entity, ChangeKind.UPDATED), set()).add(record_id)
        self._publish(direct, unknown_deletes)

    def _publish(
        self, direct: dict[tuple[str, ChangeKind], set[int]], unknown_deletes: Iterable[str]
    ) -> None:
        items = tuple(Change(e, k, frozenset(ids)) for (e, k), ids in direct.items() if ids)
        changeset = Changes(items, REMOTE)
        publish(changeset)
        deleted_in = set(unknown_deletes)
        if deleted_in:  # rows are gone but which is unknown: the lists of those entities re-read
            for tab in self.window.built_tabs():
                if entities.owner(tab.entity).key in deleted_in:
                    tab.model.refresh()
        if changeset or deleted_in:
            self.published.emit(changeset)


def follow_database(window: QMainWindow) -> LiveUpdates:
    """Start (or restart, after a database switch) the window's live updates."""
    live = window.findChild(LiveUpdates)
    if live is None:
        live = LiveUpdates(window)
    live.start()
    return live
