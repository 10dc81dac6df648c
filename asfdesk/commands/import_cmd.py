"""`asfdesk import enterprises|partners|contacts FILE`: validate every row, then import at once."""

from __future__ import annotations

import argparse
from pathlib import Path

from asfdesk.commands._common import open_database
from asfdesk.i18n import pick


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
                pick(
                    f"row {row.row}: {row.label!r} is similar to the stored {row.similar_to!r} "
                    "(imported as new)",
                    f"rad {row.row}: {row.label!r} liknar {row.similar_to!r} som redan finns "
                    "(importeras som ny)",
                )
            )
        invalid = len(preview.invalid_rows)
        print(
            pick(
                f"{len(preview.rows)} rows: {len(preview.valid_rows)} valid, {invalid} with errors, "
                f"{len(preview.duplicates)} already stored",
                f"{len(preview.rows)} rader: {len(preview.valid_rows)} giltiga, {invalid} med fel, "
                f"{len(preview.duplicates)} finns redan",
            )
        )
        if invalid and not args.valid_only:
            print(pick("Nothing was imported.", "Inget importerades."))
            return 1
        if args.dry_run:
            print(pick("Dry run: nothing was imported.", "Provkörning: inget importerades."))
            return 0
        summary = run_import(database.sessions, preview, args.on_duplicate, valid_only=args.valid_only)
        print(summary)
        return 0
    finally:
        database.engine.dispose()
