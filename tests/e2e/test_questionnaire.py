"""A client answers the questionnaire: one tap per question, one message edited in place."""

import asyncio

from feedback.states import SurveyState

from .steps import answer, buttons, linked_client, shows, surveyed_client


async def test_the_survey_waits_for_its_day_then_arrives_with_buttons(tzk):
    irina, recorded = await linked_client(tzk)

    tzk.clock.advance(days=2)
    await tzk.tick("dispatch")
    await tzk.sb.idle()
    assert [m.text for m in await tzk.sb.messages(irina.id) if "Вопрос" in (m.text or "")] == []

    tzk.clock.advance(days=1, minutes=1)
    await tzk.tick("dispatch")
    first = await shows(tzk, irina.id, "Вопрос 1 из 4")
    assert "отдела продаж" in first.text
    assert buttons(first) == ["1", "2", "3", "4", "5"]
    assert (await tzk.survey(recorded.survey.id)).state == SurveyState.SENT


async def test_a_full_questionnaire_with_back_and_a_double_tap(tzk):
    irina, recorded = await surveyed_client(tzk)
    sid = recorded.survey.id

    await tzk.sb.tap(irina.id, "5")
    second = await shows(tzk, irina.id, "Вопрос 2 из 4")
    assert "← Назад" in buttons(second)

    await tzk.sb.tap(irina.id, "← Назад")
    await shows(tzk, irina.id, "Вопрос 1 из 4")
    await tzk.sb.tap(irina.id, "4")  # changes the first answer from 5 to 4
    await shows(tzk, irina.id, "Вопрос 2 из 4")

    # A double tap: both taps carry the second question's "5" before the edit arrives.
    second = await shows(tzk, irina.id, "Вопрос 2 из 4")
    five = next(b.callback_data for b in second.buttons() if b.text == "5")
    taps = await asyncio.gather(tzk.sb.tap(irina.id, data=five), tzk.sb.tap(irina.id, data=five))
    assert sorted(str(a.text) for a in taps) == ["None", "Ответ уже записан."]
    await shows(tzk, irina.id, "Вопрос 3 из 4")

    await tzk.sb.tap(irina.id, "5")
    fourth = await shows(tzk, irina.id, "Вопрос 4 из 4")
    assert buttons(fourth)[:3] == ["Да", "Нет", "Пока не знаю"]
    await tzk.sb.tap(irina.id, "Да")
    thanks = await shows(tzk, irina.id, "Спасибо за ответы")
    assert buttons(thanks) == []

    given = {a.question_id: (a.score, a.choice) for a in await tzk.answers(sid)}
    assert sorted(given.values(), key=str) == sorted([(4, None), (5, None), (5, None), (None, "yes")], key=str)
    survey = await tzk.survey(sid)
    assert survey.state == SurveyState.COMPLETED and survey.completed_at is not None
    assert len([m for m in await tzk.sb.messages(irina.id) if m.from_bot]) == 2  # greeting + survey


async def test_a_tap_after_the_end_records_nothing(tzk):
    irina, recorded = await surveyed_client(tzk)
    message = (await tzk.sb.messages(irina.id))[-1]
    await answer(tzk, irina, "5", "5", "5", "Нет")
    await shows(tzk, irina.id, "Спасибо за ответы")

    late = await tzk.sb.tap(irina.id, data=f"q1:a:{recorded.survey.id}:6:yes",
                            message_id=message.message_id)

    assert late.text == "Этот опрос уже закрыт."
    assert [a.choice for a in await tzk.answers(recorded.survey.id) if a.choice] == ["no"]


async def test_an_english_client_gets_the_english_questionnaire(tzk):
    recorded = await tzk.deliver("C-9", "Acme Ltd")
    john = await tzk.sb.user("John", language_code="en")
    await tzk.sb.start(john.id, recorded.client.link_token)
    await shows(tzk, john.id, "Hello, John")
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    first = await shows(tzk, john.id, "Question 1 of 4")
    assert "sales team" in first.text


async def test_a_tap_on_an_expired_survey_records_nothing(tzk):
    irina, recorded = await surveyed_client(tzk)
    tzk.clock.advance(days=7, minutes=1)
    await tzk.sb.fault(method="editMessageReplyMarkup", status=502)  # its buttons stay
    await tzk.tick("expire")
    assert (await tzk.survey(recorded.survey.id)).state == SurveyState.EXPIRED

    answer = await tzk.sb.tap(irina.id, "5")

    assert answer.text == "Этот опрос уже закрыт."
    assert await tzk.answers(recorded.survey.id) == []


async def test_a_tap_after_expiry_but_before_the_sweep_is_refused_too(tzk):
    irina, recorded = await surveyed_client(tzk)
    tzk.clock.advance(days=7, minutes=1)
    answer = await tzk.sb.tap(irina.id, "5")
    assert answer.text == "Этот опрос уже закрыт."
    assert await tzk.answers(recorded.survey.id) == []
