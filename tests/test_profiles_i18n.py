"""Swedish profile windows: every message translated, widgets relabelled, inputs named for a11y."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from asfdesk.i18n import set_language
from asfdesk.paths import resource_path
from asfdesk.tools.build_translations import lrelease_command
from asfdesk.ui.profiles.manager import ENTITIES
from asfdesk.ui.profiles.translations_sv import SWEDISH
from tests.test_profiles_support import OFFSCREEN_NOISE, all_texts, manager_fixture  # noqa: F401

pytestmark = OFFSCREEN_NOISE
TS = resource_path("translations") / "profiles_sv.ts"


def test_every_message_has_a_finished_swedish_translation():
    root = ET.parse(TS).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") is None, message.find("source").text
        assert translation.text, message.find("source").text
        assert SWEDISH[message.find("source").text] == translation.text


@pytest.fixture
def swedish(tmp_path, qapp):
    qm = tmp_path / "profiles_sv.qm"
    subprocess.run([*lrelease_command(), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    set_language("sv")
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("entity", ENTITIES)
def test_profiles_speak_swedish(swedish, manager, entity):
    window = manager.open(entity, 1)
    texts = set(all_texts(window))
    assert "&Spara" in texts and "Stäng" in texts
    english_only = {source for source, sv in SWEDISH.items() if source != sv}
    leftovers = {t.rstrip(":") for t in texts} & english_only
    assert not leftovers


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_input_has_an_accessible_name(manager, entity):
    window = manager.open(entity, 1)
    inputs = window.findChildren(QLineEdit) + window.findChildren(QPlainTextEdit)
    inputs += window.findChildren(QComboBox) + window.findChildren(QCheckBox)
    inputs += window.findChildren(QAbstractSpinBox)
    unnamed = []
    for widget in inputs:
        if widget.parent() is not None and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # the line edit inside a combo or date edit is named through its owner
        if not widget.accessibleName():
            unnamed.append((type(widget).__name__, widget.objectName()))
    assert not unnamed
