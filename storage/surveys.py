"""Surveys through their life. Every state change is a conditional UPDATE guarded by the rules'
allowed source states, so two ticks, two taps or two processes can never both win."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.states import SurveyEvent, SurveyState, sources, target

from .models import Client, ClientStatus, Survey

CLAIM_LEASE = timedelta(minutes=5)  # a claim older than this was left by a crashed tick


async def get(session: AsyncSession, survey_id: int) -> Survey | None:
    return await session.get(Survey, survey_id, populate_existing=True)


async def _change(
    session: AsyncSession, survey_id: int, event: SurveyEvent, *conditions: object, **values: object
) -> bool:
    """Apply `event` if the survey is in one of its source states (and `conditions` hold)."""
    result = await session.execute(
        update(Survey)
        .where(Survey.id == survey_id, Survey.state.in_(sources(event)), *conditions)
        .values(state=target(event), **values)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


async def claim_due(session: AsyncSession, now: datetime, limit: int, postgres: bool) -> list[int]:
    """Claim up to `limit` due surveys of linked, active clients; returns their ids."""
    stale = now - CLAIM_LEASE
    candidates = (
        select(Survey.id)
        .join(Client, Client.id == Survey.client_id)
        .where(
            Client.status == ClientStatus.ACTIVE,
            or_(
                and_(Survey.state == SurveyState.SCHEDULED, Survey.due_at <= now),
                and_(Survey.state == SurveyState.SENDING, Survey.claimed_at < stale),
            ),
        )
        .order_by(Survey.due_at)
        .limit(limit)
    )
    if postgres:
        candidates = candidates.with_for_update(of=Survey, skip_locked=True)
    claimed = await session.scalars(
        update(Survey)
        .where(
            Survey.id.in_(candidates.scalar_subquery()),
            or_(Survey.state == SurveyState.SCHEDULED,
                and_(Survey.state == SurveyState.SENDING, Survey.claimed_at < stale)),
        )
        .values(state=SurveyState.SENDING, claimed_at=now)
        .returning(Survey.id)
        .execution_options(synchronize_session=False)
    )
    return sorted(claimed.all())


async def mark_delivered(
    session: AsyncSession, survey_id: int, chat_id: int, message_id: int, language: str,
    now: datetime, expires_at: datetime,
) -> bool:
    return await _change(session, survey_id, SurveyEvent.DELIVERED, chat_id=chat_id,
                         message_id=message_id, language=language, sent_at=now,
                         expires_at=expires_at, step=0,
                         claimed_at=None, attempts=Survey.attempts + 1, last_error=None)


async def release(
    session: AsyncSession, survey_id: int, due_at: datetime, error: str | None, count_attempt: bool
) -> bool:
    """Back to the queue, due again at `due_at`."""
    attempts = Survey.attempts + 1 if count_attempt else Survey.attempts
    return await _change(session, survey_id, SurveyEvent.RELEASE, due_at=due_at, claimed_at=None,
                         attempts=attempts, last_error=error)


async def fail(session: AsyncSession, survey_id: int, error: str) -> bool:
    return await _change(session, survey_id, SurveyEvent.FAIL, claimed_at=None, last_error=error)


async def advance(
    session: AsyncSession, survey_id: int, from_step: int, to_step: int, done: bool, now: datetime
) -> bool:
    """Move an open survey from `from_step` to `to_step`; False if another tap got there first."""
    if done:
        return await _change(session, survey_id, SurveyEvent.COMPLETE, Survey.step == from_step,
                             Survey.expires_at > now, step=to_step, completed_at=now)
    return await _change(session, survey_id, SurveyEvent.ANSWER, Survey.step == from_step,
                         Survey.expires_at > now, step=to_step)


async def set_message(session: AsyncSession, survey_id: int, message_id: int) -> None:
    await session.execute(update(Survey).where(Survey.id == survey_id).values(message_id=message_id))


async def awaiting_comment(session: AsyncSession, chat_id: int, now: datetime) -> Survey | None:
    """The open survey in this chat that is waiting for a typed "what went wrong?"."""
    return await session.scalar(
        select(Survey)
        .where(Survey.chat_id == chat_id, Survey.state == SurveyState.IN_PROGRESS,
               Survey.step % 2 == 1, Survey.expires_at > now)
        .order_by(Survey.sent_at.desc())
        .limit(1)
    )


async def expire_due(session: AsyncSession, now: datetime) -> int:
    """Expire every survey whose time is up; returns how many."""
    result = await session.execute(
        update(Survey)
        .where(Survey.state.in_(sources(SurveyEvent.EXPIRE)), Survey.expires_at <= now)
        .values(state=SurveyState.EXPIRED)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount
