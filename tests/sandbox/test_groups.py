"""Groups as Telegram runs them: privacy mode, admins, forum topics, the bot joining and leaving."""

from __future__ import annotations

import pytest
import telegram
from telegram.error import BadRequest

from sandbox import SandboxBot

from .helpers import Updates


async def test_privacy_mode_lets_through_only_commands_replies_and_mentions(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    olga = await world.user("Ольга")
    staff = await world.group("Отдел качества", [olga], admin=False)
    joined = await updates.get()
    assert joined[0].my_chat_member.new_chat_member.status == "member"
    assert joined[1].message.new_chat_members[0].id == world.id
    ping = await bot.send_message(staff.id, "Низкая оценка логистики")
    for text in (
        "просто болтовня",
        "/report",
        f"/report@{world.username}",
        "/report@other_bot",
        f"@{world.username} что там?",
    ):
        await world.send(olga, text, chat_id=staff)
    await world.send(olga, "беру в работу", chat_id=staff, reply_to=ping.message_id)
    seen = [u.message.text for u in await updates.get()]
    assert seen == ["/report", f"/report@{world.username}", f"@{world.username} что там?", "беру в работу"]


async def test_an_admin_bot_gets_every_group_message(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    olga = await world.user("Ольга")
    staff = await world.group("Отдел качества", [olga], admin=True)
    await updates.get()
    await world.send(olga, "просто болтовня", chat_id=staff)
    assert [u.message.text for u in await updates.get()] == ["просто болтовня"]


async def test_forum_topics_take_messages_and_unknown_threads_are_refused(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    olga = await world.user("Ольга")
    forum = await world.group("ТЗК", [olga], forum=True)
    assert (forum.type, forum.is_forum) == ("supergroup", True)
    await updates.get()
    thread = await world.topic(forum, "Логистика")
    created = (await updates.one()).message
    assert created.forum_topic_created.name == "Логистика" and created.message_thread_id == thread
    sent = await bot.send_message(forum.id, "Оценка 2 по логистике", message_thread_id=thread)
    assert (sent.message_thread_id, sent.is_topic_message, sent.chat.is_forum) == (thread, True, True)
    with pytest.raises(BadRequest, match="(?i)message thread not found"):
        await bot.send_message(forum.id, "куда?", message_thread_id=thread + 100)
    await world.send(olga, "/take", chat_id=forum, thread_id=thread)
    assert (await updates.one()).message.message_thread_id == thread
    assert "[#Логистика]" in await world.transcript(forum)
    [ping] = (await world.chat(forum)).bot_messages
    assert ping.message_thread_id == thread and ping.button_texts() == []


async def test_members_join_and_the_bot_can_be_promoted(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    olga = await world.user("Ольга")
    ivan = await world.user("Иван")
    staff = await world.group("Продажи", [olga], admin=False, kind="supergroup")
    await updates.get()
    await world.add_member(staff, ivan)
    assert (await updates.one()).message.new_chat_members[0].id == ivan.id
    await world.set_bot_status(staff, "administrator", by=olga)
    change = (await updates.one()).my_chat_member
    assert (change.old_chat_member.status, change.new_chat_member.status) == ("member", "administrator")
    assert change.new_chat_member.can_delete_messages
