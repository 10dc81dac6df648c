"""Referrals: a jobseeker placed with an enterprise. Personal data: every access is logged."""

from __future__ import annotations

from sqlalchemy import select, true
from sqlalchemy.orm import aliased

from asfdesk.db.models import Consultant, Enterprise, Jobseeker, Referral
from asfdesk.domain.enums import Funding, ReferralKind, ReferralStatus
from asfdesk.domain.identifiers import mask_personnummer
from asfdesk.entities import choices, filters, overview_filters, protected, wanted_services
from asfdesk.entities.base import Column, EntityDef, Filter, Join, ListDef, ListSpec
from asfdesk.entities.columns import enum_col
from asfdesk.entities.columns import spec as _c
from asfdesk.i18n import QT_TRANSLATE_NOOP

_js = aliased(Jobseeker, name="ref_js")
_ent = aliased(Enterprise, name="ref_ent")
_cons = aliased(Consultant, name="ref_cons")

SPEC = ListSpec(
    base=Referral,
    cols=[
        Column(
            _c("jobseeker", QT_TRANSLATE_NOOP("ListColumns", "Jobseeker"), width=180),
            protected.name(_js),
            lambda: [*protected.name_sort(_js), _js.id],
            convert=protected.show_name,
            joins=("js",),
        ),
        Column(
            _c("personnummer", QT_TRANSLATE_NOOP("ListColumns", "Personal ID no."), width=130),
            protected.hidden(_js, _js.personnummer),
            lambda: [protected.hidden(_js, _js.personnummer), _js.id],
            convert=mask_personnummer,
            joins=("js",),
        ),
        Column(
            _c("enterprise", QT_TRANSLATE_NOOP("ListColumns", "Enterprise"), width=180),
            _ent.name,
            lambda: [_ent.name, _ent.id],
            joins=("ent",),
        ),
        enum_col(_c("kind", QT_TRANSLATE_NOOP("ListColumns", "Kind"), width=150), Referral.kind, lambda: []),
        enum_col(
            _c("status", QT_TRANSLATE_NOOP("ListColumns", "Status"), width=100),
            Referral.status,
            lambda: [Referral.referred_on],
        ),
        Column(
            _c("referred_on", QT_TRANSLATE_NOOP("ListColumns", "Referred"), "date", 100), Referral.referred_on
        ),
        Column(
            _c("planned_start", QT_TRANSLATE_NOOP("ListColumns", "Start"), "date", 100),
            Referral.planned_start,
        ),
        Column(_c("planned_end", QT_TRANSLATE_NOOP("ListColumns", "End"), "date", 100), Referral.planned_end),
        Column(
            _c("next_follow_up", QT_TRANSLATE_NOOP("ListColumns", "Next follow-up"), "date", 130),
            Referral.next_follow_up,
        ),
        Column(
            _c("consultant", QT_TRANSLATE_NOOP("ListColumns", "Consultant"), width=140),
            _cons.name,
            lambda: [_cons.name, _cons.id],
            joins=("cons",),
        ),
        enum_col(
            _c("funding", QT_TRANSLATE_NOOP("ListColumns", "Funding"), width=160),
            Referral.funding,
            lambda: [],
        ),
    ],
    joins={
        "js": Join(_js, lambda: _js.id == Referral.jobseeker_id, required=True),
        "ent": Join(_ent, lambda: _ent.id == Referral.enterprise_id, required=True),
        "cons": Join(_cons, lambda: _cons.id == Referral.consultant_id),
    },
    where=lambda: true(),
    search_targets=lambda: [
        (Referral.jobseeker_id, "jobseekers"),
        (Referral.enterprise_id, "enterprises"),
        (Referral.consultant_id, "consultants"),
    ],
    filters={
        "status": filters.status(lambda v: Referral.status == ReferralStatus(v), ReferralStatus),
        "kind": filters.kind(lambda v: Referral.kind == ReferralKind(v), ReferralKind),
        "consultant": filters.consultant(lambda v: Referral.consultant_id == int(v)),
        "mine": filters.mine(lambda: Referral.consultant_id),
        # A referral lies where its enterprise does (a jobseeker has a postcode, no kommunkod).
        **filters.region(
            lambda test: Referral.enterprise_id.in_(
                select(Enterprise.id).where(test(Enterprise.municipality_code))
            )
        ),
        "enterprise": Filter(
            lambda v: Referral.enterprise_id == int(v),
            QT_TRANSLATE_NOOP("Entities", "Enterprise:"),
            QT_TRANSLATE_NOOP("Entities", "All enterprises"),
            choices=choices.enterprises,
        ),
        "funding": Filter(
            lambda v: Referral.funding == Funding(v),
            QT_TRANSLATE_NOOP("Entities", "Funding:"),
            QT_TRANSLATE_NOOP("Entities", "All funding"),
            choices=choices.enum(Funding),
        ),
        "date_from": filters.date_from(lambda v: Referral.referred_on >= v),
        "date_to": filters.date_to(lambda v: Referral.referred_on <= v),
        "period": overview_filters.period(),  # what Översikt's figures open
        "outcome": overview_filters.outcome(),
    },
    default_sort="referred_on",
    default_descending=True,
    label_keys=("jobseeker", "enterprise"),
    person_key=lambda: Referral.jobseeker_id,
)

ENTITY = EntityDef(
    key="referral",
    model=Referral,
    title=QT_TRANSLATE_NOOP("Entities", "Referral"),
    plural=QT_TRANSLATE_NOOP("Entities", "Referrals"),
    icon="referral",
    personal=True,
    extras=(wanted_services.WANTED,),  # what the jobseeker wants to try (the picker ranks by it)
    lists=(
        ListDef(
            key="referrals",
            spec=SPEC,
            title=QT_TRANSLATE_NOOP("Entities", "Referrals"),
            new_text=QT_TRANSLATE_NOOP("Entities", "New referral"),
            empty_text=QT_TRANSLATE_NOOP("Entities", "No referrals yet. Press Ctrl+N to add one."),
            nomatch_text=QT_TRANSLATE_NOOP("Entities", "No referrals match “%1”."),
            filtered_text=QT_TRANSLATE_NOOP("Entities", "No referrals match the filters."),
            icon="referral",
            order=20,
            shows_names_of=("enterprise", "jobseeker"),
        ),
    ),
    required_links={
        "jobseeker_id": QT_TRANSLATE_NOOP("Entities", "Jobseeker"),
        "enterprise_id": QT_TRANSLATE_NOOP("Entities", "Enterprise"),
    },
    name_columns=("id",),
)
