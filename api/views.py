"""Stored deliveries and surveys as the API shows them."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote

from bot.intake import deep_link
from storage.intake import Recorded
from storage.models import Answer, Client, Delivery, Survey

from .schemas import AnswerOut, ClientLinkOut, DeliveryInfo, DeliveryOut, StatusOut, SurveyOut

PREFIX = "/api/v1"


def qr_path(client_id: str) -> str:
    return f"{PREFIX}/clients/{quote(client_id, safe='')}/link.png"


def client_out(client: Client, username: str | None) -> ClientLinkOut:
    return ClientLinkOut(client_id=client.external_id, linked=client.chat_id is not None,
                         link=deep_link(username, client.link_token), qr=qr_path(client.external_id))


def utc(moment: datetime | None) -> datetime | None:
    """Every time the API gives is UTC ("Z"), whether it was just planned or read back."""
    return None if moment is None else moment.astimezone(UTC)


def survey_out(survey: Survey) -> SurveyOut:
    return SurveyOut(state=survey.state, planned_at=utc(survey.due_at),
                     expires_at=utc(survey.expires_at), sent_at=utc(survey.sent_at),
                     completed_at=utc(survey.completed_at), cancelled_at=utc(survey.cancelled_at),
                     cancel_reason=survey.cancel_reason)


def delivery_out(recorded: Recorded, username: str | None) -> DeliveryOut:
    return DeliveryOut(delivery_id=recorded.delivery.external_id, created=recorded.created,
                       client=client_out(recorded.client, username),
                       survey=survey_out(recorded.survey))


def delivery_info(delivery: Delivery) -> DeliveryInfo:
    return DeliveryInfo(
        delivery_id=delivery.external_id, client_id=delivery.client.external_id,
        client_name=delivery.client.name, manager=delivery.manager.name if delivery.manager else None,
        delivered_at=utc(delivery.delivered_at), order_ref=delivery.order_ref, amount=delivery.amount,
        source=delivery.source, recorded_at=utc(delivery.created_at),
    )


def answer_out(answer: Answer) -> AnswerOut:
    question = answer.question
    return AnswerOut(question=question.position + 1, department=question.department.code,
                     text=question.text_ru, score=answer.score, choice=answer.choice,
                     comment=answer.comment, answered_at=utc(answer.answered_at))


def status_out(recorded: Recorded, answers: list[Answer], username: str | None) -> StatusOut:
    return StatusOut(delivery=delivery_info(recorded.delivery),
                     client=client_out(recorded.client, username),
                     survey=survey_out(recorded.survey),
                     answers=[answer_out(a) for a in answers])
