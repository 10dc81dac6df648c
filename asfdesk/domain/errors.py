"""Validation errors that name the field and explain the problem in the user's language."""

from __future__ import annotations

from asfdesk.i18n import pick

# Field labels used in error messages: attribute name -> (English, Swedish).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("Name", "Namn"),
    "title": ("Title", "Titel"),
    "org_number": ("Organisation number", "Organisationsnummer"),
    "personnummer": ("Personal identity number", "Personnummer"),
    "phone": ("Phone", "Telefon"),
    "mobile": ("Mobile", "Mobil"),
    "email": ("E-mail", "E-post"),
    "website": ("Website", "Webbplats"),
    "online_url": ("Online link", "Länk"),
    "postal_code": ("Postcode", "Postnummer"),
    "first_name": ("First name", "Förnamn"),
    "last_name": ("Last name", "Efternamn"),
    "username": ("Username", "Användarnamn"),
    "status": ("Status", "Status"),
    "outcome": ("Outcome", "Utfall"),
    "planned_end": ("Planned end", "Planerat slut"),
    "actual_end": ("Actual end", "Faktiskt slut"),
    "ends_at": ("Ends", "Slutar"),
    "hours_per_week": ("Hours per week", "Timmar per vecka"),
    "training_places_total": ("Work-training places", "Arbetsträningsplatser"),
    "training_places_available": ("Free work-training places", "Lediga arbetsträningsplatser"),
    "employees": ("Employees", "Anställda"),
    "participants_in_training": ("Participants in training", "Deltagare i arbetsträning"),
    "capacity": ("Capacity", "Max antal deltagare"),
    "owner": ("Belongs to", "Tillhör"),
    "participant": ("Participant", "Deltagare"),
    "organiser": ("Organiser", "Arrangör"),
    "registration_deadline": ("Registration deadline", "Sista anmälningsdag"),
    "municipality_id": ("Municipality", "Kommun"),
    "kind": ("Kind", "Typ"),
    "legal_form": ("Legal form", "Juridisk form"),
    "text": ("Text", "Text"),
    "referred_on": ("Referred on", "Anvisningsdatum"),
}


def field_label(field: str, language: str | None = None) -> str:
    en, sv = FIELD_LABELS.get(field, (field, field))
    return pick(en, sv, language)


class ValidationError(ValueError):
    """Invalid data for one field. `str()` gives a message in the current language."""

    def __init__(self, field: str, en: str, sv: str) -> None:
        self.field = field
        self.en = en
        self.sv = sv
        super().__init__(self.message())

    def message(self, language: str | None = None) -> str:
        return f"{field_label(self.field, language)}: {pick(self.en, self.sv, language)}"

    def __str__(self) -> str:
        return self.message()


class InvalidTransitionError(ValidationError):
    """A status change that the workflow does not allow."""


class StillReferencedError(ValueError):
    """A record cannot be deleted because others point at it (e.g. an enterprise with referrals)."""

    def __init__(self, en: str, sv: str) -> None:
        self.en = en
        self.sv = sv
        super().__init__(pick(en, sv))

    def __str__(self) -> str:
        return pick(self.en, self.sv)
