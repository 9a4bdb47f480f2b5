"""The periodic jobs. Each opens its own sessions, asks the rules, and hands messages to the bot;
running one twice, or twice at once, does nothing the second time."""

from __future__ import annotations

import logging
from datetime import timedelta

from aiolimiter import AsyncLimiter
from sqlalchemy.ext.asyncio import AsyncSession

from bot.alert_sync import sync_alert
from bot.cards import zone_named
from bot.config import refresh
from bot.digest import post_digest
from bot.escalation import escalate_alert
from bot.runtime import Runtime
from bot.sending import Sent, send_survey
from bot.survey_upkeep import close_buttons, send_reminder
from feedback.escalation import due_step, escalating
from feedback.reminders import should_remind
from feedback.throttling import decide
from storage import admins, alert_handling, alerts, reminders, surveys, throttling

from .digest_trigger import follow_settings

log = logging.getLogger("tzk.jobs")
# Surveys one reminder tick reads at most: more than the dispatch budget sends in its minute.
REMIND_BATCH = 2000


async def dispatch(rt: Runtime) -> int:
    """Claim the due surveys and send them within dispatch's share of the send budget."""
    settings = rt.settings
    batch = max(1, int(settings.dispatch_rate * settings.dispatch_interval.total_seconds()))
    async with rt.db.session() as session:
        await _throttle(rt, session)
        claimed = await surveys.claim_due(session, rt.now(), batch)
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
    """Close the surveys whose time is up, and take the buttons off their messages."""
    async with rt.db.session() as session:
        expired = await surveys.expire_due(session, rt.now())
        await session.commit()
    for survey in expired:
        if survey.message_id is not None:
            async with _limiter(rt):
                await close_buttons(rt, survey)
    if expired:
        log.info("expired %d survey(s)", len(expired))
    return len(expired)


async def escalate(rt: Runtime) -> int:
    """Raise again each alert nobody took within the wait (counted in working hours)."""
    settings, now = rt.settings, rt.now()
    if not escalating(settings.escalation_after, settings.escalation_limit):
        return 0
    async with rt.db.session() as session:
        waiting = await alert_handling.to_escalate(session, settings.escalation_limit)
        everyone = await admins.all_admins(session) if waiting else []
    made = 0
    for alert in waiting:
        step = due_step(alert.created_at, now, alert.escalations, settings.escalation_after,
                        settings.escalation_limit, settings.working_hours, settings.time_zone)
        if step is not None:
            made += await escalate_alert(rt, alert, step, everyone)
    return made


async def remind(rt: Runtime) -> int:
    """Remind the clients who have not answered, inside their send window."""
    settings, now = rt.settings, rt.now()
    if settings.reminder_count == 0:
        return 0  # reminders are off
    # Outside the installation's window only a client in a zone of their own may be in theirs.
    own_zone_only = not settings.send_window.contains(now, settings.time_zone)
    async with rt.db.session() as session:
        pending = await reminders.unanswered(session, now, settings.reminder_after,
                                             settings.reminder_count, REMIND_BATCH, own_zone_only)
    sent = 0
    for survey in pending:
        tz = zone_named(survey.time_zone, settings)
        if should_remind(survey.sent_at, survey.reminders, now, settings.reminder_after,
                         settings.reminder_count, settings.send_window, tz):
            async with _limiter(rt):
                sent += await send_reminder(rt, survey.survey_id, survey.reminders)
    if sent:
        log.info("reminded %d client(s)", sent)
    return sent


async def refresh_config(rt: Runtime) -> None:
    """Take up settings another instance's admin changed in chat."""
    await refresh(rt)
    follow_settings(rt)


async def digest(rt: Runtime) -> bool:
    """Post the weekly digest that is due, once (see bot.digest)."""
    return await post_digest(rt)


async def _throttle(rt: Runtime, session: AsyncSession) -> None:
    """Spare the clients surveyed recently, and make surveys due together one (the latest)."""
    days, now = rt.settings.throttle_days, rt.now()
    if days == 0:
        return
    due = await throttling.due(session, now)
    if not due:
        return
    last = await throttling.last_surveyed(session, sorted({d.client_id for d in due}))
    spared = await throttling.throttle(session, decide(due, last, now, timedelta(days=days)).throttle)
    if spared:
        log.info("throttled %d survey(s)", spared)


def _limiter(rt: Runtime) -> AsyncLimiter:
    # One limiter per process, so overlapping ticks share dispatch's part of the budget (bulk
    # work for clients, reminders and closed buttons, takes its share from the same one).
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
