"""The reports (issue 12 §2): outcomes, capacity and events on a dataset whose figures are known
by construction, on SQLite and PostgreSQL; the suppression rule and its total adjustment; the
period boundary; the files (.xlsx with a chart, .csv, .pdf) hold no name or personnummer; the
`asfdesk report` command."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from asfdesk.cli import main
from asfdesk.db.models import (
    AccessLogEntry,
    Consultant,
    Contact,
    Enterprise,
    Event,
    EventParticipant,
    Jobseeker,
    PartnerOrganisation,
    Referral,
)
from asfdesk.db.queries.capacity import free_places, free_places_expression
from asfdesk.db.session import session_scope
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import (
    Funding,
    Outcome,
    ParticipantStatus,
    PartnerKind,
    ReferralKind,
    ReferralStatus,
)
from asfdesk.domain.suppression import HIDDEN, SUPPRESSED, suppress_counts
from asfdesk.services import reports

P_FROM, P_TO = date(2026, 1, 1), date(2026, 6, 30)
S = ReferralStatus
SURNAME = "Zqvarnström"  # every jobseeker's last name: must never reach a report file


def _pnr(serial: int) -> str:
    """A valid personnummer (Luhn) born 1980-01-01 with the given serial number."""
    body = f"800101{serial:03d}"
    total = 0
    for i, ch in enumerate(body):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return f"19{body[:6]}-{body[6:]}{(10 - total % 10) % 10}"


PERSONNUMMER = [_pnr(n) for n in (11, 23, 35)]


def build_dataset(sessions) -> dict[str, int]:
    """Three enterprises in two counties, 19 referrals, three events; see the figures below."""
    with session_scope(sessions) as s:
        anna = Consultant(username="anna", name="Anna Åberg")
        falun = Enterprise(name="Åkerö Snickeri", municipality_code="2080", training_places_total=10)
        borlange = Enterprise(name="Björkens Café", municipality_code="2081", training_places_total=2)
        gavle = Enterprise(name="Östra Verkstan", municipality_code="2180")
        s.add_all([anna, falun, borlange, gavle])
        s.flush()
        count = 0

        def referral(where, status, referred, start=None, end=None, outcome=None, **extra) -> int:
            nonlocal count
            count += 1
            person = Jobseeker(
                first_name=f"Örjan{count}",
                last_name=SURNAME,
                personnummer=PERSONNUMMER[count - 1] if count <= len(PERSONNUMMER) else None,
            )
            s.add(person)
            s.flush()
            r = Referral(
                jobseeker_id=person.id,
                enterprise_id=where.id,
                consultant_id=extra.pop("consultant", anna.id),
                referred_on=referred,
                status=status,
                actual_start=start,
                actual_end=end,
                outcome=outcome,
                notes=f"Anteckning om {SURNAME}",
                **extra,
            )
            s.add(r)
            s.flush()
            return r.id

        jan5 = date(2026, 1, 5)
        ids = {}
        # Åkerö Snickeri (Falun, 2080): 9 referred, 9 started, 6 ended (4 work, 1 studies),
        # lengths 59, 90, 120, 171, 28, 31 → median 74.5; ongoing at the end: 3.
        for end in (date(2026, 3, 10), date(2026, 4, 10), date(2026, 5, 10), date(2026, 6, 30)):
            ids[f"work_{end}"] = referral(
                falun, S.ENDED, jan5, date(2026, 1, 10), end, Outcome.WORK, funding=Funding.EMPLOYMENT_SERVICE
            )
        referral(
            falun,
            S.ENDED,
            jan5,
            date(2026, 2, 1),
            date(2026, 3, 1),
            Outcome.STUDIES,
            funding=Funding.MUNICIPALITY,
        )
        referral(falun, S.ENDED, jan5, date(2026, 1, 15), date(2026, 2, 15), Outcome.OTHER_MEASURE)
        ids["next_day"] = referral(falun, S.ENDED, jan5, date(2026, 3, 1), date(2026, 7, 1), Outcome.WORK)
        ids["ongoing_falun"] = referral(falun, S.ONGOING, jan5, date(2026, 5, 1))
        referral(falun, S.ONGOING, jan5, date(2026, 5, 1), consultant=None)
        # Björkens Café (Borlänge, 2081): 4 referred, 4 started, 2 ended (1 work, 1 studies),
        # lengths 59, 47 → median 53; ongoing 3 (more than its 2 places).
        referral(borlange, S.ENDED, date(2026, 1, 20), date(2026, 2, 1), date(2026, 4, 1), Outcome.WORK)
        for _ in range(3):
            referral(borlange, S.ONGOING, date(2026, 2, 20), date(2026, 3, 1))
        referral(borlange, S.ENDED, date(2025, 12, 1), date(2025, 12, 15), date(2026, 1, 31), Outcome.STUDIES)
        # Östra Verkstan (Gävle, 2180, county 21): 2 referred on the last day, 1 the day after,
        # 1 ended before the period.
        for referred in (P_TO, P_TO, date(2026, 7, 1)):
            referral(gavle, S.SENT, referred, kind=ReferralKind.INTERNSHIP)
        referral(gavle, S.ENDED, date(2025, 9, 1), date(2025, 10, 1), date(2025, 12, 31), Outcome.WORK)

        # Events: two in the period (the second at 23:30 on its last day), one just after.
        af = PartnerOrganisation(name="Arbetsförmedlingen Falun", kind=PartnerKind.EMPLOYMENT_SERVICE)
        s.add(af)
        s.flush()
        e1, e2, e3 = (Contact(name=f"Kontakt {n} {SURNAME}", enterprise_id=falun.id) for n in (1, 2, 3))
        p1, p2 = (Contact(name=f"Handläggare {n}", partner_organisation_id=af.id) for n in (1, 2))
        s.add_all([e1, e2, e3, p1, p2])
        s.flush()

        def event(title, when, people) -> int:
            ev = Event(title=title, starts_at=when)
            s.add(ev)
            s.flush()
            for contact, consultant, status in people:
                s.add(
                    EventParticipant(
                        event_id=ev.id, contact_id=contact, consultant_id=consultant, status=status
                    )
                )
            return ev.id

        A = ParticipantStatus
        ids["network"] = event(
            "Nätverksträff",
            datetime(2026, 3, 10, 10, tzinfo=STOCKHOLM),
            [
                (e1.id, None, A.ATTENDED),
                (e2.id, None, A.NO_SHOW),
                (p1.id, None, A.REGISTERED),
                (None, anna.id, A.ATTENDED),
                (p2.id, None, A.CANCELLED),
                (e3.id, None, A.INVITED),
            ],
        )
        ids["late"] = event(
            "Seminarium sent", datetime(2026, 6, 30, 23, 30, tzinfo=STOCKHOLM), [(p1.id, None, A.ATTENDED)]
        )
        event("Efter perioden", datetime(2026, 7, 1, 0, 30, tzinfo=STOCKHOLM), [(e1.id, None, A.ATTENDED)])
        ids.update(falun=falun.id, borlange=borlange.id, gavle=gavle.id, anna=anna.id)
        return ids


@pytest.fixture
def data(sessions):
    return build_dataset(sessions)


def _figures(sessions, **kw):
    with session_scope(sessions) as s:
        return reports.outcome_figures(s, P_FROM, P_TO, **kw)


def _table(sessions, report="outcomes", **kw):
    with session_scope(sessions) as s:
        if report == "outcomes":
            return reports.outcomes(s, kw.pop("date_from", P_FROM), kw.pop("date_to", P_TO), **kw)
        if report == "capacity":
            return reports.capacity(s, **kw)
        return reports.events_report(s, P_FROM, P_TO, **kw)


# --- the raw figures ------------------------------------------------------------------------


def test_outcome_figures_by_enterprise_are_the_constructed_ones(sessions, data):
    groups, total = _figures(sessions, by="enterprise")
    got = {
        g.label: (g.referred, g.started, g.ended, g.to_work, g.to_studies, g.ongoing_at_end) for g in groups
    }
    assert got == {
        "Åkerö Snickeri": (9, 9, 6, 4, 1, 3),
        "Björkens Café": (4, 4, 2, 1, 1, 3),
        "Östra Verkstan": (2, 0, 0, 0, 0, 0),
    }
    assert (total.referred, total.started, total.ended, total.to_work, total.to_studies) == (15, 13, 8, 5, 2)
    assert total.ongoing_at_end == 6
    by_name = {g.label: g for g in groups}
    assert by_name["Åkerö Snickeri"].share == Decimal("83.3")  # 5 of 6, one decimal
    assert by_name["Björkens Café"].share == Decimal("100.0")
    assert by_name["Östra Verkstan"].share is None  # nobody ended: no share, not 0
    assert total.share == Decimal("87.5")
    assert by_name["Åkerö Snickeri"].median_days == Decimal("74.5")  # 28 31 59 | 90 120 171
    assert by_name["Björkens Café"].median_days == 53  # (47 + 59) / 2
    assert total.median_days == 59


def test_period_boundary_ends_on_the_last_day_count_the_next_day_does_not(sessions, data):
    _, total = _figures(sessions)
    assert total.ended == 8  # includes the one ending 2026-06-30, not the one ending 2026-07-01
    with session_scope(sessions) as s:
        _, one_day_less = reports.outcome_figures(s, P_FROM, date(2026, 6, 29))
        _, one_day_more = reports.outcome_figures(s, P_FROM, date(2026, 7, 1))
    assert one_day_less.ended == 7 and one_day_less.to_work == 4
    assert one_day_less.ongoing_at_end == total.ongoing_at_end + 1  # ends tomorrow: still there
    assert one_day_less.referred == 13  # the two referred on 06-30 are out
    assert one_day_more.ended == 9 and one_day_more.referred == 16


def test_groupings_and_area_filters(sessions, data):
    groups, _ = _figures(sessions, by="municipality")
    assert {g.label: g.referred for g in groups} == {"Falun": 9, "Borlänge": 4, "Gävle": 2}
    groups, _ = _figures(sessions, by="kind")
    assert {g.label: g.referred for g in groups} == {"Work training": 13, "Internship": 2}
    groups, _ = _figures(sessions, by="consultant")
    assert {g.label: g.ongoing_at_end for g in groups} == {"Anna Åberg": 5, "No consultant": 1}
    groups, _ = _figures(sessions, by="funding")
    assert {g.label: g.ended for g in groups} == {
        "Arbetsförmedlingen": 4,  # the fourth ends on the last day: counted
        "Municipality / social assistance": 1,
        "Funding not stated": 3,  # the one ending the day after is not
    }
    _, dalarna = _figures(sessions, county="20")
    _, gavle = _figures(sessions, municipality="2180")
    assert (dalarna.referred, gavle.referred) == (13, 2)


# --- suppression ----------------------------------------------------------------------------


def test_suppressed_by_enterprise_with_the_total_protected(sessions, data):
    table = _table(sessions, by="enterprise")
    rows = {r[0]: r[1:] for r in table.rows}
    # Referred 9 / 4 / 2 (total 15): the 2 is "<3", and the 4 is hidden too, or 15 − 9 would give it.
    assert rows["Åkerö Snickeri"] == [9, 9, HIDDEN, HIDDEN, SUPPRESSED, HIDDEN, Decimal("74.5"), 3]
    assert rows["Björkens Café"] == [HIDDEN, 4, SUPPRESSED, SUPPRESSED, SUPPRESSED, HIDDEN, HIDDEN, 3]
    assert rows["Östra Verkstan"] == [SUPPRESSED, 0, 0, 0, 0, None, None, 0]
    # The total stays exact where it can; a total of 2 is itself "<3".
    assert table.total[1:] == [15, 13, 8, 5, SUPPRESSED, HIDDEN, 59, 6]
    assert any("<3" in note for note in table.notes)


def test_no_suppressed_cell_can_be_derived_from_the_total():
    cases = [
        ([[1], [5], [10]], [16]),
        ([[2], [2], [9]], [13]),  # two 2s: their sum 4 would say so
        ([[1], [2], [7]], [10]),  # a 1 and a 2: the sum says "one of each", never which
        ([[1], [3], [3], [3]], [10]),  # hidden 3s alone would give the 1 away (3 is the minimum)
        ([[1], [2], [3]], [6]),
    ]
    for rows, total in cases:
        cells, total_cells = suppress_counts(rows, total)
        values = [r[0] for r in rows]
        hidden = [i for i, c in enumerate(cells) if not isinstance(c[0], int)]
        if not isinstance(total_cells[0], int):
            continue  # the total is hidden: nothing to subtract from
        rest = total[0] - sum(c[0] for c in cells if isinstance(c[0], int))
        # Every "<3" cell must have another possible value (1 ↔ 2) with the other hidden cells
        # still in their known ranges (<3: 1–2, ..: at least 3).
        for i in hidden:
            if cells[i][0] != SUPPRESSED:
                continue
            other = 3 - values[i]
            left = rest - other
            ranges = [(1, 2) if cells[j][0] == SUPPRESSED else (3, 10**6) for j in hidden if j != i]
            assert sum(lo for lo, _ in ranges) <= left <= sum(hi for _, hi in ranges), (rows, cells)
    assert suppress_counts([[0], [0]], [0]) == ([[0], [0]], [0])  # 0 stays 0


def test_total_only_report_and_share_with_one_decimal(sessions, data):
    table = _table(sessions)
    assert table.total is None and len(table.rows) == 1
    assert table.rows[0][1:] == [15, 13, 8, 5, SUPPRESSED, HIDDEN, 59, 6]  # the share would give the 2 away
    plain = _table(sessions, suppress=False)
    assert plain.rows[0][1:] == [15, 13, 8, 5, 2, Decimal("87.5"), 59, 6]


def test_no_suppress_is_written_to_the_access_log(sessions, data):
    _table(sessions, by="enterprise")
    with session_scope(sessions) as s:
        assert s.scalars(select(AccessLogEntry)).all() == []
    table = _table(sessions, by="enterprise", suppress=False)
    assert [r[1:6] for r in table.rows] == [[4, 4, 2, 1, 1], [9, 9, 6, 4, 1], [2, 0, 0, 0, 0]]
    assert any("NOT SUPPRESSED" in note for note in table.notes)
    with session_scope(sessions) as s:
        (entry,) = s.scalars(select(AccessLogEntry)).all()
        assert (entry.action, entry.entity, entry.row_count) == ("report", "referrals", 15)
        assert "unsuppressed" in entry.detail and "2026-01-01..2026-06-30" in entry.detail


# --- capacity -------------------------------------------------------------------------------


def test_free_places_follow_referrals_starting_and_ending(sessions, data):
    with session_scope(sessions) as s:
        assert free_places(s) == {data["falun"]: 8, data["borlange"]: 0, data["gavle"]: 0}
        assert free_places(s, [data["falun"]]) == {data["falun"]: 8}
        assert free_places(s, []) == {}
    with session_scope(sessions) as s:  # a referral is accepted: a place is taken
        person = Jobseeker(first_name="Ny", last_name=SURNAME)
        s.add(person)
        s.flush()
        new = Referral(jobseeker_id=person.id, enterprise_id=data["falun"], status=S.ACCEPTED)
        s.add(new)
        s.flush()
        new_id = new.id
    with session_scope(sessions) as s:
        assert free_places(s)[data["falun"]] == 7
        s.get(Referral, new_id).status = S.ONGOING  # it starts: still one place
    with session_scope(sessions) as s:
        assert free_places(s)[data["falun"]] == 7
        s.get(Referral, data["ongoing_falun"]).end(Outcome.WORK, date(2026, 6, 1))  # one ends: freed
    with session_scope(sessions) as s:
        assert free_places(s)[data["falun"]] == 8
        s.get(Referral, new_id).kind = ReferralKind.EMPLOYMENT  # a job takes no training place
    with session_scope(sessions) as s:
        assert free_places(s)[data["falun"]] == 9
        in_sql = {k: v for k, v in s.execute(select(Enterprise.id, free_places_expression()))}
        assert in_sql == free_places(s) == {data["falun"]: 9, data["borlange"]: 0, data["gavle"]: 0}


def test_capacity_report_per_enterprise_and_municipality(sessions, data):
    with session_scope(sessions) as s:
        enterprise = s.get(Enterprise, data["falun"])
        enterprise.employees, enterprise.participants_in_training = 6, 7
    table = _table(sessions, "capacity")
    assert [r[:5] for r in table.rows] == [
        ["Björkens Café", "Borlänge", 2, 3, 0],  # over-booked: 0 free, never negative
        ["Åkerö Snickeri", "Falun", 10, 2, 8],
        ["Östra Verkstan", "Gävle", None, 0, 0],
    ]
    assert table.total[2:] == [12, 5, 8, 6, 7]
    per_municipality = table.parts[0]
    assert [r[:2] for r in per_municipality.rows] == [["Borlänge", 1], ["Falun", 1], ["Gävle", 1]]
    assert per_municipality.total[1:] == [3, 12, 5, 8, 6, 7]
    assert "3 enterprises, 6 employees, 7 people in work training, 8 free places." in table.notes[0]
    dalarna = _table(sessions, "capacity", county="20")
    assert [r[0] for r in dalarna.rows] == ["Björkens Café", "Åkerö Snickeri"]


# --- events ---------------------------------------------------------------------------------


def test_events_report_counts_and_attendance_by_organisation_type(sessions, data):
    table = _table(sessions, "events")
    assert [r[0] for r in table.rows] == ["Nätverksträff", "Seminarium sent"]  # 23:30 on the last day counts
    assert [r[3:] for r in table.rows] == [[4, 2, 1], [1, 1, 0]]
    assert table.total[3:] == [5, 3, 1]
    by_type = {r[0]: r[1:] for r in table.parts[0].rows}
    assert by_type == {
        "Arbetsförmedlingen": [2, 1, 0, Decimal("50.0")],
        "Consultants": [1, 1, 0, Decimal("100.0")],
        "Enterprise (ASF)": [2, 1, 1, Decimal("50.0")],
    }
    assert table.parts[0].total[1:] == [5, 3, 1, Decimal("60.0")]


def test_swedish_headers(sessions, data):
    table = _table(sessions, by="kind", language="sv")
    assert table.headers[1:] == [
        "Anvisade",
        "Påbörjade",
        "Avslutade",
        "Till arbete",
        "Till studier",
        "Andel till arbete eller studier (%)",
        "Mediantid (dagar)",
        "Pågående vid periodens slut",
    ]
    assert {r[0] for r in table.rows} == {"Arbetsträning", "Praktik"}


# --- files and the command ------------------------------------------------------------------


def _pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _xlsx_text(path) -> str:
    wb = load_workbook(path)
    return "\n".join(
        ";".join("" if c is None else str(c) for c in row)
        for ws in wb
        for row in ws.iter_rows(values_only=True)
    )


def _assert_no_person(text: str) -> None:
    assert SURNAME not in text and "Örjan" not in text and "Anteckning" not in text
    for pnr in PERSONNUMMER:
        assert pnr not in text and pnr.replace("-", "")[2:] not in text and pnr[2:8] + pnr[9:] not in text


@pytest.mark.slow
def test_cli_writes_every_format_without_personal_data(sessions, data, db_url, tmp_path, capsys):
    for report in ("outcomes", "capacity", "events"):
        for suffix in ("xlsx", "csv", "pdf"):
            out = tmp_path / f"{report}.{suffix}"
            argv = ["--database", db_url, "report", report, "-o", str(out)]
            if report != "capacity":
                argv += ["--from", "2026-01-01", "--to", "20260630"]
            if report == "outcomes":
                argv += ["--by", "enterprise"]
            assert main(argv) == 0, capsys.readouterr().err
            assert out.stat().st_mode & 0o077 == 0
            text = {"xlsx": _xlsx_text, "pdf": _pdf_text}.get(suffix, lambda p: p.read_text("utf-8-sig"))(out)
            _assert_no_person(text)
            if report == "outcomes":
                assert "Åkerö Snickeri" in text and "<3" in text and "74" in text
    rows = list(csv.reader(io.StringIO((tmp_path / "outcomes.csv").read_text("utf-8-sig")), delimiter=";"))
    assert ["Åkerö Snickeri", "9", "9", "..", "..", "<3", "..", "74,5", "3"] in rows  # decimal comma
    assert (tmp_path / "outcomes.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    wb = load_workbook(tmp_path / "outcomes.xlsx")
    ws = wb.active
    assert len(ws._charts) == 1  # openpyxl keeps the native chart it read
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert ["Åkerö Snickeri", 9, 9, "..", "..", "<3", "..", 74.5, 3] in [v[:9] for v in values]
    pdf = _pdf_text(tmp_path / "outcomes.pdf")
    assert "Outcomes of referrals" in pdf and "Åkerö Snickeri" in pdf


def test_cli_table_on_screen_and_the_mistakes_a_user_makes(sessions, data, db_url, tmp_path, capsys):
    assert (
        main(
            [
                "--database",
                db_url,
                "report",
                "outcomes",
                "--from",
                "2026-01-01",
                "--to",
                "2026-06-30",
                "--by",
                "municipality",
                "--no-suppress",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Falun" in out and "83.3" in out and "NOT SUPPRESSED" in out
    _assert_no_person(out)
    bad = [
        (["outcomes", "--from", "2026-13-01", "--to", "t"], "--from"),
        (["outcomes", "--from", "2026-06-30", "--to", "2026-01-01"], "ends before"),
        (["capacity", "--municipality", "Falun"], "four-digit"),
        (["capacity", "--county", "21", "--municipality", "2080"], "not in that county"),
        (["events", "--from", "t", "--to", "t", "-o", str(tmp_path / "x.docx")], ".docx"),
    ]
    for argv, said in bad:
        assert main(["--database", db_url, "report", *argv]) == 2
        err = capsys.readouterr().err
        assert said in err and "Traceback" not in err
    assert not (tmp_path / "x.docx").exists()
    assert main(["--database", db_url, "--lang", "sv", "report", "capacity", "--county", "20"]) == 0
    out = capsys.readouterr().out
    assert "Åkerö Snickeri" in out and "Östra Verkstan" not in out and "Lediga platser" in out


def test_empty_database_reports(sessions, tmp_path, db_url, capsys):
    for report in ("outcomes", "capacity", "events"):
        table = _table(sessions, report)
        assert table.rows == [] or report == "outcomes"
    assert _table(sessions).rows[0][1:] == [0, 0, 0, 0, 0, None, None, 0]
    assert (
        main(
            [
                "--database",
                db_url,
                "report",
                "events",
                "--from",
                "t",
                "--to",
                "t",
                "-o",
                str(tmp_path / "e.xlsx"),
            ]
        )
        == 0
    )


def test_shares_round_half_up_as_published_statistics():
    from decimal import Decimal

    from asfdesk.domain.report_table import percent

    assert percent(1, 16) == Decimal("6.3")  # 6.25: a float's format would give 6.2
    assert percent(2, 3) == Decimal("66.7") and percent(0, 5) == Decimal("0.0")
    assert percent(3, 0) is None

