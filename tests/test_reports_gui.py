"""Rapporter → Utfall…, Kapacitet…, Evenemang… (issue 12 §2): the dialog computes in a worker,
previews the table and the chart, and saves .xlsx/.csv/.pdf; typed dates; the menu in both
languages; screenshots of the outcome preview in Swedish and English.

Screenshots go to a temporary folder; to refresh the README's pictures run
    ASFDESK_SCREENSHOTS=docs/screenshots QT_QPA_PLATFORM=offscreen \
        pytest tests/test_reports_gui.py -k screenshot
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from asfdesk.db.models import AccessLogEntry, Consultant, Enterprise, Jobseeker, Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import Funding, Outcome, ReferralKind, ReferralStatus
from asfdesk.i18n import set_language
from asfdesk.ui.i18n_qt import install_translators
from asfdesk.ui.reports_dialog import ReportDialog
from asfdesk.ui.table.model import wait_for_workers
from tests.test_daily_dates import replace_text
from tests.test_reports import SURNAME, _assert_no_person, _pdf_text, _xlsx_text, build_dataset

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def open_dialog(qtbot, sessions, kind: str = "outcomes") -> ReportDialog:
    dialog = ReportDialog(sessions, kind)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=15000):
        dialog.show()
    return dialog


def choose(qtbot, dialog: ReportDialog, start: str, end: str, by: str | None = None) -> None:
    """Type the period as a user does (Tab leaves each field), pick the grouping, and wait for
    the report of exactly these choices (an older result is dropped by the dialog)."""
    for field, text in ((dialog.from_field, start), (dialog.to_field, end)):
        field.lineEdit().setFocus()
        replace_text(field.lineEdit(), text)
        qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Tab)
    if by is not None:
        dialog.by_combo.setCurrentIndex(dialog.by_combo.findData(by))
    with qtbot.waitSignal(dialog.previewed, timeout=15000):
        dialog.refresh()


def shown_rows(dialog: ReportDialog, page: int = 0) -> list[list[str]]:
    model = dialog.pages[page].model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_outcome_dialog_previews_and_saves_every_format(qtbot, qtmodeltester, sessions, tmp_path):
    build_dataset(sessions)
    dialog = open_dialog(qtbot, sessions)
    choose(qtbot, dialog, "2026-01-01", "20260630", by="enterprise")
    assert dialog.from_field.text() == "2026-01-01" and dialog.to_field.text() == "2026-06-30"
    rows = shown_rows(dialog)
    assert rows[0][0] == "Björkens Café" and rows[-1][0] == "Total"
    assert ["Åkerö Snickeri", "9", "9", "..", "..", "<3", "..", "74.5", "3"] in rows
    assert rows[-1][1:] == ["15", "13", "8", "5", "<3", "..", "59", "6"]
    qtmodeltester.check(dialog.pages[0].model)
    chart = dialog.pages[0].chart_view.chart()
    assert chart is not None and chart.series()[0].count() == 3  # ended, to work, to studies
    assert "2026-01-01 – 2026-06-30" in dialog.status.text()
    for suffix in ("xlsx", "csv", "pdf"):
        path = tmp_path / f"utfall.{suffix}"
        with qtbot.waitSignal(dialog.saved):
            assert dialog.save_to(path)
        text = {"xlsx": _xlsx_text, "pdf": _pdf_text}.get(suffix, lambda p: p.read_text("utf-8-sig"))(path)
        assert "Åkerö Snickeri" in text
        _assert_no_person(text)
    assert len(load_workbook(tmp_path / "utfall.xlsx").active._charts) == 1
    # The area choice lists where the enterprises are; a county keeps its municipalities only.
    qtbot.waitUntil(lambda: dialog.area_combo.count() == 6, timeout=15000)
    assert [dialog.area_combo.itemText(i).strip() for i in range(1, 6)] == [
        "Dalarnas län (20)",
        "Borlänge (2081)",
        "Falun (2080)",
        "Gävleborgs län (21)",
        "Gävle (2180)",
    ]
    with qtbot.waitSignal(dialog.previewed, timeout=15000):
        dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("county:20"))
    assert [r[0] for r in shown_rows(dialog)] == ["Björkens Café", "Åkerö Snickeri", "Total"]
    assert "County 20" in dialog.status.text()


def test_a_mistyped_date_is_said_and_nothing_is_computed(qtbot, sessions):
    dialog = open_dialog(qtbot, sessions)
    assert dialog.save_button.isEnabled()
    replace_text(dialog.to_field.lineEdit(), "2026-02-30")
    qtbot.keyClick(dialog.to_field.lineEdit(), Qt.Key.Key_Tab)
    dialog.refresh()
    assert not dialog.save_button.isEnabled()
    assert dialog.status.text() == dialog.to_field.errorText() != ""
    replace_text(dialog.from_field.lineEdit(), "2026-12-31")
    replace_text(dialog.to_field.lineEdit(), "2026-01-01")
    dialog.refresh()
    assert "ends before" in dialog.status.text()


def test_turning_suppression_off_shows_small_numbers_and_is_logged(qtbot, sessions):
    build_dataset(sessions)
    dialog = open_dialog(qtbot, sessions)
    choose(qtbot, dialog, "2026-01-01", "2026-06-30", by="municipality")
    assert ["Gävle", "<3", "0", "0", "0", "0", "–", "–", "0"] in shown_rows(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=15000):
        dialog.suppress_box.click()
    assert ["Gävle", "2", "0", "0", "0", "0", "–", "–", "0"] in shown_rows(dialog)
    with session_scope(sessions) as s:
        entries = s.scalars(select(AccessLogEntry)).all()
    assert [(e.action, e.entity) for e in entries] == [("report", "referrals")]


def test_capacity_and_events_dialogs(qtbot, sessions):
    build_dataset(sessions)
    capacity = open_dialog(qtbot, sessions, "capacity")
    assert not capacity.from_field.isVisible() and not capacity.by_combo.isVisible()
    assert [r[:5] for r in shown_rows(capacity)][:2] == [
        ["Björkens Café", "Borlänge", "2", "3", "0"],
        ["Åkerö Snickeri", "Falun", "10", "2", "8"],
    ]
    assert capacity.tabs.count() == 2 and shown_rows(capacity, 1)[-1][:2] == ["Total", "3"]
    qtbot.waitUntil(lambda: capacity.area_combo.count() == 6, timeout=15000)
    with qtbot.waitSignal(capacity.previewed, timeout=15000):
        capacity.area_combo.setCurrentIndex(capacity.area_combo.findData("municipality:2180"))
    assert [r[0] for r in shown_rows(capacity)] == ["Östra Verkstan", "Total"]
    events = open_dialog(qtbot, sessions, "events")
    choose(qtbot, events, "2026-01-01", "2026-06-30")
    assert [r[0] for r in shown_rows(events)] == ["Nätverksträff", "Seminarium sent", "Total"]


def test_reports_menu_in_both_languages(qtbot, sessions, db_url):
    from asfdesk.ui.main_window import MainWindow

    window = MainWindow(db_url, sessions, language="en")
    qtbot.addWidget(window)
    try:
        texts = [a.text() for a in window.report_actions.values()]
        assert texts == ["Outcomes…", "Capacity…", "Events…"]
        assert all(a in window.reports_menu.actions() for a in window.report_actions.values())
        window.set_language("sv")
        assert [a.text() for a in window.report_actions.values()] == ["Utfall…", "Kapacitet…", "Evenemang…"]
        window.report_actions["outcomes"].trigger()
        dialog = window.findChild(ReportDialog)
        assert dialog is not None and dialog.windowTitle() == "Utfall av anvisningar"
        qtbot.waitUntil(lambda: dialog.table is not None, timeout=15000)
        assert dialog.pages[0].model.headerData(1, Qt.Orientation.Horizontal) == "Anvisade"
        dialog.close()
    finally:
        wait_for_workers()
        install_translators("en")
        set_language("en")


# --- screenshots ----------------------------------------------------------------------------


def build_region(sessions) -> None:
    """A livelier dataset for the picture: five enterprises with dozens of referrals each."""
    names = [
        ("Åkerö Snickeri", "2080"),
        ("Björkens Café & Catering", "2081"),
        ("Gröna Händer Trädgård", "2080"),
        ("Kilafix Second Hand", "2085"),
        ("Ösmo Cykelverkstad", "2082"),
    ]
    with session_scope(sessions) as s:
        anna = Consultant(username="anna", name="Anna Åberg")
        s.add(anna)
        s.flush()
        n = 0
        for index, (name, code) in enumerate(names):
            enterprise = Enterprise(name=name, municipality_code=code, training_places_total=8 + index)
            s.add(enterprise)
            s.flush()
            for k in range(14 + 5 * index):
                n += 1
                person = Jobseeker(first_name=f"Person{n}", last_name=SURNAME)
                s.add(person)
                s.flush()
                start = date(2026, 1 + k % 5, 1 + k % 27)
                ended = k % 3 != 0
                outcome = [
                    Outcome.WORK,
                    Outcome.STUDIES,
                    Outcome.WORK,
                    Outcome.OTHER_MEASURE,
                    Outcome.DROPPED_OUT,
                ]
                s.add(
                    Referral(
                        jobseeker_id=person.id,
                        enterprise_id=enterprise.id,
                        consultant_id=anna.id,
                        referred_on=date(2026, 1, 2),
                        kind=ReferralKind.WORK_TRAINING if k % 4 else ReferralKind.WORK_TRIAL,
                        funding=Funding.EMPLOYMENT_SERVICE if k % 2 else Funding.MUNICIPALITY,
                        status=ReferralStatus.ENDED if ended else ReferralStatus.ONGOING,
                        actual_start=start,
                        actual_end=date(2026, 6, 1 + (k * 7 + index) % 29) if ended else None,
                        outcome=outcome[(k + index) % 5] if ended else None,
                    )
                )


@pytest.mark.parametrize("language", ["sv", "en"])
def test_outcome_preview_screenshot(qtbot, sessions, tmp_path, language):
    folder = Path(os.environ.get("ASFDESK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    set_language(language)
    install_translators(language)
    try:
        build_region(sessions)
        dialog = open_dialog(qtbot, sessions)
        dialog.resize(1250, 640)
        choose(qtbot, dialog, "2026-01-01", "2026-06-30", by="enterprise")
        qtbot.wait(50)
        path = folder / f"report_outcomes_{language}.png"
        assert dialog.grab().save(str(path))
        assert path.stat().st_size > 10_000
        header = dialog.pages[0].model.headerData(1, Qt.Orientation.Horizontal)
        assert header == ("Anvisade" if language == "sv" else "Referred")
    finally:
        wait_for_workers()
        install_translators("en")
        set_language("en")
