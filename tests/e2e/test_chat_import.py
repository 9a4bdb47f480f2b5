"""An admin sends the bot the CRM's export; the status message shows progress, then the report."""

from __future__ import annotations

from pathlib import Path

from storage.models import Delivery, Survey

from .steps import says, shows

SAMPLE = (Path(__file__).parents[2] / "examples" / "deliveries.csv").read_text(encoding="utf-8")


def excel_csv(extra_rows: str = "") -> bytes:
    """The shipped sample as Excel in Russia saves it: Windows-1251, `;`."""
    return (SAMPLE + extra_rows).encode("cp1251")


async def test_an_admin_imports_a_file_and_gets_a_report_row_by_row(tzk):
    data = excel_csv(";C-30;;;;вчера;;;;\n")
    await tzk.sb.send_document(tzk.admin.id, "выгрузка.csv", data)

    report = await shows(tzk, tzk.admin.id, "Готово")
    assert report.texts[0] == "Читаю файл «выгрузка.csv»…"
    assert "Импорт «выгрузка.csv»: 0 из 5…" in report.texts
    assert report.text.splitlines() == [
        "Готово: новых поставок — 4, уже были записаны — 0, с ошибками — 1.",
        "Строка 6: Клиент: не заполнено; Дата поставки: нужна дата: 2026-12-01, 2026-12-01 15:30, "
        "01.12.2026 или ISO 8601"]
    assert await tzk.count(Delivery) == 4 and await tzk.count(Survey) == 4

    await tzk.sb.send_document(tzk.admin.id, "выгрузка.csv", data)
    again = await shows(tzk, tzk.admin.id, "новых поставок — 0, уже были записаны — 4")
    assert again.message_id != report.message_id
    assert await tzk.count(Delivery) == 4


async def test_a_long_report_comes_as_a_file(tzk):
    bad = "".join(f"D-{n};C-{n};ООО «Клиент {n}»;;;не дата;;;;\n" for n in range(300))
    await tzk.sb.send_document(tzk.admin.id, "big.csv", excel_csv(bad))

    await shows(tzk, tzk.admin.id, "Отчёт по каждой строке — в файле.")
    document = await tzk.sb.wait_for_message(tzk.admin.id, predicate=lambda m: m.document is not None)
    assert document.document["filename"] == "big-report.txt"
    lines = (await tzk.sb.file(document.document["file_id"])).decode().splitlines()
    assert lines[0] == "Готово: новых поставок — 4, уже были записаны — 0, с ошибками — 300."
    assert lines[1] == "Строка 2: записана (D-1001)"
    assert lines[-1].startswith("Строка 305: Дата поставки: нужна дата")
    assert await tzk.count(Delivery) == 4


async def test_files_that_are_not_delivery_tables_get_a_clear_answer_and_change_nothing(tzk):
    for name, content, expected in [
        ("scan.pdf", b"%PDF-1.7\n\x00\x01", "Это не CSV и не XLSX"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "сохраните файл как .xlsx или CSV"),
        ("other.csv", "Клиент;Телефон\nРомашка;1\n".encode("cp1251"),
         "В файле нет обязательных столбцов: Код клиента / client_id, Дата поставки / delivered_at"),
    ]:
        sent = await tzk.sb.send_document(tzk.admin.id, name, content)
        reply = await tzk.sb.wait_for_message(
            tzk.admin.id, after=sent.message_id, predicate=lambda m, e=expected: e in (m.text or ""))
        assert "Обязательные столбцы" in reply.text  # and how to make a good one
    assert await tzk.count(Delivery) == 0


async def test_a_file_over_the_limit_is_refused_before_it_is_downloaded(tzk):
    await tzk.restart(import_max_size=1024)
    sent = await tzk.sb.send_document(tzk.admin.id, "big.csv", excel_csv("x" * 2000))
    reply = await tzk.sb.wait_for_message(tzk.admin.id, after=sent.message_id)
    assert reply.text == "Файл слишком большой (3 КБ); можно до 1 КБ. Разбейте его на части."
    assert await tzk.sb.calls(method="getFile") == []
    assert await tzk.count(Delivery) == 0


async def test_when_telegram_cannot_give_the_file_the_admin_is_asked_to_send_it_again(tzk):
    await tzk.sb.fault("getFile", status=500, description="Internal Server Error")
    await tzk.sb.send_document(tzk.admin.id, "выгрузка.csv", excel_csv())
    await shows(tzk, tzk.admin.id, "Не удалось получить файл от Telegram. Пришлите его ещё раз.")
    assert await tzk.count(Delivery) == 0


async def test_a_clients_document_is_not_an_import(tzk):
    client = await tzk.sb.user("Ирина")
    await tzk.sb.start(client.id)
    await shows(tzk, client.id, "Здравствуйте")
    sent = await tzk.sb.send_document(client.id, "выгрузка.csv", excel_csv())
    reply = await tzk.sb.wait_for_message(client.id, after=sent.message_id)
    assert "Сейчас открытого опроса нет" in reply.text
    assert await tzk.sb.calls(method="getFile") == []
    assert await tzk.count(Delivery) == 0


async def test_import_explains_how(tzk):
    answer = await says(tzk, tzk.admin, "/import")
    assert "Код клиента (client_id), Клиент (client_name), Дата поставки (delivered_at)" in answer.text
    assert "Файл до 5 МБ" in answer.text
