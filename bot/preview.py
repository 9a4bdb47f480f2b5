"""/preview: the current questionnaire sent to the admin exactly as a client would get it."""

from __future__ import annotations

import logging
from datetime import timedelta
from enum import Enum

from telegram import User
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError

from feedback.language import pick_language
from storage import previews, surveys

from .cards import card_for
from .runtime import Runtime
from .survey_view import render
from .texts import t

log = logging.getLogger("tzk.preview")
PREVIEW_LIFETIME = timedelta(days=1)


class Preview(Enum):
    SENT = "preview_sent"
    NO_CHAT = "preview_open_chat"  # the admin has not opened a chat with the bot
    FAILED = "preview_failed"  # Telegram did not answer; nothing to keep


async def send_preview(rt: Runtime, admin: User) -> Preview:
    """Send question 1 of a preview survey to the admin's private chat."""
    lang = pick_language(admin.language_code)
    now = rt.now()
    async with rt.db.session() as session:
        survey_id, token = await previews.open_preview(session, admin.id, admin.full_name, lang, now,
                                                       now + PREVIEW_LIFETIME)
        await session.commit()
        survey = await surveys.get(session, survey_id)
        text, markup = render(card_for(survey, rt.settings), 0)
    try:
        message = await rt.bot.send_message(admin.id, f"{t('preview_intro', lang)}\n\n{text}",
                                            parse_mode=ParseMode.HTML, reply_markup=markup)
    except TelegramError as error:
        if not isinstance(error, Forbidden):
            log.warning("preview not sent: %s", error.message)
        async with rt.db.session() as session:
            await surveys.fail(session, survey_id, token, error.message[:200])
            await session.commit()
        return Preview.NO_CHAT if isinstance(error, Forbidden) else Preview.FAILED
    async with rt.db.session() as session:
        await surveys.mark_delivered(session, survey_id, token, admin.id, message.message_id, lang,
                                     rt.now(), now + PREVIEW_LIFETIME)
        await session.commit()
    return Preview.SENT
