"""The engine and the unit of work: one AsyncSession per task, rolled back unless committed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

URL_FORM = "sqlite:///path or postgresql://user@host/db"
# People write the plain form; the app talks through the async drivers.
_DRIVERS = (("sqlite+aiosqlite://", "sqlite+aiosqlite://"), ("sqlite://", "sqlite+aiosqlite://"),
            ("postgresql+asyncpg://", "postgresql+asyncpg://"),
            ("postgresql://", "postgresql+asyncpg://"), ("postgres://", "postgresql+asyncpg://"))


def async_url(url: str) -> str:
    """`url` with the app's async driver (sqlite:// → sqlite+aiosqlite://, postgresql:// or
    postgres:// → postgresql+asyncpg://); ValueError for any other database or driver."""
    for given, driver in _DRIVERS:
        if url.startswith(given):
            return driver + url[len(given):]
    raise ValueError(f"expected {URL_FORM}")


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An engine for `url` (plain or with the async driver); SQLite gets WAL, a busy timeout
    and writers that queue.

    Parameters are hidden from error messages: they hold clients' names and phones.
    """
    url = async_url(url)
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": 30}, hide_parameters=True,
                                     **kwargs)
        _serialize_sqlite_writers(engine)
        return engine
    return create_async_engine(url, pool_pre_ping=True, hide_parameters=True, **kwargs)


def _serialize_sqlite_writers(engine: AsyncEngine) -> None:
    # A deferred SQLite transaction that reads and then writes fails at once with "database is
    # locked" when another connection wrote meanwhile; BEGIN IMMEDIATE takes the write lock up
    # front, so concurrent units of work wait for each other (busy timeout) instead of failing.
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """Holds the engine; `async with db.session() as s:` is one unit of work."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = async_url(url)
        self.engine = make_engine(self.url, **engine_kwargs)
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session whose work is rolled back unless the caller commits it.

        Closing (not rolling back) ends it: the database transaction is rolled back, and the
        objects loaded stay readable, detached, for the reply that follows.
        """
        async with self._sessions() as session:
            yield session

    async def ping(self) -> None:
        """Raises unless the database answers."""
        async with self.session() as session:
            await session.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()
