"""/audit: the latest changes admins made, who made them, before and after."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.language import pick_language
from storage import audit

from ..roles import admin_only
from ..runtime import runtime
from ..texts import t

DEFAULT_COUNT, MAX_COUNT = 15, 50


@admin_only
async def show_audit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/audit [N]: the latest N changes (15 unless said)."""
    rt, lang = runtime(context), pick_language(update.effective_user.language_code)
    args = context.args
    if len(args) > 1 or (args and not (args[0].isdigit() and 1 <= int(args[0]) <= MAX_COUNT)):
        await update.message.reply_text(t("audit_usage", lang))
        return
    async with rt.db.session() as session:
        entries = await audit.latest(session, int(args[0]) if args else DEFAULT_COUNT)
    if not entries:
        await update.message.reply_text(t("audit_empty", lang))
        return
    tz = rt.settings.time_zone
    lines = [t("audit_title", lang)]
    for entry in entries:
        change = f"{_short(entry.before)} → {_short(entry.after)}" if entry.before or entry.after else ""
        who = escape(entry.user_name or str(entry.user_id))
        lines.append(f"{entry.at.astimezone(tz):%d.%m %H:%M} · {who} · {escape(entry.action)} "
                     f"{escape(entry.subject)} {escape(change)}".rstrip())
    await update.message.reply_text("\n".join(lines), parse_mode=ParseMode.HTML)


def _short(text: str | None, limit: int = 80) -> str:
    text = (text or "—").replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"


def register(app: Application) -> None:
    app.add_handler(CommandHandler("audit", show_audit, filters=filters.UpdateType.MESSAGE))
