"""The staff handling an alert in their chat: "Take it" and "Resolved" under the ping, and the
replies that resolve it with a note or go to the client."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from feedback.language import pick_language
from storage import alert_events, alerts
from storage.models import AlertKind, EventKind

from ..alert_actions import ask_for_note, resolve, take
from ..alert_sync import sync_alert
from ..callbacks import ALERT_PATTERN, AlertAction, decode_alert
from ..relay import to_client
from ..replies import answer_query
from ..roles import is_staff
from ..runtime import runtime
from ..texts import t

log = logging.getLogger("tzk.handling")


async def on_alert_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A press under a ping: only staff, only on that alert's own ping, only when it can apply."""
    rt, query = runtime(context), update.callback_query
    user = query.from_user
    lang = pick_language(user.language_code)
    tap = decode_alert(query.data)
    if tap is None:
        await answer_query(query, t("tap_stale", lang))
        return
    if not await is_staff(rt, user.id, query.message.chat.id if query.message else None):
        log.info("a press under alert %s by someone who is not staff", tap.alert_id)
        await answer_query(query, t("staff_buttons_only", lang), alert=True)
        return
    async with rt.db.session() as session:
        alert = await alerts.get(session, tap.alert_id)
    message = query.message
    if (alert is None or alert.kind != AlertKind.LOW or message is None
            or (message.chat.id, message.message_id) != (alert.chat_id, alert.message_id)):
        await answer_query(query, t("tap_stale", lang))
        return
    if tap.action is AlertAction.TAKE:
        notice, changed = await take(rt, alert.id, user.id, user.full_name, lang)
        await answer_query(query, notice)
        if changed:
            context.application.create_task(sync_alert(rt, alert.id))
        return
    await answer_query(query, await ask_for_note(rt, alert, user.id, user.full_name, lang))


async def on_staff_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A reply in the staff chat to the bot's message about an alert: the note that resolves it
    (a reply to the bot's question), or words for the client (a reply to the ping or the
    conversation under it). Other replies are the staff talking among themselves. The message
    replied to names the alert, so pings left in a former staff chat can still be handled."""
    rt, message, user = runtime(context), update.message, update.effective_user
    replied = message.reply_to_message
    if replied is None or replied.from_user is None or replied.from_user.id != context.bot.id:
        return
    async with rt.db.session() as session:
        found = await alert_events.about_message(session, message.chat.id, replied.message_id)
    if found is None:
        return
    alert, event = found
    lang = pick_language(user.language_code)
    if event is not None and event.kind == EventKind.PROMPT:
        if event.user_id != user.id:
            await message.reply_text(t("prompt_not_yours", lang, name=event.user_name or ""))
            return
        notice, changed = await resolve(rt, alert.id, user.id, user.full_name, message.text, lang)
        if changed:
            context.application.create_task(sync_alert(rt, alert.id))
    elif alert.kind == AlertKind.LOW:
        notice = await to_client(rt, alert, user.id, user.full_name, message.text,
                                 message.message_id, lang)
    else:
        return
    if notice:
        await message.reply_text(notice)


def register(app: Application) -> None:
    app.add_handler(CallbackQueryHandler(on_alert_tap, pattern=ALERT_PATTERN))
    app.add_handler(MessageHandler(filters.ChatType.GROUPS & filters.UpdateType.MESSAGE
                                   & filters.REPLY & filters.TEXT & ~filters.COMMAND,
                                   on_staff_reply))
