"""Partner organisations (Arbetsförmedlingen, municipal units, associations …)."""

from __future__ import annotations

from asfdesk.db.models import PartnerOrganisation
from asfdesk.entities.base import EntityDef
from asfdesk.i18n import QT_TRANSLATE_NOOP

ENTITY = EntityDef(
    key="partner_organisation",
    model=PartnerOrganisation,
    title=QT_TRANSLATE_NOOP("Entities", "Partner organisation"),
    plural=QT_TRANSLATE_NOOP("Entities", "Partner organisations"),
    icon="contacts",
    import_kind="partners",
)
