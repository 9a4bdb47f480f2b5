"""Alerts (low scores and leads) as an outbox: a change bumps the revision, a sync brings the staff
chat up to it."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.planning import backoff

from .models import Alert, AlertKind, AlertStatus

# Longer than the slowest send: the rate limiter may hold a ping for the group's 20/min limit
# and for three 429 waits before it goes out.
SYNC_LEASE = timedelta(minutes=10)
_FIRST_RETRY, _LONGEST_RETRY = timedelta(seconds=15), timedelta(minutes=30)


async def find(session: AsyncSession, survey_id: int, question_id: int) -> Alert | None:
    """The alert of this answer, locked for the change that follows (on PostgreSQL): staff
    handling bumps the revision in SQL meanwhile, and neither bump may be lost."""
    return await session.scalar(
        select(Alert).where(Alert.survey_id == survey_id, Alert.question_id == question_id)
        .with_for_update(of=Alert)  # not the tables it is loaded with (outer joins)
    )


async def on_answer(
    session: AsyncSession, survey_id: int, question_id: int, department_id: int,
    value: int | str, kind: AlertKind | None, now: datetime,
) -> int | None:
    """Raise, update or withdraw the ping for this answer (`kind` None: the answer needs none);
    the id of an alert to sync, if any. Staff handling survives a changed score of the same kind."""
    alert = await find(session, survey_id, question_id)
    if kind is None and (alert is None or alert.status == AlertStatus.WITHDRAWN):
        return None
    if alert is None:
        alert = Alert(survey_id=survey_id, question_id=question_id, department_id=department_id,
                      kind=kind, status=AlertStatus.OPEN, created_at=now, revision=0)
        session.add(alert)
    elif kind is None:
        alert.status = AlertStatus.WITHDRAWN
    elif alert.kind != kind or alert.status == AlertStatus.WITHDRAWN:
        # Raised anew: it waits, and is escalated, from now.
        alert.kind, alert.status, alert.created_at = kind, AlertStatus.OPEN, now
        alert.taken_by = alert.taken_by_name = alert.taken_at = None
        alert.resolved_by = alert.resolved_by_name = alert.resolved_at = alert.resolution = None
        alert.escalations, alert.escalated_at = 0, None
    alert.score = value if isinstance(value, int) else None
    alert.choice = value if isinstance(value, str) else None
    alert.comment = None
    alert.revision += 1
    alert.retry_at = None
    await session.flush()
    return alert.id


async def add_comment(
    session: AsyncSession, survey_id: int, question_id: int, comment: str
) -> int | None:
    alert = await find(session, survey_id, question_id)
    if alert is None:
        return None
    alert.comment = comment
    alert.revision += 1
    alert.retry_at = None
    await session.flush()
    return alert.id


def _free(now: datetime) -> object:
    """Out of date, not being synced by anyone, and not backing off."""
    return and_(Alert.synced_revision < Alert.revision,
                or_(Alert.lease_until.is_(None), Alert.lease_until <= now),
                or_(Alert.retry_at.is_(None), Alert.retry_at <= now))


async def claim(session: AsyncSession, alert_id: int, now: datetime) -> int | None:
    """Lease an out-of-date alert for syncing; returns the revision to render, or None."""
    result = await session.execute(
        update(Alert)
        .where(Alert.id == alert_id, _free(now))
        .values(lease_until=now + SYNC_LEASE)
        .returning(Alert.revision)
        .execution_options(synchronize_session=False)
    )
    return result.scalar_one_or_none()


async def out_of_sync(session: AsyncSession, now: datetime, limit: int = 50) -> list[int]:
    rows = await session.scalars(
        select(Alert.id)
        .where(_free(now))
        .order_by(Alert.id)
        .limit(limit)
    )
    return list(rows.all())


async def mark_synced(
    session: AsyncSession, alert_id: int, revision: int, chat_id: int | None,
    thread_id: int | None, message_id: int | None, now: datetime,
) -> bool:
    """The staff chat shows `revision`; returns whether a newer one came meanwhile."""
    alert = await session.get(Alert, alert_id, populate_existing=True)
    alert.synced_revision = max(alert.synced_revision, revision)
    alert.chat_id, alert.thread_id, alert.message_id = chat_id, thread_id, message_id
    if message_id is not None:
        alert.sent_at = alert.sent_at or now
    alert.attempts, alert.retry_at, alert.lease_until = 0, None, None
    await session.flush()
    return alert.revision > alert.synced_revision


async def back_off(session: AsyncSession, alert_id: int, now: datetime) -> None:
    """A failed sync: try again later, each time waiting longer."""
    alert = await session.get(Alert, alert_id, populate_existing=True)
    alert.attempts += 1
    alert.retry_at = now + backoff(alert.attempts, _FIRST_RETRY, _LONGEST_RETRY)
    alert.lease_until = None
    await session.flush()


async def forget_message(session: AsyncSession, alert_id: int) -> None:
    """The posted ping is gone (deleted, or its chat moved): the sync that found out posts a
    new one at once, so its lease ends too."""
    alert = await session.get(Alert, alert_id, populate_existing=True)
    alert.chat_id = alert.thread_id = alert.message_id = None
    alert.lease_until = None
    await session.flush()


async def any_open(session: AsyncSession, survey_id: int) -> bool:
    """Whether the survey raised a low-score alert that stands (open, taken or resolved)."""
    found = await session.scalar(
        select(Alert.id).where(Alert.survey_id == survey_id, Alert.kind == AlertKind.LOW,
                               Alert.status != AlertStatus.WITHDRAWN).limit(1)
    )
    return found is not None


async def get(session: AsyncSession, alert_id: int) -> Alert | None:
    return await session.get(Alert, alert_id, populate_existing=True)
