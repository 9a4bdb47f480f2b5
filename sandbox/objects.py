"""Bot API objects (User, Chat, Message, ChatMember…) built from the world, as Telegram returns them."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from .models import BotProfile, Chat, Message, StoredFile, User

if TYPE_CHECKING:
    from .world import BotWorld

JSON = dict[str, Any]
_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
    "can_manage_topics",
)


def user_obj(user: User) -> JSON:
    """Return a User object."""
    obj: JSON = {"id": user.id, "is_bot": False, "first_name": user.first_name}
    for name in ("last_name", "username", "language_code"):
        if getattr(user, name):
            obj[name] = getattr(user, name)
    return obj


def bot_user_obj(bot: BotProfile) -> JSON:
    """Return the bot as a User object (the `from` of its messages)."""
    return {"id": bot.id, "is_bot": True, "first_name": bot.first_name, "username": bot.username}


def chat_obj(world: BotWorld, chat: Chat) -> JSON:
    """Return a Chat object."""
    obj: JSON = {"id": chat.id, "type": chat.type}
    if chat.type == "private":
        user = world.users[chat.user_id]  # type: ignore[index]
        obj.update({k: v for k, v in user_obj(user).items() if k in ("first_name", "last_name", "username")})
    else:
        obj["title"] = chat.title
        if chat.is_forum:
            obj["is_forum"] = True
    return obj


def full_chat_obj(world: BotWorld, chat: Chat) -> JSON:
    """Return a ChatFullInfo object (getChat)."""
    gifts = {
        k: False
        for k in (
            "unlimited_gifts",
            "limited_gifts",
            "unique_gifts",
            "premium_subscription",
            "gifts_from_channels",
        )
    }
    return {
        **chat_obj(world, chat),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": gifts,
    }


def file_obj(stored: StoredFile) -> Any:
    """Return a Document object, or the PhotoSize list of a photo."""
    base = {"file_id": stored.file_id, "file_unique_id": stored.unique_id, "file_size": stored.size}
    if stored.kind == "photo":
        # the sandbox does not decode images, so there is one size with unknown dimensions
        return [{**base, "width": 0, "height": 0}]
    return {**base, "file_name": stored.filename, "mime_type": stored.mime_type}


def message_obj(world: BotWorld, msg: Message, with_reply: bool = True) -> JSON:
    """Return a Message object showing the message's current version."""
    chat = world.chats[msg.chat_id]
    version = msg.current
    obj: JSON = {"message_id": msg.message_id, "date": msg.date, "chat": chat_obj(world, chat)}
    obj["from"] = bot_user_obj(world.bot) if msg.from_bot else user_obj(world.users[msg.sender_id])
    if msg.thread_id is not None and chat.is_forum:
        obj.update(message_thread_id=msg.thread_id, is_topic_message=True)
    if msg.edit_date is not None:
        obj["edit_date"] = msg.edit_date
    if msg.file is not None:
        obj[msg.file.kind] = file_obj(msg.file)
        if version.text:
            obj["caption"] = version.text
            if version.entities:
                obj["caption_entities"] = version.entities
    elif version.text is not None:
        obj["text"] = version.text
        if version.entities:
            obj["entities"] = version.entities
    if msg.contact is not None:
        obj["contact"] = msg.contact
    if msg.service:
        obj.update(msg.service)
    if version.reply_markup and "inline_keyboard" in version.reply_markup:
        obj["reply_markup"] = version.reply_markup
    replied = chat.messages.get(msg.reply_to_id) if msg.reply_to_id else None
    if with_reply and replied is not None and not replied.deleted:
        obj["reply_to_message"] = message_obj(world, replied, with_reply=False)
    return obj


def member_status(world: BotWorld, chat: Chat, user_id: int) -> str:
    """Return a user's (or the bot's) status in a chat: creator, administrator, member, left, kicked."""
    if user_id == world.bot.id:
        return (
            chat.bot_status
            if chat.is_group
            else ("kicked" if world.users[chat.user_id].blocked else "member")
        )
    if user_id not in chat.members:
        return "left"
    if user_id == chat.creator_id:
        return "creator"
    return "administrator" if user_id in chat.admins else "member"


def member_obj(world: BotWorld, chat: Chat, user_id: int, status: str | None = None) -> JSON:
    """Return a ChatMember object for a user or the bot."""
    status = status or member_status(world, chat, user_id)
    who = bot_user_obj(world.bot) if user_id == world.bot.id else user_obj(world.users[user_id])
    obj: JSON = {"status": status, "user": who}
    if status == "creator":
        obj["is_anonymous"] = False
    elif status == "administrator":
        obj.update(
            {"can_be_edited": False, "is_anonymous": False}, **{right: True for right in _ADMIN_RIGHTS}
        )
    elif status == "kicked":
        obj["until_date"] = 0
    return obj


def chat_member_updated(world: BotWorld, chat: Chat, actor: User, old: str, new: str) -> JSON:
    """Return the ChatMemberUpdated of a my_chat_member update (the bot's own status changed)."""
    return {
        "chat": chat_obj(world, chat),
        "from": user_obj(actor),
        "date": int(time.time()),
        "old_chat_member": member_obj(world, chat, world.bot.id, old),
        "new_chat_member": member_obj(world, chat, world.bot.id, new),
    }
