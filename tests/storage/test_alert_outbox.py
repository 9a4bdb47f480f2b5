"""The alert outbox in storage: answers raise, change and withdraw alerts; a failing sync backs off."""

from datetime import timedelta

from sqlalchemy import select

from storage import alerts
from storage.models import Alert

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
