"""Which language a person is spoken to in."""

from __future__ import annotations

# Telegram languages of people who read Russian more easily than English: clients in Russia and
# the CIS mostly run Telegram in these, so they get the Russian texts, everyone else English.
_RUSSIAN_READERS = frozenset({"ru", "uk", "be", "kk", "uz", "ky", "tg", "hy", "az", "tk", "mo"})


def pick_language(language_code: str | None) -> str:
    """"ru" or "en" for a Telegram language_code such as "ru", "en-US" or None."""
    if not language_code:
        return "ru"
    base = language_code.split("-")[0].lower()
    return "ru" if base in _RUSSIAN_READERS else "en"
