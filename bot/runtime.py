"""What every handler and job needs, built once per process and kept in bot_data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from storage.db import Database

from .settings import Settings

if TYPE_CHECKING:
    from telegram import Bot
    from telegram.ext import ContextTypes


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Runtime:
    """`settings` are in effect now: `defaults` (the environment) with what admins set in chat."""

    settings: Settings
    db: Database
    clock: Callable[[], datetime] = system_clock
    bot: Bot | None = None
    bot_username: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    defaults: Settings = field(init=False)

    def __post_init__(self) -> None:
        self.defaults = self.settings

    def now(self) -> datetime:
        return self.clock()


def runtime(context: ContextTypes.DEFAULT_TYPE) -> Runtime:
    """The Runtime of the application handling this update."""
    return context.application.bot_data["runtime"]
