"""Working hours: when the staff are at work, so waiting time is counted the way people count it.

An alert raised at 17:00 on Friday has waited one working hour by Monday 09:00, not 64 hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .weekdays import WEEKDAYS, weekday_number

WORKING_HOURS_FORM = "[DAYS] HH:MM-HH:MM, e.g. 09:00-18:00 or mon-sat 09:00-18:00 (days: mon…sun)"
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")
MON_TO_FRI = frozenset(range(5))


@dataclass(frozen=True)
class WorkingHours:
    """Local [start, end) minutes of the day on the given weekdays (0 = Monday)."""

    start: int
    end: int
    days: frozenset[int] = MON_TO_FRI

    @classmethod
    def parse(cls, text: str) -> WorkingHours:
        """Read "09:00-18:00" (Monday to Friday) or "mon-sat 09:00-18:00"; ValueError otherwise."""
        words = text.replace(" - ", "-").split()
        if not 1 <= len(words) <= 2:
            raise ValueError(f"expected {WORKING_HOURS_FORM}")
        match = _HOURS.match(words[-1])
        if not match:
            raise ValueError(f"expected {WORKING_HOURS_FORM}")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if m1 > 59 or m2 > 59 or not 0 <= start < end <= 24 * 60:
            raise ValueError(f"expected {WORKING_HOURS_FORM}; the start must come before the end")
        days = _parse_days(words[0]) if len(words) == 2 else MON_TO_FRI
        return cls(start, end, days)

    def __str__(self) -> str:
        hours = f"{self.start // 60:02d}:{self.start % 60:02d}-{self.end // 60:02d}:{self.end % 60:02d}"
        return f"{_format_days(self.days)} {hours}"

    def contains(self, moment: datetime, tz: ZoneInfo) -> bool:
        """Whether `moment` (aware) falls inside working hours in `tz`."""
        local = moment.astimezone(tz)
        minute = local.hour * 60 + local.minute
        return local.weekday() in self.days and self.start <= minute < self.end

    def worked(self, since: datetime, until: datetime, tz: ZoneInfo) -> timedelta:
        """The working time between two aware moments (zero if `until` is not later)."""
        total = timedelta(0)
        day = since.astimezone(tz).date()
        last = until.astimezone(tz).date()
        while day <= last:
            if day.weekday() in self.days:
                opens, closes = self._span(day, tz)
                overlap = min(closes, until) - max(opens, since)
                total += max(overlap, timedelta(0))
            day += timedelta(days=1)
        return total

    def _span(self, day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """The day's opening and closing as UTC (aware arithmetic in one zone ignores DST)."""
        opens = datetime.combine(day, time(self.start // 60, self.start % 60), tzinfo=tz)
        if self.end == 24 * 60:
            closes = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
        else:
            closes = datetime.combine(day, time(self.end // 60, self.end % 60), tzinfo=tz)
        return opens.astimezone(UTC), closes.astimezone(UTC)


def _parse_days(text: str) -> frozenset[int]:
    days: set[int] = set()
    for part in text.lower().split(","):
        first, _, last = part.partition("-")
        a, b = weekday_number(first), weekday_number(last or first)
        if a is None or b is None:
            raise ValueError(f"expected {WORKING_HOURS_FORM}")
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    return frozenset(days)


def _format_days(days: frozenset[int]) -> str:
    """Runs of consecutive days as ranges: mon-fri, mon-wed,fri."""
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ",".join(WEEKDAYS[r[0]] if len(r) == 1 else f"{WEEKDAYS[r[0]]}-{WEEKDAYS[r[-1]]}"
                    for r in runs)
