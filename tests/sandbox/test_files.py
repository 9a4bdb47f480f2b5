"""Documents and photos: multipart uploads kept byte for byte, captions, file_id reuse."""

from __future__ import annotations

import io
import os

import pytest
import telegram
from telegram.error import BadRequest

from sandbox import SandboxBot

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
