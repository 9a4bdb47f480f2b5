"""The questionnaire's saved versions, and their questions as the rules see them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.questions import Kind, Option
from feedback.questions import Question as RuleQuestion

from .models import Department, Question, Script


def as_rule(question: Question) -> RuleQuestion:
    """A stored question as the pure rules take it."""
    return RuleQuestion(
        department=question.department.code,
        kind=Kind(question.kind),
        ru=question.text_ru,
        en=question.text_en,
        follow_up=question.follow_up,
        options=tuple(Option(**option) for option in question.options),
    )


async def current_script(session: AsyncSession) -> Script | None:
    """The newest version, which new surveys get."""
    return await session.scalar(select(Script).order_by(Script.version.desc()).limit(1))


async def save_version(
    session: AsyncSession, questions: Sequence[RuleQuestion], now: datetime, by: int | None = None
) -> Script:
    """Store `questions` as a new script version."""
    codes = {d.code: d.id for d in (await session.scalars(select(Department))).all()}
    latest = await session.scalar(select(func.max(Script.version))) or 0
    script = Script(version=latest + 1, created_at=now, created_by=by)
    session.add(script)
    await session.flush()
    for position, q in enumerate(questions):
        session.add(Question(
            script_id=script.id, position=position, department_id=codes[q.department],
            kind=q.kind.value, text_ru=q.ru, text_en=q.en, follow_up=q.follow_up,
            options=[vars(o) for o in q.options],
        ))
    await session.flush()
    await session.refresh(script, ["questions"])
    return script


async def ensure_script(
    session: AsyncSession, questions: Sequence[RuleQuestion], now: datetime
) -> Script:
    """The current script, creating version 1 from `questions` on a fresh install."""
    return await current_script(session) or await save_version(session, questions, now)
