"""Screenshots of issue 9's daily workflow in both languages: the referral editor with typed
dates (one mistyped), its calendar open on today, and "Mina uppföljningar".

The files go to a temporary folder; to refresh the README's pictures run
    ASFDESK_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen pytest tests/test_daily_screenshots.py
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select, update

from asfdesk.db.models import Consultant, Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.referral_rules import OPEN_STATUSES
from asfdesk.i18n import set_language
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.widgets.follow_ups import MyFollowUpsWindow
from tests.test_daily_dates import replace_text
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture, settled  # noqa: F401

pytestmark = [OFFSCREEN_NOISE, pytest.mark.parametrize("language", ["sv", "en"])]


@pytest.fixture
def shots(tmp_path, language) -> Path:
    folder = Path(os.environ.get("ASFDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    set_language(language)
    install_translators(language)
    yield folder
    install_translators("en")
    set_language("en")


def with_popup(window: QWidget, popup: QWidget) -> QPixmap:
    """The window and a popup (a window of its own) painted together, as the user sees them."""
    shot, popup_shot = window.grab(), popup.grab()
    offset = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    canvas = QPixmap(
        max(shot.width(), offset.x() + popup_shot.width()),
        max(shot.height(), offset.y() + popup_shot.height()),
    )
    canvas.fill(Qt.GlobalColor.white)
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, shot)
    painter.drawPixmap(offset, popup_shot)
    painter.end()
    return canvas


def saved_png(pixmap: QPixmap, path: Path) -> Path:
    assert pixmap.save(str(path))
    assert path.stat().st_size > 5000
    return path


def test_referral_editor_with_typed_dates_and_the_calendar(manager, qtbot, shots, language):
    with session_scope(manager.sessions) as s:
        referral_id = s.scalars(select(Referral.id).where(Referral.next_follow_up.is_(None))).first()
    window = manager.open("referral", referral_id)
    window.resize(1000, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    fields = window.form.fields
    for name, text in (
        ("planned_start", "2026-12-01"),
        ("planned_end", "+2v"),
        ("actual_start", "2026-02-30"),
    ):
        edit = fields[name].focus_widget()
        edit.setFocus()
        replace_text(edit, text)
        window.form.check_field(name)  # as when the user leaves the field
        fields[name].widget.commit()
    assert fields["planned_end"].focus_widget().text() == (date.today() + timedelta(weeks=2)).isoformat()
    assert window.form.error_text("actual_start")
    QApplication.processEvents()
    saved_png(window.grab(), shots / f"date_field_{language}.png")

    follow_up = fields["next_follow_up"].widget
    follow_up.openCalendar()
    qtbot.waitUntil(follow_up.isCalendarOpen)
    calendar = follow_up.calendarWidget()
    assert (calendar.yearShown(), calendar.monthShown()) == (date.today().year, date.today().month)
    # The offscreen screen is 800 px wide, so the popup was kept inside it; on a real screen it
    # opens right under the field, which is what the picture should show.
    edit = fields["next_follow_up"].focus_widget()
    calendar.window().move(edit.mapToGlobal(QPoint(0, edit.height())))
    saved_png(with_popup(window, calendar.window()), shots / f"date_calendar_{language}.png")
    follow_up.closeCalendar()


def test_my_follow_ups(manager, qtbot, shots, language):
    sessions = manager.sessions
    sessions.kw["info"] = {"user": "SONO"}
    today = date.today()
    with session_scope(sessions) as s:
        sofia = s.scalar(select(Consultant.id).where(Consultant.username == "sono"))
        ids = s.scalars(
            select(Referral.id).where(Referral.status.in_(OPEN_STATUSES)).order_by(Referral.id)
        ).all()
        for offset, referral_id in zip((12, 5, 0), ids, strict=False):
            s.execute(
                update(Referral)
                .where(Referral.id == referral_id)
                .values(next_follow_up=today - timedelta(days=offset), consultant_id=sofia)
            )
    window = MyFollowUpsWindow(sessions, lambda _rid: None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.list.loading and window.list.model.rowCount() > 0, timeout=15_000)
    settled(qtbot)
    title = {"sv": "Mina uppföljningar", "en": "My follow-ups"}[language]
    assert window.list.heading.text() == title
    saved_png(window.grab(), shots / f"my_follow_ups_{language}.png")
