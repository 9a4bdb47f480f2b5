"""When a survey goes out, when it gives up, and how a failed send is retried."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .window import SendWindow

MAX_SEND_ATTEMPTS = 8
_FIRST_RETRY = timedelta(seconds=30)
_LONGEST_RETRY = timedelta(hours=1)


def due_at(delivered_at: datetime, delay: timedelta, window: SendWindow, tz: ZoneInfo) -> datetime:
    """delivered-at + delay, moved into the send window in `tz`."""
    return window.next_open(delivered_at + delay, tz)


def retry_at(now: datetime, attempts: int, window: SendWindow, tz: ZoneInfo) -> datetime | None:
    """When to try again after `attempts` failed sends, or None to give up."""
    if attempts >= MAX_SEND_ATTEMPTS:
        return None
    wait = min(_FIRST_RETRY * 2 ** max(attempts - 1, 0), _LONGEST_RETRY)
    return window.next_open(now + wait, tz)
