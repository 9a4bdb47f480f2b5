"""The audit trail: every change admins make, with the value before and after."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from .models import AuditEntry

_TEXT_LIMIT = 4000  # a before/after longer than this is a whole questionnaire; the start will do


async def record(session: AsyncSession, *, at: datetime, user_id: int | None, user_name: str,
                 action: str, subject: str = "", before: str | None = None,
                 after: str | None = None) -> None:
    session.add(AuditEntry(at=at, user_id=user_id, user_name=user_name[:200], action=action,
                           subject=subject[:200], before=_cut(before), after=_cut(after)))
    await session.flush()


async def latest(session: AsyncSession, limit: int = 20) -> list[AuditEntry]:
    rows = await session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
    return list(rows.all())


def _cut(text: str | None) -> str | None:
    return text if text is None or len(text) <= _TEXT_LIMIT else text[:_TEXT_LIMIT] + "…"
