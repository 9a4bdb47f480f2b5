"""/report and /export: the staff's scores for a period, and the answers as files."""

from __future__ import annotations

import asyncio

from telegram import Message, Update
from telegram.constants import ChatAction
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from feedback.language import pick_language
from feedback.periods import Period, PeriodError, parse_period
from storage import exports

from ..report_export import MAX_ROWS, cells, file_name, header, to_csv, to_xlsx
from ..report_post import report_parts, send_part
from ..roles import staff_only
from ..runtime import Runtime, runtime
from ..texts import t


def _thread(message: Message) -> int | None:
    return message.message_thread_id if message.is_topic_message else None


async def _period(update: Update, context: ContextTypes.DEFAULT_TYPE, usage: str) -> Period | None:
    """The period the command names; None after telling the sender the accepted forms."""
    rt, lang = runtime(context), pick_language(update.effective_user.language_code)
    text = " ".join(context.args)
    try:
        return parse_period(text, rt.now(), rt.settings.time_zone)
    except PeriodError:
        await update.message.reply_text(t("period_bad", lang, text=text[:100]) + "\n\n" + t(usage, lang))
        return None


@staff_only
async def report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/report [period]: the figures per department and manager, then the chart."""
    period = await _period(update, context, "report_usage")
    if period is None:
        return
    rt, message = runtime(context), update.message
    await message.chat.send_action(ChatAction.TYPING, message_thread_id=_thread(message))
    for part in await report_parts(rt, period):
        await send_part(rt, message.chat_id, _thread(message), part)


@staff_only
async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export [period]: every answer of the period as CSV and XLSX."""
    period = await _period(update, context, "export_usage")
    if period is None:
        return
    rt, message = runtime(context), update.message
    lang, label = rt.settings.staff_language, period.label()
    async with rt.db.session() as session:
        count = await exports.count_answers(session, period.start, period.end)
        rows = await exports.answer_rows(session, period.start, period.end) \
            if 0 < count <= MAX_ROWS else []
    if not rows:
        key = "export_empty" if count == 0 else "export_too_many"
        await message.reply_text(t(key, lang, period=label, count=count, limit=MAX_ROWS))
        return
    await message.chat.send_action(ChatAction.UPLOAD_DOCUMENT, message_thread_id=_thread(message))
    csv_file, xlsx_file = await asyncio.to_thread(_files, rt, rows, label)
    caption = t("export_caption", lang, period=label, count=len(rows))
    await message.reply_document(csv_file, filename=file_name(period, "csv"), caption=caption)
    await message.reply_document(xlsx_file, filename=file_name(period, "xlsx"), caption=caption)


def _files(rt: Runtime, rows: list[exports.AnswerRow], label: str) -> tuple[bytes, bytes]:
    lang, tz = rt.settings.staff_language, rt.settings.time_zone
    head, table = header(lang), [cells(row, lang, tz) for row in rows]
    return to_csv(head, table), to_xlsx(head, table, label)


def register(app: Application) -> None:
    messages = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("report", report, filters=messages))
    app.add_handler(CommandHandler("export", export, filters=messages))
