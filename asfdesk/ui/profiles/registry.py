"""Which window class shows which entity (imported lazily so the main window starts fast)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_CLASSES = {
    "enterprise": ("asfdesk.ui.profiles.enterprise", "EnterpriseProfile"),
    "referral": ("asfdesk.ui.profiles.referral", "ReferralEditor"),
    "jobseeker": ("asfdesk.ui.profiles.jobseeker", "JobseekerProfile"),
    "partner_organisation": ("asfdesk.ui.profiles.partner", "PartnerProfile"),
    "contact": ("asfdesk.ui.profiles.contact", "ContactEditor"),
    "event": ("asfdesk.ui.profiles.event", "EventEditor"),
}


def build_profile(manager, entity: str, record_id: int | None, prefill: dict[str, Any]):
    module, name = _CLASSES[entity]
    return getattr(import_module(module), name)(manager, record_id, prefill)
