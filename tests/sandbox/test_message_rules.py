"""Telegram's rules for what a bot may send and edit, each with Telegram's own error."""

from __future__ import annotations

import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity
from telegram.error import BadRequest

from sandbox import SandboxBot

from .helpers import Updates, started_user


def one_button(data: str, text: str = "OK") -> InlineKeyboardMarkup:
    """A keyboard with a single callback button."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=data)]])


async def test_an_edit_that_changes_nothing_is_not_modified(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    sent = await bot.send_message(ivan.id, "Оценка: 5", reply_markup=one_button("x"))
    with pytest.raises(BadRequest, match="(?i)message is not modified: specified new message content"):
        await sent.edit_text("Оценка: 5", reply_markup=one_button("x"))
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await sent.edit_reply_markup(one_button("x"))


async def test_every_version_of_an_edited_message_is_kept(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    sent = await bot.send_message(ivan.id, "Вопрос 1", reply_markup=one_button("q1"))
    edited = await sent.edit_text("Вопрос 2", reply_markup=one_button("q2"))
    assert edited.edit_date is not None
    await edited.edit_text("Спасибо!")  # no reply_markup: Telegram removes the keyboard
    [msg] = (await world.chat(ivan)).bot_messages
    assert msg.texts == ["Вопрос 1", "Вопрос 2", "Спасибо!"]
    assert [v["reply_markup"] is not None for v in msg.versions] == [True, True, False]
    assert msg.buttons() == [] and msg.edited


async def test_only_the_bots_own_existing_messages_can_be_edited(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    mine = await world.send(ivan, "мой текст")
    for message_id in (mine.message_id, 999):
        with pytest.raises(BadRequest, match="(?i)message to edit not found"):
            await bot.edit_message_text("чужой", chat_id=ivan.id, message_id=message_id)


async def test_text_length_is_1_to_4096_utf16_units(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await bot.send_message(ivan.id, "я" * 4096)
    await bot.send_message(ivan.id, "😀" * 2048)  # each counts 2, as in Telegram
    for too_long in ("я" * 4097, "😀" * 2048 + "!"):
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(ivan.id, too_long)
    for empty in ("", "   \n "):
        with pytest.raises(BadRequest, match="(?i)message text is empty"):
            await bot.send_message(ivan.id, empty)
    assert len(await world.messages(ivan)) == 3  # /start and the two that fit


async def test_callback_data_is_1_to_64_bytes(bot: telegram.Bot, world: SandboxBot, updates: Updates) -> None:
    ivan = await started_user(world, updates)
    await bot.send_message(ivan.id, "ok", reply_markup=one_button("x" * 64))
    for data in ("x" * 65, "ж" * 33):  # 33 Cyrillic letters are 66 bytes
        with pytest.raises(BadRequest, match="(?i)button_data_invalid"):
            await bot.send_message(ivan.id, "too long", reply_markup=one_button(data))


async def test_an_inline_button_needs_exactly_one_action(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    bare = '{"inline_keyboard": [[{"text": "just text"}]]}'
    both = '{"inline_keyboard": [[{"text": "two", "callback_data": "x", "url": "https://example.com"}]]}'
    with pytest.raises(BadRequest, match="(?i)text buttons are unallowed in the inline keyboard"):
        await bot.send_message(ivan.id, "?", reply_markup=bare)  # type: ignore[arg-type]
    with pytest.raises(BadRequest, match="(?i)exactly one of the optional fields"):
        await bot.send_message(ivan.id, "?", reply_markup=both)  # type: ignore[arg-type]


async def test_bad_html_is_refused_with_telegrams_parse_error(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    cases = {
        "Оценка <x>5</x>": 'unsupported start tag "x" at byte offset 13',
        "<b>жирный": 'can\'t find end tag corresponding to start tag "b"',
        "<b>a</i>": 'unmatched end tag at byte offset 4, expected "</b>", found "</i>"',
        "1 < 2": 'unsupported start tag "" at byte offset 2',
    }
    for text, error in cases.items():
        with pytest.raises(BadRequest) as refused:
            await bot.send_message(ivan.id, text, parse_mode="HTML")
        assert str(refused.value).lower() == f"can't parse entities: {error}"
    with pytest.raises(BadRequest, match="(?i)unsupported parse mode"):
        await bot.send_message(ivan.id, "*жирный*", parse_mode="MarkdownV2")


async def test_html_becomes_plain_text_and_entities(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    sent = await bot.send_message(
        ivan.id, "<b>Итог</b>: 4 &lt; 5 &amp; <i>ок</i> &#128077;", parse_mode="HTML"
    )
    assert sent.text == "Итог: 4 < 5 & ок 👍"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [("bold", 0, 4), ("italic", 14, 2)]


async def test_a_mention_of_a_member_notifies_them(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    head = await world.user("Ольга", username="olga_logistics")
    stranger = await world.user("Пётр", username="petr_outside")
    staff = await world.group("Отдел качества", [head], admin=True)
    await updates.get()
    text = f'<a href="tg://user?id={head.id}">Ольга</a>, оценка 2. Копия @petr_outside'
    sent = await bot.send_message(staff.id, text, parse_mode="HTML")
    mention = sent.entities[0]
    assert mention.type == MessageEntity.TEXT_MENTION and mention.user.id == head.id
    assert sent.entities[1].type == MessageEntity.MENTION
    [msg] = (await world.chat(staff)).bot_messages
    assert msg.notified_user_ids == [head.id]  # @petr_outside is not in the group
    await world.add_member(staff, stranger)
    await bot.send_message(staff.id, "@petr_outside, посмотрите")
    last = (await world.messages(staff))[-1]
    assert last.notified_user_ids == [stranger.id]
    assert "@Ольга🔔" in await world.transcript(staff)


async def test_a_link_to_an_unknown_user_stays_a_link(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    sent = await bot.send_message(ivan.id, '<a href="tg://user?id=555">кто-то</a>', parse_mode="HTML")
    assert sent.entities[0].type == MessageEntity.TEXT_LINK


async def test_the_bot_can_delete_its_message_once(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    sent = await bot.send_message(ivan.id, "временное")
    assert await sent.delete() is True
    with pytest.raises(BadRequest, match="(?i)message to delete not found"):
        await sent.delete()
    [msg] = (await world.chat(ivan)).bot_messages
    assert msg.deleted


async def test_replies_carry_the_replied_message(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    question = await bot.send_message(ivan.id, "Что можно улучшить?")
    await world.send(ivan, "Документы приходят поздно", reply_to=question.message_id)
    reply = (await updates.one()).message
    assert reply.reply_to_message.message_id == question.message_id
    answer = await reply.reply_text("Спасибо, передадим", do_quote=True)
    assert answer.reply_to_message.message_id == reply.message_id
    with pytest.raises(BadRequest, match="(?i)message to be replied not found"):
        await bot.send_message(ivan.id, "?", reply_to_message_id=999)
