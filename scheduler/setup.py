"""The scheduler: a few periodic jobs with stable ids; no job per survey."""

from __future__ import annotations

import asyncio
from datetime import UTC, timedelta

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_SUBMITTED, JobEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.runtime import Runtime

from . import jobs
from .digest_trigger import JOB_ID, RETRY_INTERVAL, digest_trigger, remember

ALERTS_INTERVAL = timedelta(seconds=15)
EXPIRY_INTERVAL = timedelta(minutes=5)
CONFIG_INTERVAL = timedelta(seconds=30)
LOOP_INTERVAL = timedelta(minutes=1)  # escalations and reminders: a minute late is on time


def build_scheduler(rt: Runtime) -> AsyncIOScheduler:
    """An AsyncIOScheduler (not started) with dispatch, the alert outbox, expiry, escalation,
    reminders, config and the weekly digest."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    interval = rt.settings.dispatch_interval
    for job, every in ((jobs.dispatch, interval), (jobs.sync_alerts, min(interval, ALERTS_INTERVAL)),
                       (jobs.expire, max(interval, EXPIRY_INTERVAL)),
                       (jobs.escalate, max(interval, LOOP_INTERVAL)),
                       (jobs.remind, max(interval, LOOP_INTERVAL)),
                       (jobs.refresh_config, CONFIG_INTERVAL)):
        scheduler.add_job(job, "interval", seconds=every.total_seconds(), id=job.__name__,
                          kwargs={"rt": rt}, max_instances=1, coalesce=True,
                          misfire_grace_time=max(int(every.total_seconds()), 1))
    scheduler.add_job(jobs.digest, digest_trigger(rt.settings), id=JOB_ID, kwargs={"rt": rt},
                      max_instances=1, coalesce=True,
                      misfire_grace_time=int(RETRY_INTERVAL.total_seconds()))
    remember(rt, scheduler)
    return scheduler


class RunningJobs:
    """Counts jobs in flight, so shutdown can let a send finish instead of cancelling it
    half-way (a cancelled send may have reached Telegram without being recorded)."""

    def __init__(self, scheduler: AsyncIOScheduler) -> None:
        self.count = 0
        self.idle = asyncio.Event()
        self.idle.set()
        scheduler.add_listener(self._on_event, EVENT_JOB_SUBMITTED | EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)

    def _on_event(self, event: JobEvent) -> None:
        self.count += 1 if event.code == EVENT_JOB_SUBMITTED else -1
        if self.count <= 0:
            self.count = 0
            self.idle.set()
        else:
            self.idle.clear()

    async def drain(self, timeout: float) -> None:
        try:
            await asyncio.wait_for(self.idle.wait(), timeout)
        except TimeoutError:
            pass
