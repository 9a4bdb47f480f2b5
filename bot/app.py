"""The python-telegram-bot Application, wired to a Runtime."""

from __future__ import annotations

from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from . import handlers
from .runtime import Runtime
from .update_order import PerChatOrder

MAX_CONCURRENT_UPDATES = 16
RATE_LIMIT_RETRIES = 3  # 429s a request waits out (honouring retry_after) before giving up


def build_application(rt: Runtime) -> Application:
    """A PTB Application talking to `settings.telegram_api_url`; start it with `running()`."""
    settings = rt.settings
    if settings.bot_token is None:
        raise ValueError("BOT_TOKEN is not set")
    app = (
        ApplicationBuilder()
        .token(settings.bot_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.telegram_api_url.removesuffix("/bot") + "/file/bot")
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .read_timeout(settings.telegram_timeout)
        .write_timeout(settings.telegram_timeout)
        .connect_timeout(settings.telegram_timeout)
        .concurrent_updates(PerChatOrder(MAX_CONCURRENT_UPDATES))
        .build()
    )
    app.bot_data["runtime"] = rt
    handlers.register(app)
    return app
