"""Recording a delivery from the CLI or a chat command, and describing the result to a person."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from telegram.helpers import create_deep_linked_url

from feedback.intake import DeliveryIn
from feedback.planning import due_at
from feedback.states import SurveyState
from storage import meta
from storage.intake import Plan, Planner, Recorded, record_delivery

from .cards import client_zone, zone_named
from .runtime import Runtime

USERNAME_KEY = "bot_username"


def planner(rt: Runtime, data: DeliveryIn) -> Planner:
    """Plans `data`'s survey in the client's own time zone once storage knows it."""
    settings = rt.settings

    def plan(zone: str | None) -> Plan:
        tz = zone_named(zone, settings)
        due = due_at(data.delivered_at, settings.survey_delay, settings.send_window, tz)
        return Plan(due_at=due, expires_at=due + settings.survey_expiry)

    return plan


async def add_delivery(rt: Runtime, data: DeliveryIn, source: str) -> Recorded:
    """Record `data` (idempotent by delivery id) and commit.

    A concurrent intake of the same delivery or a new client's first deliveries can make the
    insert lose a race; the second try then finds what the winner recorded."""
    for attempt in (1, 2):
        try:
            async with rt.db.session() as session:
                recorded = await record_delivery(session, data, planner(rt, data), rt.now(), source)
                await session.commit()
            return recorded
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


async def bot_username(rt: Runtime) -> str | None:
    """The bot's @username: from settings, what the running bot saw, or None."""
    if rt.bot_username or rt.settings.bot_username:
        return rt.bot_username or rt.settings.bot_username
    async with rt.db.session() as session:
        return await meta.get_value(session, USERNAME_KEY)


def bot_link(username: str | None) -> str:
    """The link that opens a chat with the bot."""
    return f"https://t.me/{username or '<bot>'}"


def deep_link(username: str | None, token: str) -> str:
    if not username:
        return f"https://t.me/<bot>?start={token}"
    return create_deep_linked_url(username, token)


def describe(rt: Runtime, recorded: Recorded, username: str | None) -> str:
    """A few lines for the person who recorded the delivery."""
    delivery, survey, client = recorded.delivery, recorded.survey, recorded.client
    tz = client_zone(client, rt.settings)
    when = survey.due_at.astimezone(tz).strftime("%d.%m.%Y %H:%M %Z")
    state = f"{when}" if survey.state == SurveyState.SCHEDULED else survey.state.value
    lines = [
        ("Поставка записана / Delivery recorded" if recorded.created
         else "Эта поставка уже была записана / This delivery was already recorded")
        + f": {delivery.reference}",
        f"Клиент / Client: {client.name} ({client.external_id})",
        f"Опрос / Survey: {state}",
    ]
    if client.chat_id is None:
        lines.append(f"Ссылка для клиента / Client's link: {deep_link(username, client.link_token)}")
    else:
        lines.append("Клиент уже подключён / The client is linked")
    return "\n".join(lines)
