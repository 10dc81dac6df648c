"""One translation system: the Swedish catalogue is complete, in step with the source, and used
by widgets and non-Qt code alike, live-switchable and without a QApplication."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from asfdesk import i18n
from asfdesk.domain.errors import ValidationError
from asfdesk.i18n import QT_TRANSLATE_NOOP, set_language, translate
from asfdesk.paths import resource_path
from asfdesk.tools import i18n as tool

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%[0-9n]|\{[^{}]*\}")


@pytest.fixture
def language():
    """Switch languages freely in a test; back to the environment's afterwards."""
    yield set_language
    set_language(None)


# ---- the catalogue -----------------------------------------------------------------------------


def test_there_is_one_catalogue():
    assert [ts.name for ts in sorted(resource_path("translations").glob("*.ts"))] == ["asfdesk_sv.ts"]
    assert not (ROOT / "asfdesk" / "ui" / "profiles" / "translations_sv.py").exists()


def test_every_message_is_translated():
    untranslated = [(m.context, m.source) for m in tool.read_ts(tool.ts_path()).values() if not m.translated]
    assert untranslated == [], f"{len(untranslated)} messages have no Swedish, e.g. {untranslated[:5]}"


def test_placeholders_survive_translation():
    broken = []
    for message in tool.read_ts(tool.ts_path()).values():
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for form in message.forms:
            if form and sorted(PLACEHOLDER.findall(form)) != wanted:
                broken.append((message.context, message.source, form))
    assert broken == []


def test_lupdate_finds_no_string_missing_from_the_catalogue():
    """Every tr()/translate()/QT_TRANSLATE_NOOP string under asfdesk/ is in the .ts."""
    known = tool.read_ts(tool.ts_path())
    missing = sorted(key for key in tool.extract() if key not in known)
    assert missing == [], f"{len(missing)} strings are not in asfdesk_sv.ts, e.g. {missing[:5]}"


def test_no_pick_calls_remain():
    """pick(en, sv) was the third system; nothing may call it any more."""
    callers = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "asfdesk").rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"(?<![\w.])pick\(", line)
    ]
    assert callers == []


# ---- translate() at run time -------------------------------------------------------------------


def test_translate_works_without_a_qapplication():
    """The CLI has no QApplication; it still speaks Swedish."""
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from asfdesk.i18n import translate\n"
        "from asfdesk.domain.identifiers import normalize_org_number\n"
        "assert QCoreApplication.instance() is None\n"
        "print(translate('Fields', 'Organisation number'))\n"
        "try:\n"
        "    normalize_org_number('12')\n"
        "except ValueError as exc:\n"
        "    print(exc)\n"
        "assert QCoreApplication.instance() is None\n"
    )
    env = {**os.environ, "ASFDESK_LANG": "sv"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "Organisationsnummer",
        "Organisationsnummer: ska vara tio siffror, t.ex. 556016-0680",
    ]


def test_switching_language_changes_translate(language):
    language("sv")
    assert translate("Fields", "Phone") == "Telefon"
    language("en")
    assert translate("Fields", "Phone") == "Phone"
    language("sv")
    assert translate("Fields", "Phone") == "Telefon"


def test_an_error_speaks_the_language_current_when_it_is_shown(language):
    language("en")
    error = ValidationError(
        "name", QT_TRANSLATE_NOOP("Validation", "is longer than {max_length} characters"), max_length=5
    )
    assert str(error) == "Name: is longer than 5 characters"
    language("sv")
    assert str(error) == "Namn: är längre än 5 tecken"
    assert error.message("en") == "Name: is longer than 5 characters"


def test_set_language_reloads_the_catalogue(language):
    """A catalogue recompiled while the app runs (merge) is read again on the next switch."""
    language("sv")
    before = i18n.catalogue()
    language("sv")
    after = i18n.catalogue()
    assert before and after and before[0] is not after[0]


def test_widgets_and_translate_load_the_same_files(qapp, language):
    from PySide6.QtCore import QCoreApplication

    from asfdesk.ui.i18n_qt import install_translators

    assert i18n.catalogue_files("sv") == sorted(resource_path("translations").glob("*_sv.qm"))
    assert i18n.catalogue_files("en") == []
    install_translators("sv")
    try:
        assert QCoreApplication.translate("Fields", "Phone") == translate("Fields", "Phone") == "Telefon"
    finally:
        install_translators("en")
    assert QCoreApplication.translate("Fields", "Phone") == translate("Fields", "Phone") == "Phone"


def test_swedish_window_shows_no_english_labels(qtbot, sessions):
    """Spot check the live Swedish UI: tabs, placeholder, menus, actions."""
    from asfdesk.ui.i18n_qt import install_translators
    from asfdesk.ui.main_window import MainWindow
    from asfdesk.ui.table.model import wait_for_workers

    window = MainWindow("sqlite:///:memory:", sessions, language="sv")
    qtbot.addWidget(window)
    try:
        assert window.tabs.tabText(1) == "Anvisningar"
        assert window.tab("referrals").search_edit.placeholderText() == "Sök…"
        assert window.welcome.demo_button.text() == "Läs in demodata"
        menus = [window.file_menu.title(), window.edit_menu.title(), window.view_menu.title()]
        assert menus == ["&Arkiv", "&Redigera", "&Visa"]
    finally:
        wait_for_workers()
        qtbot.wait(10)
        install_translators("en")


# ---- the tool ----------------------------------------------------------------------------------

SOURCE = """
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
LABEL = QT_TRANSLATE_NOOP("Sample", "Kept")
def files(count):
    return translate("Sample", "%n file(s)", n=count), translate("Sample", "{name} is new").format(name=1)
"""


def _sample(tmp_path: Path, source: str = SOURCE) -> tuple[Path, Path, Path]:
    code = tmp_path / "sample.py"
    code.write_text(source, encoding="utf-8")
    pending = tmp_path / "pending"
    pending.mkdir(exist_ok=True)
    return code, tmp_path / "sample_sv.ts", pending


def test_update_keeps_translations_and_drops_vanished_messages(tmp_path):
    code, ts, pending = _sample(tmp_path)
    (pending / "a.tsv").write_text("Sample\tKept\tBehållen\nSample\t{name} is new\t{name} är ny\n")
    tool.update(ts, [code], pending)
    (pending / "a.tsv").unlink()
    code.write_text('from asfdesk.i18n import QT_TRANSLATE_NOOP\nX = QT_TRANSLATE_NOOP("Sample", "Kept")\n')
    messages = tool.update(ts, [code], pending)
    assert list(messages) == [("Sample", "Kept")]
    assert messages[("Sample", "Kept")].forms == ["Behållen"]
    assert tool.read_ts(ts)[("Sample", "Kept")].translated


def test_merge_adds_unseen_messages_compiles_and_is_idempotent(tmp_path):
    code, ts, pending = _sample(tmp_path)
    tool.update(ts, [code], pending)
    (pending / "a.tsv").write_text(
        "Sample\t%n file(s)\t%n fil|%n filer\nSample\tNot in the code yet\tInte i koden än\nbroken line\n"
    )
    tool.merge(ts, pending)
    first = ts.read_text(encoding="utf-8")
    tool.merge(ts, pending)
    assert ts.read_text(encoding="utf-8") == first
    messages = tool.read_ts(ts)
    assert messages[("Sample", "Not in the code yet")].forms == ["Inte i koden än"]
    plural = messages[("Sample", "%n file(s)")]
    assert plural.numerus and plural.translated  # lupdate skips n=count; the syntax tree finds it
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    assert translator.translate("Sample", "%n file(s)", None, 1) == "%n fil"
    assert translator.translate("Sample", "%n file(s)", None, 3) == "%n filer"
    assert translator.translate("Sample", "Not in the code yet") == "Inte i koden än"


def test_check_lists_untranslated_and_missing_messages(tmp_path):
    code, ts, pending = _sample(tmp_path)
    tool.update(ts, [code], pending)
    code.write_text(SOURCE + 'Y = QT_TRANSLATE_NOOP("Sample", "Added later")\n', encoding="utf-8")
    found = "\n".join(tool.problems(ts, [code]))
    assert "untranslated: [Sample] 'Kept'" in found
    assert "not in the .ts: [Sample] 'Added later'" in found


def test_context_less_profile_strings_are_filed_under_profiles():
    messages = tool.run_lupdate([ROOT / "asfdesk" / "ui" / "profiles" / "base.py"])
    assert ("Profiles", "&Save") in messages
    assert not [key for key in messages if key[0] == ""]


def test_the_cli_tool_check_exits_non_zero_on_problems(tmp_path, monkeypatch):
    code, ts, pending = _sample(tmp_path)
    tool.update(ts, [code], pending)
    monkeypatch.setattr(tool, "ts_path", lambda: ts)
    monkeypatch.setattr(tool, "source_files", lambda package=None: [code])
    assert tool.main(["check"]) == 1


def test_concurrent_merges_lose_nothing(tmp_path):
    """Seven engineers merge at once: each run's message must survive the others' writes."""
    ts = tmp_path / "shared_sv.ts"
    script = (
        "import sys\nfrom pathlib import Path\nfrom asfdesk.tools.i18n import merge\n"
        "merge(Path(sys.argv[1]), Path(sys.argv[2]))\n"
    )
    runs = []
    for number in range(6):
        pending = tmp_path / f"pending{number}"
        pending.mkdir()
        (pending / "x.tsv").write_text(f"Sample\tMessage {number}\tMeddelande {number}\n", encoding="utf-8")
        runs.append(subprocess.Popen([sys.executable, "-c", script, str(ts), str(pending)], cwd=ROOT))
    assert [run.wait(timeout=60) for run in runs] == [0] * 6
    messages = tool.read_ts(ts)
    assert sorted(source for _, source in messages) == [f"Message {n}" for n in range(6)]
    assert QTranslator().load(str(ts.with_suffix(".qm")))


def test_values_that_are_enums_follow_the_language_too(language):
    from asfdesk.domain.enums import ReferralStatus
    from asfdesk.domain.errors import StillReferencedError
    from asfdesk.domain.referral_rules import check_transition

    language("en")
    with pytest.raises(ValidationError) as refused:
        check_transition(ReferralStatus.ENDED, ReferralStatus.DRAFT)
    assert refused.value.reason() == "cannot change from Ended to Draft"
    language("sv")
    assert refused.value.reason() == "kan inte ändras från Avslutad till Utkast"
    still = StillReferencedError(
        QT_TRANSLATE_NOOP(
            "Validation",
            "{name} has {count} referrals and cannot be deleted. "
            "Close it instead (set its status to Closed).",
        ),
        name="Kilafix",
        count=2,
    )
    assert str(still).startswith("Kilafix har 2 anvisningar")
    assert still.message("en").startswith("Kilafix has 2 referrals")


def test_contexts_in_constants_and_translation_wrappers_are_found(tmp_path):
    """`translate(_CONTEXT, "...")` and `_t("...")` wrappers are invisible to lupdate; update must
    not drop their Swedish."""
    helpers = tmp_path / "helpers.py"
    helpers.write_text(
        "from asfdesk.i18n import translate\n"
        '_CONTEXT = "Wrapped"\n'
        "def _t(text):\n    return translate(_CONTEXT, text)\n"
        "def error(prefix, text, *args):\n    return translate(_CONTEXT, text)\n"
        'A = translate(_CONTEXT, "By constant")\n'
        'B = _t("By wrapper")\n',
        encoding="utf-8",
    )
    user = tmp_path / "user.py"
    user.write_text('from helpers import error\nC = error("x", "By imported wrapper")\n', encoding="utf-8")
    found = set(tool.extract([helpers, user]))
    assert {("Wrapped", "By constant"), ("Wrapped", "By wrapper")} <= found
    assert ("Wrapped", "By imported wrapper") in found
