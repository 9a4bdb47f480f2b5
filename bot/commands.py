"""Every command the bot knows, who may use it, and how each menu (setMyCommands) lists them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    name: str
    ru: str
    en: str

    def describe(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


CLIENT_COMMANDS = (
    Command("start", "Подключиться / включить опросы", "Sign up / turn surveys on"),
    Command("help", "Справка", "Help"),
    Command("stop", "Отказаться от опросов", "No more surveys"),
)
# Anyone may use these; every other command checks the role of whoever sends it.
PUBLIC = frozenset({"start", "stop", "help", "id", "cancel"})

STAFF_COMMANDS: tuple[Command, ...] = (
    Command("help", "Что умеет бот", "What the bot does"),
    Command("id", "ID чата и ваш ID", "This chat's id and yours"),
    Command("alerts", "Открытые сигналы о низких оценках", "Open low-score alerts"),
    Command("leads", "Лиды: кто планирует закупку", "Leads: who plans to buy again"),
    Command("report", "Отчёт по оценкам: /report 7d", "Scores report: /report 7d"),
    Command("export", "Ответы в CSV и XLSX: /export 2026-11", "Answers as CSV and XLSX: /export 2026-11"),
)

ADMIN_COMMANDS: tuple[Command, ...] = (
    Command("script", "Опросник: добавить, изменить, переставить, удалить вопросы",
            "The questionnaire: add, change, reorder, remove questions"),
    Command("preview", "Пройти опрос как клиент (ничего не учитывается)",
            "Take the survey as a client would (nothing is counted)"),
    Command("settings", "Настройки: сроки, окно, напоминания, эскалации, сводка",
            "Settings: timing, window, reminders, escalations, digest"),
    Command("set", "Изменить настройку, например /set delay 2d", "Change a setting, e.g. /set delay 2d"),
    Command("departments", "Отделы, руководители, пороги", "Departments, heads, thresholds"),
    Command("department", "Изменить отдел, например /department threshold logistics 2",
            "Change a department, e.g. /department threshold logistics 2"),
    Command("manager", "Указать Telegram менеджера (ответом на его сообщение)",
            "Tell the bot who a manager is (as a reply to their message)"),
    Command("admins", "Администраторы: список, добавить, убрать, пригласить",
            "Admins: list, add, remove, invite"),
    Command("bind", "Сделать эту группу чатом сотрудников", "Make this group the staff chat"),
    Command("topic", "Сигналы отдела — в эту тему форума: /topic logistics",
            "A department's pings into this forum topic: /topic logistics"),
    Command("delivery", "Записать поставку вручную", "Record a delivery by hand"),
    Command("import", "Загрузить поставки из файла CSV/XLSX", "Import deliveries from a CSV/XLSX file"),
    Command("audit", "Кто что менял", "Who changed what"),
    Command("cancel", "Отменить редактирование", "Cancel an edit"),
)


def menu(*groups: tuple[Command, ...]) -> list[Command]:
    """The commands of `groups`, each name once, in order."""
    seen: dict[str, Command] = {}
    for group in groups:
        for command in group:
            seen.setdefault(command.name, command)
    return list(seen.values())
