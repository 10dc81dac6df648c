"""Screenshots of Översikt on the demo data at 1280×720, in Swedish and English.

The files go to a temporary folder; to refresh the README's pictures run
    ASFDESK_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen pytest tests/test_overview_screenshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from asfdesk.db.engine import make_engine
from asfdesk.db.session import make_session_factory
from asfdesk.demo import load_demo
from asfdesk.i18n import set_language
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support"),
    pytest.mark.parametrize("language", ["sv", "en"]),
]


@pytest.fixture
def shots(tmp_path, language) -> Path:
    folder = Path(os.environ.get("ASFDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    app_settings().clear()
    set_language(language)
    install_translators(language)
    yield folder
    install_translators("en")
    set_language("en")
    app_settings().clear()


def test_overview_screenshot(qtbot, sqlite_url, shots, language):
    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine, user="hestr")  # Helena Strand, a demo consultant
    load_demo(sessions)
    window = MainWindow(sqlite_url, sessions, language=language)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    page = window.overview
    qtbot.waitUntil(lambda: page.overview is not None and not page.loading, timeout=15_000)
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.whole_unit.click()  # the whole unit: the demo's consultants have a few referrals each
    qtbot.wait(200)
    path = shots / f"overview_{language}.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 720)
    assert window.showing_overview()
    wait_for_workers()
    qtbot.wait(10)
    engine.dispose()
