"""SandboxServer: the sandbox on a real port, served by uvicorn in a background thread."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from types import TracebackType

import uvicorn

from .app import create_app


class SandboxServer:
    """Runs the sandbox in a daemon thread with its own event loop; use start()/stop() or `with`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port
        self.app = create_app()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._socket: socket.socket | None = None

    @property
    def url(self) -> str:
        """Return the server's base URL, e.g. http://127.0.0.1:54321 (the real port once started)."""
        if self._socket is None:
            raise RuntimeError("the sandbox server is not started")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def api_url(self) -> str:
        """Return the Bot API base URL to give python-telegram-bot as base_url."""
        return f"{self.url}/bot"

    def start(self, timeout: float = 10.0) -> SandboxServer:
        """Start serving and return once the port accepts connections."""
        if self._thread is not None:
            return self
        self.app.state.registry.reopen()
        # binding here (not in uvicorn) gives the real port at once when port=0; proto must be
        # IPPROTO_TCP or asyncio skips TCP_NODELAY and every response waits ~40 ms for a delayed ACK
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((self.host, self.port))
        self.port = self._socket.getsockname()[1]
        config = uvicorn.Config(
            self.app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=3
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="sandbox-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the sandbox server did not start on {self.host}:{self.port}")
            time.sleep(0.01)
        return self

    def _run(self) -> None:
        """Serve on this thread's own event loop."""
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        """Serve until stop() is called."""
        self._loop = asyncio.get_running_loop()
        assert self._server is not None and self._socket is not None
        await self._server.serve(sockets=[self._socket])

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving; long polls still waiting are answered at once."""
        if self._thread is None or self._server is None:
            return
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.app.state.registry.close)
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._thread = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
