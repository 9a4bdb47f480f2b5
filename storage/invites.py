"""One-time codes: an admin makes one, the person it is for redeems it once, before it expires."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from .models import Invite


async def create(session: AsyncSession, purpose: str, by: int, now: datetime,
                 valid_for: timedelta) -> str:
    code = secrets.token_urlsafe(9)  # 12 characters, also a valid deep-link payload
    session.add(Invite(code=code, purpose=purpose, created_by=by, created_at=now,
                       expires_at=now + valid_for))
    await session.flush()
    return code


async def redeem(session: AsyncSession, code: str, user_id: int, now: datetime) -> str | None:
    """The code's purpose if it was valid and unused (it is used up now), else None."""
    result = await session.execute(
        update(Invite)
        .where(Invite.code == code, Invite.used_by.is_(None), Invite.expires_at > now)
        .values(used_by=user_id, used_at=now)
        .returning(Invite.purpose)
        .execution_options(synchronize_session=False)
    )
    return result.scalar_one_or_none()
