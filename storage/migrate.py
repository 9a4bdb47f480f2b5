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


def _upgrade(connection: Connection) -> None:
    command.upgrade(_config(connection), "head")


async def migrate(db: Database) -> None:
    """Apply every migration not yet applied; safe to run again."""
    async with db.engine.begin() as connection:
        await connection.run_sync(_upgrade)
