"""Enterprises (ASF), partner organisations and their contact persons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    false,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from asfdesk.db.base import Base, IdAudited
from asfdesk.db.models._contact_fields import PostalContactFields
from asfdesk.db.models._fields import (
    bounded_text,
    coerce_enum,
    non_negative,
    optional,
    required_text,
)
from asfdesk.db.models.reference import Municipality, ServiceCategory
from asfdesk.db.types import AwareDateTime, enum_type
from asfdesk.domain.contact_info import (
    normalize_email,
    normalize_phone,
    normalize_url,
)
from asfdesk.domain.enums import EnterpriseStatus, LegalForm, PartnerKind
from asfdesk.domain.errors import ValidationError
from asfdesk.domain.identifiers import normalize_org_number
from asfdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from asfdesk.db.models.people import Consultant

# A plain association table: rows are only ever inserted or deleted, never updated, so it
# carries the audit columns (filled by server defaults) but needs no optimistic lock.
enterprise_services = Table(
    "enterprise_services",
    Base.metadata,
    Column("enterprise_id", ForeignKey("enterprises.id", ondelete="CASCADE"), primary_key=True),
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


class _AddressMixin(PostalContactFields):
    """Postal address, reachability and web address shared by enterprises and partners."""

    website: Mapped[str | None] = mapped_column(String(300))

    @validates("website")
    def _v_website(self, key: str, value: object) -> str | None:
        return optional(normalize_url, value, key)


class Enterprise(_AddressMixin, IdAudited, Base):
    """An arbetsintegrerande socialt företag (ASF) that takes referred jobseekers."""

    __tablename__ = "enterprises"

    name: Mapped[str] = mapped_column(String(200), index=True)
    org_number: Mapped[str | None] = mapped_column(String(11), unique=True)
    legal_form: Mapped[LegalForm] = mapped_column(
        enum_type(LegalForm), default=LegalForm.ECONOMIC_ASSOCIATION
    )
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipalities.code"), index=True)
    description: Mapped[str | None] = mapped_column(Text)

    training_places_total: Mapped[int | None] = mapped_column(Integer)
    training_places_available: Mapped[int | None] = mapped_column(Integer)
    employees: Mapped[int | None] = mapped_column(Integer)
    participants_in_training: Mapped[int | None] = mapped_column(Integer)
    reserved_contracts: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    # The four ASF criteria (Tillväxtverket's definition).
    integration_purpose: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    participation: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    reinvested_profits: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    independent_of_public_sector: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    status: Mapped[EnterpriseStatus] = mapped_column(
        enum_type(EnterpriseStatus), default=EnterpriseStatus.ACTIVE, index=True
    )
    responsible_consultant_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultants.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)

    municipality: Mapped[Municipality | None] = relationship()
    services: Mapped[list[ServiceCategory]] = relationship(
        secondary=enterprise_services, order_by=ServiceCategory.code
    )
    responsible_consultant: Mapped[Consultant | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="enterprise",
        cascade="all, delete-orphan",
        order_by="(Contact.is_primary.desc(), Contact.name)",
    )

    @property
    def criteria_met(self) -> int:
        """How many of the four ASF criteria the enterprise fulfils."""
        return sum(
            bool(v)
            for v in (
                self.integration_purpose,
                self.participation,
                self.reinvested_profits,
                self.independent_of_public_sector,
            )
        )

    @validates("name")
    def _v_name(self, key: str, value: object) -> str:
        return required_text(value, key)

    @validates("org_number")
    def _v_org_number(self, key: str, value: object) -> str | None:
        return optional(normalize_org_number, value, key)

    @validates(
        "training_places_total",
        "training_places_available",
        "employees",
        "participants_in_training",
    )
    def _v_counts(self, key: str, value: object) -> int | None:
        return non_negative(value, key)

    @validates("legal_form")
    def _v_legal_form(self, key: str, value: object) -> LegalForm:
        return coerce_enum(LegalForm, value, key)

    @validates("status")
    def _v_status(self, key: str, value: object) -> EnterpriseStatus:
        return coerce_enum(EnterpriseStatus, value, key)

    def validate_record(self) -> None:
        total, free = self.training_places_total, self.training_places_available
        if total is not None and free is not None and free > total:
            raise ValidationError(
                "training_places_available",
                QT_TRANSLATE_NOOP("Validation", "{free} free places is more than the {total} in total"),
                free=free,
                total=total,
            )

    def __repr__(self) -> str:
        return f"<Enterprise {self.id} {self.name!r}>"


class PartnerOrganisation(_AddressMixin, IdAudited, Base):
    """An organisation in the partner network: Coompanion, Arbetsförmedlingen, the region …"""

    __tablename__ = "partner_organisations"

    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[PartnerKind] = mapped_column(enum_type(PartnerKind), default=PartnerKind.OTHER)
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipalities.code"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    municipality: Mapped[Municipality | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="partner_organisation",
        cascade="all, delete-orphan",
        order_by="(Contact.is_primary.desc(), Contact.name)",
    )

    @validates("name")
    def _v_name(self, key: str, value: object) -> str:
        return required_text(value, key)

    @validates("kind")
    def _v_kind(self, key: str, value: object) -> PartnerKind:
        return coerce_enum(PartnerKind, value, key)

    def __repr__(self) -> str:
        return f"<PartnerOrganisation {self.id} {self.name!r}>"


class Contact(IdAudited, Base):
    """A contact person at exactly one enterprise or one partner organisation."""

    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint("(enterprise_id IS NULL) <> (partner_organisation_id IS NULL)", name="one_owner"),
    )

    name: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    mobile: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    notes: Mapped[str | None] = mapped_column(Text)
    enterprise_id: Mapped[int | None] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    partner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_organisations.id", ondelete="CASCADE"), index=True
    )

    enterprise: Mapped[Enterprise | None] = relationship(back_populates="contacts")
    partner_organisation: Mapped[PartnerOrganisation | None] = relationship(back_populates="contacts")

    @property
    def organisation(self) -> Enterprise | PartnerOrganisation | None:
        return self.enterprise or self.partner_organisation

    @validates("name")
    def _v_name(self, key: str, value: object) -> str:
        return required_text(value, key)

    @validates("title")
    def _v_title(self, key: str, value: object) -> str | None:
        return bounded_text(value, key)

    @validates("phone", "mobile")
    def _v_phone(self, key: str, value: object) -> str | None:
        return optional(normalize_phone, value, key)

    @validates("email")
    def _v_email(self, key: str, value: object) -> str | None:
        return optional(normalize_email, value, key)

    def validate_record(self) -> None:
        has_enterprise = self.enterprise is not None or self.enterprise_id is not None
        has_partner = self.partner_organisation is not None or self.partner_organisation_id is not None
        if has_enterprise == has_partner:
            raise ValidationError(
                "owner",
                QT_TRANSLATE_NOOP(
                    "Validation", "a contact belongs to exactly one enterprise or one partner organisation"
                ),
            )

    def __repr__(self) -> str:
        return f"<Contact {self.id} {self.name!r}>"
