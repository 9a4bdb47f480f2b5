"""Bot API methods that post a new message: sendMessage, sendPhoto, sendDocument."""

from __future__ import annotations

import time
from typing import Any

from .compose import compose_text, notified_users
from .delivery import check_thread, ensure_bot_can_post, resolve_chat, throttle
from .errors import bad_request
from .markup import parse_markup
from .models import Chat, Message, StoredFile, Version
from .objects import message_obj
from .params import Params, Upload
from .uploads import keep_file
from .world import BotWorld

# accepted and kept on the message; the sandbox does not act on them
STORED_EXTRAS = (
    "link_preview_options",
    "disable_notification",
    "protect_content",
    "parse_mode",
    "message_effect_id",
    "allow_paid_broadcast",
    "disable_web_page_preview",
)


async def send_message(world: BotWorld, p: Params) -> dict[str, Any]:
    """sendMessage: a text message, possibly with a keyboard, into a chat or forum topic."""
    chat = resolve_chat(world, p.chat_id())
    ensure_bot_can_post(world, chat)
    thread_id = check_thread(world, chat, p.int("message_thread_id"))
    text, entities = compose_text(world, chat, p.str("text"), p.str("parse_mode"), p.values.get("entities"))
    markup = parse_markup(p.values.get("reply_markup"))
    reply_to = _reply_target(chat, p)
    throttle(world, chat)
    return message_obj(world, _store(world, chat, p, text, entities, markup, thread_id, reply_to))


async def send_photo(world: BotWorld, p: Params) -> dict[str, Any]:
    """sendPhoto: an uploaded (or already known) photo with an optional caption."""
    return await _send_file(world, p, "photo")


async def send_document(world: BotWorld, p: Params) -> dict[str, Any]:
    """sendDocument: an uploaded (or already known) file with an optional caption."""
    return await _send_file(world, p, "document")


async def _send_file(world: BotWorld, p: Params, kind: str) -> dict[str, Any]:
    """Post a message carrying a file; the bytes are kept for the control side."""
    chat = resolve_chat(world, p.chat_id())
    ensure_bot_can_post(world, chat)
    thread_id = check_thread(world, chat, p.int("message_thread_id"))
    stored = _stored_file(world, p.file(kind), kind)
    caption, entities = compose_text(
        world, chat, p.str("caption"), p.str("parse_mode"), p.values.get("caption_entities"), caption=True
    )
    markup = parse_markup(p.values.get("reply_markup"))
    reply_to = _reply_target(chat, p)
    throttle(world, chat)
    msg = _store(world, chat, p, caption or None, entities, markup, thread_id, reply_to, stored)
    return message_obj(world, msg)


def _stored_file(world: BotWorld, given: Upload | str | None, kind: str) -> StoredFile:
    """Keep an upload, or find the file a file_id names."""
    if given is None:
        raise bad_request(f"there is no {kind} in the request")
    if isinstance(given, str):
        known = world.files.get(given)
        if known is None:
            raise bad_request(
                "failed to get HTTP URL content"
                if "://" in given
                else "wrong file identifier/HTTP URL specified"
            )
        if known.kind != kind:
            raise bad_request(f"can't use file of type {known.kind.title()} as {kind.title()}")
        return known
    if not given.data:
        raise bad_request("file must be non-empty")
    return keep_file(world, kind, given.filename, given.data, given.content_type)


def _reply_target(chat: Chat, p: Params) -> int | None:
    """Return the message being replied to (reply_parameters or reply_to_message_id)."""
    given = p.json("reply_parameters")
    if isinstance(given, dict):
        message_id, allow = given.get("message_id"), bool(given.get("allow_sending_without_reply"))
    else:
        message_id, allow = p.int("reply_to_message_id"), p.bool("allow_sending_without_reply")
    if message_id in (None, 0):
        return None
    replied = chat.messages.get(int(message_id))
    if replied is not None and not replied.deleted:
        return replied.message_id
    if allow:
        return None
    raise bad_request("message to be replied not found")


def _store(
    world: BotWorld,
    chat: Chat,
    p: Params,
    text: str | None,
    entities: list[dict[str, Any]],
    markup: dict[str, Any] | None,
    thread_id: int | None,
    reply_to: int | None,
    file: StoredFile | None = None,
) -> Message:
    """Store the bot's new message, update the chat's reply keyboard, log it."""
    if thread_id is None and reply_to is not None and chat.is_forum:
        thread_id = chat.messages[reply_to].thread_id
    now = int(time.time())
    msg = Message(
        message_id=chat.new_message_id(),
        chat_id=chat.id,
        sender_id=world.bot.id,
        from_bot=True,
        date=now,
        versions=[Version(text, entities, markup, now)],
        thread_id=thread_id,
        reply_to_id=reply_to,
        file=file,
    )
    msg.notified_user_ids = notified_users(world, chat, text or "", entities)
    logged = p.logged()
    msg.extra = {name: logged[name] for name in STORED_EXTRAS if name in logged}
    if markup and "keyboard" in markup:
        chat.reply_keyboard = markup
    elif markup and markup.get("remove_keyboard"):
        chat.reply_keyboard = None
    return world.add_message(chat, msg)
