"""What the staff chat reads: the low-score ping and the lead."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "alert_title": ("{mark} <b>Низкая оценка · {department}: {score}</b>",
                    "{mark} <b>Low score · {department}: {score}</b>"),
    "alert_withdrawn": ("⚪️ <b>Снято · {department}</b> — клиент изменил оценку на {score}.",
                        "⚪️ <b>Withdrawn · {department}</b> — the client changed the score to {score}."),
    "alert_client": ("Клиент: <b>{name}</b> ({ref})", "Client: <b>{name}</b> ({ref})"),
    "alert_phone": ("Телефон: {phone}", "Phone: {phone}"),
    "alert_delivery": ("Поставка: {ref} от {date}", "Delivery: {ref} of {date}"),
    "alert_order": ("Заказ: {order}", "Order: {order}"),
    "alert_manager": ("Менеджер: {manager}", "Manager: {manager}"),
    "alert_no_manager": ("Менеджер: не указан", "Manager: not given"),
    "alert_question": ("Вопрос: «{question}»", "Question: “{question}”"),
    "alert_comment": ("💬 Комментарий клиента: «{comment}»", "💬 Client's comment: “{comment}”"),
    "alert_call": ("{mention}, пожалуйста, разберитесь и свяжитесь с клиентом.",
                   "{mention}, please look into it and contact the client."),
    "alert_head_role": ("руководитель отдела «{department}»", "head of {department}"),
    "alert_no_head": (
        "Руководитель отдела не назначен: tzk department set {code} --head ID",
        "No head is set for this department: tzk department set {code} --head ID",
    ),
    "score_of": ("{value} из {top}", "{value} of {top}"),
    # the lead
    "lead_title": ("🟢 <b>Лид: клиент планирует новую закупку</b>",
                   "🟢 <b>Lead: the client plans to buy again</b>"),
    "lead_withdrawn": ("⚪️ <b>Лид снят</b> — клиент изменил ответ.",
                       "⚪️ <b>Lead withdrawn</b> — the client changed the answer."),
    "lead_call": ("{mention}, свяжитесь, пожалуйста, с клиентом насчёт новой закупки.",
                  "{mention}, please contact the client about the new order."),
    "lead_manager_unknown": (
        "Telegram менеджера неизвестен (администратор укажет его командой /manager) — "
        "{mention}, передайте, пожалуйста, лид.",
        "The manager's Telegram is not known (an admin can set it with /manager) — {mention}, "
        "please pass the lead on.",
    ),
}
