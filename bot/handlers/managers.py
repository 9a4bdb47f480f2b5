"""/manager: telling the bot who a manager (known by name from the deliveries) is in Telegram, so
their clients' leads mention them."""

from __future__ import annotations

import shlex
from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.language import pick_language
from storage import audit, staff

from ..alert_view import mention
from ..people import meant
from ..roles import admin_only
from ..runtime import Runtime, runtime
from ..texts import t

NAME_LIMIT = 200


@admin_only
async def set_manager(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/manager "Name" in reply to the manager's message, or /manager "Name" USER_ID; alone, the
    list of managers."""
    rt, message, user = runtime(context), update.message, update.effective_user
    lang = pick_language(user.language_code)
    text = message.text.partition(" ")[2].strip()
    if not text:
        await message.reply_text(await _listing(rt, lang), parse_mode=ParseMode.HTML)
        return
    try:
        words = shlex.split(text)
    except ValueError:
        words = []
    by_reply = message.reply_to_message is not None
    person = meant(message, [] if by_reply or len(words) < 2 else words[-1:])
    if person is None:
        await message.reply_text(t("manager_usage", lang))
        return
    if person.is_bot:
        await message.reply_text(t("manager_not_a_person", lang))
        return
    name = " ".join(words if by_reply else words[:-1])
    user_id, username = person.user_id, person.username
    if len(name) > NAME_LIMIT:
        await message.reply_text(t("manager_usage", lang))
        return
    async with rt.db.session() as session:
        member, before = await staff.bind_telegram(session, name, user_id, username, rt.now())
        await audit.record(session, at=rt.now(), user_id=user.id, user_name=user.full_name,
                           action="manager", subject=name,
                           before=str(before) if before else None, after=str(user_id))
        await session.commit()
    await message.reply_text(
        t("manager_done", lang, name=escape(member.name), mention=mention(user_id, member.name)),
        parse_mode=ParseMode.HTML)


async def _listing(rt: Runtime, lang: str) -> str:
    async with rt.db.session() as session:
        everyone = await staff.all_staff(session)
    lines = [t("managers_title", lang)]
    for member in everyone:
        known = (mention(member.telegram_user_id, f"@{member.username}" if member.username
                         else str(member.telegram_user_id))
                 if member.telegram_user_id else t("manager_telegram_unknown", lang))
        lines.append(f"{escape(member.name)} — {known}")
    if not everyone:
        lines.append(t("managers_empty", lang))
    return "\n".join([*lines, "", escape(t("manager_usage", lang))])


def register(app: Application) -> None:
    app.add_handler(CommandHandler("manager", set_manager, filters=filters.UpdateType.MESSAGE))
