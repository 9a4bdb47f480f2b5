"""Clients (the buyers surveyed) and staff (managers, heads, admins)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime


class ClientStatus(StrEnum):
    UNLINKED = "unlinked"  # has not opened the bot yet
    ACTIVE = "active"
    OPTED_OUT = "opted_out"  # said /stop
    BLOCKED = "blocked"  # blocked the bot in Telegram


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True, unique=True)  # intake names managers
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    username: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    language: Mapped[str | None] = mapped_column(String(8))
    time_zone: Mapped[str | None] = mapped_column(String(64))
    link_token: Mapped[str] = mapped_column(String(64), unique=True)
    chat_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    status: Mapped[ClientStatus] = mapped_column(String(16), default=ClientStatus.UNLINKED)
    linked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    manager: Mapped[Staff | None] = relationship(lazy="joined")
