"""Test helpers shared by the suites: a movable clock and a fresh database per test."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from storage.db import Database
from storage.migrate import migrate
from storage.models import Base

# Friday 2026-12-04 12:00 in Moscow: inside the default 10:00–20:00 window.
START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


class MovableClock:
    """The time the app sees; tests move it, nothing else does."""

    def __init__(self, start: datetime = START) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> datetime:
        self.moment += timedelta(**delta)
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment


async def _new_schema(pg_url: str, prefix: str) -> str:
    schema = f"{prefix}_{secrets.token_hex(4)}"
    admin = Database(pg_url)
    async with admin.engine.begin() as connection:
        await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    await admin.dispose()
    return schema


async def _drop_schema(pg_url: str, schema: str) -> None:
    admin = Database(pg_url)
    async with admin.engine.begin() as connection:
        await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    await admin.dispose()


def _in_schema(pg_url: str, schema: str) -> Database:
    return Database(pg_url, connect_args={"server_settings": {"search_path": schema}})


@dataclass
class TestDatabases:
    """Where each test's database comes from: a migrated SQLite file copied per test, or one
    PostgreSQL schema for the run (TEST_DATABASE_URL), emptied between tests."""

    pg_url: str | None
    schema: str | None
    template: Path | None

    @classmethod
    async def create(cls, workdir: Path) -> "TestDatabases":
        pg = os.environ.get("TEST_DATABASE_URL")
        if pg:
            made = cls(pg, await _new_schema(pg, "tzk_test"), None)
            db = made.database_for(workdir)
            await migrate(db)
            await db.dispose()
            return made
        template = workdir / "template.sqlite3"
        db = Database(f"sqlite:///{template}")
        await migrate(db)
        await db.dispose()
        return cls(None, None, template)

    def url_for(self, folder: Path) -> str:
        if self.pg_url:
            return self.pg_url
        target = folder / "tzk.sqlite3"
        if not target.exists():
            shutil.copy(self.template, target)
        return f"sqlite:///{target}"

    def database_for(self, folder: Path) -> Database:
        if self.pg_url:
            return _in_schema(self.pg_url, self.schema)
        return Database(self.url_for(folder))

    async def empty(self, db: Database) -> None:
        """Forget the previous test's rows (PostgreSQL only; SQLite files are per test)."""
        if not self.pg_url:
            return
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        async with db.engine.begin() as connection:
            await connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))

    @asynccontextmanager
    async def blank(self, folder: Path) -> AsyncIterator[Database]:
        """A database with no tables at all, of the run's kind, gone afterwards (for migrations)."""
        schema = await _new_schema(self.pg_url, "tzk_blank") if self.pg_url else None
        db = _in_schema(self.pg_url, schema) if schema else Database(f"sqlite:///{folder / 'blank.sqlite3'}")
        try:
            yield db
        finally:
            await db.dispose()
            if schema:
                await _drop_schema(self.pg_url, schema)

    async def drop(self) -> None:
        if self.pg_url:
            await _drop_schema(self.pg_url, self.schema)
