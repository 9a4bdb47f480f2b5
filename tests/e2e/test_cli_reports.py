"""`tzk report` and `tzk export` as an operator runs them on the hand-worked data set."""

import csv
import io

from openpyxl import load_workbook
from PIL import Image

from bot.bootstrap import prepare_database
from bot.runtime import Runtime
from bot.settings import Settings
from storage.db import Database

from ..report_data import seed
from ..support import START
from .test_cli import _tzk
from .test_reports import OVERALL

# Whole local days with the same surveys as "7d" at START: the CLI runs on the real clock.
WEEK = "2026-11-27..2026-12-03"


async def _seeded(tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    db = Database(url)
    await prepare_database(Runtime(Settings(_env_file=None, database_url=url), db, clock=lambda: START))
    await seed(db)
    await db.dispose()


async def test_report_prints_the_figures_and_saves_the_chart(tmp_path):
    await _seeded(tmp_path)
    result = _tzk(tmp_path, "report", WEEK, "--chart", "chart.png")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("📊 Отчёт за 27.11–03.12.2026\nСтрелки — изменение к 20.11–26.11.2026")
    assert OVERALL in result.stdout and "<b>" not in result.stdout
    image = Image.open(tmp_path / "chart.png")
    image.load()
    assert (image.format, image.size) == ("PNG", (800, 1200))


async def test_export_writes_the_same_rows_to_csv_and_xlsx(tmp_path):
    await _seeded(tmp_path)
    result = _tzk(tmp_path, "export", WEEK, "--out", "files")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("14 answers (27.11–03.12.2026)")
    folder = tmp_path / "files"
    rows = list(csv.reader(io.StringIO(
        (folder / "tzk-answers-2026-11-27--2026-12-03.csv").read_text("utf-8-sig")), delimiter=";"))
    sheet = load_workbook(folder / "tzk-answers-2026-11-27--2026-12-03.xlsx").active
    assert len(rows) == sheet.max_row == 15
    assert rows[1][:5] == ["2026-11-28 11:00", "ООО «Клиент S1»", "C-S1", "D-S1", "Анна Смирнова"]
    assert [c.value for c in sheet[2]][1:5] == rows[1][1:5]


def test_a_bad_period_is_explained_in_one_line(tmp_path):
    for command in ("report", "export"):
        result = _tzk(tmp_path, command, "last-week")
        assert result.returncode == 2 and "2026-11-01..2026-11-15" in result.stderr
        assert "Traceback" not in result.stderr
