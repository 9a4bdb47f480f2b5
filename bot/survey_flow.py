"""A client moving through a questionnaire: taps and typed follow-ups, checked and recorded."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup

from feedback import progress as steps
from feedback.states import OPEN_STATES
from feedback.taps import Refusal, SurveyAt, refusal
from storage import alerts, answers, surveys
from storage.models import AlertKind, Survey
from storage.scripts import as_rule

from .callbacks import Action, SurveyTap
from .cards import card_for, questions_of
from .runtime import Runtime
from .survey_view import Outcome, render
from .texts import t

COMMENT_LIMIT = 2000


@dataclass
class Reply:
    """What the handler shows: a toast or short message, and/or the survey's next screen."""

    notice: str | None = None
    text: str | None = None
    markup: InlineKeyboardMarkup | None = None
    alert_ids: list[int] = field(default_factory=list)
    survey_id: int | None = None
    old_message_id: int | None = None
    comment_awaited: bool = False  # a survey waited for this text as its follow-up comment


def _at(survey: Survey | None) -> SurveyAt | None:
    if survey is None:
        return None
    return SurveyAt(survey.chat_id, survey.state in OPEN_STATES, survey.expires_at, survey.step)


def _next_step(tap: SurveyTap,
               survey: Survey) -> tuple[int | None, int | str | None, AlertKind | None]:
    """Where the tap leads (None: nowhere valid), the answer it gives, and the ping it calls for."""
    questions = questions_of(survey)
    if tap.action is Action.ANSWER and not steps.is_comment_step(tap.step):
        index = steps.question_index(tap.step)
        value = questions[index].parse(tap.value or "")
        if value is None:
            return None, None, None
        low = questions[index].is_low(value, survey.script.questions[index].department.threshold)
        kind = AlertKind.LOW if low else AlertKind.LEAD if questions[index].is_lead(value) else None
        return steps.after_answer(tap.step, questions, low=low), value, kind
    if tap.action is Action.BACK:
        return steps.back(tap.step), None, None
    if tap.action is Action.SKIP and steps.awaits_text(tap.step, questions):
        return steps.after_comment(tap.step), None, None
    return None, None, None


async def apply_tap(rt: Runtime, tap: SurveyTap, user_id: int, chat_id: int | None,
                    message_id: int | None, tapper_lang: str) -> Reply:
    """Check and record one tap; the Reply says what to show (a refusal in the tapper's
    language: they may not be the survey's client)."""
    now = rt.now()
    async with rt.db.session() as session:
        survey = await surveys.get(session, tap.survey_id)
        lang = survey.language if survey and survey.chat_id == user_id else tapper_lang
        why = refusal(_at(survey), user_id, chat_id, tap.step, now)
        if why is Refusal.RECORDED:
            # The client's screen is behind (a double tap, or an edit that failed): show the
            # step the survey is really at, so they can go on.
            text, markup = render(card_for(survey, rt.settings), survey.step,
                                  await _last_value(session, survey, survey.step))
            return Reply(notice=t(why, lang), text=text, markup=markup)
        if why:
            return Reply(notice=t(why, lang))
        to, value, kind = _next_step(tap, survey)
        if to is None:
            return Reply(notice=t(Refusal.STALE, lang))
        done = steps.is_done(to, questions_of(survey))
        if not await surveys.advance(session, survey.id, tap.step, to, done, now, message_id):
            return Reply(notice=t(Refusal.RECORDED, lang))
        reply = Reply(survey_id=survey.id)
        if value is not None:
            row = survey.script.questions[steps.question_index(tap.step)]
            await answers.record(session, survey.id, row.id, value, now)
            if not survey.preview:  # an admin trying the questionnaire pings nobody
                alert_id = await alerts.on_answer(session, survey.id, row.id, row.department_id,
                                                  value, kind, now)
                reply.alert_ids += [alert_id] if alert_id else []
        last = await _last_value(session, survey, to)
        outcome = await _outcome(session, survey) if done else Outcome()
        await session.commit()
    reply.text, reply.markup = render(card_for(survey, rt.settings), to, last, outcome)
    return reply


async def apply_text(rt: Runtime, chat_id: int, text: str) -> Reply:
    """A typed message: the follow-up comment or free-text answer of the survey waiting for one,
    or a hint of what to do."""
    now = rt.now()
    async with rt.db.session() as session:
        open_surveys = await surveys.open_in_chat(session, chat_id, now)
        survey = next((s for s in open_surveys if steps.awaits_text(s.step, questions_of(s))), None)
        if survey is None:
            lang = open_surveys[0].language if open_surveys else None
            return Reply(notice=t("tap_hint", lang) if open_surveys else None)
        lang = survey.language
        if len(text) > COMMENT_LIMIT:
            return Reply(notice=t("comment_too_long", lang, limit=COMMENT_LIMIT),
                         comment_awaited=True)
        step, to = survey.step, steps.after_comment(survey.step)
        done = steps.is_done(to, questions_of(survey))
        if not await surveys.advance(session, survey.id, step, to, done, now):
            return Reply(notice=t("tap_hint", lang), comment_awaited=True)
        row = survey.script.questions[steps.question_index(step)]
        alert_id, saved = None, "text_saved"
        if steps.is_comment_step(step):
            saved = "comment_saved"
            await answers.set_comment(session, survey.id, row.id, text)
            alert_id = await alerts.add_comment(session, survey.id, row.id, text)
        else:
            await answers.record_text(session, survey.id, row.id, text, now)
        outcome = await _outcome(session, survey) if done else Outcome()
        await session.commit()
    body, markup = render(card_for(survey, rt.settings), to, None, outcome)
    return Reply(text=f"{t(saved, lang)}\n\n{body}", markup=markup,
                 alert_ids=[alert_id] if alert_id else [], survey_id=survey.id,
                 old_message_id=survey.message_id, comment_awaited=True)


async def _last_value(session: AsyncSession, survey: Survey, step: int) -> int | str | None:
    """The answer the follow-up at `step` is about (shown above "what went wrong?")."""
    if not steps.is_comment_step(step):
        return None
    row = survey.script.questions[steps.question_index(step)]
    answer = await answers.find(session, survey.id, row.id)
    return None if answer is None else (answer.score if answer.score is not None else answer.choice)


async def _outcome(session: AsyncSession, survey: Survey) -> Outcome:
    """Whether the finished survey raised an alert, and whether it says the client will buy
    again (for the thank-you)."""
    given = await answers.of_survey(session, survey.id)
    lead = any(as_rule(a.question).is_lead(a.score if a.score is not None else a.choice)
               for a in given)
    return Outcome(low=await alerts.any_open(session, survey.id), lead=lead, preview=survey.preview)
