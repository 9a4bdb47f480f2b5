"""The control side's JSON views of chats and messages (more than the Bot API shows: every version)."""

from __future__ import annotations

from typing import Any

from .models import Chat, Message
from .objects import bot_user_obj, chat_obj, user_obj
from .world import BotWorld


def message_json(world: BotWorld, msg: Message) -> dict[str, Any]:
    """Return a message with all its versions, who it notified and what it carries."""
    version = msg.current
    sender = bot_user_obj(world.bot) if msg.from_bot else user_obj(world.users[msg.sender_id])
    obj: dict[str, Any] = {
        "message_id": msg.message_id,
        "chat_id": msg.chat_id,
        "from": sender,
        "date": msg.date,
        "text": version.text,
        "entities": version.entities,
        "reply_markup": version.reply_markup,
        "versions": [
            {"text": v.text, "entities": v.entities, "reply_markup": v.reply_markup, "date": v.date}
            for v in msg.versions
        ],
        "edit_date": msg.edit_date,
        "deleted": msg.deleted,
        "message_thread_id": msg.thread_id,
        "reply_to_message_id": msg.reply_to_id,
        "notified_user_ids": list(msg.notified_user_ids),
    }
    if msg.contact is not None:
        obj["contact"] = msg.contact
    if msg.file is not None:
        obj[msg.file.kind] = {
            "file_id": msg.file.file_id,
            "filename": msg.file.filename,
            "mime_type": msg.file.mime_type,
            "size": msg.file.size,
        }
    if msg.service:
        obj["service"] = msg.service
    if msg.extra:
        obj["options"] = msg.extra
    return obj


def chat_json(world: BotWorld, chat: Chat) -> dict[str, Any]:
    """Return a chat as the control side describes it."""
    obj = chat_obj(world, chat)
    obj.update(
        display_name=world.chat_title(chat),
        members=list(chat.members),
        bot_status=_bot_status(world, chat),
        topics={str(k): v for k, v in chat.topics.items()},
        reply_keyboard=chat.reply_keyboard,
    )
    if chat.is_group:
        obj.update(creator_id=chat.creator_id, admins=sorted(chat.admins))
    return obj


def _bot_status(world: BotWorld, chat: Chat) -> str:
    """Return the bot's standing in a chat, private chats included."""
    if chat.is_group:
        return chat.bot_status
    user = world.users[chat.user_id]  # type: ignore[index]
    return "kicked" if user.blocked else ("member" if user.started else "not started")


def chat_view(world: BotWorld, chat: Chat) -> dict[str, Any]:
    """Return everything a chat shows: the chat, its messages, the bot's answers to taps."""
    return {
        "chat": chat_json(world, chat),
        "messages": [message_json(world, m) for m in chat.messages.values()],
        "callback_answers": [q.to_json() for q in world.callbacks.values() if q.chat_id == chat.id],
    }
