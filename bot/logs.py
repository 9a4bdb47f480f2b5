"""Logging that never shows the bot token, nor what clients wrote."""

from __future__ import annotations

import logging

# httpx logs every request URL, and Bot API URLs contain the token; python-telegram-bot and
# aiosqlite log request and statement parameters (clients' names, phones, texts) at DEBUG. They
# stay at WARNING whatever LOG_LEVEL says.
_QUIET = ("httpx", "httpcore", "telegram", "apscheduler", "uvicorn.access", "aiosqlite")


class RedactSecrets(logging.Filter):
    """Replaces each secret with *** in every record that passes."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        for secret in self.secrets:
            message = message.replace(secret, "***")
            if record.exc_text:
                record.exc_text = record.exc_text.replace(secret, "***")
        record.msg, record.args = message, None
        return True


def setup_logging(level: str, secrets: list[str]) -> None:
    """Root logging to stderr at `level`, with `secrets` redacted everywhere."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in _QUIET:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLevelName(level)))
