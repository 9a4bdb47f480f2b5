"""A stored survey as the questionnaire view and the rules see it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from feedback.questions import Question
from storage.intake import AUTO_ID_PREFIX
from storage.models import Client, Survey
from storage.scripts import as_rule

from .settings import Settings
from .survey_view import SurveyCard


def client_zone(client: Client, settings: Settings) -> ZoneInfo:
    return ZoneInfo(client.time_zone) if client.time_zone else settings.time_zone


def questions_of(survey: Survey) -> list[Question]:
    return [as_rule(q) for q in survey.script.questions]


def _reference(survey: Survey) -> str | None:
    """What the client knows the delivery by: the order number, else our id unless made up."""
    delivery = survey.delivery
    if delivery.order_ref:
        return delivery.order_ref
    return None if delivery.external_id.startswith(AUTO_ID_PREFIX) else delivery.external_id


def card_for(survey: Survey, settings: Settings) -> SurveyCard:
    return SurveyCard(
        survey_id=survey.id,
        delivery_ref=_reference(survey),
        delivered_at=survey.delivery.delivered_at,
        tz=client_zone(survey.client, settings),
        lang=survey.language,
        questions=questions_of(survey),
    )
