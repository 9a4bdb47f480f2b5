"""Raising an alert nobody took again: a message under the ping that mentions the head and the
admins and says how long it has waited. Each step is claimed in the database first, so two ticks
at once post it once."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import ReplyParameters
from telegram.constants import ParseMode
from telegram.error import TelegramError

from storage import alert_events, alert_handling
from storage.models import Admin, Alert, EventKind

from .alert_sync import sync_alert
from .alert_view import head_mention, mention
from .human_time import human_duration
from .runtime import Runtime
from .texts import t

log = logging.getLogger("tzk.escalation")


async def escalate_alert(rt: Runtime, alert: Alert, step: int, admins: Sequence[Admin]) -> bool:
    """Make escalation `step` of `alert` (as read before the claim); False if another tick made
    it, or the message could not be posted (a later tick tries again)."""
    now, settings = rt.now(), rt.settings
    async with rt.db.session() as session:
        won = await alert_handling.claim_escalation(session, alert.id, alert.escalations, step, now)
        await session.commit()
    if not won:
        return False
    lang = settings.staff_language
    worked = settings.working_hours.worked(alert.created_at, now, settings.time_zone)
    text = t("escalation", lang, waited=human_duration(now - alert.created_at, lang),
             worked=human_duration(worked, lang), mentions=_mentions(alert, admins, lang))
    try:
        posted = await rt.bot.send_message(
            alert.chat_id, text, parse_mode=ParseMode.HTML, message_thread_id=alert.thread_id,
            reply_parameters=ReplyParameters(alert.message_id, allow_sending_without_reply=True))
    except TelegramError as error:
        log.warning("alert %s: escalation %s not posted (%s); will retry", alert.id, step,
                    error.message)
        async with rt.db.session() as session:
            await alert_handling.undo_escalation(session, alert.id, alert.escalations, step,
                                                 alert.escalated_at)
            await session.commit()
        return False
    async with rt.db.session() as session:
        await alert_events.record(session, alert.id, EventKind.ESCALATION, now,
                                  chat_id=alert.chat_id, message_id=posted.message_id)
        await session.commit()
    log.info("alert %s escalated (step %s)", alert.id, step)
    await sync_alert(rt, alert.id)  # the ping shows the escalation too
    return True


def _mentions(alert: Alert, admins: Sequence[Admin], lang: str) -> str:
    people = []
    head = head_mention(alert.department, lang)
    if head is not None:
        people.append(head)
    for admin in admins:
        if admin.user_id != alert.department.head_user_id:
            people.append(mention(admin.user_id, admin.name or t("admin_role", lang)))
    return ", ".join(people)
