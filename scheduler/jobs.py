"""The periodic jobs. Each opens its own sessions, asks the rules, and hands messages to the bot;
running one twice, or twice at once, does nothing the second time."""

from __future__ import annotations

import logging
from datetime import timedelta

from aiolimiter import AsyncLimiter

from bot.alert_sync import sync_alert
from bot.config import refresh
from bot.digest import post_digest
from bot.runtime import Runtime
from bot.sending import Sent, send_survey
from storage import alerts, surveys

from .digest_trigger import follow_settings

log = logging.getLogger("tzk.jobs")


async def dispatch(rt: Runtime) -> int:
    """Claim the due surveys and send them within dispatch's share of the send budget."""
    settings = rt.settings
    batch = max(1, int(settings.dispatch_rate * settings.dispatch_interval.total_seconds()))
    async with rt.db.session() as session:
        claimed = await surveys.claim_due(session, rt.now(), batch, rt.db.is_postgres)
        await session.commit()
    limiter = _limiter(rt)
    sent = 0
    for position, survey_id in enumerate(claimed.survey_ids):
        async with limiter:
            result = await send_survey(rt, survey_id, claimed.token)
        sent += result.outcome is Sent.SENT
        if result.outcome is Sent.FLOOD:
            await _release(rt, claimed.token, claimed.survey_ids[position + 1:], result.retry_after)
            break
    if claimed.survey_ids:
        log.info("dispatch: %d claimed, %d sent", len(claimed.survey_ids), sent)
    return sent


async def sync_alerts(rt: Runtime) -> int:
    """Post or edit every ping the staff chat does not yet show as it is (the outbox)."""
    async with rt.db.session() as session:
        pending = await alerts.out_of_sync(session, rt.now())
    done = 0
    for alert_id in pending:
        done += await sync_alert(rt, alert_id)
    return done


async def expire(rt: Runtime) -> int:
    """Close the surveys whose time is up."""
    async with rt.db.session() as session:
        count = await surveys.expire_due(session, rt.now())
        await session.commit()
    if count:
        log.info("expired %d survey(s)", count)
    return count


async def refresh_config(rt: Runtime) -> None:
    """Take up settings another instance's admin changed in chat."""
    await refresh(rt)
    follow_settings(rt)


async def digest(rt: Runtime) -> bool:
    """Post the weekly digest that is due, once (see bot.digest)."""
    return await post_digest(rt)


def _limiter(rt: Runtime) -> AsyncLimiter:
    # One limiter per process, so overlapping ticks share dispatch's part of the budget.
    limiter = rt.extras.get("dispatch_limiter")
    if limiter is None:
        limiter = rt.extras["dispatch_limiter"] = AsyncLimiter(rt.settings.dispatch_rate, 1)
    return limiter


async def _release(rt: Runtime, token: str, survey_ids: list[int], wait: timedelta) -> None:
    due = rt.now() + wait
    async with rt.db.session() as session:
        for survey_id in survey_ids:
            await surveys.release(session, survey_id, token, due, "flood", count_attempt=False)
        await session.commit()
