"""§4 Protected identity (skyddade personuppgifter), every output path on both backends.

A protected jobseeker is shown as "Protected identity" in lists, exports, printouts, pickers,
Find person and the CLI, without personnummer, birth date or contact data; found only by the
whole personnummer; their profile opens only with a reason, which the access log keeps.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from asfdesk import entities
from asfdesk.cli import main
from asfdesk.db.models import AccessLogEntry, Enterprise, Jobseeker, Referral
from asfdesk.db.queries import profiles as q
from asfdesk.db.queries.listing import ListRequest, count_rows, fetch_page, iter_rows
from asfdesk.db.queries.person_lookup import find_people
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ReferralStatus
from asfdesk.i18n import set_language
from asfdesk.io.tab_export import export_tab
from asfdesk.printing.render import write_pdf
from asfdesk.services import records
from asfdesk.services.duplicates import find_duplicates
from asfdesk.services.follow_ups import due_follow_ups
from asfdesk.services.protected_identity import needs_reason
from tests.data.helpers import pdf_text

NUMBER = "197010632391"
# Distinct from everything in the demo data (whose contacts include an Anna Lindqvist, a Maria Oberg …)
SECRETS = (
    "Siv-Åsa", "Öbergström", "obergstrom", "19701063", "632391", "070-999 88 77", "Gruvgatan 7", "Järvsö"
)
LABEL = "Protected identity"


@pytest.fixture
def person(demo_sessions) -> dict[str, int]:
    """A protected jobseeker with every kind of data, referred to Kilafix, follow-up due today."""
    with session_scope(demo_sessions) as s:
        js = Jobseeker(
            first_name="Siv-Åsa",
            last_name="Öbergström-Ekkvist",
            personnummer=NUMBER,
            phone="070-999 88 77",
            email="asa@example.org",
            street_address="Gruvgatan 7",
            postal_code="820 40",
            city="Järvsö",
            protected_identity=True,
        )
        s.add(js)
        kilafix = s.scalar(select(Enterprise).where(Enterprise.name == "Kilafix"))
        referral = Referral(
            jobseeker=js,
            enterprise=kilafix,
            referred_on=date.today() - timedelta(days=20),
            status=ReferralStatus.ONGOING,
            actual_start=date.today() - timedelta(days=10),
            next_follow_up=date.today(),
        )
        s.add(referral)
        s.flush()
        return {"jobseeker": js.id, "referral": referral.id, "enterprise": kilafix.id}


def _no_secret(text_value: str) -> None:
    for secret in SECRETS:
        assert secret not in text_value, secret


def _rows(session, list_key: str, search: str = "") -> list[tuple]:
    return fetch_page(session, list_key, ListRequest(search=search), 0, 500)


# -- the tabs (the list models' data) ---------------------------------------------------------


def test_lists_show_the_label_without_number_birth_date_or_city(demo_sessions, person):
    with session_scope(demo_sessions) as s:
        referral = next(r for r in _rows(s, "referrals") if r[0] == person["referral"])
        jobseeker = next(r for r in _rows(s, "jobseekers") if r[0] == person["jobseeker"])
        unprotected = next(r for r in _rows(s, "jobseekers") if r[1] == "Ali Hassan")
    assert referral[1:3] == (LABEL, None)  # name, personnummer
    assert "Kilafix" in referral
    assert jobseeker[1:5] == (LABEL, None, None, None)  # name, personnummer, born, city
    _no_secret(repr(referral) + repr(jobseeker))
    assert unprotected[3] is not None and unprotected[4] is not None  # others keep theirs


def test_the_label_follows_the_language(demo_sessions, person):
    set_language("sv")
    with session_scope(demo_sessions) as s:
        referral = next(r for r in _rows(s, "referrals") if r[0] == person["referral"])
    assert referral[1] == "Skyddad identitet"


@pytest.mark.parametrize(
    "typed", ["Siv-Åsa", "öbergström", "Ekkvist", "asa obergstrom", "197010", "19701063", "701063"]
)
def test_not_found_by_name_or_part_of_the_number(demo_sessions, person, typed):
    with session_scope(demo_sessions) as s:
        for list_key in ("referrals", "jobseekers"):
            ids = [r[0] for r in _rows(s, list_key, typed)]
            assert person["jobseeker"] not in ids and person["referral"] not in ids
            assert count_rows(s, list_key, ListRequest(search=typed)) == len(ids)
        assert find_people(s, typed) == []
        assert q.jobseeker_suggestions(s, typed) == []


@pytest.mark.parametrize("typed", ["19701063-2391", "701063-2391", "197010632391", "7010632391"])
def test_found_by_the_whole_number_in_any_form(demo_sessions, person, typed):
    with session_scope(demo_sessions) as s:
        assert [r[0] for r in _rows(s, "referrals", typed)] == [person["referral"]]
        assert [r[0] for r in _rows(s, "jobseekers", typed)] == [person["jobseeker"]]
        assert find_people(s, typed) == [(person["jobseeker"], "", LABEL, None)]
        assert q.jobseeker_suggestions(s, typed) == [(person["jobseeker"], LABEL)]


def test_search_documents_hold_no_name(demo_sessions, person):
    """SQLite FTS5 (and its shadow tables) and the PostgreSQL trigram table alike."""
    with session_scope(demo_sessions) as s:
        sqlite = s.bind.dialect.name == "sqlite"
        key = "rowid" if sqlite else "id"
        own = text(f"SELECT doc FROM search_jobseekers WHERE {key} = :i")
        doc = s.scalar(own, {"i": person["jobseeker"]})
        assert doc == ""
        everything = " ".join(s.scalars(text("SELECT doc FROM search_jobseekers")))
        if sqlite:
            shadow = s.scalars(text("SELECT c0 FROM search_jobseekers_content"))
            everything += " ".join(str(v) for v in shadow)
        assert "obergstrom" not in everything and "ekkvist" not in everything
        s.get(Jobseeker, person["jobseeker"]).protected_identity = False  # lifting it: findable again
        s.flush()
        assert find_people(s, "öbergström")[0][2] == "Siv-Åsa Öbergström-Ekkvist"


def test_setting_the_flag_removes_the_name_from_the_search(demo_sessions):
    with session_scope(demo_sessions) as s:
        ali = s.scalar(select(Jobseeker).where(Jobseeker.last_name == "Hassan"))
        assert find_people(s, "hassan")
        ali.protected_identity = True
        s.flush()
        assert find_people(s, "hassan") == []
        assert [r[1] for r in _rows(s, "referrals") if r[1] == "Ali Hassan"] == []


# -- exports -----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("list_key", ["referrals", "jobseekers"])
def test_exports_show_the_label_and_nothing_else(demo_sessions, person, tmp_path, suffix, list_key):
    path = tmp_path / f"{list_key}{suffix}"
    count = export_tab(demo_sessions, list_key, ListRequest(), path)
    if suffix == ".csv":
        cells = [c for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
                 for c in row]  # fmt: skip
    else:
        sheet = load_workbook(path, read_only=True).active
        cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert count >= 1 and LABEL in cells
    _no_secret(" ".join(cells))
    assert "Ali Hassan" in cells  # the others are exported as before


def test_cli_export_of_referrals(capsys, demo_sessions, person, db_url, tmp_path):
    path = tmp_path / "r.csv"
    assert main(["--database", db_url, "export", "referrals", "-o", str(path)]) == 0
    content = path.read_text(encoding="utf-8-sig")
    assert LABEL in content
    _no_secret(content)


# -- printouts -----------------------------------------------------------------------------------


def test_no_printout_carries_the_person(qapp, demo_sessions, person, tmp_path):
    """Every document the registry offers, built for every row its list shows (events: each)."""
    built = 0
    for list_def in entities.lists():
        if entities.owner(list_def.key).personal:
            assert list_def.documents == ()  # lists of jobseeker data are never printed
            continue
        for document in list_def.documents:
            with session_scope(demo_sessions) as s:
                ids = [r[0] for r in iter_rows(s, list_def.key, ListRequest())]
            for chosen in [[i] for i in ids] if document.scope == "one" else [ids]:
                printable = document.build(demo_sessions, list_def.key, ListRequest(), chosen)
                path = tmp_path / f"{list_def.key}-{built}.pdf"
                write_pdf(printable, path)
                _pages, texts = pdf_text(path)
                everything = " ".join(texts)
                assert everything.strip()
                _no_secret(everything)
                assert LABEL not in everything  # no jobseeker at all, not even as the label
                built += 1
    assert built >= 3


# -- pickers, related lists, follow-ups, duplicates ------------------------------------------------


def test_picker_label_of_a_stored_value(demo_sessions, person):
    with session_scope(demo_sessions) as s:
        assert q.name_of(s, "jobseeker", person["jobseeker"]) == LABEL
        ali = s.scalar(select(Jobseeker.id).where(Jobseeker.last_name == "Hassan"))
        assert q.name_of(s, "jobseeker", ali) == "Ali Hassan (1988-03-14)"
        rows = q.enterprise_referrals(s, person["enterprise"])
    mine = next(r for r in rows if r[0] == person["referral"])
    assert mine[1] == LABEL


def test_follow_ups_name_the_label(demo_sessions, person):
    with session_scope(demo_sessions) as s:
        rows = due_follow_ups(s, date.today())
    mine = [r for r in rows if r.referral_id == person["referral"]]
    assert [r.jobseeker_name for r in mine] == [LABEL]
    _no_secret(repr(rows))


def test_cli_follow_ups(capsys, demo_sessions, person, db_url):
    assert main(["--database", db_url, "follow-ups"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "Kilafix" in line and LABEL in line)
    assert line.startswith(date.today().isoformat())
    _no_secret(out)


def test_duplicate_check_finds_a_protected_person_by_the_whole_number_only(demo_sessions, person):
    by_name = find_duplicates(demo_sessions, "Siv-Åsa", "Öbergström-Ekkvist", date(1970, 10, 3))
    assert by_name == []
    by_number = find_duplicates(demo_sessions, "Å", "Ö", personnummer="701003-2391")
    assert by_number == []  # another number (1970-10-03), not hers
    found = find_duplicates(demo_sessions, "X", "Y", personnummer="19701063-2391")
    assert [(c.id, c.name, c.birth_date) for c in found] == [(person["jobseeker"], LABEL, None)]


# -- opening the profile -----------------------------------------------------------------------------


def test_the_profile_reads_only_with_a_reason_which_is_logged(demo_sessions, person):
    jid = person["jobseeker"]
    with session_scope(demo_sessions) as s:
        assert needs_reason(s, "jobseeker", jid)
        ali = s.scalar(select(Jobseeker.id).where(Jobseeker.last_name == "Hassan"))
        assert not needs_reason(s, "jobseeker", ali)
        before = s.scalar(select(AccessLogEntry.id).order_by(AccessLogEntry.id.desc()).limit(1)) or 0
    for reason in (None, "", "   "):
        with pytest.raises(records.ReasonRequiredError):
            records.load_record(demo_sessions, "jobseeker", jid, reason)
    data = records.load_record(demo_sessions, "jobseeker", jid, "Uppföljningsmöte 1 dec")
    assert data.values["last_name"] == "Öbergström-Ekkvist" and data.values["city"] == "Järvsö"
    with session_scope(demo_sessions) as s:
        logged = s.execute(
            select(AccessLogEntry.action, AccessLogEntry.entity, AccessLogEntry.entity_id)
            .add_columns(AccessLogEntry.detail)
            .where(AccessLogEntry.id > before)
        ).all()
    assert logged == [("view", "jobseeker", jid, "Uppföljningsmöte 1 dec")]  # refusals read nothing
    assert records.load_record(demo_sessions, "jobseeker", ali).values["last_name"] == "Hassan"


# -- the register extract: the one place with everything -------------------------------------------


def test_the_register_extract_holds_the_full_data(demo_sessions, person):
    from asfdesk.services import gdpr

    with session_scope(demo_sessions) as s:
        extract = gdpr.extract(s, "19701063-2391", actor="tester")
    everything = repr(extract)
    for secret in ("Siv-Åsa", "Öbergström-Ekkvist", NUMBER[:8], "070-999 88 77", "Gruvgatan 7", "Järvsö"):
        assert secret in everything, secret
    assert "Kilafix" in everything  # and their referral


@pytest.mark.parametrize(("list_key", "column"), [("referrals", "jobseeker"), ("referrals", "personnummer"),
                                                  ("jobseekers", "name")])  # fmt: skip
def test_sorting_does_not_place_them_by_their_real_name(demo_sessions, person, list_key, column):
    """Sorted by name or number, protected people are grouped together, apart from the others."""
    with session_scope(demo_sessions) as s:
        for descending in (False, True):
            request = ListRequest(sort_key=column, descending=descending)
            rows = fetch_page(s, list_key, request, 0, 500)
            if column == "personnummer":  # sorted as if they had no number (like most demo people)
                flags = [r[2] is None for r in rows]
                assert all(flag for r, flag in zip(rows, flags, strict=True) if r[1] == LABEL)
            else:
                flags = [r[1] == LABEL for r in rows]
            first = flags.index(True)
            assert flags[first : first + flags.count(True)] == [True] * flags.count(True)
            assert first in (0, len(flags) - flags.count(True))  # at one end, not among the names
