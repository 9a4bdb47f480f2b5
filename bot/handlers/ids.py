"""/id: the numbers an admin needs for settings (the staff chat's id, a head's user id)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.language import pick_language

from ..texts import t


async def show_ids(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/id: this chat's id and the sender's user id."""
    lang = pick_language(update.effective_user.language_code)
    await update.message.reply_text(
        t("ids", lang, chat=update.effective_chat.id, user=update.effective_user.id))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("id", show_ids, filters=filters.UpdateType.MESSAGE))
