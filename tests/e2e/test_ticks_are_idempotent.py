"""Every time-based job, run twice at once and then once more, does its work exactly once: the
second and third runs change nothing in the database and send nothing."""

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from storage.models import Base

from .steps import answer, linked_client, pings_recorded, shows, surveyed_client

WRITES = {"sendMessage", "editMessageText", "editMessageReplyMarkup"}


async def _due_surveys(tzk):
    await linked_client(tzk, client_id="C-1", first_name="Ирина")
    await linked_client(tzk, client_id="C-2", first_name="Борис")
    await tzk.deliver("C-3", at=tzk.clock() - timedelta(days=1))  # Вера linked after two
    await linked_client(tzk, client_id="C-3", first_name="Вера")  # deliveries: one is throttled
    tzk.clock.advance(days=3, minutes=1)
    return 3


async def _unsynced_ping(tzk):
    irina, _ = await surveyed_client(tzk)
    await tzk.sb.fault(method="sendMessage", chat_id=tzk.staff.id, status=502)
    await answer(tzk, irina, "1")
    await pings_recorded(tzk)
    tzk.clock.advance(minutes=1)
    return 1


async def _survey_to_expire(tzk):
    await surveyed_client(tzk)
    tzk.clock.advance(days=7, minutes=1)
    return 1


async def _alert_to_escalate(tzk):
    irina, _ = await surveyed_client(tzk)
    await answer(tzk, irina, "1")
    await shows(tzk, tzk.staff.id, "Низкая оценка")
    await pings_recorded(tzk)
    tzk.clock.advance(hours=4, minutes=1)
    return 2  # the escalation message, and the ping edited to show it


async def _client_to_remind(tzk):
    await surveyed_client(tzk)
    tzk.clock.advance(days=1, minutes=1)
    return 1


WORK = {"dispatch": _due_surveys, "sync_alerts": _unsynced_ping, "expire": _survey_to_expire,
        "escalate": _alert_to_escalate, "remind": _client_to_remind}


async def _state(tzk):
    async with tzk.rt.db.session() as session:
        return {table.name: sorted(map(tuple, (await session.execute(select(table))).all()), key=repr)
                for table in Base.metadata.sorted_tables}


async def _writes(tzk, after):
    return [c for c in await tzk.sb.calls(after=after) if c.method in WRITES]


@pytest.mark.parametrize("name", sorted(WORK))
async def test_a_tick_twice_at_once_and_again_does_the_work_once(tzk, name):
    expected = await WORK[name](tzk)
    await tzk.sb.idle()
    before = max((c.seq for c in await tzk.sb.calls()), default=0)
    job = tzk.live.scheduler.get_job(name)

    await asyncio.gather(job.func(**job.kwargs), job.func(**job.kwargs))
    await tzk.sb.idle()
    done, state = await _writes(tzk, before), await _state(tzk)
    await job.func(**job.kwargs)
    await tzk.sb.idle()

    assert len([c for c in done if c.ok]) == expected, [(c.method, c.params.get("text")) for c in done]
    assert await _writes(tzk, before) == done
    assert await _state(tzk) == state
