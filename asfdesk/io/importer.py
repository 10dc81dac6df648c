"""Validate every row of an import file through the domain, then store the chosen rows at once.

Two steps, so the GUI can show a preview and the CLI a report before anything is written:

    preview = validate_table(session, "enterprises", table, mapping)
    summary = run_import(sessions, preview, on_duplicate="skip", valid_only=False, progress=cb)

Validation builds transient model objects, so the models' own @validates normalisers decide
what is valid (one set of rules for UI, CLI and import). Storing is in asfdesk.io.store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from rapidfuzz import fuzz, process, utils
from sqlalchemy.orm import Session

from asfdesk.db.models import Contact, Enterprise, PartnerOrganisation
from asfdesk.db.queries import io_queries as q
from asfdesk.domain.errors import ValidationError
from asfdesk.domain.identifiers import normalize_org_number
from asfdesk.i18n import QT_TRANSLATE_NOOP, translate
from asfdesk.io.errors import ImportFileError, RowError, fill
from asfdesk.io.mapping import fields_for
from asfdesk.io.neutralise import unneutralise
from asfdesk.io.readers import Table

_CONTEXT = "ImportRow"
MAX_CELL_CHARS = 5000  # longer than any real field; a 100,000-character cell is refused per row
SIMILARITY_CUTOFF = 90

_TRUE = {"ja", "j", "yes", "y", "true", "sant", "1", "x"}
_FALSE = {"nej", "n", "no", "false", "falskt", "0"}
_BOOL_FIELDS = {
    "reserved_contracts",
    "integration_purpose",
    "participation",
    "reinvested_profits",
    "independent_of_public_sector",
    "is_primary",
}
_COUNT_FIELDS = {
    "training_places_total",
    "training_places_available",
    "employees",
    "participants_in_training",
}


@dataclass
class RowResult:
    """One data row: its domain-normalised values, its errors, and what it matches in the DB."""

    row: int
    label: str
    values: dict[str, object] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)  # partner contact / owner lookups
    errors: list[RowError] = field(default_factory=list)
    existing_id: int | None = None  # same natural key already stored: update or skip
    similar_to: str | None = None  # only a similar name is stored: the user decides
    include: bool = True  # the user's decision for a flagged row

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass
class ImportPreview:
    kind: str
    headers: list[str]
    mapping: list[str | None]
    rows: list[RowResult]

    @property
    def errors(self) -> list[RowError]:
        return [e for r in self.rows for e in r.errors]

    @property
    def valid_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.valid]

    @property
    def invalid_rows(self) -> list[RowResult]:
        return [r for r in self.rows if not r.valid]

    @property
    def duplicates(self) -> list[RowResult]:
        return [r for r in self.rows if r.valid and r.existing_id is not None]

    @property
    def similar(self) -> list[RowResult]:
        return [r for r in self.rows if r.valid and r.similar_to]


def _t(text: str) -> str:
    return translate(_CONTEXT, text)


# --- validation ---------------------------------------------------------------------------


_LEGAL_SUFFIX = re.compile(
    r"\b(aktiebolag|ab|ekonomisk förening|ek\.? ?för\.?|ideell förening|if|hb|kb|upa|svb|stiftelsen)\b\.?",
    re.IGNORECASE,
)


def _comparable(name: str) -> str:
    """Name for the similarity check: "Kilafix AB" and "Kilafix ek. för." compare as "kilafix"."""
    return utils.default_process(_LEGAL_SUFFIX.sub(" ", name))


class _Context:
    """Everything a row check needs from the database, loaded once per file."""

    def __init__(self, session: Session, kind: str) -> None:
        self.municipalities = q.municipality_lookup(session)
        self.services = q.service_lookup(session)
        self.consultants = q.consultant_lookup(session)
        self.enterprises = q.enterprise_keys(session)
        self.enterprise_by_nr = {nr: (eid, name) for eid, name, nr in self.enterprises if nr}
        self.enterprise_by_name: dict[str, int] = {}
        for eid, name, _nr in self.enterprises:
            self.enterprise_by_name.setdefault(name.casefold(), eid)
        self.partners = q.partner_keys(session) if kind == "partners" else []
        self.partner_by_name = {name.casefold(): pid for pid, name in self.partners}
        if kind == "contacts":
            self.contact_keys = {
                (oid, name.casefold()): cid for cid, oid, name in q.enterprise_contact_keys(session)
            }
        elif kind == "partners":
            self.contact_keys = {
                (oid, name.casefold()): cid for cid, oid, name in q.partner_contact_keys(session)
            }
        else:
            self.contact_keys = {}
        names = [name for _id, name, *_ in (self.enterprises if kind == "enterprises" else self.partners)]
        self.similar_choices = [_comparable(n) for n in names]
        self.similar_names = names

    def similar(self, name: str) -> str | None:
        if not self.similar_choices:
            return None
        match = process.extractOne(
            _comparable(name),
            self.similar_choices,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=SIMILARITY_CUTOFF,
        )
        return self.similar_names[match[2]] if match else None


def check_mapping(kind: str, headers: list[str], mapping: list[str | None]) -> None:
    """Refuse the file when a required column is not mapped (the name, and for contacts an owner)."""
    mapped = {key for key in mapping if key}
    for spec in fields_for(kind):
        if spec.required and spec.key not in mapped:
            raise ImportFileError(
                fill(_t("The file has no column for the required field '%1'"), spec.label())
            )
    if kind == "contacts" and not mapped & {"enterprise_org_number", "enterprise_name"}:
        raise ImportFileError(_t("The file needs a column with the enterprise's org. number or name"))
    seen: set[str] = set()
    for key in mapping:
        if key and key in seen:
            spec = next(s for s in fields_for(kind) if s.key == key)
            raise ImportFileError(fill(_t("Two columns are mapped to '%1'; choose one"), spec.label()))
        if key:
            seen.add(key)


def validate_table(session: Session, kind: str, table: Table, mapping: list[str | None]) -> ImportPreview:
    """Check every row; never raises for bad cell contents (those become RowErrors)."""
    check_mapping(kind, table.headers, mapping)
    context = _Context(session, kind)
    columns = {
        key: table.headers[i] if i < len(table.headers) else f"#{i + 1}"
        for i, key in enumerate(mapping)
        if key
    }
    validate_row = {"enterprises": _enterprise_row, "partners": _partner_row, "contacts": _contact_row}[kind]
    seen: dict[object, int] = {}
    rows: list[RowResult] = []
    required = [spec for spec in fields_for(kind) if spec.required]
    for number, cells in table.rows:
        raw: dict[str, object] = {}
        result = RowResult(row=number, label="")
        for index, key in enumerate(mapping):
            if not key or index >= len(cells):
                continue
            value = _clean_cell(cells[index], result, number, columns[key])
            if value is not None:
                raw[key] = value
        for spec in required:
            if spec.key not in raw and not result.errors:
                result.errors.append(RowError(number, columns[spec.key], _t("is required")))
        if result.errors:  # unreadable or missing cells: do not feed them to the normalisers
            result.label = _short(str(raw.get("name", "")))
            rows.append(result)
            continue
        try:
            validate_row(context, raw, result, lambda f: columns.get(f) or f)
        except ValidationError as exc:  # a cross-field rule (validate_record)
            result.errors.append(RowError(number, columns.get(exc.field, exc.field), exc.reason()))
        key = _row_key(kind, result)
        if result.valid and key is not None:
            if key in seen:
                result.errors.append(
                    RowError(
                        number,
                        columns.get("org_number" if kind == "enterprises" else "name", ""),
                        fill(_t("duplicate of row %1 in this file"), seen[key]),
                    )
                )
            else:
                seen[key] = number
        rows.append(result)
    return ImportPreview(kind=kind, headers=list(table.headers), mapping=list(mapping), rows=rows)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clean_cell(value: object, result: RowResult, number: int, column: str) -> object | None:
    """Empty -> None; refuse formulas and oversize text; keep numbers, dates and booleans typed."""
    if value is None:
        return None
    if isinstance(value, bool | int | float | date | datetime):
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value
    text = unneutralise(str(value).strip())
    if not text:
        return None
    if len(text) > MAX_CELL_CHARS:
        result.errors.append(
            RowError(
                number,
                column,
                fill(_t("the cell has %1 characters; at most %2 are accepted"), len(text), MAX_CELL_CHARS),
            )
        )
        return None
    if text.startswith("="):
        result.errors.append(
            RowError(
                number,
                column,
                _t("contains a formula; formulas are not imported, enter the value instead"),
            )
        )
        return None
    return text


def _as_text(value: object) -> str:
    """A cell as text: a date typed in a text column reads 2024-01-02, never 2024-01-02T00:00:00."""
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M" if not value.second else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _set_fields(obj: object, raw: dict[str, object], keys, result: RowResult, column) -> None:
    """Assign each value through the model's validator, collecting one error per bad field."""
    for key in keys:
        if key not in raw:
            continue
        value = raw[key]
        if key in _BOOL_FIELDS:
            value = _parse_bool(value, key)
        elif key not in _COUNT_FIELDS:
            value = _as_text(value)
        try:
            setattr(obj, key, value)
        except ValidationError as exc:
            result.errors.append(RowError(result.row, column(key), exc.reason()))


def _parse_bool(value: object, key: str) -> bool:
    if isinstance(value, bool):
        return value
    text = _as_text(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(key, QT_TRANSLATE_NOOP("Validation", "{text} is not yes or no"), text=repr(text))


def _lookup(raw: dict, key: str, table: dict, result: RowResult, column, message: str) -> object | None:
    """The id or code a cell names; `message` (with %1 for the cell) when nothing matches."""
    if key not in raw:
        return None
    text = _as_text(raw[key]).strip()
    found = table.get(text.casefold())
    if found is None and text.isdigit():  # a kommunkod that Excel stored as a number: 180 -> 0180
        found = table.get(text.zfill(4))
    if found is None:
        result.errors.append(RowError(result.row, column(key), fill(message, repr(text))))
    return found


_ENTERPRISE_ATTRS = (
    "name",
    "org_number",
    "legal_form",
    "street_address",
    "postal_code",
    "city",
    "phone",
    "email",
    "website",
    "description",
    "training_places_total",
    "training_places_available",
    "employees",
    "participants_in_training",
    "status",
    "reserved_contracts",
    "integration_purpose",
    "participation",
    "reinvested_profits",
    "independent_of_public_sector",
)


def _enterprise_row(context: _Context, raw: dict, result: RowResult, column) -> None:
    obj = Enterprise()
    _set_fields(obj, raw, _ENTERPRISE_ATTRS, result, column)
    result.label = _short(obj.name or _as_text(raw.get("name", "")))
    values = {key: getattr(obj, key) for key in _ENTERPRISE_ATTRS if key in raw}
    code = _lookup(raw, "municipality", context.municipalities, result, column, _t("unknown municipality %1"))
    if code:
        values["municipality_code"] = code
    consultant = _lookup(
        raw,
        "responsible_consultant",
        context.consultants,
        result,
        column,
        _t("unknown consultant %1"),
    )
    if consultant:
        values["responsible_consultant_id"] = consultant
    if "services" in raw:
        ids = []
        for part in _as_text(raw["services"]).replace(";", ",").split(","):
            if part.strip():
                sid = context.services.get(part.strip().casefold())
                if sid is None:
                    result.errors.append(
                        RowError(
                            result.row,
                            column("services"),
                            fill(_t("unknown service %1"), repr(part.strip())),
                        )
                    )
                else:
                    ids.append(sid)
        result.extra["service_ids"] = sorted(set(ids))
    if result.errors:
        return
    obj.validate_record()
    result.values = values
    for key in ("municipality_code", "responsible_consultant_id"):
        if key in values:
            setattr(obj, key, values[key])
    result.extra["validated"] = obj  # stored as is, so the normalisers do not run twice
    nr = values.get("org_number")
    if nr and nr in context.enterprise_by_nr:
        result.existing_id = context.enterprise_by_nr[nr][0]
    else:
        result.similar_to = context.similar(obj.name)


_PARTNER_ATTRS = ("name", "kind", "street_address", "postal_code", "city", "phone", "email", "website")
_CONTACT_ATTRS = ("name", "title", "phone", "mobile", "email", "is_primary")


def _partner_row(context: _Context, raw: dict, result: RowResult, column) -> None:
    org = PartnerOrganisation()
    _set_fields(org, raw, _PARTNER_ATTRS, result, column)
    result.label = _short(org.name or _as_text(raw.get("name", "")))
    values = {key: getattr(org, key) for key in _PARTNER_ATTRS if key in raw}
    code = _lookup(raw, "municipality", context.municipalities, result, column, _t("unknown municipality %1"))
    if code:
        values["municipality_code"] = code
    contact_raw = {key[len("contact_") :]: raw[key] for key in raw if key.startswith("contact_")}
    if contact_raw:
        if "name" not in contact_raw:
            result.errors.append(
                RowError(
                    result.row,
                    column("contact_name"),
                    _t("a contact needs a name"),
                )
            )
        contact = Contact()
        _set_fields(contact, contact_raw, _CONTACT_ATTRS, result, lambda k: column(f"contact_{k}"))
        result.extra["contact"] = {key: getattr(contact, key) for key in _CONTACT_ATTRS if key in contact_raw}
    if result.errors:
        return
    result.values = values
    pid = context.partner_by_name.get(org.name.casefold())
    if pid is not None:
        result.existing_id = pid
        cname = result.extra.get("contact", {}).get("name")
        if cname:
            result.extra["existing_contact_id"] = context.contact_keys.get((pid, cname.casefold()))
    else:
        result.similar_to = context.similar(org.name)


def _contact_row(context: _Context, raw: dict, result: RowResult, column) -> None:
    contact = Contact()
    _set_fields(contact, raw, _CONTACT_ATTRS, result, column)
    result.label = _short(contact.name or _as_text(raw.get("name", "")))
    owner = None
    if "enterprise_org_number" in raw:
        try:
            nr = normalize_org_number(_as_text(raw["enterprise_org_number"]))
        except ValidationError as exc:
            result.errors.append(RowError(result.row, column("enterprise_org_number"), exc.reason()))
            nr = None
        if nr:
            owner = context.enterprise_by_nr.get(nr, (None,))[0]
            if owner is None:
                result.errors.append(
                    RowError(
                        result.row,
                        column("enterprise_org_number"),
                        fill(_t("no enterprise has org. number %1"), nr),
                    )
                )
    elif "enterprise_name" in raw:
        name = _as_text(raw["enterprise_name"]).strip()
        owner = context.enterprise_by_name.get(name.casefold())
        if owner is None:
            result.errors.append(
                RowError(
                    result.row,
                    column("enterprise_name"),
                    fill(_t("no enterprise is called %1"), repr(name)),
                )
            )
    else:
        mapped = [column(k) for k in ("enterprise_org_number", "enterprise_name") if column(k) != k]
        result.errors.append(
            RowError(
                result.row,
                mapped[0] if mapped else column("enterprise_name"),
                _t("the enterprise is missing"),
            )
        )
    if result.errors:
        return
    result.values = {key: getattr(contact, key) for key in _CONTACT_ATTRS if key in raw}
    result.extra["enterprise_id"] = owner
    contact.enterprise_id = owner
    result.extra["validated"] = contact
    result.existing_id = context.contact_keys.get((owner, contact.name.casefold()))


def _row_key(kind: str, result: RowResult) -> object | None:
    """What makes two rows in one file the same record."""
    values = result.values
    if kind == "enterprises":
        nr = values.get("org_number")
        return ("nr", nr) if nr else ("name", str(values.get("name", "")).casefold())
    if kind == "partners":
        contact = result.extra.get("contact", {}).get("name")
        return (str(values.get("name", "")).casefold(), str(contact or "").casefold())
    return (result.extra.get("enterprise_id"), str(values.get("name", "")).casefold())
