"""Pings to the staff chat (a low score for a department head, a lead for a manager), whether they
reached the chat, and what the staff did with them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .script import Department, Question
from .surveys import Survey


class AlertKind(StrEnum):
    LOW = "low"  # a low score: the department head handles it
    LEAD = "lead"  # the client plans to buy again: the manager calls them


class AlertStatus(StrEnum):
    OPEN = "open"
    TAKEN = "taken"  # someone is on it
    RESOLVED = "resolved"
    WITHDRAWN = "withdrawn"  # the client changed the low score to a good one


_OUT_OF_SYNC = "synced_revision < revision"


class Alert(Base):
    """An outbox row: every change bumps `revision`; the staff chat shows `synced_revision`.

    `lease_until` keeps two tasks from syncing it at once; `retry_at` is the back-off after a
    failure. A change clears the back-off but never the lease.
    """

    __tablename__ = "alerts"
    __table_args__ = (
        UniqueConstraint("survey_id", "question_id"),
        Index("ix_alerts_created_at", "created_at"),  # reports select by it
        # Escalation and /alerts: low-score alerts still open or taken, the oldest first.
        Index("ix_alerts_kind_status_created_at", "kind", "status", "created_at"),
        # The outbox's every tick: the few alerts the staff chat does not show as they are yet.
        Index("ix_alerts_out_of_sync", "id", sqlite_where=text(_OUT_OF_SYNC),
              postgresql_where=text(_OUT_OF_SYNC)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"))
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    kind: Mapped[AlertKind] = mapped_column(String(8), default=AlertKind.LOW)
    score: Mapped[int | None]
    choice: Mapped[str | None] = mapped_column(String(32))
    comment: Mapped[str | None] = mapped_column(Text)
    status: Mapped[AlertStatus] = mapped_column(String(16), default=AlertStatus.OPEN)
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    thread_id: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    revision: Mapped[int] = mapped_column(default=1)
    synced_revision: Mapped[int] = mapped_column(default=0)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    retry_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Its handling by the staff: who took it, who resolved it and how, how often it was escalated.
    taken_by: Mapped[int | None] = mapped_column(BigInteger)
    taken_by_name: Mapped[str | None] = mapped_column(String(200))
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[int | None] = mapped_column(BigInteger)
    resolved_by_name: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolution: Mapped[str | None] = mapped_column(Text)
    escalations: Mapped[int] = mapped_column(default=0)
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    survey: Mapped[Survey] = relationship(lazy="joined")
    question: Mapped[Question] = relationship(lazy="joined")
    department: Mapped[Department] = relationship(lazy="joined")


class EventKind(StrEnum):
    PROMPT = "prompt"  # the bot asked the staff member who pressed "Resolved" for a note
    TO_CLIENT = "to_client"  # a staff member's reply, sent to the client
    FROM_CLIENT = "from_client"  # the client's answer, posted in the staff chat
    ESCALATION = "escalation"  # the alert was raised again to the head and the admins


class AlertEvent(Base):
    """What happened around an alert, with the staff-chat message it is about, so a reply to that
    message finds its alert."""

    __tablename__ = "alert_events"
    __table_args__ = (Index("ix_alert_events_message", "chat_id", "message_id"),
                      # A client's typed message: did staff write to them lately?
                      Index("ix_alert_events_kind_at", "kind", "at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id"), index=True)
    kind: Mapped[EventKind] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(BigInteger)  # the staff member, if one acted
    user_name: Mapped[str | None] = mapped_column(String(200))
    chat_id: Mapped[int | None] = mapped_column(BigInteger)  # the staff chat
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    text: Mapped[str | None] = mapped_column(Text)
