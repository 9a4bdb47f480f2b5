"""Recording a delivery: the client (created or updated), the delivery and its survey."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.intake import DeliveryIn
from feedback.states import SurveyState

from . import clients, scripts, staff
from .models import Client, Delivery, Survey


@dataclass(frozen=True)
class Plan:
    """When the survey of a new delivery goes out, and when it gives up waiting."""

    due_at: datetime
    expires_at: datetime


# Plans a survey for a client in the given time zone (None: the installation's zone).
Planner = Callable[[str | None], Plan]


@dataclass(frozen=True)
class Recorded:
    delivery: Delivery
    survey: Survey
    client: Client
    created: bool  # False: this delivery id was known, nothing new was scheduled


async def record_delivery(
    session: AsyncSession, data: DeliveryIn, planner: Planner, now: datetime, source: str
) -> Recorded:
    """Create or update the client, create the delivery and its survey; idempotent by id.

    Two calls at once for a new client or the same delivery id may race: the loser's flush
    raises IntegrityError, and the caller retries in a fresh unit of work (see bot.intake)."""
    if data.delivery_id:
        known = await find(session, data.delivery_id)
        if known:
            return known
    client = await clients.by_external_id(session, data.client_id)
    if client is None:
        client = Client(external_id=data.client_id, name=data.client_name,
                        link_token=clients.new_link_token(), created_at=now)
        session.add(client)
    client.name = data.client_name
    client.phone = data.phone or client.phone
    client.language = data.language or client.language
    client.time_zone = data.time_zone or client.time_zone
    if data.manager:
        client.manager = await staff.manager_named(session, data.manager, now)
    await session.flush()

    script = await scripts.current_script(session)
    if script is None:
        raise RuntimeError("no questionnaire yet: run the app once or `tzk migrate`")
    delivery = Delivery(
        external_id=data.delivery_id, client_id=client.id, manager_id=client.manager_id,
        delivered_at=data.delivered_at, order_ref=data.order_ref, amount=data.amount,
        source=source, created_at=now,
    )
    session.add(delivery)
    await session.flush()
    plan = planner(client.time_zone)
    survey = Survey(
        delivery_id=delivery.id, client_id=client.id, script_id=script.id,
        state=SurveyState.SCHEDULED, due_at=plan.due_at, expires_at=plan.expires_at,
        language=client.language or "ru", created_at=now,
    )
    session.add(survey)
    await session.flush()
    return Recorded(delivery, survey, client, created=True)


async def find(session: AsyncSession, external_id: str) -> Recorded | None:
    """The delivery the CRM knows as `external_id`, with its survey and client."""
    delivery = await session.scalar(select(Delivery).where(Delivery.external_id == external_id))
    if delivery is None:
        return None
    survey = await session.scalar(select(Survey).where(Survey.delivery_id == delivery.id))
    return Recorded(delivery, survey, delivery.client, created=False)
