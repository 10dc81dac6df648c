"""A duplicate unique value is the user's to fix, named by field, and never echoes the value.

Issue 8, §4: a duplicate personnummer raised an IntegrityError shown as "An unexpected error
occurred", with `198112189876` in the dialog's details and in the log.
"""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.exc import IntegrityError

from asfdesk.db.faults import (
    FaultKind,
    as_validation_error,
    classify,
    log_fault,
    unique_violation,
    user_message,
)
from asfdesk.db.models import Enterprise, Jobseeker
from asfdesk.db.session import session_scope
from asfdesk.domain.errors import ValidationError
from asfdesk.scrub import ScrubFilter, scrub

PERSONNUMMER = "198112189876"


def _lisa() -> Jobseeker:
    return Jobseeker(first_name="Lisa", last_name="Ek", personnummer=PERSONNUMMER)


def _duplicate(sessions, make) -> IntegrityError:
    with session_scope(sessions) as session:
        session.add(make())
    with pytest.raises(IntegrityError) as caught, session_scope(sessions) as session:
        session.add(make())
    return caught.value


def test_duplicate_personnummer_names_the_field(sessions):
    exc = _duplicate(sessions, _lisa)
    assert classify(exc) is FaultKind.VALIDATION
    found = unique_violation(exc)
    assert (found.table, found.field) == ("jobseekers", "personnummer")
    message = user_message(exc)
    assert message == "A jobseeker with that personal identity number already exists."
    assert PERSONNUMMER not in message


def test_duplicate_org_number_names_the_field(sessions):
    exc = _duplicate(sessions, lambda: Enterprise(name="Returbutiken", org_number="556016-0680"))
    assert classify(exc) is FaultKind.VALIDATION
    assert user_message(exc) == "An enterprise with that organisation number already exists."


def test_duplicate_personnummer_never_reaches_the_log(sessions, caplog):
    exc = _duplicate(sessions, _lisa)
    caplog.handler.addFilter(ScrubFilter())
    with caplog.at_level(logging.DEBUG):
        log_fault(exc)
        logging.getLogger("asfdesk.test").error("save failed: %s", exc, exc_info=exc)
    assert caplog.text
    assert PERSONNUMMER not in caplog.text
    assert "811218" not in caplog.text
    # Whatever the driver put in its text (the value, on PostgreSQL's DETAIL line) is scrubbed.
    assert PERSONNUMMER not in scrub(str(exc))


def test_duplicate_personnummer_in_swedish(sessions):
    from asfdesk.i18n import set_language

    exc = _duplicate(sessions, _lisa)
    set_language("sv")
    assert user_message(exc) == "Det finns redan en arbetssökande med det personnumret."


def test_a_form_can_show_the_duplicate_next_to_its_field(sessions):
    exc = _duplicate(sessions, _lisa)
    error = as_validation_error(exc)
    assert isinstance(error, ValidationError)
    assert error.field == "personnummer"
    assert str(error) == "A jobseeker with that personal identity number already exists."
    assert error.message("sv") == "Det finns redan en arbetssökande med det personnumret."
