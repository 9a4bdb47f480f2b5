"""Bring a database to the newest schema (the app does this on every start)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection

from .db import Database

_HERE = Path(__file__).parent


def _config(connection: Connection | None = None) -> Config:
    config = Config(str(_HERE / "alembic.ini"))
    config.set_main_option("script_location", str(_HERE / "migrations"))
    config.attributes["connection"] = connection
    return config


async def migrate(db: Database, revision: str = "head") -> None:
    """Apply every migration not yet applied (up to `revision`); safe to run again."""
    async with db.engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(_config(sync), revision))
