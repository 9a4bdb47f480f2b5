"""Bringing the staff chat up to date with an alert: post it, or edit it in place."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, TelegramError

from storage import alerts, departments
from storage.models import Alert, AlertKind, AlertStatus

from .alert_view import alert_buttons, render_alert
from .config import change
from .heads import learn_head_name
from .lead_view import render_lead
from .runtime import Runtime

log = logging.getLogger("tzk.alerts")
_ROUNDS = 3  # changes that arrive while a sync is in flight are synced right after it


def is_not_modified(error: BadRequest) -> bool:
    return "message is not modified" in error.message.lower()


@dataclass(frozen=True)
class _Ping:
    revision: int
    text: str
    markup: InlineKeyboardMarkup | None
    chat_id: int | None
    thread_id: int | None
    message_id: int | None
    withdrawn_unsent: bool


async def sync_alert(rt: Runtime, alert_id: int) -> bool:
    """Post or edit the ping for `alert_id` until the staff chat shows its latest state;
    False if Telegram failed and a later tick must retry."""
    for _ in range(_ROUNDS):
        async with rt.db.session() as session:
            revision = await alerts.claim(session, alert_id, rt.now())
            await session.commit()
        if revision is None:
            return True  # up to date, or another task is on it
        await _know_the_head(rt, alert_id)
        ping = await _render(rt, alert_id, revision)
        if ping.withdrawn_unsent:
            newer = await _synced(rt, alert_id, ping, None, None, None)
        elif ping.chat_id is None:
            log.warning("alert %s waits: no staff chat is set (STAFF_CHAT_ID)", alert_id)
            return await _retry_later(rt, alert_id)
        else:
            try:
                message_id = await _post_or_edit(rt, ping)
            except TelegramError as error:
                if not await _recover(rt, alert_id, ping, error):
                    return await _retry_later(rt, alert_id)
                continue
            newer = await _synced(rt, alert_id, ping, ping.chat_id, ping.thread_id, message_id)
        if not newer:
            return True
    return True


async def _render(rt: Runtime, alert_id: int, revision: int) -> _Ping:
    async with rt.db.session() as session:
        alert = await alerts.get(session, alert_id)
        posted = alert.message_id is not None
        text, markup = render_ping(alert, rt.settings.staff_language, rt.settings.time_zone)
        return _Ping(
            revision=revision,
            text=text,
            markup=markup,
            chat_id=alert.chat_id if posted else rt.settings.staff_chat_id,
            thread_id=alert.thread_id if posted else alert.department.topic_id,
            message_id=alert.message_id,
            withdrawn_unsent=not posted and alert.status == AlertStatus.WITHDRAWN,
        )


def render_ping(alert: Alert, lang: str, tz: ZoneInfo) -> tuple[str, InlineKeyboardMarkup | None]:
    """The ping's text and buttons: a low score with its handling, or a lead."""
    if alert.kind == AlertKind.LEAD:
        return render_lead(alert, lang, tz), None
    return render_alert(alert, lang, tz), alert_buttons(alert, lang)


async def _post_or_edit(rt: Runtime, ping: _Ping) -> int:
    if ping.message_id is None:
        message = await rt.bot.send_message(ping.chat_id, ping.text, parse_mode=ParseMode.HTML,
                                            message_thread_id=ping.thread_id,
                                            reply_markup=ping.markup)
        return message.message_id
    try:
        await rt.bot.edit_message_text(ping.text, ping.chat_id, ping.message_id,
                                       parse_mode=ParseMode.HTML, reply_markup=ping.markup)
    except BadRequest as error:
        if not is_not_modified(error):
            raise
    return ping.message_id


async def _recover(rt: Runtime, alert_id: int, ping: _Ping, error: TelegramError) -> bool:
    """Fix what can be fixed at once (True: post it again now); otherwise log why it waits."""
    text = error.message.lower()
    if isinstance(error, ChatMigrated):
        log.warning("alert %s: the staff chat became a supergroup; following it", alert_id)
        if ping.chat_id == rt.settings.staff_chat_id:
            await change(rt, "staff_chat_id", str(error.new_chat_id), None, "Telegram")
    elif isinstance(error, BadRequest) and "thread not found" in text and ping.thread_id:
        log.warning("alert %s: the department's forum topic is gone; its pings now go to the main "
                    "chat until a new topic is set", alert_id)
        async with rt.db.session() as session:
            await departments.forget_topic(session, ping.thread_id)
            await session.commit()
    elif isinstance(error, BadRequest) and "message to edit not found" in text:
        log.warning("alert %s: its ping was deleted; posting it again", alert_id)
    else:
        log.warning("alert %s not synced (%s: %s); will retry", alert_id, type(error).__name__,
                    error.message)
        return False
    await _forget(rt, alert_id)
    return True


async def _forget(rt: Runtime, alert_id: int) -> None:
    async with rt.db.session() as session:
        await alerts.forget_message(session, alert_id)
        await session.commit()


async def _synced(rt: Runtime, alert_id: int, ping: _Ping, chat_id: int | None,
                  thread_id: int | None, message_id: int | None) -> bool:
    async with rt.db.session() as session:
        newer = await alerts.mark_synced(session, alert_id, ping.revision, chat_id, thread_id,
                                         message_id, rt.now())
        await session.commit()
    return newer


async def _know_the_head(rt: Runtime, alert_id: int) -> None:
    async with rt.db.session() as session:
        department = (await alerts.get(session, alert_id)).department
    chat_id = rt.settings.staff_chat_id
    if department.head_user_id and not department.head_name and chat_id:
        await learn_head_name(rt, department.id, chat_id, department.head_user_id)


async def _retry_later(rt: Runtime, alert_id: int) -> bool:
    async with rt.db.session() as session:
        await alerts.back_off(session, alert_id, rt.now())
        await session.commit()
    return False
