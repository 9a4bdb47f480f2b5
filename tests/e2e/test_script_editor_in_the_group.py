"""The questionnaire editor in the staff group, beside everything else said there."""

from storage.models import AlertStatus, Script

from .steps import says, shows
from .test_alert_handling import low_logistics_score
from .test_script_editor import tap as editor_tap


async def _open_text_prompt(tzk):
    """The admin, in the staff group, asks to change question 1's text; the bot's prompt."""
    await says(tzk, tzk.admin, "/script", chat_id=tzk.staff.id)
    for label in ("✏️ 1", "Текст RU"):
        await tzk.sb.tap_and_see(tzk.admin.id, label, chat_id=tzk.staff.id)
    return await shows(tzk, tzk.staff.id, "Пришлите текст вопроса по-русски")


async def test_a_resolve_note_is_not_taken_for_the_question_being_edited(tzk):
    _, ping = await low_logistics_score(tzk)  # (the clock moves three days on here)
    prompt = await _open_text_prompt(tzk)
    await tzk.sb.tap(tzk.admin.id, "Решено", chat_id=tzk.staff.id)
    question = await shows(tzk, tzk.staff.id, "как решили?")
    await tzk.sb.send(tzk.admin.id, "Позвонили клиенту", chat_id=tzk.staff.id,
                      reply_to=question.message_id)
    await shows(tzk, tzk.staff.id, "Решено: Ольга Админова")
    assert [a.status for a in await tzk.alerts()] == [AlertStatus.RESOLVED]
    assert await tzk.count(Script) == 1

    sent = await tzk.sb.send(tzk.admin.id, "Как прошло общение с менеджером?", chat_id=tzk.staff.id,
                             reply_to=prompt.message_id)
    saved = await tzk.sb.wait_for_message(tzk.staff.id, after=sent.message_id)
    assert "версия 2" in saved.text and await tzk.count(Script) == 2


async def test_plain_talk_in_the_group_is_not_taken_either(tzk):
    await _open_text_prompt(tzk)
    await tzk.sb.send(tzk.admin.id, "Коллеги, я правлю опросник", chat_id=tzk.staff.id)
    await tzk.sb.idle()
    assert await tzk.count(Script) == 1


async def test_a_save_that_lost_to_another_admin_is_told_at_once(tzk):
    other = tzk.heads["quality"]
    await says(tzk, tzk.admin, f"/admins add {other.id}")
    await says(tzk, tzk.admin, "/script")
    await editor_tap(tzk, "✏️ 1")
    await editor_tap(tzk, "Текст RU")
    await says(tzk, other, "/script")
    await editor_tap(tzk, "✏️ 2", user=other)
    await editor_tap(tzk, "⬇️ Ниже", user=other)  # version 2, meanwhile

    prompt = (await tzk.sb.messages(tzk.admin.id))[-1]
    sent = await tzk.sb.send(tzk.admin.id, "Новый текст", reply_to=prompt.message_id)
    told = await tzk.sb.wait_for_message(tzk.admin.id, after=sent.message_id, timeout=5)
    assert "изменили, пока вы его редактировали" in told.text
    assert await tzk.count(Script) == 2
