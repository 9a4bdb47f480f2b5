"""Turns what the bot sends (text, parse_mode, entities) into what the chat stores and shows."""

from __future__ import annotations

import json
from typing import Any

from .entities import Entity, detect_entities, sort_entities, strip_text, utf16_len, utf16_slice
from .errors import bad_request
from .html_text import HtmlParseError, parse_html
from .models import Chat
from .objects import user_obj
from .world import BotWorld

_USER_LINK = "tg://user?id="


def compose_text(
    world: BotWorld, chat: Chat, text: Any, parse_mode: Any, entities: Any, *, caption: bool = False
) -> tuple[str, list[Entity]]:
    """Return (plain text, entities) for a bot text or caption, or raise Telegram's 400."""
    text = "" if text is None else str(text)
    if entities not in (None, ""):
        found = _given_entities(entities, text)
    elif parse_mode not in (None, ""):
        if str(parse_mode).lower() != "html":
            # Telegram has Markdown too; the sandbox speaks only HTML, which the bot uses
            raise bad_request("unsupported parse mode")
        try:
            text, found = parse_html(text)
        except HtmlParseError as err:
            raise bad_request(f"can't parse entities: {err}") from None
    else:
        found = []
    text, found = strip_text(text, found)
    size = utf16_len(text)
    if caption and size > 1024:
        raise bad_request("message caption is too long")
    if not caption and size == 0:
        raise bad_request("message text is empty")
    if not caption and size > 4096:
        raise bad_request("message is too long")
    return text, detect_entities(text, [_resolve_mention(world, e) for e in found])


def _given_entities(raw: Any, text: str) -> list[Entity]:
    """Validate an explicit entities array; entities outside the text are dropped."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise bad_request("can't parse entities JSON object") from None
    if not isinstance(raw, list):
        raise bad_request("can't parse entities JSON object")
    size, kept = utf16_len(text), []
    for entity in raw:
        if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
            raise bad_request("can't parse entities JSON object")
        offset, length = entity.get("offset"), entity.get("length")
        if isinstance(offset, int) and isinstance(length, int) and length > 0 and 0 <= offset < size:
            kept.append({**entity, "length": min(length, size - offset)})
    return sort_entities(kept)


def _resolve_mention(world: BotWorld, entity: Entity) -> Entity:
    """Make tg://user?id=N a text_mention when N is a user of this world (else it stays a link)."""
    user_id: int | None = None
    if entity["type"] == "text_link" and entity["url"].startswith(_USER_LINK):
        tail = entity["url"][len(_USER_LINK) :]
        user_id = int(tail) if tail.isdigit() else None
    elif entity["type"] == "text_mention":
        user_id = (entity.get("user") or {}).get("id")
    if user_id in world.users:
        base = {k: v for k, v in entity.items() if k not in ("url", "user")}
        return {**base, "type": "text_mention", "user": user_obj(world.users[user_id])}
    if entity["type"] == "text_mention":
        return {**entity, "type": "text_link", "url": f"{_USER_LINK}{user_id}"}
    return entity


def notified_users(world: BotWorld, chat: Chat, text: str, entities: list[Entity]) -> list[int]:
    """Return the members of `chat` whom these mentions notify (text_mention or @username)."""
    notified: list[int] = []
    for entity in entities:
        user_id = None
        if entity["type"] == "text_mention":
            user_id = entity["user"]["id"]
        elif entity["type"] == "mention":
            user = world.user_by_username(utf16_slice(text, entity["offset"], entity["length"]))
            user_id = user.id if user else None
        if user_id in chat.members and user_id not in notified:
            notified.append(user_id)
    return notified
