"""Jobseekers created in passing (from the referral editor) and left behind.

A consultant who creates a jobseeker inside a new referral and then discards the referral
("Spara inte") did not mean to register that person: the jobseeker is removed again, unless
something already refers to it (a referral saved elsewhere meanwhile). Each removal is a normal
delete of personal data: one transaction, an access-log row, the registry's reference rules.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session, sessionmaker

from asfdesk.domain.errors import StillReferencedError
from asfdesk.services.records import delete_record


def remove_unreferenced(sessions: sessionmaker[Session], jobseeker_ids: Iterable[int]) -> list[int]:
    """Delete each of `jobseeker_ids` that nothing refers to; return the ids deleted.

    Only for jobseekers created in the caller's own editing session: the check that nothing
    refers to them and the delete run in one transaction (asfdesk.services.records.delete_record).
    """
    removed = []
    for jobseeker_id in dict.fromkeys(jobseeker_ids):
        try:
            delete_record(sessions, "jobseeker", jobseeker_id)
        except StillReferencedError:
            continue  # a referral uses it: it is a real registration now
        removed.append(jobseeker_id)
    return removed
