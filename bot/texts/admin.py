"""What admins read in answer to their commands."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # admins
    "ids": ("ID этого чата: {chat}\nВаш ID пользователя: {user}",
            "This chat's id: {chat}\nYour user id: {user}"),
    "not_admin": ("Эта команда — только для администраторов.", "This command is for admins only."),
    "delivery_usage": (
        "Как записать поставку:\n"
        "/delivery КОД_КЛИЕНТА \"Название\" [phone=+79161234567] [manager=\"Имя\"] "
        "[at=2026-12-01] [id=D-123] [order=4711]\n"
        "Пример: /delivery C-17 \"ООО Ромашка\" phone=+79161234567 manager=\"Анна Смирнова\"",
        "How to record a delivery:\n"
        "/delivery CLIENT_ID \"Name\" [phone=+79161234567] [manager=\"Name\"] "
        "[at=2026-12-01] [id=D-123] [order=4711]\n"
        "Example: /delivery C-17 \"Romashka Ltd\" phone=+79161234567 manager=\"Anna Smirnova\"",
    ),
    "delivery_bad": ("Не получилось: {reason}", "That did not work: {reason}"),
    "delivery_quotes": ("не закрыта кавычка", "a quote is not closed"),
    "delivery_unknown_keys": ("неизвестные поля {keys}", "unknown fields {keys}"),
    "delivery_need_client": ("нужны код клиента и название", "the client's id and name are needed"),
    "delivery_bad_field": ("{field} — {problem}", "{field} — {problem}"),
    "help_admin": ("<b>Команды администратора</b>", "<b>Admin commands</b>"),
    "help_staff": ("<b>Команды для сотрудников</b>", "<b>Staff commands</b>"),
    "staff_chat_only": ("Эта команда работает в чате сотрудников или в личном чате со мной.",
                        "This command works in the staff chat or in a private chat with me."),
    "not_staff": ("Эта команда — только для сотрудников.", "This command is for staff only."),
    # /settings, /set
    "settings_title": ("<b>Настройки</b>", "<b>Settings</b>"),
    "settings_line": ("<code>{name}</code> = <b>{value}</b> — {meaning}",
                      "<code>{name}</code> = <b>{value}</b> — {meaning}"),
    "settings_staff_chat": ("Чат сотрудников: {chat}", "Staff chat: {chat}"),
    "settings_how": (
        "Изменить: /set ИМЯ ЗНАЧЕНИЕ, например /set delay 2d\n"
        "Вернуть значение по умолчанию: /set ИМЯ default",
        "To change: /set NAME VALUE, e.g. /set delay 2d\n"
        "Back to the default: /set NAME default",
    ),
    "set_usage": (
        "Как изменить настройку: /set ИМЯ ЗНАЧЕНИЕ\nИмена: {names}\n"
        "Пример: /set delay 2d · /set window 09:00-19:00 · /set timezone Asia/Yekaterinburg\n"
        "Текущие значения: /settings",
        "How to change a setting: /set NAME VALUE\nNames: {names}\n"
        "Example: /set delay 2d · /set window 09:00-19:00 · /set timezone Asia/Yekaterinburg\n"
        "Current values: /settings",
    ),
    "set_unknown": ("Нет настройки «{name}».", "There is no setting “{name}”."),
    "set_bad": ("Не получилось: «{value}» не подходит. Нужно: {form}.\nСейчас: {name} = {now}",
                "That did not work: “{value}” does not fit. Expected: {form}.\nNow: {name} = {now}"),
    "set_done": ("Готово: {name} было {before}, стало {after}.",
                 "Done: {name} was {before}, is now {after}."),
    # /audit
    "audit_title": ("<b>Последние изменения</b>", "<b>Latest changes</b>"),
    "audit_empty": ("Изменений пока не было.", "Nothing has been changed yet."),
    "audit_usage": ("Как смотреть журнал: /audit [сколько записей, 1–50]",
                    "How to read the log: /audit [how many entries, 1–50]"),
}
