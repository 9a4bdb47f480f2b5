"""Admins change the timing in chat; each change is checked, audited and kept."""

from datetime import timedelta

from bot.menus import publish_menus
from storage.models import AuditEntry, ConfigValue

from .steps import linked_client, says


async def test_an_admin_sees_the_settings_with_their_values(tzk):
    answer = await says(tzk, tzk.admin, "/settings")
    for expected in ("delay", "3d", "window", "10:00-20:00", "timezone", "Europe/Moscow",
                     "expiry", "7d", str(tzk.staff.id), "workhours", "mon-fri 09:00-18:00",
                     "escalate", "4h", "escalations", "remind", "1d", "reminders", "throttle",
                     "14"):
        assert expected in answer.text, expected


async def test_a_new_delay_applies_to_the_next_delivery_and_is_audited(tzk):
    answer = await says(tzk, tzk.admin, "/set delay 2d")
    assert "было 3d, стало 2d" in answer.text

    irina, recorded = await linked_client(tzk)
    assert recorded.survey.due_at == tzk.clock() + timedelta(days=2)
    log = await says(tzk, tzk.admin, "/audit")
    assert "Ольга Админова" in log.text and "survey_delay 3d → 2d" in log.text


async def test_a_setting_changed_in_chat_survives_a_restart_and_resets_to_the_default(tzk):
    await says(tzk, tzk.admin, "/set window 09:00-18:00")
    await tzk.restart()
    assert str(tzk.rt.settings.send_window) == "09:00-18:00"

    answer = await says(tzk, tzk.admin, "/set window default")
    assert "стало 10:00-20:00" in answer.text
    assert await tzk.count(ConfigValue) == 0


async def test_a_bad_value_gets_the_accepted_form_and_changes_nothing(tzk):
    for command, form in (("/set delay soon", "число с d, h или m"),
                          ("/set window 25:00-26:00", "ЧЧ:ММ-ЧЧ:ММ"),
                          ("/set timezone Mars/Olympus", "Europe/Moscow"),
                          ("/set timezone Europe", "Europe/Moscow"),
                          ("/set language de", "ru или en")):
        answer = await says(tzk, tzk.admin, command)
        assert "Не получилось" in answer.text and form in answer.text, (command, answer.text)
    assert await tzk.count(ConfigValue) == 0 and await tzk.count(AuditEntry) == 0


async def test_the_loops_settings_are_changed_in_chat(tzk):
    for command, shown, field, value in (
            ("/set workhours пн-сб 08:00-17:00", "стало mon-sat 08:00-17:00", "working_hours",
             "mon-sat 08:00-17:00"),
            ("/set escalate 2h", "стало 2h", "escalation_after", timedelta(hours=2)),
            ("/set escalations 1", "стало 1", "escalation_limit", 1),
            ("/set remind 2d", "стало 2d", "reminder_after", timedelta(days=2)),
            ("/set reminders 0", "стало 0", "reminder_count", 0),
            ("/set throttle 0", "стало 0", "throttle_days", 0)):
        answer = await says(tzk, tzk.admin, command)
        assert shown in answer.text, (command, answer.text)
        current = getattr(tzk.rt.settings, field)
        assert (str(current) if field == "working_hours" else current) == value, command


async def test_bad_values_for_the_loops_settings_change_nothing(tzk):
    for command, form in (("/set workhours 18:00-09:00", "пн-пт 09:00-18:00"),
                          ("/set workhours weekdays 09:00-18:00", "mon-sat"),
                          ("/set remind 0", "/set reminders 0"),
                          ("/set reminders 9", "от 0 до 5"),
                          ("/set throttle -1", "от 0 до 365"),
                          ("/set escalate soon", "число с d, h или m")):
        answer = await says(tzk, tzk.admin, command)
        assert "Не получилось" in answer.text and form in answer.text, (command, answer.text)
    assert await tzk.count(ConfigValue) == 0


async def test_misuse_of_set_gets_the_usage(tzk):
    for command in ("/set", "/set delay", "/set colour blue"):
        answer = await says(tzk, tzk.admin, command)
        assert "/set ИМЯ ЗНАЧЕНИЕ" in answer.text, command
    assert await tzk.count(AuditEntry) == 0


async def test_audit_with_a_bad_count_gets_the_usage(tzk):
    answer = await says(tzk, tzk.admin, "/audit lots")
    assert "/audit [сколько записей" in answer.text


async def test_each_kind_of_person_sees_their_own_command_menu(tzk):
    await publish_menus(tzk.rt)
    menus = {(m["scope"]["type"], m["scope"].get("chat_id"), m["scope"].get("user_id"),
              m["language_code"]): [c["command"] for c in m["commands"]]
             for m in await tzk.sb.commands()}
    assert menus[("all_private_chats", None, None, "")] == ["start", "help", "stop"]
    admin_menu = menus[("chat", tzk.admin.id, None, "")]
    assert {"settings", "set", "audit", "delivery"} <= set(admin_menu)
    staff_menu = menus[("chat", tzk.staff.id, None, "")]
    assert "set" not in staff_menu and {"help", "alerts", "leads"} <= set(staff_menu)
    assert "set" in menus[("chat_member", tzk.staff.id, tzk.admin.id, "")]


async def test_help_explains_what_each_person_can_do(tzk):
    admin_help = await says(tzk, tzk.admin, "/help")
    assert "/script" in admin_help.text and "/set —" in admin_help.text
    head = tzk.heads["sales"]
    staff_help = await says(tzk, head, "/help", chat_id=tzk.staff.id)
    assert "Команды для сотрудников" in staff_help.text and "/script" not in staff_help.text
    client = await tzk.sb.user("Клиент", language_code="en")
    client_help = await says(tzk, client, "/help")
    assert "/stop" in client_help.text and "/script" not in client_help.text
    assert "one tap each" in client_help.text
