"""Files the bot receives: getFile gives a path, /file/bot<token>/<path> gives the bytes.

Telegram lets a bot download files of up to 20 MB this way; getFile refuses larger ones.
"""

from __future__ import annotations

import os
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .errors import ApiError, bad_request
from .params import Params
from .registry import Registry
from .world import BotWorld

DOWNLOAD_LIMIT = 20 * 1024 * 1024


async def get_file(world: BotWorld, p: Params) -> dict[str, Any]:
    """getFile: a file's size and the path to download it from."""
    file_id = p.str("file_id")
    if not file_id:
        raise bad_request("file_id is empty")
    stored = world.files.get(file_id)
    if stored is None:
        raise bad_request("invalid file_id")
    if stored.size > DOWNLOAD_LIMIT:
        raise bad_request("file is too big")
    if stored.path is None:
        extension = os.path.splitext(stored.filename)[1]
        stored.path = f"{stored.kind}s/file_{stored.unique_id}{extension}"
    return {"file_id": stored.file_id, "file_unique_id": stored.unique_id, "file_size": stored.size,
            "file_path": stored.path}


async def download(request: Request) -> Response:
    """GET /file/bot<token>/<file_path>: the bytes of a file getFile gave the path of."""
    registry: Registry = request.app.state.registry
    try:
        world = registry.world_for_token(request.path_params["token"])
    except ApiError as error:
        return JSONResponse(error.body(), status_code=error.status)
    path = request.path_params["path"]
    stored = next((f for f in world.files.values() if f.path is not None and f.path == path), None)
    if stored is None:
        return JSONResponse({"ok": False, "error_code": 404, "description": "Not Found"}, status_code=404)
    return Response(stored.data, media_type=stored.mime_type)
