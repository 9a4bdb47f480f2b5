"""/script: admins edit the questionnaire with buttons and short typed answers; /preview.

A ConversationHandler keeps, per admin and chat, whether the bot is waiting for typed text and
what for (the draft). Every saved change is a new script version; see bot.script_changes."""

from __future__ import annotations

import warnings

from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from ...editor_callbacks import PATTERN
from .buttons import on_button
from .common import BROWSING, PROMPTS, TYPING
from .entry import cancel, nothing_to_cancel, open_editor, preview
from .typing import not_text, on_text


def register(app: Application) -> None:
    messages = filters.UpdateType.MESSAGE
    buttons = CallbackQueryHandler(on_button, pattern=PATTERN)
    with warnings.catch_warnings():
        # PTB warns that with per_message=False a button is not tied to its message. That is
        # what we want: an admin may press any editor message's buttons (their callback data
        # names the script version, so an old message can do no harm).
        warnings.simplefilter("ignore", PTBUserWarning)
        conversation = ConversationHandler(
            entry_points=[CommandHandler("script", open_editor, filters=messages), buttons],
            states={
                BROWSING: [buttons],
                TYPING: [MessageHandler(messages & PROMPTS & filters.TEXT & ~filters.COMMAND, on_text),
                         MessageHandler(messages & PROMPTS & ~filters.TEXT & ~filters.COMMAND,
                                        not_text),
                         buttons],
            },
            fallbacks=[CommandHandler("cancel", cancel),
                       CommandHandler("script", open_editor, filters=messages)],
            allow_reentry=True,
            name="script_editor",
        )
    app.add_handler(conversation)
    app.add_handler(CommandHandler("preview", preview, filters=messages))
    app.add_handler(CommandHandler("cancel", nothing_to_cancel, filters=messages))
