"""A delivery as the outside world reports it (CLI, chat, later the HTTP API and files)."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from .phones import normalize_phone
from .problems import Problem, Refused, from_pydantic, refused
from .zones import parse_zone

ExternalId = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=r"^[^\s]+$")
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
# Deliveries far outside these years are typing errors, and would overflow planning arithmetic.
EARLIEST, LATEST = datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)


def printable(value: str | None) -> str | None:
    """`value`, refused if it holds control characters: they are never part of a name or
    a reference, and PostgreSQL refuses NUL."""
    if value is not None and any(unicodedata.category(c) == "Cc" for c in value):
        raise refused("control_chars", "control characters (line breaks, tabs, NUL) are not allowed")
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
            raise refused("phone", "not a phone number")
        return phone

    @field_validator("delivery_id", "client_id", "client_name", "manager", "order_ref", "time_zone")
    @classmethod
    def _printable(cls, value: str | None) -> str | None:
        return printable(value)

    @field_validator("delivered_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise refused("offset", "needs a time zone offset, e.g. 2026-12-01T15:00:00+03:00")
        try:
            within = EARLIEST <= value < LATEST
        except OverflowError:  # e.g. 0001-01-01 with a positive offset lies before year 1 in UTC
            within = False
        if not within:
            raise refused("years", "must be between the years 2000 and 2099")
        return value

    @field_validator("time_zone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        try:
            return None if value is None else parse_zone(value).key
        except ValueError as error:
            raise refused("zone", str(error)) from None


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
        raise Refused(Problem("when", f"expected {WHEN_FORM}"))
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


class FieldRefused(ValueError):
    """A delivery typed by a person has a bad field: which one, and why."""

    def __init__(self, field: str, problem: Problem) -> None:
        super().__init__(f"{field}: {problem.english}")
        self.field, self.problem = field, problem


def delivery_from(fields: Mapping[str, str | None], tz: ZoneInfo, now: datetime) -> DeliveryIn:
    """A delivery as a person types it (the command line, a chat command): `delivered_at` in the
    forms people write, local time in `tz`, and `now` when not given. FieldRefused otherwise."""
    values = {name: value for name, value in fields.items() if value is not None}
    written = values.pop("delivered_at", None)
    try:
        when = parse_when(written, tz) if written else now
    except Refused as error:
        raise FieldRefused("delivered_at", error.problem) from None
    try:
        return DeliveryIn(delivered_at=when, **values)
    except ValidationError as error:
        first = error.errors()[0]
        raise FieldRefused(str(first["loc"][0]) if first["loc"] else "", from_pydantic(first)) from None
