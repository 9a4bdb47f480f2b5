"""A client moving through a questionnaire: taps and typed follow-ups, checked and recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from telegram import InlineKeyboardMarkup
from sqlalchemy.ext.asyncio import AsyncSession

from feedback import progress as steps
from feedback.states import OPEN_STATES
from storage import alerts, answers, surveys
from storage.models import Survey

from .callbacks import Action, SurveyTap
from .cards import card_for, questions_of
from .runtime import Runtime
from .survey_view import Outcome, render
from .texts import t

COMMENT_LIMIT = 2000


@dataclass
class Reply:
    """What the handler shows: a toast (for taps) and/or the survey message's next state."""

    notice: str | None = None
    text: str | None = None
    markup: InlineKeyboardMarkup | None = None
    alert_ids: list[int] = field(default_factory=list)
    survey_id: int | None = None
    old_message_id: int | None = None


def _refusal(survey: Survey | None, tap: SurveyTap, user_id: int, chat_id: int | None,
             message_id: int | None, now: datetime) -> str | None:
    """Why this tap must not count, as a text key; None when it may."""
    if survey is None:
        return "tap_stale"
    if survey.chat_id is None or survey.chat_id != chat_id or user_id != survey.chat_id:
        return "tap_not_yours"
    if survey.state not in OPEN_STATES or survey.expires_at <= now:
        return "tap_closed"
    if message_id != survey.message_id:
        return "tap_stale"
    if tap.step != survey.step:
        return "tap_recorded" if tap.step < survey.step else "tap_stale"
    return None


async def apply_tap(rt: Runtime, tap: SurveyTap, user_id: int, chat_id: int | None,
                    message_id: int | None) -> Reply:
    """Check and record one tap; the Reply says what to show."""
    now = rt.now()
    async with rt.db.session() as session:
        survey = await surveys.get(session, tap.survey_id)
        lang = survey.language if survey else "ru"
        refusal = _refusal(survey, tap, user_id, chat_id, message_id, now)
        if refusal == "tap_recorded":
            # The client's screen is behind (a double tap, or an edit that failed): show the
            # step the survey is really at, so they can go on.
            text, markup = render(card_for(survey, rt.settings), survey.step,
                                  await _last_value(session, survey, survey.step))
            return Reply(notice=t(refusal, lang), text=text, markup=markup)
        if refusal:
            return Reply(notice=t(refusal, lang))
        questions = questions_of(survey)
        rows = survey.script.questions
        value = None
        if tap.action is Action.ANSWER and not steps.is_comment_step(tap.step):
            index = steps.question_index(tap.step)
            value = questions[index].parse(tap.value or "")
            if value is None:
                return Reply(notice=t("tap_stale", lang))
            low = questions[index].is_low(value, rows[index].department.threshold)
            to = steps.after_answer(tap.step, questions, low=low)
        elif tap.action is Action.BACK:
            to = steps.back(tap.step)
        elif tap.action is Action.SKIP and steps.is_comment_step(tap.step):
            to = steps.after_comment(tap.step)
        else:
            to = None
        if to is None:
            return Reply(notice=t("tap_stale", lang))
        done = steps.is_done(to, questions)
        if not await surveys.advance(session, survey.id, tap.step, to, done, now):
            return Reply(notice=t("tap_recorded", lang))
        reply = Reply(survey_id=survey.id)
        if value is not None:
            row = rows[steps.question_index(tap.step)]
            await answers.record(session, survey.id, row.id, value, now)
            alert_id = await alerts.on_answer(session, survey.id, row.id, row.department_id,
                                              value, low, now)
            reply.alert_ids += [alert_id] if alert_id else []
        last = await _last_value(session, survey, to)
        outcome = await _outcome(session, survey) if done else Outcome()
        await session.commit()
    reply.text, reply.markup = render(card_for(survey, rt.settings), to, last, outcome)
    return reply


async def apply_comment(rt: Runtime, chat_id: int, text: str) -> Reply | None:
    """A typed message: the follow-up of the survey waiting for one, or None if none waits."""
    now = rt.now()
    async with rt.db.session() as session:
        survey = await surveys.awaiting_comment(session, chat_id, now)
        if survey is None:
            return None
        lang = survey.language
        if len(text) > COMMENT_LIMIT:
            return Reply(notice=t("comment_too_long", lang, limit=COMMENT_LIMIT))
        questions = questions_of(survey)
        step, to = survey.step, steps.after_comment(survey.step)
        done = steps.is_done(to, questions)
        if not await surveys.advance(session, survey.id, step, to, done, now):
            return None
        row = survey.script.questions[steps.question_index(step)]
        answer = await answers.find(session, survey.id, row.id)
        answer.comment = text
        alert_id = await alerts.add_comment(session, survey.id, row.id, text)
        outcome = await _outcome(session, survey) if done else Outcome()
        old_message_id = survey.message_id
        await session.commit()
    body, markup = render(card_for(survey, rt.settings), to, None, outcome)
    return Reply(text=f"{t('comment_saved', lang)}\n\n{body}", markup=markup,
                 alert_ids=[alert_id] if alert_id else [], survey_id=survey.id,
                 old_message_id=old_message_id)


async def _last_value(session: AsyncSession, survey: Survey, step: int) -> int | str | None:
    """The answer the follow-up at `step` is about (shown above "what went wrong?")."""
    if not steps.is_comment_step(step):
        return None
    row = survey.script.questions[steps.question_index(step)]
    answer = await answers.find(session, survey.id, row.id)
    return None if answer is None else (answer.score if answer.score is not None else answer.choice)


async def _outcome(session: AsyncSession, survey: Survey) -> Outcome:
    """Whether the finished survey raised an alert or made a lead (for the thank-you)."""
    rules = {row.id: rule for row, rule in zip(survey.script.questions, questions_of(survey))}
    given = await answers.of_survey(session, survey.id)
    lead = any(rules[a.question_id].is_lead(a.choice) for a in given if a.choice)
    return Outcome(low=await alerts.any_open(session, survey.id), lead=lead)
