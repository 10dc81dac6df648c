"""Build the three documents from loaded records. Labels follow the document's language.

Enterprise sheets take an Enterprise with contacts, services, municipality and consultant
loaded; nothing here reads referrals or jobseekers, so no sheet can carry jobseeker data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from html import escape

from asfdesk.db.models import Contact, Enterprise, Event
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import ParticipantStatus
from asfdesk.i18n import current_language, translate
from asfdesk.printing.document import PrintDocument, Section

SIGN_IN_STATUSES = (ParticipantStatus.REGISTERED, ParticipantStatus.ATTENDED)
WALK_IN_ROWS = 8  # blank numbered rows on the sign-in sheet for people who come unregistered


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _rows(pairs: list[tuple[str, object]]) -> str:
    """A two-column label/value table; empty values print as a dash so gaps are visible."""
    cells = "".join(
        f"<tr><td width='32%' class='label'>{_e(label)}</td><td>{_e(value) or '–'}</td></tr>"
        for label, value in pairs
    )
    return f"<table width='100%' cellspacing='0' cellpadding='2'>{cells}</table>"


def _nb(value: object) -> str:
    """A phone number never breaks inside: "070-174 06 54" stays on one line."""
    return _e(value).replace(" ", "&nbsp;")


def _block(title: str, body: str) -> str:
    return f"<h3>{_e(title)}</h3>{body}"


def _now() -> datetime:
    return datetime.now(STOCKHOLM)


# --- 1. contact sheet ---------------------------------------------------------------------


def contact_sheets(
    enterprises: Iterable[Enterprise],
    printed_by: str,
    language: str | None = None,
    free_places: Mapping[int, int] | None = None,
) -> PrintDocument:
    """One section (starting on a new page) per enterprise. `free_places`: enterprise id → free
    work-training places as derived from the referrals (asfdesk.db.queries.capacity)."""
    lang = language or current_language()

    sections = []
    for e in enterprises:
        municipality = e.municipality.short_name if e.municipality is not None else None
        postal = ", ".join(
            p for p in [e.street_address, " ".join(filter(None, [e.postal_code, e.city]))] if p
        )
        visiting = ", ".join(p for p in [e.street_address, e.city] if p)
        details = _rows(
            [
                (translate("Printing", "Org. number", language=lang), e.org_number),
                (
                    translate("Printing", "Legal form", language=lang),
                    e.legal_form.label(lang) if e.legal_form else None,
                ),
                (translate("Printing", "Municipality", language=lang), municipality),
                (translate("Printing", "Visiting address", language=lang), visiting),
                (translate("Printing", "Postal address", language=lang), postal),
                (translate("Printing", "Phone", language=lang), e.phone),
                (translate("Printing", "E-mail", language=lang), e.email),
                (translate("Printing", "Website", language=lang), e.website),
                (translate("Printing", "Status", language=lang), e.status.label(lang) if e.status else None),
            ]
        )
        free, total = (free_places or {}).get(e.id), e.training_places_total
        places = (
            translate("Printing", "{free} free of {total}", language=lang).format(
                free=free if free is not None else "?", total=total
            )
            if total is not None
            else None
        )

        def mark(flag: bool) -> str:
            return (
                "✔ " + translate("Printing", "yes", language=lang)
                if flag
                else "✘ " + translate("Printing", "no", language=lang)
            )

        capacity = _rows(
            [
                (
                    translate("Printing", "Services", language=lang),
                    ", ".join(s.label(lang) for s in e.services),
                ),
                (translate("Printing", "Work-training places", language=lang), places),
                (translate("Printing", "Employees", language=lang), e.employees),
                (translate("Printing", "Reserved contracts", language=lang), mark(e.reserved_contracts)),
                (translate("Printing", "Integration purpose", language=lang), mark(e.integration_purpose)),
                (translate("Printing", "Participation", language=lang), mark(e.participation)),
                (translate("Printing", "Reinvested profits", language=lang), mark(e.reinvested_profits)),
                (
                    translate("Printing", "Independent of public sector", language=lang),
                    mark(e.independent_of_public_sector),
                ),
                (
                    translate("Printing", "ASF criteria met", language=lang),
                    translate("Printing", "{criteria_met} of 4", language=lang).format(
                        criteria_met=e.criteria_met
                    ),
                ),
            ]
        )
        consultant = e.responsible_consultant
        consultant_body = (
            _rows(
                [
                    (translate("Printing", "Name", language=lang), consultant.name),
                    (translate("Printing", "Phone", language=lang), consultant.phone),
                    (translate("Printing", "E-mail", language=lang), consultant.email),
                ]
            )
            if consultant is not None
            else "<p>" + _e(translate("Printing", "None assigned", language=lang)) + "</p>"
        )
        blocks = [
            _block(translate("Printing", "Enterprise details", language=lang), details),
            _block(translate("Printing", "Capacity and ASF criteria", language=lang), capacity),
            _block(translate("Printing", "Responsible consultant", language=lang), consultant_body),
        ]
        contacts = list(e.contacts)
        if not contacts:
            blocks.append(
                _block(
                    translate("Printing", "Contact persons", language=lang),
                    "<p>" + _e(translate("Printing", "None", language=lang)) + "</p>",
                )
            )
        for index, c in enumerate(contacts):
            heading = (
                "<h3>" + _e(translate("Printing", "Contact persons", language=lang)) + "</h3>"
                if index == 0
                else ""
            )
            primary = (
                " <i>(" + _e(translate("Printing", "primary contact", language=lang)) + ")</i>"
                if c.is_primary
                else ""
            )
            blocks.append(
                heading
                + f"<p class='person'><b>{_e(c.name)}</b>{primary}</p>"
                + _rows(
                    [
                        (translate("Printing", "Role", language=lang), c.title),
                        (translate("Printing", "Phone", language=lang), c.phone),
                        (translate("Printing", "Mobile", language=lang), c.mobile),
                        (translate("Printing", "E-mail", language=lang), c.email),
                    ]
                )
            )
        heading = f"<h1>{_e(e.name)}</h1>"
        sections.append(Section(heading=heading, blocks=blocks, new_page=True))
    return PrintDocument(
        title=translate("Printing", "Contact sheet", language=lang),
        sections=sections,
        printed_by=printed_by,
        printed_at=_now(),
        language=lang,
    )


# --- 2. partner contact list --------------------------------------------------------------

_LIST_WIDTHS = (22, 21, 16, 16, 25)


def _list_row(cells: list[str], header: bool = False) -> str:
    tag = "th" if header else "td"
    tds = "".join(
        f"<{tag} width='{w}%' align='left'>{c}</{tag}>" for w, c in zip(_LIST_WIDTHS, cells, strict=True)
    )
    cls = "head" if header else "row"
    return f"<table width='100%' cellspacing='0' cellpadding='3' class='{cls}'><tr>{tds}</tr></table>"


def partner_contact_list(
    contacts: Iterable[Contact], printed_by: str, search: str | None = None, language: str | None = None
) -> PrintDocument:
    """Contacts grouped by organisation, in the order given (the tab's sort within groups)."""
    lang = language or current_language()

    groups: dict[int, tuple[object, list[Contact]]] = {}
    for c in contacts:
        org = c.partner_organisation
        if org is None:
            continue
        groups.setdefault(org.id, (org, []))[1].append(c)
    header = _list_row(
        [
            _e(x)
            for x in (
                translate("Printing", "Name", language=lang),
                translate("Printing", "Title", language=lang),
                translate("Printing", "Phone", language=lang),
                translate("Printing", "Mobile", language=lang),
                translate("Printing", "E-mail", language=lang),
            )
        ],
        header=True,
    )
    sections = []
    for org, people in sorted(groups.values(), key=lambda g: g[0].name.casefold()):
        facts = " · ".join(_e(x) for x in (org.kind.label(lang), org.city, org.phone, org.email) if x)
        heading = f"<h2>{_e(org.name)}</h2><p class='facts'>{facts}</p>{header}"
        blocks = [
            _list_row([f"<b>{_e(c.name)}</b>", _e(c.title), _nb(c.phone), _nb(c.mobile), _e(c.email)])
            for c in people
        ]
        sections.append(Section(heading=heading, blocks=blocks))
    subtitle = (
        translate("Printing", "Search: {search}", language=lang).format(search=search) if search else ""
    )
    return PrintDocument(
        title=translate("Printing", "Partner contact list", language=lang),
        subtitle=subtitle,
        sections=sections,
        printed_by=printed_by,
        printed_at=_now(),
        language=lang,
    )


# --- 3. attendee list / sign-in sheet -----------------------------------------------------

_SIGN_WIDTHS = (5, 27, 25, 13, 30)


_ROOM = " style='padding-top: 13px; padding-bottom: 13px'"


def _tall(html: str) -> str:
    return html or "&nbsp;"


def _sign_row(cells: list[str], header: bool = False) -> str:
    """One row of the sign-in table; body rows are tall enough to sign by hand."""
    tag = "th" if header else "td"
    tds = "".join(
        f"<{tag} width='{w}%' align='left' valign='middle'{'' if header else _ROOM}>{_tall(c)}</{tag}>"
        for w, c in zip(_SIGN_WIDTHS, cells, strict=True)
    )
    cls = "head" if header else "sign"
    padding = 4
    return (
        f"<table width='100%' cellspacing='0' cellpadding='{padding}' border='1' class='{cls}'"
        f" style='border-collapse: collapse; border-color: #888888'><tr>{tds}</tr></table>"
    )


def attendee_sheet(event: Event, printed_by: str, language: str | None = None) -> PrintDocument:
    """Registered and attended participants, with a signature column, then blank rows for walk-ins."""
    lang = language or current_language()

    starts = event.starts_at.astimezone(STOCKHOLM)
    ends = event.ends_at.astimezone(STOCKHOLM) if event.ends_at else None
    time_text = starts.strftime("%H:%M") + (f"–{ends.strftime('%H:%M')}" if ends else "")
    place = event.location or event.online_url
    info = _rows(
        [
            (translate("Printing", "Date", language=lang), starts.strftime("%Y-%m-%d")),
            (translate("Printing", "Time", language=lang), time_text),
            (translate("Printing", "Place", language=lang), place),
            (
                translate("Printing", "Organiser", language=lang),
                event.organiser.name if event.organiser is not None else None,
            ),
        ]
    )
    header = _sign_row(
        [
            _e(x)
            for x in (
                "#",
                translate("Printing", "Name", language=lang),
                translate("Printing", "Organisation", language=lang),
                translate("Printing", "Status", language=lang),
                translate("Printing", "Signature", language=lang),
            )
        ],
        header=True,
    )
    people = [p for p in event.participants if p.status in SIGN_IN_STATUSES]
    people.sort(key=lambda p: p.display_name.casefold())
    blocks = []
    for number, p in enumerate(people, start=1):
        if p.contact is not None:
            org = p.contact.organisation.name if p.contact.organisation is not None else ""
        else:
            org = translate("Printing", "Consultant", language=lang)
        blocks.append(
            _sign_row([str(number), f"<b>{_e(p.display_name)}</b>", _e(org), _e(p.status.label(lang)), ""])
        )
    if not blocks:
        blocks.append(
            "<p>" + _e(translate("Printing", "No registered participants.", language=lang)) + "</p>"
        )
    for number in range(len(people) + 1, len(people) + 1 + WALK_IN_ROWS):
        blocks.append(_sign_row([str(number), "", "", "", ""]))
    heading = f"<h1>{_e(event.title)}</h1>{info}<p></p>{header}"
    return PrintDocument(
        title=translate("Printing", "Attendee list", language=lang),
        subtitle=event.kind.label(lang),
        sections=[Section(heading=heading, blocks=blocks)],
        printed_by=printed_by,
        printed_at=_now(),
        language=lang,
    )
