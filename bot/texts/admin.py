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
}
