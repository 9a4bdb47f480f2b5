"""Admins edit the questionnaire in chat; clients get the new version, sent surveys keep theirs."""

from feedback.default_script import DEFAULT_SCRIPT
from feedback.questions import Kind, Question
from storage import scripts
from storage.models import Alert, Answer, AuditEntry, Script, Survey

from .steps import answer, linked_client, says, shows, surveyed_client


async def tap(tzk, label, user=None):
    """The admin (or `user`) taps `label` and sees the bot's response."""
    return await tzk.sb.tap_and_see((user or tzk.admin).id, label)


async def reply(tzk, text, user=None):
    """Answer the bot's newest message (its prompt) with `text`; the bot's next message."""
    who = user or tzk.admin
    prompt = (await tzk.sb.messages(who.id))[-1]
    sent = await tzk.sb.send(who.id, text, reply_to=prompt.message_id)
    return await tzk.sb.wait_for_message(who.id, after=sent.message_id)


async def remove_question(tzk, n):
    await says(tzk, tzk.admin, "/script")
    await tap(tzk, f"✏️ {n}")
    await tap(tzk, "🗑 Удалить")
    return await tap(tzk, f"Да, удалить вопрос {n}")


async def versions(tzk):
    return await tzk.count(Script)


async def current_questions(tzk):
    async with tzk.rt.db.session() as session:
        return [scripts.as_rule(q) for q in (await scripts.current_script(session)).questions]


async def test_an_admin_adds_a_question_and_the_next_client_gets_it(tzk):
    listing = await says(tzk, tzk.admin, "/script")
    assert "версия 1" in listing.text and "Как прошла доставка" in listing.text

    await tap(tzk, "➕ Добавить вопрос")
    await tap(tzk, "Контроль качества")
    await tap(tzk, "оценка 1–5")
    ask_en = await reply(tzk, "Упаковка была целой?")
    assert "по-английски" in ask_en.text
    await reply(tzk, "Was the packaging intact?")
    await tzk.sb.tap(tzk.admin.id, "Да")  # ask "what went wrong?" after a low score
    saved = await shows(tzk, tzk.admin.id, "Сохранено: версия 2")
    assert "вопросов: 5" in saved.text

    added = (await current_questions(tzk))[-1]
    assert added == Question("quality", Kind.SCALE5, "Упаковка была целой?", "Was the packaging intact?",
                             follow_up=True)
    irina, _ = await linked_client(tzk)
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    await shows(tzk, irina.id, "Вопрос 1 из 5")
    audit = await says(tzk, tzk.admin, "/audit 1")
    assert "script v2: add «Упаковка была целой?»" in audit.text


async def test_edit_reorder_and_remove(tzk):
    await says(tzk, tzk.admin, "/script")
    await tap(tzk, "✏️ 2")
    await tap(tzk, "Текст RU")
    changed = await reply(tzk, "Доставили вовремя и аккуратно?")
    assert "версия 2" in changed.text and "Доставили вовремя и аккуратно?" in changed.text
    await tap(tzk, "⬆️ Выше")  # the delivery question goes first
    await tap(tzk, "← К списку")
    await tap(tzk, "✏️ 4")
    await tap(tzk, "🗑 Удалить")
    done = await tap(tzk, "Да, удалить вопрос 4")
    assert "версия 4" in done.text and "вопросов: 3" in done.text

    questions = await current_questions(tzk)
    assert [q.ru for q in questions] == ["Доставили вовремя и аккуратно?", DEFAULT_SCRIPT[0].ru,
                                         DEFAULT_SCRIPT[2].ru]
    assert await tzk.count(AuditEntry, AuditEntry.action == "script") == 3


async def test_a_department_and_the_follow_up_are_changed_with_buttons(tzk):
    await says(tzk, tzk.admin, "/script")
    await tap(tzk, "✏️ 1")
    await tap(tzk, "Отдел")
    await tap(tzk, "Логистика")
    toggled = await tap(tzk, "Уточнение: да")
    assert "Уточнение: нет" in [b.text for b in toggled.buttons()]
    first = (await current_questions(tzk))[0]
    assert (first.department, first.follow_up) == ("logistics", False)


async def test_a_choice_question_takes_its_answers_line_by_line(tzk):
    await says(tzk, tzk.admin, "/script")
    await tap(tzk, "➕ Добавить вопрос")
    await tap(tzk, "Отдел продаж")
    await tap(tzk, "варианты")
    refused = await reply(tzk, "Отлично | Great\nПлохо | Bad | urgent")
    assert "неизвестная метка urgent" in refused.text
    await reply(tzk, "Отлично | Great\nПлохо | Bad | low")
    await reply(tzk, "Как вам наш новый каталог?")
    await tap(tzk, "Пропустить")
    await tzk.sb.tap(tzk.admin.id, "Нет")
    await shows(tzk, tzk.admin.id, "Сохранено: версия 2")
    added = (await current_questions(tzk))[-1]
    assert [(o.ru, o.low) for o in added.options] == [("Отлично", False), ("Плохо", True)]
    assert added.en == "" and not added.follow_up


async def test_a_free_text_question_is_answered_by_typing(tzk):
    await says(tzk, tzk.admin, "/script")
    await tap(tzk, "➕ Добавить вопрос")
    await tap(tzk, "Отдел продаж")
    await tap(tzk, "свой ответ текстом")
    await reply(tzk, "Что нам улучшить?")
    await tzk.sb.tap(tzk.admin.id, "Пропустить")  # no English; a typed answer cannot be low: saved
    await shows(tzk, tzk.admin.id, "Сохранено: версия 2")

    irina, recorded = await linked_client(tzk)
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    await shows(tzk, irina.id, "Вопрос 1 из 5")
    await answer(tzk, irina, "5", "5", "5", "Да")
    await shows(tzk, irina.id, "Напишите ответ сообщением")
    await tzk.sb.send(irina.id, "Больше вариантов доставки")
    await shows(tzk, irina.id, "Спасибо за ответы")
    comments = [a.comment for a in await tzk.answers(recorded.survey.id) if a.comment]
    assert comments == ["Больше вариантов доставки"]


async def test_a_survey_sent_before_an_edit_finishes_on_its_own_version(tzk):
    irina, recorded = await surveyed_client(tzk)
    await answer(tzk, irina, "5")

    await remove_question(tzk, 4)

    await answer(tzk, irina, "5", "5")
    last = await shows(tzk, irina.id, "Вопрос 4 из 4")
    assert "Планируете ли вы новую закупку" in last.text
    await tzk.sb.tap(irina.id, "Да")
    await shows(tzk, irina.id, "Спасибо за ответы")
    assert len(await tzk.answers(recorded.survey.id)) == 4
    survey = await tzk.survey(recorded.survey.id)
    async with tzk.rt.db.session() as session:
        assert (await session.get(Script, survey.script_id)).version == 1


async def test_a_survey_waiting_to_be_sent_takes_the_newest_version(tzk):
    irina, recorded = await linked_client(tzk)
    await remove_question(tzk, 4)
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    await shows(tzk, irina.id, "Вопрос 1 из 3")


async def test_cancel_mid_dialogue_saves_nothing(tzk):
    await says(tzk, tzk.admin, "/script")
    await tap(tzk, "➕ Добавить вопрос")
    await tap(tzk, "Логистика")
    await tap(tzk, "оценка 1–5")
    cancelled = await says(tzk, tzk.admin, "/cancel")
    assert "Отменено" in cancelled.text
    later = await says(tzk, tzk.admin, "Водитель был вежлив?")  # no longer taken as the question
    assert "Сохранено" not in later.text
    assert await versions(tzk) == 1
    again = await says(tzk, tzk.admin, "/cancel")
    assert "Отменять нечего" in again.text


async def test_an_over_long_text_is_refused_and_the_dialogue_goes_on(tzk):
    await says(tzk, tzk.admin, "/script")
    await tap(tzk, "✏️ 1")
    await tap(tzk, "Текст RU")
    refused = await reply(tzk, "Я" * 501)
    assert "Слишком длинно: 501 символов, можно до 500" in refused.text
    assert await versions(tzk) == 1
    saved = await reply(tzk, "Короткий вопрос?")
    assert "версия 2" in saved.text


async def test_an_eleventh_question_is_refused(tzk):
    async with tzk.rt.db.session() as session:
        await scripts.save_version(session, [DEFAULT_SCRIPT[0]] * 10, tzk.clock())
        await session.commit()
    listing = await says(tzk, tzk.admin, "/script")
    assert "Больше 5 вопросов" in listing.text
    refused = await tap(tzk, "➕ Добавить вопрос")
    assert "уже 10 вопросов" in refused.text
    assert await versions(tzk) == 2


async def test_removing_the_only_question_is_refused(tzk):
    async with tzk.rt.db.session() as session:
        await scripts.save_version(session, [DEFAULT_SCRIPT[0]], tzk.clock())
        await session.commit()
    await says(tzk, tzk.admin, "/script")
    await tap(tzk, "✏️ 1")
    await tap(tzk, "🗑 Удалить")
    refused = await tap(tzk, "Да, удалить вопрос 1")
    assert "единственный вопрос" in refused.text
    assert await versions(tzk) == 2


async def test_buttons_of_an_older_version_change_nothing(tzk):
    await says(tzk, tzk.admin, "/script")
    old = (await tzk.sb.messages(tzk.admin.id))[-1]
    await says(tzk, tzk.admin, "/script")
    await tap(tzk, "✏️ 1")
    await tap(tzk, "⬇️ Ниже")  # now version 2
    stale = await tzk.sb.tap(tzk.admin.id, "✏️ 1", message_id=old.message_id)
    assert stale.text is None
    shown = await tzk.sb.wait_for_message(tzk.admin.id, contains="изменили, пока вы его редактировали")
    assert shown.message_id == old.message_id and await versions(tzk) == 2


async def test_a_stranger_pressing_editor_buttons_is_refused(tzk):
    await says(tzk, tzk.admin, "/script")
    data = next(b.callback_data for b in (await tzk.sb.messages(tzk.admin.id))[-1].buttons()
                if b.text == "✏️ 1").replace(":q:", ":rmok:")
    stranger = await tzk.sb.user("Посторонний")
    await says(tzk, stranger, "привет")
    refused = await tzk.sb.tap(stranger.id, data=data)
    assert "только для администраторов" in refused.text
    assert await versions(tzk) == 1


async def test_forged_editor_data_changes_nothing(tzk):
    await says(tzk, tzk.admin, "/script")
    for data in ("e1:1:rmok:99", "e1:1:setdep:0_nowhere", "e1:x:q:1", "e1:1:akind:weird"):
        await tzk.sb.tap(tzk.admin.id, data=data)
    assert await versions(tzk) == 1
    assert (await current_questions(tzk))[0].department == "sales"


async def test_preview_runs_the_survey_for_the_admin_and_counts_nothing(tzk):
    await says(tzk, tzk.admin, "/preview")
    first = await shows(tzk, tzk.admin.id, "Предпросмотр")
    assert "Вопрос 1 из 4" in first.text
    await answer(tzk, tzk.admin, "1", "Пропустить", "5", "5", "Да")
    thanks = await shows(tzk, tzk.admin.id, "Спасибо за ответы")
    assert "предпросмотр" in thanks.text
    await tzk.tick("sync_alerts")
    await tzk.sb.idle()
    assert await tzk.count(Alert) == 0
    assert [m for m in await tzk.sb.messages(tzk.staff.id) if m.from_bot] == []
    assert await tzk.count(Survey, Survey.preview.is_(False)) == 0
    assert await tzk.count(Answer) == 4  # kept for the flow, flagged as a preview's


async def test_preview_from_the_staff_chat_goes_to_the_admins_private_chat(tzk):
    await tzk.sb.send(tzk.admin.id, "/start")  # the admin has a chat with the bot
    answer_ = await says(tzk, tzk.admin, "/preview", chat_id=tzk.staff.id)
    assert "в личные сообщения" in answer_.text
    await shows(tzk, tzk.admin.id, "Вопрос 1 из 4")


async def test_preview_for_an_admin_without_a_chat_says_how_to_open_one(tzk):
    other = await tzk.sb.user("Алла", last_name="Админ")
    await tzk.sb.add_member(tzk.staff.id, other.id)
    await says(tzk, tzk.admin, f"/admins add {other.id}")
    answer_ = await says(tzk, other, "/preview", chat_id=tzk.staff.id)
    assert "сначала откройте чат со мной" in answer_.text
    assert await tzk.count(Survey, Survey.state == "sent") == 0
