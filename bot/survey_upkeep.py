"""Looking after sent surveys: a gentle reminder to a client who has not answered, and closing
an expired survey's buttons."""

from __future__ import annotations

import logging

from telegram import ReplyParameters
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError

from storage import reminders, surveys

from .cards import card_for, mark_blocked
from .replies import drop_buttons
from .runtime import Runtime
from .texts import t

log = logging.getLogger("tzk.upkeep")


async def send_reminder(rt: Runtime, survey_id: int, sent: int) -> bool:
    """Send reminder number `sent + 1`, as a reply to the survey; counted before it goes, so a
    reminder is never sent twice (a failed one is not retried: it was only a reminder)."""
    async with rt.db.session() as session:
        won = await reminders.claim(session, survey_id, sent, rt.now())
        survey = await surveys.get(session, survey_id)
        await session.commit()
    if not won:
        return False
    card = card_for(survey, rt.settings)
    text = t("reminder", card.lang, delivery=card.ref, date=card.date)
    try:
        await rt.bot.send_message(
            survey.chat_id, text, parse_mode=ParseMode.HTML,
            reply_parameters=ReplyParameters(survey.message_id, allow_sending_without_reply=True))
    except Forbidden:
        await mark_blocked(rt, survey.chat_id)
        log.info("survey %s: the client has blocked the bot; no reminder", survey_id)
        return False
    except TelegramError as error:
        log.warning("survey %s: the reminder was not sent: %s", survey_id, error.message)
        return False
    log.info("survey %s: reminder %s sent", survey_id, sent + 1)
    return True


async def close_buttons(rt: Runtime, expired: surveys.Expired) -> None:
    """Take the buttons off an expired survey's message (if they stay, a tap says it is closed)."""
    await drop_buttons(rt.bot, expired.chat_id, expired.message_id)
