"""The command menus Telegram shows: clients, the staff chat and each admin see their own."""

from __future__ import annotations

import logging

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeChatMember,
)
from telegram.error import TelegramError

from storage import admins

from .commands import ADMIN_COMMANDS, CLIENT_COMMANDS, STAFF_COMMANDS, Command, menu
from .runtime import Runtime

log = logging.getLogger("tzk.menus")
_LANGUAGES = (None, "en")  # None: everyone without a menu of their own language reads Russian


async def publish_menus(rt: Runtime) -> None:
    """Set every menu from the database's admins and the staff chat now."""
    async with rt.db.session() as session:
        admin_ids = [a.user_id for a in await admins.all_admins(session)]
    await _set(rt.bot, BotCommandScopeAllPrivateChats(), CLIENT_COMMANDS)
    staff_chat = rt.settings.staff_chat_id
    if staff_chat is not None:
        await _set(rt.bot, BotCommandScopeChat(staff_chat), STAFF_COMMANDS)
    for user_id in admin_ids:
        await publish_admin_menu(rt, user_id)


async def publish_admin_menu(rt: Runtime, user_id: int, is_admin: bool = True) -> None:
    """An admin's menu in their chat with the bot and in the staff chat; or take it away."""
    scopes: list[BotCommandScope] = [BotCommandScopeChat(user_id)]
    if rt.settings.staff_chat_id is not None:
        scopes.append(BotCommandScopeChatMember(rt.settings.staff_chat_id, user_id))
    private = menu(CLIENT_COMMANDS, ADMIN_COMMANDS) if is_admin else []
    in_staff = menu(STAFF_COMMANDS, ADMIN_COMMANDS) if is_admin else []
    for scope, commands in zip(scopes, (private, in_staff)):
        await _set(rt.bot, scope, commands)


async def _set(bot: Bot, scope: BotCommandScope, commands: list[Command] | tuple[Command, ...]) -> None:
    for lang in _LANGUAGES:
        try:
            if commands:
                await bot.set_my_commands([BotCommand(c.name, c.describe(lang or "ru")) for c in commands],
                                          scope=scope, language_code=lang)
            else:
                await bot.delete_my_commands(scope=scope, language_code=lang)
        except TelegramError as error:  # e.g. an admin who never opened the bot: no chat yet
            log.info("menu for %s not set: %s", scope.type, error.message)
