"""What the staff do with alerts: take them, resolve them, list them; escalations claimed once.

Each change is a conditional UPDATE that also bumps the revision, so two presses or two ticks never
both win, and the outbox re-renders the ping after every change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Alert, AlertKind, AlertStatus

UNFINISHED = (AlertStatus.OPEN, AlertStatus.TAKEN)  # raised, and nobody has resolved it yet


async def _change(session: AsyncSession, alert_id: int, *conditions: object, **values: object) -> bool:
    result = await session.execute(
        update(Alert)
        .where(Alert.id == alert_id, Alert.kind == AlertKind.LOW, *conditions)
        .values(revision=Alert.revision + 1, retry_at=None, **values)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


async def take(session: AsyncSession, alert_id: int, user_id: int, name: str, now: datetime) -> bool:
    """`user_id` takes the open alert; False if it is not open (taken, resolved, withdrawn)."""
    return await _change(session, alert_id, Alert.status == AlertStatus.OPEN,
                         status=AlertStatus.TAKEN, taken_by=user_id, taken_by_name=name[:200],
                         taken_at=now)


async def resolve(session: AsyncSession, alert_id: int, user_id: int, name: str, note: str,
                  now: datetime) -> bool:
    """Close the alert with `note`; False if it is resolved or withdrawn already."""
    return await _change(session, alert_id, Alert.status.in_(UNFINISHED),
                         status=AlertStatus.RESOLVED, resolved_by=user_id,
                         resolved_by_name=name[:200], resolved_at=now, resolution=note)


async def claim_escalation(session: AsyncSession, alert_id: int, done: int, step: int,
                           now: datetime) -> bool:
    """Record escalation `step` of an alert still open after `done` steps; only one caller wins."""
    return await _change(session, alert_id, Alert.status == AlertStatus.OPEN,
                         Alert.escalations == done, escalations=step, escalated_at=now)


async def undo_escalation(session: AsyncSession, alert_id: int, done: int, step: int,
                          escalated_at: datetime | None) -> None:
    """The escalation message did not go out: let a later tick make the step again."""
    await _change(session, alert_id, Alert.escalations == step, escalations=done,
                  escalated_at=escalated_at)


async def waiting(session: AsyncSession, limit: int) -> list[Alert]:
    """Low-score alerts nobody has finished, the oldest first."""
    rows = await session.scalars(
        select(Alert).where(Alert.kind == AlertKind.LOW, Alert.status.in_(UNFINISHED))
        .order_by(Alert.created_at, Alert.id).limit(limit))
    return list(rows.all())


async def count_waiting(session: AsyncSession) -> int:
    return await session.scalar(
        select(func.count()).select_from(Alert)
        .where(Alert.kind == AlertKind.LOW, Alert.status.in_(UNFINISHED)))


async def to_escalate(session: AsyncSession, limit: int) -> list[Alert]:
    """Open low-score alerts whose ping is in the chat and that may still be escalated."""
    rows = await session.scalars(
        select(Alert).where(Alert.kind == AlertKind.LOW, Alert.status == AlertStatus.OPEN,
                            Alert.message_id.is_not(None), Alert.escalations < limit)
        .order_by(Alert.created_at, Alert.id))
    return list(rows.all())


async def recent_leads(session: AsyncSession, since: datetime, limit: int) -> list[Alert]:
    """Leads raised since `since`, the newest first."""
    rows = await session.scalars(
        select(Alert).where(Alert.kind == AlertKind.LEAD, Alert.status != AlertStatus.WITHDRAWN,
                            Alert.created_at >= since)
        .order_by(Alert.created_at.desc(), Alert.id.desc()).limit(limit))
    return list(rows.all())
