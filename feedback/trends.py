"""The chart's arithmetic: the weeks it covers, and each department's weekly average and CSAT."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .report_figures import half_up

WEEKS = 12


def week_bounds(end: datetime, tz: ZoneInfo, weeks: int = WEEKS) -> list[datetime]:
    """weeks + 1 boundaries (UTC): local Mondays 00:00 of the `weeks` weeks up to `end`, then
    `end` itself, so the last week may be partial."""
    last = (end - timedelta(microseconds=1)).astimezone(tz).date()
    monday = last - timedelta(days=last.weekday())
    starts = [datetime.combine(monday - timedelta(weeks=weeks - 1 - i), time(0), tzinfo=tz)
              for i in range(weeks)]
    return [start.astimezone(UTC) for start in starts] + [end]


@dataclass(frozen=True)
class WeekTally:
    """The 1–5 answers of one department in one week (week: 0 = the oldest)."""

    department: Hashable
    week: int
    scored: int
    score_sum: int
    satisfied: int


@dataclass(frozen=True)
class Series:
    """One department's weekly points; None where it had no answers that week."""

    averages: list[float | None]
    csat: list[int | None]


def series(tallies: Iterable[WeekTally], weeks: int = WEEKS) -> dict[Hashable, Series]:
    found: dict[Hashable, Series] = {}
    for tally in tallies:
        line = found.setdefault(tally.department, Series([None] * weeks, [None] * weeks))
        if tally.scored and 0 <= tally.week < weeks:
            line.averages[tally.week] = half_up(tally.score_sum / tally.scored, 2)
            line.csat[tally.week] = int(half_up(100 * tally.satisfied / tally.scored))
    return found
