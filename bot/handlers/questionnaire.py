"""The client answering: taps on survey buttons and the typed "what went wrong?"."""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from feedback.language import pick_language
from storage import surveys

from ..alert_sync import is_not_modified, sync_alert
from ..callbacks import SURVEY_PATTERN, decode
from ..relay import from_client
from ..replies import answer_query, drop_buttons
from ..runtime import runtime
from ..survey_flow import Reply, apply_tap, apply_text
from ..texts import t

log = logging.getLogger("tzk.questionnaire")


async def on_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A tap on a survey button: record it, show the next step, ping the head if it was low."""
    rt, query = runtime(context), update.callback_query
    tap = decode(query.data)
    if tap is None:
        await answer_query(query, t("tap_stale", pick_language(query.from_user.language_code)))
        return
    message = query.message
    chat_id = message.chat.id if message else None
    message_id = message.message_id if message else None
    reply = await apply_tap(rt, tap, query.from_user.id, chat_id, message_id,
                            pick_language(query.from_user.language_code))
    await answer_query(query, reply.notice)
    if reply.text is not None:
        try:
            await query.edit_message_text(reply.text, parse_mode=ParseMode.HTML,
                                          reply_markup=reply.markup)
        except BadRequest as error:
            if not is_not_modified(error):
                log.warning("survey %s: the next step was not shown: %s", tap.survey_id,
                            error.message)
        except TelegramError as error:  # the client's next tap re-renders the step it is at
            log.warning("survey %s: the next step was not shown: %s", tap.survey_id, error.message)
    _ping_in_background(context, reply)


async def on_unknown_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any other callback data: a forgery or a button from an older release."""
    query = update.callback_query
    log.info("a tap with unknown callback data")
    await answer_query(query, t("tap_stale", pick_language(query.from_user.language_code)))


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Typed text: the follow-up comment of a survey waiting for one; else, while the staff are
    talking with this client about an alert, a message for them; otherwise a short hint."""
    rt, chat = runtime(context), update.effective_chat
    lang = pick_language(update.effective_user.language_code)
    reply = await apply_text(rt, chat.id, update.message.text)
    if reply.text is None:
        notice = reply.notice
        if not reply.comment_awaited:  # not a follow-up: maybe an answer to the staff's message
            notice = await from_client(rt, chat.id, update.message.text, lang) or notice
        await update.message.reply_text(notice or t("no_survey_now", lang))
        return
    shown = await _show_next(context, update.message, reply)
    if shown != reply.old_message_id:
        await drop_buttons(context.bot, chat.id, reply.old_message_id)
    _ping_in_background(context, reply)


async def _show_next(context: ContextTypes.DEFAULT_TYPE, typed: Message, reply: Reply) -> int:
    """The next step as a new message under the client's comment (where their eyes are); if
    that fails, in the old message. Returns the id of the message now showing the survey."""
    rt = runtime(context)
    try:
        sent = await typed.reply_text(reply.text, parse_mode=ParseMode.HTML, reply_markup=reply.markup)
    except TelegramError as error:
        log.warning("survey %s: next step not sent (%s); editing the old message", reply.survey_id,
                    error.message)
        try:
            await context.bot.edit_message_text(reply.text, typed.chat.id, reply.old_message_id,
                                                parse_mode=ParseMode.HTML, reply_markup=reply.markup)
        except TelegramError as again:  # a tap on the old message re-renders the current step
            log.warning("survey %s: old message not edited either: %s", reply.survey_id,
                        again.message)
        return reply.old_message_id
    async with rt.db.session() as session:
        await surveys.set_message(session, reply.survey_id, sent.message_id)
        await session.commit()
    return sent.message_id


async def on_other_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A photo, voice or sticker: say what the bot can take."""
    rt, chat = runtime(context), update.effective_chat
    lang = pick_language(update.effective_user.language_code)
    async with rt.db.session() as session:
        waiting = await surveys.open_in_chat(session, chat.id, rt.now())
    await update.message.reply_text(t("comment_text_only" if waiting else "no_survey_now", lang))


def _ping_in_background(context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> None:
    # The staff group takes 20 messages a minute: a burst of low scores must not make clients
    # wait for their next question, so pings go out beside the client's flow (the outbox job
    # retries any that fail).
    rt = runtime(context)
    for alert_id in reply.alert_ids:
        context.application.create_task(sync_alert(rt, alert_id))


def register(app: Application) -> None:
    private_messages = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    app.add_handler(CallbackQueryHandler(on_tap, pattern=SURVEY_PATTERN))
    app.add_handler(CallbackQueryHandler(on_unknown_tap))
    app.add_handler(MessageHandler(private_messages & filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(MessageHandler(private_messages & ~filters.TEXT & ~filters.CONTACT
                                   & ~filters.StatusUpdate.ALL, on_other_message))
