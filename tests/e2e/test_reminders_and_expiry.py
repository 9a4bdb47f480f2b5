"""A client who does not answer gets one gentle reminder inside the send window; an unanswered or
unfinished survey then expires, keeping the answers given."""

from datetime import timedelta

from feedback.states import SurveyState
from storage.models import ClientStatus

from .steps import answer, shows, surveyed_client

# surveyed_client sends the survey on Monday 2026-12-07 at 12:01 in Moscow.


async def reminders_in(tzk, chat_id):
    return [m for m in await tzk.sb.messages(chat_id) if "Напоминаю" in (m.text or "")]


async def test_one_reminder_after_a_day_then_expiry_closes_the_buttons(tzk):
    irina, recorded = await surveyed_client(tzk)
    question = await shows(tzk, irina.id, "Вопрос 1 из 4")
    tzk.clock.advance(hours=23, minutes=58)
    await tzk.tick("remind")
    assert await reminders_in(tzk, irina.id) == []

    tzk.clock.advance(minutes=3)
    await tzk.tick("remind")

    reminder = await shows(tzk, irina.id, "Напоминаю о коротком опросе")
    assert reminder.raw["reply_to_message_id"] == question.message_id
    tzk.clock.advance(days=2)
    await tzk.tick("remind")
    assert len(await reminders_in(tzk, irina.id)) == 1

    tzk.clock.advance(days=5)
    await tzk.tick("expire")

    assert (await tzk.survey(recorded.survey.id)).state == SurveyState.EXPIRED
    closed = await shows(tzk, irina.id, "Вопрос 1 из 4")
    assert closed.buttons() == []
    late = await tzk.sb.tap(irina.id, data=question.buttons()[0].callback_data)
    assert late.text == "Этот опрос уже закрыт."


async def test_an_unfinished_survey_expires_and_its_answers_and_alert_stay(tzk):
    irina, recorded = await surveyed_client(tzk)
    await answer(tzk, irina, "5", "1")
    await shows(tzk, tzk.staff.id, "Низкая оценка")
    tzk.clock.advance(days=3)
    await tzk.tick("remind")
    assert await reminders_in(tzk, irina.id) == []  # she answered: no reminder

    tzk.clock.advance(days=4, minutes=1)
    await tzk.tick("expire")

    assert (await tzk.survey(recorded.survey.id)).state == SurveyState.EXPIRED
    assert sorted(a.score for a in await tzk.answers(recorded.survey.id)) == [1, 5]
    assert len(await tzk.alerts()) == 1
    follow_up = await shows(tzk, irina.id, "Что пошло не так?")
    assert follow_up.buttons() == []
    reply = await tzk.sb.send(irina.id, "Уже неважно")
    answer_ = await tzk.sb.wait_for_message(irina.id, after=reply.message_id)
    assert "открытого опроса нет" in answer_.text


async def test_a_reminder_due_at_night_waits_for_the_window(tzk):
    await tzk.restart(reminder_after="8h")
    irina, _ = await surveyed_client(tzk)
    tzk.clock.advance(hours=8, minutes=5)  # 20:06: the window closed at 20:00
    await tzk.tick("remind")
    assert await reminders_in(tzk, irina.id) == []

    tzk.clock.advance(hours=13, minutes=54)  # Tuesday 10:00
    await tzk.tick("remind")
    await shows(tzk, irina.id, "Напоминаю")


async def test_the_reminder_follows_the_clients_own_time_zone(tzk):
    await tzk.restart(reminder_after="2h")
    # 12:01 in Moscow is 19:01 in Vladivostok: two hours on, the client's evening is over.
    irina, _ = await surveyed_client(tzk, time_zone="Asia/Vladivostok",
                                     at=tzk.clock() - timedelta(hours=7))
    tzk.clock.advance(hours=2)
    await tzk.tick("remind")
    assert await reminders_in(tzk, irina.id) == []
    tzk.clock.advance(hours=13)  # 10:01 next morning in Vladivostok
    await tzk.tick("remind")
    await shows(tzk, irina.id, "Напоминаю")


async def test_zero_reminders_turns_them_off_and_two_means_two(tzk):
    await tzk.restart(reminder_count=0)
    irina, _ = await surveyed_client(tzk)
    tzk.clock.advance(days=3)
    await tzk.tick("remind")
    assert await reminders_in(tzk, irina.id) == []

    await tzk.restart(reminder_count=2)
    for _ in range(3):
        await tzk.tick("remind")
        tzk.clock.advance(days=1)
    await tzk.sb.idle()
    assert len(await reminders_in(tzk, irina.id)) == 2


async def test_a_client_found_blocked_by_the_reminder_is_marked_and_not_reminded_again(tzk):
    irina, recorded = await surveyed_client(tzk)
    await tzk.sb.fault(method="sendMessage", chat_id=irina.id, status=403,
                       description="Forbidden: bot was blocked by the user")
    tzk.clock.advance(days=1, minutes=1)
    await tzk.tick("remind")
    assert (await tzk.survey(recorded.survey.id)).client.status == ClientStatus.BLOCKED
    await tzk.restart(reminder_count=3)
    tzk.clock.advance(days=1)
    await tzk.tick("remind")
    assert await reminders_in(tzk, irina.id) == []
