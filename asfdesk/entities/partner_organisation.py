"""Partner organisations (Arbetsförmedlingen, municipal units, associations …).

Their list is a second view of the Partner contacts tab ("Contacts | Organisations"), so an
organisation with no contact person yet is still listed, searchable and opened from there.
"""

from __future__ import annotations

from sqlalchemy import func, select, true
from sqlalchemy.orm import aliased

from asfdesk.db.models import Contact, Municipality, PartnerOrganisation
from asfdesk.domain.enums import PartnerKind
from asfdesk.entities import filters
from asfdesk.entities.base import Column, EntityDef, Join, ListDef, ListSpec
from asfdesk.entities.columns import enum_col
from asfdesk.entities.columns import spec as _c
from asfdesk.i18n import QT_TRANSLATE_NOOP

_muni = aliased(Municipality, name="po_muni")

_contact_count = (
    select(func.count(Contact.id))
    .where(Contact.partner_organisation_id == PartnerOrganisation.id)
    .correlate(PartnerOrganisation)
    .scalar_subquery()
)

ORGANISATIONS = ListSpec(
    base=PartnerOrganisation,
    cols=[
        Column(
            _c("name", QT_TRANSLATE_NOOP("ListColumns", "Organisation"), width=240),
            PartnerOrganisation.name,
        ),
        enum_col(
            _c("kind", QT_TRANSLATE_NOOP("ListColumns", "Kind"), width=150),
            PartnerOrganisation.kind,
            lambda: [PartnerOrganisation.name],
        ),
        Column(
            _c("municipality", QT_TRANSLATE_NOOP("ListColumns", "Municipality"), width=120),
            _muni.short_name,
            joins=("muni",),
        ),
        Column(_c("city", QT_TRANSLATE_NOOP("ListColumns", "City"), width=120), PartnerOrganisation.city),
        Column(_c("phone", QT_TRANSLATE_NOOP("ListColumns", "Phone"), width=130), PartnerOrganisation.phone),
        Column(_c("email", QT_TRANSLATE_NOOP("ListColumns", "E-mail"), width=200), PartnerOrganisation.email),
        Column(
            _c("contacts", QT_TRANSLATE_NOOP("ListColumns", "Contacts"), "int", 90),
            _contact_count,
        ),
    ],
    joins={"muni": Join(_muni, lambda: _muni.code == PartnerOrganisation.municipality_code)},
    where=lambda: true(),
    search_targets=lambda: [(PartnerOrganisation.id, "partner_organisations")],
    filters={
        "kind": filters.kind(lambda v: PartnerOrganisation.kind == PartnerKind(v), PartnerKind),
        **filters.region(lambda test: test(PartnerOrganisation.municipality_code)),
    },
    default_sort="name",
)

ENTITY = EntityDef(
    key="partner_organisation",
    model=PartnerOrganisation,
    title=QT_TRANSLATE_NOOP("Entities", "Partner organisation"),
    plural=QT_TRANSLATE_NOOP("Entities", "Partner organisations"),
    icon="contacts",
    lists=(
        ListDef(
            key="partner_organisations",
            spec=ORGANISATIONS,
            title=QT_TRANSLATE_NOOP("Entities", "Organisations"),
            new_text=QT_TRANSLATE_NOOP("Entities", "New partner"),
            empty_text=QT_TRANSLATE_NOOP(
                "Entities", "No partner organisations yet. Press Ctrl+N to add one."
            ),
            nomatch_text=QT_TRANSLATE_NOOP("Entities", "No partner organisations match “%1”."),
            filtered_text=QT_TRANSLATE_NOOP("Entities", "No partner organisations match the filters."),
            icon="contacts",
            order=31,
            view_of="partner_contacts",
        ),
    ),
    import_kind="partners",
)
