"""Group life: creating groups and forum topics, members joining, the bot being added or removed."""

from __future__ import annotations

import time
from typing import Any

from .delivery import deliver_user_message
from .errors import conflict, invalid, not_found
from .models import Chat, Message, User, Version
from .objects import bot_user_obj, chat_member_updated, user_obj
from .world import BotWorld

BOT_STATUSES = ("member", "administrator", "left", "kicked")
TOPIC_ICON_COLOR = 7322096


def create_group(
    world: BotWorld,
    title: str,
    kind: str,
    members: list[int],
    *,
    is_forum: bool = False,
    bot_admin: bool = False,
    admins: list[int] | None = None,
) -> Chat:
    """Create a group whose first member is its creator, and add the bot to it."""
    if not isinstance(title, str) or not 1 <= len(title.strip()) <= 128:
        raise invalid("title must be 1-128 characters")
    if kind not in ("group", "supergroup"):
        raise invalid('type must be "group" or "supergroup"')
    if is_forum and kind != "supergroup":
        raise invalid("only a supergroup can be a forum")
    if not members:
        raise invalid("members must list at least one user (the first is the group's creator)")
    for user_id in list(members) + list(admins or []):
        if user_id not in world.users:
            raise not_found(f"no user {user_id} in this bot's world")
    chat = Chat(
        id=world.new_group_id(kind),
        type=kind,
        title=title,
        is_forum=is_forum,
        members=list(dict.fromkeys(members)),
        admins=set(admins or []),
        creator_id=members[0],
        bot_status="left",
    )
    world.chats[chat.id] = chat
    set_bot_status(world, chat, "administrator" if bot_admin else "member")
    return chat


def get_group(world: BotWorld, chat_id: Any) -> Chat:
    """Return a group of this world or raise 404."""
    chat = world.chats.get(chat_id) if isinstance(chat_id, int) else None
    if chat is None or not chat.is_group:
        raise not_found(f"no group chat {chat_id} in this bot's world")
    return chat


def set_bot_status(world: BotWorld, chat: Chat, status: str, actor_id: int | None = None) -> None:
    """Change the bot's membership; it gets my_chat_member, and a join shows as a service message."""
    if status not in BOT_STATUSES:
        raise invalid(f"status must be one of {', '.join(BOT_STATUSES)}")
    actor = world.users[actor_id if actor_id is not None else chat.creator_id]  # type: ignore[index]
    old = chat.bot_status
    if old == status:
        raise conflict(f"the bot is already {status} in chat {chat.id}")
    chat.bot_status = status
    world.log(chat.id, "bot_status", old=old, new=status, user_id=actor.id)
    world.queue_update("my_chat_member", chat_member_updated(world, chat, actor, old, status))
    if old in ("left", "kicked"):
        _service(world, chat, actor, {"new_chat_members": [bot_user_obj(world.bot)]})


def add_member(world: BotWorld, chat: Chat, user: User) -> Message:
    """A user joins the group (a new_chat_members service message)."""
    if user.id in chat.members:
        raise conflict(f"user {user.id} is already a member of chat {chat.id}")
    chat.members.append(user.id)
    return _service(world, chat, user, {"new_chat_members": [user_obj(user)]})


def create_topic(world: BotWorld, chat: Chat, name: str, user_id: int | None = None) -> Message:
    """Open a forum topic; its id is the id of the forum_topic_created service message."""
    if not chat.is_forum:
        raise conflict(f"chat {chat.id} is not a forum (create it with is_forum: true)")
    if not isinstance(name, str) or not 1 <= len(name.strip()) <= 128:
        raise invalid("name must be 1-128 characters")
    creator = world.users[user_id if user_id is not None else chat.creator_id]  # type: ignore[index]
    service = {"forum_topic_created": {"name": name, "icon_color": TOPIC_ICON_COLOR}}
    msg = _service(world, chat, creator, service, as_topic=True)
    return msg


def _service(
    world: BotWorld, chat: Chat, actor: User, service: dict[str, Any], as_topic: bool = False
) -> Message:
    """Post a service message; bots get those whatever their privacy mode."""
    now = int(time.time())
    message_id = chat.new_message_id()
    if as_topic:
        chat.topics[message_id] = service["forum_topic_created"]["name"]
    msg = Message(
        message_id=message_id,
        chat_id=chat.id,
        sender_id=actor.id,
        from_bot=False,
        date=now,
        versions=[Version(None, [], None, now)],
        service=service,
        thread_id=message_id if as_topic else None,
    )
    world.add_message(chat, msg)
    deliver_user_message(world, chat, msg)
    return msg
