"""Control routes that set the scene: bots, users, groups, topics, members, faults, rate limits."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from .control_http import control_route, path_int, read_body, registry_of, world_of
from .errors import invalid
from .faults import FAULT_FIELDS, fault_from_json
from .groups import add_member, create_group, create_topic, get_group, set_bot_status
from .objects import user_obj
from .people import create_user, get_user
from .views import chat_json
from .world import BotWorld


def bot_json(request: Request, world: BotWorld) -> dict[str, Any]:
    """Return a bot's identity and where to point it."""
    bot = world.bot
    base = str(request.base_url).rstrip("/")
    return {
        "id": bot.id,
        "token": bot.token,
        "username": bot.username,
        "first_name": bot.first_name,
        "privacy": bot.privacy,
        "api_url": f"{base}/bot",
    }


@control_route
async def create_bot(request: Request) -> Any:
    """POST /sandbox/bots: a new bot with a random token."""
    body = await read_body(request, "username", "first_name", "privacy")
    world = registry_of(request).create_bot(
        body.str("username"), body.str("first_name"), body.bool("privacy", True)
    )
    return bot_json(request, world)


@control_route
async def list_bots(request: Request) -> Any:
    """GET /sandbox/bots: every bot world on this server."""
    return [bot_json(request, world) for world in registry_of(request).worlds.values()]


@control_route
async def add_user(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/users: a new person in the bot's world."""
    fields = ("first_name", "last_name", "username", "language_code", "phone_number")
    body = await read_body(request, *fields)
    world = world_of(request)
    user = create_user(world, **{name: body.str(name, required=name == "first_name") for name in fields})
    return {**user_obj(user), "phone_number": user.phone_number}


@control_route
async def add_group(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/groups: a group or supergroup (maybe a forum) with the bot in it."""
    body = await read_body(request, "title", "type", "is_forum", "members", "bot_admin", "admins")
    world = world_of(request)
    chat = create_group(
        world,
        body.str("title", required=True) or "",
        body.str("type") or "group",
        body.ints("members"),
        is_forum=body.bool("is_forum"),
        bot_admin=body.bool("bot_admin"),
        admins=body.ints("admins"),
    )
    return chat_json(world, chat)


@control_route
async def add_topic(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/groups/{chat}/topics: open a forum topic."""
    body = await read_body(request, "name", "user_id")
    world = world_of(request)
    chat = get_group(world, path_int(request, "chat"))
    user_id = body.int("user_id")
    if user_id is not None:
        get_user(world, user_id)
    msg = create_topic(world, chat, body.str("name", required=True) or "", user_id)
    return {"message_thread_id": msg.message_id, "name": chat.topics[msg.message_id]}


@control_route
async def join_group(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/groups/{chat}/members: a user joins."""
    body = await read_body(request, "user_id")
    world = world_of(request)
    chat = get_group(world, path_int(request, "chat"))
    add_member(world, chat, get_user(world, body.int("user_id", required=True)))
    return chat_json(world, chat)


@control_route
async def change_bot_status(request: Request) -> Any:
    """PUT /sandbox/bots/{bot}/groups/{chat}/bot: add, promote, remove or ban the bot."""
    body = await read_body(request, "status", "user_id")
    world = world_of(request)
    chat = get_group(world, path_int(request, "chat"))
    actor = body.int("user_id")
    if actor is not None:
        get_user(world, actor)
    set_bot_status(world, chat, body.str("status", required=True) or "", actor)
    return chat_json(world, chat)


@control_route
async def faults(request: Request) -> Any:
    """POST queues a fault, DELETE clears them, GET lists those still queued."""
    world = world_of(request)
    if request.method == "POST":
        body = await read_body(request, *FAULT_FIELDS)
        try:
            world.faults.add(fault_from_json(body.data))
        except ValueError as err:
            raise invalid(str(err)) from None
    elif request.method == "DELETE":
        world.faults.clear()
    return {"faults": [f.to_json() for f in world.faults.pending()]}


@control_route
async def limits(request: Request) -> Any:
    """PUT changes the bot's rate limits (GET shows them)."""
    world = world_of(request)
    if request.method == "PUT":
        body = await read_body(request, *world.limits.settings.to_json())
        try:
            world.limits.update(body.data)
        except ValueError as err:
            raise invalid(str(err)) from None
    return world.limits.settings.to_json()


ROUTES = [
    Route("/sandbox/bots", create_bot, methods=["POST"]),
    Route("/sandbox/bots", list_bots, methods=["GET"]),
    Route("/sandbox/bots/{bot}/users", add_user, methods=["POST"]),
    Route("/sandbox/bots/{bot}/groups", add_group, methods=["POST"]),
    Route("/sandbox/bots/{bot}/groups/{chat}/topics", add_topic, methods=["POST"]),
    Route("/sandbox/bots/{bot}/groups/{chat}/members", join_group, methods=["POST"]),
    Route("/sandbox/bots/{bot}/groups/{chat}/bot", change_bot_status, methods=["PUT"]),
    Route("/sandbox/bots/{bot}/faults", faults, methods=["GET", "POST", "DELETE"]),
    Route("/sandbox/bots/{bot}/limits", limits, methods=["GET", "PUT"]),
]
