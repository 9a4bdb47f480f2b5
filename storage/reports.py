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

from sqlalchemy import ColumnElement, and_, case, func, null, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from feedback.questions import NPS_DETRACTOR_MAX, Kind
from feedback.report_figures import NPS_PROMOTER_MIN, SATISFIED_MIN, Tally

from .alert_handling import UNFINISHED
from .medians import joined, medians
from .models import Alert, AlertKind, AlertStatus, Answer, Delivery, Department, Question, Staff, Survey


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


Cell = tuple[Key, Key]  # (department, manager): sums add up over cells to any grouping


async def _cells(session: AsyncSession, statement: Any) -> dict[Cell, tuple[int, ...]]:
    return {(row[0], row[1]): tuple(int(v or 0) for v in row[2:])
            for row in (await session.execute(statement)).all()}


def _roll_up(cells: dict[Cell, tuple[int, ...]], by: By) -> dict[Key, tuple[int, ...]]:
    """Sums per group from the sums per cell (a few dozen rows, never the answers)."""
    found: dict[Key, list[int]] = {}
    for (department, manager), sums in cells.items():
        group = {By.ALL: None, By.DEPARTMENT: department, By.MANAGER: manager}[by]
        totals = found.setdefault(group, [0] * len(sums))
        for position, value in enumerate(sums):
            totals[position] += value
    return {group: tuple(sums) for group, sums in found.items()}


async def department_survey_counts(session: AsyncSession, start: datetime,
                                   end: datetime) -> dict[Key, tuple[int, ...]]:
    """(sent, answered) per department: surveys asking it that reached the client in the
    period, and those of them with an answer to one of its questions."""
    asks = select(Question.script_id, Question.department_id).distinct().subquery()
    theirs = aliased(Question)
    answered = (select(Answer.id).join(theirs, theirs.id == Answer.question_id)
                .where(Answer.survey_id == Survey.id, theirs.department_id == asks.c.department_id)
                .exists())
    statement = (select(asks.c.department_id, func.count(), _count_if(answered))
                 .select_from(Survey).join(asks, asks.c.script_id == Survey.script_id)
                 .where(_LIVE, _between(Survey.sent_at, start, end))
                 .group_by(asks.c.department_id))
    return {row[0]: (row[1], row[2]) for row in (await session.execute(statement)).all()}


async def survey_cells(session: AsyncSession, start: datetime,
                       end: datetime) -> dict[Cell, tuple[int, ...]]:
    """(sent, answered) per manager (the department left empty): surveys that reached the client
    in the period, and those of them with an answer."""
    answered = select(Answer.id).where(Answer.survey_id == Survey.id).exists()
    statement = (select(null(), Delivery.manager_id, func.count(Survey.id), _count_if(answered))
                 .select_from(Survey).join(Delivery, Delivery.id == Survey.delivery_id)
                 .where(_LIVE, _between(Survey.sent_at, start, end))
                 .group_by(Delivery.manager_id))
    return await _cells(session, statement)


async def score_cells(session: AsyncSession, start: datetime,
                      end: datetime) -> dict[Cell, tuple[int, ...]]:
    """(scored, score_sum, satisfied, low, nps_answers, promoters, detractors) per cell."""
    score = Answer.score
    low = or_(and_(_SCALE, score <= Department.threshold), and_(_NPS, score <= NPS_DETRACTOR_MAX))
    statement = (
        select(Question.department_id, Delivery.manager_id, _count_if(_SCALE),
               func.sum(case((_SCALE, score), else_=0)),
               _count_if(and_(_SCALE, score >= SATISFIED_MIN)), _count_if(low), _count_if(_NPS),
               _count_if(and_(_NPS, score >= NPS_PROMOTER_MIN)),
               _count_if(and_(_NPS, score <= NPS_DETRACTOR_MAX)))
        .select_from(Answer)
        .join(Question, Question.id == Answer.question_id)
        .join(Department, Department.id == Question.department_id)
        .join(Survey, Survey.id == Answer.survey_id)
        .join(Delivery, Delivery.id == Survey.delivery_id)
        .where(_LIVE, _between(Answer.answered_at, start, end), score.is_not(None))
        .group_by(Question.department_id, Delivery.manager_id)
    )
    return await _cells(session, statement)


_ALERTS_JOINS = ((Survey, Survey.id == Alert.survey_id), (Delivery, Delivery.id == Survey.delivery_id))


def _raised_in(start: datetime, end: datetime) -> tuple[ColumnElement[bool], ...]:
    """Low-score alerts raised in [start, end) and not withdrawn (leads share the table)."""
    return (_LIVE, _between(Alert.created_at, start, end), Alert.kind == AlertKind.LOW,
            Alert.status != AlertStatus.WITHDRAWN)


async def alert_cells(session: AsyncSession, start: datetime,
                      end: datetime) -> dict[Cell, tuple[int, ...]]:
    """(raised, still open, resolved) per cell; withdrawn alerts are not counted."""
    statement = joined(select(Alert.department_id, Delivery.manager_id, func.count(Alert.id),
                              _count_if(Alert.status.in_(UNFINISHED)),
                              _count_if(Alert.status == AlertStatus.RESOLVED)).select_from(Alert),
                       _ALERTS_JOINS)
    statement = statement.where(*_raised_in(start, end)).group_by(Alert.department_id,
                                                                  Delivery.manager_id)
    return await _cells(session, statement)


async def alert_medians(session: AsyncSession, start: datetime, end: datetime, by: By,
                        postgres: bool) -> dict[Key, list[float | None]]:
    """[median seconds to take, to resolve] per group, from the alert's raising."""
    key = {By.ALL: None, By.DEPARTMENT: Alert.department_id, By.MANAGER: Delivery.manager_id}[by]
    return await medians(session, key, [(Alert.created_at, Alert.taken_at),
                                        (Alert.created_at, Alert.resolved_at)],
                         where=_raised_in(start, end), joins=_ALERTS_JOINS, base=Alert,
                         postgres=postgres)


_SCORES = ("scored", "score_sum", "satisfied", "low", "nps_answers", "promoters", "detractors")
_ALERTS = ("alerts", "alerts_open", "alerts_resolved")


async def tallies(session: AsyncSession, start: datetime, end: datetime,
                  postgres: bool) -> dict[By, dict[Key, Tally]]:
    """Every sum of the report, for everyone, each department and each manager with anything
    in the period (everyone always)."""
    scores, alerts = await score_cells(session, start, end), await alert_cells(session, start, end)
    by_department = await department_survey_counts(session, start, end)
    by_manager = await survey_cells(session, start, end)
    found: dict[By, dict[Key, Tally]] = {}
    for by in By:
        groups: dict[Key, Tally] = {None: Tally()} if by is By.ALL else {}

        def add(group: Key, **values: Any) -> None:
            groups[group] = replace(groups.get(group, Tally()), **values)

        counted = by_department if by is By.DEPARTMENT else _roll_up(by_manager, by)
        for group, (sent, answered) in counted.items():
            add(group, sent=sent, answered=answered)
        for group, sums in _roll_up(scores, by).items():
            add(group, **dict(zip(_SCORES, sums)))
        for group, sums in _roll_up(alerts, by).items():
            add(group, **dict(zip(_ALERTS, sums)))
        for group, (take, resolve) in (await alert_medians(session, start, end, by,
                                                           postgres)).items():
            add(group, take_seconds=take, resolve_seconds=resolve)
        found[by] = groups
    return found


async def manager_names(session: AsyncSession, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = await session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(list(ids))))
    return {row.id: row.name for row in rows}
