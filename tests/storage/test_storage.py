"""Storage on SQLite and PostgreSQL: claims are exclusive, intake is idempotent, time is UTC."""

import asyncio
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select

from bot.bootstrap import prepare_database
from bot.runtime import Runtime
from bot.settings import Settings
from feedback.intake import DeliveryIn
from feedback.states import SurveyState
from storage import clients, surveys
from storage.intake import Plan, record_delivery
from storage.models import ClientStatus, Delivery, Survey

from ..support import START


def _plan(expires_at):
    return lambda _zone: Plan(START, expires_at)


async def _ready(db, count=0):
    rt = Runtime(settings=Settings(_env_file=None), db=db, clock=lambda: START)
    await prepare_database(rt)
    async with db.session() as session:
        for n in range(count):
            recorded = await record_delivery(
                session, DeliveryIn(delivery_id=f"D-{n}", client_id=f"C-{n}", client_name=f"Клиент {n}",
                                    delivered_at=START), _plan(START + timedelta(days=7)), START, "test")
            clients.link(recorded.client, 1000 + n, "ru", START)
        await session.commit()
    return rt


async def test_two_claims_at_once_never_share_a_survey(db):
    await _ready(db, count=20)

    async def claim():
        async with db.session() as session:
            claimed = await surveys.claim_due(session, START, 15)
            await session.commit()
            return claimed.survey_ids

    first, second = await asyncio.gather(claim(), claim())
    assert not set(first) & set(second)
    assert len(first) + len(second) == 20


async def test_a_stale_claim_is_taken_again_but_a_fresh_one_is_not(db):
    await _ready(db, count=1)
    async with db.session() as session:
        assert len((await surveys.claim_due(session, START, 10)).survey_ids) == 1
        await session.commit()
    async with db.session() as session:
        assert (await surveys.claim_due(session, START + timedelta(minutes=1), 10)).survey_ids == []
        again = await surveys.claim_due(session, START + timedelta(minutes=6), 10)
        assert len(again.survey_ids) == 1


async def test_only_active_clients_surveys_are_claimed(db):
    await _ready(db, count=2)
    async with db.session() as session:
        await clients.set_chat_status(session, 1000, ClientStatus.OPTED_OUT)
        claimed = await surveys.claim_due(session, START, 10)
        await session.commit()
    assert len(claimed.survey_ids) == 1


async def test_recording_the_same_delivery_twice_creates_nothing_new(db):
    await _ready(db)
    data = DeliveryIn(delivery_id="D-1", client_id="C-1", client_name="ООО «Ромашка»", delivered_at=START)
    plan = _plan(START + timedelta(days=7))
    async with db.session() as session:
        first = await record_delivery(session, data, plan, START, "test")
        await session.commit()
    async with db.session() as session:
        again = await record_delivery(session, data, plan, START, "test")
        count = len((await session.scalars(select(Survey))).all())
    assert first.created and not again.created
    assert again.survey.id == first.survey.id and count == 1


async def test_times_come_back_aware_and_in_utc(db):
    await _ready(db)
    moscow = datetime(2026, 12, 1, 18, 0, tzinfo=timezone(timedelta(hours=3)))
    data = DeliveryIn(delivery_id="D-1", client_id="C-1", client_name="X", delivered_at=moscow)
    async with db.session() as session:
        recorded = await record_delivery(session, data, _plan(START), START, "test")
        await session.commit()
    async with db.session() as session:
        survey = await session.get(Survey, recorded.survey.id)
        assert survey.delivery.delivered_at == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
        assert survey.delivery.delivered_at.tzinfo is UTC
        assert survey.state == SurveyState.SCHEDULED


async def test_an_unfinished_unit_of_work_leaves_nothing_behind(db):
    await _ready(db)
    data = DeliveryIn(delivery_id="D-1", client_id="C-1", client_name="X", delivered_at=START)
    async with db.session() as session:
        await record_delivery(session, data, _plan(START), START, "test")
        # no commit: the unit of work rolls back
    async with db.session() as session:
        assert (await session.scalars(select(Survey))).all() == []


async def test_a_claim_abandoned_past_the_surveys_expiry_is_never_sent_but_expired(db):
    await _ready(db, count=1)  # expires a week after START
    async with db.session() as session:
        assert len((await surveys.claim_due(session, START, 10)).survey_ids) == 1
        await session.commit()  # and the tick crashes before it sends
    later = START + timedelta(days=7, minutes=1)
    async with db.session() as session:
        assert (await surveys.claim_due(session, later, 10)).survey_ids == []
        expired = await surveys.expire_due(session, later)
        await session.commit()
    assert len(expired) == 1 and expired[0].message_id is None


async def test_a_send_in_flight_is_not_expired_under_it(db):
    await _ready(db, count=1)
    expiry = START + timedelta(days=7)
    async with db.session() as session:  # claimed a minute before the survey expires
        claimed = await surveys.claim_due(session, expiry - timedelta(minutes=1), 10)
        await session.commit()
    async with db.session() as session:
        assert await surveys.expire_due(session, expiry + timedelta(minutes=1)) == []
        await session.commit()
    async with db.session() as session:  # the claim outlived its lease: the tick is gone
        gone = await surveys.expire_due(session, expiry + timedelta(minutes=5))
        await session.commit()
    assert [e.survey_id for e in gone] == claimed.survey_ids


async def test_a_delivery_is_known_by_the_same_reference_in_python_and_in_sql(db):
    await _ready(db, count=1)
    async with db.session() as session:
        client_id = (await session.scalars(select(Survey.client_id))).first()
        for order_ref, external_id in (("4711", "D-a"), (None, "D-b"), ("", "D-c"), (None, None)):
            session.add(Delivery(client_id=client_id, order_ref=order_ref, external_id=external_id,
                                 delivered_at=START, source="test", created_at=START))
        await session.commit()
    async with db.session() as session:
        rows = (await session.execute(select(Delivery, Delivery.reference).order_by(Delivery.id))).all()
    assert [in_sql for _, in_sql in rows] == [d.reference for d, _ in rows] == \
        ["D-0", "4711", "D-b", "D-c", f"№{rows[-1][0].id}"]
