"""When a client who has not answered a survey gets a gentle reminder."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .window import SendWindow


def reminder_due(sent_at: datetime, sent_reminders: int, after: timedelta, count: int,
                 window: SendWindow, tz: ZoneInfo) -> datetime | None:
    """When the next reminder is due (each `after` since the survey went out, moved into the send
    window in the client's zone), or None when all `count` were sent (0 turns reminders off)."""
    if sent_reminders >= count:
        return None
    return window.next_open(sent_at + after * (sent_reminders + 1), tz)


def should_remind(sent_at: datetime, sent_reminders: int, now: datetime, after: timedelta,
                  count: int, window: SendWindow, tz: ZoneInfo) -> bool:
    """Whether to send the next reminder now: it is due and the client's window is open."""
    due = reminder_due(sent_at, sent_reminders, after, count, window, tz)
    return due is not None and due <= now and window.contains(now, tz)
