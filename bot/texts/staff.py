"""What the staff chat reads: the low-score ping."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "alert_title": ("🔴 <b>Низкая оценка · {department}: {score}</b>",
                    "🔴 <b>Low score · {department}: {score}</b>"),
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
}
