"""`asfdesk import enterprises|partners|contacts FILE`: validate every row, then import at once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from asfdesk.commands._common import open_database
from asfdesk.i18n import translate
from asfdesk.io.errors import fill

_CONTEXT = "ImportCommand"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help="import enterprises, partners or contacts from .xlsx/.csv")
    parser.add_argument("kind", choices=["enterprises", "partners", "contacts"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="check the file and report; store nothing")
    parser.add_argument("--valid-only", action="store_true", help="import the valid rows even if others fail")
    parser.add_argument(
        "--on-duplicate",
        choices=["skip", "update"],
        default="skip",
        help="a row whose org. number (or name) is already stored: skip it or update the record",
    )
    parser.set_defaults(func=run)


class ProgressLine:
    """'Importing: 1500 of 300000 rows' on stderr: rewritten in place on a terminal, every 10% otherwise."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.live = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.shown_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        text = fill(translate(_CONTEXT, "Importing: %1 of %2 rows"), done, total)
        if self.live:
            self.stream.write("\r" + text + ("\n" if done >= total else ""))
            self.stream.flush()
            return
        tenth = done * 10 // max(1, total)
        if tenth != self.shown_tenth:
            self.shown_tenth = tenth
            print(text, file=self.stream, flush=True)


def run(args: argparse.Namespace) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.io.importer import validate_table
    from asfdesk.io.mapping import guess_mapping
    from asfdesk.io.readers import read_table
    from asfdesk.io.store import run_import

    table = read_table(args.file)  # ImportFileError is a ValueError: the CLI prints it, exit 1
    mapping = guess_mapping(args.kind, table.headers)
    database = open_database(args)
    try:
        with session_scope(database.sessions) as session:
            preview = validate_table(session, args.kind, table, mapping)
        for error in preview.errors:
            print(error)
        for row in preview.similar:
            print(
                fill(
                    translate(_CONTEXT, "row %1: %2 is similar to the stored %3 (imported as new)"),
                    row.row,
                    repr(row.label),
                    repr(row.similar_to),
                )
            )
        invalid = len(preview.invalid_rows)
        print(
            fill(
                translate(_CONTEXT, "%1 rows: %2 valid, %3 with errors, %4 already stored"),
                len(preview.rows),
                len(preview.valid_rows),
                invalid,
                len(preview.duplicates),
            )
        )
        if invalid and not args.valid_only:
            print(translate(_CONTEXT, "Nothing was imported."))
            return 1
        if args.dry_run:
            print(translate(_CONTEXT, "Dry run: nothing was imported."))
            return 0
        try:
            summary = run_import(
                database.sessions,
                preview,
                args.on_duplicate,
                valid_only=args.valid_only,
                progress=ProgressLine(),
            )
        except KeyboardInterrupt:
            print(translate(_CONTEXT, "Cancelled. Nothing was imported."), file=sys.stderr)
            return 130
        print(summary)
        return 0
    finally:
        database.engine.dispose()
