"""Who may do what: admin commands check the role in the database at the moment of use."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Chat, ChatMember, Update
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


async def is_staff(rt: Runtime, user_id: int, chat_id: int | None = None) -> bool:
    """An admin, or a member of the staff chat. Someone writing or pressing a button in the
    staff chat (`chat_id`) is a member; anyone else is asked of Telegram each time, so who left
    the group loses the role at once — a call that spends the group's message budget, hence
    the short cut."""
    staff_chat = rt.settings.staff_chat_id
    if staff_chat is not None and chat_id == staff_chat:
        return True
    if await is_admin(rt, user_id):
        return True
    if staff_chat is None:
        return False
    try:
        member = await rt.bot.get_chat_member(staff_chat, user_id)
    except TelegramError:
        return False
    return member.status in (ChatMember.OWNER, ChatMember.ADMINISTRATOR, ChatMember.MEMBER) or (
        member.status == ChatMember.RESTRICTED and bool(getattr(member, "is_member", False)))


Check = Callable[[Runtime, Update], Awaitable[str | None]]  # the refusal's text key, or None


async def _admin(rt: Runtime, update: Update) -> str | None:
    return None if await is_admin(rt, update.effective_user.id) else "not_admin"


async def _staff(rt: Runtime, update: Update) -> str | None:
    # Reports and lists carry clients' names and words: only in the staff chat or in private.
    chat = update.effective_chat
    if chat is not None and chat.type != Chat.PRIVATE and chat.id != rt.settings.staff_chat_id:
        return "staff_chat_only"
    allowed = await is_staff(rt, update.effective_user.id, chat.id if chat else None)
    return None if allowed else "not_staff"


def admin_only(handler: Handler) -> Handler:
    """Run `handler` only for an admin; anyone else gets one polite line and nothing changes."""
    return _guard(handler, _admin, "admin_only")


def staff_only(handler: Handler) -> Handler:
    """Run `handler` only for staff (see is_staff), and only in the staff chat or a private
    chat; otherwise one polite line."""
    return _guard(handler, _staff, "staff_only")


def _guard(handler: Handler, check: Check, role: str) -> Handler:
    @functools.wraps(handler)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Any:
        user = update.effective_user
        refusal = await check(runtime(context), update) if user is not None else "not_staff"
        if refusal is None:
            return await handler(update, context)
        log.info("refused %s: %s", handler.__name__, refusal)
        text = t(refusal, pick_language(user.language_code if user else None))
        if update.callback_query:
            await update.callback_query.answer(text, show_alert=True)
        elif update.effective_message:
            await update.effective_message.reply_text(text)
        return ConversationHandler.END

    guarded.role = role  # type: ignore[attr-defined]
    return guarded
