"""The client answering: taps on survey buttons and the typed "what went wrong?"."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from feedback.language import pick_language
from storage import surveys

from ..alert_sync import is_not_modified, sync_alert
from ..callbacks import SURVEY_PATTERN, decode
from ..runtime import Runtime, runtime
from ..survey_flow import Reply, apply_comment, apply_tap
from ..texts import t

log = logging.getLogger("tzk.questionnaire")


async def on_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A tap on a survey button: record it, show the next step, ping the head if it was low."""
    rt, query = runtime(context), update.callback_query
    tap = decode(query.data)
    message = query.message
    if tap is None:
        await query.answer(t("tap_stale", pick_language(query.from_user.language_code)))
        return
    chat_id = message.chat.id if message else None
    message_id = message.message_id if message else None
    reply = await apply_tap(rt, tap, query.from_user.id, chat_id, message_id)
    await query.answer(reply.notice)
    if reply.text is not None:
        try:
            await query.edit_message_text(reply.text, parse_mode=ParseMode.HTML,
                                          reply_markup=reply.markup)
        except BadRequest as error:
            if not is_not_modified(error):
                raise
    await _sync(rt, reply)


async def on_unknown_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other callback data: a forgery or a button from an older release."""
    query = update.callback_query
    log.info("unknown callback data from user %s", query.from_user.id)
    await query.answer(t("tap_stale", pick_language(query.from_user.language_code)))


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Typed text: the follow-up comment of a survey waiting for one; otherwise a short hint."""
    rt, chat = runtime(context), update.effective_chat
    lang = pick_language(update.effective_user.language_code)
    reply = await apply_comment(rt, chat.id, update.message.text)
    if reply is None:
        await update.message.reply_text(t("no_survey_now", lang))
        return
    if reply.text is None:
        await update.message.reply_text(reply.notice)
        return
    try:  # the old message keeps its text but loses buttons that no longer apply
        await context.bot.edit_message_reply_markup(chat.id, reply.old_message_id, reply_markup=None)
    except TelegramError as error:
        log.info("old survey message not cleared: %s", type(error).__name__)
    sent = await update.message.reply_text(reply.text, parse_mode=ParseMode.HTML,
                                           reply_markup=reply.markup)
    async with rt.db.session() as session:
        await surveys.set_message(session, reply.survey_id, sent.message_id)
        await session.commit()
    await _sync(rt, reply)


async def on_other_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A photo, voice or sticker: say what the bot can take."""
    rt, chat = runtime(context), update.effective_chat
    lang = pick_language(update.effective_user.language_code)
    async with rt.db.session() as session:
        waiting = await surveys.awaiting_comment(session, chat.id, rt.now())
    await update.message.reply_text(t("comment_text_only" if waiting else "no_survey_now", lang))


async def _sync(rt: Runtime, reply: Reply) -> None:
    for alert_id in reply.alert_ids:
        await sync_alert(rt, alert_id)


def register(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CallbackQueryHandler(on_tap, pattern=SURVEY_PATTERN))
    app.add_handler(CallbackQueryHandler(on_unknown_tap))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.CONTACT
                                   & ~filters.StatusUpdate.ALL, on_other_message))
