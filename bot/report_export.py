"""The answers of a period as files: CSV that Excel in Russia opens as it is, and XLSX."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font

from feedback.periods import Period
from storage.exports import AnswerRow

from .texts import t

MAX_ROWS = 100_000  # an export above this is refused: a shorter period makes a file Excel opens fast
COLUMNS = ("export_date", "export_client", "export_client_id", "export_delivery", "export_manager",
           "export_department", "export_question", "export_value", "export_comment",
           "export_version")
DATE_FORMAT = "%Y-%m-%d %H:%M"
_WIDEST = 60  # characters; longer questions and comments run past the column
# A cell starting with one of these is a formula to a spreadsheet: clients' words must stay words.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | datetime


def header(lang: str) -> list[str]:
    return [t(key, lang) for key in COLUMNS]


def cells(row: AnswerRow, lang: str, tz: ZoneInfo) -> list[Cell]:
    """One answer as the file's cells: local time, names in `lang`, the score or the option."""
    english = lang == "en"
    if row.score is not None:
        value: str | int = row.score
    else:
        labels = {o["key"]: (o.get("en") if english and o.get("en") else o["ru"]) for o in row.options}
        value = labels.get(row.choice, row.choice or "")
    return [
        row.answered_at.astimezone(tz).replace(tzinfo=None, second=0, microsecond=0),
        row.client_name, row.client_code, row.delivery, row.manager or "",
        row.department[1] if english else row.department[0],
        row.question[1] if english and row.question[1] else row.question[0],
        value, row.comment or "", row.version,
    ]


def file_name(period: Period, extension: str) -> str:
    return f"tzk-answers-{period.first_day:%Y-%m-%d}--{period.last_day:%Y-%m-%d}.{extension}"


def to_csv(head: list[str], rows: list[list[Cell]]) -> bytes:
    """UTF-8 with a BOM and ";" between cells: how Excel with Russian settings reads CSV."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(head)
    for row in rows:
        writer.writerow([_csv_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def _csv_cell(cell: Cell) -> str | int:
    if isinstance(cell, datetime):
        return cell.strftime(DATE_FORMAT)
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def to_xlsx(head: list[str], rows: list[list[Cell]], title: str) -> bytes:
    """A sheet with a bold, frozen header row, a filter, and columns as wide as their text."""
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(head)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif cell.data_type == "f":  # a client's "=…" is text, never a formula
                cell.data_type = "s"
    for index, name in enumerate(head):
        widest = max([len(name)] + [len(_shown(row[index])) for row in rows])
        sheet.column_dimensions[sheet.cell(1, index + 1).column_letter].width = min(widest + 2, _WIDEST)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _shown(cell: Cell) -> str:
    return cell.strftime(DATE_FORMAT) if isinstance(cell, datetime) else str(cell)
