"""Plumbing shared by the control routes: JSON bodies, typed fields, {"error": ...} answers."""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .errors import ControlError, invalid
from .registry import Registry
from .world import BotWorld

Endpoint = Callable[[Request], Awaitable[Any]]


def control_route(handler: Endpoint) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a handler: its result becomes JSON, a ControlError becomes {"error": ...} with its status."""

    @functools.wraps(handler)
    async def endpoint(request: Request) -> Response:
        try:
            result = await handler(request)
        except ControlError as error:
            return JSONResponse({"error": error.message}, status_code=error.status)
        return result if isinstance(result, Response) else JSONResponse(result)

    return endpoint


def registry_of(request: Request) -> Registry:
    """Return the server's registry of bot worlds."""
    return request.app.state.registry


def world_of(request: Request) -> BotWorld:
    """Return the world of the bot named in the path."""
    return registry_of(request).world_for_id(request.path_params["bot"])


def path_int(request: Request, name: str) -> int:
    """Return an integer path parameter, or 400."""
    try:
        return int(request.path_params[name])
    except ValueError:
        raise invalid(f"{name} must be an integer, got {request.path_params[name]!r}") from None


def query_float(request: Request, name: str, default: float, high: float = 60.0) -> float:
    """Return a numeric query parameter within 0..high, or 400."""
    raw = request.query_params.get(name)
    try:
        value = default if raw is None else float(raw)
    except ValueError:
        raise invalid(f"{name} must be a number of seconds") from None
    if not 0 <= value <= high:
        raise invalid(f"{name} must be between 0 and {high:g} seconds")
    return value


class Body:
    """A JSON object body with typed, named getters that fail with a clear 400."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def str(self, name: str, required: bool = False) -> str | None:
        """Return a string field."""
        value = self._get(name, required)
        if value is not None and not isinstance(value, str):
            raise invalid(f"{name} must be a string")
        return value

    def int(self, name: str, required: bool = False) -> int | None:
        """Return an integer field (digits in a string are accepted)."""
        value = self._get(name, required)
        if isinstance(value, str) and value.lstrip("-").isdigit():
            value = int(value)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise invalid(f"{name} must be an integer")
        return value

    def bool(self, name: str, default: bool = False) -> bool:
        """Return a boolean field."""
        value = self._get(name, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise invalid(f"{name} must be true or false")
        return value

    def ints(self, name: str) -> list[int]:
        """Return a list of integers (e.g. user ids)."""
        value = self._get(name, False) or []
        if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value
        ):
            raise invalid(f"{name} must be a list of integers")
        return value

    def _get(self, name: str, required: bool) -> Any:
        """Return a raw field, enforcing presence if required."""
        value = self.data.get(name)
        if value is None and required:
            raise invalid(f"{name} is required")
        return value


async def read_body(request: Request, *allowed: str) -> Body:
    """Read a JSON object body; fields other than `allowed` are refused (they are usually typos)."""
    raw = await request.body()
    try:
        data = json.loads(raw) if raw.strip() else {}
    except ValueError:
        raise invalid("the body must be a JSON object") from None
    if not isinstance(data, dict):
        raise invalid("the body must be a JSON object")
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise invalid(f"unknown field(s) {', '.join(unknown)}; expected some of {', '.join(allowed)}")
    return Body(data)
