"""Documents and photos: uploads kept byte for byte, captions, file_id reuse, users' files."""

from __future__ import annotations

import io
import os

import httpx
import pytest
import telegram
from telegram.error import BadRequest

from sandbox import SandboxBot, SandboxError, SandboxServer
from sandbox.methods_files import DOWNLOAD_LIMIT

from .helpers import Updates, started_user


async def test_a_document_round_trips_byte_for_byte(
    bot: telegram.Bot, world: SandboxBot, updates: Updates
) -> None:
    olga = await started_user(world, updates, "Ольга")
    report = "Клиент;Оценка\nООО Ромашка;2\n".encode() + os.urandom(2048)
    sent = await bot.send_document(
        olga.id, io.BytesIO(report), filename="отчёт.csv", caption="<b>Отчёт</b> за неделю", parse_mode="HTML"
    )
    assert (sent.document.file_name, sent.document.file_size) == ("отчёт.csv", len(report))
    assert sent.caption == "Отчёт за неделю" and sent.caption_entities[0].type == "bold"
    assert await world.file(sent.document.file_id) == report
    [msg] = (await world.chat(olga)).bot_messages
    assert msg.document and msg.document["filename"] == "отчёт.csv" and msg.text == "Отчёт за неделю"
    [call] = await world.calls(method="sendDocument")
    assert call.params["document"] == {"filename": "отчёт.csv", "size": len(report)}
    again = await bot.send_document(olga.id, sent.document.file_id)  # by file_id, no upload
    assert again.document.file_id == sent.document.file_id
    assert f"📎 отчёт.csv ({len(report) / 1024:.1f} KB)" in await world.transcript(olga)


async def test_a_photo_and_the_caption_limit(bot: telegram.Bot, world: SandboxBot, updates: Updates) -> None:
    olga = await started_user(world, updates, "Ольга")
    png = b"\x89PNG\r\n\x1a\n" + bytes(100)
    sent = await bot.send_photo(olga.id, png, caption="накладная")
    assert sent.photo[-1].file_size == len(png)
    assert await world.file(sent.photo[-1].file_id) == png
    with pytest.raises(BadRequest, match="(?i)message caption is too long"):
        await bot.send_document(olga.id, b"x", filename="a.txt", caption="я" * 1025)
    with pytest.raises(BadRequest, match="(?i)wrong file identifier"):
        await bot.send_document(olga.id, "no-such-file-id")
    with pytest.raises(BadRequest, match="(?i)can't use file of type photo as document"):
        await bot.send_document(olga.id, sent.photo[-1].file_id)


async def test_a_user_sends_a_document_and_the_bot_downloads_it(
    bot: telegram.Bot, world: SandboxBot, updates: Updates, server: SandboxServer
) -> None:
    olga = await started_user(world, updates, "Ольга")
    table = "Код клиента;Клиент\nC-1;ООО Ромашка\n".encode("cp1251")
    sent = await world.send_document(olga, "поставки.csv", table, caption="за декабрь")
    assert sent.document["filename"] == "поставки.csv" and sent.document["mime_type"] == "text/csv"

    message = (await updates.one()).message
    assert (message.document.file_name, message.document.file_size) == ("поставки.csv", len(table))
    assert message.caption == "за декабрь" and message.text is None
    file = await bot.get_file(message.document.file_id)
    assert file.file_size == len(table) and file.file_path.startswith(f"{server.url}/file/bot")
    assert bytes(await file.download_as_bytearray()) == table
    assert "📎 поставки.csv" in await world.transcript(olga)


async def test_files_are_refused_as_telegram_refuses_them(
    bot: telegram.Bot, world: SandboxBot, updates: Updates, server: SandboxServer
) -> None:
    olga = await started_user(world, updates, "Ольга")
    with pytest.raises(SandboxError, match="empty"):
        await world.send_document(olga, "empty.csv", b"")
    with pytest.raises(SandboxError, match="caption"):
        await world.send_document(olga, "a.csv", b"x", caption="я" * 1025)
    with pytest.raises(BadRequest, match="(?i)invalid file_id"):
        await bot.get_file("no-such-file")

    big = await world.send_document(olga, "big.csv", bytes(DOWNLOAD_LIMIT + 1))
    with pytest.raises(BadRequest, match="(?i)file is too big"):
        await bot.get_file(big.document["file_id"])

    async with httpx.AsyncClient(base_url=server.url) as http:
        assert (await http.get(f"/file/bot{world.token}/documents/nothing.csv")).status_code == 404
        small = await world.send_document(olga, "s.csv", b"1")
        path = (await bot.get_file(small.document["file_id"])).file_path.split(f"/file/bot{world.token}/")[1]
        other = await world.client.create_bot()
        assert (await http.get(f"/file/bot{other.token}/{path}")).status_code == 404
        assert (await http.get(f"/file/bot{world.token}/{path}")).content == b"1"
