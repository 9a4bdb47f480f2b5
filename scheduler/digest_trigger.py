"""When the digest job wakes: at the digest's day and time, and every few minutes after, so a
digest that failed, or was due while no instance ran, goes out at a later tick."""

from __future__ import annotations

from datetime import UTC, timedelta

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.combining import OrTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.runtime import Runtime
from bot.settings import Settings
from feedback.digest import WEEKDAYS

JOB_ID = "digest"
RETRY_INTERVAL = timedelta(minutes=10)
_PLANNED = "digest_planned"  # rt.extras: the (schedule, zone) the job's trigger was built for


def digest_trigger(settings: Settings) -> BaseTrigger:
    retry = IntervalTrigger(seconds=RETRY_INTERVAL.total_seconds(), timezone=UTC)
    schedule = settings.digest
    if not schedule.enabled:
        return retry  # the job finds nothing to do while the digest is off
    on_time = CronTrigger(day_of_week=WEEKDAYS[schedule.weekday], hour=schedule.at.hour,
                          minute=schedule.at.minute, timezone=settings.time_zone)
    return OrTrigger([on_time, retry])


def planned(rt: Runtime) -> tuple[object, object]:
    return rt.settings.digest, rt.settings.time_zone


def remember(rt: Runtime, scheduler: BaseScheduler) -> None:
    rt.extras["scheduler"], rt.extras[_PLANNED] = scheduler, planned(rt)


def follow_settings(rt: Runtime) -> None:
    """Move the job's trigger to the digest's time as it is now set (changed in chat)."""
    scheduler = rt.extras.get("scheduler")
    if scheduler is None or rt.extras.get(_PLANNED) == planned(rt):
        return
    scheduler.reschedule_job(JOB_ID, trigger=digest_trigger(rt.settings))
    rt.extras[_PLANNED] = planned(rt)
