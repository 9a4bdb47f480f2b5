"""An admin records a delivery from Telegram; anyone else, or bad words, change nothing."""

from storage.models import Delivery

from .steps import shows


async def test_an_admin_records_a_delivery_and_gets_the_link(tzk):
    await tzk.sb.send(tzk.admin.id, '/delivery C-17 "ООО Ромашка" phone=+79161234567 '
                                    'manager="Анна Смирнова" at=2026-12-03 id=D-77')
    reply = await shows(tzk, tzk.admin.id, "Поставка записана")
    assert "D-77" in reply.text and "https://t.me/tzk_test_bot?start=" in reply.text
    assert "06.12.2026 10:00 MSK" in reply.text  # 3 days after midnight, moved into the window
    assert await tzk.count(Delivery, Delivery.external_id == "D-77") == 1


async def test_the_same_delivery_twice_is_recorded_once(tzk):
    for _ in range(2):
        await tzk.sb.send(tzk.admin.id, '/delivery C-17 "ООО Ромашка" id=D-77')
    await shows(tzk, tzk.admin.id, "уже была записана")
    assert await tzk.count(Delivery) == 1


async def test_someone_who_is_not_an_admin_is_refused_politely(tzk):
    manager = await tzk.sb.user("Игорь")
    await tzk.sb.send(manager.id, '/delivery C-17 "ООО Ромашка"')
    await shows(tzk, manager.id, "только для администраторов")
    assert await tzk.count(Delivery) == 0


async def test_misuse_gets_the_usage_and_changes_nothing(tzk):
    for words, reason in [
        ("/delivery", "Как записать поставку"),
        ("/delivery C-17", "нужны код клиента и название"),
        ('/delivery C-17 "ООО Ромашка" at=вчера', "at — нужна дата"),
        ('/delivery C-17 "ООО Ромашка" phone=12', "phone — это не номер телефона"),
        ('/delivery C-17 "ООО Ромашка" colour=red', "неизвестные поля colour"),
        ('/delivery C-17 "ООО Ромашка', "не закрыта кавычка"),
        ("/delivery C-17 " + "Я" * 300, "Name — слишком длинно (можно до 200)"),
    ]:
        await tzk.sb.send(tzk.admin.id, words)
        reply = await tzk.sb.wait_for_message(
            tzk.admin.id, predicate=lambda m, r=reason: r in (m.text or "") and "/delivery" in m.text)
        assert "Пример" in reply.text
    assert await tzk.count(Delivery) == 0
