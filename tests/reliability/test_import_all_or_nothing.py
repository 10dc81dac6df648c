"""Issue 8 §15: an import is all or nothing, yet never holds SQLite's write lock for long.

On SQLite the rows go in short batches and a journal undoes them on failure, Cancel or kill -9;
on PostgreSQL the import is one transaction. Both must leave nothing behind when stopped.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from asfdesk.cli import main
from asfdesk.db.engine import make_engine
from asfdesk.db.models import Enterprise
from asfdesk.db.search import search_condition
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.io import store
from asfdesk.io.import_journal import journal_path, recover_interrupted_import
from asfdesk.io.importer import validate_table
from asfdesk.io.mapping import guess_mapping
from asfdesk.io.readers import read_table
from asfdesk.io.store import ImportCancelled, run_import
from tests.data.helpers import org_number

ROOT = Path(__file__).resolve().parents[2]


def _csv(path: Path, numbers, prefix="Företag") -> Path:
    lines = ["Namn;Organisationsnummer;Ort;Anställda"]
    lines += [f"{prefix} {n};{org_number(n)};Umeå;{n % 40}" for n in numbers]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _preview(sessions, path):
    table = read_table(path)
    with session_scope(sessions) as s:
        return validate_table(s, "enterprises", table, guess_mapping("enterprises", table.headers))


def _state(sessions) -> list[tuple]:
    with session_scope(sessions) as s:
        return [
            tuple(r)
            for r in s.execute(
                select(Enterprise.org_number, Enterprise.name, Enterprise.city).order_by(Enterprise.id)
            )
        ]


def _search_hits(sessions, word: str) -> int:
    with session_scope(sessions) as s:
        condition = search_condition(s.bind.dialect.name, word, [(Enterprise.id, "enterprises")])
        return s.scalar(select(func.count()).select_from(Enterprise).where(condition))


@pytest.fixture
def stored(sessions, tmp_path):
    """Ten enterprises already stored, which the import will update."""
    run_import(sessions, _preview(sessions, _csv(tmp_path / "old.csv", range(1, 11), prefix="Gammal")))
    return _state(sessions)


@pytest.mark.parametrize("on_duplicate", ["skip", "update"])
def test_cancel_half_way_leaves_nothing(sessions, stored, tmp_path, monkeypatch, on_duplicate):
    monkeypatch.setattr(store, "BATCH_ROWS", 7)
    preview = _preview(sessions, _csv(tmp_path / "new.csv", range(1, 61), prefix="Nytt"))
    assert len(preview.duplicates) == 10
    calls = []

    def cancel_after_three_batches(done, total):
        calls.append(done)
        if len(calls) == 3:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        run_import(sessions, preview, on_duplicate, progress=cancel_after_three_batches)
    assert _state(sessions) == stored  # the updated rows have their old names back
    assert _search_hits(sessions, "nytt") == 0  # and no search document was left behind
    assert _search_hits(sessions, "gammal") == 10
    path = journal_path(sessions.kw["bind"])
    assert path is None or not path.exists()


def test_failure_in_a_later_batch_undoes_the_earlier_ones(sessions, stored, tmp_path, monkeypatch):
    """A colleague stores org. number 55 after the preview: batch 4 fails, batches 1-3 are undone."""
    monkeypatch.setattr(store, "BATCH_ROWS", 10)
    preview = _preview(sessions, _csv(tmp_path / "new.csv", range(11, 61)))
    with session_scope(sessions) as s:
        s.add(Enterprise(name="Kollegans företag", org_number=org_number(55)))
    before = _state(sessions)
    with pytest.raises(Exception, match="(?i)unique"):
        run_import(sessions, preview)
    assert _state(sessions) == before
    # Once the colleague's row is gone, the same preview imports completely (no stale journal).
    with session_scope(sessions) as s:
        s.delete(s.scalar(select(Enterprise).where(Enterprise.org_number == org_number(55))))
    summary = run_import(sessions, _preview(sessions, _csv(tmp_path / "again.csv", range(11, 61))))
    assert summary.created == 50
    assert len(_state(sessions)) == 60


def test_import_commits_in_short_batches_on_sqlite(sqlite_url, tmp_path, monkeypatch):
    """Each write transaction stays small, so the write lock is released between batches."""
    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine, user="tester")
    commits = []
    event.listen(engine, "commit", lambda conn: commits.append(time.monotonic()))
    preview = _preview(sessions, _csv(tmp_path / "new.csv", range(1, 2001)))
    commits.clear()
    run_import(sessions, preview)
    assert len(commits) >= 2000 // store.BATCH_ROWS
    engine.dispose()


def test_a_colleague_can_save_during_a_big_import(sqlite_url, tmp_path):
    """Issue 8 §15: 'database is busy' for other consultants while an import ran.

    The colleague's connection waits at most 0.7 s for the lock (the app waits 10 s); every one of
    their saves during the import must get through.
    """
    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine, user="importer")
    preview = _preview(sessions, _csv(tmp_path / "big.csv", range(1, 12_001)))
    colleague = make_engine(sqlite_url)
    event.listen(colleague, "connect", lambda dbapi, rec: dbapi.execute("PRAGMA busy_timeout=700"))
    colleague_sessions = make_session_factory(colleague, user="colleague")
    done = threading.Event()
    failures: list[BaseException] = []

    def importer():
        try:
            run_import(sessions, preview)
        finally:
            done.set()

    thread = threading.Thread(target=importer)
    thread.start()
    saves = 0
    while not done.is_set():
        try:
            with session_scope(colleague_sessions) as s:
                s.add(Enterprise(name=f"Sparat under importen {saves}"))
            saves += 1
        except Exception as exc:  # "database is locked"
            failures.append(exc)
            break
        time.sleep(0.05)
    thread.join()
    assert failures == []
    assert saves >= 3
    with session_scope(sessions) as s:
        assert s.scalar(select(func.count(Enterprise.id))) == 12_000 + saves
    engine.dispose()
    colleague.dispose()


_KILLED_IMPORT = textwrap.dedent(
    """
    import sys
    from asfdesk.db.engine import make_engine
    from asfdesk.db.session import make_session_factory, session_scope
    from asfdesk.io import store
    from asfdesk.io.importer import validate_table
    from asfdesk.io.mapping import guess_mapping
    from asfdesk.io.readers import read_table

    store.BATCH_ROWS = 50
    sessions = make_session_factory(make_engine(sys.argv[1]), user="tester")
    table = read_table(sys.argv[2])
    with session_scope(sessions) as s:
        preview = validate_table(s, "enterprises", table, guess_mapping("enterprises", table.headers))

    def progress(done, total):
        print(done, flush=True)
        if done >= 500:
            import time
            time.sleep(60)  # parked mid-import until killed

    store.run_import(sessions, preview, "update", progress=progress)
    """
)


@pytest.mark.slow
def test_kill_9_during_import_then_rerun(sqlite_url, tmp_path):
    """kill -9 after ten committed batches: the rerun undoes them and imports everything once."""
    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine, user="tester")
    run_import(sessions, _preview(sessions, _csv(tmp_path / "old.csv", range(1, 21), prefix="Gammal")))
    before = _state(sessions)
    path = _csv(tmp_path / "new.csv", range(1, 2001))
    _kill_an_import_half_way(sqlite_url, path)
    assert journal_path(engine).exists()
    assert len(_state(sessions)) > len(before)  # batches had committed

    assert recover_interrupted_import(sessions) is True
    assert _state(sessions) == before  # 0 partial rows, old values back
    assert not journal_path(engine).exists()

    # The rerun (the CLI, as a user would) imports every row exactly once.
    assert (
        main(["--database", sqlite_url, "import", "enterprises", str(path), "--on-duplicate", "update"]) == 0
    )
    with session_scope(sessions) as s:
        assert s.scalar(select(func.count(Enterprise.id))) == 2000
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    engine.dispose()


@pytest.mark.slow


def _kill_an_import_half_way(sqlite_url: str, path: Path) -> None:
    """Run an import in a child process and kill -9 it once 500 rows are stored."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_IMPORT, sqlite_url, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    for line in child.stdout:
        if int(line) >= 500:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()


def test_kill_9_then_next_import_undoes_it_first(sqlite_url, tmp_path):
    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine, user="tester")
    path = _csv(tmp_path / "new.csv", range(1, 2001))
    _kill_an_import_half_way(sqlite_url, path)
    summary = run_import(sessions, _preview(sessions, _csv(tmp_path / "other.csv", range(3001, 3011))))
    assert summary.created == 10
    with session_scope(sessions) as s:
        assert s.scalar(select(func.count(Enterprise.id))) == 10
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    engine.dispose()


def test_a_second_import_into_the_same_file_is_refused_while_one_runs(sqlite_url, tmp_path):
    """Recovery must never undo an import that is still running in another window."""
    from asfdesk.io.import_journal import ImportRunning, import_lock

    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine, user="tester")
    preview = _preview(sessions, _csv(tmp_path / "new.csv", range(1, 5)))
    with import_lock(journal_path(engine)):  # as the other window's import holds it
        with pytest.raises(ImportRunning, match="Another import"):
            run_import(sessions, preview)
        assert recover_interrupted_import(sessions) is False
    assert run_import(sessions, preview).created == 4
    engine.dispose()


def test_opening_the_database_undoes_a_killed_import(sqlite_url, tmp_path, capsys):
    """The next start (here `asfdesk user list`) cleans up, not only the next import."""
    path = _csv(tmp_path / "new.csv", range(1, 2001))
    _kill_an_import_half_way(sqlite_url, path)
    engine = make_engine(sqlite_url)
    assert journal_path(engine).exists()
    assert main(["--database", sqlite_url, "user", "list"]) == 0
    sessions = make_session_factory(engine, user="tester")
    with session_scope(sessions) as s:
        assert s.scalar(select(func.count(Enterprise.id))) == 0
    assert not journal_path(engine).exists()
    engine.dispose()
