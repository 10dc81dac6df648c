"""Suggested file names come from the translated list titles (no per-language tables)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asfdesk.db.queries import ListRequest
from asfdesk.i18n import set_language


@pytest.mark.parametrize(
    ("language", "expected"), [("en", "partner-contacts.xlsx"), ("sv", "partnerkontakter.xlsx")]
)
def test_export_suggests_the_list_title_in_the_users_language(qtbot, monkeypatch, language, expected):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from asfdesk.ui import print_export

    parent = QWidget()
    qtbot.addWidget(parent)
    suggested = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: suggested.append(a[2]) or ("", ""))
    set_language(language)
    try:
        print_export.export_tab(parent, None, "partner_contacts", ListRequest(), ["name"])
    finally:
        set_language("en")
    assert [Path(p).name for p in suggested] == [expected]
    assert Path(suggested[0]).parent == print_export.default_save_dir()  # Documents, not the cwd


@pytest.mark.parametrize(
    ("export", "expected"), [("export_vcards", "contacts.vcf"), ("export_ics", "events.ics")]
)
def test_vcard_and_ics_exports_are_suggested_in_documents(qtbot, monkeypatch, sessions, export, expected):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from asfdesk.ui import print_export

    parent = QWidget()
    qtbot.addWidget(parent)
    suggested = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: suggested.append(a[2]) or ("", ""))
    getattr(print_export, export)(parent, sessions, [1])
    assert suggested == [str(print_export.default_save_dir() / expected)]
