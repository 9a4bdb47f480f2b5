"""Delivery files as people make them: Excel's Windows-1251 CSV, UTF-8, UTF-16, XLSX, bad rows."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook

from feedback.sheet_columns import COLUMNS, column_of, read_sheet
from feedback.sheet_files import MAX_ROWS, SheetError

MSK = ZoneInfo("Europe/Moscow")
SAMPLE = (Path(__file__).parents[2] / "examples" / "deliveries.csv").read_text(encoding="utf-8")


def delivered(sheet):
    return {r.delivery.delivery_id: r.delivery for r in sheet.rows if r.delivery}


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8", "utf-8-sig"])
def test_the_shipped_sample_reads_in_the_encodings_excel_saves(encoding):
    sheet = read_sheet(SAMPLE.encode(encoding), "deliveries.csv", MSK)
    assert [r.errors for r in sheet.rows] == [()] * 4 and sheet.ignored == []
    found = delivered(sheet)
    first = found["D-1001"]
    assert (first.client_id, first.client_name, first.phone, first.manager) == \
        ("C-17", "ООО «Ромашка»", "+79161234567", "Анна Смирнова")
    assert first.delivered_at == datetime(2026, 12, 1, 15, 0, tzinfo=MSK)
    assert (first.order_ref, first.amount, first.language) == ("4711", Decimal("125000.50"), "ru")
    assert found["D-1002"].delivered_at == datetime(2026, 12, 2, tzinfo=ZoneInfo("Asia/Yekaterinburg"))
    assert found["D-1003"].time_zone == "Europe/London" and found["D-1003"].language == "en"


def test_commas_tabs_and_utf16_english_headers():
    text = ("delivery_id,client_id,client_name,delivered_at,amount,comment\n"
            'D-1,C-1,"Romashka, Ltd",2026-12-01T15:00:00+03:00,10.5,call first\n')
    for data in (text.encode(), text.replace(",", "\t").replace('"Romashka\t Ltd"', "Romashka Ltd")
                 .encode("utf-16")):
        sheet = read_sheet(data, "x.txt", MSK)
        [row] = sheet.rows
        assert row.delivery.client_name in ("Romashka, Ltd", "Romashka Ltd")
        assert row.delivery.amount == Decimal("10.5") and sheet.ignored == ["comment"]


def test_an_xlsx_with_real_dates_and_numbers_typed_by_excel():
    book = Workbook()
    sheet = book.active
    sheet.append(["Код клиента", "Клиент", "Дата поставки", "Телефон", "Сумма", "Номер поставки"])
    sheet.append([17, "ООО «Ромашка»", datetime(2026, 12, 1, 15, 0), 79161234567, 125000.5, 1001])
    sheet.append([18, "ИП Петров", date(2026, 12, 2), None, None, None])
    sheet.append([None, None, None, None, None, None])
    buffer = io.BytesIO()
    book.save(buffer)
    rows = read_sheet(buffer.getvalue(), "поставки.xlsx", MSK).rows
    assert [r.errors for r in rows] == [(), ()] and [r.row for r in rows] == [2, 3]
    first, second = rows[0].delivery, rows[1].delivery
    assert (first.client_id, first.delivery_id, first.phone) == ("17", "1001", "+79161234567")
    assert first.delivered_at == datetime(2026, 12, 1, 15, 0, tzinfo=MSK)
    assert first.amount == Decimal("125000.5")
    assert second.delivered_at == datetime(2026, 12, 2, tzinfo=MSK)
    assert second.delivery_id.startswith("auto-")


def test_bad_rows_name_their_row_column_and_reason_and_good_rows_still_count():
    text = ("Код клиента;Клиент;Дата поставки;Телефон;Сумма;Часовой пояс\n"
            "C-1;ООО Ромашка;01.12.2026;;;\n"
            "C-2;;вчера;12;много;\n"
            ";ИП Петров;02.12.2026;;;Mars/Olympus\n"
            "C-4;ИП Сидоров;1999-01-01;;-5;\n")
    rows = read_sheet(text.encode("cp1251"), "x.csv", MSK).rows
    assert rows[0].delivery is not None
    assert [(e.row, e.column) for e in rows[1].errors] == \
        [(3, "Клиент"), (3, "Дата поставки"), (3, "Телефон"), (3, "Сумма")]
    assert [e.reason.code for e in rows[1].errors] == ["empty", "when", "phone", "number"]
    assert "01.12.2026" in str(rows[1].errors[1].reason)
    assert [(e.column, e.reason.code, str(e.reason)) for e in rows[2].errors] == \
        [("Код клиента", "empty", "Field required"),
         ("Часовой пояс", "zone", "unknown time zone, e.g. Europe/Moscow")]
    assert [e.column for e in rows[3].errors] == ["Дата поставки", "Сумма"]


def test_a_row_without_an_id_gets_the_same_id_whatever_the_date_is_written_like():
    def derived(when: str, order: str = "") -> str:
        text = f"Код клиента;Клиент;Дата поставки;Номер заказа\nC-1;Ромашка;{when};{order}\n"
        return read_sheet(text.encode(), "x.csv", MSK).rows[0].delivery.delivery_id

    assert derived("01.12.2026 15:00") == derived("2026-12-01 15:00") == \
        derived("2026-12-01T15:00:00+03:00")
    assert derived("01.12.2026 15:00") != derived("01.12.2026 16:00")
    assert derived("01.12.2026", "4711") != derived("01.12.2026", "4712")
    assert len(derived("01.12.2026")) <= 64


@pytest.mark.parametrize("data, key", [
    (b"", "sheet_empty"),
    (b"\n;;\n", "sheet_empty"),
    (b"%PDF-1.7\n\x00\x01binary", "sheet_unknown_format"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old excel", "sheet_xls"),
    (b"PK\x03\x04 a zip that is no workbook", "sheet_unreadable"),
    ("Клиент;Телефон\nРомашка;1\n".encode(), "sheet_missing_columns"),
    (b"\x98\x98 not cp1251 either", "sheet_unknown_format"),
])
def test_a_file_that_is_no_delivery_table_is_refused_whole(data, key):
    with pytest.raises(SheetError) as refused:
        read_sheet(data, "file", MSK)
    assert refused.value.key == key


def test_missing_columns_are_named_in_both_languages():
    with pytest.raises(SheetError) as refused:
        read_sheet("Клиент;Телефон\nРомашка;1\n".encode(), "x.csv", MSK)
    assert refused.value.values["columns"] == "Код клиента / client_id, Дата поставки / delivered_at"


def test_too_many_rows_are_refused_before_anything_is_recorded():
    text = "Код клиента;Клиент;Дата поставки\n" + "C-1;Ромашка;01.12.2026\n" * (MAX_ROWS + 1)
    with pytest.raises(SheetError) as refused:
        read_sheet(text.encode(), "x.csv", MSK)
    assert refused.value.key == "sheet_too_many_rows"


def test_headers_are_matched_loosely_and_every_field_has_a_russian_and_an_english_name():
    assert column_of("  ДАТА_ПОСТАВКИ ") == "delivered_at" == column_of("Delivered At")
    assert column_of("Телефон клиента") is None
    for name, (ru, en, *_) in COLUMNS.items():
        assert column_of(ru) == column_of(en) == name
