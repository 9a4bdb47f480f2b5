"""Reading what the bot did: the call log, and waiting until it has nothing left to do."""

from __future__ import annotations

import asyncio

import pytest
import telegram
from telegram.error import Forbidden

from sandbox import SandboxBot, SandboxTimeout

from .helpers import Updates, started_user


async def test_idle_waits_for_the_bot_to_fetch_updates_and_go_quiet(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await world.user("Иван")
    await world.send(ivan, "привет")
    assert await world.idle(quiet=0.1, timeout=0.3) is False  # nobody fetched the update
    await updates.get()
    assert await world.idle(quiet=0.1, timeout=2) is True


async def test_idle_waits_out_a_call_in_progress(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await world.fault("sendMessage", delay=0.5)
    sending = asyncio.create_task(bot.send_message(ivan.id, "медленно"))
    await asyncio.sleep(0.1)
    assert await world.idle(quiet=0.05, timeout=0.2) is False
    await sending
    assert await world.idle(quiet=0.05, timeout=2) is True


async def test_the_call_log_shows_every_attempt_by_method_and_chat(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates, "Иван")
    olga = await started_user(world, updates, "Ольга")
    await world.block(olga)
    await bot.send_message(ivan.id, "опрос")
    with pytest.raises(Forbidden):
        await bot.send_message(olga.id, "опрос")
    to_olga = await world.calls(method="sendMessage", chat_id=olga)
    assert [(c.http_status, c.error_description) for c in to_olga] == [
        (403, "Forbidden: bot was blocked by the user")
    ]
    assert [c.ok for c in await world.calls(method="sendMessage", chat_id=ivan)] == [True]
    assert [c.method for c in await world.calls()][:2] == ["getMe", "getUpdates"]
    mark = (await world.calls())[-1].seq
    assert await world.calls(chat_id=olga, after=mark) == []  # nothing since the mark


async def test_wait_for_message_finds_any_version_or_explains_what_the_chat_shows(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    sent = await bot.send_message(ivan.id, "Вопрос 1 из 5")
    await sent.edit_text("Вопрос 2 из 5")
    found = await world.wait_for_message(ivan, contains="Вопрос 1")
    assert found.message_id == sent.message_id and found.text == "Вопрос 2 из 5"
    later = asyncio.create_task(world.wait_for_message(ivan, predicate=lambda m: "Спасибо" in (m.text or "")))
    await asyncio.sleep(0.1)
    await bot.send_message(ivan.id, "Спасибо!")
    assert (await later).text == "Спасибо!"
    with pytest.raises(SandboxTimeout, match="(?s)no bot message containing 'Пока'.*Вопрос 2 из 5"):
        await world.wait_for_message(ivan, contains="Пока", timeout=0.2)
