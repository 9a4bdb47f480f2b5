"""The sandbox as one Starlette app: the Bot API under /bot<token>/, the control side under /sandbox/."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from . import control, control_people, control_views
from .botapi import bot_api_endpoint
from .methods_files import download
from .registry import Registry


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    """Answer unknown paths in the format of the side they were meant for."""
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if request.url.path.startswith("/sandbox"):
        return JSONResponse(
            {
                "error": f"{exc.detail if isinstance(exc, HTTPException) else 'error'}: "
                f"{request.method} {request.url.path}"
            },
            status_code=status,
        )
    return JSONResponse({"ok": False, "error_code": 404, "description": "Not Found"}, status_code=404)


def create_app(registry: Registry | None = None) -> Starlette:
    """Build the sandbox app; every bot's world lives in `app.state.registry`."""
    routes = [
        Route("/bot{token}/{method}", bot_api_endpoint, methods=["GET", "POST"]),
        Route("/file/bot{token}/{path:path}", download, methods=["GET"]),
        *control.ROUTES,
        *control_people.ROUTES,
        *control_views.ROUTES,
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
    app.state.registry = registry or Registry()
    return app
