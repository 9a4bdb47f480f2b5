"""Spans of time as people say them: "4 ч", "2 дн 19 ч", "35 min"."""

from __future__ import annotations

from datetime import timedelta

_UNITS = {"ru": ("дн", "ч", "мин"), "en": ("d", "h", "min")}


def human_duration(value: timedelta, lang: str) -> str:
    """The two largest whole units of `value` (minutes at least), in `lang`."""
    minutes = max(int(value.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    units = _UNITS["en" if lang == "en" else "ru"]
    parts = [f"{count} {unit}" for count, unit in zip((days, hours, minutes), units) if count]
    return " ".join(parts[:2]) or f"0 {units[2]}"
