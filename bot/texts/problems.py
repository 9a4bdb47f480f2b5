"""Why a value was refused (feedback.problems codes), as people read it."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "problem_empty": ("не заполнено", "empty"),
    "problem_too_long": ("слишком длинно (можно до {limit})", "too long (at most {limit})"),
    "problem_form": ("не в том виде (без пробелов; язык — ru или en)",
                     "not in the expected form (no spaces; language: ru or en)"),
    "problem_negative": ("не может быть меньше нуля", "cannot be negative"),
    "problem_too_big": ("слишком большое число", "too large a number"),
    "problem_decimal_places": ("не больше двух знаков после запятой", "at most two decimal places"),
    "problem_number": ("нужно число, например 12500.50", "a number is expected, e.g. 12500.50"),
    "problem_when": ("нужна дата: 2026-12-01, 2026-12-01 15:30, 01.12.2026 или ISO 8601",
                     "a date is expected: 2026-12-01, 2026-12-01 15:30, 01.12.2026 or ISO 8601"),
    "problem_unknown_field": ("неизвестное поле", "unknown field"),
    "problem_text": ("нужен текст", "text is expected"),
    "problem_text_not_date": ("нужен текст, а не дата", "text is expected, not a date"),
    "problem_invalid": ("значение не подходит", "the value does not fit"),
    "problem_control_chars": ("переводы строк, табуляции и служебные символы не допускаются",
                              "line breaks, tabs and control characters are not allowed"),
    "problem_phone": ("это не номер телефона", "not a phone number"),
    "problem_offset": ("нужен часовой пояс: 2026-12-01T15:00:00+03:00",
                       "a time zone offset is needed: 2026-12-01T15:00:00+03:00"),
    "problem_years": ("дата должна быть между 2000 и 2099 годами", "must be between the years 2000 and 2099"),
    "problem_zone": ("неизвестный часовой пояс, например Europe/Moscow",
                     "unknown time zone, e.g. Europe/Moscow"),
    "problem_not_saved": ("сейчас не сохранилось — загрузите файл ещё раз",
                          "could not be saved now — import the file again"),
}
