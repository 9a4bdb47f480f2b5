"""Medians of durations per group, on PostgreSQL (percentile_cont) and on SQLite (which has no
median: the middle one or two rows by a window function, averaged)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

SECONDS_PER_DAY = 86400


def _seconds(start: Any, end: Any, postgres: bool) -> Any:
    if postgres:
        return func.extract("epoch", end - start)
    return (func.julianday(end) - func.julianday(start)) * SECONDS_PER_DAY


def joined(statement: Any, joins: Sequence[tuple[Any, Any]]) -> Any:
    for table, on in joins:
        statement = statement.join(table, on)
    return statement


async def medians(session: AsyncSession, key: Any, spans: Sequence[tuple[Any, Any]], *,
                  where: Sequence[Any], joins: Sequence[tuple[Any, Any]], base: Any,
                  postgres: bool) -> dict[Any, list[float | None]]:
    """For each value of `key` (None: over all rows), the median in seconds of each span's
    `end − start` over the rows where `end` is set; groups with no such row are absent."""
    keys = [] if key is None else [key]
    found: dict[Any, list[float | None]] = {}
    if postgres:  # percentile_cont leaves out the NULLs: every span in one query
        statement = joined(select(*keys, *(func.percentile_cont(0.5).within_group(
            _seconds(start, end, True)) for start, end in spans)).select_from(base), joins)
        for row in (await session.execute(statement.where(*where).group_by(*keys))).all():
            values = [None if v is None else _exact(v) for v in row[len(keys):]]
            if any(v is not None for v in values):
                found[row[0] if keys else None] = values
        return found
    for position, (start, end) in enumerate(spans):
        seconds = _seconds(start, end, False)
        inner = joined(select(*(k.label("k") for k in keys), seconds.label("s"),
                               func.row_number().over(partition_by=keys or None,
                                                      order_by=seconds).label("n"),
                               func.count().over(partition_by=keys or None).label("total"))
                        .select_from(base), joins)
        ranked = inner.where(*where, end.is_not(None)).subquery()
        group = [ranked.c.k] if keys else []
        middle = ranked.c.n.in_([(ranked.c.total + 1) // 2, (ranked.c.total + 2) // 2])
        statement = select(*group, func.avg(ranked.c.s)).where(middle).group_by(*group)
        for row in (await session.execute(statement)).all():
            if row[-1] is not None:
                found.setdefault(row[0] if keys else None, [None] * len(spans))[position] = \
                    _exact(row[-1])
    return found


def _exact(seconds: object) -> float:
    # SQLite's day fractions carry float noise of microseconds; nothing here needs more than ms.
    return round(float(seconds), 3)
