"""/stop, /start again, and a client who blocks the bot: nothing sent, nothing retried."""

from storage.models import Client, ClientStatus

from .steps import eventually, linked_client, shows


async def _survey_sends(tzk, chat_id):
    """Every attempt to send this chat a questionnaire, whatever came of it."""
    return [c for c in await tzk.sb.calls(method="sendMessage", chat_id=chat_id)
            if "Вопрос" in c.params.get("text", "")]


def _status(tzk, chat_id, status):
    """A check that the client of `chat_id` is recorded as `status` (a block or unblock is
    seen when it is recorded, not when the bot fetched it)."""
    async def recorded():
        return await tzk.count(Client, Client.chat_id == chat_id, Client.status == status) == 1
    return recorded


async def _survey_messages(tzk, chat_id):
    return [m for m in await tzk.sb.messages(chat_id) if m.from_bot and "Вопрос" in (m.text or "")]


async def test_stop_means_no_survey(tzk):
    irina, _ = await linked_client(tzk)
    await tzk.sb.send(irina.id, "/stop")
    await shows(tzk, irina.id, "больше не побеспокою")

    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    await tzk.sb.idle()

    assert await _survey_messages(tzk, irina.id) == []
    assert await tzk.count(Client, Client.status == ClientStatus.OPTED_OUT) == 1


async def test_start_after_stop_switches_surveys_back_on(tzk):
    irina, _ = await linked_client(tzk)
    await tzk.sb.send(irina.id, "/stop")
    await shows(tzk, irina.id, "больше не побеспокою")
    await tzk.sb.send(irina.id, "/start")
    await shows(tzk, irina.id, "С возвращением")

    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    await shows(tzk, irina.id, "Вопрос 1 из 4")


async def test_a_blocked_bot_is_noticed_and_the_client_is_not_retried(tzk):
    irina, _ = await linked_client(tzk)
    await tzk.sb.block(irina.id)
    await eventually(_status(tzk, irina.id, ClientStatus.BLOCKED))

    for _ in range(3):
        tzk.clock.advance(days=1, minutes=1)
        await tzk.tick("dispatch")
    await tzk.sb.idle()

    assert await _survey_sends(tzk, irina.id) == []


async def test_a_403_on_send_marks_the_client_and_stops_there(tzk):
    irina, recorded = await linked_client(tzk)
    # Telegram may not tell the bot about a block; the 403 on the first send must do.
    await tzk.sb.fault(method="sendMessage", chat_id=irina.id, status=403,
                       description="Forbidden: bot was blocked by the user", times=1)
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    for _ in range(3):
        tzk.clock.advance(hours=2)
        await tzk.tick("dispatch")
    await tzk.sb.idle()

    assert [c.http_status for c in await _survey_sends(tzk, irina.id)] == [403]
    assert await tzk.count(Client, Client.status == ClientStatus.BLOCKED) == 1


async def test_unblocking_resumes_the_waiting_survey(tzk):
    irina, _ = await linked_client(tzk)
    await tzk.sb.block(irina.id)
    await tzk.sb.idle()
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    await tzk.sb.unblock(irina.id)

    await eventually(_status(tzk, irina.id, ClientStatus.ACTIVE))
    await tzk.tick("dispatch")

    await shows(tzk, irina.id, "Вопрос 1 из 4")
