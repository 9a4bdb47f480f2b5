"""Everything the bot says to people, Russian first, English second."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # linking
    "welcome": (
        "Здравствуйте, {name}! Вы подключены к короткому опросу о поставках для {client}.\n"
        "Через несколько дней после каждой поставки я задам 3–4 вопроса — ответ одной кнопкой. "
        "Ответы получает служба качества, а не ваш менеджер.\n/stop — отказаться от опросов.",
        "Hello, {name}! You are signed up for a short survey about deliveries to {client}.\n"
        "A few days after each delivery I will ask 3–4 questions, one tap each. Your answers go to "
        "our quality team, not to your manager.\n/stop — no more surveys.",
    ),
    "welcome_back": (
        "С возвращением! Опросы о поставках снова включены. /stop — отказаться.",
        "Welcome back! Delivery surveys are on again. /stop — no more surveys.",
    ),
    "already_linked": (
        "Вы уже подключены — опрос придёт после поставки. /stop — отказаться.",
        "You are already signed up — a survey will come after a delivery. /stop — no more surveys.",
    ),
    "need_link": (
        "Здравствуйте! Я бот опросов о поставках. Чтобы подключиться, откройте ссылку из письма "
        "или накладной — или поделитесь номером телефона кнопкой ниже.",
        "Hello! I am the delivery survey bot. To sign up, open the link from your email or delivery "
        "note — or share your phone number with the button below.",
    ),
    "bad_link": (
        "Эта ссылка не подошла. Попросите менеджера прислать новую — или поделитесь номером "
        "телефона кнопкой ниже.",
        "This link did not work. Ask your manager for a new one — or share your phone number with "
        "the button below.",
    ),
    "link_taken": (
        "Эта ссылка уже подключена к другому аккаунту Telegram. Если это ошибка, напишите "
        "вашему менеджеру.",
        "This link is already used by another Telegram account. If that is a mistake, please tell "
        "your manager.",
    ),
    "share_phone_button": ("📱 Поделиться телефоном", "📱 Share my phone number"),
    "not_your_contact": (
        "Пожалуйста, поделитесь своим номером — кнопкой ниже.",
        "Please share your own number — with the button below.",
    ),
    "phone_unknown": (
        "Не нашёл клиента с этим номером. Попросите менеджера прислать ссылку для подключения.",
        "I could not find a client with this number. Please ask your manager for a sign-up link.",
    ),
    "stopped": (
        "Вы отказались от опросов — больше не побеспокою. Передумаете — отправьте /start.",
        "You will get no more surveys. If you change your mind, send /start.",
    ),
    "stop_unlinked": (
        "Вы не подключены к опросам, писать вам я не буду.",
        "You are not signed up for surveys; I will not write to you.",
    ),
    "client_help": (
        "Я задаю несколько коротких вопросов после каждой поставки, ответ — одной кнопкой.\n"
        "/start — подключиться или снова включить опросы\n/stop — отказаться от опросов\n"
        "/help — эта справка",
        "I ask a few short questions after each delivery, one tap each.\n"
        "/start — sign up or turn surveys back on\n/stop — no more surveys\n/help — this help",
    ),
    "no_survey_now": (
        "Спасибо! Сейчас открытого опроса нет — я напишу после следующей поставки. /help — справка.",
        "Thank you! There is no open survey right now — I will write after the next delivery. "
        "/help — help.",
    ),
    # the questionnaire
    "intro": (
        "Здравствуйте! Недавно мы доставили вам заказ {delivery}от {date}. Оцените, пожалуйста, "
        "как всё прошло — это меньше минуты, ответы получает служба качества.",
        "Hello! We recently delivered your order {delivery}of {date}. Please tell us how it went "
        "— it takes under a minute, and your answers go to our quality team.",
    ),
    "progress": ("Вопрос {n} из {total}", "Question {n} of {total}"),
    "scale_hint": ("1 — очень плохо, 5 — отлично", "1 — very poor, 5 — excellent"),
    "nps_hint": ("0 — точно нет, 10 — обязательно", "0 — not at all, 10 — definitely"),
    "follow_up": (
        "Жаль это слышать. Что пошло не так? Напишите пару слов в ответ — или нажмите «Пропустить».",
        "Sorry to hear that. What went wrong? Type a few words — or tap “Skip”.",
    ),
    "back": ("← Назад", "← Back"),
    "skip": ("Пропустить", "Skip"),
    "thanks": ("Спасибо за ответы! Это помогает нам работать лучше.",
               "Thank you for your answers! They help us do better."),
    "thanks_low": ("Мы разберёмся с тем, что пошло не так, и свяжемся с вами.",
                   "We will look into what went wrong and get back to you."),
    "comment_saved": ("✓ Комментарий получен, спасибо.", "✓ Comment received, thank you."),
    "comment_too_long": (
        "Слишком длинно — пожалуйста, уложитесь в {limit} символов.",
        "That is too long — please keep it under {limit} characters.",
    ),
    "comment_text_only": (
        "Пока я принимаю только текст — напишите, пожалуйста, словами.",
        "I can only take text for now — please describe it in words.",
    ),
    # refusals shown on a tap
    "tap_stale": ("Эта кнопка устарела.", "This button is out of date."),
    "tap_not_yours": ("Этот опрос не для вас.", "This survey is not yours."),
    "tap_closed": ("Этот опрос уже закрыт.", "This survey is closed."),
    "tap_recorded": ("Ответ уже записан.", "Your answer is already recorded."),
    "tap_hint": ("Пожалуйста, ответьте кнопками под вопросом.",
                 "Please answer with the buttons under the question."),
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


def t(key: str, lang: str | None = "ru", **values: object) -> str:
    """The client text `key` in `lang` ("ru" or "en"), with `values` filled in."""
    return _pick(TEXTS[key], lang).format(**values)


def _pick(pair: tuple[str, str], lang: str | None) -> str:
    return pair[1] if lang == "en" else pair[0]

STAFF_TEXTS: dict[str, tuple[str, str]] = {
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


def st(key: str, lang: str = "ru", **values: object) -> str:
    """A staff-chat text; like t() but from the staff table."""
    return _pick(STAFF_TEXTS[key], lang).format(**values)
