"""The database URL as people write it, and the async driver the app talks through."""

import pytest

from storage.db import async_url


@pytest.mark.parametrize("given, used", [
    ("sqlite:///./tzk.sqlite3", "sqlite+aiosqlite:///./tzk.sqlite3"),
    ("sqlite+aiosqlite:////var/lib/tzk.sqlite3", "sqlite+aiosqlite:////var/lib/tzk.sqlite3"),
    ("postgresql://tzk:secret@db:5432/tzk", "postgresql+asyncpg://tzk:secret@db:5432/tzk"),
    ("postgres://tzk@db/tzk", "postgresql+asyncpg://tzk@db/tzk"),
    ("postgresql+asyncpg://tzk@db/tzk", "postgresql+asyncpg://tzk@db/tzk"),
])
def test_the_plain_form_gets_the_async_driver(given, used):
    assert async_url(given) == used


@pytest.mark.parametrize("url", ["mysql://tzk@db/tzk", "postgresql+psycopg2://tzk@db/tzk",
                                 "tzk.sqlite3", ""])
def test_another_database_or_driver_is_refused(url):
    with pytest.raises(ValueError, match="postgresql://user@host/db"):
        async_url(url)
