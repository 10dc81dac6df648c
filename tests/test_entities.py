"""The entity registry: every entity is complete, nothing else switches on entity strings, and a
new entity needs only its own definition (a made-up "consultant" list works end to end)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, true

from asfdesk import entities
from asfdesk.db.models import Consultant
from asfdesk.db.queries import ListRequest, columns, count_rows, fetch_page, fetch_row, filter_choices
from asfdesk.entities import Column, ColumnSpec, EntityDef, ListDef, ListSpec
from asfdesk.i18n import QT_TRANSLATE_NOOP
from asfdesk.paths import resource_path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "asfdesk"
ENTITY_WORDS = (
    "enterprises?|referrals?|jobseekers?|partner_organisations?|partner_contacts|contacts?|events?|consultants?"
)
# Places allowed to name entities: the registry itself and its UI half.
REGISTRY = (PACKAGE / "entities", PACKAGE / "ui" / "profiles" / "registry.py")
_WORD = "[\"'](?:" + ENTITY_WORDS + ")[\"']"
SWITCHES = [
    # entity == "…", list_key != "…", self.entity in ("…", …)
    re.compile(r"\b\w*(?:entity|list_key)\b\s*(?:==|!=|\bin\b|\bnot in\b)\s*[(\[{]?\s*" + _WORD),
    # "…" == entity
    re.compile(_WORD + r"\s*(?:==|!=)\s*[\w.]*(?:entity|list_key)\b"),
    # parallel dicts keyed by entity: {"enterprise": …, "referral": …}
    re.compile(_WORD + r"\s*:[^\n]*\n?\s*" + _WORD + r"\s*:"),
    # an ENTITIES tuple or a per-entity table outside the registry
    re.compile(r"^\s*_?(?:ENTITIES|PERSONAL\w*|SENSITIVE\w*|MODELS)\s*[:=]", re.M),
]
# Tables keyed by the importer's kinds (asfdesk.io.mapping.IMPORT_KINDS) and the CLI's list names,
# owned by the import/export and CLI code; they move into the registry with the import fields.
# Only the table patterns are excused there: an `entity == "…"` switch fails everywhere.
TABLES_NOT_YET_IN_THE_REGISTRY = {
    PACKAGE / "io" / "importer.py",
    PACKAGE / "io" / "store.py",
    PACKAGE / "io" / "import_journal.py",
    PACKAGE / "commands" / "export_cmd.py",
}


def _outside_registry(path: Path) -> bool:
    return not any(path == r or r in path.parents for r in REGISTRY)


def test_no_entity_switch_outside_the_registry():
    """Each entity is defined once, in asfdesk/entities; nothing else branches on its name."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if not _outside_registry(path) or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        patterns = SWITCHES[:2] if path in TABLES_NOT_YET_IN_THE_REGISTRY else SWITCHES
        for pattern in patterns:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                found.append(f"{path.relative_to(ROOT)}:{line}: {match.group(0).strip()[:80]}")
    assert found == [], "switch on entity strings outside asfdesk/entities:\n" + "\n".join(found)


def test_the_switch_check_catches_a_switch():
    """The patterns above are not vacuous."""
    samples = [
        'if entity == "enterprises":',
        'elif self.entity != "referral":',
        'if entity in ("enterprise", "jobseeker"):',
        'if "events" == list_key:',
        'OWN = {"enterprise": "enterprises", "referral": "referrals"}',
        'ENTITIES = ("a", "b")',
    ]
    for sample in samples:
        assert any(p.search(sample) for p in SWITCHES), sample
    assert not any(p.search('record_access(session, "view", "referral", 1)') for p in SWITCHES)


@pytest.mark.parametrize("entity", entities.all_entities(), ids=lambda e: e.key)
def test_every_entity_is_complete(entity: EntityDef):
    mapper = inspect(entity.model)
    attributes = {a.key for a in mapper.column_attrs}
    assert "id" in attributes
    assert entity.title and entity.plural
    assert entity.label() and entity.plural_label()
    assert resource_path("icons", f"{entity.icon}.svg").exists()
    assert set(entity.required_links) <= attributes
    assert not entity.extra_names & attributes, "an extra must not shadow a column"
    assert set(entity.name_columns) <= attributes
    if entity.retire_values:
        assert set(entity.retire_values) <= attributes and entity.retire_text
    if entity.import_kind:
        from asfdesk.io.mapping import IMPORT_KINDS

        assert entity.import_kind in IMPORT_KINDS


@pytest.mark.parametrize("list_def", entities.lists(), ids=lambda d: d.key)
def test_every_list_is_complete(list_def: ListDef):
    spec = list_def.spec
    keys = [c.spec.key for c in spec.cols]
    assert keys and len(keys) == len(set(keys))
    assert spec.default_sort in keys
    assert set(spec.label_keys) <= set(keys)
    assert all(c.spec.title and c.spec.kind in ("text", "int", "date", "datetime", "bool") for c in spec.cols)
    for f in spec.filters.values():
        assert f.label and f.kind in ("choice", "date", "flag")
        assert (f.choices is not None) == (f.kind == "choice") and (f.kind != "choice" or f.all_text)
    for key in (list_def.entity, list_def.profile_entity, list_def.new_entity, *list_def.shows_names_of):
        assert key in entities.entity_keys()
    for text in (list_def.title, list_def.new_text, list_def.empty_text, list_def.filtered_text):
        assert text
    assert "%1" in list_def.nomatch_text
    assert resource_path("icons", f"{list_def.icon}.svg").exists()
    for document in list_def.documents:
        assert document.scope in ("rows", "list", "one") and callable(document.build)
        assert document.scope != "one" or document.needs_selection
    assert set(list_def.file_exports) <= {"vcard", "ics"}
    # Lists of personal data are never printed (asfdesk.ui.print_export refuses them).
    assert not (entities.owner(list_def.key).personal and list_def.documents)


def test_every_entity_has_a_profile_window():
    from asfdesk.ui.profiles.base import ProfileWindow
    from asfdesk.ui.profiles.registry import PROFILES, profile_class

    assert set(PROFILES) == set(entities.entity_keys())
    for key in entities.entity_keys():
        window_class = profile_class(key)
        assert issubclass(window_class, ProfileWindow) and window_class.entity == key


def test_unknown_keys_are_refused():
    with pytest.raises(ValueError):
        entities.get("enterprises")  # a list key is not an entity key
    with pytest.raises(ValueError):
        entities.list_def("enterprise")


def test_personal_data_is_one_flag():
    """The rule once written three times (records, table model, export) is the entity's flag."""
    from asfdesk.io.tab_export import is_personal

    assert {e.key for e in entities.all_entities() if e.personal} == {"referral", "jobseeker"}
    assert [key for key in entities.list_keys() if is_personal(key)] == ["referrals"]


# --- a new entity needs only its definition -------------------------------------------------

CONSULTANTS = EntityDef(
    key="consultant",
    model=Consultant,
    title=QT_TRANSLATE_NOOP("Entities", "Consultant"),
    plural=QT_TRANSLATE_NOOP("Entities", "Consultants"),
    icon="app",
    lists=(
        ListDef(
            key="consultants",
            spec=ListSpec(
                base=Consultant,
                cols=[
                    Column(ColumnSpec("name", "Name"), Consultant.name),
                    Column(ColumnSpec("username", "Username"), Consultant.username),
                ],
                joins={},
                where=lambda: true(),
                search_targets=lambda: [(Consultant.id, "consultants")],
                filters={},
                default_sort="name",
            ),
            title=QT_TRANSLATE_NOOP("Entities", "Consultants"),
            new_text="New consultant",
            empty_text="No consultants yet.",
            nomatch_text="No consultants match “%1”.",
            filtered_text="No consultants match the filters.",
            icon="app",
            order=99,
        ),
    ),
)


@pytest.fixture
def consultants_registered():
    entities.register(CONSULTANTS)
    yield
    entities.unregister("consultant")


def test_a_new_list_works_without_touching_the_query_code(consultants_registered, demo_sessions):
    assert entities.list_keys()[-1] == "consultants"
    with demo_sessions() as s:
        expected = list(s.scalars(select(Consultant.name).order_by(Consultant.name, Consultant.id)))
        assert count_rows(s, "consultants", ListRequest()) == len(expected) > 0
        rows = fetch_page(s, "consultants", ListRequest(), 0, 100)
        assert [r[1] for r in rows] == expected
        assert fetch_row(s, "consultants", rows[0][0]) == rows[0]
        assert filter_choices(s, "consultants") == {}
    assert [c.key for c in columns("consultants")] == ["name", "username"]


def test_a_new_list_gets_a_tab(consultants_registered, qtbot, sessions):
    from asfdesk.ui.main_window import MainWindow
    from asfdesk.ui.table.model import wait_for_workers

    window = MainWindow("sqlite:///:memory:", sessions)
    qtbot.addWidget(window)
    try:
        assert window.tabs.count() == len(entities.list_keys()) + 1  # the lists, then Översikt
        assert window.tabs.tabText(len(entities.list_keys()) - 1) == "Consultants"
        tab = window.tab("consultants")
        assert tab.new_action.text() == "New consultant"
    finally:
        wait_for_workers()
        qtbot.wait(10)
