"""Departments: who heads them, what is low for them, where their pings go."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Department


async def ensure_departments(
    session: AsyncSession, names: Mapping[str, tuple[str, str]], threshold: int
) -> None:
    """Create the departments a fresh install needs; existing ones are left as they are."""
    existing = set((await session.scalars(select(Department.code))).all())
    for code, (name_ru, name_en) in names.items():
        if code not in existing:
            session.add(Department(code=code, name_ru=name_ru, name_en=name_en, threshold=threshold))
    await session.flush()


async def apply_bootstrap(
    session: AsyncSession, heads: Mapping[str, int], thresholds: Mapping[str, int]
) -> list[str]:
    """Settings seed heads and thresholds; a head already set in the DB is kept. Returns unknown
    department codes so the caller can say so."""
    unknown = []
    for code in set(heads) | set(thresholds):
        department = await by_code(session, code)
        if department is None:
            unknown.append(code)
            continue
        if code in heads and department.head_user_id is None:
            department.head_user_id = heads[code]
        if code in thresholds:
            department.threshold = thresholds[code]
    await session.flush()
    return sorted(unknown)


async def by_code(session: AsyncSession, code: str) -> Department | None:
    return await session.scalar(select(Department).where(Department.code == code))


async def all_departments(session: AsyncSession) -> list[Department]:
    return list((await session.scalars(select(Department).order_by(Department.id))).all())


async def learn_head_name(session: AsyncSession, department_id: int, user_id: int, name: str) -> None:
    """Remember the head's name, unless the head changed meanwhile or a name is already set."""
    department = await session.get(Department, department_id)
    if department.head_user_id == user_id and not department.head_name:
        department.head_name = name[:200]
        await session.flush()


async def change(session: AsyncSession, department: Department, *, head_user_id: int | None = None,
                 head_name: str | None = None, threshold: int | None = None,
                 topic_id: int | None = None) -> None:
    """Change what is given; a new head's name is learnt anew unless given."""
    if head_user_id is not None and head_user_id != department.head_user_id:
        department.head_user_id, department.head_name = head_user_id, None
    for field, value in (("head_name", head_name), ("threshold", threshold), ("topic_id", topic_id)):
        if value is not None:
            setattr(department, field, value)
    await session.flush()


async def set_topic(session: AsyncSession, department: Department, topic_id: int | None) -> None:
    """The forum topic its pings go to; None: the staff chat's main thread."""
    department.topic_id = topic_id
    await session.flush()


async def forget_topic(session: AsyncSession, topic_id: int) -> None:
    """A forum topic was deleted: departments bound to it ping the main chat again."""
    await session.execute(
        update(Department).where(Department.topic_id == topic_id).values(topic_id=None))
