"""Surveys waiting for their first answer, and the reminders sent about them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.states import SurveyState

from .models import Client, ClientStatus, Survey


@dataclass(frozen=True)
class Unanswered:
    survey_id: int
    sent_at: datetime
    reminders: int
    time_zone: str | None  # the client's, if known


async def unanswered(session: AsyncSession, now: datetime, sent_before: datetime,
                     below: int) -> list[Unanswered]:
    """Open surveys of active clients with no answer yet, sent before `sent_before`, with fewer
    than `below` reminders (previews never get one)."""
    rows = await session.execute(
        select(Survey.id, Survey.sent_at, Survey.reminders, Client.time_zone)
        .join(Client, Client.id == Survey.client_id)
        .where(Survey.state == SurveyState.SENT, Survey.preview.is_(False),
               Survey.sent_at <= sent_before, Survey.expires_at > now,
               Survey.reminders < below, Client.status == ClientStatus.ACTIVE)
        .order_by(Survey.sent_at))
    return [Unanswered(*row) for row in rows.all()]


async def claim(session: AsyncSession, survey_id: int, sent: int, now: datetime) -> bool:
    """Count reminder number `sent + 1` as sent; only one of two ticks at once wins it."""
    result = await session.execute(
        update(Survey)
        .where(Survey.id == survey_id, Survey.reminders == sent, Survey.state == SurveyState.SENT,
               Survey.expires_at > now)
        .values(reminders=sent + 1, reminded_at=now)
        .execution_options(synchronize_session=False))
    return result.rowcount == 1
