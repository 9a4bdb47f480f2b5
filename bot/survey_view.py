"""How a survey step looks in the client's chat: text and inline buttons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from feedback import progress as steps
from feedback.questions import Kind, Question

from .callbacks import Action, SurveyTap
from .texts import t


@dataclass(frozen=True)
class SurveyCard:
    """What a step's rendering needs to know about the survey."""

    survey_id: int
    delivery_ref: str | None
    delivered_at: datetime
    tz: ZoneInfo
    lang: str
    questions: Sequence[Question]

    @property
    def ref(self) -> str:
        """The delivery's reference as the texts take it: HTML-escaped with a space, or nothing."""
        return f"{escape(self.delivery_ref)} " if self.delivery_ref else ""

    @property
    def date(self) -> str:
        """The delivery's local date, as the client reads it."""
        return self.delivered_at.astimezone(self.tz).strftime("%d.%m.%Y")


@dataclass(frozen=True)
class Outcome:
    """What the finished questionnaire said, for the thank-you."""

    low: bool = False
    preview: bool = False
    lead: bool = False  # the client plans to buy again: their manager will call


def render(card: SurveyCard, step: int, last_value: int | str | None = None,
           outcome: Outcome = Outcome()) -> tuple[str, InlineKeyboardMarkup | None]:
    """The message text (HTML) and keyboard for `step`."""
    lang = card.lang
    if steps.is_done(step, card.questions):
        lines = [t("thanks", lang)]
        lines += [t("thanks_low", lang)] if outcome.low else []
        lines += [t("thanks_lead", lang)] if outcome.lead else []
        lines += ["", t("preview_done", lang)] if outcome.preview else []
        return "\n".join(lines), None
    head = (t("intro", lang, delivery=card.ref, date=card.date) if step == 0
            else f"📦 {card.ref}· {card.date}")
    n, total = steps.progress(step, card.questions)
    question = card.questions[steps.question_index(step)]
    lines = [head, "", f"<b>{t('progress', lang, n=n, total=total)}</b>", escape(question.text(lang))]
    if steps.is_comment_step(step):
        lines += [f"— {escape(_label(question, last_value, lang))}", "", t("follow_up", lang)]
        rows = [[_button(t("skip", lang), card, Action.SKIP, step)]]
    elif question.kind is Kind.TEXT:
        lines += [f"<i>{t('text_hint', lang)}</i>"]
        rows = [[_button(t("skip", lang), card, Action.SKIP, step)]]
    else:
        hint = {Kind.SCALE5: "scale_hint", Kind.NPS: "nps_hint"}.get(question.kind)
        lines += [f"<i>{t(hint, lang)}</i>"] if hint else []
        rows = _answer_rows(question, card, step)
    if steps.back(step) is not None:
        rows.append([_button(t("back", lang), card, Action.BACK, step)])
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def _answer_rows(question: Question, card: SurveyCard, step: int) -> list[list[InlineKeyboardButton]]:
    if question.kind in (Kind.SCALE5, Kind.NPS):
        values = [str(v) for v in question.scale()]
        row_size = 5 if question.kind is Kind.SCALE5 else 6
        return [[_button(v, card, Action.ANSWER, step, v) for v in values[i:i + row_size]]
                for i in range(0, len(values), row_size)]
    buttons = [_button(o.label(card.lang), card, Action.ANSWER, step, o.key) for o in question.choices()]
    if sum(len(b.text) for b in buttons) <= 30:
        return [buttons]
    return [[b] for b in buttons]


def _label(question: Question, value: int | str | None, lang: str) -> str:
    for option in question.choices():
        if option.key == value:
            return option.label(lang)
    return str(value) if value is not None else ""


def _button(text: str, card: SurveyCard, action: Action, step: int,
            value: str | None = None) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=SurveyTap(action, card.survey_id, step, value).encode())
