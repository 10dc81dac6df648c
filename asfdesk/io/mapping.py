"""What each import kind can fill, and guessing which file column is which from its header.

Headers are matched after folding case and punctuation ("Org.nr", "ORG NR", "orgnr" are one),
against Swedish and English names; a close misspelling is accepted by rapidfuzz.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from asfdesk.i18n import QT_TRANSLATE_NOOP, translate

IMPORT_KINDS = ("enterprises", "partners", "contacts")


@dataclass(frozen=True)
class FieldSpec:
    """An importable field. `en` is the label's source text ("ImportField" context); `sv` and the
    synonyms are header texts a Swedish or English file may carry, for recognising columns."""

    key: str
    en: str
    sv: str
    synonyms: tuple[str, ...] = ()
    required: bool = False

    def label(self, language: str | None = None) -> str:
        return translate("ImportField", self.en, language=language)


_ADDRESS = (
    FieldSpec(
        "municipality",
        QT_TRANSLATE_NOOP("ImportField", "Municipality"),
        "Kommun",
        ("kommunkod", "municipality code"),
    ),
    FieldSpec(
        "street_address",
        QT_TRANSLATE_NOOP("ImportField", "Street address"),
        "Adress",
        ("gatuadress", "besöksadress", "postadress", "address", "street", "utdelningsadress"),
    ),
    FieldSpec(
        "postal_code",
        QT_TRANSLATE_NOOP("ImportField", "Postcode"),
        "Postnummer",
        ("postnr", "postal code", "zip", "zip code"),
    ),
    FieldSpec("city", QT_TRANSLATE_NOOP("ImportField", "City"), "Ort", ("postort", "stad", "town")),
)
_PHONE = FieldSpec(
    "phone",
    QT_TRANSLATE_NOOP("ImportField", "Phone"),
    "Telefon",
    ("tel", "telefonnummer", "telephone", "tfn", "växel"),
)
_EMAIL = FieldSpec(
    "email",
    QT_TRANSLATE_NOOP("ImportField", "E-mail"),
    "E-post",
    ("epost", "mejl", "mail", "email", "e-postadress"),
)
_WEB = FieldSpec(
    "website",
    QT_TRANSLATE_NOOP("ImportField", "Website"),
    "Webb",
    ("webbplats", "hemsida", "webbadress", "web", "url"),
)

ENTERPRISE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("ImportField", "Name"),
        "Namn",
        ("företag", "företagsnamn", "företagets namn", "company", "enterprise", "asf"),
        required=True,
    ),
    FieldSpec(
        "org_number",
        QT_TRANSLATE_NOOP("ImportField", "Org. number"),
        "Organisationsnummer",
        (
            "org.nr",
            "orgnr",
            "org nr",
            "org no",
            "organisation number",
            "organization number",
            "org number",
        ),
    ),
    FieldSpec(
        "legal_form",
        QT_TRANSLATE_NOOP("ImportField", "Legal form"),
        "Juridisk form",
        ("bolagsform", "företagsform", "form"),
    ),
    *_ADDRESS,
    _PHONE,
    _EMAIL,
    _WEB,
    FieldSpec("description", QT_TRANSLATE_NOOP("ImportField", "Description"), "Beskrivning", ("verksamhet",)),
    FieldSpec(
        "services",
        QT_TRANSLATE_NOOP("ImportField", "Services"),
        "Tjänster",
        ("branscher", "bransch", "tjänsteområden"),
    ),
    FieldSpec(
        "training_places_total",
        QT_TRANSLATE_NOOP("ImportField", "Work-training places"),
        "Arbetsträningsplatser",
        ("platser", "antal platser", "training places", "places"),
    ),
    FieldSpec(
        "training_places_available",
        QT_TRANSLATE_NOOP("ImportField", "Free work-training places"),
        "Lediga arbetsträningsplatser",
        ("lediga platser", "free places", "available places"),
    ),
    FieldSpec("employees", QT_TRANSLATE_NOOP("ImportField", "Employees"), "Anställda", ("antal anställda",)),
    FieldSpec(
        "participants_in_training",
        QT_TRANSLATE_NOOP("ImportField", "Participants in training"),
        "Deltagare i arbetsträning",
        ("deltagare", "participants"),
    ),
    FieldSpec("status", QT_TRANSLATE_NOOP("ImportField", "Status"), "Status"),
    FieldSpec(
        "reserved_contracts",
        QT_TRANSLATE_NOOP("ImportField", "Reserved contracts"),
        "Reserverade kontrakt",
        ("reserverade upphandlingar",),
    ),
    FieldSpec(
        "integration_purpose", QT_TRANSLATE_NOOP("ImportField", "Integration purpose"), "Integrationssyfte"
    ),
    FieldSpec("participation", QT_TRANSLATE_NOOP("ImportField", "Participation"), "Delaktighet"),
    FieldSpec(
        "reinvested_profits",
        QT_TRANSLATE_NOOP("ImportField", "Reinvested profits"),
        "Återinvesterad vinst",
        ("återinvesterade vinster",),
    ),
    FieldSpec(
        "independent_of_public_sector",
        QT_TRANSLATE_NOOP("ImportField", "Independent of public sector"),
        "Oberoende av offentlig sektor",
        ("oberoende",),
    ),
    FieldSpec(
        "responsible_consultant",
        QT_TRANSLATE_NOOP("ImportField", "Responsible consultant"),
        "Ansvarig konsulent",
        ("konsulent", "ansvarig", "consultant"),
    ),
)

PARTNER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("ImportField", "Organisation"),
        "Organisation",
        ("organisationsnamn", "partner", "organization", "myndighet"),
        required=True,
    ),
    FieldSpec(
        "kind", QT_TRANSLATE_NOOP("ImportField", "Kind"), "Typ", ("organisationstyp", "type", "kategori")
    ),
    *_ADDRESS,
    _PHONE,
    _EMAIL,
    _WEB,
    FieldSpec(
        "contact_name",
        QT_TRANSLATE_NOOP("ImportField", "Contact person"),
        "Kontaktperson",
        ("kontakt", "contact", "contact name", "namn", "name"),
    ),
    FieldSpec(
        "contact_title",
        QT_TRANSLATE_NOOP("ImportField", "Title"),
        "Titel",
        ("roll", "befattning", "role", "title"),
    ),
    FieldSpec(
        "contact_phone",
        QT_TRANSLATE_NOOP("ImportField", "Contact phone"),
        "Kontaktens telefon",
        ("kontakt telefon", "direktnummer", "direkttelefon"),
    ),
    FieldSpec(
        "contact_mobile",
        QT_TRANSLATE_NOOP("ImportField", "Mobile"),
        "Mobil",
        ("mobiltelefon", "mobilnummer", "cell", "mobile phone"),
    ),
    FieldSpec(
        "contact_email",
        QT_TRANSLATE_NOOP("ImportField", "Contact e-mail"),
        "Kontaktens e-post",
        ("kontakt e-post", "kontakt epost"),
    ),
)

CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "enterprise_org_number",
        QT_TRANSLATE_NOOP("ImportField", "Enterprise org. number"),
        "Företagets organisationsnummer",
        (
            "organisationsnummer",
            "org.nr",
            "orgnr",
            "org nr",
            "org no",
            "org number",
            "organisation number",
        ),
    ),
    FieldSpec(
        "enterprise_name",
        QT_TRANSLATE_NOOP("ImportField", "Enterprise"),
        "Företag",
        ("företagsnamn", "company", "asf", "organisation", "arbetsplats"),
    ),
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("ImportField", "Name"),
        "Namn",
        ("kontaktperson", "kontakt", "contact", "person"),
        required=True,
    ),
    FieldSpec("title", QT_TRANSLATE_NOOP("ImportField", "Title"), "Titel", ("roll", "befattning", "role")),
    _PHONE,
    FieldSpec(
        "mobile",
        QT_TRANSLATE_NOOP("ImportField", "Mobile"),
        "Mobil",
        ("mobiltelefon", "mobilnummer", "cell", "mobile phone"),
    ),
    _EMAIL,
    FieldSpec(
        "is_primary",
        QT_TRANSLATE_NOOP("ImportField", "Primary contact"),
        "Huvudkontakt",
        ("primär", "primary", "huvudkontaktperson"),
    ),
)

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "enterprises": ENTERPRISE_FIELDS,
    "partners": PARTNER_FIELDS,
    "contacts": CONTACT_FIELDS,
}

FUZZY_CUTOFF = 88


def fields_for(kind: str) -> tuple[FieldSpec, ...]:
    try:
        return FIELDS[kind]
    except KeyError:
        raise ValueError(f"unknown import kind {kind!r}; choose one of {IMPORT_KINDS}") from None


def fold_header(text: str) -> str:
    """Case- and punctuation-insensitive form: 'Org.nr' -> 'orgnr', 'E-post' -> 'epost'."""
    return re.sub(r"[\s._\-:/()]+", "", str(text).casefold())


def guess_mapping(kind: str, headers: list[str]) -> list[str | None]:
    """For each file column, the field key it most likely holds, or None (not imported)."""
    specs = fields_for(kind)
    names: dict[str, str] = {}
    for spec in specs:
        for name in (spec.key, spec.en, spec.sv, *spec.synonyms):
            names.setdefault(fold_header(name), spec.key)
    result: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    folded = [fold_header(h) for h in headers]
    for index, header in enumerate(folded):  # exact matches first: they must win
        key = names.get(header)
        if header and key and key not in taken:
            result[index] = key
            taken.add(key)
    for index, header in enumerate(folded):
        if result[index] is not None or not header:
            continue
        match = process.extractOne(header, list(names), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if match and names[match[0]] not in taken:
            result[index] = names[match[0]]
            taken.add(names[match[0]])
    if kind == "partners" and "name" not in taken and "contact_name" in taken:
        # A partner list without an "Organisation" column: its "Namn" is the organisation's.
        index = result.index("contact_name")
        if folded[index] in ("namn", "name"):
            result[index] = "name"
    return result
