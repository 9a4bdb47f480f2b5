"""Claiming a digest's period, so it is posted once however many ticks or instances try."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from feedback.planning import backoff

from .models import DigestPost

# Longer than posting a digest takes, rate limiter waits included: a claim older than this was
# left by a crashed process, and the next tick takes it over.
POST_LEASE = timedelta(minutes=10)
_FIRST_RETRY, _LONGEST_RETRY = timedelta(minutes=1), timedelta(minutes=30)


async def claim(session: AsyncSession, period: str, slot_at: datetime, now: datetime,
                postgres: bool) -> int | None:
    """Hold `period` for posting: the messages already posted (go on from there), or None when
    it is posted, being posted, or waiting out a failure."""
    insert = (postgresql.insert if postgres else sqlite.insert)(DigestPost)
    first = await session.execute(
        insert.values(period=period, slot_at=slot_at, claimed_at=now, lease_until=now + POST_LEASE,
                      attempts=1, parts_done=0)
        .on_conflict_do_nothing(index_elements=[DigestPost.period])
        .returning(DigestPost.parts_done))
    parts = first.scalar_one_or_none()
    if parts is not None:
        return parts
    again = await session.execute(
        update(DigestPost)
        .where(DigestPost.period == period, DigestPost.posted_at.is_(None),
               or_(DigestPost.lease_until.is_(None), DigestPost.lease_until <= now))
        .values(claimed_at=now, lease_until=now + POST_LEASE, attempts=DigestPost.attempts + 1)
        .returning(DigestPost.parts_done)
        .execution_options(synchronize_session=False))
    return again.scalar_one_or_none()


async def part_posted(session: AsyncSession, period: str, parts_done: int, done: bool,
                      now: datetime) -> None:
    """`parts_done` messages are out; `done`: all of them."""
    values: dict[str, object] = {"parts_done": parts_done, "last_error": None}
    if done:
        values.update(posted_at=now, lease_until=None)
    await session.execute(update(DigestPost).where(DigestPost.period == period).values(**values))


async def failed(session: AsyncSession, period: str, error: str, now: datetime) -> datetime:
    """Posting failed: a later tick retries, each time waiting longer. Returns when."""
    post = await session.get(DigestPost, period, populate_existing=True)
    retry_at = now + backoff(post.attempts, _FIRST_RETRY, _LONGEST_RETRY)
    post.lease_until, post.last_error = retry_at, error[:200]
    await session.flush()
    return retry_at
