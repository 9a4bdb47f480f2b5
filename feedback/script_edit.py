"""Changing the questionnaire: each edit returns a new list of questions, or says why not."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .questions import ADVISED_QUESTIONS, MAX_QUESTIONS, Kind, Option, Question

# What fits: a question under its header and hint in one message, an answer on a phone's button.
MAX_TEXT = 500
MAX_LABEL = 30
MAX_OPTIONS = 6
_KEY = re.compile(r"[^a-z0-9_]")


class ScriptError(ValueError):
    """An edit that would break the questionnaire. `code` and `values` let a caller say it in the
    reader's language; str() is the English for logs and tests."""

    _ENGLISH = {
        "unknown_department": "unknown department {department!r}; known: {known}",
        "ru_required": "the Russian text is required",
        "text_too_long": "the {lang} text is {length} characters; at most {limit} fit",
        "choice_count": "a choice question needs 2 to {limit} answers",
        "label_too_long": "the answer «{label}» is longer than {limit} characters and would not fit "
                          "on a button",
        "options_not_allowed": "only choice and yes/no questions have answers to choose from",
        "bad_mark": "line {line}: unknown mark {marks}; use low or lead",
        "empty_label": "line {line}: the Russian label is empty",
        "too_many": "the questionnaire already has {limit} questions, the most it may have; "
                    "remove one first",
        "only_question": "this is the only question; add another before removing it",
        "no_question": "there is no question {n}; there are {count}",
        "at_edge": "it is already at the edge",
    }

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(self._ENGLISH[code].format(**values))
        self.code, self.values = code, values


def check_question(question: Question, departments: Sequence[str]) -> Question:
    """`question` if it can be asked as it is; ScriptError otherwise."""
    if question.department not in departments:
        raise ScriptError("unknown_department", department=question.department, known=", ".join(departments))
    if question.kind is not Kind.CHOICE and question.options and question.kind is not Kind.YESNO:
        raise ScriptError("options_not_allowed")
    for lang, text in (("ru", question.ru), ("en", question.en)):
        if lang == "ru" and not text.strip():
            raise ScriptError("ru_required")
        if len(text) > MAX_TEXT:
            raise ScriptError("text_too_long", lang=lang, length=len(text), limit=MAX_TEXT)
    if question.kind is Kind.CHOICE:
        if not 2 <= len(question.options) <= MAX_OPTIONS:
            raise ScriptError("choice_count", limit=MAX_OPTIONS)
        for option in question.options:
            for label in (option.ru, option.en):
                if len(label) > MAX_LABEL:
                    raise ScriptError("label_too_long", label=label[:40], limit=MAX_LABEL)
    return question


def options_from_lines(lines: Sequence[str]) -> tuple[Option, ...]:
    """Answers of a choice question from lines like "Да | Yes", "Нет | No | low", "Скоро | Soon | lead"."""
    options = []
    for number, line in enumerate(filter(None, (raw.strip() for raw in lines)), start=1):
        parts = [p.strip() for p in line.split("|")]
        flags = {p.lower() for p in parts[2:]}
        unknown = flags - {"low", "lead"}
        if unknown:
            raise ScriptError("bad_mark", line=number, marks=", ".join(sorted(unknown)))
        ru, en = parts[0], parts[1] if len(parts) > 1 else ""
        if not ru:
            raise ScriptError("empty_label", line=number)
        key = _KEY.sub("", (en or f"o{number}").lower().replace(" ", "_"))[:16] or f"o{number}"
        if any(o.key == key for o in options):
            key = f"o{number}"
        options.append(Option(key, ru, en, low="low" in flags, lead="lead" in flags))
    return tuple(options)


def add(questions: Sequence[Question], question: Question, departments: Sequence[str]) -> list[Question]:
    if len(questions) >= MAX_QUESTIONS:
        raise ScriptError("too_many", limit=MAX_QUESTIONS)
    return [*questions, check_question(question, departments)]


def replace_at(questions: Sequence[Question], index: int, question: Question,
               departments: Sequence[str]) -> list[Question]:
    check_index(questions, index)
    changed = list(questions)
    changed[index] = check_question(question, departments)
    return changed


def remove_at(questions: Sequence[Question], index: int) -> list[Question]:
    check_index(questions, index)
    if len(questions) == 1:
        raise ScriptError("only_question")
    return [q for i, q in enumerate(questions) if i != index]


def move(questions: Sequence[Question], index: int, offset: int) -> list[Question]:
    """Move question `index` up (-1) or down (+1)."""
    check_index(questions, index)
    target = index + offset
    if not 0 <= target < len(questions):
        raise ScriptError("at_edge")
    changed = list(questions)
    changed[index], changed[target] = changed[target], changed[index]
    return changed


def can_be_low(question: Question) -> bool:
    """Whether some answer to `question` is bad news (so a "what went wrong?" makes sense)."""
    if question.kind in (Kind.SCALE5, Kind.NPS):
        return True
    return any(option.low for option in question.choices())


def with_changes(question: Question, **changes: object) -> Question:
    """`question` with `changes`; the follow-up is dropped where no answer can be low."""
    changed = replace(question, **changes)
    return changed if can_be_low(changed) else replace(changed, follow_up=False)


def too_long_advice(questions: Sequence[Question]) -> bool:
    """Whether to warn that more than the advised number of questions tires clients."""
    return len(questions) > ADVISED_QUESTIONS


def check_index(questions: Sequence[Question], index: int) -> None:
    if not 0 <= index < len(questions):
        raise ScriptError("no_question", n=index + 1, count=len(questions))
