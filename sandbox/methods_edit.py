"""Bot API methods that change a posted message: editMessageText, editMessageReplyMarkup, deleteMessage."""

from __future__ import annotations

import time
from typing import Any

from .compose import compose_text
from .delivery import ensure_bot_can_post, resolve_chat, throttle
from .errors import bad_request
from .markup import parse_markup
from .models import Chat, Message, Version
from .objects import message_obj
from .params import Params
from .world import BotWorld

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
_NO_ID = "message identifier is not specified"


async def edit_message_text(world: BotWorld, p: Params) -> dict[str, Any]:
    """editMessageText: new text; a reply_markup left out removes the inline keyboard, as in Telegram."""
    chat, msg = _editable(world, p)
    if msg.file is not None or msg.current.text is None:
        raise bad_request("there is no text in the message to edit")
    text, entities = compose_text(world, chat, p.str("text"), p.str("parse_mode"), p.values.get("entities"))
    markup = parse_markup(p.values.get("reply_markup"), inline_only=True)
    return _apply_edit(world, chat, msg, text, entities, markup)


async def edit_message_reply_markup(world: BotWorld, p: Params) -> dict[str, Any]:
    """editMessageReplyMarkup: new inline keyboard (none given removes it)."""
    chat, msg = _editable(world, p)
    markup = parse_markup(p.values.get("reply_markup"), inline_only=True)
    return _apply_edit(world, chat, msg, msg.current.text, msg.current.entities, markup)


async def delete_message(world: BotWorld, p: Params) -> bool:
    """deleteMessage: the bot's own messages anywhere; others' in private chats or where it is admin."""
    chat = resolve_chat(world, p.chat_id())
    message_id = p.int("message_id", required=_NO_ID)
    if chat.is_group:
        ensure_bot_can_post(world, chat)
    msg = chat.messages.get(message_id)  # type: ignore[arg-type]
    if msg is None or msg.deleted:
        raise bad_request("message to delete not found")
    if not msg.from_bot and chat.is_group and chat.bot_status != "administrator":
        raise bad_request("message can't be deleted")
    msg.deleted = True
    world.log(chat.id, "delete", message_id=msg.message_id)
    return True


def _editable(world: BotWorld, p: Params) -> tuple[Chat, Message]:
    """Return the chat and the bot's message an edit names, or raise Telegram's error."""
    if p.has("inline_message_id"):
        raise bad_request("MESSAGE_ID_INVALID")
    chat = resolve_chat(world, p.chat_id())
    message_id = p.int("message_id", required=_NO_ID)
    ensure_bot_can_post(world, chat)
    msg = chat.messages.get(message_id)  # type: ignore[arg-type]
    if msg is None or msg.deleted or not msg.from_bot:
        raise bad_request("message to edit not found")
    return chat, msg


def _inline(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """Return the markup if it is an inline keyboard (the only kind a message carries after sending)."""
    return markup if markup and "inline_keyboard" in markup else None


def _apply_edit(
    world: BotWorld,
    chat: Chat,
    msg: Message,
    text: str | None,
    entities: list[dict[str, Any]],
    markup: dict[str, Any] | None,
) -> dict[str, Any]:
    """Keep the new version unless it changes nothing (Telegram's "message is not modified")."""
    current = msg.current
    if (text, entities, markup) == (current.text, current.entities, _inline(current.reply_markup)):
        raise bad_request(NOT_MODIFIED)
    throttle(world, chat)
    msg.versions.append(Version(text, entities, markup, int(time.time())))
    world.log(chat.id, "edit", message_id=msg.message_id, version=len(msg.versions) - 1)
    return message_obj(world, msg)
