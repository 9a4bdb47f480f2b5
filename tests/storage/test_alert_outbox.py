"""The alert outbox in storage: answers raise, change and withdraw alerts; a failing sync backs off."""

from datetime import timedelta

from sqlalchemy import select

from storage import alerts
from storage.models import Alert, AlertKind, AlertStatus, Survey

from ..report_data import seed
from ..support import START
from .test_storage import _ready


async def test_a_sync_failing_for_days_backs_off_half_an_hour_each_time(db):
    await _ready(db)
    await seed(db)
    async with db.session() as session:
        alert_id = await session.scalar(select(Alert.id).order_by(Alert.id).limit(1))
        (await alerts.get(session, alert_id)).attempts = 200  # the staff chat gone for days
        await alerts.back_off(session, alert_id, START)
        await session.commit()
    async with db.session() as session:
        alert = await alerts.get(session, alert_id)
    assert (alert.attempts, alert.retry_at) == (201, START + timedelta(minutes=30))


async def test_an_answer_raises_keeps_withdraws_and_raises_again_its_alert(db):
    await _ready(db)
    ids = await seed(db)  # S4 went unanswered: no alert yet
    async with db.session() as session:
        survey = await session.get(Survey, ids["S4"])
        question = survey.script.questions[1]
        ask = (ids["S4"], question.id, question.department_id)

        first = await alerts.on_answer(session, *ask, 2, AlertKind.LOW, START)
        raised = await alerts.get(session, first)
        assert (raised.kind, raised.status, raised.revision, raised.created_at) == \
            (AlertKind.LOW, AlertStatus.OPEN, 1, START)
        raised.status, raised.taken_by = AlertStatus.TAKEN, 7  # a head took it
        later = START + timedelta(minutes=5)
        assert await alerts.on_answer(session, *ask, 1, AlertKind.LOW, later) == first
        assert (raised.status, raised.taken_by, raised.score, raised.revision) == \
            (AlertStatus.TAKEN, 7, 1, 2)  # a changed low score keeps the handling
        assert await alerts.on_answer(session, *ask, 5, None, later) == first
        assert (raised.status, raised.revision) == (AlertStatus.WITHDRAWN, 3)
        assert await alerts.on_answer(session, *ask, 5, None, later) is None  # nothing new
        assert await alerts.on_answer(session, *ask, 2, AlertKind.LOW, later) == first
        assert (raised.status, raised.taken_by, raised.created_at, raised.revision) == \
            (AlertStatus.OPEN, None, later, 4)  # raised anew: it waits from now
        await session.commit()
