"""What the benchmarks share: the databases they run on (a fresh SQLite file, and a throwaway
schema in the PostgreSQL database given by --postgres) and one way to time and print a figure."""

from __future__ import annotations

import argparse
import os
import secrets
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from sqlalchemy import text

from storage.db import Database


def parser(description: str) -> argparse.ArgumentParser:
    """The command line every benchmark takes: --postgres URL runs it on PostgreSQL too."""
    made = argparse.ArgumentParser(description=description)
    made.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL"), metavar="URL",
                      help="also run on PostgreSQL, e.g. postgresql://postgres@127.0.0.1:5432/test "
                           "(in a schema made for the run and dropped after it)")
    return made


async def on_each_database(postgres: str | None,
                           bench: Callable[[str, Database], Awaitable[None]]) -> None:
    """Run `bench(name, empty database)` on a fresh SQLite file, then on PostgreSQL when given;
    each database is gone afterwards, so a second run starts from nothing again."""
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        try:
            await bench("SQLite", db)
        finally:
            await db.dispose()
    if postgres:
        async with _throwaway_schema(postgres) as db:
            await bench("PostgreSQL", db)


@asynccontextmanager
async def _throwaway_schema(url: str) -> AsyncIterator[Database]:
    schema = f"tzk_bench_{secrets.token_hex(4)}"
    admin = Database(url)
    async with admin.engine.begin() as connection:
        await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = Database(url, connect_args={"server_settings": {"search_path": schema}})
    try:
        yield db
    finally:
        await db.dispose()
        async with admin.engine.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


async def timed(label: str, work: Callable[[], Awaitable[object]], *, runs: int = 1,
                items: int | None = None) -> object:
    """Run `work` `runs` times and print one line: the best time (and the median of several
    runs), `items` per second when given, and what the work said (a string it returned)."""
    times, said = [], None
    for _ in range(runs):
        started = time.perf_counter()
        said = await work()
        times.append(time.perf_counter() - started)
    best = min(times)
    line = f"  {label:<44} {_seconds(best)}"
    if runs > 1:
        line += f"   median {_seconds(sorted(times)[len(times) // 2])}"
    if items:
        line += f"   {items / best:,.0f}/s"
    if isinstance(said, str):
        line += f"   {said}"
    print(line, flush=True)
    return said


def _seconds(value: float) -> str:
    return f"{value * 1000:8.1f} ms" if value < 1 else f"{value:8.2f} s "
