"""Everything the bot says to people, Russian first, English second.

Each concern keeps its texts in a module of its own (a dict of key → (ru, en)); `t` finds a key
in any of them. A key defined twice is an error at import, not a wrong text at run time.
"""

from __future__ import annotations

from types import ModuleType

from feedback.problems import Problem

from . import admin, client, departments, handling, imports, problems, reports, roles, script, staff

_MODULES: tuple[ModuleType, ...] = (client, admin, roles, departments, script, staff, handling, reports,
                                    imports, problems)


def _merge(modules: tuple[ModuleType, ...]) -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for module in modules:
        twice = merged.keys() & module.TEXTS.keys()
        if twice:
            raise KeyError(f"texts defined twice: {', '.join(sorted(twice))}")
        merged.update(module.TEXTS)
    return merged


TEXTS = _merge(_MODULES)


def t(key: str, lang: str | None = "ru", **values: object) -> str:
    """The text `key` in `lang` ("ru" or "en"; anything else reads Russian), filled in."""
    ru, en = TEXTS[key]
    return (en if lang == "en" else ru).format(**values)


def both(key: str, **values: object) -> str:
    """Russian, then English: for a reader whose language is not known (the command line)."""
    return f"{t(key, 'ru', **values)} / {t(key, 'en', **values)}"


def reason(problem: Problem, lang: str | None) -> str:
    """Why a value was refused, in `lang`, or in both for None (the English it came with for a
    code not known here)."""
    key = f"problem_{problem.code}"
    if key not in TEXTS:
        return problem.english
    return both(key, **problem.values) if lang is None else t(key, lang, **problem.values)
