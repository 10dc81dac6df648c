"""Widgets never talk to the database themselves: they ask the operation layer.

The rule, checked on the source of every module under asfdesk/ui with `ast` (no import, so a
module that would fail to import is still checked):

1. No widget module imports `sqlalchemy`, `asfdesk.db.session` or `asfdesk.db.engine` (imports
   under `if TYPE_CHECKING:` are fine: they are type hints only). The exception is a short list
   of URL helpers that never connect (`make_url`, `describe`, …; URL_HELPERS below), imported by
   name: the database dialogs parse and show URLs.
2. No widget module opens a session: no `session_scope(...)`, no `sessions()` or
   `self.sessions()` call.
3. No method hands its session factory to a function (`records.save_record(self.sessions, …)`):
   that would run the database call on the UI thread. `asfdesk.ui.operations.login_of` only
   reads which login the factory stamps (NO_IO_HELPERS) and may be called anywhere. Inside a
   lambda or a nested function —
   the `op` given to `QueryOp`/`WriteOp` — it is fine, because the operation layer runs it in a
   worker; so is a method that received the session as a parameter (the op calls it). Classes
   (capitalised names) may receive the factory to keep it, e.g. `QueryOp(sessions=self.sessions)`
   or `EntityTab(self.sessions, …)`. A method decorated with `@worker_only`
   (asfdesk.ui.operations) may hand it over too: it is only ever called inside an op, and raises
   if called on the UI thread.

Only the operation layer (`asfdesk/ui/operations*.py`) may open sessions. It is a syntactic
check, not a proof; its job is to make the easy mistake fail in CI.

KNOWN_DEBT lists modules that still break the rule, with the reason. It may only shrink: a
listed module that is clean fails the test too, so whoever fixes one removes it here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import asfdesk

UI = Path(asfdesk.__file__).parent / "ui"
OPERATION_LAYER = {path.name for path in UI.glob("operations*.py")}
FORBIDDEN_IMPORTS = ("sqlalchemy", "asfdesk.db.session", "asfdesk.db.engine")
# Operation-layer functions that take a session factory but never touch the database.
NO_IO_HELPERS = {"login_of"}
# Names that parse, mask or describe a database URL and never connect: widgets may import them.
URL_HELPERS = {
    "sqlalchemy.engine.make_url",
    "sqlalchemy.engine.URL",
    "sqlalchemy.exc.ArgumentError",
    "asfdesk.db.engine.describe",
    "asfdesk.db.engine.is_sqlite",
    "asfdesk.db.engine.sqlite_path",
    "asfdesk.db.engine.masked",
    "asfdesk.db.engine.without_password",
}
SESSIONISH = {"session", "sessions"}

# module (relative to asfdesk/ui) -> why it still reaches the database itself
KNOWN_DEBT: dict[str, str] = {}


def _type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(tree: ast.Module) -> list[tuple[int, str]]:
    found = []
    skip: set[int] = set()
    for node in ast.walk(tree):
        if _type_checking_block(node):
            skip |= {id(n) for n in ast.walk(node)}
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            if all(name in URL_HELPERS for name in names):
                continue  # URL parsing only
            found.append((node.lineno, node.module))
            found += [(node.lineno, name) for name in names]
    return found


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _opens_session(call: ast.Call) -> bool:
    return _name(call.func) in ("session_scope", "sessions")


def _hands_over_session(call: ast.Call, params: set[str]) -> bool:
    """A session factory (or session) the method did not receive as a parameter goes to a
    function: the method got it from `self`, so nothing moved the work to a worker."""
    callee = _name(call.func)
    if not callee or callee[0].isupper() or callee in NO_IO_HELPERS:
        return False
    values = [*call.args, *(k.value for k in call.keywords)]
    return any(_name(v) in SESSIONISH and not (isinstance(v, ast.Name) and v.id in params) for v in values)


class _Checker(ast.NodeVisitor):
    """Walks one module; `depth` counts lambdas/functions nested inside a method."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.in_method = False
        self.nested = 0
        self.params: set[str] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 (ast API)
        for item in node.body:
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                # a @worker_only method runs inside ops only (and raises on the UI thread)
                self.in_method = not any(_name(d) == "worker_only" for d in item.decorator_list)
                self.nested = 0
                self.params = {a.arg for a in (*item.args.args, *item.args.kwonlyargs)}
                for statement in item.body:
                    self.visit(statement)
                self.in_method = False
            else:
                self.visit(item)

    def _nested(self, node: ast.AST) -> None:
        self.nested += 1
        self.generic_visit(node)
        self.nested -= 1

    visit_Lambda = _nested  # noqa: N815
    visit_FunctionDef = _nested  # noqa: N815
    visit_AsyncFunctionDef = _nested  # noqa: N815

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 (ast API)
        if _opens_session(node):
            self.problems.append(f"line {node.lineno}: opens a session ({ast.unparse(node.func)})")
        elif self.in_method and not self.nested and _hands_over_session(node, self.params):
            call = ast.unparse(node)[:70]
            self.problems.append(f"line {node.lineno}: database call on the UI thread ({call})")
        self.generic_visit(node)


def problems_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    lines: dict[int, str] = {}  # one finding per import statement
    for line, name in _imports(tree):
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IMPORTS):
            lines.setdefault(line, f"line {line}: imports {name}")
    found = list(lines.values())
    checker = _Checker()
    checker.visit(tree)
    return found + checker.problems


def _widget_modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative not in OPERATION_LAYER:
            modules[relative] = path
    return modules


def test_widget_modules_do_not_reach_the_database():
    offenders = {}
    for relative, path in _widget_modules().items():
        if relative in KNOWN_DEBT:
            continue
        found = problems_of(path)
        if found:
            offenders[relative] = found
    assert offenders == {}, "ask asfdesk.ui.operations (QueryOp/WriteOp) instead:\n" + "\n".join(
        f"asfdesk/ui/{module}: {p}" for module, found in offenders.items() for p in found
    )


def test_the_list_of_known_debt_only_shrinks():
    modules = _widget_modules()
    stale = [m for m in KNOWN_DEBT if m not in modules or not problems_of(modules[m])]
    assert stale == [], f"these follow the rule now; remove them from KNOWN_DEBT: {stale}"


def test_the_check_catches_the_mistakes_it_is_for(tmp_path):
    """A check that cannot fail is no check: each rule finds its example."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from sqlalchemy import select\n"
        "from asfdesk.db.session import session_scope\n"
        "class W:\n"
        "    def load(self):\n"
        "        with session_scope(self.sessions) as s:\n"
        "            pass\n"
        "        records.load_record(self.sessions, 'x', 1)\n"
        "        with self.sessions() as s:\n"
        "            pass\n"
        "        output.print_tab(self.sessions, 5)\n"
        "from sqlalchemy.engine import make_url, create_engine\n"
        "from asfdesk.db.engine import describe, make_engine\n",
        encoding="utf-8",
    )
    found = problems_of(bad)
    assert len(found) == 8, found
    good = tmp_path / "good.py"
    good.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from sqlalchemy.orm import Session\n"
        "class W:\n"
        "    def load(self):\n"
        "        QueryOp(parent=self, sessions=self.sessions,\n"
        "                op=lambda session: q.rows(session)).run_in_background()\n"
        "        def write(sessions, changes):\n"
        "            return records.save_record(sessions, 'x', None, None, {})\n"
        "    @worker_only\n"
        "    def name_of(self, entity, record_id):\n"
        "        return read_name(self.sessions, entity, record_id)\n"
        "from sqlalchemy.engine import make_url\n"
        "from sqlalchemy.exc import ArgumentError\n"
        "from asfdesk.db.engine import describe, is_sqlite, sqlite_path\n",
        encoding="utf-8",
    )
    assert problems_of(good) == []


def test_the_url_helpers_widgets_may_import_never_connect(monkeypatch):
    """URL_HELPERS is the one exception to rule 1: each name exists and answers without a
    connection (a connect attempt would fail the test)."""
    import importlib

    import sqlalchemy

    def no_connection(*args, **kwargs):
        raise AssertionError("a URL helper tried to build an engine")

    monkeypatch.setattr(sqlalchemy, "create_engine", no_connection)
    for name in URL_HELPERS:
        module, _, attribute = name.rpartition(".")
        assert hasattr(importlib.import_module(module), attribute), name
    from asfdesk.db import engine

    monkeypatch.setattr(engine, "create_engine", no_connection)
    url = "postgresql+psycopg://asf:secret@10.255.255.1:5432/asfdesk"  # unroutable: a connect would hang
    assert "secret" not in engine.describe(url) and "secret" not in engine.masked(url)
    assert not engine.is_sqlite(url) and engine.sqlite_path(url) is None
    assert engine.without_password(url).password is None
    assert "make_engine" not in {n.rpartition(".")[2] for n in URL_HELPERS}
