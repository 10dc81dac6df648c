"""Open profile windows follow a live language switch: form labels, placeholders, choices,
inner tabs, related-list headers and buttons, the window's own buttons and its title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from asfdesk.i18n import set_language
from asfdesk.ui.i18n_qt import install_translators
from tests.test_profiles_support import OFFSCREEN_NOISE, manager_fixture  # noqa: F401

pytestmark = OFFSCREEN_NOISE


def switch(language: str) -> None:
    set_language(language)
    install_translators(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture
def english():
    switch("en")
    yield
    switch("en")


def test_an_open_enterprise_profile_relabels_itself(manager, english):
    window = manager.open("enterprise", 1)
    typed = "Kilafix (typed, not saved)"
    window.form.fields["name"].widget.setText(typed)
    assert window.form.labels["name"].text() == "Name:"
    assert window.tabs.tabText(0) == "Details" and window.tabs.tabText(1) == "Contacts"
    header = window.referrals.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Jobseeker"

    switch("sv")
    assert window.form.labels["name"].text() == "Namn:"
    assert window.form.fields["name"].focus_widget().accessibleName() == "Namn"
    assert window.tabs.tabText(0) == "Uppgifter" and window.tabs.tabText(1) == "Kontaktpersoner"
    assert window.save_button.text() == "&Spara"
    assert window.referrals.model.headerData(0, Qt.Orientation.Horizontal) == "Arbetssökande"
    assert window.windowTitle().endswith("Företag")
    status = window.form.fields["status"].widget
    assert status.itemText(0) == "Aktiv"  # enum choices follow too
    assert window.form.fields["name"].widget.text() == typed  # nothing typed is lost

    switch("en")
    assert window.form.labels["name"].text() == "Name:"
    assert window.tabs.tabText(1) == "Contacts"
    assert window.windowTitle().endswith("Enterprise")
    assert status.itemText(0) == "Active"


def test_an_open_jobseeker_profile_relabels_its_check_box_and_buttons(manager, english):
    window = manager.open("jobseeker", 1)
    box = window.protected.widget
    toggle = window.form.fields["personnummer"].toggle
    english_text = box.text()
    switch("sv")
    assert box.text() != english_text and box.text() == "Skyddade personuppgifter"
    assert toggle.text() == "Visa"
    assert window.referrals.model.headerData(0, Qt.Orientation.Horizontal) == "Företag"
