"""python -m sandbox [--host 127.0.0.1] [--port 8081]: run the sandbox Bot API server standalone."""

from __future__ import annotations

import argparse
import threading

from .server import SandboxServer


def main(argv: list[str] | None = None) -> None:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    args = parser.parse_args(argv)
    server = SandboxServer(args.host, args.port).start()
    print(
        f"Sandbox Bot API at {server.api_url} (give the bot this base_url; any token like "
        f"123456:{'A' * 35} works) · control side: {server.url}/sandbox/ (see sandbox/README.md)",
        flush=True,
    )
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
