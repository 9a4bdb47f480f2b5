"""Admins manage admins, the staff chat, its forum topics and the departments' heads in chat."""

from storage.models import Admin, AuditEntry, Invite

from .steps import answer, says, shows, surveyed_client


async def _department(tzk, code):
    async with tzk.rt.db.session() as session:
        from storage import departments

        return await departments.by_code(session, code)


async def test_an_admin_adds_another_by_replying_to_their_message(tzk):
    head = tzk.heads["sales"]
    hello = await tzk.sb.send(head.id, "Всем привет", chat_id=tzk.staff.id)
    sent = await tzk.sb.send(tzk.admin.id, "/admins add", chat_id=tzk.staff.id, reply_to=hello.message_id)
    said = await tzk.sb.wait_for_message(tzk.staff.id, after=sent.message_id)
    assert "Сергей Продажин теперь администратор" in said.text
    assert await tzk.count(Admin, Admin.user_id == head.id) == 1
    listing = await says(tzk, tzk.admin, "/admins")
    assert "Сергей Продажин" in listing.text and str(head.id) in listing.text
    assert await tzk.count(AuditEntry, AuditEntry.action == "admin added") == 1


async def test_a_new_admin_joins_by_a_one_time_code(tzk):
    said = await says(tzk, tzk.admin, "/admins invite")
    code = said.text.split("/start ")[1].strip()
    assert f"start={code}" in said.text

    newbie = await tzk.sb.user("Нина", last_name="Новикова")
    await tzk.sb.start(newbie.id, code)
    await shows(tzk, newbie.id, "вы администратор")
    assert await tzk.count(Admin, Admin.user_id == newbie.id) == 1
    settings = await says(tzk, newbie, "/settings")
    assert "delay" in settings.text

    someone_else = await tzk.sb.user("Вася")
    await tzk.sb.start(someone_else.id, code)  # used up: it is no more than a bad link now
    await shows(tzk, someone_else.id, "Эта ссылка не подошла")
    assert await tzk.count(Admin, Admin.user_id == someone_else.id) == 0


async def test_an_invite_code_expires(tzk):
    said = await says(tzk, tzk.admin, "/admins invite")
    code = said.text.split("/start ")[1].strip()
    tzk.clock.advance(hours=25)
    late = await tzk.sb.user("Опоздавший")
    await tzk.sb.start(late.id, code)
    await shows(tzk, late.id, "Эта ссылка не подошла")
    assert await tzk.count(Admin, Admin.user_id == late.id) == 0
    assert await tzk.count(Invite, Invite.used_by.is_not(None)) == 0


async def test_the_last_admin_cannot_be_removed_but_another_can(tzk):
    said = await says(tzk, tzk.admin, f"/admins remove {tzk.admin.id}")
    assert "Нельзя убрать последнего администратора" in said.text
    assert await tzk.count(Admin) == 1

    await says(tzk, tzk.admin, f"/admins add {tzk.heads['quality'].id}")
    said = await says(tzk, tzk.admin, f"/admins remove {tzk.heads['quality'].id}")
    assert "больше не администратор" in said.text
    assert await tzk.count(Admin) == 1


async def test_misuse_of_admins_gets_the_usage_and_changes_nothing(tzk):
    for command in ("/admins add", "/admins promote 5", "/admins remove nobody"):
        said = await says(tzk, tzk.admin, command)
        assert "/admins add" in said.text, command
    assert await tzk.count(Admin) == 1 and await tzk.count(AuditEntry) == 0


async def test_bind_makes_a_group_the_staff_chat_and_pings_go_there(tzk, sb):
    new_group = await sb.group("Сигналы ТЗК", members=[tzk.admin.id, tzk.heads["logistics"].id])
    sent = await tzk.sb.send(tzk.admin.id, "/bind", chat_id=new_group.id)
    said = await tzk.sb.wait_for_message(new_group.id, after=sent.message_id)
    assert "теперь чат сотрудников" in said.text
    assert tzk.rt.settings.staff_chat_id == new_group.id

    irina, _ = await surveyed_client(tzk)
    await tzk.sb.tap(irina.id, "1")
    await shows(tzk, new_group.id, "Низкая оценка")


async def test_bind_in_a_private_chat_says_where_to_send_it(tzk):
    said = await says(tzk, tzk.admin, "/bind")
    assert "в группе сотрудников" in said.text
    assert tzk.rt.settings.staff_chat_id == tzk.staff.id


async def test_a_department_is_bound_to_a_forum_topic_from_inside_it(tzk, sb):
    forum = await sb.group("ТЗК: форум", members=[tzk.admin.id, *(h.id for h in tzk.heads.values())],
                           forum=True)
    topic = await sb.topic(forum.id, "Логистика")
    await tzk.sb.send(tzk.admin.id, "/bind", chat_id=forum.id)
    await shows(tzk, forum.id, "теперь чат сотрудников")
    sent = await tzk.sb.send(tzk.admin.id, "/topic logistics", chat_id=forum.id, thread_id=topic)
    said = await tzk.sb.wait_for_message(forum.id, after=sent.message_id)
    assert "приходят в эту тему" in said.text and said.thread_id == topic
    assert (await _department(tzk, "logistics")).topic_id == topic

    irina, _ = await surveyed_client(tzk)
    await answer(tzk, irina, "5", "2")
    ping = await shows(tzk, forum.id, "Низкая оценка")
    assert ping.thread_id == topic


async def test_topic_outside_a_topic_or_the_staff_chat_gets_the_usage(tzk):
    said = await says(tzk, tzk.admin, "/topic logistics", chat_id=tzk.staff.id)
    assert "внутри темы форума" in said.text
    said = await says(tzk, tzk.admin, "/topic logistics")
    assert "Это не чат сотрудников" in said.text
    assert (await _department(tzk, "logistics")).topic_id is None


async def test_an_admin_adds_renames_and_sets_a_department(tzk):
    said = await says(tzk, tzk.admin, "/department add accounting Бухгалтерия | Accounting")
    assert "Отдел «Бухгалтерия» добавлен" in said.text
    await says(tzk, tzk.admin, "/department rename accounting Бухгалтерия и документы | Accounting")
    await says(tzk, tzk.admin, "/department threshold accounting 2")
    listing = await says(tzk, tzk.admin, "/departments")
    assert "Бухгалтерия и документы" in listing.text and "≤ 2" in listing.text
    found = await _department(tzk, "accounting")
    assert (found.name_ru, found.name_en, found.threshold) == ("Бухгалтерия и документы", "Accounting", 2)


async def test_a_head_is_set_by_replying_to_their_message(tzk):
    newcomer = await tzk.sb.user("Дарья", last_name="Доставкина")
    await tzk.sb.add_member(tzk.staff.id, newcomer.id)
    hello = await tzk.sb.send(newcomer.id, "Я новый руководитель логистики", chat_id=tzk.staff.id)
    sent = await tzk.sb.send(tzk.admin.id, "/department head logistics", chat_id=tzk.staff.id,
                             reply_to=hello.message_id)
    said = await tzk.sb.wait_for_message(tzk.staff.id, after=sent.message_id)
    assert "Дарья Доставкина — руководитель отдела «Логистика»" in said.text

    irina, _ = await surveyed_client(tzk)
    await answer(tzk, irina, "5", "2")
    ping = await shows(tzk, tzk.staff.id, "Низкая оценка")
    assert ping.notified_user_ids == [newcomer.id]


async def test_a_head_redeems_a_code_the_admin_got(tzk):
    said = await says(tzk, tzk.admin, "/department head quality invite")
    code = said.text.split("/start ")[1].strip()
    head = await tzk.sb.user("Карина", last_name="Качество")
    await tzk.sb.start(head.id, code)
    await shows(tzk, head.id, "вы руководитель отдела «Контроль качества»")
    assert (await _department(tzk, "quality")).head_user_id == head.id


async def test_bad_department_commands_get_a_clear_answer_and_change_nothing(tzk):
    before = [(d.code, d.name_ru, d.threshold, d.head_user_id) for d in await _all(tzk)]
    for command, expected in (("/department", "/department add"),
                              ("/department add Бух Бухгалтерия", "латиницей"),
                              ("/department add sales Продажи", "уже есть"),
                              ("/department add accounting", "Нужно название"),
                              (f"/department add accounting {'Б' * 101}", "Нужно название"),
                              ("/department threshold sales 7", "число от 1 до 4"),
                              ("/department threshold nowhere 2", "Нет отдела «nowhere»"),
                              ("/department head sales", "/department add")):
        said = await says(tzk, tzk.admin, command)
        assert expected in said.text, (command, said.text)
    assert [(d.code, d.name_ru, d.threshold, d.head_user_id) for d in await _all(tzk)] == before
    assert await tzk.count(AuditEntry) == 0


async def _all(tzk):
    async with tzk.rt.db.session() as session:
        from storage import departments

        return await departments.all_departments(session)


async def test_a_threshold_set_in_chat_decides_what_is_low(tzk):
    await says(tzk, tzk.admin, "/department threshold logistics 2")
    irina, _ = await surveyed_client(tzk)
    await answer(tzk, irina, "5", "3")  # 3 is not low for logistics any more
    await tzk.sb.tap(irina.id, "3")  # but still for quality (3 by default)
    await shows(tzk, tzk.staff.id, "Контроль качества: 3 из 5")
    assert [a.department.code for a in await tzk.alerts()] == ["quality"]
