"""Small Telegram calls that must never stop the work around them: answering a button's spinner,
taking buttons off a message that no longer needs them. A failure is logged, not raised."""

from __future__ import annotations

import logging

from telegram import Bot, CallbackQuery
from telegram.error import TelegramError

log = logging.getLogger("tzk.replies")


async def answer_query(query: CallbackQuery, text: str | None = None, alert: bool = False) -> None:
    """Stop the button's spinner (with a notice, or a pop-up when `alert`)."""
    try:
        await query.answer(text, show_alert=alert)
    except TelegramError as error:
        log.info("a button press not answered: %s", error.message)


async def drop_buttons(bot: Bot, chat_id: int, message_id: int) -> None:
    """The message keeps its text but loses its buttons (if they stay, a press says why not)."""
    try:
        await bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
    except TelegramError as error:
        log.info("buttons not taken off message %s: %s", message_id, error.message)
