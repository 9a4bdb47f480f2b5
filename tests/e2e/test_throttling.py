"""A client surveyed within THROTTLE_DAYS is not asked again; deliveries that pile up before a
client links make one survey, about the latest."""

from datetime import timedelta

from feedback.states import SurveyState

from .steps import answer, shows, surveyed_client


async def survey_sends(tzk, chat_id):
    return [c for c in await tzk.sb.calls(method="sendMessage", chat_id=chat_id)
            if "Вопрос 1 из 4" in c.params.get("text", "")]


async def test_a_second_delivery_within_the_span_is_throttled(tzk):
    irina, first = await surveyed_client(tzk, delivery_id="D-1")
    await answer(tzk, irina, "5", "5", "5", "Нет")
    second = await tzk.deliver("C-1", delivery_id="D-2")
    tzk.clock.advance(days=3, minutes=1)

    await tzk.tick("dispatch")

    assert (await tzk.survey(second.survey.id)).state == SurveyState.THROTTLED
    assert len(await survey_sends(tzk, irina.id)) == 1
    again = await tzk.deliver("C-1", delivery_id="D-2")  # what the CRM sees when it asks again
    assert again.survey.state == SurveyState.THROTTLED


async def test_after_the_span_the_client_is_surveyed_again(tzk):
    irina, first = await surveyed_client(tzk)
    tzk.clock.advance(days=11)
    later = await tzk.deliver("C-1", delivery_id="D-2")
    tzk.clock.advance(days=3, minutes=1)  # 14 days and 1 minute after the first survey
    await tzk.tick("dispatch")
    assert (await tzk.survey(later.survey.id)).state == SurveyState.SENT
    assert len(await survey_sends(tzk, irina.id)) == 2


async def test_deliveries_that_piled_up_before_linking_make_one_survey_about_the_latest(tzk):
    older = await tzk.deliver("C-1", order_ref="4711", at=tzk.clock() - timedelta(days=2))
    newer = await tzk.deliver("C-1", order_ref="4712")
    tzk.clock.advance(days=3, minutes=1)
    irina = await tzk.sb.user("Ирина")
    await tzk.sb.start(irina.id, newer.client.link_token)
    await shows(tzk, irina.id, "Здравствуйте")

    await tzk.tick("dispatch")

    question = await shows(tzk, irina.id, "Вопрос 1 из 4")
    assert "4712" in question.text
    assert (await tzk.survey(older.survey.id)).state == SurveyState.THROTTLED
    assert len(await survey_sends(tzk, irina.id)) == 1


async def test_zero_days_turns_throttling_off(tzk):
    await tzk.restart(throttle_days=0)
    irina, _ = await surveyed_client(tzk)
    second = await tzk.deliver("C-1")
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    assert (await tzk.survey(second.survey.id)).state == SurveyState.SENT


async def test_other_clients_are_not_held_back(tzk):
    irina, _ = await surveyed_client(tzk)
    second = await tzk.deliver("C-1")
    boris, other = await surveyed_client(tzk, client_id="C-2", name="ИП Кузнецов",
                                         first_name="Борис")
    assert (await tzk.survey(other.survey.id)).state == SurveyState.SENT
    assert (await tzk.survey(second.survey.id)).state == SurveyState.THROTTLED
