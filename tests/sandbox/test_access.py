"""Who the bot may write to: never first, never after a block, only in groups it is in."""

from __future__ import annotations

import pytest
import telegram
from telegram import ChatMember
from telegram.error import BadRequest, Forbidden

from sandbox import SandboxBot, SandboxError

from .helpers import Updates, started_user


async def test_the_bot_cannot_write_first(bot: telegram.Bot, world: SandboxBot, updates: Updates) -> None:
    ivan = await world.user("Иван")
    with pytest.raises(Forbidden, match="bot can't initiate conversation with a user"):
        await bot.send_message(ivan.id, "Здравствуйте!")
    await world.start(ivan)
    await bot.send_message(ivan.id, "Здравствуйте!")


async def test_blocking_gives_403_and_a_my_chat_member_update(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await world.block(ivan)
    change = (await updates.one()).my_chat_member
    assert change.chat.id == ivan.id and change.from_user.id == ivan.id
    assert (change.old_chat_member.status, change.new_chat_member.status) == (
        ChatMember.MEMBER,
        ChatMember.BANNED,
    )
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(ivan.id, "Опрос")
    with pytest.raises(SandboxError, match="has blocked the bot") as cannot_write:
        await world.send(ivan, "привет")
    assert cannot_write.value.status == 409
    await world.unblock(ivan)
    change = (await updates.one()).my_chat_member
    assert (change.old_chat_member.status, change.new_chat_member.status) == (
        ChatMember.BANNED,
        ChatMember.MEMBER,
    )
    await bot.send_message(ivan.id, "С возвращением")


async def test_start_after_a_block_unblocks_first_like_the_restart_button(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await world.block(ivan)
    await updates.one()
    await world.start(ivan, "again")
    unblocked, start = await updates.get()
    assert unblocked.my_chat_member.new_chat_member.status == ChatMember.MEMBER
    assert start.message.text == "/start again"


async def test_unknown_chats_and_groups_without_the_bot(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_message(-100123, "кому?")
    olga = await world.user("Ольга")
    group = await world.group("Склад", [olga], admin=False)
    super_ = await world.group("Отдел продаж", [olga], kind="supergroup")
    await world.set_bot_status(group, "left")
    await world.set_bot_status(super_, "left")
    with pytest.raises(Forbidden, match="bot is not a member of the group chat"):
        await bot.send_message(group.id, "есть кто?")
    with pytest.raises(Forbidden, match="bot is not a member of the supergroup chat"):
        await bot.send_message(super_.id, "есть кто?")
    statuses = [u.my_chat_member.new_chat_member.status for u in await updates.get() if u.my_chat_member]
    assert statuses == ["member", "administrator", "left", "left"]


async def test_chat_and_member_lookups(bot: telegram.Bot, world: SandboxBot, updates: Updates) -> None:
    olga = await world.user("Ольга", username="olga_head")
    ivan = await world.user("Иван")
    staff = await world.group("Качество", [olga, ivan], admin=True)
    chat = await bot.get_chat(staff.id)
    assert (chat.title, chat.type) == ("Качество", "group")
    assert (await bot.get_chat_member(staff.id, olga.id)).status == ChatMember.OWNER
    assert (await bot.get_chat_member(staff.id, ivan.id)).status == ChatMember.MEMBER
    assert (await bot.get_chat_member(staff.id, world.id)).status == ChatMember.ADMINISTRATOR
    admins = await bot.get_chat_administrators(staff.id)
    assert {a.user.id for a in admins} == {olga.id, world.id}
