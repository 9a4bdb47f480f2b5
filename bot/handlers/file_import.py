"""Admins importing deliveries by sending the bot a CSV or XLSX file; /import says how."""

from __future__ import annotations

import io
import logging
import time

from telegram import Message, Update
from telegram.constants import MessageLimit
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from feedback.language import pick_language
from feedback.sheet_columns import read_sheet
from feedback.sheet_files import SheetError

from ..importing import ImportReport, how_to, import_sheet, row_lines, size_text, summary
from ..roles import admin_only, is_admin
from ..runtime import runtime
from ..texts import t

log = logging.getLogger("tzk.import")
PROGRESS_EVERY = 2.0  # seconds between edits of the status message: a chat takes ~1 edit a second


@admin_only
async def import_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/import: how to import deliveries from a file."""
    lang = pick_language(update.effective_user.language_code)
    await update.message.reply_text(how_to(lang, runtime(context).settings.import_max_size))


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin's file is an import (the role checked now, in the database); anyone else's goes
    on to the client's handlers, which say what the bot can take."""
    if not await is_admin(runtime(context), update.effective_user.id):
        return
    await import_document(update, context)
    raise ApplicationHandlerStop


async def import_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Download the file, record its rows with a status message that shows progress, report."""
    rt, message, document = runtime(context), update.message, update.message.document
    lang = pick_language(update.effective_user.language_code)
    limit, name = rt.settings.import_max_size, document.file_name or "file"
    if (document.file_size or 0) > limit:  # Telegram tells the size: no need to download it
        await message.reply_text(t("import_too_big", lang, size=size_text(document.file_size, lang),
                                   limit=size_text(limit, lang)))
        return
    status = await message.reply_text(t("import_reading", lang, name=name))
    try:
        data = bytes(await (await document.get_file()).download_as_bytearray())
    except TelegramError as error:
        log.warning("import file not downloaded: %s", error.message)
        await status.edit_text(t("import_download_failed", lang))
        return
    if len(data) > limit:
        await status.edit_text(t("import_too_big", lang, size=size_text(len(data), lang),
                                 limit=size_text(limit, lang)))
        return
    try:
        sheet = read_sheet(data, name, rt.settings.time_zone)
    except SheetError as error:
        await status.edit_text(t(error.key, lang, **error.values) + "\n\n" + how_to(lang, limit))
        return
    shown_at = time.monotonic()

    async def progress(done: int, total: int) -> None:
        nonlocal shown_at
        if done < total and time.monotonic() - shown_at >= PROGRESS_EVERY:
            shown_at = time.monotonic()
            await _edit(status, t("import_progress", lang, name=name, done=done, total=total))

    await _edit(status, t("import_progress", lang, name=name, done=0, total=len(sheet.rows)))
    report = await import_sheet(rt, sheet, "chat-file", progress)
    await _report(status, report, name, lang)


async def _report(status: Message, report: ImportReport, name: str, lang: str) -> None:
    """The summary and the refused rows in the status message; if too long, every row in a file."""
    text = "\n".join([summary(report, lang), *row_lines(report, lang)])
    if len(text.encode("utf-16-le")) // 2 <= MessageLimit.MAX_TEXT_LENGTH:  # Telegram counts UTF-16
        await _edit(status, text, final=True)
        return
    await _edit(status, f"{summary(report, lang)}\n{t('import_report_file', lang)}", final=True)
    full = "\n".join([summary(report, lang), *row_lines(report, lang, every=True)])
    stem = name.rsplit(".", 1)[0]
    await status.reply_document(io.BytesIO(full.encode()), filename=f"{stem}-report.txt")


async def _edit(status: Message, text: str, final: bool = False) -> None:
    """Edit the status message; a failed progress edit is only skipped, the report is retried
    by PTB's rate limiter and then sent anew if it still cannot be shown."""
    try:
        await status.edit_text(text)
    except TelegramError as error:
        log.info("import status not edited: %s", error.message)
        if final:
            await status.reply_text(text)


def register(app: Application) -> None:
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("import", import_help, filters=filters.UpdateType.MESSAGE))
    # Before the client's handlers (group 0), which answer any other document of a client.
    app.add_handler(MessageHandler(private & filters.Document.ALL, on_document), group=-1)
