"""Bot API methods that read chats and manage the command menu."""

from __future__ import annotations

import json
import re
from typing import Any

from .delivery import ensure_bot_can_post, resolve_chat
from .errors import bad_request
from .models import Chat
from .objects import full_chat_obj, member_obj
from .params import Params
from .world import BotWorld

_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
CHAT_ACTIONS = frozenset({
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
})  # fmt: skip
SCOPES = frozenset({
    "default", "all_private_chats", "all_group_chats", "all_chat_administrators",
    "chat", "chat_administrators", "chat_member",
})  # fmt: skip


def _readable_chat(world: BotWorld, p: Params) -> Chat:
    """Return the chat named by chat_id; in groups the bot must be a member to read it."""
    chat = resolve_chat(world, p.chat_id())
    if chat.is_group:
        ensure_bot_can_post(world, chat)
    return chat


async def send_chat_action(world: BotWorld, p: Params) -> bool:
    """sendChatAction: accepted where the bot may write ("typing"…); nothing is stored."""
    chat = resolve_chat(world, p.chat_id())
    ensure_bot_can_post(world, chat)
    if p.str("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


async def get_chat(world: BotWorld, p: Params) -> dict[str, Any]:
    """getChat: the chat's full info."""
    return full_chat_obj(world, _readable_chat(world, p))


async def get_chat_member(world: BotWorld, p: Params) -> dict[str, Any]:
    """getChatMember: a user's (or the bot's) status in the chat."""
    chat = _readable_chat(world, p)
    user_id = p.int("user_id", required="invalid user_id specified")
    if user_id != world.bot.id and (
        user_id not in world.users or (chat.type == "private" and user_id != chat.user_id)
    ):
        raise bad_request("user not found")
    return member_obj(world, chat, user_id)  # type: ignore[arg-type]


async def get_chat_administrators(world: BotWorld, p: Params) -> list[dict[str, Any]]:
    """getChatAdministrators: the creator, the admins, and the bot when it is one."""
    chat = _readable_chat(world, p)
    if not chat.is_group:
        raise bad_request("there are no administrators in the private chat")
    admins = [
        member_obj(world, chat, uid) for uid in chat.members if uid == chat.creator_id or uid in chat.admins
    ]
    if chat.bot_status == "administrator":
        admins.append(member_obj(world, chat, world.bot.id))
    return admins


def _scope_key(world: BotWorld, p: Params) -> tuple[str, dict[str, Any], str]:
    """Return (storage key, scope, language_code) for the *MyCommands methods."""
    scope = p.json("scope") or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in SCOPES:
        raise bad_request("can't parse BotCommandScope")
    if scope["type"].startswith("chat"):
        resolve_chat(world, scope.get("chat_id") if isinstance(scope.get("chat_id"), int) else None)
    language = p.str("language_code") or ""
    if language and not re.fullmatch(r"[a-z]{2}", language):
        raise bad_request("invalid language code specified")
    return f"{json.dumps(scope, sort_keys=True)}|{language}", scope, language


async def set_my_commands(world: BotWorld, p: Params) -> bool:
    """setMyCommands: store the menu for a scope and language (an empty list clears it)."""
    commands = p.json("commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("can't parse commands JSON object")
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    key, scope, language = _scope_key(world, p)
    if commands:
        clean = [{"command": c["command"], "description": c["description"]} for c in commands]
        world.commands[key] = {"scope": scope, "language_code": language, "commands": clean}
    else:
        world.commands.pop(key, None)
    return True


async def get_my_commands(world: BotWorld, p: Params) -> list[dict[str, str]]:
    """getMyCommands: the menu stored for exactly this scope and language."""
    key, _, _ = _scope_key(world, p)
    return list(world.commands.get(key, {}).get("commands", []))


async def delete_my_commands(world: BotWorld, p: Params) -> bool:
    """deleteMyCommands: clear the menu of this scope and language."""
    key, _, _ = _scope_key(world, p)
    world.commands.pop(key, None)
    return True
