"""A referral's wanted services: what the jobseeker wants to try (the table referral_services).

An `Extra` of the referral entity, edited in the referral editor like an enterprise's services;
the enterprise picker ranks enterprises offering one of them first (asfdesk.services.matching).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asfdesk.db.models import Referral, ServiceCategory
from asfdesk.db.models.referrals import referral_services
from asfdesk.entities.base import Extra


def load(session: Session, record_id: int) -> set[int]:
    stmt = select(referral_services.c.service_category_id).where(referral_services.c.referral_id == record_id)
    return set(session.scalars(stmt))


def save(session: Session, obj: Referral, ids: Any) -> None:
    """Before the referral's own checks: no autoflush, so a missing jobseeker is reported as such."""
    wanted = sorted({int(i) for i in ids or ()})
    with session.no_autoflush:
        chosen = (
            session.scalars(select(ServiceCategory).where(ServiceCategory.id.in_(wanted))) if wanted else []
        )
        obj.wanted_services = list(chosen)


WANTED = Extra("wanted_service_ids", load, save)
