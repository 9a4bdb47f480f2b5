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


async def median_seconds(session: AsyncSession, key: Any, start: Any, end: Any, *,
                         where: Sequence[Any], joins: Sequence[tuple[Any, Any]], base: Any,
                         postgres: bool) -> dict[Any, float]:
    """The median of `end − start` in seconds for each value of `key` (None: over all rows);
    groups without rows are absent."""
    keys = [] if key is None else [key]
    seconds = _seconds(start, end, postgres)
    if postgres:
        statement = select(*keys, func.percentile_cont(0.5).within_group(seconds)).select_from(base)
        for table, on in joins:
            statement = statement.join(table, on)
        statement = statement.where(*where).group_by(*keys)
    else:
        inner = select(*(k.label("k") for k in keys), seconds.label("s"),
                       func.row_number().over(partition_by=keys or None, order_by=seconds).label("n"),
                       func.count().over(partition_by=keys or None).label("total")).select_from(base)
        for table, on in joins:
            inner = inner.join(table, on)
        ranked = inner.where(*where).subquery()
        group = [ranked.c.k] if keys else []
        middle = ranked.c.n.in_([(ranked.c.total + 1) // 2, (ranked.c.total + 2) // 2])
        statement = select(*group, func.avg(ranked.c.s)).where(middle).group_by(*group)
    rows = (await session.execute(statement)).all()
    if not keys:
        return {None: _exact(rows[0][0])} if rows and rows[0][0] is not None else {}
    return {row[0]: _exact(row[1]) for row in rows}


def _exact(seconds: object) -> float:
    # SQLite's day fractions carry float noise of microseconds; nothing here needs more than ms.
    return round(float(seconds), 3)
