"""What admins read while editing the questionnaire (/script) and previewing it (/preview)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "script_title": ("<b>Опросник · версия {version}</b> · вопросов: {count}",
                     "<b>Questionnaire · version {version}</b> · {count} questions"),
    "script_item": ("{n}. <i>{department} · {kind}{follow_up}</i>\n{text}",
                    "{n}. <i>{department} · {kind}{follow_up}</i>\n{text}"),
    "script_follow_up_mark": (" · уточнение", " · follow-up"),
    "script_too_long": ("⚠️ Больше {advised} вопросов: клиенты устают и отвечают реже.",
                        "⚠️ More than {advised} questions: clients tire and answer less often."),
    "script_hint": ("Нажмите номер вопроса, чтобы изменить его.", "Tap a number to change that question."),
    "script_saved": ("✅ Сохранено: версия {version}. Новые опросы пойдут по ней; уже отправленные "
                     "доходят по своей версии.",
                     "✅ Saved as version {version}. New surveys use it; surveys already sent finish "
                     "on their own version."),
    "script_conflict": ("Опросник изменили, пока вы его редактировали (теперь версия {version}). "
                        "Ничего не сохранено — вот текущий.",
                        "The questionnaire changed while you were editing it (now version {version}). "
                        "Nothing was saved — here is the current one."),
    "script_refused": ("Не сохранено: {reason}", "Not saved: {reason}"),
    "script_cancelled": ("Отменено, ничего не изменилось.", "Cancelled, nothing changed."),
    "script_closed": ("Редактор закрыт.", "Editor closed."),
    "nothing_to_cancel": ("Отменять нечего.", "There is nothing to cancel."),
    "script_timed_out": ("Редактирование прервано: прошло больше {minutes} минут. Начните снова: /script",
                         "Editing stopped: more than {minutes} minutes passed. Start again: /script"),
    # the question
    "q_title": ("<b>Вопрос {n} из {count}</b> · {department} · {kind}",
                "<b>Question {n} of {count}</b> · {department} · {kind}"),
    "q_follow_up": ("Уточнение «что пошло не так?» при низкой оценке: {state}",
                    "Follow-up “what went wrong?” after a low answer: {state}"),
    "q_options": ("Варианты: {options}", "Answers: {options}"),
    "mark_low": ("плохой ответ", "a bad answer"),
    "mark_lead": ("готов купить", "ready to buy"),
    "yes": ("да", "yes"),
    "no": ("нет", "no"),
    # buttons
    "b_add": ("➕ Добавить вопрос", "➕ Add a question"),
    "b_preview": ("👁 Предпросмотр", "👁 Preview"),
    "b_close": ("Закрыть", "Close"),
    "b_text_ru": ("Текст RU", "Russian text"),
    "b_text_en": ("Текст EN", "English text"),
    "b_department": ("Отдел", "Department"),
    "b_follow_up": ("Уточнение: {state}", "Follow-up: {state}"),
    "b_options": ("Варианты ответа", "Answers"),
    "b_up": ("⬆️ Выше", "⬆️ Up"),
    "b_down": ("⬇️ Ниже", "⬇️ Down"),
    "b_remove": ("🗑 Удалить", "🗑 Remove"),
    "b_remove_sure": ("Да, удалить вопрос {n}", "Yes, remove question {n}"),
    "b_list": ("← К списку", "← Back to the list"),
    "b_cancel": ("Отмена", "Cancel"),
    "b_skip": ("Пропустить", "Skip"),
    "b_yes": ("Да", "Yes"),
    "b_no": ("Нет", "No"),
    # kinds
    "kind_scale5": ("оценка 1–5", "score 1–5"),
    "kind_nps": ("0–10 (NPS)", "0–10 (NPS)"),
    "kind_yesno": ("да / нет", "yes / no"),
    "kind_choice": ("варианты", "choice"),
    "kind_text": ("свой ответ текстом", "free text"),
    # the dialogue
    "ask_department": ("Новый вопрос. О каком отделе?", "A new question. Which department is it about?"),
    "ask_department_of": ("Вопрос {n}: какой отдел за него отвечает?",
                          "Question {n}: which department is it about?"),
    "ask_kind": ("Как клиент отвечает?", "How does the client answer?"),
    "ask_options": (
        "Пришлите варианты ответа ответом на это сообщение, по одному в строке (2–6):\n"
        "<code>Русский | English | метка</code>\n"
        "Метка low — это плохой ответ (будет сигнал), lead — клиент готов купить.\n"
        "Например:\n<code>Да | Yes | lead\nНет | No\nЕсть претензии | I have complaints | low</code>\n"
        "/cancel — отмена.",
        "Send the answers as a reply to this message, one per line (2–6):\n"
        "<code>Russian | English | mark</code>\n"
        "Mark low for a bad answer (raises a ping), lead for a client ready to buy.\n"
        "For example:\n<code>Да | Yes | lead\nНет | No\nЕсть претензии | I have complaints | low</code>\n"
        "/cancel — cancel.",
    ),
    "ask_ru": ("Пришлите текст вопроса по-русски ответом на это сообщение (до {limit} символов). "
               "/cancel — отмена.",
               "Send the question's Russian text as a reply to this message (up to {limit} "
               "characters). /cancel — cancel."),
    "ask_en": ("Теперь текст по-английски (до {limit} символов) — или «Пропустить»: английские "
               "клиенты увидят русский.",
               "Now the English text (up to {limit} characters) — or “Skip”: English-speaking clients "
               "will read the Russian one."),
    "ask_follow_up": ("Спрашивать «что пошло не так?» после низкой оценки?",
                      "Ask “what went wrong?” after a low answer?"),
    "text_too_long": ("Слишком длинно: {length} символов, можно до {limit}. Пришлите короче.",
                      "Too long: {length} characters, at most {limit}. Please send a shorter one."),
    "text_needed": ("Нужен текст. Пришлите его ответом на сообщение бота — или /cancel.",
                    "Text is needed. Send it as a reply to the bot's message — or /cancel."),
    "options_refused": ("Не подошло: {reason}. Пришлите варианты ещё раз — или /cancel.",
                        "That did not work: {reason}. Send the answers again — or /cancel."),
    # preview
    "preview_sent": ("Отправил вам предпросмотр в личные сообщения.",
                     "I sent you a preview in our private chat."),
    "preview_open_chat": ("Чтобы получить предпросмотр, сначала откройте чат со мной: {link} — и "
                          "нажмите «Старт».",
                          "To get a preview, first open a chat with me: {link} — and tap Start."),
    "preview_failed": ("Telegram не ответил — попробуйте ещё раз чуть позже.",
                       "Telegram did not answer — please try again in a moment."),
    "preview_intro": ("👁 <b>Предпросмотр</b>: так опрос увидит клиент. Ответы не учитываются, "
                      "сигналы не отправляются.",
                      "👁 <b>Preview</b>: this is what a client sees. Answers are not counted, "
                      "nobody is pinged."),
    # why an edit was refused (feedback.script_edit.ScriptError codes)
    "err_unknown_department": ("нет отдела «{department}»; есть: {known}",
                               "there is no department “{department}”; known: {known}"),
    "err_ru_required": ("нужен текст по-русски", "the Russian text is required"),
    "err_text_too_long": ("текст ({lang}) — {length} символов, можно до {limit}",
                          "the {lang} text is {length} characters, at most {limit} fit"),
    "err_choice_count": ("нужно от 2 до {limit} вариантов", "2 to {limit} answers are needed"),
    "err_label_too_long": ("вариант «{label}» длиннее {limit} символов и не поместится на кнопке",
                           "the answer “{label}” is over {limit} characters and would not fit a button"),
    "err_options_not_allowed": ("варианты бывают только у вопросов с выбором",
                                "only choice questions have answers to choose from"),
    "err_bad_mark": ("строка {line}: неизвестная метка {marks}; можно low или lead",
                     "line {line}: unknown mark {marks}; use low or lead"),
    "err_empty_label": ("строка {line}: нет текста по-русски", "line {line}: the Russian label is empty"),
    "err_too_many": ("в опроснике уже {limit} вопросов — это предел; сначала удалите один",
                     "the questionnaire already has {limit} questions, the most it may have; "
                     "remove one first"),
    "err_only_question": ("это единственный вопрос: сначала добавьте другой",
                          "this is the only question: add another one first"),
    "err_no_question": ("нет вопроса {n}; всего их {count}", "there is no question {n}; there are {count}"),
    "err_at_edge": ("он уже с краю", "it is already at the edge"),
}
