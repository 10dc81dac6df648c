"""Tests keep their own settings store on every platform, not only where XDG_CONFIG_HOME counts.

On Windows QSettings writes to the registry and on macOS to ~/Library/Preferences, whatever
XDG_CONFIG_HOME says; a test calling app_settings().clear() there would wipe the user's settings.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import asfdesk
from asfdesk.ui.settings import ORGANISATION, app_settings

PACKAGE = Path(asfdesk.__file__).resolve().parent
SETTINGS_MODULE = PACKAGE / "ui" / "settings.py"


def test_tests_use_an_organisation_of_their_own():
    assert os.environ["ASFDESK_SETTINGS_ORGANISATION"] == "asfdesk-tests"
    assert ORGANISATION == "asfdesk-tests"
    assert app_settings().organizationName() == "asfdesk-tests"


def test_only_the_settings_module_names_the_store():
    """Every other module goes through app_settings(), so the tests' name reaches all of them."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path != SETTINGS_MODULE and re.search(r"\bQSettings\(", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
