"""/settings and /set: the timing and other settings admins change in chat."""

from __future__ import annotations

from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.language import pick_language

from ..config import CHAT_SETTINGS, change, shown
from ..roles import admin_only
from ..runtime import runtime
from ..texts import t

_RESET = {"default", "по-умолчанию", "сброс", "reset"}


@admin_only
async def show_settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/settings: every setting admins can change, with its value now."""
    rt, lang = runtime(context), pick_language(update.effective_user.language_code)
    lines = [t("settings_title", lang)]
    for name, setting in CHAT_SETTINGS.items():
        lines.append(t("settings_line", lang, name=name, meaning=escape(setting.meaning(lang)),
                       value=escape(shown(getattr(rt.settings, setting.field)))))
    lines += ["", t("settings_staff_chat", lang, chat=shown(rt.settings.staff_chat_id)), "",
              t("settings_how", lang)]
    await update.message.reply_text("\n".join(lines), parse_mode=ParseMode.HTML)


@admin_only
async def set_setting(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/set NAME VALUE: change one setting (audited); /set NAME default resets it."""
    rt, user = runtime(context), update.effective_user
    lang = pick_language(user.language_code)
    usage = t("set_usage", lang, names=", ".join(CHAT_SETTINGS))
    if len(context.args) < 2:
        await update.message.reply_text(usage)
        return
    name, raw = context.args[0].lower(), " ".join(context.args[1:])
    setting = CHAT_SETTINGS.get(name)
    if setting is None:
        await update.message.reply_text(t("set_unknown", lang, name=name) + "\n\n" + usage)
        return
    try:
        before, after = await change(rt, setting.field, None if raw.lower() in _RESET else raw,
                                     user.id, user.full_name)
    except ValueError as error:
        now = shown(getattr(rt.settings, setting.field))
        form = setting.form(lang) or str(error)
        await update.message.reply_text(t("set_bad", lang, value=raw, form=form, name=name, now=now))
        return
    await update.message.reply_text(t("set_done", lang, name=name, before=before, after=after))


def register(app: Application) -> None:
    messages = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("settings", show_settings, filters=messages))
    app.add_handler(CommandHandler("set", set_setting, filters=messages))
