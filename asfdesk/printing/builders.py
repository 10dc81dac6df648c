"""Build the three documents from loaded records. Labels follow the user's language (pick).

Enterprise sheets take an Enterprise with contacts, services, municipality and consultant
loaded; nothing here reads referrals or jobseekers, so no sheet can carry jobseeker data.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from html import escape

from asfdesk.db.models import Contact, Enterprise, Event
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import ParticipantStatus
from asfdesk.i18n import current_language, pick
from asfdesk.printing.document import PrintDocument, Section

SIGN_IN_STATUSES = (ParticipantStatus.REGISTERED, ParticipantStatus.ATTENDED)


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
    enterprises: Iterable[Enterprise], printed_by: str, language: str | None = None
) -> PrintDocument:
    """One section (starting on a new page) per enterprise."""
    lang = language or current_language()

    def t(en: str, sv: str) -> str:
        return pick(en, sv, lang)

    sections = []
    for e in enterprises:
        municipality = e.municipality.short_name if e.municipality is not None else None
        postal = ", ".join(
            p for p in [e.street_address, " ".join(filter(None, [e.postal_code, e.city]))] if p
        )
        visiting = ", ".join(p for p in [e.street_address, e.city] if p)
        details = _rows(
            [
                (t("Org. number", "Organisationsnummer"), e.org_number),
                (t("Legal form", "Juridisk form"), e.legal_form.label(lang) if e.legal_form else None),
                (t("Municipality", "Kommun"), municipality),
                (t("Visiting address", "Besöksadress"), visiting),
                (t("Postal address", "Postadress"), postal),
                (t("Phone", "Telefon"), e.phone),
                (t("E-mail", "E-post"), e.email),
                (t("Website", "Webbplats"), e.website),
                (t("Status", "Status"), e.status.label(lang) if e.status else None),
            ]
        )
        free, total = e.training_places_available, e.training_places_total
        places = (
            t(
                f"{free if free is not None else '?'} free of {total}",
                f"{free if free is not None else '?'} lediga av {total}",
            )
            if total is not None
            else None
        )

        def mark(flag: bool) -> str:
            return "✔ " + t("yes", "ja") if flag else "✘ " + t("no", "nej")

        capacity = _rows(
            [
                (t("Services", "Tjänster"), ", ".join(s.label(lang) for s in e.services)),
                (t("Work-training places", "Arbetsträningsplatser"), places),
                (t("Employees", "Anställda"), e.employees),
                (t("Reserved contracts", "Reserverade kontrakt"), mark(e.reserved_contracts)),
                (t("Integration purpose", "Integrationssyfte"), mark(e.integration_purpose)),
                (t("Participation", "Delaktighet"), mark(e.participation)),
                (t("Reinvested profits", "Återinvesterad vinst"), mark(e.reinvested_profits)),
                (
                    t("Independent of public sector", "Oberoende av offentlig sektor"),
                    mark(e.independent_of_public_sector),
                ),
                (
                    t("ASF criteria met", "Uppfyllda ASF-kriterier"),
                    t(f"{e.criteria_met} of 4", f"{e.criteria_met} av 4"),
                ),
            ]
        )
        consultant = e.responsible_consultant
        consultant_body = (
            _rows(
                [
                    (t("Name", "Namn"), consultant.name),
                    (t("Phone", "Telefon"), consultant.phone),
                    (t("E-mail", "E-post"), consultant.email),
                ]
            )
            if consultant is not None
            else f"<p>{_e(t('None assigned', 'Ingen utsedd'))}</p>"
        )
        blocks = [
            _block(t("Enterprise details", "Företagsuppgifter"), details),
            _block(t("Capacity and ASF criteria", "Kapacitet och ASF-kriterier"), capacity),
            _block(t("Responsible consultant", "Ansvarig konsulent"), consultant_body),
        ]
        contacts = list(e.contacts)
        if not contacts:
            blocks.append(_block(t("Contact persons", "Kontaktpersoner"), f"<p>{_e(t('None', 'Inga'))}</p>"))
        for index, c in enumerate(contacts):
            heading = f"<h3>{_e(t('Contact persons', 'Kontaktpersoner'))}</h3>" if index == 0 else ""
            primary = f" <i>({_e(t('primary contact', 'huvudkontakt'))})</i>" if c.is_primary else ""
            blocks.append(
                heading
                + f"<p class='person'><b>{_e(c.name)}</b>{primary}</p>"
                + _rows(
                    [
                        (t("Role", "Roll"), c.title),
                        (t("Phone", "Telefon"), c.phone),
                        (t("Mobile", "Mobil"), c.mobile),
                        (t("E-mail", "E-post"), c.email),
                    ]
                )
            )
        heading = f"<h1>{_e(e.name)}</h1>"
        sections.append(Section(heading=heading, blocks=blocks, new_page=True))
    return PrintDocument(
        title=t("Contact sheet", "Kontaktblad"),
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

    def t(en: str, sv: str) -> str:
        return pick(en, sv, lang)

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
                t("Name", "Namn"),
                t("Title", "Titel"),
                t("Phone", "Telefon"),
                t("Mobile", "Mobil"),
                t("E-mail", "E-post"),
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
    subtitle = t(f"Search: {search}", f"Sökning: {search}") if search else ""
    return PrintDocument(
        title=t("Partner contact list", "Kontaktlista"),
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
    """Registered and attended participants, with a signature column."""
    lang = language or current_language()

    def t(en: str, sv: str) -> str:
        return pick(en, sv, lang)

    starts = event.starts_at.astimezone(STOCKHOLM)
    ends = event.ends_at.astimezone(STOCKHOLM) if event.ends_at else None
    time_text = starts.strftime("%H:%M") + (f"–{ends.strftime('%H:%M')}" if ends else "")
    place = event.location or event.online_url
    info = _rows(
        [
            (t("Date", "Datum"), starts.strftime("%Y-%m-%d")),
            (t("Time", "Tid"), time_text),
            (t("Place", "Plats"), place),
            (t("Organiser", "Arrangör"), event.organiser.name if event.organiser is not None else None),
        ]
    )
    header = _sign_row(
        [
            _e(x)
            for x in (
                "#",
                t("Name", "Namn"),
                t("Organisation", "Organisation"),
                t("Status", "Status"),
                t("Signature", "Namnteckning"),
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
            org = t("Consultant", "Konsulent")
        blocks.append(
            _sign_row([str(number), f"<b>{_e(p.display_name)}</b>", _e(org), _e(p.status.label(lang)), ""])
        )
    if not blocks:
        blocks.append(f"<p>{_e(t('No registered participants.', 'Inga anmälda deltagare.'))}</p>")
    heading = f"<h1>{_e(event.title)}</h1>{info}<p></p>{header}"
    return PrintDocument(
        title=t("Attendee list", "Närvarolista"),
        subtitle=event.kind.label(lang),
        sections=[Section(heading=heading, blocks=blocks)],
        printed_by=printed_by,
        printed_at=_now(),
        language=lang,
    )
