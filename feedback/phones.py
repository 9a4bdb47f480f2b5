"""Phone numbers, compared the way people write them (8 916…, +7 (916)…, 7916…)."""

from __future__ import annotations

import phonenumbers


def normalize_phone(raw: str, region: str = "RU") -> str | None:
    """E.164 (+79161234567) for a plausible number, None otherwise."""
    text = raw.strip()
    if text and text[0].isdigit() and not text.startswith("8") and len(text) > 10:
        text = "+" + text  # Telegram shares contacts as "79161234567", without the plus
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
