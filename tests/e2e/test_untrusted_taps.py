"""Callback data is never trusted: other people's taps and forged data record nothing."""

from .steps import shows, surveyed_client


async def test_a_tap_from_another_user_records_nothing(tzk):
    irina, recorded = await surveyed_client(tzk)
    message = (await tzk.sb.messages(irina.id))[-1]
    mallory = await tzk.sb.user("Мэллори")
    await tzk.sb.send(mallory.id, "/start")
    await shows(tzk, mallory.id, "поделитесь номером")

    # Mallory replays Irina's button data from her own chat, as a modified client could.
    answer = await tzk.sb.tap(mallory.id, data=message.buttons()[0].callback_data)

    assert answer.text == "Этот опрос не для вас."
    assert await tzk.answers(recorded.survey.id) == []


async def test_forged_or_malformed_callback_data_records_nothing(tzk):
    irina, recorded = await surveyed_client(tzk)
    sid = recorded.survey.id
    forged = [
        f"q1:a:{sid}:0:9",  # a score the question does not have
        f"q1:a:{sid}:0:yes",  # a value of another kind
        f"q1:a:{sid}:4:5",  # a step the survey is not at
        f"q1:b:{sid}:0",  # back from the first question
        f"q1:s:{sid}:0",  # "skip" where there is nothing to skip
        f"q1:a:{sid + 1000}:0:5",  # a survey that does not exist
        "q1:a:x:0:5", "q2:a:1:0:5", "garbage", "q1:a:1:0:5:extra",
    ]
    for data in forged:
        answer = await tzk.sb.tap(irina.id, data=data)
        assert answer.text in {"Эта кнопка устарела.", "Ответ уже записан."}, data
    assert await tzk.answers(sid) == []
    survey = await tzk.survey(sid)
    assert survey.step == 0


async def test_another_clients_survey_id_in_forged_data_records_nothing(tzk):
    irina, first = await surveyed_client(tzk)
    boris, second = await surveyed_client(tzk, client_id="C-2", name="ООО «Лютик»", first_name="Борис")

    answer = await tzk.sb.tap(irina.id, data=f"q1:a:{second.survey.id}:0:1")

    assert answer.text == "Этот опрос не для вас."
    assert await tzk.answers(second.survey.id) == [] and await tzk.answers(first.survey.id) == []


async def test_a_stranger_is_refused_in_their_own_language(tzk):
    irina, recorded = await surveyed_client(tzk)
    five = next(b.callback_data for b in (await tzk.sb.messages(irina.id))[-1].buttons() if b.text == "5")
    john = await tzk.sb.user("John", language_code="en")
    await tzk.sb.start(john.id)
    await shows(tzk, john.id, "Hello")
    refused = await tzk.sb.tap(john.id, data=five)
    assert refused.text == "This survey is not yours."
    assert await tzk.answers(recorded.survey.id) == []
