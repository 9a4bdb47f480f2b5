"""Serving the API with uvicorn inside the bot's process and event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Iterator

import uvicorn

from bot.runtime import Runtime

from . import ApiStartError
from .app import create_api

log = logging.getLogger("tzk.api")


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield  # SIGINT and SIGTERM belong to the bot's process, which stops the API itself


class ApiServer:
    """The API listening on API_HOST:API_PORT (port 0: any free one) until stop()."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.port: int | None = None
        self._server: _Server | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        host = self.rt.settings.api_host
        return f"http://{f'[{host}]' if ':' in host else host}:{self.port}"

    async def start(self) -> ApiServer:
        settings = self.rt.settings
        family = socket.AF_INET6 if ":" in settings.api_host else socket.AF_INET
        # IPPROTO_TCP, or asyncio skips TCP_NODELAY and small answers wait for a delayed ACK
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((settings.api_host, settings.api_port))
        except OSError as error:
            sock.close()
            raise ApiStartError(f"the API cannot listen on {settings.api_host}:{settings.api_port}: "
                                f"{error.strerror}; change API_HOST/API_PORT") from None
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(create_api(self.rt), lifespan="off", log_config=None,
                                log_level="warning", access_log=False, server_header=False,
                                timeout_graceful_shutdown=5)
        self._server = _Server(config)
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]), name="tzk-api")
        while not self._server.started:
            if self._task.done():
                await self._task  # raises what stopped it
                raise ApiStartError("the API stopped while starting")
            await asyncio.sleep(0.01)
        log.info("the intake API listens on %s", self.url)
        return self

    async def stop(self) -> None:
        if self._server is None or self._task is None:
            return
        self._server.should_exit = True
        await self._task
        self._server = self._task = None
