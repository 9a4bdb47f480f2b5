"""Inline buttons: a tap reaches the bot as a callback_query; the answer reaches the person."""

from __future__ import annotations

import asyncio

import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from sandbox import SandboxBot, SandboxError, SandboxTimeout

from .helpers import Updates, started_user


def scores(survey: int) -> InlineKeyboardMarkup:
    """A 1-5 rating keyboard like the questionnaire's."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(str(v), callback_data=f"a:{survey}:1:{v}") for v in range(1, 6)]]
    )


async def test_tapping_a_button_by_its_text_sends_its_callback_data(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    sent = await bot.send_message(ivan.id, "Как прошла доставка?", reply_markup=scores(7))
    tap = asyncio.create_task(world.tap(ivan, "4"))
    query = (await updates.one()).callback_query
    assert query.data == "a:7:1:4"
    assert query.from_user.id == ivan.id
    assert query.message.message_id == sent.message_id
    assert query.message.reply_markup == scores(7)
    assert query.chat_instance
    await query.get_bot().answer_callback_query(query.id, text="Спасибо!")
    answer = await tap
    assert (answer.answered, answer.text, answer.show_alert) == (True, "Спасибо!", False)


async def test_the_newest_message_with_that_button_is_tapped_unless_one_is_named(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    old = await bot.send_message(ivan.id, "Вопрос 1", reply_markup=scores(1))
    await bot.send_message(ivan.id, "Вопрос 2", reply_markup=scores(2))
    newest = await world.tap(ivan, "5", wait=None)
    named = await world.tap(ivan, "5", message_id=old.message_id, wait=None)
    assert (newest.data, named.data) == ("a:2:1:5", "a:1:1:5")


async def test_a_forged_tap_sends_raw_data_the_bot_never_offered(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await bot.send_message(ivan.id, "Как прошла доставка?", reply_markup=scores(7))
    offered = (await world.wait_for_message(ivan, contains="доставка")).buttons()
    assert [b.callback_data for b in offered] == [f"a:7:1:{v}" for v in range(1, 6)]
    tapped = await world.tap(ivan, data="a:999:1:5", wait=None)
    query = (await updates.one()).callback_query
    assert query.data == tapped.data == "a:999:1:5"
    transcript = await world.transcript(ivan)
    assert "«a:999:1:5» (forged data)" in transcript


async def test_answering_a_callback_twice_is_refused(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await bot.send_message(ivan.id, "?", reply_markup=scores(1))
    await world.tap(ivan, "1", wait=None)
    query = (await updates.one()).callback_query
    assert await bot.answer_callback_query(query.id) is True
    with pytest.raises(
        BadRequest, match="(?i)query is too old and response timeout expired or query id is invalid"
    ):
        await bot.answer_callback_query(query.id)
    with pytest.raises(BadRequest, match="(?i)query id is invalid"):
        await bot.answer_callback_query("12345")


async def test_callback_answer_text_is_at_most_200_characters(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await bot.send_message(ivan.id, "?", reply_markup=scores(1))
    await world.tap(ivan, "1", wait=None)
    query = (await updates.one()).callback_query
    with pytest.raises(BadRequest, match="(?i)message_too_long"):
        await bot.answer_callback_query(query.id, text="x" * 201)
    await bot.answer_callback_query(query.id, text="x" * 200, show_alert=True)
    answer = await world.callback(query.id)
    assert answer.show_alert and len(answer.text or "") == 200


async def test_tapping_what_is_not_there_is_a_clear_404(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    with pytest.raises(SandboxError) as nothing_yet:
        await world.tap(ivan, "5")
    assert nothing_yet.value.status == 404
    await bot.send_message(ivan.id, "?", reply_markup=scores(1))
    with pytest.raises(SandboxError, match="no button «6»") as no_such:
        await world.tap(ivan, "6")
    assert no_such.value.status == 404
    with pytest.raises(SandboxError, match="no bot message 99"):
        await world.tap(ivan, data="x", message_id=99)


async def test_a_tap_the_bot_never_answers_fails_with_the_chat_in_the_message(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await bot.send_message(ivan.id, "Вопрос без ответа", reply_markup=scores(1))
    with pytest.raises(SandboxTimeout, match="(?s)did not answer.*Вопрос без ответа"):
        await world.tap(ivan, "3", wait=0.3)


async def test_a_url_button_sends_no_callback(bot: telegram.Bot, world: SandboxBot, updates: Updates) -> None:
    ivan = await started_user(world, updates)
    link = InlineKeyboardMarkup([[InlineKeyboardButton("Сайт", url="https://example.com")]])
    await bot.send_message(ivan.id, "Ссылка", reply_markup=link)
    with pytest.raises(SandboxError, match="sends no callback") as error:
        await world.tap(ivan, "Сайт")
    assert error.value.status == 400


async def test_a_double_tap_lands_twice_on_the_same_keyboard(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await started_user(world, updates)
    await bot.send_message(ivan.id, "Вопрос 1", reply_markup=scores(1))
    tapping = asyncio.create_task(world.double_tap(ivan, "5"))
    first, second = (u.callback_query for u in await updates.get(timeout=2))
    assert first.data == second.data == "a:1:1:5" and first.id != second.id
    await first.message.edit_text("Вопрос 2", reply_markup=scores(2))  # the bot moves on...
    await bot.answer_callback_query(first.id, text="Принято")
    await bot.answer_callback_query(second.id, text="Ответ уже записан.")  # ...the second tap was old
    answers = await tapping
    assert [a.text for a in answers] == ["Принято", "Ответ уже записан."]
