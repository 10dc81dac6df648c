"""Swedish profile windows: every message translated, widgets relabelled, inputs named for a11y."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from asfdesk import entities
from asfdesk.tools.i18n import PROFILES_CONTEXT, read_ts, ts_path
from asfdesk.ui.i18n_qt import install_translators
from tests.test_profiles_support import OFFSCREEN_NOISE, all_texts, manager_fixture  # noqa: F401

pytestmark = OFFSCREEN_NOISE


def _profile_messages() -> dict[str, list[str]]:
    return {m.source: m.forms for m in read_ts(ts_path()).values() if m.context == PROFILES_CONTEXT}


def test_the_profile_strings_are_in_the_one_catalogue():
    messages = _profile_messages()
    assert len(messages) > 100
    assert messages["&Save"] == ["&Spara"]
    assert messages["Delete %1? This cannot be undone."] == ["Ta bort %1? Det går inte att ångra."]


@pytest.fixture
def swedish(qapp):
    install_translators("sv")
    yield
    install_translators("en")


@pytest.mark.parametrize("entity", entities.entity_keys())
def test_profiles_speak_swedish(swedish, manager, entity):
    window = manager.open(entity, 1)
    texts = set(all_texts(window))
    assert "&Spara" in texts and "Stäng" in texts
    english_only = {source for source, forms in _profile_messages().items() if source not in forms}
    leftovers = {t.rstrip(":") for t in texts} & english_only
    assert not leftovers


@pytest.mark.parametrize("entity", entities.entity_keys())
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
