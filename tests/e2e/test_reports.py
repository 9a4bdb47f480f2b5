"""A head asks for the report in the staff chat and gets the hand-worked figures of
tests/report_data.py, the chart, and the answers as CSV and XLSX that read back the same."""

import asyncio
import csv
import io

from openpyxl import load_workbook
from PIL import Image

from ..report_data import NPS_SCRIPT, seed
from .steps import says

OVERALL = """Всего
📨 Отправлено 5 ↑2 · ответили 4 ↑2 (80% ↑13 п.п.)
⭐ Средняя 4,0 ↑0,5 · CSAT 70% ↑3 п.п.
🔻 Низких 4 ↑2 · NPS +33 ↓17
🚨 Сигналов 4 ↑2: открыто 2 ↑1, решено 2 ↑1
⏱ Медиана: взяли за 30 мин ↑10 мин, решили за 3 ч ↑2 ч"""

DEPARTMENTS = """Отдел продаж
📨 Отправлено 5 ↑2 · ответили 4 ↑2 (80% ↑13 п.п.)
⭐ Средняя 4,0 ↑0,5 · CSAT 75% ↑25 п.п.
🔻 Низких 2 ↑1 · NPS +33 ↓17
🚨 Сигналов 2 ↑1: открыто 1 =, решено 1 ↑1
⏱ Медиана: взяли за 10 мин, решили за 4 ч

Логистика
📨 Отправлено 5 ↑2 · ответили 3 ↑1 (60% ↓7 п.п.)
⭐ Средняя 3,3 ↑0,8 · CSAT 33% ↓17 п.п.
🔻 Низких 2 ↑1
🚨 Сигналов 2 ↑1: открыто 1 ↑1, решено 1 =
⏱ Медиана: взяли за 1 ч ↑40 мин, решили за 2 ч ↑1 ч

Контроль качества
📨 Отправлено 5 ↑2 · ответили 3 ↑1 (60% ↓7 п.п.)
⭐ Средняя 4,7 ↑0,2 · CSAT 100% =
🔻 Низких 0 ="""

MANAGERS = """Анна Смирнова
📨 Отправлено 2 = · ответили 2 ↑1 (100% ↑50 п.п.)
⭐ Средняя 3,8 ↓0,2 · CSAT 67% ↓33 п.п.
🔻 Низких 3 ↑3 · NPS 0 =
🚨 Сигналов 3 ↑3: открыто 2 ↑2, решено 1 ↑1
⏱ Медиана: взяли за 1 ч, решили за 2 ч

Борис Петров
📨 Отправлено 2 ↑1 · ответили 1 = (50% ↓50 п.п.)
⭐ Средняя 4,0 ↑1,0 · CSAT 67% ↑34 п.п.
🔻 Низких 1 ↓1 · NPS +100 =
🚨 Сигналов 1 ↓1: открыто 0 ↓1, решено 1 =
⏱ Медиана: взяли за 10 мин ↓10 мин, решили за 4 ч ↑3 ч

Без менеджера
📨 Отправлено 1 ↑1 · ответили 1 ↑1 (100%)
⭐ Средняя 5,0 · CSAT 100%
🔻 Низких 0 ="""


async def bot_messages(tzk, after, count, timeout=30):
    """The bot's first `count` messages in the staff chat after message `after`, once there."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        found = [m for m in await tzk.sb.messages(tzk.staff.id)
                 if m.from_bot and m.message_id > after]
        if len(found) >= count:
            await tzk.sb.idle()
            return [m for m in await tzk.sb.messages(tzk.staff.id)
                    if m.from_bot and m.message_id > after]
        assert asyncio.get_running_loop().time() < deadline, await tzk.sb.transcript(tzk.staff.id)
        await asyncio.sleep(0.05)


async def asks(tzk, command, count, who=None):
    """A head (unless `who`) writes `command` in the staff chat; the bot's messages after it."""
    sent = await tzk.sb.send((who or tzk.heads["logistics"]).id, command, chat_id=tzk.staff.id)
    return await bot_messages(tzk, sent.message_id, count)


async def picture(tzk, message):
    image = Image.open(io.BytesIO(await tzk.sb.file(message.photo["file_id"])))
    image.load()  # decodes the whole PNG, not only its header
    return image


async def test_the_report_shows_the_hand_worked_figures_against_the_week_before(tzk):
    await seed(tzk.rt.db)

    report, chart = await asks(tzk, "/report 7d", 2)

    assert report.text.startswith("📊 Отчёт за 27.11–04.12.2026\n"
                                  "Стрелки — изменение к 20.11–27.11.2026\n\n")
    assert OVERALL in report.text
    assert "— По отделам —\n\n" + DEPARTMENTS in report.text
    assert "— По менеджерам —\n\n" + MANAGERS in report.text
    assert "CSAT — доля оценок 4–5" in report.text
    image = await picture(tzk, chart)
    assert (image.format, image.size) == ("PNG", (800, 1200))
    assert chart.text == "Динамика за 12 недель и оценки за 27.11–04.12.2026"


async def test_the_report_and_chart_speak_the_staff_language(tzk):
    await tzk.restart(staff_language="en")
    await seed(tzk.rt.db)

    report, chart = await asks(tzk, "/report 7d", 2)

    assert "Report for 27.11–04.12.2026" in report.text
    assert "Logistics\n📨 Sent 5 ↑2 · answered 3 ↑1 (60% ↓7 pp)\n⭐ Average 3.3 ↑0.8" in report.text
    assert "No manager" in report.text
    assert chart.text.startswith("The last 12 weeks")
    assert (await picture(tzk, chart)).size == (800, 1200)


async def test_without_a_period_the_report_covers_30_days(tzk):
    await seed(tzk.rt.db)
    report, _ = await asks(tzk, "/report", 2)
    assert "Отчёт за 04.11–04.12.2026" in report.text
    assert "Отправлено 8 ↑8" in report.text  # both weeks of the data set fall in these 30 days


async def test_a_bad_period_gets_the_accepted_forms_and_nothing_else(tzk):
    for command in ("/report soon", "/report 2026-13", "/export 2026-11-15..2026-11-01",
                    "/report 0d", "/export 31.02.2026"):
        answer = await says(tzk, tzk.heads["sales"], command, chat_id=tzk.staff.id)
        assert "Не понял период" in answer.text, command
        assert "2026-11-01..2026-11-15" in answer.text and "30d" in answer.text, command
    assert not [m for m in await tzk.sb.messages(tzk.staff.id) if m.photo or m.document]


def _csv_rows(data):
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def _xlsx(data):
    return load_workbook(io.BytesIO(data)).active


async def test_the_export_sends_csv_and_xlsx_that_read_back_as_the_same_rows(tzk):
    await seed(tzk.rt.db)

    csv_message, xlsx_message = await asks(tzk, "/export 7d", 2)

    assert csv_message.document["filename"] == "tzk-answers-2026-11-27--2026-12-04.csv"
    assert xlsx_message.document["filename"] == "tzk-answers-2026-11-27--2026-12-04.xlsx"
    assert csv_message.text == "Ответы за 27.11–04.12.2026: 14"
    from_csv = _csv_rows(await tzk.sb.file(csv_message.document["file_id"]))
    sheet = _xlsx(await tzk.sb.file(xlsx_message.document["file_id"]))
    from_xlsx = [[_as_text(cell) for cell in row] for row in sheet.iter_rows(values_only=True)]
    header = ["Дата", "Клиент", "Код клиента", "Поставка", "Менеджер", "Отдел", "Вопрос",
              "Оценка / ответ", "Комментарий", "Версия анкеты"]
    assert from_csv[0] == from_xlsx[0] == header
    assert len(from_csv) == len(from_xlsx) == 15  # the header and 14 answers: no preview
    # a client's "=…" is a formula to a spreadsheet: the CSV quotes it, the XLSX keeps it as text
    guarded = [row for row in from_csv if row[8].startswith("'=")]
    assert [row[8] for row in guarded] == ["'=1+1 и снова опоздали"]
    guarded[0][8] = guarded[0][8][1:]
    assert from_csv == from_xlsx
    assert from_csv[1] == ["2026-11-28 11:00", "ООО «Клиент S1»", "C-S1", "D-S1", "Анна Смирнова",
                           "Отдел продаж", NPS_SCRIPT[0].ru, "5", "", "2"]
    assert from_csv[2][6:9] == [NPS_SCRIPT[1].ru, "2", "Водитель опоздал на три часа"]
    assert from_csv[-1][4:] == ["", "Отдел продаж", "Планируете ли вы новую закупку в ближайшее время?",
                                "Да", "", "1"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJ"}
    assert widths["A"] == len("2026-11-28 11:00") + 2 and widths["J"] == len("Версия анкеты") + 2
    assert widths["G"] == 60  # the longest question is cut at the widest column


def _as_text(cell):
    if hasattr(cell, "strftime"):
        return cell.strftime("%Y-%m-%d %H:%M")
    return "" if cell is None else str(cell)


async def test_an_export_of_a_period_without_answers_says_so(tzk):
    await seed(tzk.rt.db)
    answer = await says(tzk, tzk.heads["sales"], "/export 2026-01", chat_id=tzk.staff.id)
    assert answer.text == "За 01.2026 ответов нет."
    await tzk.sb.idle()
    assert not [m for m in await tzk.sb.messages(tzk.staff.id) if m.document]
