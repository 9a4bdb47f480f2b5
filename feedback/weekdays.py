"""Weekday names, 0 = Monday: English as settings write them (APScheduler's cron reads the same),
Russian as people type them."""

from __future__ import annotations

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
RUSSIAN_WEEKDAYS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")
_NUMBERS = {name: n for names in (WEEKDAYS, RUSSIAN_WEEKDAYS) for n, name in enumerate(names)}


def weekday_number(name: str) -> int | None:
    """0 for "mon" or "пн" … 6 for "sun" or "вс", in any case; None for anything else."""
    return _NUMBERS.get(name.lower())
