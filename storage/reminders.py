"""Surveys waiting for their first answer, and the reminders sent about them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.states import SurveyState

from .models import Client, ClientStatus, Survey


@dataclass(frozen=True)
class Unanswered:
    survey_id: int
    sent_at: datetime
    reminders: int
    time_zone: str | None  # the client's, if known


async def unanswered(session: AsyncSession, now: datetime, after: timedelta, count: int,
                     limit: int, own_zone_only: bool = False) -> list[Unanswered]:
    """Open surveys of active clients with no answer yet whose next reminder (of `count`, each
    `after` since the survey went out) is due by the clock, the longest waiting first, at most
    `limit`; `own_zone_only`: only clients with a time zone of their own. Previews never get one.
    The send window may still move a reminder later: the rules decide that."""
    if count <= 0:
        return []
    due = or_(*(and_(Survey.reminders == sent, Survey.sent_at <= now - after * (sent + 1))
                for sent in range(count)))
    statement = (
        select(Survey.id, Survey.sent_at, Survey.reminders, Client.time_zone)
        .join(Client, Client.id == Survey.client_id)
        .where(Survey.state == SurveyState.SENT, Survey.preview.is_(False), due,
               Survey.expires_at > now, Client.status == ClientStatus.ACTIVE)
        .order_by(Survey.sent_at, Survey.id)
        .limit(limit))
    if own_zone_only:
        statement = statement.where(Client.time_zone.is_not(None))
    return [Unanswered(*row) for row in (await session.execute(statement)).all()]


async def claim(session: AsyncSession, survey_id: int, sent: int, now: datetime) -> bool:
    """Count reminder number `sent + 1` as sent; only one of two ticks at once wins it."""
    result = await session.execute(
        update(Survey)
        .where(Survey.id == survey_id, Survey.reminders == sent, Survey.state == SurveyState.SENT,
               Survey.expires_at > now)
        .values(reminders=sent + 1, reminded_at=now)
        .execution_options(synchronize_session=False))
    return result.rowcount == 1
