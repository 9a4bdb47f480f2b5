"""Clients linking their Telegram (deep link or phone), opting out and back in, blocking."""

from __future__ import annotations

import logging
import re
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import ChatMember, KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.ext import Application, ChatMemberHandler, CommandHandler, ContextTypes, MessageHandler, filters

from feedback.language import pick_language
from feedback.phones import normalize_phone
from storage import clients, departments
from storage.models import ClientStatus

from ..alert_view import department_name
from ..invitations import ADMIN, HEAD, redeem
from ..menus import publish_admin_menu
from ..runtime import runtime
from ..texts import t

log = logging.getLogger("tzk.onboarding")
_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_INACTIVE = {ClientStatus.OPTED_OUT, ClientStatus.BLOCKED}
Markup = ReplyKeyboardMarkup | ReplyKeyboardRemove | None


def _phone_keyboard(lang: str) -> ReplyKeyboardMarkup:
    button = KeyboardButton(t("share_phone_button", lang), request_contact=True)
    return ReplyKeyboardMarkup([[button]], resize_keyboard=True, one_time_keyboard=True)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start [token]: link this chat to a client by deep link, or switch surveys back on."""
    rt, user, chat = runtime(context), update.effective_user, update.effective_chat
    lang = pick_language(user.language_code)
    payload = context.args[0] if context.args else None
    if payload and await _redeemed(update, context, payload):
        return
    async with rt.db.session() as session:
        if payload is None:
            reply = await _start_plain(session, chat.id, lang)
        else:
            reply = await _start_linking(session, payload, chat.id, lang, user.first_name, rt.now())
        await session.commit()
    text, markup = reply
    await update.message.reply_text(text, reply_markup=markup)


async def _redeemed(update: Update, context: ContextTypes.DEFAULT_TYPE, payload: str) -> bool:
    """A payload that is an admin's one-time code: redeemed, thanked; False if it is not one."""
    rt, user = runtime(context), update.effective_user
    purpose = await redeem(rt, payload, user) if _PAYLOAD.match(payload) else None
    if purpose is None:
        return False
    lang = pick_language(user.language_code)
    if purpose == ADMIN:
        await publish_admin_menu(rt, user.id)
        await update.message.reply_text(t("redeemed_admin", lang))
        return True
    async with rt.db.session() as session:
        department = await departments.by_code(session, purpose.removeprefix(HEAD))
    name = department_name(department, lang)
    await update.message.reply_text(t("redeemed_head", lang, department=name))
    return True


async def _start_plain(session: AsyncSession, chat_id: int, lang: str) -> tuple[str, Markup]:
    if not await clients.of_chat(session, chat_id):
        return t("need_link", lang), _phone_keyboard(lang)
    revived = await clients.set_chat_status(session, chat_id, ClientStatus.ACTIVE, _INACTIVE)
    return t("welcome_back" if revived else "already_linked", lang), None


async def _start_linking(session: AsyncSession, payload: str, chat_id: int, lang: str,
                         first_name: str, now: datetime) -> tuple[str, Markup]:
    client = await clients.by_token(session, payload) if _PAYLOAD.match(payload) else None
    if client is None:
        log.info("a start with an unknown link token")
        return t("bad_link", lang), _phone_keyboard(lang)
    if client.chat_id not in (None, chat_id):
        log.info("client %s: link token reused from another chat", client.id)
        return t("link_taken", lang), None
    again = client.chat_id == chat_id and client.status == ClientStatus.ACTIVE
    clients.link(client, chat_id, lang, now)
    log.info("client %s linked by deep link", client.id)
    if again:
        return t("already_linked", lang), None
    return t("welcome", lang, name=first_name, client=client.name), ReplyKeyboardRemove()


async def contact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A shared contact: link every client with this phone, if it is the sender's own number."""
    rt, user, chat = runtime(context), update.effective_user, update.effective_chat
    lang = pick_language(user.language_code)
    shared = update.message.contact
    if shared.user_id != user.id:
        await update.message.reply_text(t("not_your_contact", lang), reply_markup=_phone_keyboard(lang))
        return
    phone = normalize_phone(shared.phone_number)
    async with rt.db.session() as session:
        found = await clients.linkable_by_phone(session, phone, chat.id) if phone else []
        for client in found:
            clients.link(client, chat.id, lang, rt.now())
        names = ", ".join(c.name for c in found)
        await session.commit()
    found_ids = [c.id for c in found]
    if not found:
        log.info("a shared contact matches no client")
        await update.message.reply_text(t("phone_unknown", lang), reply_markup=ReplyKeyboardRemove())
        return
    log.info("client(s) %s linked by phone", found_ids)
    await update.message.reply_text(t("welcome", lang, name=user.first_name, client=names),
                                    reply_markup=ReplyKeyboardRemove())


async def stop(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stop: no more surveys for this chat."""
    rt, chat = runtime(context), update.effective_chat
    lang = pick_language(update.effective_user.language_code)
    async with rt.db.session() as session:
        changed = await clients.set_chat_status(session, chat.id, ClientStatus.OPTED_OUT)
        await session.commit()
    await update.message.reply_text(t("stopped" if changed else "stop_unlinked", lang))


async def membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The client blocked or unblocked the bot: stop or resume writing to them."""
    rt, change = runtime(context), update.my_chat_member
    if change.chat.type != change.chat.PRIVATE:
        return
    status = change.new_chat_member.status
    async with rt.db.session() as session:
        if status == ChatMember.BANNED:
            await clients.set_chat_status(session, change.chat.id, ClientStatus.BLOCKED)
        elif status == ChatMember.MEMBER:
            await clients.set_chat_status(session, change.chat.id, ClientStatus.ACTIVE,
                                          {ClientStatus.BLOCKED})
        await session.commit()
    log.info("a client's chat with the bot is now %s", status)


def register(app: Application) -> None:
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE  # edits are not commands
    app.add_handler(CommandHandler("start", start, filters=private))
    app.add_handler(CommandHandler("stop", stop, filters=private))
    app.add_handler(MessageHandler(private & filters.CONTACT, contact))
    app.add_handler(ChatMemberHandler(membership, ChatMemberHandler.MY_CHAT_MEMBER))
