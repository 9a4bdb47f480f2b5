"""How long the closing-the-loop ticks take to decide, on a backlog: the throttling pass that runs
inside dispatch's claim, the reminder scan and the escalation scan (no Telegram: the database
work and the rules only).

    python -m bench.loop_ticks [--clients 5000] [--postgres postgresql://postgres@127.0.0.1/test]

Each client has one survey sent two days ago and still unanswered (a reminder candidate), one
delivery whose survey is due now (throttled: the client was surveyed two days ago), and every
fourth client an open low-score alert nobody took for a day (an escalation candidate).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.bootstrap import prepare_database
from bot.runtime import Runtime
from bot.settings import Settings
from feedback.escalation import due_step
from feedback.reminders import should_remind
from feedback.states import SurveyState
from feedback.throttling import decide
from scheduler.jobs import REMIND_BATCH
from storage import alert_handling, reminders, scripts, throttling
from storage.db import Database
from storage.models import Alert, AlertStatus, Client, ClientStatus, Delivery, Department, Survey

from .support import on_each_database, parser, timed

NOW = datetime(2026, 12, 9, 9, 0, tzinfo=UTC)  # Wednesday 12:00 in Moscow


async def _fill(db: Database, count: int) -> None:
    async with db.session() as session:
        script = await scripts.current_script(session)
        department = await session.scalar(select(Department).limit(1))
        question = script.questions[0]
        for n in range(count):
            client = Client(external_id=f"C-{n}", name=f"Клиент {n}", link_token=f"t{n}",
                            chat_id=10_000 + n, status=ClientStatus.ACTIVE, created_at=NOW)
            old = Delivery(client=client, delivered_at=NOW - timedelta(days=5), source="bench",
                           created_at=NOW)
            new = Delivery(client=client, delivered_at=NOW - timedelta(days=3), source="bench",
                           created_at=NOW)
            sent = Survey(delivery=old, client=client, script_id=script.id, state=SurveyState.SENT,
                          due_at=NOW - timedelta(days=2), expires_at=NOW + timedelta(days=5),
                          sent_at=NOW - timedelta(days=2), chat_id=client.chat_id, message_id=1,
                          created_at=NOW)
            due = Survey(delivery=new, client=client, script_id=script.id,
                         state=SurveyState.SCHEDULED, due_at=NOW,
                         expires_at=NOW + timedelta(days=7), created_at=NOW)
            session.add_all([client, old, new, sent, due])
            if n % 4 == 0:
                session.add(Alert(survey=sent, question_id=question.id,
                                  department_id=department.id, score=1, status=AlertStatus.OPEN,
                                  chat_id=-1, message_id=n + 1, revision=1, synced_revision=1,
                                  created_at=NOW - timedelta(days=1)))
        await session.commit()


async def run(name: str, db: Database, clients: int) -> None:
    rt = Runtime(settings=Settings(_env_file=None, database_url=db.url), db=db, clock=lambda: NOW)
    await prepare_database(rt)
    await _fill(db, clients)
    settings = rt.settings

    async def throttle_pass() -> str:
        async with db.session() as session:  # rolled back: the figure, not the effect
            due = await throttling.due(session, NOW)
            last = await throttling.last_surveyed(session, sorted({d.client_id for d in due}))
            decision = decide(due, last, NOW, timedelta(days=14))
            spared = await throttling.throttle(session, decision.throttle)
        return f"{len(due)} due, {spared} throttled"

    async def reminder_scan() -> str:
        async with db.session() as session:
            rows = await reminders.unanswered(session, NOW, settings.reminder_after, 1, REMIND_BATCH)
        due = [r for r in rows if should_remind(r.sent_at, r.reminders, NOW,
                                                settings.reminder_after, 1, settings.send_window,
                                                settings.time_zone)]
        return f"{len(rows)} unanswered, {len(due)} to remind"

    async def escalation_scan() -> str:
        async with db.session() as session:
            waiting = await alert_handling.to_escalate(session, settings.escalation_limit)
        due = [a for a in waiting if due_step(a.created_at, NOW, a.escalations,
                                               settings.escalation_after, settings.escalation_limit,
                                               settings.working_hours, settings.time_zone)]
        return f"{len(waiting)} open, {len(due)} to escalate"

    print(f"{name}: {clients} clients")
    await timed("throttling pass (inside dispatch's claim)", throttle_pass)
    await timed("reminder scan and decisions", reminder_scan)
    await timed("escalation scan and decisions", escalation_scan)


def main() -> None:
    command = parser(__doc__.splitlines()[0])
    command.add_argument("--clients", type=int, default=5000)
    args = command.parse_args()
    asyncio.run(on_each_database(args.postgres, lambda name, db: run(name, db, args.clients)))


if __name__ == "__main__":
    main()
