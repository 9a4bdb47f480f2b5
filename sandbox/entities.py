"""Message entities in Telegram's UTF-16 units: measuring, trimming, and auto-detecting them."""

from __future__ import annotations

import re
from typing import Any

Entity = dict[str, Any]

_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@/])")
_MENTION = re.compile(r"(?<![A-Za-z0-9_@/])@[A-Za-z][A-Za-z0-9_]{3,31}(?![A-Za-z0-9_])")
_URL = re.compile(r"(?<![\w/])https?://[^\s<>\"']+", re.IGNORECASE)
_URL_TAIL = ".,;:!?)]}'\""


def utf16_len(text: str) -> int:
    """Return the length Telegram counts: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def utf16_slice(text: str, offset: int, length: int) -> str:
    """Return the part of `text` an entity's UTF-16 offset and length cover."""
    raw = text.encode("utf-16-le")
    return raw[2 * offset : 2 * (offset + length)].decode("utf-16-le", errors="replace")


def utf16_to_index(text: str, offset: int) -> int:
    """Return the str index where the UTF-16 `offset` falls."""
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def strip_text(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Trim surrounding whitespace as Telegram does, moving and clipping entities to match."""
    stripped = text.strip()
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    size = utf16_len(stripped)
    kept = []
    for entity in entities:
        start = max(0, entity["offset"] - lead)
        end = min(size, entity["offset"] + entity["length"] - lead)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def detect_entities(text: str, existing: list[Entity]) -> list[Entity]:
    """Add what Telegram finds on its own (bot commands, @mentions, URLs) where nothing else is."""
    taken = [(e["offset"], e["offset"] + e["length"]) for e in existing]
    found: list[Entity] = []
    for kind, pattern in (("bot_command", _COMMAND), ("mention", _MENTION), ("url", _URL)):
        for match in pattern.finditer(text):
            value = match.group(0)
            if kind == "url":
                value = value.rstrip(_URL_TAIL)
            start = utf16_len(text[: match.start()])
            end = start + utf16_len(value)
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            found.append({"type": kind, "offset": start, "length": end - start})
    return sort_entities(existing + found)


def sort_entities(entities: list[Entity]) -> list[Entity]:
    """Order entities by offset, the outer one first when two start together."""
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))
