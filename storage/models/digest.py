"""Weekly digests posted to the staff chat: one row per period, so it goes out once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class DigestPost(Base):
    """Inserting the row claims the period; `lease_until` holds it while posting or backing off
    after a failure. `parts_done` counts the messages already out, so a retry goes on from there."""

    __tablename__ = "digests"

    period: Mapped[str] = mapped_column(String(32), primary_key=True)
    slot_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(default=0)
    parts_done: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
