"""Deliveries, the survey each one gets, and the answers given."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (BigInteger, ColumnElement, ForeignKey, Index, Numeric, String, Text,
                        UniqueConstraint, cast, func, literal)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.states import SurveyState

from .base import Base, UTCDateTime
from .people import Client, Staff
from .script import Question, Script


class Delivery(Base):
    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # the CRM's id, if any
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    delivered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    order_ref: Mapped[str | None] = mapped_column(String(64))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    source: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    client: Mapped[Client] = relationship(lazy="joined")
    manager: Mapped[Staff | None] = relationship(lazy="joined")

    @hybrid_property
    def reference(self) -> str:
        """What people know the delivery by: the order number, the CRM's id, or ours."""
        return self.order_ref or self.external_id or f"№{self.id}"

    @reference.inplace.expression
    @classmethod
    def _reference_in_sql(cls) -> ColumnElement[str]:
        # The same in a query (the exports): an empty order number counts as none, as above.
        return func.coalesce(func.nullif(cls.order_ref, ""), func.nullif(cls.external_id, ""),
                             literal("№") + cast(cls.id, String))


class Survey(Base):
    __tablename__ = "surveys"
    __table_args__ = (Index("ix_surveys_state_due", "state", "due_at"),
                      Index("ix_surveys_sent_at", "sent_at"))  # reports select by it

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id"), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id"))
    state: Mapped[SurveyState] = mapped_column(String(16), default=SurveyState.SCHEDULED)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claim_token: Mapped[str | None] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    # Every message a client types looks up the surveys open in their chat.
    chat_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    language: Mapped[str] = mapped_column(String(8), default="ru")
    step: Mapped[int] = mapped_column(default=0)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    reminders: Mapped[int] = mapped_column(default=0)  # reminders sent to the client
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # An admin's /preview: answered like any survey, but never counted, pinged or reported.
    preview: Mapped[bool] = mapped_column(default=False)

    delivery: Mapped[Delivery] = relationship(lazy="joined")
    client: Mapped[Client] = relationship(lazy="joined")
    script: Mapped[Script] = relationship(lazy="joined")


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("survey_id", "question_id"),
                      Index("ix_answers_answered_at", "answered_at"))  # reports select by it

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id"))
    question_id: Mapped[int] = mapped_column(ForeignKey("questions.id"))
    score: Mapped[int | None]
    choice: Mapped[str | None] = mapped_column(String(32))
    comment: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime())

    question: Mapped[Question] = relationship(lazy="joined")
