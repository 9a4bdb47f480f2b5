"""Control routes that read: chats, transcripts, the call log, files, commands, queued updates, idleness."""

from __future__ import annotations

import asyncio
import time
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from .control_http import control_route, path_int, query_float, registry_of, world_of
from .errors import not_found
from .models import Chat
from .transcript import render_transcript
from .views import chat_json, chat_view
from .world import BotWorld


def find_chat(world: BotWorld, chat_id: int) -> Chat:
    """Return a chat by id (a user's id names their private chat), or 404."""
    if chat_id in world.chats:
        return world.chats[chat_id]
    if chat_id in world.users:
        return world.private_chat(world.users[chat_id])
    raise not_found(f"no chat {chat_id} in this bot's world")


@control_route
async def chats(request: Request) -> Any:
    """GET /sandbox/bots/{bot}/chats: every chat of the world."""
    world = world_of(request)
    return [chat_json(world, chat) for chat in world.chats.values()]


@control_route
async def chat(request: Request) -> Any:
    """GET /sandbox/bots/{bot}/chats/{chat}: the chat, all its messages with versions, tap answers."""
    world = world_of(request)
    return chat_view(world, find_chat(world, path_int(request, "chat")))


@control_route
async def transcript(request: Request) -> Any:
    """GET /sandbox/bots/{bot}/chats/{chat}/transcript: the chat as a person reads it."""
    world = world_of(request)
    return PlainTextResponse(render_transcript(world, find_chat(world, path_int(request, "chat"))))


@control_route
async def all_transcripts(request: Request) -> Any:
    """GET /sandbox/bots/{bot}/transcript: every chat with messages, one after another."""
    world = world_of(request)
    texts = [render_transcript(world, c) for c in world.chats.values() if c.messages]
    return PlainTextResponse("\n".join(texts))


@control_route
async def calls(request: Request) -> Any:
    """GET /sandbox/bots/{bot}/calls[?method=&chat_id=&after=]: every Bot API request, in order."""
    world = world_of(request)
    method = (request.query_params.get("method") or "").lower()
    chat_id = request.query_params.get("chat_id")
    after = int(query_float(request, "after", 0, high=float(2**62)))
    return [
        c.to_json()
        for c in world.calls
        if c.seq > after
        and (not method or c.method.lower() == method)
        and (chat_id is None or str(c.params.get("chat_id")) == chat_id)
    ]


@control_route
async def file(request: Request) -> Any:
    """GET /sandbox/bots/{bot}/files/{file_id}: the raw bytes the bot uploaded."""
    stored = world_of(request).files.get(request.path_params["file_id"])
    if stored is None:
        raise not_found(f"no file {request.path_params['file_id']}")
    disposition = f"attachment; filename*=UTF-8''{quote(stored.filename)}"
    return Response(stored.data, media_type=stored.mime_type, headers={"content-disposition": disposition})


@control_route
async def commands(request: Request) -> Any:
    """GET /sandbox/bots/{bot}/commands: the menus setMyCommands stored, by scope and language."""
    return list(world_of(request).commands.values())


@control_route
async def updates(request: Request) -> Any:
    """GET /sandbox/bots/{bot}/updates: updates queued and not yet confirmed by the bot."""
    return world_of(request).updates


@control_route
async def idle(request: Request) -> Any:
    """GET /sandbox/bots/{bot}/idle?quiet=0.3&timeout=5: wait until the bot took all updates, went quiet."""
    world = world_of(request)
    quiet = query_float(request, "quiet", 0.3)
    deadline = time.monotonic() + query_float(request, "timeout", 5.0)
    while not world.is_idle(quiet):
        if time.monotonic() >= deadline or world.closed:
            return {"idle": False}
        await asyncio.sleep(0.02)
    return {"idle": True}


@control_route
async def index(request: Request) -> Any:
    """GET /sandbox/: what this server is and which bots it holds."""
    base = str(request.base_url).rstrip("/")
    return {
        "sandbox": "Telegram Bot API sandbox",
        "bot_api_base_url": f"{base}/bot",
        "tokens": "any token like 123456:<30+ of A-Za-z0-9_-> opens (and creates) that bot's world",
        "bots": [{"id": w.bot.id, "username": w.bot.username} for w in registry_of(request).worlds.values()],
        "routes": sorted({r.path for r in request.app.routes if hasattr(r, "path")}),
    }


ROUTES = [
    Route("/sandbox", index, methods=["GET"]),
    Route("/sandbox/", index, methods=["GET"]),
    Route("/sandbox/bots/{bot}/chats", chats, methods=["GET"]),
    Route("/sandbox/bots/{bot}/chats/{chat}", chat, methods=["GET"]),
    Route("/sandbox/bots/{bot}/chats/{chat}/transcript", transcript, methods=["GET"]),
    Route("/sandbox/bots/{bot}/transcript", all_transcripts, methods=["GET"]),
    Route("/sandbox/bots/{bot}/calls", calls, methods=["GET"]),
    Route("/sandbox/bots/{bot}/files/{file_id}", file, methods=["GET"]),
    Route("/sandbox/bots/{bot}/commands", commands, methods=["GET"]),
    Route("/sandbox/bots/{bot}/updates", updates, methods=["GET"]),
    Route("/sandbox/bots/{bot}/idle", idle, methods=["GET"]),
]
