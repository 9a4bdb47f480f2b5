"""What the editor's parts share: the draft, and how screens are shown and changes saved."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram import Chat, ForceReply, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes, filters

from feedback import script_edit as edit
from feedback.language import pick_language
from feedback.questions import Kind, Option, Question

from ... import editor_view as view
from ...replies import drop_buttons
from ...runtime import runtime
from ...script_changes import Conflict, Current, Edit, current, save
from ...texts import t

log = logging.getLogger("tzk.script")


class _Prompts(filters.MessageFilter):
    """Text the editor may take while it waits for some: anything in a private chat; in a group,
    only a reply to one of its own prompts — other replies there are resolve notes and messages
    for clients. The prompts are kept in memory, like the conversation's state itself."""

    _KEPT = 1000

    def __init__(self) -> None:
        super().__init__(name="editor prompts")
        self._asked: OrderedDict[tuple[int, int], None] = OrderedDict()

    def remember(self, chat_id: int, message_id: int) -> None:
        self._asked[(chat_id, message_id)] = None
        while len(self._asked) > self._KEPT:
            self._asked.popitem(last=False)

    def filter(self, message: Message) -> bool:
        if message.chat.type == Chat.PRIVATE:
            return True
        replied = message.reply_to_message
        return replied is not None and (message.chat.id, replied.message_id) in self._asked


PROMPTS = _Prompts()
BROWSING, TYPING = range(2)
STALE_AFTER = timedelta(minutes=15)
DRAFT = "script_draft"


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


def lang_of(update: Update) -> str:
    return pick_language(update.effective_user.language_code)


def refusal(error: edit.ScriptError, lang: str) -> str:
    return t("script_refused", lang, reason=t(f"err_{error.code}", lang, **error.values))


def changing(index: int, changes) -> Edit:
    """An edit of question `index`: `changes(question)` gives the fields to change."""
    def apply(questions: list[Question], codes: list[str]) -> list[Question]:
        edit.check_index(questions, index)
        changed = edit.with_changes(questions[index], **changes(questions[index]))
        return edit.replace_at(questions, index, changed, codes)
    return apply


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: Draft, key: str,
               purpose: str | None = None) -> int:
    lang = lang_of(update)
    draft.purpose = purpose or draft.purpose
    draft.since = now_of(context)
    if update.callback_query and draft.editor_message_id is None:
        draft.editor_message_id = update.callback_query.message.message_id
    context.user_data[DRAFT] = draft
    prompt = t(key, lang, limit=edit.MAX_TEXT)
    # A forced reply lets the bot see the answer in a group, where privacy mode hides other text.
    asked = await update.effective_message.reply_text(prompt, parse_mode=ParseMode.HTML,
                                                      reply_markup=ForceReply(selective=True))
    PROMPTS.remember(asked.chat_id, asked.message_id)
    if purpose == "a_en":
        await update.effective_message.reply_text(t("b_skip", lang) + " / " + t("b_cancel", lang),
                                                  reply_markup=view.skip_or_cancel(draft.version, lang))
    return TYPING


async def save_edit(update: Update, context: ContextTypes.DEFAULT_TYPE, version: int, change: Edit,
                what: str, show: int | None = None) -> int:
    rt, lang = runtime(context), lang_of(update)
    draft: Draft | None = context.user_data.pop(DRAFT, None)
    try:
        now = await save(rt, update.effective_user, version, change, what, lang)
    except edit.ScriptError as error:
        now = await current(rt, lang)
        await send(update, *listing(now, lang, refusal(error, lang)))
        return BROWSING
    except Conflict as conflict:
        now = conflict.current
        await send(update, *listing(now, lang, t("script_conflict", lang, version=now.version)))
        return BROWSING
    log.info("questionnaire saved as version %s (%s)", now.version, what.split(" ")[0])
    note = t("script_saved", lang, version=now.version)
    if show is not None and 0 <= show < len(now.questions):
        text, markup = view.question_card(now.version, now.questions, show, now.names, lang)
        await send(update, f"{note}\n\n{text}", markup)
    else:
        await send(update, *listing(now, lang, note))
    tapped = update.callback_query.message.message_id if update.callback_query else None
    if draft and draft.editor_message_id not in (None, tapped):
        await drop_buttons(context.bot, update.effective_chat.id, draft.editor_message_id)
    return BROWSING


def listing(now: Current, lang: str, note: str | None = None) -> tuple[str, InlineKeyboardMarkup]:
    return view.script_list(now.version, now.questions, now.names, lang, note)


async def send(update: Update, text: str, markup: InlineKeyboardMarkup | None) -> None:
    """After a tap: the editor message changes in place; after typed text: a new message."""
    if update.callback_query:
        await show(update.callback_query.message, text, markup)
    else:
        await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def show(message: Message, text: str, markup: InlineKeyboardMarkup | None) -> None:
    try:
        await message.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
    except TelegramError as error:  # e.g. "message is not modified" on a repeated tap
        log.info("editor message not changed: %s", error.message)


def now_of(context: ContextTypes.DEFAULT_TYPE) -> datetime:
    return runtime(context).now()


