"""A stored survey and its client as the views and the rules see them."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from feedback.questions import Question
from storage import clients
from storage.models import Client, ClientStatus, Delivery, Staff, Survey
from storage.scripts import as_rule

from .runtime import Runtime
from .settings import Settings
from .survey_view import SurveyCard


def zone_named(name: str | None, settings: Settings) -> ZoneInfo:
    """A client's own time zone if they have one, else the installation's."""
    return ZoneInfo(name) if name else settings.time_zone


def client_zone(client: Client, settings: Settings) -> ZoneInfo:
    return zone_named(client.time_zone, settings)


def questions_of(survey: Survey) -> list[Question]:
    return [as_rule(q) for q in survey.script.questions]


def card_for(survey: Survey, settings: Settings) -> SurveyCard:
    return SurveyCard(
        survey_id=survey.id,
        delivery_ref=survey.delivery.order_ref or survey.delivery.external_id,
        delivered_at=survey.delivery.delivered_at,
        tz=client_zone(survey.client, settings),
        lang=survey.language,
        questions=questions_of(survey),
    )


async def mark_blocked(rt: Runtime, chat_id: int) -> None:
    """Telegram said the client blocked the bot: nothing more is sent to this chat."""
    async with rt.db.session() as session:
        await clients.set_chat_status(session, chat_id, ClientStatus.BLOCKED)
        await session.commit()


def manager_of(delivery: Delivery) -> Staff | None:
    """Who made the deal: the delivery's manager, else the client's."""
    return delivery.manager or delivery.client.manager
