"""What the humans do, as the Telegram app lets them: write, start the bot, share a contact, block it."""

from __future__ import annotations

import re
import time
from typing import Any

from .compose import notified_users
from .delivery import deliver_user_message
from .entities import detect_entities, utf16_len
from .errors import conflict, invalid, not_found
from .markup import button_texts
from .models import Chat, Message, StoredFile, User, Version
from .objects import chat_member_updated
from .world import BotWorld

CAPTION_LIMIT = 1024
PAYLOAD_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
USERNAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{4,31}$")


def create_user(
    world: BotWorld,
    first_name: str,
    last_name: str | None = None,
    username: str | None = None,
    language_code: str | None = None,
    phone_number: str | None = None,
) -> User:
    """Add a person to the world (ids 100000001 up)."""
    if not first_name or not first_name.strip() or len(first_name) > 64:
        raise invalid("first_name must be 1-64 characters")
    if username is not None:
        if not USERNAME_RE.match(username):
            raise invalid("a username is 5-32 letters, digits or _ and starts with a letter")
        if world.user_by_username(username) or username.lower() == world.bot.username.lower():
            raise invalid(f"username @{username} is taken")
    user = User(
        id=world.new_user_id(),
        first_name=first_name,
        last_name=last_name,
        username=username,
        language_code=language_code,
        phone_number=phone_number,
    )
    world.users[user.id] = user
    return user


def get_user(world: BotWorld, user_id: Any) -> User:
    """Return a user of this world or raise 404."""
    user = world.users.get(user_id) if isinstance(user_id, int) else None
    if user is None:
        raise not_found(f"no user {user_id} in this bot's world")
    return user


def writing_chat(world: BotWorld, user: User, chat_id: int | None) -> Chat:
    """Return the chat a user writes in (default: their private chat); they must be able to write there."""
    if chat_id is None or chat_id == user.id:
        if user.blocked:
            raise conflict(f"user {user.id} has blocked the bot; unblock it (or /start) first")
        return world.private_chat(user)
    chat = world.chats.get(chat_id)
    if chat is None or not chat.is_group:
        raise not_found(f"no group chat {chat_id}")
    if user.id not in chat.members:
        raise conflict(f"user {user.id} is not a member of chat {chat_id}")
    return chat


def user_sends(
    world: BotWorld,
    user: User,
    chat: Chat,
    text: str | None = None,
    *,
    reply_to: int | None = None,
    thread_id: int | None = None,
    contact: dict[str, Any] | None = None,
    file: StoredFile | None = None,
) -> Message:
    """Post a user's message (text, a contact, or a file with an optional caption) and hand it
    to the bot if it may see it."""
    if file is not None:
        text = (text or "").strip() or None
        if text is not None and utf16_len(text) > CAPTION_LIMIT:
            raise invalid(f"a caption is at most {CAPTION_LIMIT} characters")
    elif contact is None:
        text = (text or "").strip()  # the app trims what is typed
        if not 1 <= utf16_len(text) <= 4096:
            raise invalid("text must be 1-4096 characters (the app splits longer texts)")
    if reply_to is not None and (reply_to not in chat.messages or chat.messages[reply_to].deleted):
        raise not_found(f"no message {reply_to} to reply to in chat {chat.id}")
    if thread_id is not None and (not chat.is_forum or thread_id not in chat.topics):
        raise not_found(f"no forum topic {thread_id} in chat {chat.id}")
    if thread_id is None and reply_to is not None and chat.is_forum:
        thread_id = chat.messages[reply_to].thread_id
    entities = detect_entities(text, []) if text else []
    now = int(time.time())
    msg = Message(
        message_id=chat.new_message_id(),
        chat_id=chat.id,
        sender_id=user.id,
        from_bot=False,
        date=now,
        versions=[Version(text if contact is None else None, entities, None, now)],
        thread_id=thread_id,
        reply_to_id=reply_to,
        contact=contact,
        file=file,
    )
    msg.notified_user_ids = notified_users(world, chat, text or "", entities)
    _use_reply_keyboard(chat, text, contact)
    if chat.type == "private":
        user.started = True
    world.add_message(chat, msg)
    deliver_user_message(world, chat, msg)
    return msg


def _use_reply_keyboard(chat: Chat, text: str | None, contact: dict[str, Any] | None) -> None:
    """Hide a one-time reply keyboard once one of its buttons was used."""
    keyboard = chat.reply_keyboard
    if keyboard and keyboard.get("one_time_keyboard"):
        labels = {label for row in button_texts(keyboard) for label in row}
        if contact is not None or text in labels:
            chat.reply_keyboard = None


def user_starts(world: BotWorld, user: User, payload: str | None) -> tuple[Message, bool]:
    """Follow t.me/<bot>?start=<payload>: unblock if needed, send /start with a valid payload."""
    if user.blocked:
        user_unblocks(world, user)
    dropped = payload not in (None, "") and not PAYLOAD_RE.match(payload)  # type: ignore[arg-type]
    text = "/start" if dropped or not payload else f"/start {payload}"
    return user_sends(world, user, world.private_chat(user), text), dropped


def user_shares_contact(
    world: BotWorld,
    user: User,
    phone_number: str | None,
    contact_user_id: int | None = None,
    first_name: str | None = None,
) -> Message:
    """Send a contact to the bot (the "share my phone" button, or forwarding someone's contact)."""
    owner = world.users.get(contact_user_id if contact_user_id is not None else user.id)
    phone = phone_number or (owner.phone_number if owner else None)
    if not phone:
        raise invalid("phone_number is required (the user has none on file)")
    name = first_name or (owner.first_name if owner else None)
    if not name:
        raise invalid("first_name is required for a contact of someone outside this world")
    contact: dict[str, Any] = {
        "phone_number": phone,
        "first_name": name,
        "user_id": contact_user_id if contact_user_id is not None else user.id,
    }
    if owner and owner.last_name and not first_name:
        contact["last_name"] = owner.last_name
    return user_sends(world, user, writing_chat(world, user, None), contact=contact)


def user_blocks(world: BotWorld, user: User) -> None:
    """Block the bot: its sends now fail with 403 and it gets my_chat_member (member → kicked)."""
    if user.blocked:
        raise conflict(f"user {user.id} has already blocked the bot")
    user.blocked = True
    _private_status_change(world, user, "member", "kicked", "block")


def user_unblocks(world: BotWorld, user: User) -> None:
    """Unblock the bot (my_chat_member kicked → member)."""
    if not user.blocked:
        raise conflict(f"user {user.id} has not blocked the bot")
    user.blocked = False
    _private_status_change(world, user, "kicked", "member", "unblock")


def _private_status_change(world: BotWorld, user: User, old: str, new: str, kind: str) -> None:
    """Log a block/unblock and queue the bot's my_chat_member update."""
    chat = world.private_chat(user)
    world.log(chat.id, kind, user_id=user.id)
    world.queue_update("my_chat_member", chat_member_updated(world, chat, user, old, new))
