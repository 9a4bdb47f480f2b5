"""How fast deliveries come in: the HTTP API (one by one, and in bulk) and a CSV import.

    python bench/intake_bench.py [--database-url postgresql://postgres@127.0.0.1:5432/bench]

Runs on a fresh SQLite file by default (an empty PostgreSQL database if given) and prints one
line per figure. Each delivery is its own unit of work, as in production.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
import tracemalloc
from pathlib import Path

import httpx

from api.server import ApiServer
from bot.bootstrap import prepare_database
from bot.importing import import_sheet
from bot.runtime import Runtime
from bot.settings import Settings
from feedback.sheet_columns import read_sheet
from storage.db import Database

TOKEN = "bench-token-0123456789abcdef"


def payload(n: int) -> dict:
    return {"delivery_id": f"D-{n}", "client_id": f"C-{n % 500}", "client_name": f"ООО «Клиент {n % 500}»",
            "phone": f"+7916{n % 10_000_000:07d}", "manager": "Анна Смирнова",
            "delivered_at": "2026-12-01T15:00:00+03:00", "order_ref": str(n), "amount": "1250.50"}


def csv_rows(count: int, start: int) -> bytes:
    lines = ["Номер поставки;Код клиента;Клиент;Телефон;Менеджер;Дата поставки;Сумма"]
    lines += [f"D-{n};C-{n % 500};ООО «Клиент {n % 500}»;+7916{n % 10_000_000:07d};Анна;"
              "01.12.2026 15:00;1 250,50" for n in range(start, start + count)]
    return "\n".join(lines).encode("cp1251")


async def main(url: str | None) -> None:
    folder = Path(tempfile.mkdtemp())
    settings = Settings(_env_file=None, database_url=url or f"sqlite:///{folder / 'bench.sqlite3'}",
                        api_token=TOKEN, api_port=0, api_max_body=8 * 1024 * 1024)
    rt = Runtime(settings=settings, db=Database(settings.database_url))
    await prepare_database(rt)
    server = await ApiServer(rt).start()
    try:
        async with httpx.AsyncClient(base_url=server.url, timeout=120,
                                     headers={"Authorization": f"Bearer {TOKEN}"}) as api:
            began = time.perf_counter()
            for n in range(300):
                assert (await api.post("/api/v1/deliveries", json=payload(n))).status_code == 201
            single = time.perf_counter() - began
            print(f"API, one by one: {300 / single:.0f} deliveries/s ({single / 300 * 1000:.1f} ms each)")

            began = time.perf_counter()
            answer = await api.post("/api/v1/deliveries/bulk",
                                    json={"deliveries": [payload(n) for n in range(1000, 2000)]})
            assert answer.json()["created"] == 1000
            print(f"API, bulk of 1000: {time.perf_counter() - began:.2f} s")

            began = time.perf_counter()
            answer = await api.post("/api/v1/deliveries/bulk",
                                    json={"deliveries": [payload(n) for n in range(1000, 2000)]})
            assert answer.json()["known"] == 1000
            print(f"API, the same bulk again (all known): {time.perf_counter() - began:.2f} s")
    finally:
        await server.stop()

    data = csv_rows(10_000, 10_000)
    began = time.perf_counter()
    sheet = read_sheet(data, "bench.csv", settings.time_zone)
    parsed = time.perf_counter() - began
    tracemalloc.start()  # a second pass for the memory: tracing slows the first one down
    read_sheet(data, "bench.csv", settings.time_zone)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"CSV, reading 10 000 rows ({len(data) / 1024:.0f} KB): {parsed:.2f} s, "
          f"peak {peak / 1_048_576:.1f} MB")
    sheet.rows[:] = sheet.rows[:2000]
    began = time.perf_counter()
    report = await import_sheet(rt, sheet, "bench")
    took = time.perf_counter() - began
    assert len(report.results) == 2000
    print(f"CSV, recording 2000 rows: {took:.2f} s ({2000 / took:.0f} rows/s)")
    await rt.db.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="an empty database to use instead of SQLite")
    asyncio.run(main(parser.parse_args().database_url))
