"""How fast deliveries come in: the HTTP API (one by one, and in bulk) and a CSV import.

    python -m bench.intake_bench [--postgres postgresql://postgres@127.0.0.1:5432/test]

Runs on a fresh SQLite file, then (given --postgres) in a throwaway PostgreSQL schema, and prints
one line per figure. Each delivery is its own unit of work, as in production.
"""

from __future__ import annotations

import asyncio
import tracemalloc

import httpx

from api.server import ApiServer
from bot.bootstrap import prepare_database
from bot.importing import import_sheet
from bot.runtime import Runtime
from bot.settings import Settings
from feedback.sheet_columns import read_sheet
from storage.db import Database

from .support import on_each_database, parser, timed

TOKEN = "bench-token-0123456789abcdef"
ONE_BY_ONE, BULK, CSV_READ, CSV_RECORD = 300, 1000, 10_000, 2000


def payload(n: int) -> dict:
    return {"delivery_id": f"D-{n}", "client_id": f"C-{n % 500}", "client_name": f"ООО «Клиент {n % 500}»",
            "phone": f"+7916{n % 10_000_000:07d}", "manager": "Анна Смирнова",
            "delivered_at": "2026-12-01T15:00:00+03:00", "order_ref": str(n), "amount": "1250.50"}


def csv_rows(count: int, start: int) -> bytes:
    lines = ["Номер поставки;Код клиента;Клиент;Телефон;Менеджер;Дата поставки;Сумма"]
    lines += [f"D-{n};C-{n % 500};ООО «Клиент {n % 500}»;+7916{n % 10_000_000:07d};Анна;"
              "01.12.2026 15:00;1 250,50" for n in range(start, start + count)]
    return "\n".join(lines).encode("cp1251")


async def _api(rt: Runtime) -> None:
    server = await ApiServer(rt).start()
    try:
        async with httpx.AsyncClient(base_url=server.url, timeout=120,
                                     headers={"Authorization": f"Bearer {TOKEN}"}) as api:

            async def one_by_one() -> None:
                for n in range(ONE_BY_ONE):
                    assert (await api.post("/api/v1/deliveries", json=payload(n))).status_code == 201

            async def bulk(expected: str) -> str:
                answer = await api.post("/api/v1/deliveries/bulk", json={
                    "deliveries": [payload(n) for n in range(1000, 1000 + BULK)]})
                assert answer.json()[expected] == BULK
                return f"{BULK} {expected}"

            await timed(f"API, {ONE_BY_ONE} one by one", one_by_one, items=ONE_BY_ONE)
            await timed(f"API, a bulk of {BULK}", lambda: bulk("created"), items=BULK)
            await timed("API, the same bulk again", lambda: bulk("known"), items=BULK)
    finally:
        await server.stop()


async def _csv(rt: Runtime) -> None:
    data = csv_rows(CSV_READ, 10_000)

    async def read() -> object:
        return read_sheet(data, "bench.csv", rt.settings.time_zone)

    sheet = await timed(f"CSV, reading {CSV_READ} rows ({len(data) / 1024:.0f} KB)", read,
                        items=CSV_READ)
    tracemalloc.start()  # a second pass for the memory: tracing slows the first one down
    read_sheet(data, "bench.csv", rt.settings.time_zone)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  {'  its peak memory':<44} {peak / 1_048_576:8.1f} MB")
    sheet.rows[:] = sheet.rows[:CSV_RECORD]

    async def record() -> str:
        report = await import_sheet(rt, sheet, "bench")
        assert len(report.results) == CSV_RECORD
        return f"{len(report.results)} rows"

    await timed(f"CSV, recording {CSV_RECORD} rows", record, items=CSV_RECORD)


async def run(name: str, db: Database) -> None:
    settings = Settings(_env_file=None, database_url=db.url, api_token=TOKEN, api_port=0,
                        api_max_body=8 * 1024 * 1024)
    rt = Runtime(settings=settings, db=db)
    await prepare_database(rt)
    print(f"{name}:")
    await _api(rt)
    await _csv(rt)


if __name__ == "__main__":
    asyncio.run(on_each_database(parser(__doc__.splitlines()[0]).parse_args().postgres, run))
