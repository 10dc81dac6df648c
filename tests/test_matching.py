"""The enterprise picker ranks enterprises by fit and shows their free places (issue 12 §3).

The dataset is tests/test_overview.py's: Kilafix (Falun, café, 1 free place), Ärlan (Borlänge,
same county, café, 0 free), Städet (Stockholm, cleaning, 2 free) and a closed enterprise.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select, update

from asfdesk.db.models import Jobseeker, Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ReferralKind
from asfdesk.i18n import set_language
from asfdesk.services.matching import MatchContext, ranked_enterprises, suggestions
from asfdesk.ui.profiles import dialogs
from asfdesk.ui.profiles.dialogs import Button
from asfdesk.ui.profiles.enterprise_match import warn_no_places
from asfdesk.ui.profiles.manager import ProfileManager
from asfdesk.ui.workers import busy_tracker
from tests.test_overview import build_known
from tests.test_profiles_support import OFFSCREEN_NOISE, saved


@pytest.fixture
def known(sessions):
    return build_known(sessions)


def names(sessions, text: str, context: MatchContext) -> list[str]:
    with session_scope(sessions) as s:
        return [m.name for m in ranked_enterprises(s, text, context)]


def test_free_places_then_wanted_service_then_closed_last(sessions, known):
    context = MatchContext(ReferralKind.WORK_TRAINING, frozenset({known.services["cafe"]}))
    # Kilafix has room and café; Städet has room but no café; Ärlan has café but no room.
    assert names(sessions, "", context) == ["Kilafix", "Städet", "Ärlan", "Öppna Stängt"]


def test_nearby_first_when_the_kind_takes_no_place(sessions, known):
    """A job takes no work-training place: the service and the jobseeker's county decide."""
    context = MatchContext(
        ReferralKind.EMPLOYMENT, frozenset({known.services["cafe"]}), known.jobseeker_falun
    )
    assert names(sessions, "", context) == ["Kilafix", "Ärlan", "Städet", "Öppna Stängt"]
    nearby = MatchContext(ReferralKind.EMPLOYMENT, frozenset(), known.jobseeker_falun)
    # Falun first, then Borlänge (same county, 20), then Stockholm: the service no longer decides.
    assert names(sessions, "", nearby) == ["Kilafix", "Ärlan", "Städet", "Öppna Stängt"]


def test_a_protected_identity_gives_no_location(sessions, known):
    with session_scope(sessions) as s:
        s.execute(
            update(Jobseeker).where(Jobseeker.id == known.jobseeker_falun).values(protected_identity=True)
        )
    context = MatchContext(ReferralKind.EMPLOYMENT, frozenset(), known.jobseeker_falun)
    assert names(sessions, "", context) == ["Städet", "Kilafix", "Ärlan", "Öppna Stängt"]  # by free places


def test_labels_show_the_free_places_in_both_languages(sessions, known):
    context = MatchContext(ReferralKind.WORK_TRAINING)
    with session_scope(sessions) as s:
        labels = [label for _id, label, _free, _name in suggestions(s, "", context)]
        assert labels == [
            "Städet, Stockholm (2 free)",
            "Kilafix, Falun (1 free)",
            "Ärlan, Borlänge (0 free)",
            "Öppna Stängt (closed)",
        ]
        set_language("sv")
        swedish = [label for _id, label, _free, _name in suggestions(s, "", context)]
    assert swedish[:2] == ["Städet, Stockholm (2 lediga)", "Kilafix, Falun (1 ledig)"]
    assert swedish[3] == "Öppna Stängt (stängt)"


@pytest.mark.parametrize(
    ("typed", "expected"), [("Ärlan", ["Ärlan"]), ("arl", ["Ärlan"]), ("ÖPPNA", ["Öppna Stängt"])]
)
def test_typing_still_uses_the_folded_search(sessions, known, typed, expected):
    assert names(sessions, typed, MatchContext()) == expected


def test_free_places_follow_the_referrals(sessions, known):
    """A referral that ends frees its place: Ärlan had none, now it has one."""
    with session_scope(sessions) as s:
        held = s.get(Referral, known.referrals["r8"])
        held.end("work")
    with session_scope(sessions) as s:
        found = {m.name: m.free for m in ranked_enterprises(s, "", MatchContext())}
    assert found["Ärlan"] == 1


@pytest.fixture
def manager(sessions, known, qtbot, monkeypatch):
    def unexpected(self, *args, **kwargs):
        raise AssertionError("unexpected modal dialog")

    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    monkeypatch.setattr(QDialog, "exec", unexpected)
    mgr = ProfileManager(sessions)
    yield mgr
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: Button.Discard)
    assert mgr.close_all()


def _type(widget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _labels(picker) -> list[str]:
    return [picker.suggestions.item(r).text() for r in range(picker.suggestions.rowCount())]


def choose_first(qtbot, picker) -> None:
    """Down and Enter in the suggestion list, as the user does."""
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


@OFFSCREEN_NOISE
def test_the_referral_editor_ranks_warns_and_saves_the_wanted_service(manager, known, sessions, qtbot):
    window = manager.open("referral", None)
    qtbot.waitUntil(lambda: busy_tracker().running == 0 and not window.loading, timeout=15_000)
    wanted = window.wanted.widget
    cafe = next(
        i
        for i in range(wanted.count())
        if wanted.item(i).data(Qt.ItemDataRole.UserRole) == known.services["cafe"]
    )
    wanted.item(cafe).setCheckState(Qt.CheckState.Checked)
    picker = window.enterprise.widget
    window.show()
    window.activateWindow()
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    with qtbot.waitSignal(picker.suggestionsReady, timeout=15_000):
        qtbot.keyClick(picker, Qt.Key.Key_Down)  # nothing typed: the best fits
    assert _labels(picker) == [
        "Kilafix, Falun (1 free)",
        "Städet, Stockholm (2 free)",
        "Ärlan, Borlänge (0 free)",
        "Öppna Stängt (closed)",
    ]
    with qtbot.waitSignal(picker.suggestionsReady, timeout=15_000):
        _type(picker, "Ärl")
    assert _labels(picker) == ["Ärlan, Borlänge (0 free)"]
    asked = []
    window.matcher.warn = lambda parent, name: asked.append(name) or False  # "Pick another"
    choose_first(qtbot, picker)
    qtbot.waitUntil(lambda: picker.text() == "")  # nothing chosen: the user picks again
    assert asked == ["Ärlan, Borlänge"] and window.enterprise.value() is None
    with qtbot.waitSignal(picker.suggestionsReady, timeout=15_000):
        _type(picker, "Ärl")
    window.matcher.warn = lambda parent, name: asked.append(name) or True  # "Choose anyway"
    choose_first(qtbot, picker)
    assert window.enterprise.value() == known.enterprises["Ärlan"]
    assert picker.text() == "Ärlan, Borlänge"
    with session_scope(sessions) as s:
        jobseeker = s.scalar(select(Jobseeker.id).where(Jobseeker.first_name == "Person10"))
    window.jobseeker.widget.choose(jobseeker, "Person10 Test")
    assert saved(window)
    with session_scope(sessions) as s:
        referral = s.get(Referral, window.record_id)
        assert [service.code for service in referral.wanted_services] == ["cafe"]


@OFFSCREEN_NOISE
def test_the_warning_names_the_enterprise_and_can_be_overridden(qtbot):
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)
    assert warn_no_places(None, "Ärlan") is True
    assert seen == ["Ärlan has no free work-training places right now. Choose it anyway?"]
