"""Bringing the staff chat up to date with an alert: post it, or edit it in place."""

from __future__ import annotations

import logging

from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from storage import alerts
from storage.models import AlertStatus

from .alert_view import render_alert
from .heads import learn_head_name
from .runtime import Runtime

log = logging.getLogger("tzk.alerts")


def is_not_modified(error: BadRequest) -> bool:
    return "message is not modified" in error.message


async def sync_alert(rt: Runtime, alert_id: int) -> bool:
    """Post or edit the ping for `alert_id` if it is out of date; False if it must be retried."""
    now = rt.now()
    async with rt.db.session() as session:
        revision = await alerts.claim(session, alert_id, now)
        await session.commit()
    if revision is None:
        return True  # up to date, or another task is on it
    await _know_the_head(rt, alert_id)
    async with rt.db.session() as session:
        alert = await alerts.get(session, alert_id)
        chat_id = alert.chat_id or rt.settings.staff_chat_id
        thread_id = alert.thread_id if alert.message_id else alert.department.topic_id
        if alert.message_id is None and alert.status == AlertStatus.WITHDRAWN:
            await alerts.mark_synced(session, alert_id, revision, None, None, None, now)
            await session.commit()
            return True
        if chat_id is None:
            log.warning("alert %s waits: STAFF_CHAT_ID is not set", alert_id)
            await alerts.back_off(session, alert_id, now)
            await session.commit()
            return False
        text = render_alert(alert, rt.settings.staff_language, rt.settings.time_zone)
        message_id = alert.message_id
    try:
        if message_id is None:
            message = await rt.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML,
                                                message_thread_id=thread_id)
            message_id = message.message_id
        else:
            await rt.bot.edit_message_text(text, chat_id, message_id, parse_mode=ParseMode.HTML)
    except BadRequest as error:
        if not is_not_modified(error):
            return await _failed(rt, alert_id, error)
    except TelegramError as error:
        return await _failed(rt, alert_id, error)
    async with rt.db.session() as session:
        await alerts.mark_synced(session, alert_id, revision, chat_id, thread_id, message_id, rt.now())
        await session.commit()
    return True


async def _know_the_head(rt: Runtime, alert_id: int) -> None:
    async with rt.db.session() as session:
        department = (await alerts.get(session, alert_id)).department
    chat_id = rt.settings.staff_chat_id
    if department.head_user_id and not department.head_name and chat_id:
        await learn_head_name(rt, department.id, chat_id, department.head_user_id)


async def _failed(rt: Runtime, alert_id: int, error: TelegramError) -> bool:
    log.warning("alert %s not synced (%s); will retry", alert_id, type(error).__name__)
    async with rt.db.session() as session:
        await alerts.back_off(session, alert_id, rt.now())
        await session.commit()
    return False
