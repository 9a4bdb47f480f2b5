"""Surveys through their life. Every state change is a conditional UPDATE guarded by the rules'
allowed source states, so two ticks, two taps or two processes can never both win."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.states import OPEN_STATES, SurveyEvent, SurveyState, sources, target

from .models import Client, ClientStatus, Survey

CLAIM_LEASE = timedelta(minutes=5)  # a claim older than this was left by a crashed tick


@dataclass(frozen=True)
class Claim:
    """Surveys one tick may send; `token` proves it is still theirs when it records the result."""

    token: str
    survey_ids: list[int]


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


def is_due(now: datetime) -> ColumnElement[bool]:
    """Waiting to go out, due and not expired, for an active client (a query joins Client).

    Previews never match: they are created claimed (SENDING) for a client that is never linked."""
    return and_(Survey.state.in_(sources(SurveyEvent.CLAIM)), Survey.due_at <= now,
                Survey.expires_at > now, Client.status == ClientStatus.ACTIVE)


def _abandoned(now: datetime) -> ColumnElement[bool]:
    """Claimed by a tick that crashed (its claim outlived the lease)."""
    return and_(Survey.state == SurveyState.SENDING, Survey.claimed_at < now - CLAIM_LEASE)


async def claim_due(session: AsyncSession, now: datetime, limit: int) -> Claim:
    """Claim up to `limit` surveys to send: the due ones, and any claim a crashed tick left
    behind that has not expired. On PostgreSQL, rows another tick is claiming are skipped."""
    reclaim = and_(Survey.state.in_(sources(SurveyEvent.RECLAIM)), _abandoned(now),
                   Survey.expires_at > now)
    candidates = (
        select(Survey.id)
        .join(Client, Client.id == Survey.client_id)
        .where(or_(is_due(now), reclaim))
        .order_by(Survey.due_at)
        .limit(limit)
        .with_for_update(of=Survey, skip_locked=True)  # SQLAlchemy leaves it out on SQLite
    )
    token = secrets.token_hex(8)
    claimed = await session.scalars(
        update(Survey)
        .where(Survey.id.in_(candidates.scalar_subquery()),
               or_(Survey.state.in_(sources(SurveyEvent.CLAIM)), reclaim))
        .values(state=target(SurveyEvent.CLAIM), claimed_at=now, claim_token=token)
        .returning(Survey.id)
        .execution_options(synchronize_session=False)
    )
    return Claim(token, sorted(claimed.all()))


def _held(token: str) -> object:
    return Survey.claim_token == token


async def adopt_script(session: AsyncSession, survey_id: int, token: str, script_id: int) -> None:
    """A survey about to be sent for the first time takes the newest questionnaire; one sent
    already keeps the version it started with, so its answers keep their meaning."""
    await session.execute(
        update(Survey)
        .where(Survey.id == survey_id, _held(token), Survey.sent_at.is_(None))
        .values(script_id=script_id)
        .execution_options(synchronize_session=False)
    )


async def mark_delivered(
    session: AsyncSession, survey_id: int, token: str, chat_id: int, message_id: int,
    language: str, now: datetime, expires_at: datetime,
) -> bool:
    return await _change(session, survey_id, SurveyEvent.DELIVERED, _held(token), chat_id=chat_id,
                         message_id=message_id, language=language, sent_at=now,
                         expires_at=expires_at, step=0, claimed_at=None, claim_token=None,
                         attempts=Survey.attempts + 1, last_error=None)


async def release(
    session: AsyncSession, survey_id: int, token: str, due_at: datetime, error: str | None,
    count_attempt: bool,
) -> bool:
    """Back to the queue, due again at `due_at`."""
    attempts = Survey.attempts + 1 if count_attempt else Survey.attempts
    return await _change(session, survey_id, SurveyEvent.RELEASE, _held(token), due_at=due_at,
                         claimed_at=None, claim_token=None, attempts=attempts, last_error=error)


async def fail(session: AsyncSession, survey_id: int, token: str, error: str) -> bool:
    return await _change(session, survey_id, SurveyEvent.FAIL, _held(token), claimed_at=None,
                         claim_token=None, last_error=error)


async def advance(
    session: AsyncSession, survey_id: int, from_step: int, to_step: int, done: bool, now: datetime,
    message_id: int | None = None,
) -> bool:
    """Move an open survey from `from_step` to `to_step`; False if another tap got there first.
    `message_id` records which message of the survey the client is answering in."""
    values: dict[str, object] = {"step": to_step}
    if message_id is not None:
        values["message_id"] = message_id
    event = SurveyEvent.COMPLETE if done else SurveyEvent.ANSWER
    if done:
        values["completed_at"] = now
    return await _change(session, survey_id, event, Survey.step == from_step,
                         Survey.expires_at > now, **values)


async def cancel(session: AsyncSession, survey_id: int, now: datetime, reason: str | None) -> bool:
    """Call the survey off unless it is being sent or already over; False if it was not."""
    return await _change(session, survey_id, SurveyEvent.CANCEL, cancelled_at=now,
                         cancel_reason=reason)


async def set_message(session: AsyncSession, survey_id: int, message_id: int) -> None:
    await session.execute(update(Survey).where(Survey.id == survey_id).values(message_id=message_id))


async def open_in_chat(session: AsyncSession, chat_id: int, now: datetime) -> list[Survey]:
    """The surveys a client can answer in this chat now, the latest first."""
    rows = await session.scalars(
        select(Survey)
        .where(Survey.chat_id == chat_id, Survey.state.in_(OPEN_STATES), Survey.expires_at > now)
        .order_by(Survey.sent_at.desc())
    )
    return list(rows.all())


@dataclass(frozen=True)
class Expired:
    survey_id: int
    chat_id: int | None  # where its message is, if it was sent
    message_id: int | None


async def expire_due(session: AsyncSession, now: datetime) -> list[Expired]:
    """Expire every survey whose time is up (answers given stay and count), and any claim a
    crashed tick left behind past its expiry; a send in flight (claimed within the lease) is
    left to finish."""
    result = await session.execute(
        update(Survey)
        .where(Survey.state.in_(sources(SurveyEvent.EXPIRE)), Survey.expires_at <= now,
               or_(Survey.state != SurveyState.SENDING, _abandoned(now)))
        .values(state=target(SurveyEvent.EXPIRE))
        .returning(Survey.id, Survey.chat_id, Survey.message_id)
        .execution_options(synchronize_session=False)
    )
    return [Expired(*row) for row in result.all()]
