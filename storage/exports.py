"""The answers of a period, one row each, for the CSV and XLSX exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Answer, Client, Delivery, Department, Question, Script, Staff, Survey


@dataclass(frozen=True)
class AnswerRow:
    answered_at: datetime
    client_name: str
    client_code: str
    delivery: str  # what people know it by: the order number, the CRM's id, or ours
    manager: str | None
    department: tuple[str, str]  # (ru, en)
    question: tuple[str, str]
    kind: str
    options: list[dict[str, Any]]
    score: int | None
    choice: str | None
    comment: str | None
    version: int


def _in_period(start: datetime, end: datetime) -> tuple[Any, ...]:
    return (Survey.preview.is_(False), Answer.answered_at >= start, Answer.answered_at < end)


async def count_answers(session: AsyncSession, start: datetime, end: datetime) -> int:
    return await session.scalar(select(func.count(Answer.id))
                                .join(Survey, Survey.id == Answer.survey_id)
                                .where(*_in_period(start, end)))


async def answer_rows(session: AsyncSession, start: datetime, end: datetime) -> list[AnswerRow]:
    """Every answer given in [start, end), oldest first."""
    statement = (
        select(Answer.answered_at, Client.name, Client.external_id, Delivery.reference,
               Staff.name, Department.name_ru,
               Department.name_en, Question.text_ru, Question.text_en, Question.kind,
               Question.options, Answer.score, Answer.choice, Answer.comment, Script.version)
        .select_from(Answer)
        .join(Survey, Survey.id == Answer.survey_id)
        .join(Delivery, Delivery.id == Survey.delivery_id)
        .join(Client, Client.id == Delivery.client_id)
        .outerjoin(Staff, Staff.id == Delivery.manager_id)
        .join(Question, Question.id == Answer.question_id)
        .join(Department, Department.id == Question.department_id)
        .join(Script, Script.id == Survey.script_id)
        .where(*_in_period(start, end))
        .order_by(Answer.answered_at, Answer.id)
    )
    return [
        AnswerRow(at, client, code, reference, manager, (dep_ru, dep_en), (q_ru, q_en), kind,
                  options or [], score, choice, comment, version)
        for (at, client, code, reference, manager, dep_ru, dep_en, q_ru, q_en, kind, options,
             score, choice, comment, version) in (await session.execute(statement)).all()
    ]
