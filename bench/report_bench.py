"""How long /report takes at 1 M answers, on SQLite and (given a URL) on PostgreSQL.

    python -m bench.report_bench [--answers 1000000] [--postgres postgresql://postgres@127.0.0.1:5432/test]

Builds a year of surveys (4 answers each: sales, logistics and quality 1–5, a sales NPS; a fifth
of the surveys unanswered; an alert for every low score) with bulk inserts, then times the
report's queries (both periods, every grouping, the chart's sums) for the last 30 days and for
the whole year, and drawing the chart. Prints figures; asserts nothing.
"""

from __future__ import annotations

import asyncio
import random
import secrets
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, text

from bot.bootstrap import prepare_database
from bot.report_build import build
from bot.report_chart import render_chart
from bot.runtime import Runtime
from bot.settings import Settings
from feedback.default_script import DEFAULT_SCRIPT
from feedback.periods import parse_period
from feedback.questions import Kind, Question
from storage import scripts
from storage.db import Database
from storage.models import Alert, Answer, Client, Delivery, Staff, Survey

from .support import on_each_database, parser, timed

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
DAYS = 365
CHUNK = 10_000
SCALE_WEIGHTS = (5, 7, 13, 35, 40)  # 1..5
NPS_WEIGHTS = (2, 1, 1, 2, 2, 3, 4, 8, 15, 25, 37)  # 0..10


def _chunks(rows: list[dict], size: int = CHUNK):
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


async def _fill(db: Database, answers: int, rng: random.Random) -> int:
    """Insert the data set; returns the number of answers stored."""
    started = time.perf_counter()
    rt = Runtime(Settings(_env_file=None, database_url=db.url), db, clock=lambda: NOW)
    await prepare_database(rt)
    questions = (*DEFAULT_SCRIPT[:3], Question("sales", Kind.NPS, "NPS?", "NPS?"))
    async with db.session() as session:
        script = await scripts.save_version(session, questions, NOW)
        await session.commit()
    plan = [(q.id, q.department_id, q.kind) for q in script.questions]
    answered = answers // len(plan)
    surveys = answered * 5 // 4
    staff = [{"id": i + 1, "name": f"Менеджер {i + 1}", "created_at": NOW} for i in range(20)]
    clients = [{"id": i + 1, "external_id": f"C-{i + 1}", "name": f"Клиент {i + 1}",
                "link_token": secrets.token_urlsafe(16), "status": "active", "created_at": NOW}
               for i in range(5000)]
    deliveries, survey_rows, answer_rows, alert_rows = [], [], [], []
    for n in range(1, surveys + 1):
        sent = NOW - timedelta(seconds=rng.randrange(DAYS * 86400))
        client = rng.randrange(len(clients)) + 1
        deliveries.append({"id": n, "client_id": client, "manager_id": rng.randrange(21) or None,
                           "delivered_at": sent - timedelta(days=3), "source": "bench",
                           "created_at": sent})
        survey_rows.append({"id": n, "delivery_id": n, "client_id": client, "script_id": script.id,
                            "state": "completed" if n <= answered else "sent", "due_at": sent,
                            "expires_at": sent + timedelta(days=7), "sent_at": sent,
                            "created_at": sent})
        if n > answered:
            continue
        at = sent + timedelta(minutes=rng.randrange(1, 600))
        for question, department, kind in plan:
            nps = kind == Kind.NPS.value
            score = rng.choices(range(11) if nps else range(1, 6),
                                NPS_WEIGHTS if nps else SCALE_WEIGHTS)[0]
            answer_rows.append({"survey_id": n, "question_id": question, "score": score,
                                "answered_at": at})
            if score <= (6 if nps else 3):
                taken = at + timedelta(minutes=rng.randrange(5, 600)) if rng.random() < 0.8 else None
                resolved = taken + timedelta(hours=rng.randrange(1, 72)) \
                    if taken and rng.random() < 0.7 else None
                alert_rows.append({"survey_id": n, "question_id": question,
                                   "department_id": department, "score": score,
                                   "status": "resolved" if resolved else "taken" if taken else "open",
                                   "created_at": at, "taken_at": taken, "resolved_at": resolved,
                                   "revision": 1, "synced_revision": 1})
    generated = time.perf_counter()
    for model, rows in ((Staff, staff), (Client, clients), (Delivery, deliveries),
                        (Survey, survey_rows), (Answer, answer_rows), (Alert, alert_rows)):
        async with db.engine.begin() as connection:  # Core executemany: no ORM bookkeeping
            for chunk in _chunks(rows):
                await connection.execute(insert(model.__table__), chunk)
    print(f"  generated in {generated - started:.1f} s, inserted in "
          f"{time.perf_counter() - generated:.1f} s")
    if db.is_postgres:  # what autovacuum does to a live database: statistics, visibility map
        async with db.engine.connect() as connection:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            await connection.execute(text("VACUUM ANALYZE"))
    return len(answer_rows)


async def bench(name: str, db: Database, answers: int) -> None:
    rng = random.Random(6)
    started = time.perf_counter()
    stored = await _fill(db, answers, rng)
    print(f"{name}: {stored:,} answers stored in {time.perf_counter() - started:.1f} s")
    rt = Runtime(Settings(_env_file=None, database_url=db.url), db, clock=lambda: NOW)
    tz = rt.settings.time_zone
    built = {}
    for label in ("30d", "365d"):
        period = parse_period(label, NOW, tz)

        async def report(period=period, label=label) -> None:
            built[label] = await build(rt, period)

        await timed(f"/report {label} (both periods, all sums)", report, runs=3)
    await timed("the chart's PNG", lambda: asyncio.to_thread(render_chart, built["30d"].chart, "ru"),
                runs=3)
    overall = built["365d"].report.overall.now
    print(f"  (365d: {overall.sent:,} surveys sent, average {overall.average}, "
          f"{overall.alerts:,} alerts)")


def main() -> None:
    command = parser(__doc__.splitlines()[0])
    command.add_argument("--answers", type=int, default=1_000_000)
    args = command.parse_args()
    asyncio.run(on_each_database(args.postgres, lambda name, db: bench(name, db, args.answers)))


if __name__ == "__main__":
    main()
