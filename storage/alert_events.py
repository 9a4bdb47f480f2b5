"""The log of an alert: notes asked for, messages between staff and client, escalations. Each row
names the staff-chat message it is about, so a reply to that message finds its alert."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Alert, AlertEvent, EventKind, Survey


async def record(session: AsyncSession, alert_id: int, kind: EventKind, at: datetime, *,
                 user_id: int | None = None, user_name: str | None = None,
                 chat_id: int | None = None, message_id: int | None = None,
                 text: str | None = None) -> None:
    session.add(AlertEvent(alert_id=alert_id, kind=kind, at=at, user_id=user_id,
                           user_name=user_name[:200] if user_name else None, chat_id=chat_id,
                           message_id=message_id, text=text))
    await session.flush()


async def about_message(session: AsyncSession, chat_id: int,
                        message_id: int) -> tuple[Alert, AlertEvent | None] | None:
    """The alert a staff-chat message belongs to (its ping, or a message of its log), with the
    log entry when it is one."""
    event = await session.scalar(
        select(AlertEvent).where(AlertEvent.chat_id == chat_id, AlertEvent.message_id == message_id)
        .order_by(AlertEvent.id.desc()).limit(1))
    if event is not None:
        return await session.get(Alert, event.alert_id, populate_existing=True), event
    alert = await session.scalar(
        select(Alert).where(Alert.chat_id == chat_id, Alert.message_id == message_id))
    return (alert, None) if alert is not None else None


async def pending_prompt(session: AsyncSession, alert_id: int, user_id: int) -> AlertEvent | None:
    """The latest note this person was asked for on this alert."""
    return await session.scalar(
        select(AlertEvent).where(AlertEvent.alert_id == alert_id, AlertEvent.user_id == user_id,
                                 AlertEvent.kind == EventKind.PROMPT)
        .order_by(AlertEvent.id.desc()).limit(1))


async def conversation_of(session: AsyncSession, client_chat_id: int, since: datetime) -> Alert | None:
    """The alert whose staff last wrote to this client's chat, if they did since `since`."""
    event = await session.scalar(
        select(AlertEvent)
        .join(Alert, Alert.id == AlertEvent.alert_id)
        .join(Survey, Survey.id == Alert.survey_id)
        .where(Survey.chat_id == client_chat_id, AlertEvent.kind == EventKind.TO_CLIENT,
               AlertEvent.at >= since)
        .order_by(AlertEvent.at.desc(), AlertEvent.id.desc()).limit(1))
    if event is None:
        return None
    return await session.get(Alert, event.alert_id, populate_existing=True)


async def of_alert(session: AsyncSession, alert_id: int) -> list[AlertEvent]:
    """The alert's log, oldest first."""
    rows = await session.scalars(
        select(AlertEvent).where(AlertEvent.alert_id == alert_id).order_by(AlertEvent.id))
    return list(rows.all())
