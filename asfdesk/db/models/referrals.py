"""Referrals (anvisningar) of jobseekers to enterprises, and the activity timeline."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from asfdesk.db.base import Base, IdAudited
from asfdesk.db.models._fields import coerce_enum, required_text
from asfdesk.db.models.organisations import Enterprise, PartnerOrganisation
from asfdesk.db.models.people import Consultant, Jobseeker
from asfdesk.db.models.reference import ServiceCategory
from asfdesk.db.types import AwareDateTime, enum_type
from asfdesk.domain import referral_rules
from asfdesk.domain.enums import ActivityType, Funding, Outcome, ReferralKind, ReferralStatus
from asfdesk.domain.errors import ErrorCollector, ValidationError
from asfdesk.i18n import QT_TRANSLATE_NOOP


class Referral(IdAudited, Base):
    """An anvisning: a jobseeker sent to an enterprise for work training, a trial or a job."""

    __tablename__ = "referrals"
    __table_args__ = (
        Index("ix_referrals_status_referred_on", "status", "referred_on"),
        # Översikt's counts and the derived free places (migration 0007, overview_figures.py).
        Index("ix_referrals_actual_start", "actual_start"),
        Index("ix_referrals_status_actual_end", "status", "actual_end", "outcome"),
        Index(
            "ix_referrals_consultant_overview",
            "consultant_id", "status", "outcome", "referred_on", "actual_start", "actual_end",
        ),  # fmt: skip
        Index("ix_referrals_places", "status", "kind", "actual_end", "enterprise_id"),
        # Follow-ups due (asfdesk.services.follow_ups): everyone's by status, one consultant's by date.
        Index("ix_referrals_status_follow_up", "status", "next_follow_up"),
        Index("ix_referrals_consultant_follow_up", "consultant_id", "next_follow_up", "status"),
    )

    jobseeker_id: Mapped[int] = mapped_column(ForeignKey("jobseekers.id", ondelete="RESTRICT"), index=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="RESTRICT"), index=True)
    consultant_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultants.id", ondelete="SET NULL"), index=True
    )
    referred_on: Mapped[date] = mapped_column(Date, default=date.today, index=True)
    kind: Mapped[ReferralKind] = mapped_column(enum_type(ReferralKind), default=ReferralKind.WORK_TRAINING)
    funding: Mapped[Funding | None] = mapped_column(enum_type(Funding))
    planned_start: Mapped[date | None] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    actual_start: Mapped[date | None] = mapped_column(Date)
    actual_end: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    next_follow_up: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[ReferralStatus] = mapped_column(enum_type(ReferralStatus), default=ReferralStatus.DRAFT)
    outcome: Mapped[Outcome | None] = mapped_column(enum_type(Outcome))
    notes: Mapped[str | None] = mapped_column(Text)

    jobseeker: Mapped[Jobseeker] = relationship()
    enterprise: Mapped[Enterprise] = relationship()
    consultant: Mapped[Consultant | None] = relationship()
    # What the jobseeker wants to try (table referral_services below; the picker ranks by it).
    wanted_services: Mapped[list[ServiceCategory]] = relationship(secondary="referral_services")
    activities: Mapped[list[Activity]] = relationship(
        back_populates="referral",
        cascade="all, delete-orphan",
        order_by="(Activity.occurred_on.desc(), Activity.id.desc())",
    )

    @validates("status")
    def _v_status(self, key: str, value: object) -> ReferralStatus:
        new = coerce_enum(ReferralStatus, value, key)
        referral_rules.check_transition(self.status, new)
        return new

    @validates("kind")
    def _v_kind(self, key: str, value: object) -> ReferralKind:
        return coerce_enum(ReferralKind, value, key)

    @validates("funding")
    def _v_funding(self, key: str, value: object) -> Funding | None:
        return None if value in (None, "") else coerce_enum(Funding, value, key)

    @validates("outcome")
    def _v_outcome(self, key: str, value: object) -> Outcome | None:
        return None if value in (None, "") else coerce_enum(Outcome, value, key)

    @validates("hours_per_week")
    def _v_hours(self, key: str, value: object) -> Decimal | None:
        if value in (None, ""):
            return None
        try:
            hours = Decimal(str(value).replace(",", "."))
        except ArithmeticError:
            raise ValidationError(key, QT_TRANSLATE_NOOP("Validation", "must be a number")) from None
        if not hours.is_finite() or not Decimal(0) < hours <= Decimal(60):  # NaN cannot be compared
            raise ValidationError(key, QT_TRANSLATE_NOOP("Validation", "must be between 0 and 60"))
        return hours.quantize(Decimal("0.1"))

    def validate_record(self) -> None:
        found = ErrorCollector()  # every broken rule is shown at once, not only the first
        found.check(referral_rules.check_date_order, self.planned_start, self.planned_end, "planned_end")
        found.check(referral_rules.check_date_order, self.actual_start, self.actual_end, "actual_end")
        found.check(referral_rules.check_outcome, self.status or ReferralStatus.DRAFT, self.outcome)
        found.raise_any()

    def end(self, outcome: Outcome | str, on: date | None = None) -> None:
        """End an ongoing referral with its outcome; the domain refuses it otherwise."""
        self.outcome = outcome
        self.status = ReferralStatus.ENDED
        if self.actual_end is None:
            self.actual_end = on or date.today()

    def __repr__(self) -> str:
        return f"<Referral {self.id} {self.status}>"


# The services (branscher) the jobseeker wants to try with a referral: the enterprise picker ranks
# enterprises offering one of them first (asfdesk.services.matching). Like enterprise_services,
# rows are only inserted or deleted, so the audit columns come from server defaults.
referral_services = Table(
    "referral_services",
    Base.metadata,
    Column("referral_id", ForeignKey("referrals.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "service_category_id",
        ForeignKey("service_categories.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("created_at", AwareDateTime(), server_default=func.current_timestamp()),
    Column("updated_at", AwareDateTime(), server_default=func.current_timestamp()),
    Column("created_by", String(100)),
    Column("updated_by", String(100)),
    Column("version", Integer, nullable=False, server_default="1"),
)


class Activity(IdAudited, Base):
    """A dated note on a referral, an enterprise or a partner organisation: the timeline."""

    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN referral_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN enterprise_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN partner_organisation_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_subject",
        ),
    )

    occurred_on: Mapped[date] = mapped_column(Date, default=date.today)
    kind: Mapped[ActivityType] = mapped_column(enum_type(ActivityType), default=ActivityType.FOLLOW_UP)
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultants.id", ondelete="SET NULL"), index=True
    )
    referral_id: Mapped[int | None] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    enterprise_id: Mapped[int | None] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    partner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_organisations.id", ondelete="CASCADE"), index=True
    )

    author: Mapped[Consultant | None] = relationship()
    referral: Mapped[Referral | None] = relationship(back_populates="activities")
    enterprise: Mapped[Enterprise | None] = relationship()
    partner_organisation: Mapped[PartnerOrganisation | None] = relationship()

    @validates("text")
    def _v_text(self, key: str, value: object) -> str:
        return required_text(value, key, 20000)

    @validates("kind")
    def _v_kind(self, key: str, value: object) -> ActivityType:
        return coerce_enum(ActivityType, value, key)

    def validate_record(self) -> None:
        subjects = [
            self.referral is not None or self.referral_id is not None,
            self.enterprise is not None or self.enterprise_id is not None,
            self.partner_organisation is not None or self.partner_organisation_id is not None,
        ]
        if sum(subjects) != 1:
            raise ValidationError(
                "owner",
                QT_TRANSLATE_NOOP(
                    "Validation", "a note belongs to exactly one referral, enterprise or partner organisation"
                ),
            )
