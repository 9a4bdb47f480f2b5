"""The send window: the local hours in which a client may be written to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

WINDOW_FORM = "HH:MM-HH:MM, e.g. 10:00-20:00 (00:00-24:00 means any time)"
_FORM = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class SendWindow:
    """Local [start, end) hours; start > end spans midnight; start == end is always open."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> "SendWindow":
        """Read "10:00-20:00"; ValueError for anything else."""
        match = _FORM.match(text)
        if not match:
            raise ValueError(f"expected {WINDOW_FORM}")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h2 == 24 and m2 == 0:
            h2 = 0
        if not (h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60):
            raise ValueError(f"expected {WINDOW_FORM}")
        return cls(time(h1, m1), time(h2, m2))

    def __str__(self) -> str:
        end = "24:00" if self.always_open and self.end == time(0) else f"{self.end:%H:%M}"
        return f"{self.start:%H:%M}-{end}"

    @property
    def always_open(self) -> bool:
        return self.start == self.end

    def contains(self, moment: datetime, tz: ZoneInfo) -> bool:
        """Whether `moment` (aware) falls inside the window in `tz`."""
        if self.always_open:
            return True
        local = moment.astimezone(tz).time()
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def next_open(self, moment: datetime, tz: ZoneInfo) -> datetime:
        """`moment` itself if inside the window, else when the window next opens (as UTC)."""
        if self.contains(moment, tz):
            return moment
        local = moment.astimezone(tz)
        day = local.date()
        if self.start < self.end and local.time() >= self.end:
            day += timedelta(days=1)
        # An opening hour skipped by a DST jump lands just past the jump (zoneinfo, fold=0).
        return datetime.combine(day, self.start, tzinfo=tz).astimezone(UTC)
