"""A low score pings the responsible head in the staff chat at once; good scores ping nobody."""

from storage.models import AlertStatus, ConfigValue

from .steps import answer, buttons, linked_client, pings_recorded, shows, surveyed_client


async def test_a_low_logistics_score_pings_the_logistics_head_with_a_mention(tzk):
    irina, recorded = await surveyed_client(tzk, manager="Анна Смирнова", phone="+79161234567")
    await tzk.sb.tap(irina.id, "5")
    await shows(tzk, irina.id, "Вопрос 2 из 4")

    await tzk.sb.tap(irina.id, "2")

    ping = await shows(tzk, tzk.staff.id, "Низкая оценка")
    head = tzk.heads["logistics"]
    for expected in ("Логистика: 2 из 5", "ООО «Ромашка»", "C-1", recorded.delivery.reference,
                     "Анна Смирнова", "Как прошла доставка", "+79161234567"):
        assert expected in ping.text, expected
    assert ping.notified_user_ids == [head.id]
    follow_up = await shows(tzk, irina.id, "Что пошло не так?")
    assert buttons(follow_up) == ["Пропустить", "← Назад"]


async def test_the_clients_comment_is_added_to_the_same_ping(tzk):
    irina, recorded = await surveyed_client(tzk)
    await tzk.sb.tap(irina.id, "5")
    await shows(tzk, irina.id, "Вопрос 2 из 4")
    await tzk.sb.tap(irina.id, "2")
    ping = await shows(tzk, tzk.staff.id, "Низкая оценка")

    await tzk.sb.send(irina.id, "Водитель опоздал на три часа")

    edited = await shows(tzk, tzk.staff.id, "Водитель опоздал на три часа")
    assert edited.message_id == ping.message_id and len(edited.versions) == 2
    nxt = await shows(tzk, irina.id, "Вопрос 3 из 4")
    assert "Комментарий получен" in nxt.text
    staff_messages = [m for m in await tzk.sb.messages(tzk.staff.id) if m.from_bot]
    assert len(staff_messages) == 1
    comments = [a.comment for a in await tzk.answers(recorded.survey.id) if a.comment]
    assert comments == ["Водитель опоздал на три часа"]


async def test_good_scores_ping_nobody(tzk):
    irina, _ = await surveyed_client(tzk)
    await answer(tzk, irina, "5", "4", "5", "Нет")
    await shows(tzk, irina.id, "Спасибо за ответы")
    await tzk.tick("sync_alerts")
    await tzk.sb.idle()
    assert [m for m in await tzk.sb.messages(tzk.staff.id) if m.from_bot] == []
    assert await tzk.alerts() == []


async def test_the_departments_threshold_decides_what_is_low(tzk):
    await tzk.restart(department_thresholds={"sales": 2})
    irina, _ = await surveyed_client(tzk)
    await tzk.sb.tap(irina.id, "3")  # low for the default 3, fine for sales' 2
    await shows(tzk, irina.id, "Вопрос 2 из 4")
    await tzk.sb.idle()
    assert await tzk.alerts() == []


async def test_changing_a_low_score_to_a_good_one_withdraws_the_ping(tzk):
    irina, _ = await surveyed_client(tzk)
    await tzk.sb.tap(irina.id, "1")
    await shows(tzk, tzk.staff.id, "Отдел продаж: 1 из 5")
    await tzk.sb.tap(irina.id, "← Назад")
    await shows(tzk, irina.id, "Вопрос 1 из 4")

    await tzk.sb.tap(irina.id, "4")

    await shows(tzk, tzk.staff.id, "клиент изменил оценку на 4 из 5")
    assert [a.status for a in await tzk.alerts()] == [AlertStatus.WITHDRAWN]


async def test_a_ping_goes_into_the_departments_forum_topic(tzk, sb):
    forum = await sb.group("ТЗК: форум", members=[h.id for h in tzk.heads.values()], admin=True,
                           forum=True)
    topic = await sb.topic(forum.id, "Логистика")
    async with tzk.rt.db.session() as session:
        from storage import departments

        (await departments.by_code(session, "logistics")).topic_id = topic
        await session.commit()
    await tzk.restart(staff_chat_id=forum.id)
    irina, _ = await surveyed_client(tzk)
    await tzk.sb.tap(irina.id, "5")
    await shows(tzk, irina.id, "Вопрос 2 из 4")
    await tzk.sb.tap(irina.id, "1")

    ping = await shows(tzk, forum.id, "Низкая оценка")
    assert ping.thread_id == topic


async def test_a_ping_that_could_not_be_sent_goes_out_on_the_next_tick(tzk):
    irina, _ = await surveyed_client(tzk)
    await tzk.sb.fault(method="sendMessage", chat_id=tzk.staff.id, status=502, times=1)
    await tzk.sb.tap(irina.id, "1")
    await shows(tzk, irina.id, "Что пошло не так?")
    await pings_recorded(tzk)
    assert [m for m in await tzk.sb.messages(tzk.staff.id) if m.from_bot] == []

    tzk.clock.advance(minutes=1)
    await tzk.tick("sync_alerts")

    await shows(tzk, tzk.staff.id, "Низкая оценка")
    assert len([m for m in await tzk.sb.messages(tzk.staff.id) if m.from_bot]) == 1


async def test_an_oversized_comment_is_refused_and_nothing_changes(tzk):
    irina, recorded = await surveyed_client(tzk)
    await answer(tzk, irina, "1")
    await tzk.sb.send(irina.id, "очень плохо " * 200)  # 2400 characters
    await shows(tzk, irina.id, "уложитесь в 2000 символов")
    assert [a.comment for a in await tzk.answers(recorded.survey.id)] == [None]
    assert (await tzk.survey(recorded.survey.id)).step == 1  # still waiting for the comment

    await tzk.sb.send(irina.id, "Счёт выставили с ошибкой")
    await shows(tzk, tzk.staff.id, "Счёт выставили с ошибкой")


async def test_text_typed_at_a_question_gets_a_hint_to_use_the_buttons(tzk):
    irina, recorded = await surveyed_client(tzk)
    await tzk.sb.send(irina.id, "Здравствуйте, когда следующая поставка?")
    await shows(tzk, irina.id, "ответьте кнопками")
    assert await tzk.alerts() == [] and await tzk.answers(recorded.survey.id) == []


async def test_text_with_no_open_survey_gets_a_short_hint(tzk):
    irina, _ = await linked_client(tzk)
    await tzk.sb.send(irina.id, "Здравствуйте, когда следующая поставка?")
    await shows(tzk, irina.id, "Сейчас открытого опроса нет")


async def test_skipping_the_comment_moves_on_and_the_ping_stays(tzk):
    irina, recorded = await surveyed_client(tzk)
    await answer(tzk, irina, "2", "Пропустить")
    await shows(tzk, irina.id, "Вопрос 2 из 4")
    ping = await shows(tzk, tzk.staff.id, "Отдел продаж: 2 из 5")
    assert "Комментарий" not in ping.text


async def test_a_staff_group_that_became_a_supergroup_is_followed(tzk, sb):
    supergroup = await sb.group("ТЗК: руководители", kind="supergroup",
                                members=[tzk.admin.id, *(h.id for h in tzk.heads.values())])
    await tzk.sb.fault(method="sendMessage", chat_id=tzk.staff.id, status=400,
                       description="Bad Request: group chat was upgraded to a supergroup chat",
                       migrate_to_chat_id=supergroup.id)
    irina, _ = await surveyed_client(tzk)
    await tzk.sb.tap(irina.id, "1")
    await shows(tzk, supergroup.id, "Низкая оценка")
    assert tzk.rt.settings.staff_chat_id == supergroup.id
    assert await tzk.count(ConfigValue, ConfigValue.key == "staff_chat_id") == 1


async def test_a_deleted_ping_is_posted_again_with_the_comment(tzk):
    irina, _ = await surveyed_client(tzk)
    await tzk.sb.tap(irina.id, "1")
    first = await shows(tzk, tzk.staff.id, "Низкая оценка")
    await pings_recorded(tzk)
    await tzk.sb.fault(method="editMessageText", chat_id=tzk.staff.id, status=400,
                       description="Bad Request: message to edit not found")
    await tzk.sb.send(irina.id, "Счёт пришёл с ошибкой")
    again = await shows(tzk, tzk.staff.id, "Счёт пришёл с ошибкой")
    assert again.message_id != first.message_id


async def test_a_deleted_forum_topic_sends_its_pings_to_the_main_chat(tzk, sb):
    forum = await sb.group("ТЗК: форум", members=[h.id for h in tzk.heads.values()], forum=True)
    topic = await sb.topic(forum.id, "Логистика")
    await tzk.restart(staff_chat_id=forum.id)
    async with tzk.rt.db.session() as session:
        from storage import departments

        await departments.change(session, await departments.by_code(session, "sales"), topic_id=topic)
        await session.commit()
    await tzk.sb.fault(method="sendMessage", chat_id=forum.id, status=400,
                       description="Bad Request: message thread not found")
    irina, _ = await surveyed_client(tzk)
    await tzk.sb.tap(irina.id, "1")
    ping = await shows(tzk, forum.id, "Низкая оценка")
    assert ping.thread_id is None
    async with tzk.rt.db.session() as session:
        assert (await departments.by_code(session, "sales")).topic_id is None
