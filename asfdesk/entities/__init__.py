"""The one registry of entities: each is defined once, in its own module, and everything asks here.

    from asfdesk import entities
    entities.get("enterprise").model          # the mapped class
    entities.get("referral").personal         # jobseeker data: log every access
    entities.list_def("referrals").spec       # what asfdesk.db.queries.listing runs
    entities.lists()                          # the main window's tabs, in order

Qt-free and session-free (the layers below the UI use it). The UI attaches a profile window to
each entity key in asfdesk.ui.profiles.registry. To add an entity, write its module here, add
it to MODULES, and follow docs/ARCHITECTURE.md ("How to add an entity").
"""

from __future__ import annotations

from dataclasses import replace
from importlib import import_module

from asfdesk.entities.base import (
    Column,
    ColumnSpec,
    Document,
    EntityDef,
    Extra,
    Filter,
    Join,
    ListDef,
    ListSpec,
    Reference,
    text,
)

# One line per entity: the module under asfdesk.entities that defines ENTITY.
MODULES = ("enterprise", "referral", "jobseeker", "partner_organisation", "contact", "event")

_entities: dict[str, EntityDef] = {}
_lists: dict[str, ListDef] = {}


def _load() -> None:
    if not _entities:
        for name in MODULES:
            register(import_module(f"asfdesk.entities.{name}").ENTITY)


def register(entity: EntityDef) -> EntityDef:
    """Add an entity (and its lists) to the registry; MODULES are registered on first use."""
    if not _entities and entity.key not in MODULES:
        _load()
    if entity.key in _entities:
        raise ValueError(f"entity {entity.key!r} is defined twice")
    owned = tuple(replace(list_def, entity=entity.key) for list_def in entity.lists)
    for list_def in owned:
        if list_def.key in _lists:
            raise ValueError(f"list {list_def.key!r} is defined twice")
    entity = replace(entity, lists=owned)
    _entities[entity.key] = entity
    ordered = sorted([*_lists.values(), *owned], key=lambda d: d.order)
    _lists.clear()
    _lists.update((d.key, d) for d in ordered)
    return entity


def unregister(key: str) -> None:
    """Remove an entity and its lists (tests that add a made-up entity clean up with this)."""
    entity = _entities.pop(key)
    for list_def in entity.lists:
        _lists.pop(list_def.key, None)


def get(key: str) -> EntityDef:
    """The definition of entity `key` ("enterprise", "referral", …)."""
    _load()
    try:
        return _entities[key]
    except KeyError:
        raise ValueError(f"unknown entity {key!r}; expected one of {tuple(_entities)}") from None


def all_entities() -> tuple[EntityDef, ...]:
    _load()
    return tuple(_entities.values())


def entity_keys() -> tuple[str, ...]:
    """Every entity key, in registry order."""
    _load()
    return tuple(_entities)


def list_def(key: str) -> ListDef:
    """The list (main-window tab) `key` ("enterprises", "referrals", …)."""
    _load()
    try:
        return _lists[key]
    except KeyError:
        raise ValueError(f"unknown list {key!r}; choose one of {tuple(_lists)}") from None


def lists() -> tuple[ListDef, ...]:
    """The lists that are main-window tabs, in tab order (not the second views inside a tab)."""
    _load()
    return tuple(d for d in _lists.values() if not d.view_of)


def list_keys() -> tuple[str, ...]:
    """The keys of the tab lists, in tab order (index i is tab i)."""
    return tuple(d.key for d in lists())


def all_lists() -> tuple[ListDef, ...]:
    """Every list: the tabs and the views inside them."""
    _load()
    return tuple(_lists.values())


def views(list_key: str) -> tuple[ListDef, ...]:
    """The other views shown in the tab of `list_key` (e.g. organisations in Partner contacts)."""
    _load()
    return tuple(d for d in _lists.values() if d.view_of == list_key)


def tab_of(list_key: str) -> str:
    """The tab a list is shown in: its own key, or the list it is a view of."""
    return list_def(list_key).view_of or list_key


def owner(list_key: str) -> EntityDef:
    """The entity whose rows list `list_key` shows."""
    return get(list_def(list_key).entity)


def lists_showing(entity_key: str) -> tuple[ListDef, ...]:
    """Lists whose rows show a name of `entity_key` (a save there re-reads their loaded pages)."""
    return tuple(d for d in all_lists() if entity_key in d.shows_names_of)


__all__ = [
    "MODULES",
    "Column",
    "ColumnSpec",
    "Document",
    "EntityDef",
    "Extra",
    "Filter",
    "Join",
    "ListDef",
    "ListSpec",
    "Reference",
    "all_entities",
    "all_lists",
    "get",
    "entity_keys",
    "list_def",
    "list_keys",
    "lists",
    "lists_showing",
    "owner",
    "register",
    "tab_of",
    "text",
    "unregister",
    "views",
]
