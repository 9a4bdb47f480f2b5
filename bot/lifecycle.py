"""Starting and stopping the whole process: database, bot, polling and the scheduler."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from telegram import Update
from telegram.ext import Application

from scheduler.setup import RunningJobs, build_scheduler
from storage import meta

from .app import build_application
from .bootstrap import prepare_database
from .intake import USERNAME_KEY
from .menus import publish_menus
from .runtime import Runtime

if TYPE_CHECKING:
    from api.server import ApiServer

log = logging.getLogger("tzk")


@dataclass
class Running:
    app: Application
    scheduler: AsyncIOScheduler
    api: ApiServer | None = None  # the HTTP intake API, when API_TOKEN is set


@asynccontextmanager
async def running(rt: Runtime, poll_timeout: int = 10) -> AsyncIterator[Running]:
    """The bot polling, the scheduler ticking and the API (if enabled) serving, until the block
    exits."""
    await prepare_database(rt)
    app = build_application(rt)
    await app.initialize()
    rt.bot, rt.bot_username = app.bot, app.bot.username
    async with rt.db.session() as session:
        await meta.set_value(session, USERNAME_KEY, app.bot.username)
        await session.commit()
    await publish_menus(rt)
    scheduler = build_scheduler(rt)
    in_flight = RunningJobs(scheduler)
    await app.updater.start_polling(timeout=poll_timeout, allowed_updates=Update.ALL_TYPES)
    await app.start()
    scheduler.start()
    live = Running(app, scheduler)
    try:
        if rt.settings.api_token is not None:
            from api.server import ApiServer  # FastAPI is loaded only when the API is on

            live.api = await ApiServer(rt).start()
        log.info("ТЗК is running as @%s", app.bot.username)
        yield live
    finally:
        if live.api is not None:
            await live.api.stop()  # no new deliveries while the rest shuts down
        scheduler.pause()
        await in_flight.drain(timeout=30)
        scheduler.shutdown(wait=False)
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


async def serve(rt: Runtime) -> None:
    """Run until SIGINT or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with running(rt):
        await stop.wait()
    log.info("stopped")
