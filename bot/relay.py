"""Staff and client talking through the bot about an alert: whoever took it replies to the ping,
the client reads it as from the company; the client's answer comes back under the ping."""

from __future__ import annotations

import logging
from datetime import timedelta
from html import escape

from telegram import ReplyParameters
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError

from storage import alert_events
from storage.models import Alert, AlertStatus, EventKind

from .alert_view import head_mention, mention
from .cards import card_for, mark_blocked
from .runtime import Runtime
from .texts import t

log = logging.getLogger("tzk.relay")
RELAY_LIMIT = 3000  # leaves room for the heading within Telegram's 4096
CONVERSATION = timedelta(days=7)  # how long after staff wrote the client's messages go back to them
_RELAYED = (AlertStatus.TAKEN, AlertStatus.RESOLVED)


async def to_client(rt: Runtime, alert: Alert, user_id: int, name: str, text: str,
                    staff_message_id: int, lang: str) -> str:
    """Send `text` from the staff member who took `alert` to its client; the notice for them."""
    if alert.status not in _RELAYED or alert.taken_by is None:
        return t("relay_not_taken", lang)
    if alert.taken_by != user_id:
        return t("relay_not_yours", lang, name=alert.taken_by_name or "")
    if len(text) > RELAY_LIMIT:
        return t("relay_too_long", lang, limit=RELAY_LIMIT)
    survey = alert.survey
    card = card_for(survey, rt.settings)
    body = t("from_company", card.lang, delivery=card.ref, text=escape(text), date=card.date)
    try:
        await rt.bot.send_message(survey.chat_id, body, parse_mode=ParseMode.HTML)
    except Forbidden:
        await mark_blocked(rt, survey.chat_id)
        log.info("alert %s: the client has blocked the bot; the reply was not delivered", alert.id)
        return t("relay_blocked", lang)
    except TelegramError as error:
        log.warning("alert %s: the reply was not sent to the client: %s", alert.id, error.message)
        return t("relay_failed", lang)
    async with rt.db.session() as session:
        await alert_events.record(session, alert.id, EventKind.TO_CLIENT, rt.now(), user_id=user_id,
                                  user_name=name, chat_id=alert.chat_id,
                                  message_id=staff_message_id, text=text)
        await session.commit()
    log.info("alert %s: a staff reply went to the client", alert.id)
    return t("relay_sent", lang)


async def from_client(rt: Runtime, chat_id: int, text: str, lang: str) -> str | None:
    """Post the client's message under the ping of the alert whose staff last wrote to them;
    the notice for the client, or None when no one is talking with them."""
    async with rt.db.session() as session:
        alert = await alert_events.conversation_of(session, chat_id, rt.now() - CONVERSATION)
    if alert is None:
        return None
    if len(text) > RELAY_LIMIT:
        return t("comment_too_long", lang, limit=RELAY_LIMIT)
    staff_lang = rt.settings.staff_language
    who = (mention(alert.taken_by, alert.taken_by_name or "") if alert.taken_by
           else head_mention(alert.department, staff_lang) or "")
    body = t("from_client", staff_lang, client=escape(alert.survey.client.name),
             text=escape(text), mention=who)
    staff_chat = alert.chat_id or rt.settings.staff_chat_id
    under_ping = (ReplyParameters(alert.message_id, allow_sending_without_reply=True)
                  if alert.message_id else None)  # None: the ping is being posted again
    try:
        posted = await rt.bot.send_message(staff_chat, body, parse_mode=ParseMode.HTML,
                                           message_thread_id=alert.thread_id,
                                           reply_parameters=under_ping)
    except TelegramError as error:
        log.warning("alert %s: the client's reply was not posted: %s", alert.id, error.message)
        return t("relay_undelivered", lang)
    async with rt.db.session() as session:
        await alert_events.record(session, alert.id, EventKind.FROM_CLIENT, rt.now(),
                                  chat_id=staff_chat, message_id=posted.message_id, text=text)
        await session.commit()
    log.info("alert %s: the client's reply went to the staff chat", alert.id)
    return t("relay_delivered", lang)
