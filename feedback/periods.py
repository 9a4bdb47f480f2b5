"""Report periods: what `7d`, `2026-11` or `2026-11-01..2026-11-15` cover, and the period
each is compared with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_PERIOD = "30d"
MAX_DAYS = 366
PERIOD_FORMS = "7d, 30d, 2026-11, 2026-11-01..2026-11-15"
_YEARS = (2000, 2999)

_DAYS = re.compile(r"^(\d{1,3})\s*[dд]$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$|^(\d{1,2})\.(\d{4})$")
_DATE = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}"
_RANGE = re.compile(rf"^({_DATE})(?:\s*(?:\.\.|–|—|-|\s)\s*({_DATE}))?$")


class PeriodError(ValueError):
    """The text is not a period; the message gives the accepted forms."""

    def __init__(self) -> None:
        super().__init__(f"expected {PERIOD_FORMS}")


@dataclass(frozen=True)
class Period:
    """[start, end) in UTC. `kind`: "days" (the last N days up to a moment), "month" or "range"
    (whole local days); it decides which period comes before this one."""

    start: datetime
    end: datetime
    kind: str
    tz: ZoneInfo

    @property
    def first_day(self) -> date:
        return self.start.astimezone(self.tz).date()

    @property
    def last_day(self) -> date:
        """The last local day the period touches."""
        return (self.end - timedelta(microseconds=1)).astimezone(self.tz).date()

    def previous(self) -> Period:
        """The period of the same length just before: the previous month for a month."""
        if self.kind == "month":
            day = self.first_day
            first = date(day.year - (day.month == 1), 12 if day.month == 1 else day.month - 1, 1)
            return Period(_midnight(first, self.tz), self.start, "month", self.tz)
        if self.kind == "range":
            days = (self.last_day - self.first_day).days + 1
            first = self.first_day - timedelta(days=days)
            return Period(_midnight(first, self.tz), self.start, "range", self.tz)
        return Period(self.start - (self.end - self.start), self.start, "days", self.tz)

    def label(self) -> str:
        """05.11–04.12.2026, or 11.2026 for a month, or 04.12.2026 for one day."""
        first, last = self.first_day, self.last_day
        if self.kind == "month":
            return f"{first:%m.%Y}"
        if first == last:
            return f"{first:%d.%m.%Y}"
        head = f"{first:%d.%m}" if first.year == last.year else f"{first:%d.%m.%Y}"
        return f"{head}–{last:%d.%m.%Y}"


def _midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def _date(text: str) -> date:
    if "." in text:
        d, m, y = (int(p) for p in text.split("."))
    else:
        y, m, d = (int(p) for p in text.split("-"))
    day = date(y, m, d)
    if not _YEARS[0] <= day.year <= _YEARS[1]:
        raise PeriodError
    return day


def parse_period(text: str | None, now: datetime, tz: ZoneInfo) -> Period:
    """Read a period (None or blank: the last 30 days) as of `now` in `tz`; PeriodError else."""
    text = (text or "").strip() or DEFAULT_PERIOD
    try:
        if match := _DAYS.match(text):
            days = int(match.group(1))
            if not 1 <= days <= MAX_DAYS:
                raise PeriodError
            return Period(now - timedelta(days=days), now, "days", tz)
        if match := _MONTH.match(text):
            year, month = (int(match.group(1)), int(match.group(2))) if match.group(1) else \
                (int(match.group(4)), int(match.group(3)))
            first = _date(f"{year}-{month}-1")
            following = date(year + (month == 12), 1 if month == 12 else month + 1, 1)
            return Period(_midnight(first, tz), _midnight(following, tz), "month", tz)
        if match := _RANGE.match(text):
            first = _date(match.group(1))
            last = _date(match.group(2)) if match.group(2) else first
            if last < first or (last - first).days >= MAX_DAYS:
                raise PeriodError
            return Period(_midnight(first, tz), _midnight(last + timedelta(days=1), tz), "range", tz)
    except (ValueError, OverflowError):
        raise PeriodError from None
    raise PeriodError
