"""Bot API methods about the bot and its updates: getMe, getUpdates, webhooks, answerCallbackQuery."""

from __future__ import annotations

import time
from typing import Any

from .entities import utf16_len
from .errors import ApiError, bad_request
from .objects import bot_user_obj
from .params import Params
from .world import BotWorld

WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"
)
QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"


async def get_me(world: BotWorld, p: Params) -> dict[str, Any]:
    """getMe: the bot's User with its capabilities."""
    return {
        **bot_user_obj(world.bot),
        "can_join_groups": True,
        "can_read_all_group_messages": not world.bot.privacy,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


async def get_updates(world: BotWorld, p: Params) -> list[dict[str, Any]]:
    """getUpdates: confirm by offset, then return pending updates, long-polling up to `timeout` s."""
    if world.webhook:
        raise ApiError(409, WEBHOOK_CONFLICT)
    limit = min(100, max(1, p.int("limit") or 100))
    try:
        timeout = min(50.0, max(0.0, float(p.values.get("timeout") or 0)))
    except (TypeError, ValueError):
        raise bad_request('field "timeout" must be of type Integer') from None
    _remember_allowed_updates(world, p)
    world.confirm(p.int("offset") or 0)
    # a newer poll ends an older one with 409, as Telegram does for two running instances
    world.poll_generation += 1
    generation = world.poll_generation
    world.touch()
    deadline = time.monotonic() + timeout
    while True:
        updates = world.pending(limit)
        if updates or world.closed:
            break
        if generation != world.poll_generation:
            raise ApiError(409, POLL_CONFLICT)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        await world.wait_change(remaining)
    world.mark_delivered(updates)
    return updates


def _remember_allowed_updates(world: BotWorld, p: Params) -> None:
    """Store allowed_updates when given; Telegram keeps the last value given."""
    allowed = p.json("allowed_updates")
    if allowed is None:
        return
    if not isinstance(allowed, list) or not all(isinstance(kind, str) for kind in allowed):
        raise bad_request("can't parse allowed_updates JSON object")
    world.allowed_updates = allowed


async def set_webhook(world: BotWorld, p: Params) -> bool:
    """setWebhook: remember the URL (nothing is delivered to it); an empty URL removes it."""
    url = p.str("url") or ""
    if url and not url.lower().startswith("https://"):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    _remember_allowed_updates(world, p)
    world.webhook = {"url": url, "max_connections": p.int("max_connections") or 40} if url else None
    if p.bool("drop_pending_updates"):
        world.drop_pending_updates()
    return True


async def delete_webhook(world: BotWorld, p: Params) -> bool:
    """deleteWebhook: forget the URL, optionally dropping pending updates."""
    world.webhook = None
    if p.bool("drop_pending_updates"):
        world.drop_pending_updates()
    return True


async def get_webhook_info(world: BotWorld, p: Params) -> dict[str, Any]:
    """getWebhookInfo: the stored URL and how many updates wait."""
    info: dict[str, Any] = {
        "url": (world.webhook or {}).get("url", ""),
        "has_custom_certificate": False,
        "pending_update_count": len(world.updates),
    }
    if world.webhook:
        info["max_connections"] = world.webhook["max_connections"]
    if world.allowed_updates is not None:
        info["allowed_updates"] = world.allowed_updates
    return info


async def answer_callback_query(world: BotWorld, p: Params) -> bool:
    """answerCallbackQuery: answer a tap once; the toast or alert text is up to 200 characters."""
    query = world.callbacks.get(p.str("callback_query_id") or "")
    if query is None or query.answered:
        raise bad_request(QUERY_INVALID)
    text = p.str("text")
    if text and utf16_len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    query.answered, query.text = True, text or None
    query.show_alert, query.url = p.bool("show_alert"), p.str("url")
    world.log(query.chat_id, "answer", callback_query_id=query.id)
    return True
