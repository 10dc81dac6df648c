"""The three reports: outcomes of referrals, capacity of the enterprises, and events.

Each returns a `ReportTable` (asfdesk.domain.report_table): translated, suppressed, ready for
the preview, the CLI and the file writers. Reports hold counts only — never a jobseeker's
name, personnummer or notes. Outcome counts are suppressed by the rule in
`asfdesk.domain.suppression` unless `suppress=False` (internal use), which is written to the
access log in the same transaction.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from asfdesk.db.queries import reports as q
from asfdesk.db.queries.capacity import capacity_rows
from asfdesk.domain.enums import PartnerKind
from asfdesk.domain.report_table import ChartSpec, ReportTable, percent
from asfdesk.domain.suppression import HIDDEN, MIN_COUNT, NOT_AVAILABLE, shown, suppress_counts
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.services.access_log import record_access

CONTEXT = "Reports"
GROUPINGS = q.GROUPINGS

_GROUP_HEADERS = {
    None: QT_TRANSLATE_NOOP("Reports", "Referrals"),
    "enterprise": QT_TRANSLATE_NOOP("Reports", "Enterprise"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Kind of referral"),
    "funding": QT_TRANSLATE_NOOP("Reports", "Funding"),
    "consultant": QT_TRANSLATE_NOOP("Reports", "Consultant"),
    "municipality": QT_TRANSLATE_NOOP("Reports", "Municipality"),
}
_MISSING_GROUP = {
    "funding": QT_TRANSLATE_NOOP("Reports", "Funding not stated"),
    "consultant": QT_TRANSLATE_NOOP("Reports", "No consultant"),
    "municipality": QT_TRANSLATE_NOOP("Reports", "Municipality not stated"),
    "enterprise": QT_TRANSLATE_NOOP("Reports", "Unknown"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Unknown"),
}
OUTCOME_HEADERS = (
    QT_TRANSLATE_NOOP("Reports", "Referred"),
    QT_TRANSLATE_NOOP("Reports", "Started"),
    QT_TRANSLATE_NOOP("Reports", "Ended"),
    QT_TRANSLATE_NOOP("Reports", "To work"),
    QT_TRANSLATE_NOOP("Reports", "To studies"),
    QT_TRANSLATE_NOOP("Reports", "Share to work or studies (%)"),
    QT_TRANSLATE_NOOP("Reports", "Median length (days)"),
    QT_TRANSLATE_NOOP("Reports", "Ongoing at end of period"),
)
# Positions in an outcome row (0 is the group's name).
REFERRED, STARTED, ENDED, TO_WORK, TO_STUDIES, SHARE, MEDIAN, ONGOING = range(1, 9)
COUNT_COLUMNS = (REFERRED, STARTED, ENDED, TO_WORK, TO_STUDIES, ONGOING)


def _t(text: str, language: str | None) -> str:
    return translate(CONTEXT, text, language=language)


def group_label(by: str | None, language: str | None = None) -> str:
    """The header of the group column (also the names of the choices in the CLI and dialog)."""
    return _t(_GROUP_HEADERS[by], language)


# --- outcomes -------------------------------------------------------------------------------


@dataclass
class OutcomeFigures:
    """One group's figures before suppression (what the tests check against)."""

    label: str
    referred: int
    started: int
    ended: int
    to_work: int
    to_studies: int
    ongoing_at_end: int
    lengths: list[int]

    @property
    def share(self) -> Decimal | None:
        """Ended to work or studies, % of ended, one decimal rounded half up; None if none ended."""
        return percent(self.to_work + self.to_studies, self.ended)

    @property
    def median_days(self) -> int | Decimal | None:
        if not self.lengths:
            return None
        median = Decimal(str(statistics.median(self.lengths)))
        return int(median) if median == median.to_integral_value() else median.quantize(Decimal("0.1"))

    def counts(self) -> list[int]:
        return [self.referred, self.started, self.ended, self.to_work, self.to_studies, self.ongoing_at_end]


def outcome_figures(
    session: Session,
    date_from: date,
    date_to: date,
    by: str | None = None,
    county: str | None = None,
    municipality: str | None = None,
    language: str | None = None,
) -> tuple[list[OutcomeFigures], OutcomeFigures]:
    """The groups' figures and their total, unsuppressed (internal: `outcomes` suppresses)."""
    _check_period(date_from, date_to)
    raw = q.outcome_counts(session, date_from, date_to, by, county, municipality, language)
    groups = [
        OutcomeFigures(
            label=r.label or _t(_MISSING_GROUP[by or "enterprise"], language),
            referred=r.referred,
            started=r.started,
            ended=r.ended,
            to_work=r.to_work,
            to_studies=r.to_studies,
            ongoing_at_end=r.ongoing_at_end,
            lengths=r.lengths,
        )
        for r in raw
        if by is not None
    ]
    if by is None:
        groups = []
    total = OutcomeFigures(
        label=translate("Reports", "Total", language=language),
        referred=sum(r.referred for r in raw),
        started=sum(r.started for r in raw),
        ended=sum(r.ended for r in raw),
        to_work=sum(r.to_work for r in raw),
        to_studies=sum(r.to_studies for r in raw),
        ongoing_at_end=sum(r.ongoing_at_end for r in raw),
        lengths=sorted(n for r in raw for n in r.lengths),
    )
    return groups, total


def outcomes(
    session: Session,
    date_from: date,
    date_to: date,
    by: str | None = None,
    county: str | None = None,
    municipality: str | None = None,
    suppress: bool = True,
    language: str | None = None,
) -> ReportTable:
    """Referred, started, ended, to work/studies, share, median length and ongoing per group.

    With `suppress=False` the figures are shown as they are and an access-log row says so.
    """
    groups, total = outcome_figures(session, date_from, date_to, by, county, municipality, language)
    figures = groups if by is not None else [total]
    count_rows = [g.counts() for g in figures]
    if suppress:
        count_cells, total_cells = suppress_counts(count_rows, total.counts())
    else:
        count_cells, total_cells = [list(r) for r in count_rows], list(total.counts())

    def row(fig: OutcomeFigures, counts: list) -> list[object]:
        cells: list[object] = [fig.label, *counts[:5], None, None, counts[5]]
        share, median = fig.share, fig.median_days
        if suppress:
            if share is not None and not all(shown(cells[c]) for c in (ENDED, TO_WORK, TO_STUDIES)):
                share = HIDDEN
            if median is not None and len(fig.lengths) < MIN_COUNT:
                median = HIDDEN
        cells[SHARE] = share
        cells[MEDIAN] = median
        return cells

    rows = [row(f, c) for f, c in zip(figures, count_cells, strict=True)]
    total_row = row(total, total_cells) if by is not None else None
    if not suppress:
        record_access(
            session,
            "report",
            "referrals",
            row_count=total.referred,
            detail=f"outcomes {date_from.isoformat()}..{date_to.isoformat()} by={by or '-'} unsuppressed",
        )
    headers = [group_label(by, language), *(_t(h, language) for h in OUTCOME_HEADERS)]
    return ReportTable(
        title=translate("Reports", "Outcomes of referrals", language=language),
        subtitle=_subtitle(date_from, date_to, by, county, municipality, language),
        headers=headers,
        rows=rows,
        total=total_row,
        notes=_outcome_notes(suppress, language),
        chart=ChartSpec(
            title=translate("Reports", "Ended referrals and their outcomes", language=language),
            columns=[ENDED, TO_WORK, TO_STUDIES],
            value_axis=translate("Reports", "Referrals", language=language),
        ),
    )


def _outcome_notes(suppress: bool, language: str | None) -> list[str]:
    notes = [
        translate(
            "Reports",
            "Ended: referrals ended in the period. Share: ended to work or studies as a percentage "
            "of all ended. Median length: days from actual start to actual end of those ended.",
            language=language,
        )
    ]
    if suppress:
        notes.append(
            translate(
                "Reports",
                "<3: 1 or 2 people, not shown to protect them. ..: hidden so that a <3 cannot be "
                "worked out from the total. –: no figure.",
                language=language,
            )
        )
    else:
        notes.append(
            translate(
                "Reports",
                "NOT SUPPRESSED: small numbers are shown. For internal use only; do not publish.",
                language=language,
            )
        )
    return notes


def check_area(county: str | None, municipality: str | None) -> tuple[str | None, str | None]:
    """Normalise the county (2-digit länskod) and municipality (4-digit kommunkod) filters;
    ValueError with a message for the user when they are not codes or do not match."""
    county = (county or "").strip() or None
    municipality = (municipality or "").strip() or None
    if county is not None and not (len(county) == 2 and county.isdigit()):
        raise ValueError(translate("Reports", "A county is given by its two-digit code, e.g. 20."))
    if municipality is not None and not (len(municipality) == 4 and municipality.isdigit()):
        raise ValueError(translate("Reports", "A municipality is given by its four-digit code, e.g. 2080."))
    if county and municipality and not municipality.startswith(county):
        raise ValueError(translate("Reports", "The municipality is not in that county."))
    return county, municipality


def _check_period(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise ValueError(translate(CONTEXT, "The period ends before it starts."))


def _area(county: str | None, municipality: str | None, language: str | None) -> list[str]:
    parts = []
    if county:
        parts.append(translate("Reports", "County {code}", language=language).format(code=county))
    if municipality:
        parts.append(translate("Reports", "Municipality {code}", language=language).format(code=municipality))
    return parts


def _subtitle(
    date_from: date,
    date_to: date,
    by: str | None,
    county: str | None,
    municipality: str | None,
    language: str | None,
) -> str:
    parts = [
        translate("Reports", "Period {start} – {end}", language=language).format(
            start=date_from.isoformat(), end=date_to.isoformat()
        )
    ]
    if by is not None:
        parts.append(
            translate("Reports", "by {grouping}", language=language).format(
                grouping=group_label(by, language).lower()
            )
        )
    parts += _area(county, municipality, language)
    return " · ".join(parts)


# --- capacity -------------------------------------------------------------------------------

CAPACITY_HEADERS = (
    QT_TRANSLATE_NOOP("Reports", "Enterprise"),
    QT_TRANSLATE_NOOP("Reports", "Municipality"),
    QT_TRANSLATE_NOOP("Reports", "Work-training places"),
    QT_TRANSLATE_NOOP("Reports", "Taken by referrals"),
    QT_TRANSLATE_NOOP("Reports", "Free places"),
    QT_TRANSLATE_NOOP("Reports", "Employees"),
    QT_TRANSLATE_NOOP("Reports", "In work training"),
)
MUNICIPALITY_HEADERS = (
    QT_TRANSLATE_NOOP("Reports", "Municipality"),
    QT_TRANSLATE_NOOP("Reports", "Enterprises"),
    QT_TRANSLATE_NOOP("Reports", "Work-training places"),
    QT_TRANSLATE_NOOP("Reports", "Taken by referrals"),
    QT_TRANSLATE_NOOP("Reports", "Free places"),
    QT_TRANSLATE_NOOP("Reports", "Employees"),
    QT_TRANSLATE_NOOP("Reports", "In work training"),
)


def _sum(values) -> int:
    return sum(v for v in values if v is not None)


def capacity(
    session: Session,
    county: str | None = None,
    municipality: str | None = None,
    language: str | None = None,
    today: date | None = None,
) -> ReportTable:
    """Places, free places (derived, asfdesk.db.queries.capacity), employees and people in work
    training, per enterprise (active and paused) and per municipality."""
    found = capacity_rows(session, county=county, municipality=municipality)
    not_stated = translate("Reports", "Municipality not stated", language=language)
    rows = [
        [r.name, r.municipality or not_stated, r.places, r.occupied, r.free, r.employees, r.in_training]
        for r in found
    ]
    total = [
        translate("Reports", "Total", language=language),
        "",
        _sum(r.places for r in found),
        _sum(r.occupied for r in found),
        _sum(r.free for r in found),
        _sum(r.employees for r in found),
        _sum(r.in_training for r in found),
    ]
    by_municipality: dict[str, list] = {}
    for r in found:
        name = r.municipality or not_stated
        agg = by_municipality.setdefault(name, [name, 0, 0, 0, 0, 0, 0])
        agg[1] += 1
        for i, value in enumerate((r.places, r.occupied, r.free, r.employees, r.in_training), start=2):
            agg[i] += value or 0
    municipal_rows = sorted(by_municipality.values(), key=lambda a: a[0].casefold())
    per_municipality = ReportTable(
        title=translate("Reports", "Per municipality", language=language),
        headers=[_t(h, language) for h in MUNICIPALITY_HEADERS],
        rows=municipal_rows,
        total=[translate("Reports", "Total", language=language), len(found), *total[2:]],
        chart=ChartSpec(
            title=translate("Reports", "Places and free places per municipality", language=language),
            columns=[2, 4],
            value_axis=translate("Reports", "Places", language=language),
        ),
    )
    subtitle = " · ".join(
        [
            translate("Reports", "As of {day}", language=language).format(
                day=(today or date.today()).isoformat()
            )
        ]
        + _area(county, municipality, language)
    )
    return ReportTable(
        title=translate("Reports", "Capacity of the enterprises", language=language),
        subtitle=subtitle,
        headers=[_t(h, language) for h in CAPACITY_HEADERS],
        rows=rows,
        total=total,
        numeric_from=2,
        notes=[
            translate(
                "Reports",
                "{enterprises} enterprises, {employees} employees, {in_training} people in work "
                "training, {free} free places.",
                language=language,
            ).format(enterprises=len(found), employees=total[5], in_training=total[6], free=total[4]),
            translate(
                "Reports",
                "Taken by referrals: referrals for work training, work trial or internship that are "
                "accepted or ongoing now. Free places = places − taken (never below 0). In work "
                "training: as stated on the enterprise's profile (also people placed by others).",
                language=language,
            ),
        ],
        chart=ChartSpec(
            title=translate("Reports", "Places and free places per enterprise", language=language),
            columns=[2, 4],
            value_axis=translate("Reports", "Places", language=language),
        ),
        parts=[per_municipality],
    )


# --- events ---------------------------------------------------------------------------------

EVENT_HEADERS = (
    QT_TRANSLATE_NOOP("Reports", "Event"),
    QT_TRANSLATE_NOOP("Reports", "Date"),
    QT_TRANSLATE_NOOP("Reports", "Kind"),
    QT_TRANSLATE_NOOP("Reports", "Registered"),
    QT_TRANSLATE_NOOP("Reports", "Attended"),
    QT_TRANSLATE_NOOP("Reports", "No-show"),
)
ORG_TYPE_HEADERS = (
    QT_TRANSLATE_NOOP("Reports", "Organisation type"),
    QT_TRANSLATE_NOOP("Reports", "Registered"),
    QT_TRANSLATE_NOOP("Reports", "Attended"),
    QT_TRANSLATE_NOOP("Reports", "No-show"),
    QT_TRANSLATE_NOOP("Reports", "Attendance (%)"),
)


def _org_type_label(code: str, language: str | None) -> str:
    if code == q.ENTERPRISE_TYPE:
        return translate("Reports", "Enterprise (ASF)", language=language)
    if code == q.CONSULTANT_TYPE:
        return translate("Reports", "Consultants", language=language)
    try:
        return PartnerKind(code).label(language)
    except ValueError:
        return code


def events_report(
    session: Session, date_from: date, date_to: date, language: str | None = None
) -> ReportTable:
    """Events starting in the period with registered, attended and no-show counts, and
    attendance by organisation type. Registered = signed up and not cancelled (registered,
    attended or no-show); attendance % = attended of registered."""
    _check_period(date_from, date_to)
    from asfdesk.domain.enums import EventKind

    events = q.event_counts(session, date_from, date_to)
    rows = [
        [e.title, e.starts_on, EventKind(e.kind).label(language), e.registered, e.attended, e.no_show]
        for e in events
    ]
    total = [
        translate("Reports", "Total", language=language),
        None,
        translate("Reports", "{count} events", language=language).format(count=len(events)),
        sum(e.registered for e in events),
        sum(e.attended for e in events),
        sum(e.no_show for e in events),
    ]
    by_type = q.attendance_by_organisation_type(session, date_from, date_to)
    type_rows = sorted(
        (
            [_org_type_label(code, language), reg, att, ns, percent(att, reg)]
            for code, (reg, att, ns) in by_type.items()
        ),
        key=lambda r: r[0].casefold(),
    )
    t_reg, t_att, t_ns = (sum(r[i] for r in type_rows) for i in (1, 2, 3))
    per_type = ReportTable(
        title=translate("Reports", "Attendance by organisation type", language=language),
        headers=[_t(h, language) for h in ORG_TYPE_HEADERS],
        rows=type_rows,
        total=[translate("Reports", "Total", language=language), t_reg, t_att, t_ns, percent(t_att, t_reg)],
        chart=ChartSpec(
            title=translate("Reports", "Attendance by organisation type", language=language),
            columns=[1, 2, 3],
            value_axis=translate("Reports", "People", language=language),
        ),
    )
    subtitle = translate("Reports", "Period {start} – {end}", language=language).format(
        start=date_from.isoformat(), end=date_to.isoformat()
    )
    return ReportTable(
        title=translate("Reports", "Events", language=language),
        subtitle=subtitle,
        headers=[_t(h, language) for h in EVENT_HEADERS],
        rows=rows,
        total=total,
        numeric_from=3,
        notes=[
            translate(
                "Reports",
                "Registered: signed up and not cancelled (registered, attended or no-show).",
                language=language,
            )
        ],
        chart=ChartSpec(
            title=translate("Reports", "Registered, attended and no-show per event", language=language),
            columns=[3, 4, 5],
            value_axis=translate("Reports", "People", language=language),
        ),
        parts=[per_type],
    )


__all__ = [
    "GROUPINGS",
    "NOT_AVAILABLE",
    "OutcomeFigures",
    "capacity",
    "check_area",
    "events_report",
    "group_label",
    "outcome_figures",
    "outcomes",
]
