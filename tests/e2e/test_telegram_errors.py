"""Telegram misbehaving: 429 storms, 5xx, timeouts — every survey still goes out exactly once."""

from feedback.states import SurveyState
from storage.models import Survey

from .steps import linked_client, shows


async def _clients(tzk, count):
    users = []
    for n in range(count):
        user, _ = await linked_client(tzk, client_id=f"C-{n}", name=f"Клиент {n}", first_name=f"Имя{n}")
        users.append(user)
    return users


async def _exactly_one_survey_each(tzk, users):
    for user in users:
        sent = [c for c in await tzk.sb.calls(method="sendMessage", chat_id=user.id)
                if c.http_status == 200 and "Вопрос 1 из 4" in c.params.get("text", "")]
        assert len(sent) == 1, user.first_name


async def test_a_429_storm_delays_but_every_survey_goes_out_once(tzk):
    users = await _clients(tzk, 6)
    await tzk.sb.fault(method="sendMessage", status=429, retry_after=1, times=6)
    tzk.clock.advance(days=3, minutes=1)

    for _ in range(8):
        await tzk.tick("dispatch")
        if await tzk.count(Survey, Survey.state == SurveyState.SENT) == len(users):
            break
        tzk.clock.advance(seconds=30)

    await tzk.sb.idle()
    await _exactly_one_survey_each(tzk, users)
    assert await tzk.count(Survey, Survey.state == SurveyState.SENT) == len(users)


async def test_5xx_errors_are_retried_by_a_later_tick_without_duplicates(tzk):
    users = await _clients(tzk, 3)
    await tzk.sb.fault(method="sendMessage", status=502, times=2)
    await tzk.sb.fault(method="sendMessage", status=500, times=1)
    tzk.clock.advance(days=3, minutes=1)

    await tzk.tick("dispatch")
    assert await tzk.count(Survey, Survey.state == SurveyState.SENT) == 0
    assert await tzk.count(Survey, Survey.attempts == 1, Survey.state == SurveyState.SCHEDULED) == 3

    tzk.clock.advance(seconds=10)
    await tzk.tick("dispatch")  # before the back-off: nothing is tried
    assert await tzk.count(Survey, Survey.state == SurveyState.SENT) == 0

    tzk.clock.advance(minutes=1)
    await tzk.tick("dispatch")
    await tzk.sb.idle()
    await _exactly_one_survey_each(tzk, users)


async def test_a_timeout_is_retried_later(tzk):
    await tzk.restart(telegram_timeout=1)
    (user,) = await _clients(tzk, 1)
    await tzk.sb.fault(method="sendMessage", chat_id=user.id, status=200, delay=3, times=1)
    tzk.clock.advance(days=3, minutes=1)

    await tzk.tick("dispatch")
    assert await tzk.count(Survey, Survey.state == SurveyState.SCHEDULED, Survey.attempts == 1) == 1

    tzk.clock.advance(minutes=2)
    await tzk.tick("dispatch")
    await shows(tzk, user.id, "Вопрос 1 из 4")
