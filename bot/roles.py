"""Who may do what: admin commands check the role in the database at the moment of use."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import ChatMember, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes, ConversationHandler

from feedback.language import pick_language
from storage import admins

from .runtime import Runtime, runtime
from .texts import t

log = logging.getLogger("tzk.roles")
Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[Any]]


async def is_admin(rt: Runtime, user_id: int) -> bool:
    async with rt.db.session() as session:
        return await admins.is_admin(session, user_id)


async def is_staff(rt: Runtime, user_id: int) -> bool:
    """An admin, or a member of the staff chat (asked of Telegram each time, so someone who
    left the group loses the role at once)."""
    if await is_admin(rt, user_id):
        return True
    chat_id = rt.settings.staff_chat_id
    if chat_id is None:
        return False
    try:
        member = await rt.bot.get_chat_member(chat_id, user_id)
    except TelegramError:
        return False
    return member.status in (ChatMember.OWNER, ChatMember.ADMINISTRATOR, ChatMember.MEMBER) or (
        member.status == ChatMember.RESTRICTED and bool(getattr(member, "is_member", False)))


def admin_only(handler: Handler) -> Handler:
    """Run `handler` only for an admin; anyone else gets one polite line and nothing changes."""
    return _guard(handler, is_admin, "not_admin", "admin_only")


def staff_only(handler: Handler) -> Handler:
    """Run `handler` only for staff (see is_staff); anyone else gets one polite line."""
    return _guard(handler, is_staff, "not_staff", "staff_only")


def _guard(handler: Handler, allowed: Callable[[Runtime, int], Awaitable[bool]], refusal: str,
           role: str) -> Handler:
    @functools.wraps(handler)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Any:
        user = update.effective_user
        if user is not None and await allowed(runtime(context), user.id):
            return await handler(update, context)
        log.info("refused %s: the user is not %s", handler.__name__, role.removesuffix("_only"))
        text = t(refusal, pick_language(user.language_code if user else None))
        if update.callback_query:
            await update.callback_query.answer(text, show_alert=True)
        elif update.effective_message:
            await update.effective_message.reply_text(text)
        return ConversationHandler.END

    guarded.role = role  # type: ignore[attr-defined]
    return guarded
