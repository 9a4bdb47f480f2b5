"""When the weekly digest is due: "mon 09:00" in the installation's zone, or "off"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .weekdays import WEEKDAYS, weekday_number

DIGEST_FORM = "a weekday and a time, e.g. mon 09:00, or off"
_OFF = {"off", "no", "none", "выкл", "нет"}
# "mon", "monday", "пн": English by the first three letters, Russian by the usual two.
_FORM = re.compile(r"^\s*(?:([a-z]{3})[a-z]*|([а-я]{2}))\.?\s+(\d{1,2}):(\d{2})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DigestSchedule:
    """A weekday (0 = Monday) and a local time; weekday None means no digest."""

    weekday: int | None
    at: time = time(9, 0)

    @classmethod
    def parse(cls, text: str) -> DigestSchedule:
        """Read "mon 09:00", "пн 9:00", "Monday 18:30" or "off"; ValueError otherwise."""
        if text.strip().lower() in _OFF:
            return cls(None)
        match = _FORM.match(text)
        if not match:
            raise ValueError(f"expected {DIGEST_FORM}")
        weekday = weekday_number(match.group(1) or match.group(2))
        hour, minute = int(match.group(3)), int(match.group(4))
        if weekday is None or hour > 23 or minute > 59:
            raise ValueError(f"expected {DIGEST_FORM}")
        return cls(weekday, time(hour, minute))

    def __str__(self) -> str:
        return "off" if self.weekday is None else f"{WEEKDAYS[self.weekday]} {self.at:%H:%M}"

    @property
    def enabled(self) -> bool:
        return self.weekday is not None

    def latest(self, now: datetime, tz: ZoneInfo) -> datetime | None:
        """The last moment the digest was due at or before `now` (UTC), None when off."""
        if self.weekday is None:
            return None
        local = now.astimezone(tz)
        day = local.date() - timedelta(days=(local.weekday() - self.weekday) % 7)
        moment = datetime.combine(day, self.at, tzinfo=tz)
        if moment > local:
            moment = datetime.combine(day - timedelta(days=7), self.at, tzinfo=tz)
        return moment.astimezone(UTC)


def period_key(slot: datetime) -> str:
    """The digest's unique name: the UTC moment it was due, e.g. 2026-12-07T06:00Z."""
    return f"{slot.astimezone(UTC):%Y-%m-%dT%H:%MZ}"
