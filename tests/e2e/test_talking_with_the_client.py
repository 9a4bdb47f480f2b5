"""Whoever took an alert writes to the client through the bot; the client's answer comes back."""

from storage import alert_events
from storage.models import EventKind

from .steps import answer, says, shows, surveyed_client


async def taken_alert(tzk):
    """Irina gives logistics a 2 and skips the comment; the logistics head takes it."""
    irina, recorded = await surveyed_client(tzk)
    await answer(tzk, irina, "5", "2", "Пропустить")
    ping = await shows(tzk, tzk.staff.id, "Низкая оценка")
    await tzk.sb.tap(tzk.heads["logistics"].id, "Взять в работу", chat_id=tzk.staff.id)
    await shows(tzk, tzk.staff.id, "В работе")
    return irina, recorded, ping


async def test_a_reply_is_relayed_to_the_client_and_the_answer_comes_back(tzk):
    irina, _, ping = await taken_alert(tzk)
    head = tzk.heads["logistics"]

    sent = await tzk.sb.send(head.id, "Ирина, простите за опоздание. Следующую доставку привезём "
                             "к 9:00, водитель позвонит заранее.", chat_id=tzk.staff.id,
                             reply_to=ping.message_id)

    to_client = await shows(tzk, irina.id, "Сообщение от службы качества")
    assert "привезём к 9:00" in to_client.text and "Пётр" not in to_client.text
    confirmed = await tzk.sb.wait_for_message(tzk.staff.id, after=sent.message_id)
    assert confirmed.text == "✓ Отправлено клиенту."

    answer_ = await says(tzk, irina, "Спасибо, договорились!")
    assert "Передал ваш ответ" in answer_.text
    back = await shows(tzk, tzk.staff.id, "Спасибо, договорились!")
    assert back.raw["reply_to_message_id"] == ping.message_id
    assert "ООО «Ромашка» отвечает" in back.text and back.notified_user_ids == [head.id]

    again = await tzk.sb.send(head.id, "Рады помочь!", chat_id=tzk.staff.id, reply_to=back.message_id)
    await shows(tzk, irina.id, "Рады помочь!")
    await tzk.sb.wait_for_message(tzk.staff.id, after=again.message_id, contains="Отправлено")
    async with tzk.rt.db.session() as session:
        log = await alert_events.of_alert(session, (await tzk.alerts())[0].id)
    assert [(e.kind, e.text) for e in log] == [
        (EventKind.TO_CLIENT, sent.text), (EventKind.FROM_CLIENT, "Спасибо, договорились!"),
        (EventKind.TO_CLIENT, "Рады помочь!")]
    assert log[0].user_id == head.id


async def test_only_whoever_took_it_writes_to_the_client(tzk):
    irina, _, ping = await taken_alert(tzk)
    other = await tzk.sb.send(tzk.admin.id, "Давайте я позвоню", chat_id=tzk.staff.id,
                              reply_to=ping.message_id)
    refusal = await tzk.sb.wait_for_message(tzk.staff.id, after=other.message_id)
    assert "Клиенту пишет тот, кто взял обращение: Пётр Логистов" in refusal.text
    await tzk.sb.idle()
    assert not [m for m in await tzk.sb.messages(irina.id) if "службы качества" in (m.text or "")]


async def test_nobody_writes_to_the_client_before_the_alert_is_taken(tzk):
    irina, _ = await surveyed_client(tzk)
    await answer(tzk, irina, "1", "Пропустить")
    ping = await shows(tzk, tzk.staff.id, "Низкая оценка")
    sent = await tzk.sb.send(tzk.heads["sales"].id, "Здравствуйте!", chat_id=tzk.staff.id,
                             reply_to=ping.message_id)
    hint = await tzk.sb.wait_for_message(tzk.staff.id, after=sent.message_id)
    assert "сначала нажмите «Взять в работу»" in hint.text
    async with tzk.rt.db.session() as session:
        assert await alert_events.of_alert(session, (await tzk.alerts())[0].id) == []


async def test_a_comment_awaited_by_the_survey_stays_a_comment(tzk):
    irina, _, ping = await taken_alert(tzk)
    await tzk.sb.send(tzk.heads["logistics"].id, "Что именно случилось?", chat_id=tzk.staff.id,
                      reply_to=ping.message_id)
    await shows(tzk, irina.id, "Что именно случилось?")
    await tzk.sb.tap(irina.id, "1")  # quality: 1, and the bot asks what went wrong
    await shows(tzk, irina.id, "Что пошло не так?")

    await tzk.sb.send(irina.id, "Половина плитки битая")

    await shows(tzk, irina.id, "Комментарий получен")
    await shows(tzk, tzk.staff.id, "Контроль качества: 1 из 5")
    await tzk.sb.idle()
    relayed = [m for m in await tzk.sb.messages(tzk.staff.id) if "отвечает" in (m.text or "")]
    assert relayed == []


async def test_after_the_conversation_is_over_the_clients_text_is_not_relayed(tzk):
    irina, _, ping = await taken_alert(tzk)
    await tzk.sb.send(tzk.heads["logistics"].id, "Всё исправим", chat_id=tzk.staff.id,
                      reply_to=ping.message_id)
    await shows(tzk, irina.id, "Всё исправим")
    tzk.clock.advance(days=8)

    reply = await says(tzk, irina, "А когда следующая поставка?")

    assert "открытого опроса нет" in reply.text


async def test_a_client_who_blocked_the_bot_is_reported_to_the_staff(tzk):
    irina, _, ping = await taken_alert(tzk)
    await tzk.sb.block(irina.id)
    sent = await tzk.sb.send(tzk.heads["logistics"].id, "Простите нас", chat_id=tzk.staff.id,
                             reply_to=ping.message_id)
    notice = await tzk.sb.wait_for_message(tzk.staff.id, after=sent.message_id)
    assert "Клиент заблокировал бота" in notice.text


async def test_a_failed_send_to_the_client_says_so_and_logs_nothing(tzk):
    irina, _, ping = await taken_alert(tzk)
    await tzk.sb.fault(method="sendMessage", chat_id=irina.id, status=502)
    sent = await tzk.sb.send(tzk.heads["logistics"].id, "Простите нас", chat_id=tzk.staff.id,
                             reply_to=ping.message_id)
    notice = await tzk.sb.wait_for_message(tzk.staff.id, after=sent.message_id)
    assert "Не получилось отправить клиенту" in notice.text
    async with tzk.rt.db.session() as session:
        assert await alert_events.of_alert(session, (await tzk.alerts())[0].id) == []


async def test_an_oversized_reply_is_not_sent(tzk):
    irina, _, ping = await taken_alert(tzk)
    sent = await tzk.sb.send(tzk.heads["logistics"].id, "очень " * 600, chat_id=tzk.staff.id,
                             reply_to=ping.message_id)
    notice = await tzk.sb.wait_for_message(tzk.staff.id, after=sent.message_id)
    assert "уложитесь в 3000 символов" in notice.text


async def test_staff_talking_under_other_bot_messages_is_left_alone(tzk):
    settings = await says(tzk, tzk.admin, "/settings", chat_id=tzk.staff.id)
    chat = await tzk.sb.send(tzk.heads["sales"].id, "Интересно", chat_id=tzk.staff.id,
                             reply_to=settings.message_id)
    await tzk.sb.idle()
    assert [m for m in await tzk.sb.messages(tzk.staff.id)
            if m.from_bot and m.message_id > chat.message_id] == []
