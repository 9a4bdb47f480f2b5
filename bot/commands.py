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
PUBLIC = frozenset({"start", "stop", "help", "id"})

STAFF_COMMANDS: tuple[Command, ...] = (
    Command("help", "Что умеет бот", "What the bot does"),
    Command("id", "ID чата и ваш ID", "This chat's id and yours"),
    Command("alerts", "Открытые обращения", "Open alerts"),
    Command("leads", "Лиды: кто планирует закупку", "Leads: who plans to buy again"),
)

ADMIN_COMMANDS: tuple[Command, ...] = (
    Command("settings", "Текущие настройки", "Current settings"),
    Command("set", "Изменить настройку: /set delay 2d", "Change a setting: /set delay 2d"),
    Command("delivery", "Записать поставку", "Record a delivery"),
    Command("audit", "Последние изменения", "Latest changes"),
    Command("manager", "Указать Telegram менеджера", "Tell the bot who a manager is"),
)


def menu(*groups: tuple[Command, ...]) -> list[Command]:
    """The commands of `groups`, each name once, in order."""
    seen: dict[str, Command] = {}
    for group in groups:
        for command in group:
            seen.setdefault(command.name, command)
    return list(seen.values())
