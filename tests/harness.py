"""The product as the end-to-end tests drive it: the real app polling the sandbox over HTTP,
the scheduler's jobs run when the test moves the clock, people played through the sandbox."""

from __future__ import annotations

from contextlib import AsyncExitStack
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.intake import add_delivery
from bot.lifecycle import Running, running
from bot.runtime import Runtime
from bot.settings import Settings
from feedback.intake import DeliveryIn
from storage.intake import Recorded
from storage.models import Alert, Answer, Base, Survey

from .support import MovableClock, TestDatabases

JOBS = ("dispatch", "sync_alerts", "expire", "escalate", "remind", "digest")


class Tzk:
    """One test's installation of ТЗК, with its staff and a clock the test moves."""

    def __init__(self, sb: Any, api_url: str, databases: TestDatabases, folder: Path,
                 clock: MovableClock) -> None:
        self.sb, self.api_url, self.databases, self.folder, self.clock = sb, api_url, databases, folder, clock
        self.overrides: dict[str, Any] = {}
        self.rt: Runtime | None = None
        self.live: Running | None = None
        self._stack: AsyncExitStack | None = None

    async def setup_people(self) -> None:
        """The staff group with the three heads and an admin, the bot an admin there."""
        self.admin = await self.sb.user("Ольга", last_name="Админова", username="olga_admin")
        self.heads = {
            "sales": await self.sb.user("Сергей", last_name="Продажин"),
            "logistics": await self.sb.user("Пётр", last_name="Логистов", username="petr_log"),
            "quality": await self.sb.user("Ксения", last_name="Качество"),
        }
        members = [self.admin.id] + [h.id for h in self.heads.values()]
        self.staff = await self.sb.group("ТЗК: руководители", members=members, admin=True)

    def settings(self) -> Settings:
        values: dict[str, Any] = dict(
            bot_token=self.sb.token,
            telegram_api_url=self.api_url,
            database_url=self.databases.url_for(self.folder),
            staff_chat_id=self.staff.id,
            admin_ids=[self.admin.id],
            department_heads={code: user.id for code, user in self.heads.items()},
            dispatch_interval="1h",  # the test runs the jobs itself, with the clock it moved
            digest="off",  # likewise: a digest test turns it on and ticks "digest"
        )
        values.update(self.overrides)
        return Settings(_env_file=None, **values)

    async def start(self, **overrides: Any) -> Tzk:
        self.overrides.update(overrides)
        db = self.databases.database_for(self.folder)
        self.rt = Runtime(settings=self.settings(), db=db, clock=self.clock)
        self._stack = AsyncExitStack()
        self.live = await self._stack.enter_async_context(running(self.rt, poll_timeout=1))
        return self

    async def stop(self) -> None:
        if self._stack:
            await self._stack.aclose()
            await self.rt.db.dispose()
            self._stack = None

    async def restart(self, **overrides: Any) -> None:
        await self.stop()
        await self.start(**overrides)

    async def tick(self, *names: str) -> dict[str, Any]:
        """Run the scheduler's registered jobs now (as the scheduler would), in order."""
        results = {}
        for name in names or JOBS:
            job = self.live.scheduler.get_job(name)
            results[name] = await job.func(**job.kwargs)
        return results

    async def deliver(self, client_id: str = "C-1", name: str = "ООО «Ромашка»",
                      at: datetime | None = None, **fields: Any) -> Recorded:
        """Record a delivery as an admin would (delivered now unless `at`)."""
        data = DeliveryIn(client_id=client_id, client_name=name,
                          delivered_at=at or self.clock(), **fields)
        return await add_delivery(self.rt, data, source="test")

    async def count(self, model: type, *where: Any) -> int:
        async with self.rt.db.session() as session:
            return await session.scalar(select(func.count()).select_from(model).where(*where))

    async def row_counts(self) -> dict[str, int]:
        """How many rows each table holds: a refused request must leave every count as it was."""
        async with self.rt.db.session() as session:
            return {table.name: await session.scalar(select(func.count()).select_from(table))
                    for table in Base.metadata.sorted_tables}

    async def survey(self, survey_id: int) -> Survey:
        async with self.rt.db.session() as session:
            return await session.get(Survey, survey_id)

    async def answers(self, survey_id: int) -> list[Answer]:
        async with self.rt.db.session() as session:
            rows = await session.scalars(select(Answer).where(Answer.survey_id == survey_id))
            return list(rows.all())

    async def alerts(self) -> list[Alert]:
        async with self.rt.db.session() as session:
            return list((await session.scalars(select(Alert).order_by(Alert.id))).all())
