"""Departments and the versioned questionnaire ("the script")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_ru: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    head_user_id: Mapped[int | None] = mapped_column(BigInteger)
    head_name: Mapped[str | None] = mapped_column(String(200))
    threshold: Mapped[int] = mapped_column(default=3)
    topic_id: Mapped[int | None] = mapped_column(BigInteger)


class Script(Base):
    """One saved version of the questionnaire; surveys keep the version they started with."""

    __tablename__ = "scripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int | None] = mapped_column(BigInteger)

    questions: Mapped[list[Question]] = relationship(
        order_by="Question.position", lazy="selectin", back_populates="script"
    )


class Question(Base):
    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("script_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id"))
    position: Mapped[int]
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    kind: Mapped[str] = mapped_column(String(16))
    text_ru: Mapped[str] = mapped_column(String(1000))
    text_en: Mapped[str] = mapped_column(String(1000), default="")
    follow_up: Mapped[bool] = mapped_column(default=False)
    options: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    script: Mapped[Script] = relationship(back_populates="questions")
    department: Mapped[Department] = relationship(lazy="joined")
