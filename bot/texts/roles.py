"""What admins read when managing admins, department heads and the staff chat."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # /admins
    "admins_title": ("<b>Администраторы</b>", "<b>Admins</b>"),
    "admins_usage": (
        "Добавить: ответьте на сообщение человека командой /admins add — или /admins add ID\n"
        "Пригласить по коду: /admins invite\n"
        "Убрать: /admins remove ID (или ответом на сообщение)",
        "To add: reply to the person's message with /admins add — or /admins add ID\n"
        "To invite by code: /admins invite\n"
        "To remove: /admins remove ID (or as a reply to their message)",
    ),
    "admins_who": (
        "Кого? Ответьте этой командой на сообщение человека или укажите его ID (узнать: /id).",
        "Whom? Reply with this command to the person's message or give their id (see /id).",
    ),
    "admins_added": ("{name} теперь администратор.", "{name} is now an admin."),
    "admins_already": ("{name} уже администратор.", "{name} is already an admin."),
    "admins_removed": ("{name} больше не администратор.", "{name} is no longer an admin."),
    "admins_absent": ("{name} не администратор.", "{name} is not an admin."),
    "admins_last": (
        "Нельзя убрать последнего администратора: сначала добавьте другого.",
        "The last admin cannot be removed: add another one first.",
    ),
    "admins_no_bots": ("Ботов нельзя сделать администраторами.", "Bots cannot be admins."),
    "invite_admin": (
        "Одноразовая ссылка для нового администратора (действует {hours} ч):\n{link}\n"
        "Или пусть он отправит мне: /start {code}",
        "A one-time link for the new admin (valid for {hours} h):\n{link}\n"
        "Or they can send me: /start {code}",
    ),
    "invite_head": (
        "Одноразовая ссылка для руководителя отдела «{department}» (действует {hours} ч):\n{link}\n"
        "Или пусть он отправит мне: /start {code}",
        "A one-time link for the head of {department} (valid for {hours} h):\n{link}\n"
        "Or they can send me: /start {code}",
    ),
    "redeemed_admin": (
        "Готово: вы администратор ТЗК. Команды — в меню и в /help.",
        "Done: you are a ТЗК admin. The commands are in the menu and in /help.",
    ),
    "redeemed_head": (
        "Готово: вы руководитель отдела «{department}». Сигналы о низких оценках в чате "
        "сотрудников будут упоминать вас.",
        "Done: you head {department}. Low-score pings in the staff chat will mention you.",
    ),
    # /bind, /topic
    "bind_private": (
        "Отправьте /bind в группе сотрудников — она станет чатом для сигналов.",
        "Send /bind in the staff group — it becomes the chat for pings.",
    ),
    "bind_done": (
        "Этот чат теперь чат сотрудников: сюда приходят сигналы о низких оценках.\n"
        "Боту нужно право писать сообщения. Если сделать его администратором, он будет видеть все "
        "сообщения; без этого — только команды и ответы на свои сообщения, этого достаточно.",
        "This is now the staff chat: low-score pings come here.\n"
        "The bot needs to be allowed to send messages. Made an admin, it sees every message; "
        "without that it sees commands and replies to its own messages, which is enough.",
    ),
    "bind_already": ("Этот чат уже чат сотрудников.", "This is already the staff chat."),
    "bind_cannot_post": (
        "Внимание: сейчас бот не может писать в этот чат. Разрешите ему отправлять сообщения.",
        "Note: the bot cannot post in this chat now. Please allow it to send messages.",
    ),
    "topic_usage": (
        "Отправьте /topic КОД_ОТДЕЛА внутри темы форума чата сотрудников — сигналы отдела будут "
        "приходить в эту тему. /topic КОД_ОТДЕЛА off — обратно в общий чат.\nОтделы: {codes}",
        "Send /topic DEPARTMENT_CODE inside a forum topic of the staff chat — that department's "
        "pings will come to the topic. /topic DEPARTMENT_CODE off — back to the main chat.\n"
        "Departments: {codes}",
    ),
    "topic_not_staff_chat": (
        "Это не чат сотрудников. Сначала отправьте /bind в нужной группе.",
        "This is not the staff chat. Send /bind in the right group first.",
    ),
    "topic_done": ("Сигналы отдела «{department}» теперь приходят в эту тему.",
                   "{department}'s pings now come to this topic."),
    "topic_off": ("Сигналы отдела «{department}» снова приходят в общий чат.",
                  "{department}'s pings come to the main chat again."),
    "unknown_department": ("Нет отдела «{code}». Отделы: {codes}",
                           "There is no department “{code}”. Departments: {codes}"),
}
