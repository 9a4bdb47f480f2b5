"""Helpers the sandbox tests share: reading updates as a polling bot does, RetryAfter in seconds."""

from __future__ import annotations

import warnings

import pytest
import telegram
from telegram.error import RetryAfter
from telegram.request import HTTPXRequest

# PTB itself reads RetryAfter.retry_after when building the error, which warns about its future type
PTB_RETRY_AFTER_WARNING = pytest.mark.filterwarnings("ignore:.*attribute `retry_after`:DeprecationWarning")


class Updates:
    """Reads updates the way a polling bot does, confirming each batch with the next offset."""

    def __init__(self, bot: telegram.Bot) -> None:
        self.bot = bot
        self.offset = 0

    async def get(self, timeout: float = 0) -> tuple[telegram.Update, ...]:
        """Return the next batch (long-polling up to `timeout` seconds)."""
        batch = await self.bot.get_updates(offset=self.offset, timeout=timeout)
        if batch:
            self.offset = batch[-1].update_id + 1
        return batch

    async def one(self, timeout: float = 2) -> telegram.Update:
        """Return the single next update."""
        batch = await self.get(timeout)
        assert len(batch) == 1, batch
        return batch[0]


def retry_seconds(error: RetryAfter) -> float:
    """Return RetryAfter's delay in seconds without PTB's int/timedelta deprecation warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = error.retry_after
    return value if isinstance(value, (int, float)) else value.total_seconds()


async def started_user(world, updates: Updates, first_name: str = "Иван", **fields):  # type: ignore[no-untyped-def]
    """Return a user who has started the bot, with the /start update already read."""
    user = await world.user(first_name, **fields)
    await world.start(user)
    await updates.one()
    return user


def ptb_bot(token: str, api_url: str, read_timeout: float | None = 5.0) -> telegram.Bot:
    """Return a PTB Bot for the sandbox (plain HTTP, so no CA bundle is loaded: ~100 ms saved a bot)."""

    def request() -> HTTPXRequest:
        return HTTPXRequest(read_timeout=read_timeout, httpx_kwargs={"verify": False})

    return telegram.Bot(token, base_url=api_url, base_file_url=api_url.removesuffix("/bot") + "/file/bot",
                        request=request(), get_updates_request=request())
