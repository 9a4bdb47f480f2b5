"""The report's figures, summed in the database (GROUP BY), never by loading the answers.

Every figure leaves out admins' previews. A group is a department, a manager (the delivery's)
or everyone. Surveys count by when they reached the client; answers by when they were given;
alerts by when they were raised.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.questions import NPS_DETRACTOR_MAX, Kind
from feedback.report_figures import NPS_PROMOTER_MIN, SATISFIED_MIN, Tally

from .medians import median_seconds
from .models import Alert, AlertStatus, Answer, Delivery, Department, Question, Staff, Survey


class By(StrEnum):
    ALL = "all"
    DEPARTMENT = "department"
    MANAGER = "manager"


Key = int | None  # a department's or a manager's id (None: no manager, or everyone)
_LIVE = Survey.preview.is_(False)
_SCALE = Question.kind == Kind.SCALE5.value
_NPS = Question.kind == Kind.NPS.value


def _between(column: Any, start: datetime, end: datetime) -> ColumnElement[bool]:
    return and_(column >= start, column < end)


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.count(case((condition, 1)))


async def _grouped(session: AsyncSession, key: Any, *columns: Any, where: Sequence[Any],
                   joins: Sequence[tuple[Any, Any]], base: Any) -> dict[Key, tuple[Any, ...]]:
    """SELECT key, columns… FROM base JOIN … WHERE … GROUP BY key; no key: one row for all."""
    keys = [] if key is None else [key]
    statement = select(*keys, *columns).select_from(base)
    for table, on in joins:
        statement = statement.join(table, on)
    statement = statement.where(*where).group_by(*keys)
    rows = (await session.execute(statement)).all()
    if key is None:
        return {None: tuple(rows[0])}
    return {row[0]: tuple(row[1:]) for row in rows}


async def survey_counts(session: AsyncSession, start: datetime, end: datetime,
                        by: By) -> dict[Key, tuple[int, int]]:
    """(sent, answered) per group: surveys that reached the client in the period, and those of
    them with an answer (to a question of the department, when by department)."""
    sent_in = [_LIVE, _between(Survey.sent_at, start, end)]
    if by is By.DEPARTMENT:
        statement = (
            select(Question.department_id, func.count(func.distinct(Survey.id)),
                   func.count(func.distinct(Answer.survey_id)))
            .select_from(Survey)
            .join(Question, Question.script_id == Survey.script_id)
            .join(Answer, and_(Answer.survey_id == Survey.id, Answer.question_id == Question.id),
                  isouter=True)
            .where(*sent_in)
            .group_by(Question.department_id)
        )
        return {row[0]: (row[1], row[2]) for row in (await session.execute(statement)).all()}
    answered = select(Answer.id).where(Answer.survey_id == Survey.id).exists()
    key = Delivery.manager_id if by is By.MANAGER else None
    joins = [(Delivery, Delivery.id == Survey.delivery_id)] if by is By.MANAGER else []
    return await _grouped(session, key, func.count(Survey.id), _count_if(answered),
                          where=sent_in, joins=joins, base=Survey)


async def score_sums(session: AsyncSession, start: datetime, end: datetime,
                     by: By) -> dict[Key, tuple[int, ...]]:
    """(scored, score_sum, satisfied, low, nps_answers, promoters, detractors) per group."""
    score = Answer.score
    low = or_(and_(_SCALE, score <= Department.threshold), and_(_NPS, score <= NPS_DETRACTOR_MAX))
    key = {By.ALL: None, By.DEPARTMENT: Question.department_id, By.MANAGER: Delivery.manager_id}[by]
    joins = [(Question, Question.id == Answer.question_id),
             (Department, Department.id == Question.department_id),
             (Survey, Survey.id == Answer.survey_id)]
    if by is By.MANAGER:
        joins.append((Delivery, Delivery.id == Survey.delivery_id))
    return await _grouped(
        session, key, _count_if(_SCALE), func.coalesce(func.sum(case((_SCALE, score), else_=0)), 0),
        _count_if(and_(_SCALE, score >= SATISFIED_MIN)), _count_if(low), _count_if(_NPS),
        _count_if(and_(_NPS, score >= NPS_PROMOTER_MIN)),
        _count_if(and_(_NPS, score <= NPS_DETRACTOR_MAX)),
        where=[_LIVE, _between(Answer.answered_at, start, end), score.is_not(None)],
        joins=joins, base=Answer)


def _alert_scope(by: By) -> tuple[Any, list[tuple[Any, Any]]]:
    key = {By.ALL: None, By.DEPARTMENT: Alert.department_id, By.MANAGER: Delivery.manager_id}[by]
    joins = [(Survey, Survey.id == Alert.survey_id)]
    if by is By.MANAGER:
        joins.append((Delivery, Delivery.id == Survey.delivery_id))
    return key, joins


async def alert_counts(session: AsyncSession, start: datetime, end: datetime,
                       by: By) -> dict[Key, tuple[int, int, int]]:
    """(raised, still open, resolved) per group; withdrawn alerts are not counted."""
    key, joins = _alert_scope(by)
    return await _grouped(
        session, key, func.count(Alert.id),
        _count_if(Alert.status.in_((AlertStatus.OPEN, AlertStatus.TAKEN))),
        _count_if(Alert.status == AlertStatus.RESOLVED),
        where=[_LIVE, _between(Alert.created_at, start, end), Alert.status != AlertStatus.WITHDRAWN],
        joins=joins, base=Alert)


async def alert_medians(session: AsyncSession, start: datetime, end: datetime, by: By,
                        postgres: bool) -> dict[Key, tuple[float | None, float | None]]:
    """(median seconds to take, to resolve) per group, from the alert's raising."""
    key, joins = _alert_scope(by)
    scope = [_LIVE, _between(Alert.created_at, start, end), Alert.status != AlertStatus.WITHDRAWN]
    found: dict[Key, list[float | None]] = {}
    for position, moment in enumerate((Alert.taken_at, Alert.resolved_at)):
        medians = await median_seconds(session, key, Alert.created_at, moment,
                                       where=[*scope, moment.is_not(None)], joins=joins,
                                       base=Alert, postgres=postgres)
        for group, seconds in medians.items():
            found.setdefault(group, [None, None])[position] = seconds
    return {group: (pair[0], pair[1]) for group, pair in found.items()}


async def tallies(session: AsyncSession, start: datetime, end: datetime, by: By,
                  postgres: bool) -> dict[Key, Tally]:
    """Every sum of the report for each group with anything in the period."""
    found: dict[Key, Tally] = {}

    def add(group: Key, **values: Any) -> None:
        found[group] = replace(found.get(group, Tally()), **values)

    for group, (sent, answered) in (await survey_counts(session, start, end, by)).items():
        add(group, sent=sent, answered=answered)
    for group, row in (await score_sums(session, start, end, by)).items():
        if row[0] or row[4]:
            add(group, **dict(zip(("scored", "score_sum", "satisfied", "low", "nps_answers",
                                   "promoters", "detractors"), (int(v) for v in row))))
    for group, (raised, still_open, resolved) in (await alert_counts(session, start, end, by)).items():
        if raised:
            add(group, alerts=raised, alerts_open=still_open, alerts_resolved=resolved)
    medians = await alert_medians(session, start, end, by, postgres)
    for group, (take, resolve) in medians.items():
        add(group, take_seconds=take, resolve_seconds=resolve)
    if by is By.ALL:
        found.setdefault(None, Tally())
    return found


async def manager_names(session: AsyncSession, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = await session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(list(ids))))
    return {row.id: row.name for row in rows}
