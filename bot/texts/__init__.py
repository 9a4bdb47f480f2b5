"""Everything the bot says to people, Russian first, English second.

Each concern keeps its texts in a module of its own (a dict of key → (ru, en)); `t` finds a key
in any of them. A key defined twice is an error at import, not a wrong text at run time.
"""

from __future__ import annotations

from types import ModuleType

from . import admin, client, departments, handling, imports, reports, roles, script, staff

_MODULES: tuple[ModuleType, ...] = (client, admin, roles, departments, script, staff, handling, reports,
                                    imports)


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

