"""`asfdesk gdpr extract|erase|purge|set-retention|set-wording|settings`: the personal-data duties.

A personnummer may be given as `-` to read it from standard input, which keeps it out of the
shell history and the process list.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from asfdesk.commands._common import open_database
from asfdesk.i18n import translate

CTX = "GdprCommand"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gdpr", help="personal-data duties: register extract, erasure, retention")
    sub = parser.add_subparsers(dest="gdpr_command", required=True)
    extract = sub.add_parser("extract", help="register extract of one jobseeker (GDPR art. 15/20)")
    extract.add_argument(
        "--personnummer", metavar="PNR", required=True, help="the person's number ('-': read stdin)"
    )
    extract.add_argument("-o", "--output", metavar="FILE.pdf|FILE.json", type=Path, required=True)
    erase = sub.add_parser("erase", help="erase (anonymise) one jobseeker (GDPR art. 17)")
    erase.add_argument(
        "--personnummer", metavar="PNR", required=True, help="the person's number ('-': read stdin)"
    )
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    purge = sub.add_parser("purge", help="retention (gallring): anonymise jobseekers inactive for N years")
    purge.add_argument("--years", type=int, metavar="N", help="override the stored retention period")
    purge.add_argument("--apply", action="store_true", help="carry it out (default: a dry run)")
    purge.add_argument("--list", action="store_true", help="list the ids and initials of those due")
    retention = sub.add_parser("set-retention", help="store the retention period in years (for every user)")
    retention.add_argument("years", metavar="YEARS")
    wording = sub.add_parser("set-wording", help="store the extract's purpose/legal-basis text (from a file)")
    wording.add_argument(
        "file", metavar="FILE", help="a UTF-8 text file; '-' reads stdin; an empty file resets it"
    )
    sub.add_parser("settings", help="show the retention period and the extract's wording")
    sub.add_parser(
        "scrub", help="rebuild a SQLite file so erased data leaves no bytes (run after a failed one)"
    )
    parser.set_defaults(func=run)


def _personnummer(value: str) -> str:
    return sys.stdin.readline().strip() if value == "-" else value


def run(args: argparse.Namespace) -> int:
    command = args.gdpr_command
    if command == "extract":
        suffix = args.output.suffix.lower()
        if suffix not in (".pdf", ".json"):
            print(translate(CTX, "The output file must end in .pdf or .json"), file=sys.stderr)
            return 2
        if suffix == ".pdf":
            from asfdesk.printing.qt_app import ensure_qt_app

            ensure_qt_app()
    database = open_database(args)
    try:
        return _COMMANDS[command](args, database)
    finally:
        database.engine.dispose()


def _extract(args: argparse.Namespace, database) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.io.private_files import private_output, write_private_bytes
    from asfdesk.services import gdpr

    pdf = args.output.suffix.lower() == ".pdf"
    language = getattr(args, "lang", None) or "sv"
    with session_scope(database.sessions) as session:
        data = gdpr.extract(
            session, _personnummer(args.personnummer), file_format="pdf" if pdf else "json", language=language
        )
    if pdf:
        from asfdesk.printing.extract import register_extract
        from asfdesk.printing.render import write_pdf

        with private_output(args.output) as temporary:
            pages = write_pdf(register_extract(data, language), temporary)
        print(translate("PrintCommand", "{output}: %n page(s)", n=pages).format(output=args.output))
    else:
        write_private_bytes(
            args.output, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        )
        print(args.output)
    return 0


def _describe_erasure(preview) -> str:
    lines = [
        translate(CTX, "Jobseeker #{id} ({initials}) will be anonymised:").format(
            id=preview.jobseeker_id, initials=preview.initials
        ),
        translate(CTX, "- name, personnummer, contact details and notes are removed for good;"),
        translate(
            CTX,
            "- %n referral(s) are kept for statistics with birth year, municipality, kind, dates "
            "and outcome only;",
            n=preview.referrals,
        ),
        translate(CTX, "- the text of %n follow-up note(s) is removed;", n=preview.notes),
        translate(
            CTX,
            "- the name is removed from search and from access-log details. "
            "This cannot be undone; backups keep the data until they age out.",
        ),
    ]
    if preview.open_referrals:
        lines.append(translate(CTX, "Note: %n referral(s) are still open.", n=preview.open_referrals))
    return "\n".join(lines)


def _erase(args: argparse.Namespace, database) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.services import gdpr

    personnummer = _personnummer(args.personnummer)
    with session_scope(database.sessions) as session:
        preview = gdpr.erasure_preview_by_personnummer(session, personnummer)
    print(_describe_erasure(preview))
    if not args.yes:
        if not sys.stdin.isatty():
            print(translate(CTX, "Nothing was changed. Run again with --yes to confirm."), file=sys.stderr)
            return 2
        answer = input(translate(CTX, "Type yes to anonymise: ")).strip().lower()
        if answer not in ("yes", "ja", "j", "y"):
            print(translate(CTX, "Nothing was changed."))
            return 1
    with session_scope(database.sessions) as session:
        gdpr.erase(session, personnummer)
    _scrub(database)
    print(translate(CTX, "Jobseeker #{id} is anonymised.").format(id=preview.jobseeker_id))
    return 0


def _scrub(database) -> None:
    from asfdesk.services import gdpr

    report = gdpr.scrub_storage(database.engine)
    if database.engine.dialect.name == "sqlite" and not report.vacuumed:
        print(
            translate(
                CTX,
                "The database file could not be rebuilt (VACUUM), e.g. for lack of disk space; "
                "free some space and run: asfdesk gdpr scrub",
            ),
            file=sys.stderr,
        )
    if database.engine.dialect.name == "sqlite" and not report.wal_truncated:
        print(
            translate(
                CTX,
                "Another program has the database open, so its write-ahead log could not be emptied "
                "now; close it and run the command again to remove the old data from the log.",
            ),
            file=sys.stderr,
        )


def _purge(args: argparse.Namespace, database) -> int:
    from asfdesk.db.engine import sqlite_path
    from asfdesk.db.session import session_scope
    from asfdesk.services import gdpr

    db_file = sqlite_path(database.engine.url)
    with session_scope(database.sessions) as session:
        preview = gdpr.purge_preview(session, args.years, db_file=db_file)
    print(
        translate(CTX, "Retention: {years} years (last activity before {cutoff}).").format(
            years=preview.years, cutoff=preview.cutoff.isoformat()
        )
    )
    print(translate(CTX, "%n jobseeker(s) are due for anonymisation.", n=len(preview.candidates)))
    for year, count in preview.by_year.items():
        print(translate(CTX, "  last activity in {year}: {count}").format(year=year, count=count))
    if args.list:
        for c in preview.candidates:
            print(f"  #{c.jobseeker_id}\t{c.initials}\t{c.last_activity.year}")
    if db_file is not None:
        print(translate(CTX, "%n backup(s) are older than the retention period.", n=len(preview.backups)))
        for backup in preview.backups:
            print(f"  {backup.path}\t{backup.created:%Y-%m-%d}")
    if not args.apply:
        if preview.candidates or preview.backups:
            print(translate(CTX, "Dry run: nothing was changed. Add --apply to carry it out."))
        return 0
    with session_scope(database.sessions) as session:
        done = gdpr.purge_apply(session, preview.years)
    _scrub(database)
    removed = gdpr.remove_backups(db_file, preview.backups)
    print(translate(CTX, "%n jobseeker(s) anonymised.", n=len(done)))
    if db_file is not None:
        print(translate(CTX, "%n backup(s) removed.", n=len(removed)))
    return 0


def _set_retention(args: argparse.Namespace, database) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.services import gdpr

    with session_scope(database.sessions) as session:
        years = gdpr.set_retention_years(session, args.years)
    print(translate(CTX, "Retention period: {years} years.").format(years=years))
    return 0


def _set_wording(args: argparse.Namespace, database) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.services import gdpr

    wording = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
    with session_scope(database.sessions) as session:
        gdpr.set_extract_wording(session, wording)
    print(translate(CTX, "The extract's wording is stored."))
    return 0


def _settings(args: argparse.Namespace, database) -> int:
    from asfdesk.db.session import session_scope
    from asfdesk.services import gdpr

    language = getattr(args, "lang", None) or "sv"
    with session_scope(database.sessions) as session:
        years = gdpr.retention_years(session)
        wording = gdpr.extract_wording(session, language)
    shown = str(years) if years is not None else translate(CTX, "not set")
    print(translate(CTX, "Retention period (years): {years}").format(years=shown))
    print(translate(CTX, "Extract wording:"))
    print(wording)
    return 0


def _scrub_command(args: argparse.Namespace, database) -> int:
    _scrub(database)
    print(translate(CTX, "Done."))
    return 0


_COMMANDS = {
    "extract": _extract,
    "erase": _erase,
    "purge": _purge,
    "set-retention": _set_retention,
    "set-wording": _set_wording,
    "settings": _settings,
    "scrub": _scrub_command,
}
