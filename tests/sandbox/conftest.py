"""Fixtures for the sandbox tests: one real server per session, a fresh bot world per test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import telegram

from sandbox import SandboxBot, SandboxClient, SandboxServer

from .helpers import Updates, ptb_bot


@pytest.fixture(scope="session")
def server() -> Iterator[SandboxServer]:
    """The sandbox on a free port for the whole run."""
    with SandboxServer() as running:
        yield running


@pytest.fixture
async def sc(server: SandboxServer) -> AsyncIterator[SandboxClient]:
    """The control side: plays the humans and reads the chats."""
    async with SandboxClient(server.url) as client:
        yield client


@pytest.fixture
async def world(sc: SandboxClient) -> SandboxBot:
    """A fresh bot with its own empty world (users, chats, updates)."""
    return await sc.create_bot()


@pytest.fixture
async def bot(server: SandboxServer, world: SandboxBot) -> AsyncIterator[telegram.Bot]:
    """The bot side: python-telegram-bot talking to the sandbox over HTTP."""
    async with ptb_bot(world.token, server.api_url) as bot_side:
        yield bot_side


@pytest.fixture
def updates(bot: telegram.Bot) -> Updates:
    """The bot's update stream."""
    return Updates(bot)
