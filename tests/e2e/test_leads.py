""""Yes, I plan to buy soon" is a lead: the client's manager is pinged, /leads lists it."""

from storage.models import AlertKind, AuditEntry, Staff

from .steps import answer, says, shows, surveyed_client


async def test_a_lead_pings_the_sales_head_while_the_managers_telegram_is_unknown(tzk):
    irina, recorded = await surveyed_client(tzk, manager="Анна Смирнова", phone="+79161234567")

    await answer(tzk, irina, "5", "5", "5", "Да")

    thanks = await shows(tzk, irina.id, "Спасибо за ответы")
    assert "Ваш менеджер свяжется с вами насчёт новой закупки." in thanks.text
    lead = await shows(tzk, tzk.staff.id, "Лид: клиент планирует новую закупку")
    for expected in ("ООО «Ромашка»", "C-1", recorded.delivery.reference, "Анна Смирнова",
                     "+79161234567", "/manager"):
        assert expected in lead.text, expected
    assert lead.notified_user_ids == [tzk.heads["sales"].id] and lead.buttons() == []
    assert [a.kind for a in await tzk.alerts()] == [AlertKind.LEAD]


async def test_once_the_admin_says_who_the_manager_is_leads_ping_her(tzk):
    anna = await tzk.sb.user("Анна", last_name="Смирнова", username="anna_sales")
    await tzk.sb.add_member(tzk.staff.id, anna.id)
    hello = await tzk.sb.send(anna.id, "Всем привет!", chat_id=tzk.staff.id)
    reply = await tzk.sb.send(tzk.admin.id, '/manager "Анна Смирнова"', chat_id=tzk.staff.id,
                              reply_to=hello.message_id)
    confirmed = await tzk.sb.wait_for_message(tzk.staff.id, after=reply.message_id)
    assert "Готово: Анна Смирнова" in confirmed.text

    irina, _ = await surveyed_client(tzk, manager="Анна Смирнова")
    await answer(tzk, irina, "5", "5", "5", "Да")

    lead = await shows(tzk, tzk.staff.id, "Лид: клиент")
    assert lead.notified_user_ids == [anna.id] and "свяжитесь" in lead.text
    assert await tzk.count(AuditEntry, AuditEntry.action == "manager") == 1


async def test_leads_lists_the_recent_ones_newest_first(tzk):
    irina, _ = await surveyed_client(tzk, manager="Анна Смирнова")
    await answer(tzk, irina, "5", "5", "5", "Да")
    boris, _ = await surveyed_client(tzk, client_id="C-2", name="ИП Кузнецов", first_name="Борис")
    await answer(tzk, boris, "4", "4", "4", "Да")
    await shows(tzk, tzk.staff.id, "ИП Кузнецов")  # its lead ping, before the listing is asked for

    listing = await says(tzk, tzk.heads["sales"], "/leads", chat_id=tzk.staff.id)

    first, second = listing.text.splitlines()[1:3]
    assert "ИП Кузнецов (C-2)" in first and "менеджер: не указан" in first
    assert "ООО «Ромашка» (C-1)" in second and "менеджер: Анна Смирнова" in second
    last_day = (await says(tzk, tzk.admin, "/leads 1")).text
    assert "ИП Кузнецов" in last_day and "Ромашка" not in last_day
    tzk.clock.advance(days=31)
    assert "лидов не было" in (await says(tzk, tzk.admin, "/leads")).text
    assert "/leads [за сколько дней" in (await says(tzk, tzk.admin, "/leads сколько")).text


async def test_no_lead_when_the_client_is_not_sure(tzk):
    irina, _ = await surveyed_client(tzk)
    await answer(tzk, irina, "5", "5", "5", "Пока не знаю")
    thanks = await shows(tzk, irina.id, "Спасибо за ответы")
    assert "менеджер свяжется" not in thanks.text
    await tzk.sb.idle()
    assert await tzk.alerts() == []


async def test_manager_misuse_gets_the_usage_and_changes_nothing(tzk):
    for command in ('/manager "Анна Смирнова"', '/manager "Анна', "/manager 12345",
                    '/manager "Анна Смирнова" 99999999999999999999999'):
        answer_ = await says(tzk, tzk.admin, command)
        assert "/manager \"Анна Смирнова\"" in answer_.text, command
    bot_message = await says(tzk, tzk.admin, "/alerts", chat_id=tzk.staff.id)
    sent = await tzk.sb.send(tzk.admin.id, '/manager "Анна Смирнова"', chat_id=tzk.staff.id,
                             reply_to=bot_message.message_id)
    refusal = await tzk.sb.wait_for_message(tzk.staff.id, after=sent.message_id)
    assert "сообщение бота" in refusal.text
    assert await tzk.count(Staff) == 0 and await tzk.count(AuditEntry) == 0


async def test_manager_alone_lists_the_managers(tzk):
    await tzk.deliver("C-1", manager="Анна Смирнова")
    await says(tzk, tzk.admin, '/manager "Игорь Волков" 4242')
    listing = await says(tzk, tzk.admin, "/manager")
    assert "Анна Смирнова — Telegram не указан" in listing.text
    assert "Игорь Волков — 4242" in listing.text
