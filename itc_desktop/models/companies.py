"""The SMEs the center works for and their contact people."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from itc_desktop.models.base import Base, utcnow


class Country(StrEnum):
    HUNGARY = "HU"
    SERBIA = "RS"
    OTHER = "other"


class Currency(StrEnum):
    EUR = "EUR"
    HUF = "HUF"
    RSD = "RSD"


COUNTRY_VALUES = tuple(c.value for c in Country)
CURRENCY_VALUES = tuple(c.value for c in Currency)


class Company(Base):
    __tablename__ = "companies"
    __table_args__ = (
        CheckConstraint(f"country IN {COUNTRY_VALUES!r}", name="country_valid"),
        CheckConstraint(f"default_currency IN {CURRENCY_VALUES!r}", name="currency_valid"),
        CheckConstraint("length(name) >= 1", name="name_present"),
        Index("ix_companies_search_key", "search_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Lower case without accents, Serbian Cyrillic transliterated: what search compares with.
    search_key: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(8))
    # Stored normalised (HU `12345678-1-12`, RS 9 digits); unique where present.
    tax_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    registration_number: Mapped[str | None] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(Text, default="")
    default_currency: Mapped[str] = mapped_column(String(3), default=Currency.EUR.value)
    nda_signed: Mapped[bool] = mapped_column(default=False)
    nda_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(64))
    role: Mapped[str | None] = mapped_column(String(100))
    # A contact named on a job is deactivated instead of deleted, so the job keeps its link.
    active: Mapped[bool] = mapped_column(default=True)
