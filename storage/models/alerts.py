"""Low-score alerts: the ping to a department head, and whether it reached the staff chat."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime
from .script import Department, Question
from .surveys import Survey


class AlertStatus(StrEnum):
    OPEN = "open"
    TAKEN = "taken"  # someone is on it
    RESOLVED = "resolved"
    WITHDRAWN = "withdrawn"  # the client changed the low score to a good one


class Alert(Base):
    """An outbox row: every change bumps `revision`; the staff chat shows `synced_revision`.

    `lease_until` keeps two tasks from syncing it at once; `retry_at` is the back-off after a
    failure. A change clears the back-off but never the lease.
    """

    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("survey_id", "question_id"),
                      Index("ix_alerts_created_at", "created_at"))  # reports select by it

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"))
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
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
