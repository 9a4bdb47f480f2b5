"""Who may reach whom: the bot's access to a chat, forum threads, and group privacy mode."""

from __future__ import annotations

from typing import Any

from .entities import utf16_slice
from .errors import bad_request, forbidden, too_many_requests
from .models import Chat, Message
from .objects import message_obj
from .world import BotWorld


def resolve_chat(world: BotWorld, chat_id: Any) -> Chat:
    """Return the chat a Bot API chat_id names, or raise 400 chat not found."""
    if isinstance(chat_id, int):
        if chat_id in world.chats:
            return world.chats[chat_id]
        if chat_id in world.users:
            return world.private_chat(world.users[chat_id])
    raise bad_request("chat not found")


def ensure_bot_can_post(world: BotWorld, chat: Chat) -> None:
    """Raise Telegram's 403 if the bot may not write to this chat."""
    if chat.type == "private":
        user = world.users[chat.user_id]  # type: ignore[index]
        if user.blocked:
            raise forbidden("bot was blocked by the user")
        if not user.started:
            raise forbidden("bot can't initiate conversation with a user")
        return
    kind = "supergroup chat" if chat.type == "supergroup" else "group chat"
    if chat.bot_status == "kicked":
        raise forbidden(f"bot was kicked from the {kind}")
    if chat.bot_status not in ("member", "administrator"):
        raise forbidden(f"bot is not a member of the {kind}")


def check_thread(world: BotWorld, chat: Chat, thread_id: int | None) -> int | None:
    """Return the forum topic a message goes to, or raise 400 message thread not found."""
    if thread_id is None or thread_id == 0 or chat.type == "private":
        return None
    if chat.is_forum:
        if thread_id not in chat.topics:
            raise bad_request("message thread not found")
        return thread_id
    # outside forums a thread is a reply thread: it must start at an existing message
    if thread_id not in chat.messages:
        raise bad_request("message thread not found")
    return None


def throttle(world: BotWorld, chat: Chat) -> None:
    """Take one send from the flood limits, or raise 429 with retry_after."""
    wait = world.limits.acquire(chat.id, chat.is_group)
    if wait is not None:
        raise too_many_requests(wait)


def bot_receives(world: BotWorld, chat: Chat, msg: Message) -> bool:
    """Return True if the bot gets an update for this message (group privacy mode decides)."""
    if chat.type == "private":
        return True
    if chat.bot_status not in ("member", "administrator"):
        return False
    if chat.bot_status == "administrator" or not world.bot.privacy or msg.service:
        return True
    text = msg.current.text or ""
    replied = chat.messages.get(msg.reply_to_id) if msg.reply_to_id else None
    if replied is not None and replied.from_bot:
        return True
    me = world.bot.username.lower()
    for entity in msg.current.entities:
        word = utf16_slice(text, entity["offset"], entity["length"]).lower()
        addressee = word.split("@", 1)[1] if "@" in word else me
        if entity["type"] == "bot_command" and entity["offset"] == 0 and addressee == me:
            return True
        if entity["type"] == "mention" and word == f"@{me}":
            return True
    return False


def deliver_user_message(world: BotWorld, chat: Chat, msg: Message) -> bool:
    """Queue a message update for the bot if it may see the message; return whether it was queued."""
    if not bot_receives(world, chat, msg):
        return False
    world.queue_update("message", message_obj(world, msg))
    return True
