"""Answers: one row per survey and question; answering again (after "back") overwrites it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Answer


async def record(
    session: AsyncSession, survey_id: int, question_id: int, value: int | str, now: datetime
) -> Answer:
    """A tapped answer: a score or a choice."""
    answer = await _fresh(session, survey_id, question_id, now)
    answer.score = value if isinstance(value, int) else None
    answer.choice = value if isinstance(value, str) else None
    await session.flush()
    return answer


async def record_text(
    session: AsyncSession, survey_id: int, question_id: int, text: str, now: datetime
) -> Answer:
    """A typed answer to a free-text question (kept where comments are)."""
    answer = await _fresh(session, survey_id, question_id, now)
    answer.score = answer.choice = None
    answer.comment = text
    await session.flush()
    return answer


async def _fresh(session: AsyncSession, survey_id: int, question_id: int, now: datetime) -> Answer:
    answer = await find(session, survey_id, question_id)
    if answer is None:
        answer = Answer(survey_id=survey_id, question_id=question_id, answered_at=now)
        session.add(answer)
    answer.comment = None  # a changed answer makes the old comment meaningless
    answer.answered_at = now
    return answer


async def find(session: AsyncSession, survey_id: int, question_id: int) -> Answer | None:
    return await session.scalar(
        select(Answer).where(Answer.survey_id == survey_id, Answer.question_id == question_id)
    )


async def of_survey(session: AsyncSession, survey_id: int) -> list[Answer]:
    rows = await session.scalars(select(Answer).where(Answer.survey_id == survey_id).order_by(Answer.id))
    return list(rows.all())


async def set_comment(session: AsyncSession, survey_id: int, question_id: int, comment: str) -> None:
    answer = await find(session, survey_id, question_id)
    answer.comment = comment
    await session.flush()
