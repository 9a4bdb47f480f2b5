"""The staff handle a low score in their chat: take it, resolve it with a note; only staff may."""

from storage import alert_events
from storage.models import AlertStatus

from .steps import answer, buttons, says, shows, surveyed_client


async def low_logistics_score(tzk, **delivery):
    """A client gives logistics a 2; returns (client, the ping in the staff chat)."""
    irina, _ = await surveyed_client(tzk, **delivery)
    await answer(tzk, irina, "5", "2")
    ping = await shows(tzk, tzk.staff.id, "Низкая оценка")
    return irina, ping


async def test_the_head_takes_the_alert_then_resolves_it_with_a_note(tzk):
    irina, ping = await low_logistics_score(tzk)
    head = tzk.heads["logistics"]
    assert buttons(ping) == ["Взять в работу", "Решено"]

    taken = await tzk.sb.tap(head.id, "Взять в работу", chat_id=tzk.staff.id)

    assert "Обращение ваше" in taken.text
    shown = await shows(tzk, tzk.staff.id, "В работе: Пётр Логистов")
    assert shown.message_id == ping.message_id and "🟡" in shown.text
    assert buttons(shown) == ["Решено"]

    await tzk.sb.tap(head.id, "Решено", chat_id=tzk.staff.id)
    question = await shows(tzk, tzk.staff.id, "как решили?")
    assert question.raw["reply_to_message_id"] == ping.message_id
    assert question.reply_markup.get("force_reply") is True
    await tzk.sb.send(head.id, "Позвонил клиенту, извинился, водителю выговор", chat_id=tzk.staff.id,
                      reply_to=question.message_id)

    resolved = await shows(tzk, tzk.staff.id, "Решено: Пётр Логистов")
    assert resolved.message_id == ping.message_id and buttons(resolved) == []
    assert "Позвонил клиенту, извинился, водителю выговор" in resolved.text and "✅" in resolved.text
    (alert,) = await tzk.alerts()
    assert alert.status == AlertStatus.RESOLVED and alert.resolved_by == head.id
    assert alert.taken_by == head.id and alert.resolution.startswith("Позвонил клиенту")


async def test_anyone_on_the_staff_may_resolve_without_taking_first(tzk):
    _, ping = await low_logistics_score(tzk)
    await tzk.sb.tap(tzk.admin.id, "Решено", chat_id=tzk.staff.id)
    question = await shows(tzk, tzk.staff.id, "как решили?")
    await tzk.sb.send(tzk.admin.id, "Разобрались сами", chat_id=tzk.staff.id,
                      reply_to=question.message_id)
    await shows(tzk, tzk.staff.id, "Решено: Ольга Админова")


async def test_someone_not_on_the_staff_is_refused_and_nothing_changes(tzk):
    _, ping = await low_logistics_score(tzk)
    stranger = await tzk.sb.user("Посторонний")
    await says(tzk, stranger, "/start")
    for data in (b.callback_data for b in ping.buttons()):
        # The buttons are only in the staff chat: a stranger can only replay their data.
        refused = await tzk.sb.tap(stranger.id, data=data)
        assert refused.text == "Эти кнопки — только для сотрудников." and refused.show_alert
    await tzk.sb.idle()
    (alert,) = await tzk.alerts()
    assert alert.status == AlertStatus.OPEN and alert.taken_by is None
    assert len((await tzk.sb.messages(tzk.staff.id))[-1].versions) == 1


async def test_a_second_take_says_who_has_it(tzk):
    _, ping = await low_logistics_score(tzk)
    await tzk.sb.tap(tzk.heads["logistics"].id, "Взять в работу", chat_id=tzk.staff.id)
    late = await tzk.sb.tap(tzk.admin.id, data=ping.buttons()[0].callback_data, chat_id=tzk.staff.id,
                            message_id=ping.message_id)
    assert late.text == "Уже в работе: Пётр Логистов."
    (alert,) = await tzk.alerts()
    assert alert.taken_by == tzk.heads["logistics"].id


async def test_forged_presses_by_staff_change_nothing(tzk):
    _, ping = await low_logistics_score(tzk)
    (alert,) = await tzk.alerts()
    for data in (f"s1:t:{alert.id + 100}", "s1:x:1", f"s1:t:{alert.id}:1", "s9:t:1"):
        answer_ = await tzk.sb.tap(tzk.admin.id, data=data, chat_id=tzk.staff.id,
                                   message_id=ping.message_id)
        assert answer_.text == "Эта кнопка устарела.", data
    await says(tzk, tzk.admin, "/start")
    elsewhere = await tzk.sb.tap(tzk.admin.id, data=f"s1:t:{alert.id}")  # not under its ping
    assert elsewhere.text == "Эта кнопка устарела."
    (alert,) = await tzk.alerts()
    assert alert.status == AlertStatus.OPEN


async def test_a_note_from_someone_else_or_too_long_resolves_nothing(tzk):
    _, ping = await low_logistics_score(tzk)
    head = tzk.heads["logistics"]
    await tzk.sb.tap(head.id, "Решено", chat_id=tzk.staff.id)
    question = await shows(tzk, tzk.staff.id, "как решили?")

    other = await tzk.sb.send(tzk.admin.id, "Я решила", chat_id=tzk.staff.id,
                              reply_to=question.message_id)
    hint = await tzk.sb.wait_for_message(tzk.staff.id, after=other.message_id)
    assert "Этот вопрос задан Пётр Логистов" in hint.text
    long = await tzk.sb.send(head.id, "долго " * 300, chat_id=tzk.staff.id,
                             reply_to=question.message_id)
    refusal = await tzk.sb.wait_for_message(tzk.staff.id, after=long.message_id)
    assert "уложитесь, пожалуйста, в 1000 символов" in refusal.text
    (alert,) = await tzk.alerts()
    assert alert.status == AlertStatus.OPEN and alert.resolution is None


async def test_pressing_resolved_twice_asks_once(tzk):
    _, ping = await low_logistics_score(tzk)
    head = tzk.heads["logistics"]
    await tzk.sb.tap(head.id, "Решено", chat_id=tzk.staff.id)
    await shows(tzk, tzk.staff.id, "как решили?")
    again = await tzk.sb.tap(head.id, data=ping.buttons()[1].callback_data, chat_id=tzk.staff.id,
                             message_id=ping.message_id)
    assert "Ответьте, пожалуйста, на вопрос" in again.text
    await tzk.sb.idle()
    questions = [m for m in await tzk.sb.messages(tzk.staff.id) if "как решили?" in (m.text or "")]
    assert len(questions) == 1
    async with tzk.rt.db.session() as session:
        assert len(await alert_events.of_alert(session, (await tzk.alerts())[0].id)) == 1


async def test_open_alerts_are_listed_oldest_first_without_resolved_ones(tzk):
    irina, _ = await low_logistics_score(tzk)
    tzk.clock.advance(minutes=30)
    boris, _ = await surveyed_client(tzk, client_id="C-2", name="ИП Кузнецов", first_name="Борис")
    await answer(tzk, boris, "1")
    await shows(tzk, tzk.staff.id, "Отдел продаж: 1 из 5")
    await tzk.sb.tap(tzk.heads["sales"].id, "Взять в работу", chat_id=tzk.staff.id)
    await shows(tzk, tzk.staff.id, "В работе: Сергей Продажин")

    listing = await says(tzk, tzk.heads["quality"], "/alerts", chat_id=tzk.staff.id)

    assert "Открытые обращения: 2" in listing.text
    first, second = listing.text.splitlines()[1:3]
    assert "ООО «Ромашка»" in first and "Логистика: 2 из 5" in first
    assert "ИП Кузнецов" in second and "в работе: Сергей Продажин" in second


async def test_alerts_with_nothing_open_and_with_arguments(tzk):
    assert "Открытых обращений нет" in (await says(tzk, tzk.admin, "/alerts")).text
    assert "/alerts — открытые обращения" in (await says(tzk, tzk.admin, "/alerts all")).text


async def test_a_taken_alert_stays_taken_when_the_client_changes_the_low_score(tzk):
    irina, ping = await low_logistics_score(tzk)
    await tzk.sb.tap(tzk.heads["logistics"].id, "Взять в работу", chat_id=tzk.staff.id)
    await shows(tzk, tzk.staff.id, "В работе: Пётр Логистов")
    await tzk.sb.tap(irina.id, "← Назад")
    await shows(tzk, irina.id, "Вопрос 2 из 4")

    await tzk.sb.tap(irina.id, "1")

    changed = await shows(tzk, tzk.staff.id, "Логистика: 1 из 5")
    assert changed.message_id == ping.message_id and "В работе: Пётр Логистов" in changed.text
    (alert,) = await tzk.alerts()
    assert alert.status == AlertStatus.TAKEN
