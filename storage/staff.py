"""Staff members by name (managers come from intake by name) and who they are in Telegram."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Staff


async def all_staff(session: AsyncSession) -> list[Staff]:
    return list((await session.scalars(select(Staff).order_by(Staff.name, Staff.id))).all())


async def manager_named(session: AsyncSession, name: str, now: datetime) -> Staff:
    """The staff member called `name`, created if new (intake names managers by name). Two
    intakes naming a new manager at once make one row: the later insert waits for the earlier
    and then finds its row instead of failing."""
    found = await _named(session, name)
    if found is None:
        dialect = postgresql if session.bind.dialect.name == "postgresql" else sqlite
        await session.execute(dialect.insert(Staff).values(name=name, created_at=now)
                              .on_conflict_do_nothing(index_elements=[Staff.name]))
        found = await _named(session, name)
    return found


async def _named(session: AsyncSession, name: str) -> Staff | None:
    return await session.scalar(select(Staff).where(Staff.name == name))


async def bind_telegram(session: AsyncSession, name: str, user_id: int, username: str | None,
                        now: datetime) -> tuple[Staff, int | None]:
    """`name` is Telegram user `user_id` from now on (a new staff member if the name is new);
    returns the member and the user id they had before. Whoever had this user id loses it."""
    member = await manager_named(session, name, now)
    before = member.telegram_user_id
    await session.execute(update(Staff).where(Staff.telegram_user_id == user_id, Staff.id != member.id)
                          .values(telegram_user_id=None, username=None)
                          .execution_options(synchronize_session=False))
    await session.flush()
    member.telegram_user_id, member.username = user_id, username
    await session.flush()
    return member, before
