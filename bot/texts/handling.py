"""What the staff read while handling alerts and leads: buttons, prompts, escalations, lists,
messages between them and the client."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the ping's state and buttons
    "alert_taken": ("🛠 В работе: {name}, с {when}", "🛠 Taken by {name} at {when}"),
    "alert_was_taken": ("🛠 Брали в работу: {name}, {when}", "🛠 Was taken by {name} at {when}"),
    "alert_resolved": ("✅ Решено: {name}, {when}", "✅ Resolved by {name} at {when}"),
    "alert_resolution": ("Как решили: «{note}»", "How: “{note}”"),
    "alert_escalated": ("⏰ Эскалаций: {count}", "⏰ Escalated: {count}"),
    "button_take": ("Взять в работу", "Take it"),
    "button_resolve": ("Решено", "Resolved"),
    # pressing them
    "staff_buttons_only": ("Эти кнопки — только для сотрудников.", "These buttons are for staff only."),
    "take_done": ("Обращение ваше. Ответьте на карточку, чтобы написать клиенту.",
                  "It is yours. Reply to the alert to write to the client."),
    "take_already": ("Уже в работе: {name}.", "Already taken by {name}."),
    "alert_closed": ("Это обращение уже закрыто.", "This alert is closed."),
    "resolve_prompt": (
        "{mention}, как решили? Ответьте на это сообщение парой слов — они появятся в карточке.",
        "{mention}, how was it resolved? Reply to this message with a few words — they go on "
        "the alert.",
    ),
    "resolve_placeholder": ("Как решили?", "How was it resolved?"),
    "resolve_asked": ("Ответьте, пожалуйста, на вопрос под карточкой.",
                      "Please reply to the question under the alert."),
    "prompt_not_yours": ("Этот вопрос задан {name}: решение записывает тот, кто нажал «Решено».",
                         "This was asked of {name}: whoever pressed “Resolved” writes the note."),
    "note_too_long": ("Слишком длинно — уложитесь, пожалуйста, в {limit} символов.",
                      "That is too long — please keep it under {limit} characters."),
    # escalation
    "escalation": (
        "⏰ <b>Обращение ждёт уже {waited}</b> (рабочего времени — {worked}), его никто не взял "
        "в работу.\n{mentions}, пожалуйста, займитесь им: кнопка «Взять в работу» под карточкой.",
        "⏰ <b>This alert has waited {waited}</b> ({worked} of working time) and nobody has taken "
        "it.\n{mentions}, please see to it: the “Take it” button is under the alert.",
    ),
    "admin_role": ("администратор", "admin"),
    # writing to the client and back
    "relay_sent": ("✓ Отправлено клиенту.", "✓ Sent to the client."),
    "relay_not_taken": ("Чтобы написать клиенту, сначала нажмите «Взять в работу».",
                        "To write to the client, press “Take it” first."),
    "relay_not_yours": ("Клиенту пишет тот, кто взял обращение: {name}. Ваше сообщение не отправлено.",
                        "Whoever took the alert writes to the client: {name}. Your message was "
                        "not sent."),
    "relay_too_long": ("Слишком длинно — уложитесь в {limit} символов. Клиенту не отправлено.",
                       "That is too long — keep it under {limit} characters. Not sent."),
    "relay_blocked": ("Клиент заблокировал бота — сообщение не доставлено.",
                      "The client has blocked the bot — the message was not delivered."),
    "relay_failed": ("Не получилось отправить клиенту. Попробуйте ещё раз чуть позже.",
                     "It could not be sent to the client. Please try again in a little while."),
    "from_client": ("💬 <b>Клиент {client} отвечает:</b>\n«{text}»\n{mention}",
                    "💬 <b>{client} replies:</b>\n“{text}”\n{mention}"),
    # /alerts
    "alerts_usage": ("/alerts — открытые обращения, сначала старые (без параметров).",
                     "/alerts — the open alerts, oldest first (no arguments)."),
    "alerts_title": ("<b>Открытые обращения: {count}</b> (сначала старые)",
                     "<b>Open alerts: {count}</b> (oldest first)"),
    "alerts_line": ("#{id} · {date} · {department}: {score} · {client} · ждёт {waited}",
                    "#{id} · {date} · {department}: {score} · {client} · waiting {waited}"),
    "alerts_taken_by": (" · в работе: {name}", " · taken by {name}"),
    "alerts_more": ("…и ещё {count}", "…and {count} more"),
    "alerts_empty": ("Открытых обращений нет 👍", "No open alerts 👍"),
    # /leads
    "leads_usage": ("Как смотреть лиды: /leads [за сколько дней, 1–365; по умолчанию 30]",
                    "How to see the leads: /leads [days back, 1–365; 30 unless given]"),
    "leads_title": ("<b>Лиды за {days} дн.</b> (сначала новые)",
                    "<b>Leads of the last {days} days</b> (newest first)"),
    "leads_line": ("{date} · {client} ({ref}) · менеджер: {manager} · поставка {delivery}",
                   "{date} · {client} ({ref}) · manager: {manager} · delivery {delivery}"),
    "leads_empty": ("За {days} дн. лидов не было.", "No leads in the last {days} days."),
    "nobody": ("не указан", "not given"),
    # /manager
    "manager_usage": (
        "Как указать менеджера в Telegram: ответьте на его сообщение в чате командой\n"
        "/manager \"Анна Смирнова\"\nили напишите /manager \"Анна Смирнова\" ID (ID — из /id).\n"
        "Имя — как в поставках. Тогда лиды его клиентов будут приходить ему.",
        "How to tell the bot who a manager is in Telegram: reply to their message in the chat with\n"
        "/manager \"Anna Smirnova\"\nor write /manager \"Anna Smirnova\" ID (the ID from /id).\n"
        "The name as in the deliveries. Leads of their clients then go to them.",
    ),
    "manager_not_a_person": ("Это сообщение бота — ответьте на сообщение самого менеджера.",
                             "That is a bot's message — reply to the manager's own message."),
    "manager_done": ("Готово: {name} — это {mention}. Лиды клиентов этого менеджера придут ему.",
                     "Done: {name} is {mention}. Leads of this manager's clients go to them."),
    "managers_title": ("<b>Менеджеры</b>", "<b>Managers</b>"),
    "managers_empty": ("Менеджеров пока нет: они появляются с поставками.",
                       "No managers yet: they come with the deliveries."),
    "manager_telegram_unknown": ("Telegram не указан", "Telegram not given"),
}
