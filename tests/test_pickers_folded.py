"""Pickers search like the main search: folded, so names beginning with Å, Ä or Ö are found (issue 9 §4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from asfdesk.db.models import Consultant, Contact, Enterprise, Jobseeker, PartnerOrganisation
from asfdesk.db.queries import profiles as q
from asfdesk.db.session import session_scope
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture  # noqa: F401

NAMES = [("Maria", "Öberg"), ("Per", "Sjöberg"), ("Åsa", "Ek"), ("Anders", "Öhman")]


def _add_people(sessions) -> None:
    with session_scope(sessions) as s:
        s.add_all(Jobseeker(first_name=first, last_name=last) for first, last in NAMES)


@pytest.fixture
def people(sessions):
    _add_people(sessions)
    return sessions


def _names(sessions, text: str) -> list[str]:
    with session_scope(sessions) as s:
        return [label for _id, label in q.jobseeker_suggestions(s, text)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Öhman", ["Anders Öhman"]),
        ("ohman", ["Anders Öhman"]),
        ("ÖHMAN", ["Anders Öhman"]),
        ("Åsa", ["Åsa Ek"]),
        ("asa ek", ["Åsa Ek"]),
        ("Öh", ["Anders Öhman"]),
        ("Maria Öb", ["Maria Öberg"]),
        ("xyz", []),
    ],
)
def test_jobseeker_picker_folds_accents(people, typed, expected):
    assert _names(people, typed) == expected


def test_oberg_finds_both_bergs_sorted_by_name_and_limited(people):
    assert sorted(_names(people, "Öberg")) == ["Maria Öberg", "Per Sjöberg"]
    with session_scope(people) as s:
        rows = q.search_jobseekers(s, "e", limit=2)  # a short word: Öberg, Sjöberg, Ek, Öhman
        assert len(rows) == 2
        everyone = q.search_jobseekers(s, "")
        last_names = [name.split(" ", 1)[1] for _id, name, _born in everyone]
        assert len(everyone) == 4 and last_names == sorted(last_names)  # by name, as before


def test_participant_and_organiser_pickers_fold_accents(sessions):
    with session_scope(sessions) as s:
        partner = PartnerOrganisation(name="Återvändarna")
        enterprise = Enterprise(name="Ölkompaniet AB")
        s.add_all([partner, enterprise])
        s.flush()
        s.add(Contact(name="Örjan Ek", partner_organisation_id=partner.id))
        s.add(Consultant(name="Åke Älg", username="akealg"))
    with session_scope(sessions) as s:
        assert [(k, n) for k, _i, n in q.search_organisers(s, "Återv")] == [("partner", "Återvändarna")]
        assert [(k, n) for k, _i, n in q.search_organisers(s, "olkomp")] == [("enterprise", "Ölkompaniet AB")]
        assert [(k, n, o) for k, _i, n, o in q.search_participants(s, "Örjan")] == [
            ("contact", "Örjan Ek", "Återvändarna")
        ]
        # A contact is also found through its organisation's name.
        assert [n for _k, _i, n, _o in q.search_participants(s, "atervand")] == ["Örjan Ek"]
        assert [(k, n) for k, _i, n, _o in q.search_participants(s, "Älg")] == [("consultant", "Åke Älg")]
        assert [n for _i, n in q.enterprise_suggestions(s, "Öl")] == ["Ölkompaniet AB"]


def _type(widget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _labels(picker) -> list[str]:
    return [picker.suggestions.item(r).text() for r in range(picker.suggestions.rowCount())]


@OFFSCREEN_NOISE
def test_typing_oh_into_the_referral_jobseeker_picker_suggests_ohman(demo_sessions, manager, qtbot):
    _add_people(demo_sessions)
    window = manager.open("referral", None)
    picker = window.jobseeker.widget
    with qtbot.waitSignal(picker.suggestionsReady, timeout=15_000):
        _type(picker, "Öh")
    assert picker.text() == "Öh"
    assert any(label.startswith("Anders Öhman") for label in _labels(picker))

    # Nothing found: the list and the field say so, not "pick one of the suggestions".
    with qtbot.waitSignal(picker.suggestionsReady, timeout=15_000):
        _type(picker, "qx")
    assert _labels(picker) == ["No match for “Öhqx”"]
    assert window.jobseeker.problem() == "No match for “Öhqx”"
