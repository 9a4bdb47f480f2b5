"""What pressing "Take it" and "Resolved" does, and recording the note that resolves an alert."""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import ForceReply, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import TelegramError

from storage import alert_events, alert_handling, alerts
from storage.models import Alert, AlertStatus, EventKind

from .alert_view import mention
from .runtime import Runtime
from .texts import t

log = logging.getLogger("tzk.handling")
NOTE_LIMIT = 1000
PROMPT_FRESH = timedelta(minutes=10)  # a second press within this points to the question asked


async def take(rt: Runtime, alert_id: int, user_id: int, name: str, lang: str) -> tuple[str, bool]:
    """`user_id` takes the alert; the notice for them, and whether the alert changed."""
    async with rt.db.session() as session:
        taken = await alert_handling.take(session, alert_id, user_id, name, rt.now())
        await session.commit()
    if taken:
        log.info("alert %s taken", alert_id)
        return t("take_done", lang), True
    return await _why_not(rt, alert_id, lang), False


async def ask_for_note(rt: Runtime, alert: Alert, user_id: int, name: str, lang: str) -> str:
    """Ask the person who pressed "Resolved" how it was resolved: a question under the ping that
    they answer by replying (a reply reaches the bot in a group with privacy mode on)."""
    if alert.status not in alert_handling.UNFINISHED:
        return t("alert_closed", lang)
    async with rt.db.session() as session:
        asked = await alert_events.pending_prompt(session, alert.id, user_id)
    if asked is not None and asked.at > rt.now() - PROMPT_FRESH:
        return t("resolve_asked", lang)
    staff_lang = rt.settings.staff_language
    try:
        prompt = await rt.bot.send_message(
            alert.chat_id, t("resolve_prompt", staff_lang, mention=mention(user_id, name)),
            parse_mode=ParseMode.HTML, message_thread_id=alert.thread_id,
            reply_parameters=ReplyParameters(alert.message_id, allow_sending_without_reply=True),
            reply_markup=ForceReply(selective=True,
                                    input_field_placeholder=t("resolve_placeholder", staff_lang)))
    except TelegramError as error:
        log.warning("alert %s: the question for the note was not posted: %s", alert.id,
                    error.message)
        return t("relay_failed", lang)
    async with rt.db.session() as session:
        await alert_events.record(session, alert.id, EventKind.PROMPT, rt.now(), user_id=user_id,
                                  user_name=name, chat_id=alert.chat_id,
                                  message_id=prompt.message_id)
        await session.commit()
    return t("resolve_asked", lang)


async def resolve(rt: Runtime, alert_id: int, user_id: int, name: str, note: str,
                  lang: str) -> tuple[str | None, bool]:
    """Resolve with `note`; a notice to show (None: the edited ping says it), and whether it
    changed."""
    if len(note) > NOTE_LIMIT:
        return t("note_too_long", lang, limit=NOTE_LIMIT), False
    async with rt.db.session() as session:
        resolved = await alert_handling.resolve(session, alert_id, user_id, name, note.strip(),
                                                rt.now())
        await session.commit()
    if resolved:
        log.info("alert %s resolved", alert_id)
        return None, True
    return await _why_not(rt, alert_id, lang), False


async def _why_not(rt: Runtime, alert_id: int, lang: str) -> str:
    async with rt.db.session() as session:
        alert = await alerts.get(session, alert_id)
    if alert.status == AlertStatus.TAKEN:
        return t("take_already", lang, name=alert.taken_by_name or "")
    return t("alert_closed", lang)
