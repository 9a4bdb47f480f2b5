"""Control routes where the humans act: write, send a file, /start, tap, share a contact, block."""

from __future__ import annotations

import base64
import binascii
import time
from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from .control_http import control_route, query_float, read_body, world_of
from .errors import invalid, not_found
from .people import (
    get_user,
    user_blocks,
    user_sends,
    user_shares_contact,
    user_starts,
    user_unblocks,
    writing_chat,
)
from .taps import user_taps
from .uploads import user_sends_document
from .views import message_json


@control_route
async def send(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/messages: a user writes (default: in their private chat)."""
    body = await read_body(request, "user_id", "chat_id", "text", "reply_to_message_id", "message_thread_id")
    world = world_of(request)
    user = get_user(world, body.int("user_id", required=True))
    chat = writing_chat(world, user, body.int("chat_id"))
    msg = user_sends(
        world,
        user,
        chat,
        body.str("text", required=True),
        reply_to=body.int("reply_to_message_id"),
        thread_id=body.int("message_thread_id"),
    )
    return message_json(world, msg)


@control_route
async def send_document(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/documents: a user sends a file (content in base64)."""
    body = await read_body(request, "user_id", "chat_id", "filename", "content", "mime_type", "caption")
    world = world_of(request)
    user = get_user(world, body.int("user_id", required=True))
    chat = writing_chat(world, user, body.int("chat_id"))
    try:
        data = base64.b64decode(body.str("content", required=True) or "", validate=True)
    except (binascii.Error, ValueError):
        raise invalid("content must be the file's bytes in base64") from None
    msg = user_sends_document(world, user, chat, body.str("filename", required=True) or "", data,
                              body.str("mime_type"), body.str("caption"))
    return message_json(world, msg)


@control_route
async def start(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/start: what a tap on t.me/<bot>?start=<payload> does."""
    body = await read_body(request, "user_id", "payload")
    world = world_of(request)
    msg, dropped = user_starts(
        world, get_user(world, body.int("user_id", required=True)), body.str("payload")
    )
    return {"message": message_json(world, msg), "payload_dropped": dropped}


@control_route
async def tap(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/tap: tap an inline button by its text, or send forged raw data."""
    body = await read_body(request, "user_id", "button", "data", "chat_id", "message_id", "times")
    world = world_of(request)
    user = get_user(world, body.int("user_id", required=True))
    queries = user_taps(
        world,
        user,
        button=body.str("button"),
        data=body.str("data"),
        chat_id=body.int("chat_id"),
        message_id=body.int("message_id"),
        times=body.int("times") or 1,
    )
    first = queries[0]
    return {
        "callback_query_id": first.id,
        "callback_query_ids": [q.id for q in queries],
        "message_id": first.message_id,
        "data": first.data,
    }


@control_route
async def contact(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/contact: share a phone number with the bot."""
    body = await read_body(request, "user_id", "phone_number", "contact_user_id", "first_name")
    world = world_of(request)
    user = get_user(world, body.int("user_id", required=True))
    msg = user_shares_contact(
        world, user, body.str("phone_number"), body.int("contact_user_id"), body.str("first_name")
    )
    return message_json(world, msg)


@control_route
async def block(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/block: the user blocks the bot."""
    body = await read_body(request, "user_id")
    world = world_of(request)
    user_blocks(world, get_user(world, body.int("user_id", required=True)))
    return {"ok": True}


@control_route
async def unblock(request: Request) -> Any:
    """POST /sandbox/bots/{bot}/unblock: the user unblocks the bot."""
    body = await read_body(request, "user_id")
    world = world_of(request)
    user_unblocks(world, get_user(world, body.int("user_id", required=True)))
    return {"ok": True}


@control_route
async def callback(request: Request) -> Any:
    """GET /sandbox/bots/{bot}/callbacks/{id}[?wait=5]: whether and how the bot answered a tap."""
    world = world_of(request)
    query = world.callbacks.get(request.path_params["query_id"])
    if query is None:
        raise not_found(f"no callback query {request.path_params['query_id']}")
    deadline = time.monotonic() + query_float(request, "wait", 0.0)
    while not query.answered and not world.closed and time.monotonic() < deadline:
        await world.wait_change(deadline - time.monotonic())
    return query.to_json()


ROUTES = [
    Route("/sandbox/bots/{bot}/messages", send, methods=["POST"]),
    Route("/sandbox/bots/{bot}/documents", send_document, methods=["POST"]),
    Route("/sandbox/bots/{bot}/start", start, methods=["POST"]),
    Route("/sandbox/bots/{bot}/tap", tap, methods=["POST"]),
    Route("/sandbox/bots/{bot}/contact", contact, methods=["POST"]),
    Route("/sandbox/bots/{bot}/block", block, methods=["POST"]),
    Route("/sandbox/bots/{bot}/unblock", unblock, methods=["POST"]),
    Route("/sandbox/bots/{bot}/callbacks/{query_id}", callback, methods=["GET"]),
]
