"""What throttling needs to know: which surveys are due, per client, and when each client was
last surveyed; and marking the surveys spared."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.states import SurveyEvent, SurveyState, sources, target
from feedback.throttling import Due

from .models import Client, Delivery, Survey
from .surveys import is_due


async def due(session: AsyncSession, now: datetime) -> list[Due]:
    """Every survey due now, of active clients; on PostgreSQL the clients are locked until the
    unit of work ends, so two ticks decide about one client in turn (SQLite's writers queue)."""
    clients = select(Survey.client_id).join(Client, Client.id == Survey.client_id).where(is_due(now))
    await session.execute(select(Client.id).where(Client.id.in_(clients.scalar_subquery()))
                          .order_by(Client.id).with_for_update())
    rows = await session.execute(
        select(Survey.id, Survey.client_id, Delivery.delivered_at)
        .join(Client, Client.id == Survey.client_id)
        .join(Delivery, Delivery.id == Survey.delivery_id)
        .where(is_due(now)))
    return [Due(*row) for row in rows.all()]


async def last_surveyed(session: AsyncSession, client_ids: list[int]) -> dict[int, datetime]:
    """When each client's latest survey went out (or was claimed to go out just now)."""
    went_out = func.max(func.coalesce(Survey.sent_at, Survey.claimed_at))
    rows = await session.execute(
        select(Survey.client_id, went_out)
        .where(Survey.client_id.in_(client_ids), Survey.preview.is_(False),
               or_(Survey.sent_at.is_not(None), Survey.state == SurveyState.SENDING))
        .group_by(Survey.client_id))
    return {client_id: moment for client_id, moment in rows.all() if moment is not None}


async def throttle(session: AsyncSession, survey_ids: list[int]) -> int:
    """Mark these surveys spared (only those still waiting to go out)."""
    if not survey_ids:
        return 0
    result = await session.execute(
        update(Survey)
        .where(Survey.id.in_(survey_ids), Survey.state.in_(sources(SurveyEvent.THROTTLE)))
        .values(state=target(SurveyEvent.THROTTLE))
        .execution_options(synchronize_session=False))
    return result.rowcount
