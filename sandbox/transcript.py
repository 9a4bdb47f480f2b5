"""A chat rendered for a person to read: who wrote what, buttons beneath, edits, taps, answers."""

from __future__ import annotations

import textwrap
import time
from typing import Any

from .entities import utf16_to_index
from .models import Chat, Event, Message, Version
from .world import BotWorld

WIDTH = 80
INDENT = " " * 9  # lines up under the text after "HH:MM:SS "


def render_transcript(world: BotWorld, chat: Chat) -> str:
    """Return the chat's history as plain text, in the order things happened."""
    lines = [f"── Чат / Chat: {world.chat_title(chat)} ──"]
    for event in world.events:
        if event.chat_id == chat.id:
            lines.extend(_event_lines(world, chat, event))
    return "\n".join(lines) + "\n"


def _event_lines(world: BotWorld, chat: Chat, event: Event) -> list[str]:
    """Render one event of the chat's history."""
    stamp = time.strftime("%H:%M:%S", time.localtime(event.at))
    data = event.data
    if event.kind in ("message", "edit"):
        msg = chat.messages[data["message_id"]]
        return _message_lines(world, chat, msg, data.get("version", 0), stamp)
    if event.kind == "delete":
        msg = chat.messages[data["message_id"]]
        return _wrap(f"{stamp} 🗑 ", f"message deleted: «{_snippet(msg.versions[-1])}»")
    if event.kind in ("tap", "answer"):
        query = world.callbacks[data["callback_query_id"]]
        if event.kind == "tap":
            label = f"«{query.label}»" + (" (forged data)" if query.forged else "")
            return _wrap(f"{stamp} 👆 {world.users[query.user_id].full_name}: ", label)
        if not query.text:
            return []  # an answer with no text only stops the button's spinner: nothing to read
        return _wrap(f"{stamp} 💬 ", f"[alert] {query.text}" if query.show_alert else query.text)
    name = world.users[data["user_id"]].full_name
    if event.kind == "block":
        return _wrap(f"{stamp} ⛔ ", f"{name} blocked the bot / заблокировал(а) бота")
    if event.kind == "unblock":
        return _wrap(f"{stamp} ✅ ", f"{name} unblocked the bot / разблокировал(а) бота")
    return _wrap(f"{stamp} ⚙ ", f"{name}: the bot is now {data['new']} (was {data['old']})")


def _message_lines(world: BotWorld, chat: Chat, msg: Message, index: int, stamp: str) -> list[str]:
    """Render a message (index 0) or one of its edits, with its keyboard beneath."""
    version = msg.versions[index]
    who = f"🤖 {world.bot.first_name}" if msg.from_bot else world.sender_name(msg)
    topic = f" [#{chat.topics[msg.thread_id]}]" if msg.thread_id in chat.topics and not msg.service else ""
    mark = "✎ " if index else ""
    lines: list[str] = []
    replied = chat.messages.get(msg.reply_to_id) if msg.reply_to_id and not index else None
    if replied is not None:
        lines += _wrap(INDENT + "↩ ", f"{world.sender_name(replied)}: «{_snippet(replied.versions[-1])}»")
    lines += _wrap(f"{stamp} {mark}{who}{topic}: ", _body(world, msg, version))
    return lines + _keyboard_lines(version.reply_markup)


def _body(world: BotWorld, msg: Message, version: Version) -> str:
    """Return what the message shows: text with notifying mentions marked, contact, file, service."""
    if msg.service:
        if "forum_topic_created" in msg.service:
            return f"🧵 opened the topic «{msg.service['forum_topic_created']['name']}»"
        names = ", ".join(m.get("first_name", "?") for m in msg.service.get("new_chat_members", []))
        return f"➕ {names} joined"
    if msg.contact is not None:
        contact = msg.contact
        whose = "own" if contact.get("user_id") == msg.sender_id else f"of {contact['first_name']}"
        return f"📱 shared a contact ({whose}): {contact['phone_number']}"
    text = _marked_text(world, msg, version)
    if msg.file is not None:
        label = f"📎 {msg.file.filename} ({_size(msg.file.size)})"
        return f"{label}\n{text}" if text else label
    return text


def _marked_text(world: BotWorld, msg: Message, version: Version) -> str:
    """Return the text with each mention that notifies someone shown as @Name🔔."""
    text = version.text or ""
    for entity in sorted(version.entities, key=lambda e: e["offset"], reverse=True):
        start = utf16_to_index(text, entity["offset"])
        end = utf16_to_index(text, entity["offset"] + entity["length"])
        word = text[start:end]
        if entity["type"] == "text_mention":
            user_id = entity["user"]["id"]
        elif entity["type"] == "mention":
            user = world.user_by_username(word)
            user_id = user.id if user else None
        else:
            continue
        if user_id in msg.notified_user_ids:
            text = text[:start] + ("" if word.startswith("@") else "@") + word + "🔔" + text[end:]
    return text


def _keyboard_lines(markup: dict[str, Any] | None) -> list[str]:
    """Render inline buttons as [ 1 ] [ 2 ] rows, a reply keyboard after ⌨."""
    if not markup:
        return []
    if "inline_keyboard" in markup:
        rows = [
            " ".join(f"[ {b['text']}{' ↗' if 'url' in b else ''} ]" for b in row)
            for row in markup["inline_keyboard"]
        ]
        return [line for row in rows for line in _wrap(INDENT, row)]
    if "keyboard" in markup:
        rows = [" ".join(f"[ {b['text']} ]" for b in row) for row in markup["keyboard"]]
        return [
            line for i, row in enumerate(rows) for line in _wrap(INDENT + ("⌨ " if i == 0 else "  "), row)
        ]
    if markup.get("remove_keyboard"):
        return [INDENT + "⌨ (keyboard removed)"]
    return [INDENT + "↩ (asks for a reply)"] if markup.get("force_reply") else []


def _wrap(prefix: str, body: str) -> list[str]:
    """Wrap text to 80 columns: the first line after `prefix`, the rest indented beneath."""
    out: list[str] = []
    for number, paragraph in enumerate(body.split("\n") or [""]):
        lead = prefix if number == 0 else INDENT
        wrapped = (
            textwrap.wrap(
                paragraph, width=WIDTH, initial_indent=lead, subsequent_indent=INDENT, break_on_hyphens=False
            )
            if paragraph.strip()
            else [lead.rstrip()]
        )
        out.extend(wrapped)
    return out


def _snippet(version: Version, size: int = 40) -> str:
    """Return the start of a message's text for quoting."""
    text = " ".join((version.text or "…").split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _size(size: int) -> str:
    """Return a byte count the way a file list shows it."""
    if size < 1024:
        return f"{size} B"
    return f"{size / 1024:.1f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"
