"""The weekly digest: the report for the last 7 days and its chart, posted to the staff chat
once per period, however many ticks, restarts or instances try."""

from __future__ import annotations

import logging

from telegram.error import TelegramError

from feedback.digest import period_key
from feedback.periods import parse_period
from storage import digests

from .report_post import report_parts, send_part
from .runtime import Runtime

log = logging.getLogger("tzk.digest")
DIGEST_PERIOD = "7d"


async def post_digest(rt: Runtime) -> bool:
    """Post the digest due last, unless it is out already or another task holds it; True when
    this call finished posting it. A failure leaves it to a later tick."""
    settings, now = rt.settings, rt.now()
    slot = settings.digest.latest(now, settings.time_zone)
    if slot is None or settings.staff_chat_id is None:
        return False
    key = period_key(slot)
    async with rt.db.session() as session:
        done = await digests.claim(session, key, slot, now, rt.db.is_postgres)
        await session.commit()
    if done is None:
        return False
    # The digest reports the week up to when it was due, whenever it goes out.
    parts = await report_parts(rt, parse_period(DIGEST_PERIOD, slot, settings.time_zone),
                               title="digest_w_title")
    for position in range(done, len(parts)):
        try:
            await send_part(rt, settings.staff_chat_id, None, parts[position])
        except TelegramError as error:
            async with rt.db.session() as session:
                retry_at = await digests.failed(session, key, f"{type(error).__name__}: "
                                                f"{error.message}", rt.now())
                await session.commit()
            log.warning("digest %s: part %d of %d not posted (%s); retrying after %s", key,
                        position + 1, len(parts), type(error).__name__, f"{retry_at:%H:%M} UTC")
            return False
        async with rt.db.session() as session:
            await digests.part_posted(session, key, position + 1, position + 1 == len(parts), rt.now())
            await session.commit()
    log.info("digest %s posted", key)
    return True
