"""Faults on purpose: server errors, slow answers, and calls that happen but report failure."""

from __future__ import annotations

import pytest
import telegram
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from sandbox import SandboxBot, SandboxError, SandboxServer

from .helpers import PTB_RETRY_AFTER_WARNING, Updates, ptb_bot, retry_seconds, started_user

pytestmark = PTB_RETRY_AFTER_WARNING


async def test_queued_502_and_500_then_success(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await world.fault("sendMessage", 502)
    await world.fault("sendMessage", 500)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(ivan.id, "опрос")
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(ivan.id, "опрос")
    await bot.send_message(ivan.id, "опрос")
    assert [c.http_status for c in await world.calls(method="sendMessage")] == [502, 500, 200]
    assert len((await world.chat(ivan)).bot_messages) == 1  # the failed attempts changed nothing


async def test_a_slow_answer_makes_the_client_time_out_though_the_send_happened(
    server: SandboxServer, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await world.fault("sendMessage", delay=1.0)
    async with ptb_bot(world.token, server.api_url, read_timeout=0.3) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(ivan.id, "дошло?")
    msg = await world.wait_for_message(ivan, contains="дошло?", timeout=3)
    assert msg.text == "дошло?"


async def test_a_fault_after_apply_reports_failure_for_a_done_send(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await world.fault("sendMessage", 503, after_apply=True)
    with pytest.raises(NetworkError, match="Service Unavailable"):
        await bot.send_message(ivan.id, "отправлено?")
    assert [m.text for m in (await world.chat(ivan)).bot_messages] == ["отправлено?"]


async def test_faults_match_by_method_and_chat_and_can_be_cleared(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates, "Иван")
    olga = await started_user(world, updates, "Ольга")
    await world.fault("*", 429, chat_id=olga, retry_after=7, times=2)
    await bot.send_message(ivan.id, "Ивану")
    with pytest.raises(RetryAfter) as refused:
        await bot.send_message(olga.id, "Ольге")
    assert retry_seconds(refused.value) == 7
    await world.fault("editMessageText", 400, description="Bad Request: message can't be edited")
    sent = await bot.send_message(ivan.id, "текст")
    with pytest.raises(BadRequest, match="(?i)message can't be edited"):
        await sent.edit_text("новый")
    await world.clear_faults()
    await bot.send_message(olga.id, "Ольге")


async def test_bad_fault_requests_are_refused(world: SandboxBot) -> None:
    with pytest.raises(SandboxError, match="status must be"):
        await world.fault("sendMessage", 302)
    with pytest.raises(SandboxError, match="needs a status, a delay"):
        await world.fault("sendMessage")
