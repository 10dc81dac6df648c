"""Reference data: counties, municipalities (SCB codes) and the service-category vocabulary."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from asfdesk.db.base import Audited, Base, IdAudited
from asfdesk.i18n import current_language


class County(Audited, Base):
    """A län. `code` is the two-digit SCB code."""

    __tablename__ = "counties"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(100))

    municipalities: Mapped[list[Municipality]] = relationship(back_populates="county")


class Municipality(Audited, Base):
    """A kommun. `code` is the four-digit kommunkod; its first two digits are the county."""

    __tablename__ = "municipalities"

    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(100), index=True)
    county_code: Mapped[str] = mapped_column(ForeignKey("counties.code"), index=True)

    county: Mapped[County] = relationship(back_populates="municipalities")

    def __str__(self) -> str:
        return self.short_name


class ServiceCategory(IdAudited, Base):
    """What an enterprise sells: catering, cleaning, carpentry …"""

    __tablename__ = "service_categories"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(100))
    name_sv: Mapped[str] = mapped_column(String(100))

    def label(self, language: str | None = None) -> str:
        """Both names are reference data in the database, not catalogue text."""
        return self.name_sv if (language or current_language()) == "sv" else self.name_en
