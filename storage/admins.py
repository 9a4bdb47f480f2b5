"""Who may change the bot: admins, seeded from the settings once, then managed in chat."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import Enum

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Admin


class Removal(Enum):
    REMOVED = "removed"
    LAST = "last"  # refused: somebody must be able to administer the bot
    ABSENT = "absent"


async def is_admin(session: AsyncSession, user_id: int) -> bool:
    return await session.get(Admin, user_id) is not None


async def all_admins(session: AsyncSession) -> list[Admin]:
    return list((await session.scalars(select(Admin).order_by(Admin.added_at))).all())


async def seed(session: AsyncSession, user_ids: Iterable[int], now: datetime) -> int:
    """The settings' admins, on a database that has none yet; returns how many were added."""
    if await session.scalar(select(func.count()).select_from(Admin)):
        return 0
    ids = sorted(set(user_ids))
    session.add_all(Admin(user_id=user_id, name="", added_at=now) for user_id in ids)
    await session.flush()
    return len(ids)


async def add(session: AsyncSession, user_id: int, name: str, by: int | None,
              now: datetime) -> bool:
    """Make `user_id` an admin; False if they already were (their name is refreshed)."""
    admin = await session.get(Admin, user_id)
    if admin is not None:
        admin.name = name[:200] or admin.name
        await session.flush()
        return False
    session.add(Admin(user_id=user_id, name=name[:200], added_by=by, added_at=now))
    await session.flush()
    return True


async def remove(session: AsyncSession, user_id: int) -> Removal:
    # Locking every admin row makes two admins removing each other at once take turns, so the
    # second one sees that only one admin is left (SQLite's BEGIN IMMEDIATE does the same).
    everyone = list((await session.scalars(select(Admin).with_for_update())).all())
    target = next((a for a in everyone if a.user_id == user_id), None)
    if target is None:
        return Removal.ABSENT
    if len(everyone) == 1:
        return Removal.LAST
    await session.delete(target)
    await session.flush()
    return Removal.REMOVED
