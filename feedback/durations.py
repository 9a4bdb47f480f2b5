"""Human durations for settings and commands: "3d", "12h", "90m", "45s", "1d12h"."""

from __future__ import annotations

import re
from datetime import timedelta

_PART = re.compile(r"(\d+)\s*([dhms])", re.IGNORECASE)
_WHOLE = re.compile(r"^\s*(?:\d+\s*[dhms]\s*)+$", re.IGNORECASE)
_UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}

DURATION_FORM = "a number with d, h, m or s, e.g. 3d, 12h, 30m, 1d12h"


def parse_duration(text: str) -> timedelta:
    """Parse "3d" / "12h" / "1d12h" / a bare number of seconds; ValueError otherwise."""
    text = str(text).strip()
    if text.isdigit():
        return timedelta(seconds=int(text))
    if not _WHOLE.match(text):
        raise ValueError(f"expected {DURATION_FORM}")
    seconds = sum(int(n) * _UNITS[u.lower()] for n, u in _PART.findall(text))
    return timedelta(seconds=seconds)


def format_duration(value: timedelta) -> str:
    """The shortest form parse_duration reads back: 3d, 1d12h, 90s."""
    seconds = int(value.total_seconds())
    if seconds == 0:
        return "0s"
    parts = []
    for unit, size in _UNITS.items():
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts)
