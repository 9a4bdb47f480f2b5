"""Time zones as people name them."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def parse_zone(name: str) -> ZoneInfo:
    """The IANA zone `name` (e.g. Europe/Moscow); ValueError for anything else."""
    try:
        return ZoneInfo(str(name).strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Europe" is a folder
        raise ValueError("unknown time zone, e.g. Europe/Moscow") from None
