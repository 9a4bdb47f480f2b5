"""The transcript: a chat as a person reads it, on an 80-column terminal."""

from __future__ import annotations

import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from sandbox import SandboxBot

from .helpers import Updates


async def test_transcript_shows_buttons_taps_answers_edits_and_blocks(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    ivan = await world.user("Иван", last_name="Петров")
    await world.start(ivan, "d-1042")
    await updates.get()
    rating = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(str(v), callback_data=f"a:1:1:{v}") for v in (1, 2, 3)],
            [InlineKeyboardButton("Пропустить", callback_data="a:1:1:skip")],
        ]
    )
    question = await bot.send_message(ivan.id, "Как вам работа отдела продаж? " * 5, reply_markup=rating)
    await world.tap(ivan, "3", wait=None)
    query = (await updates.one()).callback_query
    await query.answer("Принято: 3")
    await question.edit_text("Спасибо за ответ!")
    await world.block(ivan)
    text = await world.transcript(ivan)
    lines = text.splitlines()
    assert lines[0] == "── Чат / Chat: Иван Петров ──"
    assert any(line.endswith("Иван Петров: /start d-1042") for line in lines)
    assert "         [ 1 ] [ 2 ] [ 3 ]" in lines and "         [ Пропустить ]" in lines
    assert any(line.endswith("👆 Иван Петров: «3»") for line in lines)
    assert any(line.endswith("💬 Принято: 3") for line in lines)
    assert any("✎ 🤖 Sandbox bot: Спасибо за ответ!" in line for line in lines)
    assert any("⛔ Иван Петров blocked the bot" in line for line in lines)
    assert max(len(line) for line in lines) <= 80  # the long question is wrapped
    everything = await world.transcript()
    assert text in everything
