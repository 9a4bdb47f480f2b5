"""The Bot API endpoint /bot<token>/<method>: routing, queued faults, the call log, Telegram's replies."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from . import methods_chat as chat
from . import methods_edit as edit
from . import methods_files as files
from . import methods_send as send
from . import methods_updates as updates
from .errors import ApiError
from .params import Params, read_params
from .registry import Registry
from .world import BotWorld

Handler = Callable[[BotWorld, Params], Awaitable[Any]]

METHODS: dict[str, Handler] = {
    "getMe": updates.get_me,
    "getUpdates": updates.get_updates,
    "setWebhook": updates.set_webhook,
    "deleteWebhook": updates.delete_webhook,
    "getWebhookInfo": updates.get_webhook_info,
    "answerCallbackQuery": updates.answer_callback_query,
    "sendMessage": send.send_message,
    "sendPhoto": send.send_photo,
    "sendDocument": send.send_document,
    "getFile": files.get_file,
    "editMessageText": edit.edit_message_text,
    "editMessageReplyMarkup": edit.edit_message_reply_markup,
    "deleteMessage": edit.delete_message,
    "sendChatAction": chat.send_chat_action,
    "getChat": chat.get_chat,
    "getChatMember": chat.get_chat_member,
    "getChatAdministrators": chat.get_chat_administrators,
    "setMyCommands": chat.set_my_commands,
    "getMyCommands": chat.get_my_commands,
    "deleteMyCommands": chat.delete_my_commands,
}
_BY_LOWER = {name.lower(): name for name in METHODS}


def canonical_method(name: str) -> str | None:
    """Return the method's proper name (Telegram matches names case-insensitively), or None."""
    return _BY_LOWER.get(name.lower())


def error_response(error: ApiError) -> JSONResponse:
    """Answer with Telegram's error body and the same HTTP status."""
    return JSONResponse(error.body(), status_code=error.status)


async def bot_api_endpoint(request: Request) -> JSONResponse:
    """Handle one Bot API request, logging it in the bot's call log."""
    registry: Registry = request.app.state.registry
    try:
        world = registry.world_for_token(request.path_params["token"])
    except ApiError as error:
        return error_response(error)
    raw_name = request.path_params["method"]
    name = canonical_method(raw_name)
    try:
        params = await read_params(request)
    except ApiError as error:
        params, early_error = Params({}), error
    else:
        early_error = None
    record = world.begin_call(name or raw_name, params.logged())
    try:
        if early_error is not None:
            raise early_error
        if name is None:
            raise ApiError(404, "Not Found: method not found")
        result = await _perform(world, name, params)
    except ApiError as error:
        world.end_call(record, error.status, error.description)
        return error_response(error)
    except Exception:
        world.end_call(record, 500, "Internal Server Error")
        raise
    world.end_call(record, 200, None)
    return JSONResponse({"ok": True, "result": result})


async def _perform(world: BotWorld, name: str, params: Params) -> Any:
    """Run the method, unless a queued fault says to fail, stall, or fail after doing it."""
    handler = METHODS[name]
    fault = world.faults.take(name, params.values.get("chat_id"))
    if fault is None:
        return await handler(world, params)
    if fault.status is None:
        # a slow answer: the call happens, the reply comes late (the client may have timed out)
        result = await handler(world, params)
        await asyncio.sleep(fault.delay)
        return result
    if fault.after_apply:
        await handler(world, params)  # done for real; the client is then told it failed
    if fault.delay:
        await asyncio.sleep(fault.delay)
    raise fault.error()
