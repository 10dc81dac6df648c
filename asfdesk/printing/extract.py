"""The register extract (registerutdrag) as a printed document, from `asfdesk.services.gdpr.extract`.

Built from the same plain dict as the JSON file, so the PDF and the JSON always hold the same
data. Swedish by default: it goes to the person. Rendered by the one print renderer.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import ActivityType, Funding, Outcome, ReferralKind, ReferralStatus
from asfdesk.domain.identifiers import format_personnummer
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.printing.document import PrintDocument, Section

CTX = "GdprExtract"


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _t(text: str, lang: str) -> str:
    return translate(CTX, text, language=lang)


def _rows(pairs: list[tuple[str, object]]) -> str:
    cells = "".join(
        f"<tr><td width='32%' class='label'>{_e(label)}</td><td>{_e(value) or '–'}</td></tr>"
        for label, value in pairs
    )
    return f"<table width='100%' cellspacing='0' cellpadding='2'>{cells}</table>"


def _table(headers: list[str], rows: list[list[object]], widths: list[int]) -> str:
    """A table with a shaded header row; empty when there are no rows (the caller says so)."""
    if not rows:
        return ""
    head = "".join(
        f"<th align='left' width='{w}%' style='background-color:#e8edf3'>{_e(h)}</th>"
        for h, w in zip(headers, widths, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(f"<td style='border-bottom:1px solid #dddddd'>{_e(v) or '–'}</td>" for v in row)
        + "</tr>"
        for row in rows
    )
    style = "width='100%' cellspacing='0' cellpadding='2' style='font-size:8.5pt'"
    return f"<table {style}><tr>{head}</tr>{body}</table>"


ROWS_PER_BLOCK = 8  # a long table flows over pages in blocks, each with its header row


def _table_blocks(headers: list[str], rows: list[list[object]], widths: list[int], empty: str) -> list[str]:
    if not rows:
        return [f"<p>{_e(empty)}</p>"]
    return [
        _table(headers, rows[start : start + ROWS_PER_BLOCK], widths)
        for start in range(0, len(rows), ROWS_PER_BLOCK)
    ]


def _label(enum_type, code: str | None, lang: str) -> str | None:
    if not code:
        return None
    try:
        return enum_type(code).label(lang)
    except ValueError:
        return code


def _when(iso: str | None) -> str:
    """'2026-11-30 12:05' in Swedish time from an ISO timestamp; a date stays a date."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        return iso if len(iso) <= 10 else moment.strftime("%Y-%m-%d %H:%M")
    return moment.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M")


def _paragraphs(text: str | None) -> str:
    return "".join(f"<p>{_e(part)}</p>" for part in (text or "").split("\n") if part.strip())


ACTIONS = {
    "view": QT_TRANSLATE_NOOP("GdprExtract", "viewed"),
    "search": QT_TRANSLATE_NOOP("GdprExtract", "searched"),
    "export": QT_TRANSLATE_NOOP("GdprExtract", "exported"),
    "print": QT_TRANSLATE_NOOP("GdprExtract", "printed"),
    "create": QT_TRANSLATE_NOOP("GdprExtract", "created"),
    "update": QT_TRANSLATE_NOOP("GdprExtract", "changed"),
    "delete": QT_TRANSLATE_NOOP("GdprExtract", "deleted"),
    "extract": QT_TRANSLATE_NOOP("GdprExtract", "register extract"),
    "erase": QT_TRANSLATE_NOOP("GdprExtract", "erased"),
}


OPERATIONS = {
    "insert": QT_TRANSLATE_NOOP("GdprExtract", "created"),
    "update": QT_TRANSLATE_NOOP("GdprExtract", "changed"),
    "delete": QT_TRANSLATE_NOOP("GdprExtract", "deleted"),
}


def _action(action: str, lang: str) -> str:
    return _t(ACTIONS[action], lang) if action in ACTIONS else action


def register_extract(data: dict, language: str = "sv") -> PrintDocument:
    """The extract as a PrintDocument: about, person, referrals (with follow-ups), events,
    change history and who has accessed the data."""
    lang = language
    person = data["person"]
    name = f"{person['first_name']} {person['last_name']}"
    generated = _when(data.get("generated_at")) or date.today().isoformat()
    about = (
        f"<h1>{_e(_t('Register extract', lang))}</h1>"
        f"<p class='facts'>{_e(_t('Under Article 15 of the GDPR, for', lang))} <b>{_e(name)}</b>"
        f" · {_e(_t('Date', lang))} {_e(generated[:10])}</p>"
        f"{_paragraphs(data.get('purpose'))}"
    )
    sections = [Section("", [about])]

    identity = _rows(
        [
            (_t("First name", lang), person.get("first_name")),
            (_t("Last name", lang), person.get("last_name")),
            (_t("Personnummer", lang), format_personnummer(person.get("personnummer"))),
            (_t("Birth date", lang), person.get("birth_date")),
            (
                _t("Protected identity", lang),
                _t("yes", lang) if person.get("protected_identity") else _t("no", lang),
            ),
            (_t("Phone", lang), person.get("phone")),
            (_t("E-mail", lang), person.get("email")),
            (_t("Address", lang), person.get("street_address")),
            (
                _t("Postcode and city", lang),
                " ".join(p for p in (person.get("postal_code"), person.get("city")) if p),
            ),
            (_t("Responsible consultant", lang), person.get("responsible_consultant")),
            (_t("Notes", lang), person.get("notes")),
            (
                _t("Registered", lang),
                f"{_when(person.get('created_at'))} {person.get('created_by') or ''}".strip(),
            ),
            (
                _t("Last changed", lang),
                f"{_when(person.get('updated_at'))} {person.get('updated_by') or ''}".strip(),
            ),
        ]
    )
    sections.append(Section(f"<h2>{_e(_t('Identity and contact details', lang))}</h2>", [identity]))

    referral_blocks = []
    for r in data.get("referrals", []):
        head = f"{r.get('enterprise') or ''} · {_label(ReferralKind, r.get('kind'), lang) or ''}"
        facts = _rows(
            [
                (_t("Enterprise", lang), r.get("enterprise")),
                (_t("Kind", lang), _label(ReferralKind, r.get("kind"), lang)),
                (_t("Funding", lang), _label(Funding, r.get("funding"), lang)),
                (_t("Status", lang), _label(ReferralStatus, r.get("status"), lang)),
                (_t("Outcome", lang), _label(Outcome, r.get("outcome"), lang)),
                (_t("Referred", lang), r.get("referred_on")),
                (
                    _t("Planned period", lang),
                    " – ".join(filter(None, (r.get("planned_start"), r.get("planned_end")))),
                ),
                (
                    _t("Actual period", lang),
                    " – ".join(filter(None, (r.get("actual_start"), r.get("actual_end")))),
                ),
                (_t("Hours per week", lang), r.get("hours_per_week")),
                (_t("Consultant", lang), r.get("consultant")),
                (_t("Wants to try", lang), ", ".join(r.get("wanted_services") or [])),
                (_t("Notes", lang), r.get("notes")),
            ]
        )
        notes = _table(
            [_t("Date", lang), _t("Kind", lang), _t("Follow-up note", lang), _t("By", lang)],
            [
                [
                    a.get("occurred_on"),
                    _label(ActivityType, a.get("kind"), lang),
                    a.get("text"),
                    a.get("author"),
                ]
                for a in r.get("activities", [])
            ],
            [14, 14, 54, 18],
        )
        referral_blocks.append(f"<h3>{_e(head)}</h3>{facts}{notes}")
    sections.append(
        Section(
            f"<h2>{_e(_t('Referrals and follow-up notes', lang))}</h2>",
            referral_blocks or [f"<p>{_e(_t('No referrals are recorded.', lang))}</p>"],
        )
    )

    events = data.get("event_participations", [])
    sections.append(
        Section(
            f"<h2>{_e(_t('Events', lang))}</h2>",
            [
                _table(
                    [_t("Event", lang), _t("Date", lang), _t("Status", lang)],
                    [[e.get("event"), e.get("starts_at"), e.get("status")] for e in events],
                    [60, 20, 20],
                )
                if events
                else f"<p>{_e(_t('No event participations are recorded.', lang))}</p>"
            ],
        )
    )

    history_rows = [
        [
            _when(h.get("at")),
            h.get("actor"),
            _t(OPERATIONS.get(h.get("operation", ""), "changed"), lang),
            h.get("field"),
            _t("changed", lang) if h.get("withheld") else f"{h.get('old') or '–'} → {h.get('new') or '–'}",
        ]
        for h in data.get("change_history", [])
    ]
    sections.append(
        Section(
            f"<h2>{_e(_t('Change history', lang))}</h2>",
            _table_blocks(
                [_t("When", lang), _t("By", lang), _t("Change", lang), _t("Field", lang), _t("Value", lang)],
                history_rows,
                [18, 18, 12, 22, 30],
                _t("No changes are recorded.", lang),
            ),
        )
    )

    log_rows = [
        [_when(e.get("occurred_at")), e.get("actor"), _action(e.get("action", ""), lang)]
        for e in data.get("access_log", [])
    ]
    sections.append(
        Section(
            f"<h2>{_e(_t('Who has viewed, exported or printed the data', lang))}</h2>",
            _table_blocks(
                [_t("When", lang), _t("Who", lang), _t("What", lang)],
                log_rows,
                [26, 34, 40],
                _t("No accesses are recorded.", lang),
            ),
        )
    )
    return PrintDocument(
        title=_t("Register extract", lang),
        subtitle=name,
        sections=sections,
        printed_by=str(data.get("generated_by") or ""),
        printed_at=datetime.now(STOCKHOLM),
        language=lang,
    )
