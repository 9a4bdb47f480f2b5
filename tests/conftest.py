"""Fixtures: the sandbox server (one per run), a fresh bot and database per test."""

from __future__ import annotations

import pytest
import pytest_asyncio

from .harness import Tzk
from .support import MovableClock, TestDatabases


@pytest.fixture(scope="session")
def sandbox_server():
    from sandbox import SandboxServer

    server = SandboxServer()
    server.start()
    yield server
    server.stop()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def databases(tmp_path_factory):
    made = await TestDatabases.create(tmp_path_factory.mktemp("db"))
    yield made
    await made.drop()


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest_asyncio.fixture
async def db(databases, tmp_path):
    """An empty, migrated database of the run's kind (SQLite or PostgreSQL), seeded as on start."""
    database = databases.database_for(tmp_path)
    await databases.empty(database)
    yield database
    await database.dispose()


@pytest_asyncio.fixture
async def sc(sandbox_server):
    from sandbox import SandboxClient

    async with SandboxClient(sandbox_server.url) as client:
        yield client


@pytest_asyncio.fixture
async def sb(sc):
    """A fresh bot in the sandbox: its own users, chats and updates."""
    return await sc.create_bot(username="tzk_test_bot", first_name="ТЗК")


@pytest.fixture
def tzk_settings() -> dict:
    """Settings a suite gives its installation (a conftest deeper down overrides this)."""
    return {}


@pytest_asyncio.fixture
async def tzk(sb, sandbox_server, databases, tmp_path, clock, tzk_settings):
    """ТЗК running against the sandbox, with the staff group set up; stopped after the test."""
    installation = Tzk(sb, sandbox_server.api_url, databases, tmp_path, clock)
    await installation.setup_people()
    probe = databases.database_for(tmp_path)
    await databases.empty(probe)
    await probe.dispose()
    await installation.start(**tzk_settings)
    yield installation
    await installation.stop()
