"""The chart's numbers, summed in the database: weekly 1–5 answers per department, and how
many of each score a period got."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.questions import Kind
from feedback.report_figures import SATISFIED_MIN
from feedback.trends import WeekTally

from .models import Answer, Question, Survey

_SCALE_ANSWERS = (Question.kind == Kind.SCALE5.value, Survey.preview.is_(False),
                  Answer.score.is_not(None))


def _scale_answers(*columns: object) -> object:
    return (select(*columns).select_from(Answer)
            .join(Question, Question.id == Answer.question_id)
            .join(Survey, Survey.id == Answer.survey_id)
            .where(*_SCALE_ANSWERS))


async def weekly(session: AsyncSession, bounds: Sequence[datetime]) -> list[WeekTally]:
    """Each department's 1–5 answers per week; week i is [bounds[i], bounds[i + 1])."""
    week = case(*((Answer.answered_at < bound, i) for i, bound in enumerate(bounds[1:])))
    # Grouping by the week's label (a subquery), since the CASE's parameters would be bound
    # twice, and PostgreSQL would not see the grouped and the selected expression as the same.
    inner = _scale_answers(Question.department_id.label("department"), week.label("week"),
                           Answer.score.label("score")) \
        .where(Answer.answered_at >= bounds[0], Answer.answered_at < bounds[-1]).subquery()
    statement = (select(inner.c.department, inner.c.week, func.count(), func.sum(inner.c.score),
                        func.count(case((inner.c.score >= SATISFIED_MIN, 1))))
                 .group_by(inner.c.department, inner.c.week))
    return [WeekTally(*row) for row in (await session.execute(statement)).all()]


async def distribution(session: AsyncSession, start: datetime,
                       end: datetime) -> dict[int, dict[int, int]]:
    """department id → {score: how many} of the 1–5 answers given in [start, end)."""
    statement = (_scale_answers(Question.department_id, Answer.score, func.count())
                 .where(Answer.answered_at >= start, Answer.answered_at < end)
                 .group_by(Question.department_id, Answer.score))
    found: dict[int, dict[int, int]] = {}
    for department, score, count in (await session.execute(statement)).all():
        found.setdefault(department, {})[score] = count
    return found
