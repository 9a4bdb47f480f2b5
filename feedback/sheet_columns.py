"""A delivery file's rows as deliveries: the columns it may have and how each cell reads.

A row without a delivery id gets one made from the client, the delivery time and the order:
the same row imported again makes the same id, so a re-import records nothing twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from .intake import DeliveryIn, parse_when
from .problems import Problem, Refused, from_pydantic
from .sheet_files import SheetError, Table, read_table
from .zones import parse_zone

# field → the headers that name it (compared lower-cased, ё as е, spaces and _ alike); the first
# two are the documented Russian and English ones.
COLUMNS: dict[str, tuple[str, ...]] = {
    "delivery_id": ("Номер поставки", "delivery_id", "id поставки", "поставка", "delivery"),
    "client_id": ("Код клиента", "client_id", "id клиента", "client code"),
    "client_name": ("Клиент", "client_name", "название клиента", "наименование", "client", "name"),
    "phone": ("Телефон", "phone", "тел"),
    "manager": ("Менеджер", "manager"),
    "delivered_at": ("Дата поставки", "delivered_at", "дата доставки", "дата", "date"),
    "order_ref": ("Номер заказа", "order_ref", "заказ", "order"),
    "amount": ("Сумма", "amount"),
    "language": ("Язык", "language", "lang"),
    "time_zone": ("Часовой пояс", "time_zone", "timezone"),
}
REQUIRED = ("client_id", "client_name", "delivered_at")


def _norm(header: str) -> str:
    return " ".join(header.lower().replace("ё", "е").replace("_", " ").split())


_BY_HEADER = {_norm(alias): name for name, aliases in COLUMNS.items() for alias in aliases}


def column_of(header: str) -> str | None:
    """The delivery field a header names, or None."""
    return _BY_HEADER.get(_norm(header))


@dataclass(frozen=True)
class RowError:
    row: int
    column: str  # as the file's header says it
    reason: Problem


@dataclass(frozen=True)
class ParsedRow:
    row: int
    delivery: DeliveryIn | None
    errors: tuple[RowError, ...] = ()


@dataclass(frozen=True)
class Sheet:
    rows: list[ParsedRow]
    ignored: list[str]  # headers of columns that are not ours


def read_sheet(data: bytes, filename: str | None, tz: ZoneInfo) -> Sheet:
    """Every row of a CSV/XLSX file as a delivery or its errors; SheetError for the whole file."""
    return parse_table(read_table(data, filename, known=lambda h: column_of(h) is not None), tz)


def parse_table(table: Table, tz: ZoneInfo) -> Sheet:
    """`table`'s rows as deliveries; naive dates are local time in the row's zone (else `tz`)."""
    where: dict[str, int] = {}
    ignored = []
    for index, header in enumerate(table.header):
        name = column_of(header)
        if name is not None and name not in where:
            where[name] = index
        elif header:
            ignored.append(header)
    missing = [COLUMNS[n][:2] for n in REQUIRED if n not in where]
    if missing:
        raise SheetError("sheet_missing_columns", columns=", ".join(f"{ru} / {en}" for ru, en in missing))
    headers = {name: table.header[i] for name, i in where.items()}
    rows = [_parse_row(number, {n: _cell(values, i) for n, i in where.items()}, headers, tz)
            for number, values in table.rows]
    return Sheet(rows, ignored)


def _cell(values: list[Any], index: int) -> Any:
    value = values[index] if index < len(values) else None
    if isinstance(value, str):
        value = value.strip()
    return None if value in ("", None) else value


def _parse_row(number: int, cells: dict[str, Any], headers: dict[str, str], tz: ZoneInfo) -> ParsedRow:
    zone = _zone(cells.get("time_zone")) or tz
    problems: dict[str, Problem] = {}
    fields: dict[str, Any] = {}
    for name, value in cells.items():
        if value is None:
            continue
        try:
            fields[name] = _READERS.get(name, _text)(value, zone)
        except Refused as error:
            problems[name] = error.problem
    try:
        delivery = DeliveryIn.model_validate(fields)
    except ValidationError as error:
        for problem in error.errors():
            name = str(problem["loc"][0]) if problem["loc"] else ""
            problems.setdefault(name, from_pydantic(problem))
    if problems:
        order = list(headers)
        return ParsedRow(number, None, tuple(
            RowError(number, headers.get(name, name), problems[name])
            for name in sorted(problems, key=lambda n: order.index(n) if n in order else len(order))))
    if delivery.delivery_id is None:
        delivery = delivery.model_copy(update={"delivery_id": derived_id(delivery, zone)})
    return ParsedRow(number, delivery)


def derived_id(delivery: DeliveryIn, zone: ZoneInfo) -> str:
    """A stable id for a row that has none: client, local delivery time (to the minute), order."""
    local = delivery.delivered_at.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
    key = "|".join((delivery.client_id, local.isoformat(), delivery.order_ref or ""))
    return "auto-" + hashlib.sha256(key.encode()).hexdigest()[:20]


def _zone(value: Any) -> ZoneInfo | None:
    try:
        return parse_zone(value) if value is not None else None
    except ValueError:  # the row's validation reports it
        return None


def _text(value: Any, _zone: ZoneInfo) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel keeps codes and phones typed as numbers as floats
    if isinstance(value, (datetime, date, time)):
        raise Refused(Problem("text_not_date", "expected text, not a date"))
    return str(value)


def _when(value: Any, zone: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=zone)
    return parse_when(str(value), zone)


def _amount(value: Any, _zone: ZoneInfo) -> Decimal:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Decimal(str(value))
    text = str(value).replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise Refused(Problem("number", "expected a number, e.g. 12500.50")) from None


def _language(value: Any, _zone: ZoneInfo) -> str:
    return str(value).strip().lower()


_READERS = {"delivered_at": _when, "amount": _amount, "language": _language}
