"""When a survey goes out, when it gives up, and how a failed send (or any failed outward
action) is retried."""

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


def backoff(attempts: int, first: timedelta, longest: timedelta) -> timedelta:
    """How long to wait after `attempts` failures in a row: `first`, then twice as long each
    time, never longer than `longest` (however many failures: no overflow)."""
    wait = first
    for _ in range(attempts - 1):
        if wait >= longest:
            break
        wait *= 2
    return min(wait, longest)


def retry_at(now: datetime, attempts: int, window: SendWindow, tz: ZoneInfo) -> datetime | None:
    """When to try again after `attempts` failed sends, or None to give up."""
    if attempts >= MAX_SEND_ATTEMPTS:
        return None
    return window.next_open(now + backoff(attempts, _FIRST_RETRY, _LONGEST_RETRY), tz)
