"""What each import kind can fill, and guessing which file column is which from its header.

Headers are matched after folding case and punctuation ("Org.nr", "ORG NR", "orgnr" are one),
against Swedish and English names; a close misspelling is accepted by rapidfuzz.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from asfdesk.i18n import pick

IMPORT_KINDS = ("enterprises", "partners", "contacts")


@dataclass(frozen=True)
class FieldSpec:
    key: str
    en: str
    sv: str
    synonyms: tuple[str, ...] = ()
    required: bool = False

    def label(self, language: str | None = None) -> str:
        return pick(self.en, self.sv, language)


_ADDRESS = (
    FieldSpec("municipality", "Municipality", "Kommun", ("kommunkod", "municipality code")),
    FieldSpec(
        "street_address",
        "Street address",
        "Adress",
        ("gatuadress", "besöksadress", "postadress", "address", "street", "utdelningsadress"),
    ),
    FieldSpec("postal_code", "Postcode", "Postnummer", ("postnr", "postal code", "zip", "zip code")),
    FieldSpec("city", "City", "Ort", ("postort", "stad", "town")),
)
_PHONE = FieldSpec("phone", "Phone", "Telefon", ("tel", "telefonnummer", "telephone", "tfn", "växel"))
_EMAIL = FieldSpec("email", "E-mail", "E-post", ("epost", "mejl", "mail", "email", "e-postadress"))
_WEB = FieldSpec("website", "Website", "Webb", ("webbplats", "hemsida", "webbadress", "web", "url"))

ENTERPRISE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        "Name",
        "Namn",
        ("företag", "företagsnamn", "företagets namn", "company", "enterprise", "asf"),
        required=True,
    ),
    FieldSpec(
        "org_number",
        "Org. number",
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
    FieldSpec("legal_form", "Legal form", "Juridisk form", ("bolagsform", "företagsform", "form")),
    *_ADDRESS,
    _PHONE,
    _EMAIL,
    _WEB,
    FieldSpec("description", "Description", "Beskrivning", ("verksamhet",)),
    FieldSpec("services", "Services", "Tjänster", ("branscher", "bransch", "tjänsteområden")),
    FieldSpec(
        "training_places_total",
        "Work-training places",
        "Arbetsträningsplatser",
        ("platser", "antal platser", "training places", "places"),
    ),
    FieldSpec(
        "training_places_available",
        "Free work-training places",
        "Lediga arbetsträningsplatser",
        ("lediga platser", "free places", "available places"),
    ),
    FieldSpec("employees", "Employees", "Anställda", ("antal anställda",)),
    FieldSpec(
        "participants_in_training",
        "Participants in training",
        "Deltagare i arbetsträning",
        ("deltagare", "participants"),
    ),
    FieldSpec("status", "Status", "Status"),
    FieldSpec(
        "reserved_contracts", "Reserved contracts", "Reserverade kontrakt", ("reserverade upphandlingar",)
    ),
    FieldSpec("integration_purpose", "Integration purpose", "Integrationssyfte"),
    FieldSpec("participation", "Participation", "Delaktighet"),
    FieldSpec(
        "reinvested_profits", "Reinvested profits", "Återinvesterad vinst", ("återinvesterade vinster",)
    ),
    FieldSpec(
        "independent_of_public_sector",
        "Independent of public sector",
        "Oberoende av offentlig sektor",
        ("oberoende",),
    ),
    FieldSpec(
        "responsible_consultant",
        "Responsible consultant",
        "Ansvarig konsulent",
        ("konsulent", "ansvarig", "consultant"),
    ),
)

PARTNER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        "Organisation",
        "Organisation",
        ("organisationsnamn", "partner", "organization", "myndighet"),
        required=True,
    ),
    FieldSpec("kind", "Kind", "Typ", ("organisationstyp", "type", "kategori")),
    *_ADDRESS,
    _PHONE,
    _EMAIL,
    _WEB,
    FieldSpec(
        "contact_name",
        "Contact person",
        "Kontaktperson",
        ("kontakt", "contact", "contact name", "namn", "name"),
    ),
    FieldSpec("contact_title", "Title", "Titel", ("roll", "befattning", "role", "title")),
    FieldSpec(
        "contact_phone",
        "Contact phone",
        "Kontaktens telefon",
        ("kontakt telefon", "direktnummer", "direkttelefon"),
    ),
    FieldSpec("contact_mobile", "Mobile", "Mobil", ("mobiltelefon", "mobilnummer", "cell", "mobile phone")),
    FieldSpec("contact_email", "Contact e-mail", "Kontaktens e-post", ("kontakt e-post", "kontakt epost")),
)

CONTACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "enterprise_org_number",
        "Enterprise org. number",
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
        "Enterprise",
        "Företag",
        ("företagsnamn", "company", "asf", "organisation", "arbetsplats"),
    ),
    FieldSpec("name", "Name", "Namn", ("kontaktperson", "kontakt", "contact", "person"), required=True),
    FieldSpec("title", "Title", "Titel", ("roll", "befattning", "role")),
    _PHONE,
    FieldSpec("mobile", "Mobile", "Mobil", ("mobiltelefon", "mobilnummer", "cell", "mobile phone")),
    _EMAIL,
    FieldSpec("is_primary", "Primary contact", "Huvudkontakt", ("primär", "primary", "huvudkontaktperson")),
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
