"""Validation errors that name the field and explain the problem in the user's language.

An error keeps its English source text (marked with QT_TRANSLATE_NOOP, so lupdate files it
under "Validation") and its values, and is translated only when shown: a message raised in
English and displayed after a switch to Swedish comes out in Swedish.
"""

from __future__ import annotations

from asfdesk.i18n import QT_TRANSLATE_NOOP, translate

MESSAGES = "Validation"
FIELDS = "Fields"

# Field labels used in error messages: attribute name -> English label ("Fields" context).
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "org_number": QT_TRANSLATE_NOOP("Fields", "Organisation number"),
    "personnummer": QT_TRANSLATE_NOOP("Fields", "Personal identity number"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "online_url": QT_TRANSLATE_NOOP("Fields", "Online link"),
    "postal_code": QT_TRANSLATE_NOOP("Fields", "Postcode"),
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "username": QT_TRANSLATE_NOOP("Fields", "Username"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "planned_end": QT_TRANSLATE_NOOP("Fields", "Planned end"),
    "actual_end": QT_TRANSLATE_NOOP("Fields", "Actual end"),
    "ends_at": QT_TRANSLATE_NOOP("Fields", "Ends"),
    "hours_per_week": QT_TRANSLATE_NOOP("Fields", "Hours per week"),
    "training_places_total": QT_TRANSLATE_NOOP("Fields", "Work-training places"),
    "training_places_available": QT_TRANSLATE_NOOP("Fields", "Free work-training places"),
    "employees": QT_TRANSLATE_NOOP("Fields", "Employees"),
    "participants_in_training": QT_TRANSLATE_NOOP("Fields", "Participants in training"),
    "capacity": QT_TRANSLATE_NOOP("Fields", "Capacity"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Belongs to"),
    "participant": QT_TRANSLATE_NOOP("Fields", "Participant"),
    "organiser": QT_TRANSLATE_NOOP("Fields", "Organiser"),
    "registration_deadline": QT_TRANSLATE_NOOP("Fields", "Registration deadline"),
    "municipality_id": QT_TRANSLATE_NOOP("Fields", "Municipality"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "legal_form": QT_TRANSLATE_NOOP("Fields", "Legal form"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "referred_on": QT_TRANSLATE_NOOP("Fields", "Referred on"),
}


def field_label(field: str, language: str | None = None) -> str:
    """The field's label in `language` (default: the current one); unknown fields show their name."""
    label = FIELD_LABELS.get(field)
    return translate(FIELDS, label, language=language) if label else field


def _render(text: str, values: dict[str, object], language: str | None) -> str:
    result = translate(MESSAGES, text, language=language)
    if not values:
        return result
    # Values that know their own label (enums) are shown in the same language as the message.
    shown = {
        key: value.label(language) if callable(getattr(value, "label", None)) else value
        for key, value in values.items()
    }
    return result.format(**shown)


class ValidationError(ValueError):
    """Invalid data for one field. `str()` gives the message in the language current when shown.

    `text` is an English source marked `QT_TRANSLATE_NOOP("Validation", ...)`; `{name}`
    placeholders in it are filled from `values` after translation.
    """

    def __init__(self, field: str, text: str, /, **values: object) -> None:
        self.field = field
        self.text = text
        self.values = values
        super().__init__(field, text)

    def reason(self, language: str | None = None) -> str:
        """What is wrong, without the field's name."""
        return _render(self.text, self.values, language)

    def message(self, language: str | None = None) -> str:
        return f"{field_label(self.field, language)}: {self.reason(language)}"

    def __str__(self) -> str:
        return self.message()


class InvalidTransitionError(ValidationError):
    """A status change that the workflow does not allow."""


class ValidationErrors(ValidationError):
    """Several invalid fields found in one save: the form shows each next to its field at once.

    It is a ValidationError (of its first field), so every path that handles one handles this;
    `errors` holds them all, in the order found.
    """

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.field, first.text, **first.values)

    def message(self, language: str | None = None) -> str:
        return "\n".join(error.message(language) for error in self.errors)


class ErrorCollector:
    """Run several checks and raise every ValidationError they found together, not only the first.

        found = ErrorCollector()
        found.check(rules.check_date_order, start, end, "planned_end")
        found.raise_any()
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, rule, *args: object) -> bool:
        """Run `rule(*args)`; keep its ValidationError(s). True if it passed."""
        try:
            rule(*args)
        except ValidationErrors as exc:
            self.errors.extend(exc.errors)
            return False
        except ValidationError as exc:
            self.errors.append(exc)
            return False
        return True

    def raise_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(list(self.errors))


class StillReferencedError(ValueError):
    """A record cannot be deleted because others point at it (e.g. an enterprise with referrals).

    Same shape as ValidationError without the field: an English source marked
    `QT_TRANSLATE_NOOP("Validation", ...)` plus `{name}` values, translated when shown.
    """

    def __init__(self, text: str, /, **values: object) -> None:
        self.text = text
        self.values = values
        super().__init__(text)

    def message(self, language: str | None = None) -> str:
        return _render(self.text, self.values, language)

    def __str__(self) -> str:
        return self.message()
