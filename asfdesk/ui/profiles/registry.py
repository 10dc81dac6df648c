"""The UI half of the entity registry: which window shows each entity of asfdesk.entities.

The core registry is Qt-free (db, services and io use it); this attaches a profile window per
entity key. The classes are imported when first opened, so the main window starts fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from asfdesk import entities

# entity key -> (module, class). A test checks that every entity has one.
PROFILES: dict[str, tuple[str, str]] = {
    "enterprise": ("asfdesk.ui.profiles.enterprise", "EnterpriseProfile"),
    "referral": ("asfdesk.ui.profiles.referral", "ReferralEditor"),
    "jobseeker": ("asfdesk.ui.profiles.jobseeker", "JobseekerProfile"),
    "partner_organisation": ("asfdesk.ui.profiles.partner", "PartnerProfile"),
    "contact": ("asfdesk.ui.profiles.contact", "ContactEditor"),
    "event": ("asfdesk.ui.profiles.event", "EventEditor"),
}


def profile_class(entity: str) -> type:
    """The window class for `entity` (ValueError for a key the core registry doesn't know)."""
    entities.get(entity)
    try:
        module, name = PROFILES[entity]
    except KeyError:
        raise LookupError(f"no profile window registered for entity {entity!r}") from None
    return getattr(import_module(module), name)


def build_profile(manager, entity: str, record_id: int | None, prefill: dict[str, Any]):
    return profile_class(entity)(manager, record_id, prefill)
