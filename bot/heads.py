"""Learning a department head's name from Telegram, so a ping can greet them by it."""

from __future__ import annotations

import logging

from telegram.error import TelegramError

from storage import departments

from .runtime import Runtime

log = logging.getLogger("tzk.heads")


async def learn_head_name(rt: Runtime, department_id: int, chat_id: int, user_id: int) -> None:
    """Ask the staff chat who `user_id` is and remember their name; asked once per process if
    Telegram can't say (a head who is not in the staff chat), so pings don't pay for it again."""
    unknown = rt.extras.setdefault("heads_not_found", set())
    if (chat_id, user_id) in unknown:
        return
    try:
        member = await rt.bot.get_chat_member(chat_id, user_id)
    except TelegramError as error:
        unknown.add((chat_id, user_id))
        log.warning("the head of department %s is not in the staff chat: %s", department_id,
                    error.message)
        return
    async with rt.db.session() as session:
        await departments.learn_head_name(session, department_id, user_id, member.user.full_name)
        await session.commit()
