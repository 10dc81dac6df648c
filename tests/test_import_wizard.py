"""The import wizard, step by step, with pytest-qt (file set programmatically)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from asfdesk.db.models import Enterprise
from asfdesk.db.session import session_scope
from asfdesk.io.importer import ImportPreview, RowResult
from asfdesk.ui.import_wizard import ImportWizard, PreviewModel
from tests.data.helpers import org_number


def _count(sessions) -> int:
    with session_scope(sessions) as s:
        return s.scalar(select(func.count(Enterprise.id)))


def _file(tmp_path):
    path = tmp_path / "företag.csv"
    path.write_text(
        "Företag;Org.nr;Telefon;Anteckning\n"
        f"Nytt Kafé;{org_number(11)};0980-319 250;x\n"
        f"Fel Nummer AB;556016-0681;;y\n"
        "Kilafix;769612-0018;;z\n"
        "Glädjeverket ek. för.;;;\n",
        encoding="cp1252",
    )
    return path


@pytest.fixture
def no_size_hint_warning(monkeypatch):
    """The offscreen platform warns when a top-level window is shown; keep the wizard hidden."""
    monkeypatch.setattr(QWizard, "show", lambda self: None)


def test_wizard_steps_and_import(qtbot, demo_sessions, tmp_path, no_size_hint_warning):
    wizard = ImportWizard(demo_sessions)
    qtbot.addWidget(wizard)
    wizard.restart()  # what show() does first: enter the first page
    path = _file(tmp_path)
    wizard.file_page.set_path(str(path))
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10000)
    assert "4" in wizard.file_page.message.text()
    wizard.next()
    # step 2: the guessed mapping, changeable
    assert wizard.mapping_page.mapping() == ["name", "org_number", "phone", None]
    combo = wizard.mapping_page.combos[0]
    combo.setCurrentIndex(0)  # unmap the name: the page is no longer complete
    assert not wizard.mapping_page.isComplete()
    assert "Name" in wizard.mapping_page.message.text()
    combo.setCurrentIndex(combo.findData("name"))
    assert wizard.mapping_page.isComplete()
    wizard.next()
    # step 3: every row validated, errors name row, column and problem
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=10000)
    preview = wizard.preview
    assert [r.row for r in preview.invalid_rows] == [3]
    error = preview.errors[0]
    assert (error.row, error.column) == (3, "Org.nr") and "556016-0681" in error.message
    assert preview.rows[2].existing_id is not None  # Kilafix: same org.nr
    assert preview.rows[3].similar_to == "Glädjeverket"
    model = wizard.preview_page.model
    assert model.rowCount() == 4
    assert model.index(1, PreviewModel.DETAILS).data().startswith("Org.nr: ")
    assert wizard.preview_page.summary.text() == (
        "4 rows: 3 can be imported, 1 have errors, 1 are already stored, 1 have a similar name."
    )
    # the user decides the similar name is the same enterprise and unticks it
    assert model.setData(model.index(3, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(model.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    before = _count(demo_sessions)
    wizard.next()
    # step 4: import in a worker, one transaction
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=10000)
    assert (wizard.summary.created, wizard.summary.skipped) == (1, 2)
    assert _count(demo_sessions) == before + 1
    assert wizard.import_page.progress.value() == wizard.import_page.progress.maximum()


def test_wrong_file_is_reported_on_the_first_page(qtbot, sessions, tmp_path, no_size_hint_warning):
    wizard = ImportWizard(sessions)
    qtbot.addWidget(wizard)
    bad = tmp_path / "list.pdf"
    bad.write_bytes(b"%PDF-1.4")
    wizard.file_page.set_path(str(bad))
    qtbot.waitUntil(lambda: "only .xlsx and .csv" in wizard.file_page.message.text(), timeout=10000)
    assert not wizard.file_page.isComplete()


def test_preview_model_passes_qtmodeltester(qtmodeltester):
    from asfdesk.io.errors import RowError

    model = PreviewModel()
    rows = [
        RowResult(row=2, label="Ett", values={"name": "Ett"}),
        RowResult(row=3, label="Två", errors=[RowError(3, "Org.nr", "is not valid")]),
        RowResult(row=4, label="Tre", similar_to="Trea"),
    ]
    model.set_preview(ImportPreview("enterprises", ["Namn"], ["name"], rows))
    qtmodeltester.check(model)
    model.set_preview(None)
    qtmodeltester.check(model)


def test_swedish_translation_is_complete_and_loaded(qtbot, sessions, no_size_hint_warning):
    import xml.etree.ElementTree as ET

    from asfdesk.paths import resource_path
    from asfdesk.ui.i18n_qt import install_translators

    root = ET.parse(resource_path("translations", "asfdesk_sv.ts")).getroot()
    io_files = ("import_wizard.py", "print_export.py")
    messages = [
        m
        for m in root.iter("message")
        if any(loc.get("filename", "").endswith(io_files) for loc in m.findall("location"))
    ]
    assert len(messages) > 40
    for message in messages:
        translation = message.find("translation")
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert translation.get("type") is None and all((t or "").strip() for t in texts), message.findtext(
            "source"
        )
    install_translators("sv")
    try:
        wizard = ImportWizard(sessions)
        qtbot.addWidget(wizard)
        assert wizard.windowTitle() == "Importera från Excel eller CSV"
        assert wizard.preview_page.model.headerData(1, Qt.Orientation.Horizontal) == "Rad"
    finally:
        install_translators("en")


def _big_file(tmp_path, rows=600):
    path = tmp_path / "många.csv"
    lines = ["Företag;Org.nr"] + [f"Företag {n};{org_number(100 + n)}" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cancel_during_import_leaves_nothing(qtbot, sessions, tmp_path, no_size_hint_warning, monkeypatch):
    """Issue 8 §15: the import shows progress, and Cancel (the wizard's button) undoes it."""
    from asfdesk.io import store

    monkeypatch.setattr(store, "BATCH_ROWS", 20)
    reported = []
    wizard = ImportWizard(sessions)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.set_path(str(_big_file(tmp_path)))
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=20000)
    page = wizard.import_page
    # Press Cancel as soon as the first batches are reported on the progress bar.
    cancel = wizard.button(QWizard.WizardButton.CancelButton)

    def on_progress(value):
        reported.append(value)
        if len(reported) == 2:
            cancel.click()

    page.progress.valueChanged.connect(on_progress)
    wizard.next()
    qtbot.waitUntil(lambda: not page.running, timeout=20000)
    assert len(reported) >= 2 and 0 < reported[1] < 600
    assert page.message.text() == "Cancelled. Nothing was imported."
    assert _count(sessions) == 0


def test_progress_reaches_the_end_and_the_rows_are_stored(
    qtbot, sessions, tmp_path, no_size_hint_warning, monkeypatch
):
    from asfdesk.io import store

    monkeypatch.setattr(store, "BATCH_ROWS", 50)
    wizard = ImportWizard(sessions)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.set_path(str(_big_file(tmp_path, 300)))
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=20000)
    values = []
    wizard.import_page.progress.valueChanged.connect(values.append)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=20000)
    assert len(set(values)) >= 3  # it moved in steps, not only at the end
    assert wizard.import_page.progress.value() == wizard.import_page.progress.maximum()
    assert _count(sessions) == 300
