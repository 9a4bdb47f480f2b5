"""The database is the source of truth: restarts lose nothing, parallel ticks send once."""

import asyncio

from feedback.states import SurveyState
from storage.models import Survey

from .steps import linked_client, shows


async def _survey_sends(tzk, chat_id):
    return [c for c in await tzk.sb.calls(method="sendMessage", chat_id=chat_id)
            if "Вопрос 1 из 4" in c.params.get("text", "")]


async def test_a_restart_between_scheduling_and_sending_sends_once_after(tzk):
    irina, recorded = await linked_client(tzk)
    await tzk.restart()
    tzk.clock.advance(days=3, minutes=1)

    await tzk.tick("dispatch")
    await tzk.tick("dispatch")

    await shows(tzk, irina.id, "Вопрос 1 из 4")
    assert len(await _survey_sends(tzk, irina.id)) == 1
    assert (await tzk.survey(recorded.survey.id)).state == SurveyState.SENT


async def test_two_dispatch_ticks_at_once_send_each_survey_once(tzk):
    users = [(await linked_client(tzk, client_id=f"C-{n}", first_name=f"Имя{n}"))[0] for n in range(4)]
    tzk.clock.advance(days=3, minutes=1)
    job = tzk.live.scheduler.get_job("dispatch")

    await asyncio.gather(job.func(**job.kwargs), job.func(**job.kwargs))

    await tzk.sb.idle()
    for user in users:
        assert len(await _survey_sends(tzk, user.id)) == 1
    assert await tzk.count(Survey, Survey.state == SurveyState.SENT) == 4


async def test_a_survey_for_a_client_not_yet_linked_waits_and_then_expires(tzk):
    recorded = await tzk.deliver("C-1")
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    assert (await tzk.survey(recorded.survey.id)).state == SurveyState.SCHEDULED

    tzk.clock.advance(days=7)
    await tzk.tick("expire")

    assert (await tzk.survey(recorded.survey.id)).state == SurveyState.EXPIRED


async def test_a_client_who_links_late_gets_the_waiting_survey(tzk):
    recorded = await tzk.deliver("C-1")
    tzk.clock.advance(days=4)
    await tzk.tick("dispatch")
    irina = await tzk.sb.user("Ирина")
    await tzk.sb.start(irina.id, recorded.client.link_token)
    await shows(tzk, irina.id, "Здравствуйте")

    await tzk.tick("dispatch")

    await shows(tzk, irina.id, "Вопрос 1 из 4")


async def test_a_survey_due_at_night_waits_for_the_window(tzk):
    irina, recorded = await linked_client(tzk)
    tzk.clock.advance(days=3, hours=9)  # 21:00 in Moscow on Monday
    await tzk.tick("dispatch")
    await tzk.sb.idle()
    assert await _survey_sends(tzk, irina.id) == []

    tzk.clock.advance(hours=13)  # 10:00 on Tuesday
    await tzk.tick("dispatch")
    await shows(tzk, irina.id, "Вопрос 1 из 4")
