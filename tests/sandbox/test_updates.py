"""getUpdates as Telegram serves it: long polling, offsets, allowed_updates, conflicts."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
import telegram
from telegram.error import Conflict
from telegram.ext import CommandHandler

from sandbox import SandboxBot, SandboxServer

from .helpers import Updates, ptb_bot


async def test_long_poll_returns_a_users_message_as_soon_as_it_is_sent(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await world.user("Иван")
    poll = asyncio.create_task(updates.get(timeout=10))
    await asyncio.sleep(0.2)
    sent_at = time.monotonic()
    await world.send(ivan, "Привет")
    batch = await poll
    assert time.monotonic() - sent_at < 1.0
    assert [u.message.text for u in batch] == ["Привет"]
    assert batch[0].message.from_user.id == ivan.id
    assert batch[0].message.chat.type == "private"


async def test_long_poll_with_nothing_to_say_answers_an_empty_list_at_timeout(updates: Updates) -> None:
    started = time.monotonic()
    assert await updates.get(timeout=0.5) == ()
    assert 0.4 < time.monotonic() - started < 2


async def test_offset_confirms_and_drops_earlier_updates(bot: telegram.Bot, world: SandboxBot) -> None:
    ivan = await world.user("Иван")
    for text in ("один", "два", "три"):
        await world.send(ivan, text)
    first = await bot.get_updates()
    assert [u.message.text for u in first] == ["один", "два", "три"]
    again = await bot.get_updates()
    assert [u.update_id for u in again] == [u.update_id for u in first]  # not confirmed yet
    rest = await bot.get_updates(offset=first[1].update_id + 1)
    assert [u.message.text for u in rest] == ["три"]
    assert await bot.get_updates(offset=first[2].update_id + 1) == ()
    assert await world.updates() == []


async def test_start_payload_arrives_as_a_command_ptb_understands(
    server: SandboxServer, bot: telegram.Bot, world: SandboxBot
) -> None:
    ivan = await world.user("Иван")
    started = await world.start(ivan, "d-1042_ab")
    assert started.message.text == "/start d-1042_ab" and not started.payload_dropped
    async with httpx.AsyncClient() as http:
        raw = (await http.get(f"{server.api_url}{world.token}/getUpdates")).json()["result"]
    update = telegram.Update.de_json(raw[0], bot)
    entity = update.message.entities[0]
    assert (entity.type, entity.offset, entity.length) == ("bot_command", 0, 6)
    args, _ = CommandHandler("start", _ignore).check_update(update)
    assert args == ["d-1042_ab"]


async def _ignore(update: object, context: object) -> None:
    """A handler callback that does nothing."""


@pytest.mark.parametrize("payload", ["has space", "x" * 65, "кириллица", "a+b"])
async def test_a_payload_telegram_would_not_carry_is_dropped(world: SandboxBot, payload: str) -> None:
    ivan = await world.user("Иван")
    started = await world.start(ivan, payload)
    assert started.payload_dropped and started.message.text == "/start"


async def test_get_updates_while_a_webhook_is_set_is_a_conflict(bot: telegram.Bot) -> None:
    await bot.set_webhook("https://example.com/hook")
    assert (await bot.get_webhook_info()).url == "https://example.com/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    await bot.delete_webhook()
    assert await bot.get_updates() == ()


async def test_allowed_updates_leaves_out_other_kinds(bot: telegram.Bot, world: SandboxBot) -> None:
    ivan = await world.user("Иван")
    await bot.get_updates(allowed_updates=["callback_query"])
    await world.send(ivan, "не нужно")
    assert await bot.get_updates() == ()  # the setting is remembered, as in Telegram
    await bot.get_updates(allowed_updates=[])
    await world.send(ivan, "нужно")
    assert [u.message.text for u in await bot.get_updates()] == ["нужно"]


async def test_a_second_poller_ends_the_first_with_a_conflict(
    server: SandboxServer, bot: telegram.Bot, world: SandboxBot
) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    async with ptb_bot(world.token, server.api_url) as second_instance:
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            second = asyncio.create_task(second_instance.get_updates(timeout=0.3))
            await first
        assert await second == ()


async def test_delete_webhook_can_drop_pending_updates(bot: telegram.Bot, world: SandboxBot) -> None:
    ivan = await world.user("Иван")
    await world.send(ivan, "старое")
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()
