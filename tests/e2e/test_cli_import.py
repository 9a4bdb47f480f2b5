"""An operator imports the CRM's export with `tzk import` and prints QR codes with `tzk client link`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import zxingcpp
from click.testing import CliRunner
from openpyxl import Workbook
from PIL import Image

from bot.cli import main

SAMPLE = Path(__file__).parents[2] / "examples" / "deliveries.csv"


@pytest.fixture
def tzk_cli(tmp_path, monkeypatch):
    """`tzk …` run in a fresh folder with its own SQLite database; returns (exit code, output)."""
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    for key in ("DATABASE_URL", "TIME_ZONE", "IMPORT_MAX_SIZE", "BOT_USERNAME"):
        monkeypatch.delenv(key, raising=False)
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}", "BOT_USERNAME": "tzk_demo_bot"}

    def run(*args: str, **more_env: str) -> tuple[int, str]:
        result = CliRunner().invoke(main, list(args), env={**env, **more_env})
        assert "Traceback" not in result.output, result.output
        return result.exit_code, result.output

    return run


def test_an_excel_csv_in_windows_1251_is_imported_and_a_second_import_adds_nothing(tzk_cli, tmp_path):
    export = tmp_path / "выгрузка.csv"
    export.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("cp1251"))

    code, out = tzk_cli("import", str(export))
    assert code == 0, out
    assert "новых поставок — 4, уже были записаны — 0, с ошибками — 0" in out
    assert "Done: new deliveries — 4, already recorded — 0, with errors — 0." in out

    code, out = tzk_cli("import", str(export))
    assert code == 0 and "Done: new deliveries — 0, already recorded — 4, with errors — 0." in out


def test_bad_rows_are_listed_by_row_and_column_and_the_good_ones_imported(tzk_cli, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text("client_id,client_name,delivered_at,phone,delivery_id\n"
                      "C-1,Romashka,2026-12-01,,D-1\n"
                      "C-2,,yesterday,12,D-2\n"
                      "C-3,Petrov,2026-12-02,,D-3\n", encoding="utf-8")
    code, out = tzk_cli("import", str(export))
    assert code == 1
    assert "Строка / Row 3: client_name: не заполнено / empty; delivered_at: нужна дата" in out
    assert "phone: это не номер телефона / not a phone number" in out
    assert "Done: new deliveries — 2, already recorded — 0, with errors — 1." in out


def test_an_xlsx_export_is_imported(tzk_cli, tmp_path):
    book = Workbook()
    book.active.append(["Номер поставки", "Код клиента", "Клиент", "Дата поставки"])
    book.active.append(["D-1", "C-1", "ООО «Ромашка»", "01.12.2026"])
    book.save(tmp_path / "export.xlsx")
    code, out = tzk_cli("import", str(tmp_path / "export.xlsx"))
    assert code == 0 and "Done: new deliveries — 1," in out


@pytest.mark.parametrize("name, content, expected", [
    ("big.csv", b"x" * 2048, "The file is too big (2 KB); the limit is 1 KB"),
    ("scan.pdf", b"%PDF-1.7\n\x00\x00", "This is neither CSV nor XLSX"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "save the file as .xlsx or CSV"),
    ("columns.csv", "Клиент;Телефон\nРомашка;1\n".encode(), "lacks required columns: Код клиента"),
])
def test_a_file_that_cannot_be_imported_gets_one_clear_line(tzk_cli, tmp_path, name, content, expected):
    (tmp_path / name).write_bytes(content)
    code, out = tzk_cli("import", str(tmp_path / name), IMPORT_MAX_SIZE="1024")
    assert code != 0 and expected in out


def test_client_link_prints_the_link_and_writes_a_qr_code_of_it(tzk_cli, tmp_path):
    export = tmp_path / "export.csv"
    export.write_bytes(SAMPLE.read_bytes())
    tzk_cli("import", str(export))

    code, out = tzk_cli("client", "link", "C-17", "--qr", str(tmp_path / "c17.png"))
    assert code == 0, out
    link = out.strip()
    assert link.startswith("https://t.me/tzk_demo_bot?start=")
    png = Image.open(io.BytesIO((tmp_path / "c17.png").read_bytes()))
    assert [code.text for code in zxingcpp.read_barcodes(png)] == [link]

    code, out = tzk_cli("client", "link", "C-404", "--qr", str(tmp_path / "none.png"))
    assert code != 0 and "no client 'C-404'" in out and not (tmp_path / "none.png").exists()


def test_no_qr_code_is_printed_while_the_bots_username_is_unknown(tzk_cli, tmp_path):
    export = tmp_path / "export.csv"
    export.write_bytes(SAMPLE.read_bytes())
    tzk_cli("import", str(export))
    code, out = tzk_cli("client", "link", "C-17", "--qr", str(tmp_path / "c17.png"), BOT_USERNAME="")
    assert code != 0 and "BOT_USERNAME" in out and not (tmp_path / "c17.png").exists()
    code, out = tzk_cli("client", "link", "C-17", BOT_USERNAME="")
    assert code == 0 and out.startswith("https://t.me/<bot>?start=")
