"""/script: admins edit the questionnaire with buttons and short typed answers; /preview.

A ConversationHandler keeps, per admin and chat, whether the bot is waiting for typed text and
what for (the draft). Every saved change is a new script version; see bot.script_changes."""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram import ForceReply, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.warnings import PTBUserWarning
from telegram.ext import (Application, CallbackQueryHandler, CommandHandler, ContextTypes,
                          ConversationHandler, MessageHandler, filters)

from feedback import script_edit as edit
from feedback.language import pick_language
from feedback.questions import Kind, Option, Question

from .. import editor_view as view
from ..editor_callbacks import PATTERN, EditorTap, decode
from ..intake import bot_link, bot_username
from ..preview import Preview, send_preview
from ..roles import admin_only
from ..runtime import runtime
from ..script_changes import Conflict, Current, Edit, current, save
from ..texts import t

log = logging.getLogger("tzk.script")
BROWSING, TYPING = range(2)
STALE_AFTER = timedelta(minutes=15)
_DRAFT = "script_draft"


@dataclass
class Draft:
    """What the admin is in the middle of: a new question being built, or a text being replaced."""

    version: int
    purpose: str  # what typed text is for: ru / en / opts (question `index`), a_opts / a_ru / a_en
    since: datetime
    index: int | None = None
    department: str = ""
    kind: Kind = Kind.SCALE5
    options: tuple[Option, ...] = ()
    ru: str = ""
    en: str = ""
    editor_message_id: int | None = None  # the message whose buttons began it

    def question(self, en: str = "", follow_up: bool = False) -> Question:
        return edit.with_changes(Question(self.department, self.kind, self.ru, en, follow_up=follow_up,
                                          options=self.options))


def _lang(update: Update) -> str:
    return pick_language(update.effective_user.language_code)


def _refusal(error: edit.ScriptError, lang: str) -> str:
    return t("script_refused", lang, reason=t(f"err_{error.code}", lang, **error.values))


# --- entering and leaving -------------------------------------------------------------------

@admin_only
async def open_editor(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/script: the questionnaire as it is now, with buttons to change it."""
    lang = _lang(update)
    now = await current(runtime(context), lang)
    context.user_data.pop(_DRAFT, None)
    await _send(update, *_list(now, lang))
    return BROWSING


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/cancel in the middle of an edit: nothing is saved."""
    context.user_data.pop(_DRAFT, None)
    await update.effective_message.reply_text(t("script_cancelled", _lang(update)))
    return ConversationHandler.END


async def nothing_to_cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel with no edit going on."""
    await update.effective_message.reply_text(t("nothing_to_cancel", _lang(update)))


@admin_only
async def preview(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/preview: the questionnaire in the admin's private chat, as a client gets it."""
    await _preview(update, context)


async def _preview(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rt, lang = runtime(context), _lang(update)
    result = await send_preview(rt, update.effective_user)
    if result is Preview.NO_CHAT:
        link = bot_link(await bot_username(rt))
        await update.effective_message.reply_text(t(result.value, lang, link=link))
    elif result is Preview.FAILED or update.effective_chat.id != update.effective_user.id:
        await update.effective_message.reply_text(t(result.value, lang))


# --- buttons -------------------------------------------------------------------------------

@admin_only
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A tap on an editor button."""
    query, lang = update.callback_query, _lang(update)
    tap = decode(query.data)
    now = await current(runtime(context), lang)
    if tap is None:
        await query.answer(t("tap_stale", lang))
        return BROWSING
    await query.answer()
    if tap.action == "close":
        context.user_data.pop(_DRAFT, None)
        await _show(query.message, t("script_closed", lang), None)
        return ConversationHandler.END
    if tap.action == "preview":
        await _preview(update, context)
        return BROWSING
    if tap.version != now.version:
        context.user_data.pop(_DRAFT, None)
        await _show(query.message, *_list(now, lang, t("script_conflict", lang, version=now.version)))
        return BROWSING
    return await _act(update, context, tap, now, lang)


async def _act(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: EditorTap, now: Current,
               lang: str) -> int:
    message, index, v = update.callback_query.message, tap.index(), now.version
    draft: Draft | None = context.user_data.get(_DRAFT)
    if tap.action in _NEEDS_INDEX and (index is None or index >= len(now.questions)):
        await _show(message, *_list(now, lang))
        return BROWSING
    match tap.action:
        case "list" | "cancel":
            context.user_data.pop(_DRAFT, None)
            note = t("script_cancelled", lang) if tap.action == "cancel" else None
            await _show(message, *_list(now, lang, note))
        case "q":
            await _show(message, *view.question_card(v, now.questions, index, now.names, lang))
        case "rm":
            await _show(message, *view.confirm_removal(v, index, now.questions[index], lang))
        case "rmok":
            return await _save(update, context, v, lambda qs, _: edit.remove_at(qs, index), f"remove {index + 1}")
        case "up" | "down":
            step = -1 if tap.action == "up" else 1
            return await _save(update, context, v, lambda qs, _: edit.move(qs, index, step),
                               f"move {index + 1} {tap.action}", show=index + step)
        case "fu":
            return await _save(update, context, v, _changing(index, lambda q: {"follow_up": not q.follow_up}),
                               f"follow-up {index + 1}", show=index)
        case "dep":
            await _show(message, *view.pick_department(v, now.names, lang, index))
        case "setdep":
            position, _, code = (tap.arg or "").partition("_")
            if not position.isdigit() or int(position) >= len(now.questions):
                await _show(message, *_list(now, lang))
                return BROWSING
            i = int(position)
            return await _save(update, context, v, _changing(i, lambda q: {"department": code}),
                               f"department {i + 1} → {code}", show=i)
        case "ru" | "en" | "opts":
            key = {"ru": "ask_ru", "en": "ask_en", "opts": "ask_options"}[tap.action]
            return await _ask(update, context, Draft(v, tap.action, _now(context), index), key)
        case "add" if len(now.questions) >= edit.MAX_QUESTIONS:
            refused = edit.ScriptError("too_many", limit=edit.MAX_QUESTIONS)
            await _show(message, *_list(now, lang, _refusal(refused, lang)))
        case "add":
            context.user_data[_DRAFT] = Draft(v, "add", _now(context), editor_message_id=message.message_id)
            await _show(message, *view.pick_department(v, now.names, lang))
        case "adep" if draft and tap.arg in now.names:
            draft.department = tap.arg
            await _show(message, *view.pick_kind(v, lang))
        case "akind" if draft and draft.department and tap.arg in set(Kind):
            draft.kind = Kind(tap.arg)
            if draft.kind is Kind.CHOICE:
                return await _ask(update, context, draft, "ask_options", purpose="a_opts")
            return await _ask(update, context, draft, "ask_ru", purpose="a_ru")
        case "skip" if draft and draft.purpose == "a_en":
            return await _finish_new(update, context, draft, en="")
        case "afu" if draft and draft.ru:
            return await _add(update, context, draft.question(draft.en, tap.arg == "yes"))
        case _:  # a step of a dialogue that is no longer going on (another tap came first)
            await _show(message, *_list(now, lang))
    return BROWSING


_NEEDS_INDEX = {"q", "rm", "rmok", "up", "down", "fu", "dep", "ru", "en", "opts"}


def _changing(index: int, changes) -> Edit:
    def apply(questions: list[Question], codes: list[str]) -> list[Question]:
        edit.check_index(questions, index)
        changed = edit.with_changes(questions[index], **changes(questions[index]))
        return edit.replace_at(questions, index, changed, codes)
    return apply


# --- typed text ----------------------------------------------------------------------------

@admin_only
async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Text typed for the draft: answers, a question's text in Russian or English."""
    lang, text = _lang(update), update.message.text.strip()
    draft: Draft | None = context.user_data.get(_DRAFT)
    if draft is None:
        return ConversationHandler.END
    if _now(context) - draft.since > STALE_AFTER:
        context.user_data.pop(_DRAFT, None)
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
            return await _save(update, context, draft.version, _changing(draft.index, lambda q: {"options": options}),
                               f"answers {draft.index + 1}", show=draft.index)
        draft.options = options
        return await _ask(update, context, draft, "ask_ru", purpose="a_ru")
    if len(text) > edit.MAX_TEXT:
        await update.message.reply_text(t("text_too_long", lang, length=len(text), limit=edit.MAX_TEXT))
        return TYPING
    if draft.purpose in ("ru", "en"):
        value = "" if draft.purpose == "en" and text == "-" else text
        return await _save(update, context, draft.version, _changing(draft.index, lambda q: {draft.purpose: value}),
                           f"{draft.purpose} text {draft.index + 1}", show=draft.index)
    if draft.purpose == "a_ru":
        draft.ru = text
        return await _ask(update, context, draft, "ask_en", purpose="a_en")
    return await _finish_new(update, context, draft, en=text)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A photo or sticker where text was asked for."""
    await update.effective_message.reply_text(t("text_needed", _lang(update)))
    return TYPING


async def _finish_new(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: Draft, en: str) -> int:
    draft.en = en
    question = draft.question(en)
    if edit.can_be_low(question):
        context.user_data[_DRAFT] = draft
        await _send(update, *view.ask_follow_up(draft.version, _lang(update)))
        return BROWSING
    return await _add(update, context, question)


async def _add(update: Update, context: ContextTypes.DEFAULT_TYPE, question: Question) -> int:
    draft: Draft = context.user_data[_DRAFT]
    return await _save(update, context, draft.version, lambda qs, codes: edit.add(qs, question, codes),
                       f"add «{question.ru[:60]}»")


# --- showing and saving --------------------------------------------------------------------

async def _ask(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: Draft, key: str,
               purpose: str | None = None) -> int:
    lang = _lang(update)
    draft.purpose = purpose or draft.purpose
    draft.since = _now(context)
    if update.callback_query and draft.editor_message_id is None:
        draft.editor_message_id = update.callback_query.message.message_id
    context.user_data[_DRAFT] = draft
    prompt = t(key, lang, limit=edit.MAX_TEXT)
    # A forced reply lets the bot see the answer in a group, where privacy mode hides other text.
    await update.effective_message.reply_text(prompt, parse_mode=ParseMode.HTML,
                                              reply_markup=ForceReply(selective=True))
    if purpose == "a_en":
        await update.effective_message.reply_text(t("b_skip", lang) + " / " + t("b_cancel", lang),
                                                  reply_markup=view.skip_or_cancel(draft.version, lang))
    return TYPING


async def _save(update: Update, context: ContextTypes.DEFAULT_TYPE, version: int, change: Edit,
                what: str, show: int | None = None) -> int:
    rt, lang = runtime(context), _lang(update)
    draft: Draft | None = context.user_data.pop(_DRAFT, None)
    try:
        now = await save(rt, update.effective_user, version, change, what, lang)
    except edit.ScriptError as error:
        now = await current(rt, lang)
        await _send(update, *_list(now, lang, _refusal(error, lang)))
        return BROWSING
    except Conflict as conflict:
        now = conflict.current
        await _send(update, *_list(now, lang, t("script_conflict", lang, version=now.version)))
        return BROWSING
    log.info("questionnaire saved as version %s (%s)", now.version, what.split(" ")[0])
    note = t("script_saved", lang, version=now.version)
    if show is not None and 0 <= show < len(now.questions):
        text, markup = view.question_card(now.version, now.questions, show, now.names, lang)
        await _send(update, f"{note}\n\n{text}", markup)
    else:
        await _send(update, *_list(now, lang, note))
    tapped = update.callback_query.message.message_id if update.callback_query else None
    if draft and draft.editor_message_id not in (None, tapped):
        await _drop_buttons(update.effective_chat.id, draft.editor_message_id, context)
    return BROWSING


def _list(now: Current, lang: str, note: str | None = None) -> tuple[str, InlineKeyboardMarkup]:
    return view.script_list(now.version, now.questions, now.names, lang, note)


async def _send(update: Update, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """After a tap: the editor message changes in place; after typed text: a new message."""
    if update.callback_query:
        await _show(update.callback_query.message, text, markup)
    else:
        await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def _show(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> None:
    try:
        await message.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
    except TelegramError as error:  # e.g. "message is not modified" on a repeated tap
        log.info("editor message not changed: %s", error.message)


async def _drop_buttons(chat_id: int, message_id: int, context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
    except TelegramError as error:
        log.info("old editor buttons not cleared: %s", error.message)


def _now(context: ContextTypes.DEFAULT_TYPE) -> datetime:
    return runtime(context).now()


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
                TYPING: [MessageHandler(messages & filters.TEXT & ~filters.COMMAND, on_text),
                         MessageHandler(messages & ~filters.TEXT & ~filters.COMMAND, not_text),
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
