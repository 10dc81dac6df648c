"""Screenshots of the region's view in both languages: the Enterprises tab with the county
filter set, and the "ASF i länet" page (its PDF's first page, as pdftoppm renders it).

The files go to a temporary folder; to refresh the README's pictures run
    ASFDESK_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen pytest tests/test_region_screenshots.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from asfdesk.db.engine import make_engine
from asfdesk.db.session import make_session_factory
from asfdesk.demo import load_demo
from asfdesk.i18n import set_language
from asfdesk.printing.region_summary import region_summary_document
from asfdesk.printing.render import write_pdf
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.main_window import MainWindow
from asfdesk.ui.settings import app_settings
from asfdesk.ui.table.model import wait_for_workers
from tests.test_region_filters import build_region

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support"),
    pytest.mark.parametrize("language", ["sv", "en"]),
]


@pytest.fixture
def shots(tmp_path, language) -> Path:
    folder = Path(os.environ.get("ASFDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    set_language(language)
    install_translators(language)
    app_settings().clear()
    yield folder
    app_settings().clear()
    install_translators("en")
    set_language("en")


@pytest.fixture
def region_url(sqlite_url) -> str:
    engine = make_engine(sqlite_url)
    sessions = make_session_factory(engine, user="tester")
    load_demo(sessions)
    build_region(sessions)
    engine.dispose()
    return sqlite_url


def test_screenshot_of_a_list_filtered_by_county(qtbot, shots, language, region_url):
    engine = make_engine(region_url)
    sessions = make_session_factory(engine, user="tester")
    window = MainWindow(region_url, sessions, language=language)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    tab = window.tab("enterprises")
    qtbot.waitUntil(lambda: tab.filters.widgets["county"].count() > 1 and not tab.model.loading)
    with qtbot.waitSignal(tab.refreshed):
        window.show_list("enterprises", {"county": "20"})  # the window opens on Översikt
    qtbot.waitUntil(lambda: tab.model.matching is not None and tab.model.total is not None)
    qtbot.wait(50)
    path = shots / f"region-filter-{language}.png"
    assert window.grab().save(str(path))
    names = sorted(tab.model.index(r, 0).data() for r in range(tab.model.rowCount()))
    assert "Falu Café" in names and "Gävle Kök" not in names
    wait_for_workers()
    qtbot.wait(10)
    window.close()
    engine.dispose()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_screenshot_of_the_asf_i_lanet_page(shots, language, region_url, tmp_path):
    from asfdesk.printing.qt_app import ensure_qt_app

    ensure_qt_app()
    engine = make_engine(region_url)
    sessions = make_session_factory(engine, user="tester")
    pdf = tmp_path / "region.pdf"
    assert write_pdf(region_summary_document(sessions, "20"), pdf) == 1
    engine.dispose()
    stem = shots / f"region-summary-{language}"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=60,
    )
    image = QImage(str(stem.with_suffix(".png")))
    assert not image.isNull() and image.height() > image.width()  # one A4 portrait page
