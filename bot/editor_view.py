"""How the questionnaire editor looks: the list, one question, the choices of each step."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from feedback.questions import ADVISED_QUESTIONS, Kind, Question
from feedback.script_edit import can_be_low, too_long_advice

from .editor_callbacks import EditorTap
from .texts import t

Names = dict[str, str]  # department code → its name in the reader's language
Screen = tuple[str, InlineKeyboardMarkup]


def _button(label: str, version: int, action: str, arg: str | int | None = None) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=EditorTap(version, action,
                                                               None if arg is None else str(arg)).encode())


def _kind(kind: Kind, lang: str) -> str:
    return t(f"kind_{kind.value}", lang)


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def script_list(version: int, questions: Sequence[Question], names: Names, lang: str,
                note: str | None = None) -> Screen:
    lines = ([note, ""] if note else []) + [t("script_title", lang, version=version, count=len(questions))]
    for n, q in enumerate(questions, start=1):
        mark = t("script_follow_up_mark", lang) if q.follow_up else ""
        lines.append(t("script_item", lang, n=n, department=escape(names.get(q.department, q.department)),
                       kind=_kind(q.kind, lang), follow_up=mark, text=escape(_short(q.ru))))
    if too_long_advice(questions):
        lines.append(t("script_too_long", lang, advised=ADVISED_QUESTIONS))
    lines += ["", t("script_hint", lang)]
    numbers = [_button(f"✏️ {n}", version, "q", n - 1) for n in range(1, len(questions) + 1)]
    rows = [numbers[i:i + 5] for i in range(0, len(numbers), 5)]
    rows.append([_button(t("b_add", lang), version, "add"),
                 _button(t("b_preview", lang), version, "preview")])
    rows.append([_button(t("b_close", lang), version, "close")])
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def question_card(version: int, questions: Sequence[Question], index: int, names: Names,
                  lang: str) -> Screen:
    q = questions[index]
    state = t("yes" if q.follow_up else "no", lang)
    lines = [t("q_title", lang, n=index + 1, count=len(questions), kind=_kind(q.kind, lang),
               department=escape(names.get(q.department, q.department))),
             f"RU: {escape(q.ru)}", f"EN: {escape(q.en or '—')}"]
    if q.kind in (Kind.CHOICE, Kind.YESNO):
        labels = ", ".join(o.label(lang) + (f" ({t('mark_low', lang)})" if o.low else "")
                           + (f" ({t('mark_lead', lang)})" if o.lead else "") for o in q.choices())
        lines.append(t("q_options", lang, options=escape(labels)))
    if can_be_low(q):
        lines.append(t("q_follow_up", lang, state=state))
    rows = [[_button(t("b_text_ru", lang), version, "ru", index),
             _button(t("b_text_en", lang), version, "en", index)],
            [_button(t("b_department", lang), version, "dep", index)]]
    if can_be_low(q):
        rows[1].append(_button(t("b_follow_up", lang, state=state), version, "fu", index))
    if q.kind is Kind.CHOICE:
        rows.append([_button(t("b_options", lang), version, "opts", index)])
    rows.append([_button(t("b_up", lang), version, "up", index),
                 _button(t("b_down", lang), version, "down", index),
                 _button(t("b_remove", lang), version, "rm", index)])
    rows.append([_button(t("b_list", lang), version, "list")])
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def confirm_removal(version: int, index: int, question: Question, lang: str) -> Screen:
    return escape(_short(question.ru)), InlineKeyboardMarkup([
        [_button(t("b_remove_sure", lang, n=index + 1), version, "rmok", index)],
        [_button(t("b_cancel", lang), version, "q", index)]])


def pick_department(version: int, names: Names, lang: str, index: int | None = None) -> Screen:
    """Departments to choose from: for a new question (`index` None) or for question `index`."""
    if index is None:
        action, prefix, text = "adep", "", t("ask_department", lang)
    else:
        action, prefix, text = "setdep", f"{index}_", t("ask_department_of", lang, n=index + 1)
    rows = [[_button(name, version, action, f"{prefix}{code}")] for code, name in names.items()]
    rows.append([_button(t("b_cancel", lang), version, "cancel")])
    return text, InlineKeyboardMarkup(rows)


def pick_kind(version: int, lang: str) -> Screen:
    rows = [[_button(_kind(kind, lang), version, "akind", kind.value)] for kind in Kind]
    rows.append([_button(t("b_cancel", lang), version, "cancel")])
    return t("ask_kind", lang), InlineKeyboardMarkup(rows)


def ask_follow_up(version: int, lang: str) -> Screen:
    return t("ask_follow_up", lang), InlineKeyboardMarkup([
        [_button(t("b_yes", lang), version, "afu", "yes"), _button(t("b_no", lang), version, "afu", "no")],
        [_button(t("b_cancel", lang), version, "cancel")]])


def skip_or_cancel(version: int, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_button(t("b_skip", lang), version, "skip"),
                                  _button(t("b_cancel", lang), version, "cancel")]])
