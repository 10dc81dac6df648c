"""Keep the one Swedish catalogue, resources/translations/asfdesk_sv.ts, in step with the source.

    python -m asfdesk.tools.i18n update   # lupdate over asfdesk/**/*.py; keeps translations, drops vanished
    python -m asfdesk.tools.i18n merge    # fill in .i18n_pending/*.tsv (Context, English, Swedish), compile
    python -m asfdesk.tools.i18n check    # non-zero exit listing every message without Swedish

pyside6-lupdate finds `self.tr()`, `translate("Context", "text")` and `QT_TRANSLATE_NOOP`. What it
cannot know is added here: the profile windows' module-level `tr()` helper (context-less to
lupdate) is filed under "Profiles", the context that helper translates with; and a reading of
the Python syntax tree finds `translate(..., n=count)` plurals, contexts held in a module
constant (`translate(_CONTEXT, "text")`) and literal texts passed to a one-line wrapper
(`def _t(text): return translate(_CONTEXT, text)`). Literal calls are still the better style:
Qt Linguist and plain lupdate see them too.
A .tsv line is `Context<TAB>English<TAB>Swedish`; for a `%n` plural the Swedish may be
`singular|plural` ("%n rad|%n rader"). Every write takes an fcntl lock and replaces the file
atomically, so concurrent runs are safe.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from asfdesk.paths import resource_path
from asfdesk.tools.build_translations import compile_all

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = ROOT / "asfdesk"
PENDING = ROOT / ".i18n_pending"
PROFILES_CONTEXT = "Profiles"
PROFILES_DIR = PACKAGE / "ui" / "profiles"
LANGUAGE = "sv_SE"
NUMERUS_FORMS = 2  # Swedish: singular and plural

Key = tuple[str, str]


@dataclass
class Message:
    context: str
    source: str
    forms: list[str] = field(default_factory=list)  # one translation, or one per plural form
    finished: bool = False
    numerus: bool = False
    locations: list[tuple[Path, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source)

    @property
    def translated(self) -> bool:
        return self.finished and bool(self.forms) and all(form.strip() for form in self.forms)

    def set_swedish(self, text: str) -> None:
        """A plural message takes "singular|plural" (e.g. "%n rad|%n rader") or one text for both."""
        if self.numerus:
            forms = text.split("|") if text.count("|") == NUMERUS_FORMS - 1 else [text] * NUMERUS_FORMS
        else:
            forms = [text]
        self.forms = forms
        self.finished = True


def ts_path() -> Path:
    return resource_path("translations") / "asfdesk_sv.ts"


# ---- reading and writing .ts -------------------------------------------------------------------


def read_ts(path: Path) -> dict[Key, Message]:
    """Messages of a .ts file; vanished and obsolete entries are dropped."""
    messages: dict[Key, Message] = {}
    if not path.exists():
        return messages
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            message = Message(name, element.findtext("source") or "", numerus=element.get("numerus") == "yes")
            if translation is not None:
                forms = [form.text or "" for form in translation.findall("numerusform")]
                message.forms = forms if message.numerus else [translation.text or ""]
            message.finished = kind is None and any(message.forms)
            for location in element.findall("location"):
                filename, line = location.get("filename"), location.get("line")
                if filename and line:
                    message.locations.append(((path.parent / filename).resolve(), int(line)))
            messages[message.key] = message
    return messages


def _sort_key(message: Message) -> tuple:
    first = min(message.locations) if message.locations else (Path("~"), 0)
    return (str(first[0]), first[1], message.source)


def render_ts(messages: dict[Key, Message], folder: Path) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGE}" sourcelanguage="en">',
    ]
    by_context: dict[str, list[Message]] = {}
    for message in messages.values():
        by_context.setdefault(message.context, []).append(message)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in sorted(by_context[context], key=_sort_key):
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            for file, line in sorted(set(message.locations)):
                relative = os.path.relpath(file, folder).replace(os.sep, "/")
                lines.append(f'        <location filename={quoteattr(relative)} line="{line}"/>')
            lines.append(f"        <source>{escape(message.source)}</source>")
            state = "" if message.translated else ' type="unfinished"'
            if message.numerus:
                forms = (message.forms + [""] * NUMERUS_FORMS)[:NUMERUS_FORMS]
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{escape(form)}</numerusform>" for form in forms]
                lines.append("        </translation>")
            else:
                text = message.forms[0] if message.forms else ""
                lines.append(f"        <translation{state}>{escape(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def write_ts(path: Path, messages: dict[Key, Message]) -> bool:
    """Write `messages` atomically; False when the file already says exactly that."""
    text = render_ts(messages, path.parent)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return True


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """One writer at a time per catalogue (the lock lives outside the tree)."""
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:12]
    lock = Path(tempfile.gettempdir()) / f"asfdesk-i18n-{digest}.lock"
    with open(lock, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# ---- extraction --------------------------------------------------------------------------------


def lupdate_command() -> list[str]:
    exe = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    return [exe]


def source_files(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(sources: list[Path]) -> dict[Key, Message]:
    """What pyside6-lupdate finds in `sources` (context-less profile strings filed under Profiles)."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "scratch.ts"
        subprocess.run([*lupdate_command(), *map(str, sources), "-ts", str(scratch), "-silent"], check=True)
        found = read_ts(scratch)
    result: dict[Key, Message] = {}
    for message in found.values():
        if (
            message.context == ""
            and message.locations
            and all(file.is_relative_to(PROFILES_DIR) for file, _ in message.locations)
        ):
            message.context = PROFILES_CONTEXT
        _add(result, message)
    return result


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _module_name(path: Path) -> str:
    try:
        return ".".join(path.resolve().relative_to(ROOT).with_suffix("").parts)
    except ValueError:
        return path.stem


@dataclass
class _Module:
    """What the syntax-tree pass needs from one file."""

    path: Path
    tree: ast.Module
    constants: dict[str, str]  # module-level NAME = "text"
    wrappers: dict[str, tuple[str, int]]  # function -> (context, index of its text parameter)
    imports: dict[str, tuple[str, str]]  # local name -> (module, name) for `from m import name`


def _context(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return _literal(node)


def _read_module(path: Path) -> _Module | None:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (SyntaxError, UnicodeDecodeError):
        return None  # someone is mid-edit; lupdate reports what it can
    constants: dict[str, str] = {}
    imports: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, _literal(node.value)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], _literal(node.value)
        else:
            targets, value = [], None
        for target in targets:
            if isinstance(target, ast.Name) and value is not None:
                constants[target.id] = value
        if isinstance(node, ast.ImportFrom):
            package = _module_name(path).split(".")[: -node.level] if node.level else []
            origin = ".".join([*package, *([node.module] if node.module else [])])
            for alias in node.names:
                imports[alias.asname or alias.name] = (origin, alias.name)
    wrappers: dict[str, tuple[str, int]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [arg.arg for arg in node.args.posonlyargs + node.args.args]
        for call in ast.walk(node):
            if isinstance(call, ast.Call) and _call_name(call) == "translate" and len(call.args) >= 2:
                context, text = _context(call.args[0], constants), call.args[1]
                if context is not None and isinstance(text, ast.Name) and text.id in params:
                    wrappers[node.name] = (context, params.index(text.id))
                    break
    return _Module(path, tree, constants, wrappers, imports)


def ast_messages(module: _Module, wrappers: dict[tuple[str, str], tuple[str, int]]) -> list[Message]:
    """What lupdate misses: `n=` plurals, contexts held in module constants (`translate(_CONTEXT,
    "...")`) and literal texts passed to a translation wrapper such as `def _t(text): return
    translate(_CONTEXT, text)`, defined in the module or imported from one."""
    known = dict(module.wrappers)
    for local, origin in module.imports.items():
        if origin in wrappers:
            known[local] = wrappers[origin]
    found = []
    for node in ast.walk(module.tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        plural = False
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, source = _context(node.args[0], module.constants), _literal(node.args[1])
            plural = len(node.args) >= 4 or any(keyword.arg == "n" for keyword in node.keywords)
        elif isinstance(node.func, ast.Name) and name in known:
            context, index = known[name]
            source = _literal(node.args[index]) if len(node.args) > index else None
        else:
            continue
        if context is not None and source is not None:
            location = (module.path.resolve(), node.lineno)
            found.append(Message(context, source, numerus=plural, locations=[location]))
    return found


def _add(messages: dict[Key, Message], message: Message) -> None:
    message.numerus = message.numerus or "%n" in message.source
    existing = messages.get(message.key)
    if existing is None:
        messages[message.key] = message
        return
    existing.numerus = existing.numerus or message.numerus
    existing.locations = sorted(set(existing.locations) | set(message.locations))


def extract(sources: list[Path] | None = None) -> dict[Key, Message]:
    """Every translatable message in the source, with no translations."""
    sources = source_files() if sources is None else sources
    messages = run_lupdate(sources)
    modules = [module for module in map(_read_module, sources) if module is not None]
    wrappers = {
        (_module_name(module.path), name): wrapper
        for module in modules
        for name, wrapper in module.wrappers.items()
    }
    for module in modules:
        for message in ast_messages(module, wrappers):
            key = message.key
            if key in messages:
                # lupdate's own location wins; only the plural flag may be news
                messages[key].numerus = messages[key].numerus or message.numerus
            else:
                _add(messages, message)
    return messages


# ---- pending translations ----------------------------------------------------------------------


def read_pending(folder: Path = PENDING) -> list[tuple[str, str, str]]:
    """(context, English, Swedish) lines from every .tsv in `folder`, later files winning."""
    rows = []
    for tsv in sorted(folder.glob("*.tsv")) if folder.is_dir() else []:
        for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not parts[1] or not parts[2].strip():
                print(f"{tsv.name}:{number}: expected Context<TAB>English<TAB>Swedish", file=sys.stderr)
                continue
            rows.append((parts[0], parts[1], parts[2]))
    return rows


def _carry(target: Message, source: Message) -> None:
    target.finished = source.finished
    if target.numerus and not source.numerus:
        target.forms = [source.forms[0] if source.forms else ""] * NUMERUS_FORMS
    elif source.numerus and not target.numerus:
        target.forms = source.forms[:1]
    else:
        target.forms = list(source.forms)


# ---- commands ----------------------------------------------------------------------------------


def update(
    ts: Path | None = None, sources: list[Path] | None = None, pending: Path = PENDING
) -> dict[Key, Message]:
    """Re-extract the source into `ts`: keep translations, add new messages, drop vanished ones."""
    ts = ts or ts_path()
    fresh = extract(sources)
    with locked(ts):
        old = read_ts(ts)
        for key, message in fresh.items():
            if key in old:
                _carry(message, old[key])
        for context, english, swedish in read_pending(pending):
            if (context, english) in fresh and not fresh[(context, english)].translated:
                fresh[(context, english)].set_swedish(swedish)
        write_ts(ts, fresh)
        compile_all(ts.parent)
    return fresh


def merge(ts: Path | None = None, pending: Path = PENDING) -> dict[Key, Message]:
    """Fill the .ts from the pending .tsv files (adding messages lupdate hasn't seen), compile."""
    ts = ts or ts_path()
    with locked(ts):
        messages = read_ts(ts)
        for context, english, swedish in read_pending(pending):
            message = messages.get((context, english))
            if message is None:
                message = Message(context, english, numerus="%n" in english)
                messages[message.key] = message
            message.set_swedish(swedish)
        write_ts(ts, messages)
        compile_all(ts.parent)
    return messages


def problems(ts: Path | None = None, sources: list[Path] | None = None) -> list[str]:
    """Human-readable lines: messages without Swedish, and source messages missing from the .ts."""
    ts = ts or ts_path()
    known = read_ts(ts)
    lines = [f"untranslated: [{m.context}] {m.source!r}" for m in known.values() if not m.translated]
    for key, message in sorted(extract(sources).items()):
        if key not in known:
            where = ", ".join(f"{os.path.relpath(f, ROOT)}:{n}" for f, n in message.locations[:2])
            lines.append(f"not in the .ts: [{key[0]}] {key[1]!r} ({where})")
    return lines


def stray_pending(ts: Path | None = None, pending: Path = PENDING) -> list[str]:
    """Pending lines that match no message in the source: usually a context or a text that differs."""
    fresh = extract()
    by_source: dict[str, list[str]] = {}
    for context, source in fresh:
        by_source.setdefault(source, []).append(context)
    lines = []
    for context, english, _ in read_pending(pending):
        if (context, english) not in fresh:
            elsewhere = by_source.get(english)
            hint = f" (the source has it under {', '.join(sorted(elsewhere))})" if elsewhere else ""
            lines.append(f"pending, not in the source: [{context}] {english!r}{hint}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m asfdesk.tools.i18n", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("update", "merge", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        messages = update()
        missing = sum(not m.translated for m in messages.values())
        print(f"{ts_path().name}: {len(messages)} messages, {missing} without Swedish")
        return 0
    if args.command == "merge":
        messages = merge()
        missing = sum(not m.translated for m in messages.values())
        print(f"{ts_path().name}: {len(messages)} messages, {missing} without Swedish")
        return 0
    found = problems()
    for line in found + stray_pending():
        print(line)
    print(f"{len(found)} problem(s)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
