"""An alert nobody takes is raised again to the head and the admins, counted in working hours."""

import asyncio
from datetime import timedelta

from storage.models import Alert

from .steps import answer, linked_client, pings_recorded, shows, surveyed_client

# surveyed_client leaves the clock at Monday 2026-12-07 12:01 in Moscow; working hours are
# 09:00–18:00 Monday to Friday unless a test says otherwise.


async def low_score(tzk):
    irina, _ = await surveyed_client(tzk)
    await answer(tzk, irina, "5", "2")
    ping = await shows(tzk, tzk.staff.id, "Низкая оценка")
    await pings_recorded(tzk)
    return ping


async def escalations(tzk):
    return [m for m in await tzk.sb.messages(tzk.staff.id) if "ждёт уже" in (m.text or "")]


async def test_an_alert_nobody_took_is_escalated_after_four_working_hours_and_not_before(tzk):
    ping = await low_score(tzk)
    tzk.clock.advance(hours=3, minutes=58)
    await tzk.tick("escalate")
    assert await escalations(tzk) == []

    tzk.clock.advance(minutes=3)
    await tzk.tick("escalate")

    message = await shows(tzk, tzk.staff.id, "ждёт уже")
    assert message.raw["reply_to_message_id"] == ping.message_id
    assert "4 ч" in message.text and "никто не взял" in message.text
    assert set(message.notified_user_ids) == {tzk.heads["logistics"].id, tzk.admin.id}
    edited = await shows(tzk, tzk.staff.id, "Эскалаций: 1")
    assert edited.message_id == ping.message_id
    (alert,) = await tzk.alerts()
    assert alert.escalations == 1

    await tzk.tick("escalate")
    assert len(await escalations(tzk)) == 1


async def test_evenings_nights_and_weekends_do_not_count(tzk):
    tzk.clock.advance(hours=5)  # delivered on Friday at 17:00: the survey goes out Monday 17:01
    irina, _ = await surveyed_client(tzk)
    await answer(tzk, irina, "1")
    await shows(tzk, tzk.staff.id, "Низкая оценка")
    await pings_recorded(tzk)

    tzk.clock.advance(hours=5)  # 22:01: five hours later, one of them working
    await tzk.tick("escalate")
    tzk.clock.advance(hours=13)  # Tuesday 11:01: three working hours
    await tzk.tick("escalate")
    assert await escalations(tzk) == []

    tzk.clock.advance(hours=1)  # Tuesday 12:01: four
    await tzk.tick("escalate")
    message = await shows(tzk, tzk.staff.id, "ждёт уже")
    assert "19 ч" in message.text and "рабочего времени — 4 ч" in message.text


async def test_a_weekend_does_not_count(tzk):
    tzk.clock.advance(hours=4)  # Friday 16:00; the delivery was three days ago
    irina, _ = await linked_client(tzk, at=tzk.clock() - timedelta(days=3))
    await tzk.tick("dispatch")
    await shows(tzk, irina.id, "Вопрос 1 из 4")
    await answer(tzk, irina, "1")
    await shows(tzk, tzk.staff.id, "Низкая оценка")
    await pings_recorded(tzk)

    tzk.clock.advance(days=2, hours=18, minutes=59)  # Monday 10:59: 3 h 59 min of working time
    await tzk.tick("escalate")
    assert await escalations(tzk) == []
    tzk.clock.advance(minutes=2)
    await tzk.tick("escalate")
    message = await shows(tzk, tzk.staff.id, "ждёт уже")
    assert "2 дн 19 ч" in message.text


async def test_no_escalation_outside_working_hours_even_when_it_is_overdue(tzk):
    await low_score(tzk)
    tzk.clock.advance(hours=8)  # Monday 20:01: 6 working hours, but the office is closed
    await tzk.tick("escalate")
    assert await escalations(tzk) == []
    tzk.clock.advance(hours=13)  # Tuesday 09:01
    await tzk.tick("escalate")
    await shows(tzk, tzk.staff.id, "ждёт уже")


async def test_a_taken_alert_is_not_escalated(tzk):
    await low_score(tzk)
    await tzk.sb.tap(tzk.heads["logistics"].id, "Взять в работу", chat_id=tzk.staff.id)
    await shows(tzk, tzk.staff.id, "В работе")
    tzk.clock.advance(hours=5)
    await tzk.tick("escalate")
    assert await escalations(tzk) == []


async def test_each_step_once_up_to_the_limit(tzk):
    await tzk.restart(escalation_limit=2, working_hours="mon-sun 00:00-24:00")
    await low_score(tzk)
    for _ in range(4):
        tzk.clock.advance(hours=4)
        await tzk.tick("escalate")
        await tzk.tick("escalate")
    await tzk.sb.idle()
    assert len(await escalations(tzk)) == 2
    assert (await tzk.alerts())[0].escalations == 2


async def test_two_ticks_at_once_escalate_once(tzk):
    await low_score(tzk)
    tzk.clock.advance(hours=4, minutes=1)
    job = tzk.live.scheduler.get_job("escalate")
    await asyncio.gather(job.func(**job.kwargs), job.func(**job.kwargs))
    await tzk.sb.idle()
    assert len(await escalations(tzk)) == 1
    assert await tzk.count(Alert, Alert.escalations == 1) == 1


async def test_a_failed_escalation_is_made_on_the_next_tick(tzk):
    await low_score(tzk)
    tzk.clock.advance(hours=4, minutes=1)
    await tzk.sb.fault(method="sendMessage", chat_id=tzk.staff.id, status=502)
    await tzk.tick("escalate")
    assert (await tzk.alerts())[0].escalations == 0
    tzk.clock.advance(minutes=1)
    await tzk.tick("escalate")
    await shows(tzk, tzk.staff.id, "ждёт уже")
    assert (await tzk.alerts())[0].escalations == 1


async def test_a_zero_wait_turns_escalation_off(tzk):
    await tzk.restart(escalation_after="0")
    await low_score(tzk)
    tzk.clock.advance(hours=5)
    await tzk.tick("escalate")
    await tzk.sb.idle()
    assert await escalations(tzk) == []
