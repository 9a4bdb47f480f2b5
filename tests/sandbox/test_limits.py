"""Flood control: 30/s per bot, ~1/s per private chat with bursts, 20/min per group; adjustable."""

from __future__ import annotations

import asyncio

import pytest
import telegram
from telegram.error import RetryAfter

from sandbox import SandboxBot, SandboxError

from .helpers import PTB_RETRY_AFTER_WARNING, Updates, retry_seconds, started_user

pytestmark = PTB_RETRY_AFTER_WARNING


async def test_more_than_30_sends_a_second_get_429(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    await world.limits(per_chat_burst=1000)  # so only the per-bot limit is in play
    ivan = await started_user(world, updates)
    sent = 0
    with pytest.raises(RetryAfter) as refused:
        for _ in range(200):
            await bot.send_message(ivan.id, f"рассылка {sent}")
            sent += 1
    assert sent >= 30 and retry_seconds(refused.value) >= 1
    calls = await world.calls(method="sendMessage")
    assert calls[-1].http_status == 429
    assert (
        calls[-1].error_description == f"Too Many Requests: retry after {int(retry_seconds(refused.value))}"
    )


async def test_a_group_takes_20_messages_a_minute(bot: telegram.Bot, world: SandboxBot) -> None:
    olga = await world.user("Ольга")
    staff = await world.group("Отдел качества", [olga])
    for number in range(20):
        await bot.send_message(staff.id, f"тревога {number}")
    with pytest.raises(RetryAfter) as refused:
        await bot.send_message(staff.id, "двадцать первая")
    assert 1 <= retry_seconds(refused.value) <= 60
    texts = [m.text for m in (await world.chat(staff)).bot_messages]
    assert len(texts) == 20 and "двадцать первая" not in texts  # a refused send changes nothing


async def test_a_private_chat_allows_a_burst_then_about_one_a_second(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    for number in range(10):
        await bot.send_message(ivan.id, f"{number}")
    with pytest.raises(RetryAfter) as refused:
        await bot.send_message(ivan.id, "одиннадцатое")
    assert retry_seconds(refused.value) == 1
    await world.limits(per_chat_per_second=50)  # refill faster instead of sleeping a second
    await asyncio.sleep(0.05)
    await bot.send_message(ivan.id, "одиннадцатое")


async def test_edits_count_against_the_same_limits(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    await world.limits(per_chat_burst=2)
    ivan = await started_user(world, updates)
    sent = await bot.send_message(ivan.id, "вопрос 1")
    await sent.edit_text("вопрос 2")
    with pytest.raises(RetryAfter):
        await sent.edit_text("вопрос 3")


async def test_limits_can_be_turned_off_and_are_validated(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    settings = await world.limits(enabled=False)
    assert settings["enabled"] is False
    ivan = await started_user(world, updates)
    for number in range(40):
        await bot.send_message(ivan.id, f"{number}")
    with pytest.raises(SandboxError, match="must be a positive number"):
        await world.limits(per_bot_per_second=0)
    with pytest.raises(SandboxError, match="unknown field"):
        await world.limits(per_planet=1)
