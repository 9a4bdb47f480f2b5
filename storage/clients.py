"""Clients and their link to a Telegram chat."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Client, ClientStatus


def new_link_token() -> str:
    """22 random URL-safe characters: a valid deep-link payload nobody can guess."""
    return secrets.token_urlsafe(16)


async def by_external_id(session: AsyncSession, external_id: str) -> Client | None:
    return await session.scalar(select(Client).where(Client.external_id == external_id))


async def by_token(session: AsyncSession, token: str) -> Client | None:
    return await session.scalar(select(Client).where(Client.link_token == token))


async def of_chat(session: AsyncSession, chat_id: int) -> list[Client]:
    """Every client this Telegram chat speaks for (one buyer may serve several companies)."""
    rows = await session.scalars(select(Client).where(Client.chat_id == chat_id).order_by(Client.id))
    return list(rows.all())


async def linkable_by_phone(session: AsyncSession, phone: str, chat_id: int) -> list[Client]:
    """Clients with this phone that are free to link to `chat_id`."""
    rows = await session.scalars(
        select(Client)
        .where(Client.phone == phone, or_(Client.chat_id.is_(None), Client.chat_id == chat_id))
        .order_by(Client.id)
    )
    return list(rows.all())


def link(client: Client, chat_id: int, language: str, now: datetime) -> None:
    """Bind `client` to the chat; a /start after /stop or a block opts back in."""
    if client.chat_id != chat_id:
        client.chat_id, client.linked_at = chat_id, now
    client.language = language
    client.status = ClientStatus.ACTIVE


async def set_chat_status(
    session: AsyncSession, chat_id: int, status: ClientStatus, only_from: set[ClientStatus] | None = None
) -> int:
    """Set the status of every client of `chat_id` (optionally only those now in `only_from`)."""
    statement = update(Client).where(Client.chat_id == chat_id).values(status=status)
    if only_from:
        statement = statement.where(Client.status.in_(only_from))
    result = await session.execute(statement)
    return result.rowcount
