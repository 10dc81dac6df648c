"""Contact persons of enterprises and partner organisations; the Partner contacts list."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from asfdesk.db.models import Contact, Municipality, PartnerOrganisation
from asfdesk.domain.enums import PartnerKind
from asfdesk.entities import filters
from asfdesk.entities.base import Column, Document, EntityDef, Join, ListDef, ListSpec
from asfdesk.entities.columns import enum_col
from asfdesk.entities.columns import spec as _c
from asfdesk.i18n import QT_TRANSLATE_NOOP

_org = aliased(PartnerOrganisation, name="pc_org")
_muni = aliased(Municipality, name="pc_muni")

PARTNER_CONTACTS = ListSpec(
    base=Contact,
    cols=[
        Column(
            _c("organisation", QT_TRANSLATE_NOOP("ListColumns", "Organisation"), width=220),
            _org.name,
            lambda: [_org.name, _org.id, Contact.name],
            joins=("org",),
        ),
        enum_col(
            _c("kind", QT_TRANSLATE_NOOP("ListColumns", "Kind"), width=150),
            _org.kind,
            lambda: [_org.name],
            joins=("org",),
        ),
        Column(_c("name", QT_TRANSLATE_NOOP("ListColumns", "Name"), width=160), Contact.name),
        Column(_c("title", QT_TRANSLATE_NOOP("ListColumns", "Title"), width=150), Contact.title),
        Column(_c("phone", QT_TRANSLATE_NOOP("ListColumns", "Phone"), width=130), Contact.phone),
        Column(_c("mobile", QT_TRANSLATE_NOOP("ListColumns", "Mobile"), width=130), Contact.mobile),
        Column(_c("email", QT_TRANSLATE_NOOP("ListColumns", "E-mail"), width=200), Contact.email),
        Column(
            _c("municipality", QT_TRANSLATE_NOOP("ListColumns", "Municipality"), width=120),
            _muni.short_name,
            joins=("muni",),
        ),
    ],
    joins={
        "org": Join(_org, lambda: _org.id == Contact.partner_organisation_id, required=True),
        "muni": Join(_muni, lambda: _muni.code == _org.municipality_code, after=("org",)),
    },
    where=lambda: Contact.partner_organisation_id.is_not(None),
    search_targets=lambda: [
        (Contact.id, "contacts"),
        (Contact.partner_organisation_id, "partner_organisations"),
    ],
    filters={
        "kind": filters.kind(
            lambda v: Contact.partner_organisation_id.in_(
                select(PartnerOrganisation.id).where(PartnerOrganisation.kind == PartnerKind(v))
            ),
            PartnerKind,
        ),
        # A partner contact lies where its organisation does.
        **filters.region(
            lambda test: Contact.partner_organisation_id.in_(
                select(PartnerOrganisation.id).where(test(PartnerOrganisation.municipality_code))
            )
        ),
    },
    default_sort="organisation",
    label_keys=("name",),
)


def _contact_list(sessions, list_key: str, request, _ids) -> Any:
    """The list's rows (its search and filter), grouped by organisation."""
    from asfdesk.printing import jobs

    return jobs.partner_contacts_document(sessions, request)


ENTITY = EntityDef(
    key="contact",
    model=Contact,
    title=QT_TRANSLATE_NOOP("Entities", "Contact person"),
    plural=QT_TRANSLATE_NOOP("Entities", "Contact persons"),
    icon="contacts",
    lists=(
        ListDef(
            key="partner_contacts",
            spec=PARTNER_CONTACTS,
            title=QT_TRANSLATE_NOOP("Entities", "Partner contacts"),
            new_text=QT_TRANSLATE_NOOP("Entities", "New partner"),
            empty_text=QT_TRANSLATE_NOOP(
                "Entities", "No partner contacts yet. Press Ctrl+N to add a partner organisation."
            ),
            nomatch_text=QT_TRANSLATE_NOOP("Entities", "No partner contacts match “%1”."),
            filtered_text=QT_TRANSLATE_NOOP("Entities", "No partner contacts match the filters."),
            icon="contacts",
            order=30,
            opens="partner_organisation",
            open_key=Contact.partner_organisation_id,
            shows_names_of=("partner_organisation",),
            documents=(
                Document("contacts", QT_TRANSLATE_NOOP("Entities", "contacts"), "list", _contact_list),
            ),
            file_exports=("vcard",),
        ),
    ),
    import_kind="contacts",
)
