"""SandboxClient: the control side over HTTP, for tests and the demo (async, httpx)."""

from __future__ import annotations

from types import TracebackType
from typing import Any

import httpx

from .client_bot import SandboxBot
from .client_types import SandboxError, SandboxTimeout

__all__ = ["SandboxBot", "SandboxClient", "SandboxError", "SandboxTimeout"]


class SandboxClient:
    """Talks to a sandbox server's control side; `async with SandboxClient(url) as sc: ...`."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.url = url.rstrip("/")
        # loading the CA bundle costs ~50 ms per client; a plain-http sandbox has no use for it
        verify = self.url.startswith("https://")
        self._http = httpx.AsyncClient(base_url=f"{self.url}/sandbox", timeout=timeout, verify=verify)

    async def __aenter__(self) -> SandboxClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP connection pool."""
        await self._http.aclose()

    async def request(
        self,
        method: str,
        path: str,
        json: Any = None,
        params: dict[str, Any] | None = None,
        raw: bool = False,
    ) -> Any:
        """Call a control route; a 4xx/5xx raises SandboxError with the server's message.

        Parameters and JSON fields that are None are left out: the server's defaults apply."""
        clean = {k: v for k, v in (params or {}).items() if v is not None}
        if isinstance(json, dict):
            json = {k: v for k, v in json.items() if v is not None}
        response = await self._http.request(method, path, json=json, params=clean)
        if response.status_code >= 400:
            try:
                error = response.json().get("error", response.text)
            except ValueError:
                error = response.text
            raise SandboxError(response.status_code, error)
        return response if raw else response.json()

    async def create_bot(
        self, username: str | None = None, first_name: str | None = None, privacy: bool = True
    ) -> SandboxBot:
        """Create a bot with a fresh token (its own empty world) and return its handle."""
        body = {"username": username, "first_name": first_name, "privacy": privacy}
        info = await self.request("POST", "/bots", json=body)
        return SandboxBot(self, info)

    async def bots(self) -> list[SandboxBot]:
        """Return handles for every bot on the server (including ones a token created)."""
        return [SandboxBot(self, info) for info in await self.request("GET", "/bots")]

    async def get_bot(self, bot: int | str) -> SandboxBot:
        """Return the handle of a bot by its id or its token."""
        wanted = str(bot).split(":", 1)[0]
        for handle in await self.bots():
            if str(handle.id) == wanted:
                return handle
        raise SandboxError(
            404, f"no bot {wanted} on this sandbox (a bot's world appears on its first API call)"
        )
