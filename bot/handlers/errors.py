"""The last line of defence: log an unexpected error without personal data, keep running."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, ContextTypes

log = logging.getLogger("tzk.errors")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure with the update's id only (its contents are clients' words)."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=context.error)


def register(app: Application) -> None:
    app.add_error_handler(on_error)
