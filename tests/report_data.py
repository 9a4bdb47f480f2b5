"""A small data set for the reports, every figure of it worked out by hand below.

The clock stands at START (2026-12-04 09:00 UTC). "7d" is [27.11 09:00, 04.12 09:00); the period
before is [20.11 09:00, 27.11 09:00). Script v2 asks sales 1–5, logistics 1–5, quality 1–5 and a
sales NPS 0–10; v1 (the default) has a sales choice instead of the NPS. Thresholds are 3.

This period (sent · answers · alerts, minutes from the alert to taken / resolved):
  S1 Анна  28.11  5 2 4 NPS 10   logistics resolved (30 / 120), quality withdrawn
  S2 Анна  29.11  4 3 5 NPS 6    logistics taken (90 / —), sales NPS open
  S3 Борис 30.11  2 5 5 NPS 9    sales resolved (10 / 240)
  S4 Борис 01.12  not answered
  S5 none  02.12  v1: sales 5, "buying again: yes" (a lead: never counted as an alert)
  S6 Анна  01.12  an admin's preview, all 1s: never counted
The period before:
  P1 Анна  21.11  4 4 4 NPS 8
  P2 Борис 22.11  3 1 5 NPS 10   logistics resolved (20 / 60), sales open
  P3 Анна  23.11  not answered
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from feedback.default_script import DEFAULT_SCRIPT
from feedback.questions import Kind, Question
from feedback.states import SurveyState
from storage import scripts
from storage.models import Alert, AlertKind, AlertStatus, Answer, Client, Delivery, Script, Staff, Survey

from .support import START

NPS_SCRIPT = (*DEFAULT_SCRIPT[:3], Question("sales", Kind.NPS, "Порекомендуете ли вы нас?",
                                            "Would you recommend us?"))

# name, manager, sent on (month, day), script version, answers by position, preview
SURVEYS = (
    ("S1", "Анна Смирнова", (11, 28), 2, (5, 2, 4, 10), False),
    ("S2", "Анна Смирнова", (11, 29), 2, (4, 3, 5, 6), False),
    ("S3", "Борис Петров", (11, 30), 2, (2, 5, 5, 9), False),
    ("S4", "Борис Петров", (12, 1), 2, (), False),
    ("S5", None, (12, 2), 1, (5, None, None, "yes"), False),
    ("S6", "Анна Смирнова", (12, 1), 2, (1, 1, 1, 0), True),
    ("P1", "Анна Смирнова", (11, 21), 2, (4, 4, 4, 8), False),
    ("P2", "Борис Петров", (11, 22), 2, (3, 1, 5, 10), False),
    ("P3", "Анна Смирнова", (11, 23), 2, (), False),
)
# survey, question position, status, minutes to taken, minutes to resolved
ALERTS = (
    ("S1", 1, AlertStatus.RESOLVED, 30, 120),
    ("S1", 2, AlertStatus.WITHDRAWN, None, None),
    ("S2", 1, AlertStatus.TAKEN, 90, None),
    ("S2", 3, AlertStatus.OPEN, None, None),
    ("S3", 0, AlertStatus.RESOLVED, 10, 240),
    ("P2", 1, AlertStatus.RESOLVED, 20, 60),
    ("P2", 0, AlertStatus.OPEN, None, None),
)
COMMENTS = {("S1", 1): "Водитель опоздал на три часа", ("S2", 1): "=1+1 и снова опоздали"}


def sent_at(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 7, 0, tzinfo=UTC)  # 10:00 in Moscow


def answered_at(month: int, day: int) -> datetime:
    return sent_at(month, day) + timedelta(hours=1)


async def seed(db) -> dict[str, int]:
    """Store the data set (on a prepared database); survey name → id."""
    async with db.session() as session:
        v1 = await scripts.current_script(session)
        v2 = await scripts.save_version(session, NPS_SCRIPT, START)
        versions = {1: v1, 2: v2}
        staff: dict[str, Staff] = {}
        ids: dict[str, int] = {}
        for number, (name, manager, (month, day), version, values, preview) in enumerate(SURVEYS):
            if manager and manager not in staff:
                staff[manager] = Staff(name=manager, created_at=START)
                session.add(staff[manager])
                await session.flush()
            script: Script = versions[version]
            client = Client(external_id=f"C-{name}", name=f"ООО «Клиент {name}»",
                            link_token=f"token-{name}", chat_id=5000 + number, status="active",
                            created_at=START)
            session.add(client)
            await session.flush()
            delivery = Delivery(external_id=f"D-{name}", client_id=client.id,
                                manager_id=staff[manager].id if manager else None,
                                delivered_at=sent_at(month, day) - timedelta(days=3),
                                source="test", created_at=START)
            session.add(delivery)
            await session.flush()
            survey = Survey(delivery_id=delivery.id, client_id=client.id, script_id=script.id,
                            state=SurveyState.COMPLETED if values else SurveyState.SENT,
                            due_at=sent_at(month, day), expires_at=sent_at(month, day) + timedelta(days=7),
                            sent_at=sent_at(month, day), chat_id=client.chat_id, preview=preview,
                            created_at=START)
            session.add(survey)
            await session.flush()
            ids[name] = survey.id
            for position, value in enumerate(values):
                if value is None:
                    continue
                session.add(Answer(survey_id=survey.id, question_id=script.questions[position].id,
                                   score=value if isinstance(value, int) else None,
                                   choice=value if isinstance(value, str) else None,
                                   comment=COMMENTS.get((name, position)),
                                   answered_at=answered_at(month, day)))
        await session.flush()
        for name, position, status, taken, resolved in ALERTS:
            survey = await session.get(Survey, ids[name])
            question = versions[2].questions[position]
            created = answered_at(*next(s[2] for s in SURVEYS if s[0] == name))
            session.add(Alert(
                survey_id=survey.id, question_id=question.id, department_id=question.department_id,
                status=status, created_at=created, revision=1, synced_revision=1,
                taken_at=created + timedelta(minutes=taken) if taken is not None else None,
                resolved_at=created + timedelta(minutes=resolved) if resolved is not None else None))
        lead_question = versions[1].questions[3]
        session.add(Alert(survey_id=ids["S5"], question_id=lead_question.id, kind=AlertKind.LEAD,
                          department_id=lead_question.department_id, status=AlertStatus.OPEN,
                          created_at=answered_at(12, 2), revision=1, synced_revision=1))
        await session.commit()
    return ids
