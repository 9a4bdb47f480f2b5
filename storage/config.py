"""Settings admins changed in chat; each wins over the environment's value until reset."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import ConfigValue


async def overrides(session: AsyncSession) -> dict[str, str]:
    rows = await session.scalars(select(ConfigValue))
    return {row.key: row.value for row in rows.all()}


async def put(session: AsyncSession, key: str, value: str | None, by: int | None,
              now: datetime) -> None:
    """Store `value` for `key`; None removes the override (the environment's value applies)."""
    if value is None:
        await session.execute(delete(ConfigValue).where(ConfigValue.key == key))
        return
    row = await session.get(ConfigValue, key)
    if row is None:
        row = ConfigValue(key=key)
        session.add(row)
    row.value, row.updated_at, row.updated_by = value, now, by
    await session.flush()
