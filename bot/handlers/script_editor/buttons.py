"""The editor's buttons: showing a question, moving, removing, and each step of adding one."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes, ConversationHandler

from feedback import script_edit as edit
from feedback.questions import Kind

from ... import editor_view as view
from ...editor_callbacks import EditorTap, decode
from ...roles import admin_only
from ...runtime import runtime
from ...script_changes import Current, current
from ...texts import t
from .common import BROWSING, DRAFT, Draft, ask, changing, lang_of, listing, now_of, refusal, save_edit, show
from .entry import show_preview
from .typing import add_question, finish_new

# Actions on one question: their argument must name a question that exists.
NEEDS_INDEX = {"q", "rm", "rmok", "up", "down", "fu", "dep", "ru", "en", "opts"}


@admin_only
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A tap on an editor button."""
    query, lang = update.callback_query, lang_of(update)
    tap = decode(query.data)
    if tap is None:
        await query.answer(t("tap_stale", lang))
        return BROWSING
    now = await current(runtime(context), lang)
    await query.answer()
    if tap.action == "close":
        context.user_data.pop(DRAFT, None)
        await show(query.message, t("script_closed", lang), None)
        return ConversationHandler.END
    if tap.action == "preview":
        await show_preview(update, context)
        return BROWSING
    if tap.version != now.version:
        context.user_data.pop(DRAFT, None)
        await show(query.message, *listing(now, lang, t("script_conflict", lang, version=now.version)))
        return BROWSING
    return await _act(update, context, tap, now, lang)


async def _act(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: EditorTap, now: Current,
               lang: str) -> int:
    message, index, v = update.callback_query.message, tap.index(), now.version
    draft: Draft | None = context.user_data.get(DRAFT)
    if tap.action in NEEDS_INDEX and (index is None or index >= len(now.questions)):
        await show(message, *listing(now, lang))
        return BROWSING
    match tap.action:
        case "list" | "cancel":
            context.user_data.pop(DRAFT, None)
            note = t("script_cancelled", lang) if tap.action == "cancel" else None
            await show(message, *listing(now, lang, note))
        case "q":
            await show(message, *view.question_card(v, now.questions, index, now.names, lang))
        case "rm":
            await show(message, *view.confirm_removal(v, index, now.questions[index], lang))
        case "rmok":
            return await save_edit(update, context, v, lambda qs, _: edit.remove_at(qs, index),
                                   f"remove {index + 1}")
        case "up" | "down":
            step = -1 if tap.action == "up" else 1
            return await save_edit(update, context, v, lambda qs, _: edit.move(qs, index, step),
                               f"move {index + 1} {tap.action}", show=index + step)
        case "fu":
            toggled = changing(index, lambda q: {"follow_up": not q.follow_up})
            return await save_edit(update, context, v, toggled, f"follow-up {index + 1}", show=index)
        case "dep":
            await show(message, *view.pick_department(v, now.names, lang, index))
        case "setdep":
            position, _, code = (tap.arg or "").partition("_")
            if not position.isdigit() or int(position) >= len(now.questions):
                await show(message, *listing(now, lang))
                return BROWSING
            i = int(position)
            return await save_edit(update, context, v, changing(i, lambda q: {"department": code}),
                               f"department {i + 1} → {code}", show=i)
        case "ru" | "en" | "opts":
            key = {"ru": "ask_ru", "en": "ask_en", "opts": "ask_options"}[tap.action]
            return await ask(update, context, Draft(v, tap.action, now_of(context), index), key)
        case "add" if len(now.questions) >= edit.MAX_QUESTIONS:
            refused = edit.ScriptError("too_many", limit=edit.MAX_QUESTIONS)
            await show(message, *listing(now, lang, refusal(refused, lang)))
        case "add":
            context.user_data[DRAFT] = Draft(v, "add", now_of(context), editor_message_id=message.message_id)
            await show(message, *view.pick_department(v, now.names, lang))
        case "adep" if draft and tap.arg in now.names:
            draft.department = tap.arg
            await show(message, *view.pick_kind(v, lang))
        case "akind" if draft and draft.department and tap.arg in set(Kind):
            draft.kind = Kind(tap.arg)
            if draft.kind is Kind.CHOICE:
                return await ask(update, context, draft, "ask_options", purpose="a_opts")
            return await ask(update, context, draft, "ask_ru", purpose="a_ru")
        case "skip" if draft and draft.purpose == "a_en":
            return await finish_new(update, context, draft, en="")
        case "afu" if draft and draft.ru:
            return await add_question(update, context, draft.question(draft.en, tap.arg == "yes"))
        case _:  # a step of a dialogue that is no longer going on (another tap came first)
            await show(message, *listing(now, lang))
    return BROWSING
