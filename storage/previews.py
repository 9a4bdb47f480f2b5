"""An admin's /preview: a real survey row, flagged, so the questionnaire runs exactly as a
client's would while nothing about it is counted, pinged or reported."""

from __future__ import annotations

import secrets
from datetime import datetime

from feedback.states import SurveyState

from . import clients, scripts
from .models import Client, Delivery, Survey


def _client_id(user_id: int) -> str:
    # A space cannot occur in a client id the CRM sends (see feedback.intake.ExternalId), so no
    # real client can ever share this id.
    return f"preview {user_id}"


async def open_preview(session, user_id: int, name: str, language: str, now: datetime,
                       expires_at: datetime) -> tuple[int, str]:
    """A preview survey of the current questionnaire for admin `user_id`, claimed for sending;
    returns (survey id, claim token). The preview client is never linked to a chat."""
    client = await clients.by_external_id(session, _client_id(user_id))
    if client is None:
        client = Client(external_id=_client_id(user_id), name=name[:200],
                        link_token=clients.new_link_token(), created_at=now)
        session.add(client)
        await session.flush()
    delivery = Delivery(client_id=client.id, delivered_at=now, source="preview", created_at=now)
    session.add(delivery)
    await session.flush()
    token = secrets.token_hex(8)
    script = await scripts.current_script(session)
    survey = Survey(delivery_id=delivery.id, client_id=client.id, script_id=script.id,
                    state=SurveyState.SENDING, due_at=now, expires_at=expires_at, claimed_at=now,
                    claim_token=token, language=language, preview=True, created_at=now)
    session.add(survey)
    await session.flush()
    return survey.id, token
