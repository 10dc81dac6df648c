"""Full-record export of enterprises: every importable field, under the headers the importer
recognises, so a file exported here imports back unchanged (the round trip)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from asfdesk.db.models import Enterprise
from asfdesk.io.mapping import ENTERPRISE_FIELDS


def _value(enterprise: Enterprise, key: str) -> object:
    if key == "municipality":
        return enterprise.municipality_code
    if key == "services":
        return ", ".join(s.label() for s in enterprise.services)
    if key == "responsible_consultant":
        consultant = enterprise.responsible_consultant
        return consultant.username if consultant is not None else None
    return getattr(enterprise, key)


def enterprise_headers(language: str | None = None) -> list[str]:
    return [spec.label(language) for spec in ENTERPRISE_FIELDS]


def enterprise_rows(enterprises: Iterable[Enterprise]) -> Iterator[list[object]]:
    for enterprise in enterprises:
        yield [_value(enterprise, spec.key) for spec in ENTERPRISE_FIELDS]
