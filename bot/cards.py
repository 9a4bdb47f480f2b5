"""A stored survey as the questionnaire view and the rules see it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from feedback.questions import Question
from storage.models import Client, Survey
from storage.scripts import as_rule

from .settings import Settings
from .survey_view import SurveyCard


def client_zone(client: Client, settings: Settings) -> ZoneInfo:
    return ZoneInfo(client.time_zone) if client.time_zone else settings.time_zone


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
