"""Text the admin types for the editor: answers, a question's Russian or English text."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes, ConversationHandler

from feedback import script_edit as edit
from feedback.questions import Question

from ... import editor_view as view
from ...roles import admin_only
from ...texts import t
from .common import (
    BROWSING,
    DRAFT,
    STALE_AFTER,
    TYPING,
    Draft,
    ask,
    changing,
    lang_of,
    now_of,
    save_edit,
    send,
)


@admin_only
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Text typed for the draft: answers, a question's text in Russian or English."""
    lang, text = lang_of(update), update.message.text.strip()
    draft: Draft | None = context.user_data.get(DRAFT)
    if draft is None:
        return ConversationHandler.END
    if now_of(context) - draft.since > STALE_AFTER:
        context.user_data.pop(DRAFT, None)
        await update.message.reply_text(t("script_timed_out", lang,
                                          minutes=int(STALE_AFTER.total_seconds() // 60)))
        return ConversationHandler.END
    if draft.purpose in ("opts", "a_opts"):
        try:
            options = edit.options_from_lines(text.splitlines())
        except edit.ScriptError as error:
            await update.message.reply_text(t("options_refused", lang,
                                              reason=t(f"err_{error.code}", lang, **error.values)))
            return TYPING
        if draft.purpose == "opts":
            change = changing(draft.index, lambda q: {"options": options})
            return await save_edit(update, context, draft.version, change, f"answers {draft.index + 1}",
                                   show=draft.index)
        draft.options = options
        return await ask(update, context, draft, "ask_ru", purpose="a_ru")
    if len(text) > edit.MAX_TEXT:
        await update.message.reply_text(t("text_too_long", lang, length=len(text), limit=edit.MAX_TEXT))
        return TYPING
    if draft.purpose in ("ru", "en"):
        value = "" if draft.purpose == "en" and text == "-" else text
        change = changing(draft.index, lambda q: {draft.purpose: value})
        return await save_edit(update, context, draft.version, change,
                               f"{draft.purpose} text {draft.index + 1}", show=draft.index)
    if draft.purpose == "a_ru":
        draft.ru = text
        return await ask(update, context, draft, "ask_en", purpose="a_en")
    return await finish_new(update, context, draft, en=text)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A photo or sticker where text was asked for."""
    await update.effective_message.reply_text(t("text_needed", lang_of(update)))
    return TYPING


async def finish_new(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: Draft, en: str) -> int:
    draft.en = en
    question = draft.question(en)
    if edit.can_be_low(question):
        context.user_data[DRAFT] = draft
        await send(update, *view.ask_follow_up(draft.version, lang_of(update)))
        return BROWSING
    return await add_question(update, context, question)


async def add_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: Question) -> int:
    draft: Draft = context.user_data[DRAFT]
    return await save_edit(update, context, draft.version, lambda qs, codes: edit.add(qs, question, codes),
                       f"add «{question.ru[:60]}»")


