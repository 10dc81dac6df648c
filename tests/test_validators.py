"""Validators in the domain layer: identifiers (org number, personnummer, samordningsnummer) and
contact details (phone, e-mail, postcode, web address).

Property tests: every valid number, in every common written form, normalises to one canonical
form; and any string at all either validates (to a canonical, idempotent value) or raises
asfdesk.domain.errors.ValidationError — never another exception.
"""

from __future__ import annotations

import re
import socket
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asfdesk.db.models import Enterprise, Referral
from asfdesk.domain.contact_info import (
    normalize_email,
    normalize_phone,
    normalize_postal_code,
    normalize_url,
)
from asfdesk.domain.enums import LegalForm, Outcome, ReferralStatus
from asfdesk.domain.errors import InvalidTransitionError, ValidationError, field_label
from asfdesk.domain.identifiers import (
    birth_date_of,
    format_personnummer,
    is_coordination_number,
    mask_personnummer,
    normalize_org_number,
    normalize_personnummer,
)
from asfdesk.domain.referral_rules import (
    ALLOWED_TRANSITIONS,
    OPEN_STATUSES,
    allowed_next,
    check_date_order,
    check_outcome,
    check_transition,
)
from asfdesk.i18n import set_language

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def luhn_check_digit(digits: str) -> int:
    """The Swedish Luhn variant: weights 2,1,2,1,… from the left over the first nine digits."""
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def test_luhn_helper_matches_known_numbers():
    # Sanity of the test's own generator against published examples.
    assert luhn_check_digit("556016068") == 0  # 556016-0680 (Ericsson AB)
    assert luhn_check_digit("900101001") == 7  # 900101-0017 (Skatteverket's test person)
    assert luhn_check_digit("212000014") == 2  # 212000-0142 (Skatteverket)


# --- strategies --------------------------------------------------------------------------------

TODAY = date.today()


@st.composite
def personnummer_parts(draw, coordination: bool | None = None):
    """(birth date, serial, coordination?) for a valid number born on or before today."""
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    serial = draw(st.integers(min_value=1, max_value=999))
    coord = draw(st.booleans()) if coordination is None else coordination
    return born, serial, coord


def canonical_personnummer(born: date, serial: int, coordination: bool) -> str:
    day = born.day + (60 if coordination else 0)
    nine = f"{born:%y%m}{day:02d}{serial:03d}"
    return f"{born.year:04d}{born:%m}{day:02d}{serial:03d}{luhn_check_digit(nine)}"


def written_forms_of_personnummer(canonical: str, born: date) -> list[str]:
    long_date, last4 = canonical[:8], canonical[8:]
    short_date = canonical[2:8]
    forms = [canonical, f"{long_date}-{last4}", f"{long_date} {last4}", f" {long_date}-{last4} "]
    if TODAY.year - born.year < 100:
        forms += [f"{short_date}-{last4}", f"{short_date}{last4}", f"{short_date} {last4}"]
    else:  # a hundred or older: the short form is written with "+"
        forms += [f"{short_date}+{last4}"]
    return forms


@st.composite
def org_numbers(draw) -> str:
    """A valid organisationsnummer NNNNNN-NNNN (group digit 1-9, 'month' digits >= 20)."""
    group = draw(st.sampled_from("12356789"))
    second = draw(st.integers(0, 9))
    third_fourth = draw(st.integers(20, 99))
    rest = draw(st.integers(0, 99999))
    nine = f"{group}{second}{third_fourth:02d}{rest:05d}"
    ten = nine + str(luhn_check_digit(nine))
    return f"{ten[:6]}-{ten[6:]}"


def written_forms_of_org_number(canonical: str) -> list[str]:
    bare = canonical.replace("-", "")
    return [
        canonical,
        bare,
        f"16{bare}",
        f"16{canonical}",
        f"{bare[:6]} {bare[6:]}",
        f"  {canonical} ",
    ]


number_like = st.from_regex(r"\A[0-9 +\-]{0,15}\Z")
any_text = st.one_of(st.text(), number_like)


# --- personnummer / samordningsnummer ----------------------------------------------------------


@PROPERTY
@given(personnummer_parts())
def test_every_valid_personnummer_round_trips_in_every_written_form(parts):
    born, serial, coordination = parts
    canonical = canonical_personnummer(born, serial, coordination)
    assert normalize_personnummer(canonical) == canonical
    for form in written_forms_of_personnummer(canonical, born):
        assert normalize_personnummer(form) == canonical, form
    assert birth_date_of(canonical) == born
    assert is_coordination_number(canonical) is coordination


@PROPERTY
@given(personnummer_parts(coordination=True))
def test_samordningsnummer_day_plus_sixty_is_accepted(parts):
    born, serial, _ = parts
    canonical = canonical_personnummer(born, serial, True)
    assert 61 <= int(canonical[6:8]) <= 91
    assert normalize_personnummer(f"{canonical[:8]}-{canonical[8:]}") == canonical


@PROPERTY
@given(personnummer_parts(), st.integers(1, 9))
def test_a_wrong_check_digit_is_refused(parts, delta):
    canonical = canonical_personnummer(*parts)
    wrong = canonical[:11] + str((int(canonical[11]) + delta) % 10)
    with pytest.raises(ValidationError) as info:
        normalize_personnummer(wrong)
    assert info.value.field == "personnummer"


@pytest.mark.parametrize(
    "value",
    [
        "19900101-0017",
        "199001010017",
        "900101-0017",
        "9001010017",
        "900101 0017",
        "19900101 0017",
    ],
)
def test_known_personnummer_forms(value):
    assert normalize_personnummer(value) == "199001010017"


def test_known_samordningsnummer():
    # 1990-01-01 as a samordningsnummer: day 61.
    expected = canonical_personnummer(date(1990, 1, 1), 1, True)
    assert expected[6:8] == "61"
    assert normalize_personnummer(f"{expected[2:8]}-{expected[8:]}") == expected
    assert birth_date_of(expected) == date(1990, 1, 1)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "abc",
        "19900101-0018",  # check digit
        "19901301-0017",  # month 13
        "19900230-0017",  # 30 February
        "19900101-0007",  # serial 000 does not exist
        "1990-01-01-0017",
        "19900101--0017",
        "١٩٩٠٠١٠١٠٠١٧",  # Arabic-Indic digits are not a Swedish number
    ],
)
def test_invalid_personnummer_is_refused_naming_the_field(value):
    with pytest.raises(ValidationError) as info:
        normalize_personnummer(value)
    assert info.value.field == "personnummer"
    assert str(info.value).startswith("Personal identity number: ")


def test_personnummer_in_the_future_is_refused():
    tomorrow = TODAY + timedelta(days=1)
    canonical = canonical_personnummer(tomorrow, 123, False)
    with pytest.raises(ValidationError, match="future"):
        normalize_personnummer(canonical)
    # The same number is fine once "today" has passed the birth date.
    assert normalize_personnummer(canonical, today=tomorrow) == canonical


def test_masking_and_display_forms():
    assert mask_personnummer("199001010017") == "19900101-XXXX"
    assert mask_personnummer(None) == ""
    assert format_personnummer("199001010017") == "19900101-0017"
    assert format_personnummer("") == ""


# --- organisationsnummer -----------------------------------------------------------------------


@PROPERTY
@given(org_numbers())
def test_every_valid_org_number_round_trips_in_every_written_form(canonical):
    assert normalize_org_number(canonical) == canonical
    for form in written_forms_of_org_number(canonical):
        assert normalize_org_number(form) == canonical, form


@PROPERTY
@given(org_numbers(), st.integers(1, 9))
def test_org_number_with_a_wrong_check_digit_is_refused(canonical, delta):
    wrong = canonical[:-1] + str((int(canonical[-1]) + delta) % 10)
    with pytest.raises(ValidationError) as info:
        normalize_org_number(wrong)
    assert info.value.field == "org_number"


@PROPERTY
@given(personnummer_parts(coordination=False))
def test_sole_trader_personnummer_is_accepted_as_org_number(parts):
    born, serial, _ = parts
    canonical = canonical_personnummer(born, serial, False)
    assert normalize_org_number(canonical) == f"{canonical[2:8]}-{canonical[8:]}"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("556016-0680", "556016-0680"),
        ("5560160680", "556016-0680"),
        ("16556016-0680", "556016-0680"),
        ("165560160680", "556016-0680"),
        ("556016 0680", "556016-0680"),
        ("212000-0142", "212000-0142"),
        ("769612-0018", "769612-0018"),
    ],
)
def test_known_org_numbers(value, expected):
    assert normalize_org_number(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "556016-0681", "556016068", "55601606800", "abcdef-ghij", "176016-0680", "051234-5678"],
)
def test_invalid_org_number_is_refused_naming_the_field(value):
    with pytest.raises(ValidationError) as info:
        normalize_org_number(value)
    assert info.value.field == "org_number"
    assert str(info.value).startswith("Organisation number: ")


# --- any string: validates or raises ValidationError ------------------------------------------

CANONICAL = {
    normalize_org_number: re.compile(r"[0-9]{6}-[0-9]{4}"),
    normalize_personnummer: re.compile(r"[0-9]{12}"),
    normalize_postal_code: re.compile(r"[1-9][0-9]{2} [0-9]{2}"),
    normalize_phone: re.compile(r"[0-9+][0-9 \-]+"),
    normalize_email: re.compile(r"[^@\s]+@[^@\s]+"),
    normalize_url: re.compile(r"https?://\S+", re.IGNORECASE),
}


@pytest.mark.parametrize("normalizer", list(CANONICAL), ids=lambda f: f.__name__)
@settings(max_examples=200, deadline=None)
@given(value=any_text)
def test_any_string_validates_or_raises_validation_error(normalizer, value):
    try:
        result = normalizer(value)
    except ValidationError as exc:
        assert isinstance(exc, ValueError)
        assert exc.field and str(exc).strip()
        return
    # Accepted values are in the one stored form, and normalising again changes nothing.
    assert isinstance(result, str)
    assert CANONICAL[normalizer].fullmatch(result), result
    assert normalizer(result) == result


def test_validation_error_is_a_value_error_with_both_languages():
    with pytest.raises(ValueError) as info:
        normalize_org_number("556016-0681")
    exc = info.value
    assert isinstance(exc, ValidationError)
    assert exc.message("en").startswith("Organisation number: ")
    assert exc.message("sv").startswith("Organisationsnummer: ")
    assert "inte ett giltigt organisationsnummer" in exc.message("sv")


def test_messages_follow_the_current_language():
    set_language("sv")
    with pytest.raises(ValidationError) as info:
        normalize_personnummer("19900101-0018")
    assert str(info.value).startswith("Personnummer: ")
    assert "inte ett giltigt person- eller samordningsnummer" in str(info.value)
    with pytest.raises(ValidationError) as info:
        normalize_postal_code("8214")
    assert str(info.value).startswith("Postnummer: ")
    set_language("en")
    assert str(info.value).startswith("Postcode: ")
    assert field_label("org_number", "sv") == "Organisationsnummer"


# --- phone -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("070-123 45 67", "070-123 45 67"),
        ("0701234567", "070-123 45 67"),
        ("+46701234567", "070-123 45 67"),
        ("+46 70 123 45 67", "070-123 45 67"),
        ("0046 70 123 45 67", "070-123 45 67"),
        ("0278-250 00", "0278-250 00"),
        ("08-123 456 78", "08-123 456 78"),
        ("+47 22 12 34 56", "+47 22 12 34 56"),
    ],
)
def test_phone_numbers_are_stored_in_one_display_form(value, expected):
    assert normalize_phone(value) == expected
    assert normalize_phone(expected) == expected


@pytest.mark.parametrize("value", ["", "123", "abc", "070-123", "+46 70 123 45 67 89 00", "0000000000"])
def test_invalid_phone_is_refused(value):
    with pytest.raises(ValidationError) as info:
        normalize_phone(value, field="mobile")
    assert info.value.field == "mobile"
    assert str(info.value).startswith("Mobile: ")


# --- e-mail ------------------------------------------------------------------------------------


def test_email_is_normalised_without_any_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("e-mail validation must not touch the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    assert normalize_email(" anna.lindqvist@Kilafix.EXAMPLE ") == "anna.lindqvist@kilafix.example"
    # A domain that does not exist is fine: syntax only, no DNS.
    assert normalize_email("x@no-such-domain-4f2a9c.se") == "x@no-such-domain-4f2a9c.se"
    assert normalize_email("åsa.öberg@glädjeverket.se") == "åsa.öberg@glädjeverket.se"


@pytest.mark.parametrize("value", ["", "anna", "anna@", "@kilafix.se", "anna@kilafix", "a b@c.se", "a@@b.se"])
def test_invalid_email_is_refused(value):
    with pytest.raises(ValidationError) as info:
        normalize_email(value)
    assert info.value.field == "email"


# --- postcode ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["821 43", "82143", "SE-821 43", "se82143", " 821 43 "])
def test_postcodes_are_stored_as_three_space_two(value):
    assert normalize_postal_code(value) == "821 43"


@pytest.mark.parametrize("value", ["", "8214", "821 434", "021 43", "abc12", "821-43", "8२१ ४३"])
def test_invalid_postcode_is_refused(value):
    with pytest.raises(ValidationError) as info:
        normalize_postal_code(value)
    assert info.value.field == "postal_code"


# --- web address -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("www.kilafix.se", "https://www.kilafix.se"),
        ("kilafix.se/om-oss", "https://kilafix.se/om-oss"),
        ("http://kilafix.se", "http://kilafix.se"),
        ("https://tillvaxtverket.se/webbsandning?id=3", "https://tillvaxtverket.se/webbsandning?id=3"),
    ],
)
def test_urls_get_a_scheme(value, expected):
    assert normalize_url(value) == expected


@pytest.mark.parametrize("value", ["", "kilafix", "not a url", "http://", "ftp://kilafix.se"])
def test_invalid_url_is_refused(value):
    with pytest.raises(ValidationError) as info:
        normalize_url(value)
    assert info.value.field == "website"


# --- referral rules (pure domain) --------------------------------------------------------------

S = ReferralStatus


def test_allowed_referral_path_and_next_statuses():
    path = [S.DRAFT, S.SENT, S.ACCEPTED, S.ONGOING, S.ENDED]
    for current, new in zip(path, path[1:], strict=False):
        check_transition(current, new)
    assert allowed_next(S.DRAFT) == [S.SENT, S.CANCELLED]
    assert allowed_next(S.ONGOING) == [S.ENDED]
    assert allowed_next(S.ENDED) == []
    assert {S.DRAFT, S.SENT, S.ACCEPTED, S.ONGOING} == OPEN_STATUSES


@pytest.mark.parametrize(
    "current, new",
    [
        (current, new)
        for current in S
        for new in S
        if new != current and new not in ALLOWED_TRANSITIONS[current]
    ],
)
def test_every_forbidden_transition_raises(current, new):
    with pytest.raises(InvalidTransitionError) as info:
        check_transition(current, new)
    assert info.value.field == "status"
    assert isinstance(info.value, ValidationError)


def test_forbidden_transition_message_in_swedish():
    set_language("sv")
    with pytest.raises(InvalidTransitionError) as info:
        check_transition(S.DRAFT, S.ENDED)
    assert str(info.value) == "Status: kan inte ändras från Utkast till Avslutad"


def test_outcome_rules():
    check_outcome(S.ENDED, Outcome.WORK)
    check_outcome(S.ONGOING, None)
    with pytest.raises(ValidationError, match="required") as info:
        check_outcome(S.ENDED, None)
    assert info.value.field == "outcome"
    with pytest.raises(ValidationError, match="only be set on an ended"):
        check_outcome(S.ONGOING, Outcome.WORK)


def test_date_order():
    check_date_order(date(2026, 1, 1), date(2026, 1, 1), "planned_end")
    check_date_order(None, date(2026, 1, 1), "planned_end")
    with pytest.raises(ValidationError) as info:
        check_date_order(date(2026, 1, 2), date(2026, 1, 1), "actual_end")
    assert info.value.field == "actual_end"


def test_enum_labels_and_parsing():
    assert LegalForm.from_text("Ekonomisk förening") is LegalForm.ECONOMIC_ASSOCIATION
    assert LegalForm.from_text("economic_association") is LegalForm.ECONOMIC_ASSOCIATION
    assert Outcome.WORK.label("sv") == "Arbete"
    with pytest.raises(ValueError):
        Outcome.from_text("nonsense")


# --- model field validators: any input validates or raises ValidationError --------------------

field_inputs = st.one_of(
    st.text(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.none(),
)


@settings(max_examples=200, deadline=None)
@given(value=field_inputs)
def test_referral_hours_accept_or_raise_validation_error(value):
    try:
        referral = Referral(hours_per_week=value)
    except ValidationError as exc:
        assert exc.field == "hours_per_week"
        return
    hours = referral.hours_per_week
    assert hours is None or (hours.is_finite() and 0 <= hours <= 60)


@settings(max_examples=200, deadline=None)
@given(value=field_inputs)
def test_enterprise_counts_accept_or_raise_validation_error(value):
    try:
        enterprise = Enterprise(employees=value)
    except ValidationError as exc:
        assert exc.field == "employees"
        return
    employees = enterprise.employees
    assert employees is None or (isinstance(employees, int) and employees >= 0)


@settings(max_examples=200, deadline=None)
@given(value=st.one_of(st.text(), st.sampled_from(["Avslutad", "ended", "Draft", " sent "])))
def test_referral_status_text_accepts_or_raises_validation_error(value):
    try:
        referral = Referral(status=value)
    except ValidationError as exc:
        assert exc.field == "status"
        return
    assert isinstance(referral.status, ReferralStatus)
