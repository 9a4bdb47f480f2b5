"""A delivery as the outside world reports it (CLI, chat, later the HTTP API and files)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from .phones import normalize_phone
from .zones import parse_zone

ExternalId = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=r"^[^\s]+$")
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
# Deliveries far outside these years are typing errors, and would overflow planning arithmetic.
EARLIEST, LATEST = datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)


def printable(value: str | None) -> str | None:
    """`value`, or ValueError if it holds control characters: they are never part of a name or
    a reference, and PostgreSQL refuses NUL."""
    if value is not None and any(unicodedata.category(c) == "Cc" for c in value):
        raise ValueError("control characters (line breaks, tabs, NUL) are not allowed")
    return value


class DeliveryIn(BaseModel):
    """One delivery; the client is created or updated by `client_id`."""

    model_config = ConfigDict(extra="forbid")

    delivery_id: ExternalId | None = None
    client_id: ExternalId
    client_name: Name
    phone: str | None = Field(default=None, max_length=32)
    manager: Name | None = None
    delivered_at: datetime
    language: str | None = Field(default=None, pattern=r"^(ru|en)$")
    time_zone: str | None = Field(default=None, max_length=64)
    order_ref: Annotated[str, StringConstraints(strip_whitespace=True, max_length=64)] | None = None
    amount: Decimal | None = Field(default=None, ge=0, max_digits=14, decimal_places=2)

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        phone = normalize_phone(value)
        if phone is None:
            raise ValueError("not a phone number")
        return phone

    @field_validator("delivery_id", "client_id", "client_name", "manager", "order_ref", "time_zone")
    @classmethod
    def _printable(cls, value: str | None) -> str | None:
        return printable(value)

    @field_validator("delivered_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("needs a time zone offset, e.g. 2026-12-01T15:00:00+03:00")
        try:
            within = EARLIEST <= value < LATEST
        except OverflowError:  # e.g. 0001-01-01 with a positive offset lies before year 1 in UTC
            within = False
        if not within:
            raise ValueError("must be between the years 2000 and 2099")
        return value

    @field_validator("time_zone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        return None if value is None else parse_zone(value).key


_LOCAL_FORMS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d", "%d.%m.%Y %H:%M", "%d.%m.%Y")
WHEN_FORM = "2026-12-01, 2026-12-01 15:30, 01.12.2026 or ISO 8601 with an offset"


def parse_when(text: str, tz: ZoneInfo) -> datetime:
    """A date/time as people type it; without an offset it is local time in `tz`."""
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None:
        for form in _LOCAL_FORMS:
            try:
                moment = datetime.strptime(text, form)
                break
            except ValueError:
                continue
    if moment is None:
        raise ValueError(f"expected {WHEN_FORM}")
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)
