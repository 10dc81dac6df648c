"""Jobseekers: personal data. Every read and write is logged; lists mask the personnummer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, func, select, true
from sqlalchemy.orm import aliased

from asfdesk.db.models import Consultant, Enterprise, Jobseeker, Referral
from asfdesk.domain.identifiers import mask_personnummer
from asfdesk.entities import filters, protected
from asfdesk.entities.base import Column, EntityDef, Join, ListDef, ListSpec, Reference
from asfdesk.entities.columns import spec as _c
from asfdesk.i18n import QT_TRANSLATE_NOOP

_cons = aliased(Consultant, name="js_cons")

_referral_count = (
    select(func.count(Referral.id))
    .where(Referral.jobseeker_id == Jobseeker.id)
    .correlate(Jobseeker)
    .scalar_subquery()
)

# Every jobseeker, referred or not: a view of the Referrals tab. The number is masked like in
# the Referrals list; the full number shows only in the person's own profile.
JOBSEEKERS = ListSpec(
    base=Jobseeker,
    cols=[
        Column(
            _c("name", QT_TRANSLATE_NOOP("ListColumns", "Name"), width=200),
            protected.name(Jobseeker),
            lambda: protected.name_sort(Jobseeker),
            convert=protected.show_name,
        ),
        Column(
            _c("personnummer", QT_TRANSLATE_NOOP("ListColumns", "Personal ID no."), width=130),
            protected.hidden(Jobseeker, Jobseeker.personnummer),
            convert=mask_personnummer,
        ),
        Column(
            _c("birth_date", QT_TRANSLATE_NOOP("ListColumns", "Born"), "date", 100),
            protected.hidden(Jobseeker, Jobseeker.birth_date),
        ),
        Column(
            _c("city", QT_TRANSLATE_NOOP("ListColumns", "City"), width=120),
            protected.hidden(Jobseeker, Jobseeker.city),
        ),
        Column(
            _c("consultant", QT_TRANSLATE_NOOP("ListColumns", "Consultant"), width=140),
            _cons.name,
            lambda: [_cons.name, _cons.id],
            joins=("cons",),
        ),
        Column(_c("referrals", QT_TRANSLATE_NOOP("ListColumns", "Referrals"), "int", 90), _referral_count),
    ],
    joins={"cons": Join(_cons, lambda: _cons.id == Jobseeker.responsible_consultant_id)},
    where=lambda: true(),
    search_targets=lambda: [(Jobseeker.id, "jobseekers")],
    filters={
        "consultant": filters.consultant(lambda v: Jobseeker.responsible_consultant_id == int(v)),
        "mine": filters.mine(lambda: Jobseeker.responsible_consultant_id),
        # A jobseeker lies where an enterprise they were referred to does: the register keeps a
        # postcode, not a kommunkod, and a protected identity's address must not place anyone.
        **filters.region(
            lambda test: exists().where(
                Referral.jobseeker_id == Jobseeker.id,
                Referral.enterprise_id.in_(select(Enterprise.id).where(test(Enterprise.municipality_code))),
            ),
            probe=False,  # tested per jobseeker while walking the name index
        ),
    },
    default_sort="name",
    label_keys=("name",),
    person_key=lambda: Jobseeker.id,
)


def _name(row: Sequence[Any]) -> str:
    """Name and birth date only: a picker never shows the personnummer (nor a protected
    person's name or birth date, asfdesk.entities.protected)."""
    first, last, born, is_protected = row
    if is_protected:
        return protected.label()
    return f"{first} {last}" + (f" ({born.isoformat()})" if born else "")


def _referenced(obj: Jobseeker, count: int) -> tuple[str, dict[str, object]]:
    # No name in the text: exception texts reach logs, and a jobseeker's name is personal data.
    text = QT_TRANSLATE_NOOP(
        "Validation",
        "This jobseeker has {count} referrals and cannot be deleted while they exist. "
        "Delete or keep the referrals; the jobseeker stays in the register.",
    )
    return text, {"count": count}


ENTITY = EntityDef(
    key="jobseeker",
    model=Jobseeker,
    title=QT_TRANSLATE_NOOP("Entities", "Jobseeker"),
    plural=QT_TRANSLATE_NOOP("Entities", "Jobseekers"),
    icon="referral",
    personal=True,
    lists=(
        ListDef(
            key="jobseekers",
            spec=JOBSEEKERS,
            title=QT_TRANSLATE_NOOP("Entities", "Jobseekers"),
            new_text=QT_TRANSLATE_NOOP("Entities", "New jobseeker"),
            empty_text=QT_TRANSLATE_NOOP("Entities", "No jobseekers yet. Press Ctrl+N to add one."),
            nomatch_text=QT_TRANSLATE_NOOP("Entities", "No jobseekers match “%1”."),
            filtered_text=QT_TRANSLATE_NOOP("Entities", "No jobseekers match the filters."),
            icon="referral",
            order=21,
            view_of="referrals",
        ),
    ),
    blocked_by=(Reference(Referral.jobseeker_id, _referenced),),
    name_columns=("first_name", "last_name", "birth_date", "protected_identity"),
    name_format=_name,
)
