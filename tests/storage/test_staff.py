"""One staff member per name: intake names managers by name, so two intakes at once naming a new
manager must not make two of them (reports would show the manager twice)."""

import asyncio

from sqlalchemy import func, select, text

from storage import staff
from storage.migrate import migrate
from storage.models import Staff

from ..support import START
from .test_storage import _ready


async def _count(db) -> int:
    async with db.session() as session:
        return await session.scalar(select(func.count()).select_from(Staff))


async def test_two_intakes_naming_a_new_manager_at_once_make_one(db):
    await _ready(db)

    async def second_intake() -> int:
        async with db.session() as session:
            member = await staff.manager_named(session, "Анна Смирнова", START)
            await session.commit()
            return member.id

    async with db.session() as session:
        first = await staff.manager_named(session, "Анна Смирнова", START)
        other = asyncio.create_task(second_intake())
        await asyncio.sleep(0.3)  # it looks the name up before this unit of work commits
        await session.commit()
    assert await other == first.id
    assert await _count(db) == 1


async def test_the_migration_merges_managers_named_alike(databases, tmp_path):
    async with databases.blank(tmp_path) as db:
        await migrate(db, "0005")
        async with db.engine.begin() as connection:
            for statement in (
                ("INSERT INTO staff (id, name, created_at) VALUES (1, 'Анна', '2026-12-01'), "
                 "(2, 'Борис', '2026-12-01'), (3, 'Анна', '2026-12-01')"),
                ("INSERT INTO staff (id, name, telegram_user_id, username, created_at) "
                 "VALUES (4, 'Анна', 777, 'anna', '2026-12-01')"),
                ("INSERT INTO clients (id, external_id, name, link_token, manager_id, status, "
                 "created_at) VALUES (1, 'C-1', 'X', 't1', 3, 'active', '2026-12-01'), "
                 "(2, 'C-2', 'Y', 't2', 2, 'active', '2026-12-01')"),
                ("INSERT INTO deliveries (id, client_id, manager_id, delivered_at, source, "
                 "created_at) VALUES (1, 1, 4, '2026-12-01', 'test', '2026-12-01'), "
                 "(2, 2, 2, '2026-12-01', 'test', '2026-12-01')"),
            ):
                await connection.execute(text(statement))
        await migrate(db)
        async with db.engine.connect() as connection:
            people = (await connection.execute(text(
                "SELECT id, name, telegram_user_id FROM staff ORDER BY id"))).all()
            clients = (await connection.execute(text(
                "SELECT manager_id FROM clients ORDER BY id"))).scalars().all()
            deliveries = (await connection.execute(text(
                "SELECT manager_id FROM deliveries ORDER BY id"))).scalars().all()
    assert [tuple(p) for p in people] == [(1, "Анна", 777), (2, "Борис", None)]
    assert clients == [1, 2] and deliveries == [1, 2]
