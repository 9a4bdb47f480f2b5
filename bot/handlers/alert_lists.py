"""/alerts and /leads: what the staff still have to do, and who plans to buy again."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.language import pick_language
from storage import alert_handling
from storage.scripts import as_rule

from ..alert_view import department_name, score_text
from ..cards import manager_of
from ..human_time import human_duration
from ..roles import staff_only
from ..runtime import runtime
from ..texts import t

LIST_LIMIT = 30
LEAD_DAYS, MAX_LEAD_DAYS = 30, 365


@staff_only
async def list_alerts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/alerts: the low scores nobody has resolved yet, the oldest first."""
    rt, lang = runtime(context), pick_language(update.effective_user.language_code)
    if context.args:
        await update.message.reply_text(t("alerts_usage", lang))
        return
    async with rt.db.session() as session:
        waiting = await alert_handling.waiting(session, LIST_LIMIT + 1)
        total = await alert_handling.count_waiting(session)
    if not waiting:
        await update.message.reply_text(t("alerts_empty", lang))
        return
    tz, now = rt.settings.time_zone, rt.now()
    lines = [t("alerts_title", lang, count=total)]
    for alert in waiting[:LIST_LIMIT]:
        line = t("alerts_line", lang, id=alert.id,
                 date=f"{alert.created_at.astimezone(tz):%d.%m %H:%M}",
                 department=escape(department_name(alert.department, lang)),
                 score=escape(score_text(alert, as_rule(alert.question), lang)),
                 client=escape(alert.survey.client.name),
                 waited=human_duration(now - alert.created_at, lang))
        if alert.taken_by_name:
            line += t("alerts_taken_by", lang, name=escape(alert.taken_by_name))
        lines.append(line)
    if total > LIST_LIMIT:
        lines.append(t("alerts_more", lang, count=total - LIST_LIMIT))
    await update.message.reply_text("\n".join(lines), parse_mode=ParseMode.HTML)


@staff_only
async def list_leads(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/leads [days]: clients who said they plan to buy again, the newest first."""
    rt, lang = runtime(context), pick_language(update.effective_user.language_code)
    args = context.args
    if len(args) > 1 or (args and not (args[0].isdigit() and 1 <= int(args[0]) <= MAX_LEAD_DAYS)):
        await update.message.reply_text(t("leads_usage", lang))
        return
    days = int(args[0]) if args else LEAD_DAYS
    async with rt.db.session() as session:
        leads = await alert_handling.recent_leads(session, rt.now() - timedelta(days=days),
                                                  LIST_LIMIT)
    if not leads:
        await update.message.reply_text(t("leads_empty", lang, days=days))
        return
    tz = rt.settings.time_zone
    lines = [t("leads_title", lang, days=days)]
    for lead in leads:
        delivery = lead.survey.delivery
        manager = manager_of(delivery)
        lines.append(t("leads_line", lang, date=f"{lead.created_at.astimezone(tz):%d.%m.%Y}",
                       client=escape(delivery.client.name),
                       ref=escape(delivery.client.external_id),
                       manager=escape(manager.name) if manager else t("nobody", lang),
                       delivery=escape(delivery.reference)))
    await update.message.reply_text("\n".join(lines), parse_mode=ParseMode.HTML)


def register(app: Application) -> None:
    messages = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("alerts", list_alerts, filters=messages))
    app.add_handler(CommandHandler("leads", list_leads, filters=messages))
