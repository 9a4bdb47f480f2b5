"""What clients read: linking, the questionnaire, refusals on a tap."""

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
    "text_hint": ("Напишите ответ сообщением — или нажмите «Пропустить».",
                  "Type your answer as a message — or tap “Skip”."),
    "preview_done": ("👁 Это был предпросмотр: ответы не учитываются, сигналы не отправлены.",
                     "👁 This was a preview: answers are not counted, nobody was pinged."),
    "back": ("← Назад", "← Back"),
    "skip": ("Пропустить", "Skip"),
    "thanks": ("Спасибо за ответы! Это помогает нам работать лучше.",
               "Thank you for your answers! They help us do better."),
    "thanks_low": ("Мы разберёмся с тем, что пошло не так, и свяжемся с вами.",
                   "We will look into what went wrong and get back to you."),
    "text_saved": ("✓ Ответ получен, спасибо.", "✓ Answer received, thank you."),
    "thanks_lead": ("Ваш менеджер свяжется с вами насчёт новой закупки.",
                    "Your manager will contact you about the new order."),
    "reminder": (
        "Напоминаю о коротком опросе по поставке {delivery}от {date} — он чуть выше. Это меньше "
        "минуты, а нам очень поможет.",
        "A gentle reminder of the short survey about your delivery {delivery}of {date} just above "
        "— it takes under a minute and helps us a lot.",
    ),
    # staff writing to the client and back
    "from_company": (
        "💬 <b>Сообщение от службы качества</b> по поставке {delivery}от {date}:\n\n{text}\n\n"
        "<i>Чтобы ответить, просто напишите сюда.</i>",
        "💬 <b>A message from our quality team</b> about your delivery {delivery}of {date}:\n\n"
        "{text}\n\n<i>To reply, just write here.</i>",
    ),
    "relay_delivered": ("✓ Передал ваш ответ. Спасибо!", "✓ Your reply has been passed on. Thank you!"),
    "relay_undelivered": ("Не получилось передать сообщение — попробуйте, пожалуйста, чуть позже.",
                          "Your message could not be passed on — please try again a little later."),
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
}
