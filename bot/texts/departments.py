"""What admins read when managing departments."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "departments_title": ("<b>Отделы</b>", "<b>Departments</b>"),
    "department_line": (
        "<code>{code}</code> — {name}\n   руководитель: {head} · низкая оценка ≤ {threshold}{topic}",
        "<code>{code}</code> — {name}\n   head: {head} · low score ≤ {threshold}{topic}",
    ),
    "department_topic": (" · тема {topic}", " · topic {topic}"),
    "department_no_head": ("не назначен", "not set"),
    "department_usage": (
        "Отделы: /departments\n"
        "Добавить: /department add КОД Название | English name\n"
        "Переименовать: /department rename КОД Название | English name\n"
        "Руководитель: ответьте на сообщение человека командой /department head КОД — "
        "или /department head КОД ID, или /department head КОД invite (одноразовая ссылка)\n"
        "Порог низкой оценки: /department threshold КОД 1–4\n"
        "Пример: /department add accounting Бухгалтерия | Accounting",
        "Departments: /departments\n"
        "Add: /department add CODE Russian name | English name\n"
        "Rename: /department rename CODE Russian name | English name\n"
        "Head: reply to the person's message with /department head CODE — "
        "or /department head CODE ID, or /department head CODE invite (a one-time link)\n"
        "Low-score threshold: /department threshold CODE 1–4\n"
        "Example: /department add accounting Бухгалтерия | Accounting",
    ),
    "department_bad_code": (
        "Код отдела — латиницей, 2–32 символа: буквы, цифры, _ (например accounting).",
        "A department code is 2–32 Latin letters, digits or _ (e.g. accounting).",
    ),
    "department_exists": ("Отдел «{code}» уже есть.", "Department “{code}” already exists."),
    "department_bad_name": (
        "Нужно название до {limit} символов: Название | English name.",
        "A name of up to {limit} characters is needed: Russian name | English name.",
    ),
    "department_added": ("Отдел «{name}» добавлен.", "Department {name} added."),
    "department_renamed": ("Отдел {code} теперь называется «{name}».",
                           "Department {code} is now called {name}."),
    "department_head_set": ("{person} — руководитель отдела «{name}».", "{person} now heads {name}."),
    "department_threshold_set": (
        "Отдел «{name}»: низкая оценка теперь ≤ {threshold}.",
        "{name}: a low score is now ≤ {threshold}.",
    ),
    "department_bad_threshold": ("Порог — число от 1 до 4.", "The threshold is a number from 1 to 4."),
}
