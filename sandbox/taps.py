"""Taps on inline buttons: the button a person sees, or raw data as a modified client could send."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from .errors import conflict, invalid, not_found
from .markup import button_texts
from .models import CallbackQuery, Chat, Message, User
from .objects import message_obj, user_obj
from .world import BotWorld


def user_taps(
    world: BotWorld,
    user: User,
    *,
    button: str | None = None,
    data: str | None = None,
    chat_id: int | None = None,
    message_id: int | None = None,
    times: int = 1,
) -> list[CallbackQuery]:
    """Tap a button by its text (or send forged `data`); the bot gets a callback_query per tap.

    With times > 1 the taps all land on the keyboard as it is now, like a quick double tap that
    beats the bot's edit to the phone.
    """
    if (button is None) == (data is None):
        raise invalid("give either button (the text on it) or data (raw callback data)")
    if not 1 <= times <= 10:
        raise invalid("times must be 1-10")
    chat = _tap_chat(world, user, chat_id)
    if button is not None:
        msg, found = _find_button(chat, button, message_id)
        if "callback_data" not in found:
            kind = next((k for k in found if k != "text"), "other")
            raise invalid(f"button «{button}» sends no callback (it is a {kind} button)")
        data, label, forged = found["callback_data"], button, False
    else:
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise invalid("data must be 1-64 bytes: Telegram carries no more")
        msg, label, forged = _target_message(chat, message_id), str(data), True
    shown = message_obj(world, msg)
    return [
        _queue_tap(world, user, chat, msg.message_id, shown, str(data), label, forged) for _ in range(times)
    ]


def _queue_tap(
    world: BotWorld,
    user: User,
    chat: Chat,
    message_id: int,
    shown: dict[str, Any],
    data: str,
    label: str,
    forged: bool,
) -> CallbackQuery:
    """Record one tap and queue its callback_query update."""
    query_id = str(secrets.randbits(62))
    while query_id in world.callbacks:
        query_id = str(secrets.randbits(62))
    query = CallbackQuery(query_id, user.id, chat.id, message_id, data, label, forged)
    world.callbacks[query.id] = query
    world.log(chat.id, "tap", callback_query_id=query.id)
    update = {"id": query.id, "from": user_obj(user), "message": shown, "data": data}
    world.queue_update("callback_query", {**update, "chat_instance": chat_instance(world, chat)})
    return query


def chat_instance(world: BotWorld, chat: Chat) -> str:
    """Return a stable identifier of the chat for callback queries (as Telegram gives one)."""
    digest = hashlib.sha1(f"{world.bot.id}:{chat.id}".encode()).hexdigest()
    return str(int(digest[:15], 16))


def _tap_chat(world: BotWorld, user: User, chat_id: int | None) -> Chat:
    """Return the chat where the tap happens (default: the user's private chat)."""
    chat = world.chats.get(user.id if chat_id is None else chat_id)
    if chat is None:
        raise not_found(f"no chat {chat_id if chat_id is not None else user.id} with the bot yet")
    if user.id not in chat.members:
        raise conflict(f"user {user.id} is not a member of chat {chat.id}")
    return chat


def _bot_messages(chat: Chat) -> list[Message]:
    """Return the bot's visible messages, newest first."""
    return [m for m in reversed(chat.messages.values()) if m.from_bot and not m.deleted]


def _find_button(chat: Chat, text: str, message_id: int | None) -> tuple[Message, dict[str, Any]]:
    """Return the message and inline button with this text (newest message first)."""
    candidates = [_target_message(chat, message_id)] if message_id is not None else _bot_messages(chat)
    for msg in candidates:
        for row in msg.inline_keyboard:
            for button in row:
                if button["text"] == text:
                    return msg, button
    shown = [button_texts(m.current.reply_markup) for m in candidates if m.inline_keyboard][:1]
    where = f"message {message_id}" if message_id is not None else f"chat {chat.id}"
    raise not_found(f"no button «{text}» in {where}; the newest buttons are {shown[0] if shown else 'none'}")


def _target_message(chat: Chat, message_id: int | None) -> Message:
    """Return the bot message a tap goes to: the one named, else the newest with buttons."""
    if message_id is not None:
        msg = chat.messages.get(message_id)
        if msg is None or msg.deleted or not msg.from_bot:
            raise not_found(f"no bot message {message_id} in chat {chat.id}")
        return msg
    messages = _bot_messages(chat)
    with_buttons = [m for m in messages if m.inline_keyboard]
    if not (with_buttons or messages):
        raise not_found(f"the bot has no message in chat {chat.id} to tap on yet (wait for one first)")
    return (with_buttons or messages)[0]
