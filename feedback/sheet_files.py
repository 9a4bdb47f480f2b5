"""A delivery file's bytes as a table: CSV (UTF-8, UTF-16 or Windows-1251; `;`, `,` or tab) or XLSX.

Which encoding and separator a file uses is read from the file itself: Excel in Russia saves CSV
in Windows-1251 with `;`, other tools UTF-8 with `,`, and "Unicode text" is UTF-16 with tabs.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

MAX_ROWS = 10_000
SEPARATORS = (";", ",", "\t")
_XLSX, _XLS = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"


class SheetError(ValueError):
    """The whole file is refused; `key` names the reason for the texts, `values` fill them in."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key, self.values = key, values


@dataclass(frozen=True)
class Table:
    """The header row and the data rows, each with its row number as a spreadsheet shows it."""

    header: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)


def read_table(data: bytes, filename: str | None = None,
               known: Callable[[str], bool] = lambda _: True) -> Table:
    """The table in `data`; `known(header)` tells a real column, to guess the CSV separator."""
    if data.startswith(_XLSX):
        return _from_rows(_xlsx_rows(data))
    if data.startswith(_XLS) or (filename or "").lower().endswith(".xls"):
        raise SheetError("sheet_xls")
    text = _decode(data)
    return _from_rows(csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text, known)))


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise SheetError("sheet_unknown_format") from None
    if b"\x00" in data:
        raise SheetError("sheet_unknown_format")  # a binary file: a picture, a PDF, an archive
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # Cyrillic in Windows-1251 is never valid UTF-8, so this order cannot mistake one
        return data.decode("cp1251")
    except UnicodeDecodeError:
        raise SheetError("sheet_unknown_format") from None


def _separator(text: str, known: Callable[[str], bool]) -> str:
    """The separator that splits the header line into the most known columns (then the most)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]

    def score(sep: str) -> tuple[int, int]:
        cells = next(csv.reader([first], delimiter=sep), [])
        return sum(known(c) for c in cells), len(cells)

    return max(SEPARATORS, key=score)


def _xlsx_rows(data: bytes) -> Iterable[list[Any]]:
    from openpyxl import load_workbook  # only XLSX files need it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 — a damaged or foreign zip fails in many ways, all "unreadable"
        raise SheetError("sheet_unreadable") from None
    try:
        for values in book.worksheets[0].iter_rows(values_only=True):
            yield list(values)
    except Exception:  # noqa: BLE001 — damage further in shows only while reading
        raise SheetError("sheet_unreadable") from None
    finally:
        book.close()


def _from_rows(rows: Iterable[list[Any]]) -> Table:
    numbered = enumerate(rows, start=1)
    try:
        for _, values in numbered:
            if not _blank(values):
                header = [_cell_text(v) for v in values]
                break
        else:
            raise SheetError("sheet_empty")
        table = Table(header)
        for number, values in numbered:
            if _blank(values):
                continue
            if len(table.rows) == MAX_ROWS:
                raise SheetError("sheet_too_many_rows", limit=MAX_ROWS)
            table.rows.append((number, values))
    except csv.Error:
        raise SheetError("sheet_unreadable") from None
    return table


def _blank(values: list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _cell_text(value: Any) -> str:
    return "" if value is None else str(value).strip()
