"""All mapped classes. Import from here: `from asfdesk.db.models import Enterprise`."""

from asfdesk.db.base import Base
from asfdesk.db.models.access_log import AccessLogEntry
from asfdesk.db.models.events import Event, EventParticipant
from asfdesk.db.models.history import ChangeRecord
from asfdesk.db.models.organisations import (
    Contact,
    Enterprise,
    PartnerOrganisation,
    enterprise_services,
)
from asfdesk.db.models.people import Consultant, Jobseeker
from asfdesk.db.models.reference import County, Municipality, ServiceCategory
from asfdesk.db.models.referrals import Activity, Referral
from asfdesk.db.models.settings import Setting

__all__ = [
    "AccessLogEntry",
    "Activity",
    "Base",
    "ChangeRecord",
    "Consultant",
    "Contact",
    "County",
    "Enterprise",
    "Event",
    "EventParticipant",
    "Jobseeker",
    "Municipality",
    "PartnerOrganisation",
    "Referral",
    "ServiceCategory",
    "Setting",
    "enterprise_services",
]

# The rules of every write, attached here so that importing the models is enough: validation
# and created_by/updated_by stamping (asfdesk.db.flush_hooks), and the search documents
# (asfdesk.db.search).
import asfdesk.db.flush_hooks  # noqa: E402, F401
import asfdesk.db.history  # noqa: E402, F401  (the change history on SQLite)
import asfdesk.db.search  # noqa: E402, F401
