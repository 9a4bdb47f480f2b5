"""Opening the editor, cancelling, and /preview."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes, ConversationHandler

from ...intake import bot_link, bot_username
from ...preview import Preview, send_preview
from ...roles import admin_only
from ...runtime import runtime
from ...script_changes import current
from ...texts import t
from .common import BROWSING, DRAFT, lang_of, listing, send


@admin_only
async def open_editor(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/script: the questionnaire as it is now, with buttons to change it."""
    lang = lang_of(update)
    now = await current(runtime(context), lang)
    context.user_data.pop(DRAFT, None)
    await send(update, *listing(now, lang))
    return BROWSING


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/cancel in the middle of an edit: nothing is saved."""
    context.user_data.pop(DRAFT, None)
    await update.effective_message.reply_text(t("script_cancelled", lang_of(update)))
    return ConversationHandler.END


async def nothing_to_cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel with no edit going on."""
    await update.effective_message.reply_text(t("nothing_to_cancel", lang_of(update)))


@admin_only
async def preview(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/preview: the questionnaire in the admin's private chat, as a client gets it."""
    await show_preview(update, context)


async def show_preview(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rt, lang = runtime(context), lang_of(update)
    result = await send_preview(rt, update.effective_user)
    if result is Preview.NO_CHAT:
        link = bot_link(await bot_username(rt))
        await update.effective_message.reply_text(t(result.value, lang, link=link))
    elif result is Preview.FAILED or update.effective_chat.id != update.effective_user.id:
        await update.effective_message.reply_text(t(result.value, lang))


