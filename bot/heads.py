"""Learning a department head's name from Telegram, so a ping can greet them by it."""

from __future__ import annotations

import logging

from telegram.error import TelegramError

from storage.models import Department

from .runtime import Runtime

log = logging.getLogger("tzk.heads")


async def learn_head_name(rt: Runtime, department_id: int, chat_id: int, user_id: int) -> None:
    """Ask the staff chat who `user_id` is and remember their name; silent if Telegram can't say."""
    try:
        member = await rt.bot.get_chat_member(chat_id, user_id)
    except TelegramError as error:
        log.info("head of department %s not found in the staff chat (%s)", department_id,
                 type(error).__name__)
        return
    async with rt.db.session() as session:
        department = await session.get(Department, department_id)
        if department.head_user_id == user_id and not department.head_name:
            department.head_name = member.user.full_name[:200]
            await session.commit()
