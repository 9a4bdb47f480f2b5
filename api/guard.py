"""The API's front door: the bearer token and the body size are checked before anything is read.

A plain ASGI middleware, so an unauthenticated or oversized request is refused before FastAPI
parses a byte of its body.
"""

from __future__ import annotations

import secrets

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PROTECTED = "/api/"


class Guard:
    def __init__(self, app: ASGIApp, token: str, max_body: int) -> None:
        self.app, self.max_body = app, max_body
        self._token = token.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PROTECTED):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if not self._authorized(headers.get("authorization", "")):
            refusal = JSONResponse({"detail": "missing or wrong bearer token"}, status_code=401,
                                   headers={"WWW-Authenticate": "Bearer"})
            await refusal(scope, receive, send)
            return
        declared = headers.get("content-length", "")
        body = None if declared.isdigit() and int(declared) > self.max_body else await self._read(receive)
        if body is None:
            refusal = JSONResponse({"detail": f"the body is larger than {self.max_body} bytes"},
                                   status_code=413)
            await refusal(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    def _authorized(self, header: str) -> bool:
        scheme, _, given = header.partition(" ")
        # compare_digest on bytes: a str with non-ASCII characters would make it raise
        return scheme.lower() == "bearer" and secrets.compare_digest(given.strip().encode(), self._token)

    async def _read(self, receive: Receive) -> bytes | None:
        """The whole body, or None once it grows past the limit (a chunked body has no length)."""
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()  # after the body: the disconnect, when it comes
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
