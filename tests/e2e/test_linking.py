"""Clients link their Telegram once: by the deep link, or by sharing their phone."""

from storage.models import Client, ClientStatus

from .steps import shows


async def test_a_client_opening_the_deep_link_is_linked_and_greeted(tzk):
    recorded = await tzk.deliver("C-1", "ООО «Ромашка»")
    irina = await tzk.sb.user("Ирина", language_code="ru")

    await tzk.sb.start(irina.id, recorded.client.link_token)

    greeting = await shows(tzk, irina.id, "Здравствуйте, Ирина")
    assert "«Ромашка»" in greeting.text and "/stop" in greeting.text
    assert await tzk.count(Client, Client.chat_id == irina.id, Client.status == ClientStatus.ACTIVE) == 1


async def test_opening_the_link_again_is_harmless(tzk):
    recorded = await tzk.deliver("C-1")
    irina = await tzk.sb.user("Ирина")
    await tzk.sb.start(irina.id, recorded.client.link_token)
    await shows(tzk, irina.id, "Здравствуйте")

    await tzk.sb.start(irina.id, recorded.client.link_token)

    await shows(tzk, irina.id, "Вы уже подключены")
    assert await tzk.count(Client, Client.chat_id == irina.id) == 1


async def test_an_english_telegram_gets_english(tzk):
    recorded = await tzk.deliver("C-1", "Acme Ltd")
    john = await tzk.sb.user("John", language_code="en-GB")
    await tzk.sb.start(john.id, recorded.client.link_token)
    await shows(tzk, john.id, "Hello, John! You are signed up")


async def test_a_bad_token_binds_nothing_and_offers_the_phone_button(tzk):
    await tzk.deliver("C-1")
    stranger = await tzk.sb.user("Незнакомец")

    await tzk.sb.start(stranger.id, "not-a-real-token-123")

    reply = await shows(tzk, stranger.id, "ссылка не подошла")
    assert "Поделиться телефоном" in str(reply.reply_markup)
    assert await tzk.count(Client, Client.chat_id == stranger.id) == 0


async def test_a_link_already_used_by_someone_else_is_refused(tzk):
    recorded = await tzk.deliver("C-1")
    irina, other = await tzk.sb.user("Ирина"), await tzk.sb.user("Другой")
    await tzk.sb.start(irina.id, recorded.client.link_token)
    await shows(tzk, irina.id, "Здравствуйте")

    await tzk.sb.start(other.id, recorded.client.link_token)

    await shows(tzk, other.id, "уже подключена к другому аккаунту")
    assert await tzk.count(Client, Client.chat_id == other.id) == 0
    assert await tzk.count(Client, Client.chat_id == irina.id) == 1


async def test_sharing_a_known_phone_links_the_client(tzk):
    await tzk.deliver("C-1", "ООО «Ромашка»", phone="8 (916) 123-45-67")
    irina = await tzk.sb.user("Ирина")
    await tzk.sb.start(irina.id)
    await shows(tzk, irina.id, "поделитесь номером")

    await tzk.sb.share_contact(irina.id, "79161234567")

    await shows(tzk, irina.id, "Вы подключены")
    assert await tzk.count(Client, Client.chat_id == irina.id, Client.status == ClientStatus.ACTIVE) == 1


async def test_someone_elses_contact_links_nobody(tzk):
    await tzk.deliver("C-1", phone="+79161234567")
    irina, mallory = await tzk.sb.user("Ирина", phone_number="+79161234567"), await tzk.sb.user("Мэллори")

    await tzk.sb.share_contact(mallory.id, "+79161234567", contact_user_id=irina.id)

    await shows(tzk, mallory.id, "поделитесь своим номером")
    assert await tzk.count(Client, Client.chat_id.is_not(None)) == 0


async def test_an_unknown_phone_gets_a_polite_answer(tzk):
    await tzk.deliver("C-1", phone="+79161234567")
    someone = await tzk.sb.user("Кто-то")
    await tzk.sb.share_contact(someone.id, "+79990000000")
    await shows(tzk, someone.id, "Не нашёл клиента с этим номером")
    assert await tzk.count(Client, Client.chat_id.is_not(None)) == 0


async def test_id_in_the_staff_group_tells_the_numbers_for_the_settings(tzk):
    await tzk.sb.send(tzk.admin.id, "/id", chat_id=tzk.staff.id)
    reply = await shows(tzk, tzk.staff.id, "ID этого чата")
    assert str(tzk.staff.id) in reply.text and str(tzk.admin.id) in reply.text
