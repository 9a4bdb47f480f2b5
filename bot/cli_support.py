"""What every `tzk` command shares: settings that fail in one line, a Runtime for one run."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import click

from storage.db import Database

from .bootstrap import prepare_database
from .runtime import Runtime
from .settings import Settings, SettingsError, load_settings

T = TypeVar("T")


def settings_or_exit(**overrides: Any) -> Settings:
    try:
        return load_settings(**overrides)
    except SettingsError as error:
        raise click.ClickException(str(error)) from None


def with_runtime(settings: Settings, work: Callable[[Runtime], Awaitable[T]]) -> T:
    """Run `work` with a fresh Runtime on `settings`' database."""

    async def main() -> T:
        rt = Runtime(settings=settings, db=Database(settings.database_url))
        try:
            return await work(rt)
        finally:
            await rt.db.dispose()

    return asyncio.run(main())


def on_prepared_database(work: Callable[[Runtime], Awaitable[T]]) -> T:
    """Run `work` after migrating and seeding the configured database."""

    async def prepared(rt: Runtime) -> T:
        await prepare_database(rt)
        return await work(rt)

    return with_runtime(settings_or_exit(), prepared)
