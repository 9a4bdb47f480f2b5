"""/help: each person reads what they can do — a client, the staff, an admin."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.language import pick_language

from ..commands import ADMIN_COMMANDS, STAFF_COMMANDS, Command
from ..roles import is_admin, is_staff
from ..runtime import runtime
from ..texts import t


async def show_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help in the reader's language, for the reader's role."""
    rt, user, chat = runtime(context), update.effective_user, update.effective_chat
    lang = pick_language(user.language_code)
    sections: list[tuple[str, tuple[Command, ...]]] = []
    if await is_admin(rt, user.id):
        sections = [("help_admin", ADMIN_COMMANDS), ("help_staff", STAFF_COMMANDS)]
    elif await is_staff(rt, user.id, chat.id):
        sections = [("help_staff", STAFF_COMMANDS)]
    if not sections:
        await update.message.reply_text(t("client_help", lang))
        return
    lines = []
    for title, commands in sections:
        lines += [t(title, lang)] + [f"/{c.name} — {escape(c.describe(lang))}" for c in commands] + [""]
    await update.message.reply_text("\n".join(lines).strip(), parse_mode=ParseMode.HTML)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("help", show_help, filters=filters.UpdateType.MESSAGE))
