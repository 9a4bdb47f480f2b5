"""Sending a claimed survey's first question, and what each Telegram failure means for it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from feedback.planning import retry_at
from storage import clients, scripts, surveys
from storage.models import ClientStatus

from .cards import card_for, client_zone
from .runtime import Runtime
from .survey_view import render

log = logging.getLogger("tzk.dispatch")


class Sent(Enum):
    SENT = "sent"
    LATER = "later"  # back in the queue (outside the window, a network error, client inactive)
    BLOCKED = "blocked"
    FAILED = "failed"
    FLOOD = "flood"  # Telegram said "too many requests": stop this tick


@dataclass(frozen=True)
class SendResult:
    outcome: Sent
    retry_after: timedelta = timedelta(0)


async def send_survey(rt: Runtime, survey_id: int, token: str) -> SendResult:
    """Send survey `survey_id`, claimed by this tick with `token`, and record what happened."""
    now = rt.now()
    async with rt.db.session() as session:
        current = await scripts.current_script(session)
        await surveys.adopt_script(session, survey_id, token, current.id)
        await session.commit()  # harmless if the send then fails: it is still not sent
        survey = await surveys.get(session, survey_id)
        client = survey.client
        tz = client_zone(client, rt.settings)
        window = rt.settings.send_window
        if client.status != ClientStatus.ACTIVE or client.chat_id is None:
            await surveys.release(session, survey_id, token, survey.due_at, None, count_attempt=False)
            await session.commit()
            return SendResult(Sent.LATER)
        if not window.contains(now, tz):
            await surveys.release(session, survey_id, token, window.next_open(now, tz), None, False)
            await session.commit()
            return SendResult(Sent.LATER)
        chat_id, attempts = client.chat_id, survey.attempts
        survey.language = client.language or "ru"  # as the client speaks now, not at intake
        text, markup = render(card_for(survey, rt.settings), 0)
    try:
        message = await rt.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML,
                                            reply_markup=markup)
    except Forbidden as error:
        return await _blocked(rt, survey_id, token, chat_id, error)
    except RetryAfter as error:
        return await _flood(rt, survey_id, token, error)
    except BadRequest as error:
        return await _failed(rt, survey_id, token, error)
    except TelegramError as error:  # network trouble, timeouts, 5xx: a later tick tries again
        return await _later(rt, survey_id, token, attempts, error, tz)
    async with rt.db.session() as session:
        await surveys.mark_delivered(session, survey_id, token, chat_id, message.message_id,
                                     survey.language, rt.now(), rt.now() + rt.settings.survey_expiry)
        await session.commit()
    log.info("survey %s sent", survey_id)
    return SendResult(Sent.SENT)


async def _blocked(rt: Runtime, survey_id: int, token: str, chat_id: int, error: Forbidden) -> SendResult:
    log.info("survey %s: the client blocked the bot", survey_id)
    async with rt.db.session() as session:
        await clients.set_chat_status(session, chat_id, ClientStatus.BLOCKED)
        survey = await surveys.get(session, survey_id)
        await surveys.release(session, survey_id, token, survey.due_at, _short(error),
                              count_attempt=False)
        await session.commit()
    return SendResult(Sent.BLOCKED)


async def _flood(rt: Runtime, survey_id: int, token: str, error: RetryAfter) -> SendResult:
    wait = error.retry_after if isinstance(error.retry_after, timedelta) \
        else timedelta(seconds=error.retry_after)
    log.warning("survey %s: Telegram asks to slow down for %ss", survey_id, wait.total_seconds())
    async with rt.db.session() as session:
        await surveys.release(session, survey_id, token, rt.now() + wait, "flood",
                              count_attempt=False)
        await session.commit()
    return SendResult(Sent.FLOOD, wait)


async def _failed(rt: Runtime, survey_id: int, token: str, error: BadRequest) -> SendResult:
    log.error("survey %s cannot be sent: %s", survey_id, _short(error))
    async with rt.db.session() as session:
        await surveys.fail(session, survey_id, token, _short(error))
        await session.commit()
    return SendResult(Sent.FAILED)


async def _later(rt: Runtime, survey_id: int, token: str, attempts: int, error: TelegramError,
                 tz: ZoneInfo) -> SendResult:
    now = rt.now()
    when = retry_at(now, attempts + 1, rt.settings.send_window, tz)
    async with rt.db.session() as session:
        if when is None:
            await surveys.fail(session, survey_id, token, _short(error))
        else:
            await surveys.release(session, survey_id, token, when, _short(error), count_attempt=True)
        await session.commit()
    log.warning("survey %s not sent (%s); %s", survey_id, type(error).__name__,
                "giving up" if when is None else "will retry")
    return SendResult(Sent.FAILED if when is None else Sent.LATER)


def _short(error: TelegramError) -> str:
    return str(error.message)[:200]
