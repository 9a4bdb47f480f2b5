"""/bind makes a group the staff chat; /topic sends a department's pings into a forum topic."""

from __future__ import annotations

import logging

from telegram import Chat, ChatMember, Update
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from feedback.language import pick_language
from storage import audit, departments

from ..alert_view import department_name
from ..config import change
from ..menus import publish_menus
from ..roles import admin_only
from ..runtime import Runtime, runtime
from ..texts import t

log = logging.getLogger("tzk.staff_chat")
_GROUPS = (Chat.GROUP, Chat.SUPERGROUP)


@admin_only
async def bind(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/bind in a group: this group is the staff chat from now on."""
    rt, user, chat = runtime(context), update.effective_user, update.effective_chat
    lang = pick_language(user.language_code)
    if chat.type not in _GROUPS:
        await update.message.reply_text(t("bind_private", lang))
        return
    if rt.settings.staff_chat_id == chat.id:
        await update.message.reply_text(t("bind_already", lang))
        return
    await change(rt, "staff_chat_id", str(chat.id), user.id, user.full_name)
    await publish_menus(rt)
    text = t("bind_done", lang)
    if not await _can_post(rt, chat.id):
        text += "\n\n" + t("bind_cannot_post", lang)
    await update.message.reply_text(text)


async def _can_post(rt: Runtime, chat_id: int) -> bool:
    try:
        me = await rt.bot.get_chat_member(chat_id, rt.bot.id)
    except TelegramError:
        return False
    if me.status == ChatMember.RESTRICTED:
        return bool(getattr(me, "can_send_messages", False))
    return me.status in (ChatMember.MEMBER, ChatMember.ADMINISTRATOR)


@admin_only
async def topic(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/topic CODE [off] inside a forum topic of the staff chat: the department's pings go there."""
    rt, user, message = runtime(context), update.effective_user, update.message
    lang = pick_language(user.language_code)
    async with rt.db.session() as session:
        known = [d.code for d in await departments.all_departments(session)]
    usage = t("topic_usage", lang, codes=", ".join(known))
    args = [a.lower() for a in context.args]
    off = args[1:] == ["off"]
    if not args or len(args) > 2 or (len(args) == 2 and not off):
        await message.reply_text(usage)
        return
    if message.chat.id != rt.settings.staff_chat_id:
        await message.reply_text(t("topic_not_staff_chat", lang))
        return
    thread_id = message.message_thread_id if message.is_topic_message else None
    if not off and thread_id is None:
        await message.reply_text(usage)
        return
    if args[0] not in known:
        await message.reply_text(t("unknown_department", lang, code=args[0], codes=", ".join(known)))
        return
    async with rt.db.session() as session:
        department = await departments.by_code(session, args[0])
        before = department.topic_id
        await departments.set_topic(session, department, None if off else thread_id)
        await audit.record(session, at=rt.now(), user_id=user.id, user_name=user.full_name,
                           action="department topic", subject=department.code,
                           before=str(before or "—"), after=str(department.topic_id or "—"))
        await session.commit()
    await message.reply_text(t("topic_off" if off else "topic_done", lang,
                               department=department_name(department, lang)))


async def migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The staff group became a supergroup (a new id): follow it, so pings keep arriving."""
    rt, message = runtime(context), update.message
    if message.chat.id != rt.settings.staff_chat_id or not message.migrate_to_chat_id:
        return
    log.warning("the staff chat moved to a supergroup; following it")
    await change(rt, "staff_chat_id", str(message.migrate_to_chat_id), None, "Telegram")
    await publish_menus(rt)


def register(app: Application) -> None:
    messages = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("bind", bind, filters=messages))
    app.add_handler(CommandHandler("topic", topic, filters=messages))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, migrated))
