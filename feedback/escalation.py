"""When an alert nobody has taken is escalated: after each `after` of working time, up to a limit."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .working_hours import WorkingHours


def escalating(after: timedelta, limit: int) -> bool:
    """Whether alerts are escalated at all: a wait of zero, or no step allowed, turns it off."""
    return after > timedelta(0) and limit > 0


def due_step(raised_at: datetime, now: datetime, done: int, after: timedelta, limit: int,
             hours: WorkingHours, tz: ZoneInfo) -> int | None:
    """The escalation step to make now (1, 2, …), or None.

    Step k is due once k × `after` of working time has passed since the alert was raised, and is
    made only inside working hours. Steps missed while nothing ran are made as one: the latest."""
    if not escalating(after, limit) or done >= limit or not hours.contains(now, tz):
        return None
    step = min(limit, hours.worked(raised_at, now, tz) // after)
    return step if step > done else None
