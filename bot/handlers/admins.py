"""/admins: who administers the bot; add by reply, id or one-time code; never the last removed."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.language import pick_language
from storage import admins, audit
from storage.admins import Removal

from ..invitations import ADMIN, VALID_FOR, invite
from ..menus import publish_admin_menu
from ..people import meant
from ..roles import admin_only
from ..runtime import runtime
from ..texts import t


@admin_only
async def manage_admins(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/admins [add|remove|invite]: list, add, remove or invite admins."""
    lang = pick_language(update.effective_user.language_code)
    action, rest = (context.args[0].lower(), context.args[1:]) if context.args else (None, [])
    if action is None:
        await _list(update, context, lang)
    elif action == "invite" and not rest:
        code, link = await invite(runtime(context), ADMIN, update.effective_user)
        hours = int(VALID_FOR.total_seconds() // 3600)
        await update.message.reply_text(t("invite_admin", lang, hours=hours, link=link, code=code))
    elif action in ("add", "remove"):
        await _change(update, context, lang, adding=action == "add", args=rest)
    else:
        await update.message.reply_text(t("admins_usage", lang))


async def _list(update: Update, context: ContextTypes.DEFAULT_TYPE, lang: str) -> None:
    async with runtime(context).db.session() as session:
        everyone = await admins.all_admins(session)
    lines = [t("admins_title", lang)]
    lines += [f"• {escape(a.name or '—')} — <code>{a.user_id}</code>" for a in everyone]
    lines += ["", t("admins_usage", lang)]
    await update.message.reply_text("\n".join(lines), parse_mode=ParseMode.HTML)


async def _change(update: Update, context: ContextTypes.DEFAULT_TYPE, lang: str, adding: bool,
                  args: list[str]) -> None:
    rt, by = runtime(context), update.effective_user
    person = meant(update.message, args)
    if person is None:
        await update.message.reply_text(t("admins_who", lang) + "\n\n" + t("admins_usage", lang))
        return
    if person.is_bot:
        await update.message.reply_text(t("admins_no_bots", lang))
        return
    async with rt.db.session() as session:
        if adding:
            done = await admins.add(session, person.user_id, person.name, by.id, rt.now())
            key = "admins_added" if done else "admins_already"
        else:
            removal = await admins.remove(session, person.user_id)
            done = removal is Removal.REMOVED
            key = {Removal.REMOVED: "admins_removed", Removal.LAST: "admins_last",
                   Removal.ABSENT: "admins_absent"}[removal]
        if done:
            await audit.record(session, at=rt.now(), user_id=by.id, user_name=by.full_name,
                               action="admin added" if adding else "admin removed",
                               subject=f"{person.name} ({person.user_id})")
        await session.commit()
    if done:
        await publish_admin_menu(rt, person.user_id, is_admin=adding)
    await update.message.reply_text(t(key, lang, name=person.name))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("admins", manage_admins, filters=filters.UpdateType.MESSAGE))
