"""Events (seminars, webcasts, conferences …) and who takes part in them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from asfdesk.db.base import Base, IdAudited
from asfdesk.db.models._fields import (
    bounded_text,
    coerce_enum,
    non_negative,
    optional,
    required_text,
)
from asfdesk.db.models.organisations import Contact, Enterprise, PartnerOrganisation
from asfdesk.db.models.people import Consultant
from asfdesk.db.types import AwareDateTime, enum_type
from asfdesk.domain.contact_info import normalize_url
from asfdesk.domain.enums import EventKind, ParticipantStatus
from asfdesk.domain.errors import ErrorCollector, ValidationError
from asfdesk.i18n import QT_TRANSLATE_NOOP


class Event(IdAudited, Base):
    """Something consultants and enterprise staff attend. Times are Europe/Stockholm-aware."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint(
            "organiser_partner_id IS NULL OR organiser_enterprise_id IS NULL",
            name="one_organiser",
        ),
    )

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[EventKind] = mapped_column(enum_type(EventKind), default=EventKind.SEMINAR)
    starts_at: Mapped[datetime] = mapped_column(AwareDateTime(), index=True)
    ends_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    location: Mapped[str | None] = mapped_column(String(300))
    online_url: Mapped[str | None] = mapped_column(String(500))
    organiser_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_organisations.id", ondelete="SET NULL"), index=True
    )
    organiser_enterprise_id: Mapped[int | None] = mapped_column(
        ForeignKey("enterprises.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str | None] = mapped_column(Text)
    registration_deadline: Mapped[date | None] = mapped_column(Date)
    capacity: Mapped[int | None] = mapped_column(Integer)

    organiser_partner: Mapped[PartnerOrganisation | None] = relationship()
    organiser_enterprise: Mapped[Enterprise | None] = relationship()
    participants: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )

    @property
    def organiser(self) -> PartnerOrganisation | Enterprise | None:
        return self.organiser_partner or self.organiser_enterprise

    @validates("title")
    def _v_title(self, key: str, value: object) -> str:
        return required_text(value, key)

    @validates("location")
    def _v_location(self, key: str, value: object) -> str | None:
        return bounded_text(value, key)

    @validates("online_url")
    def _v_url(self, key: str, value: object) -> str | None:
        return optional(normalize_url, value, key)

    @validates("kind")
    def _v_kind(self, key: str, value: object) -> EventKind:
        return coerce_enum(EventKind, value, key)

    @validates("capacity")
    def _v_capacity(self, key: str, value: object) -> int | None:
        return non_negative(value, key)

    @validates("starts_at", "ends_at")
    def _v_times(self, key: str, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValidationError(
                key, QT_TRANSLATE_NOOP("Validation", "needs a time zone (Europe/Stockholm)")
            )
        return value

    def validate_record(self) -> None:
        found = ErrorCollector()  # every broken rule is shown at once, not only the first

        def refuse(field: str, text: str) -> None:
            found.errors.append(ValidationError(field, text))

        starts, deadline = self.starts_at, self.registration_deadline
        if starts is None:
            refuse("starts_at", QT_TRANSLATE_NOOP("Validation", "is required"))
        elif self.ends_at is not None and self.ends_at < starts:
            refuse("ends_at", QT_TRANSLATE_NOOP("Validation", "is before the start"))
        if starts is not None and deadline is not None and deadline > starts.date():
            refuse("registration_deadline", QT_TRANSLATE_NOOP("Validation", "is after the event starts"))
        if self.organiser_partner is not None and self.organiser_enterprise is not None:
            refuse("organiser", QT_TRANSLATE_NOOP("Validation", "choose one organiser"))
        found.raise_any()

    def __repr__(self) -> str:
        return f"<Event {self.id} {self.title!r}>"


class EventParticipant(IdAudited, Base):
    """A contact person or a consultant taking part in an event."""

    __tablename__ = "event_participants"
    __table_args__ = (
        CheckConstraint("(contact_id IS NULL) <> (consultant_id IS NULL)", name="one_person"),
        UniqueConstraint("event_id", "contact_id", name="uq_event_participants_contact"),
        UniqueConstraint("event_id", "consultant_id", name="uq_event_participants_consultant"),
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    consultant_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultants.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[ParticipantStatus] = mapped_column(
        enum_type(ParticipantStatus), default=ParticipantStatus.INVITED
    )

    event: Mapped[Event] = relationship(back_populates="participants")
    contact: Mapped[Contact | None] = relationship()
    consultant: Mapped[Consultant | None] = relationship()

    @property
    def display_name(self) -> str:
        person = self.contact or self.consultant
        return person.name if person is not None else ""

    @validates("status")
    def _v_status(self, key: str, value: object) -> ParticipantStatus:
        return coerce_enum(ParticipantStatus, value, key)

    def validate_record(self) -> None:
        has_contact = self.contact is not None or self.contact_id is not None
        has_consultant = self.consultant is not None or self.consultant_id is not None
        if has_contact == has_consultant:
            raise ValidationError(
                "participant", QT_TRANSLATE_NOOP("Validation", "is either a contact person or a consultant")
            )
