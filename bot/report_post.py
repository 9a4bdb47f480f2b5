"""A report as the messages that carry it (its text in one or more messages, then the chart),
and sending them to a chat: for /report, for the weekly digest."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from telegram.constants import ParseMode

from feedback.periods import Period
from feedback.report_text import render

from .report_build import build, words
from .report_chart import render_chart
from .runtime import Runtime
from .texts import t


@dataclass(frozen=True)
class Part:
    """One message: HTML text, or a PNG with a caption."""

    text: str
    photo: bytes | None = None


async def report_parts(rt: Runtime, period: Period, title: str = "report_w_title") -> list[Part]:
    """The report for `period` in the staff's language, ready to send."""
    lang = rt.settings.staff_language
    built = await build(rt, period)
    texts = render(built.report, words(lang, title))
    png = await asyncio.to_thread(render_chart, built.chart, lang)
    caption = t("chart_caption", lang, period=period.label())
    return [Part(text) for text in texts] + [Part(caption, png)]


async def send_part(rt: Runtime, chat_id: int, thread_id: int | None, part: Part) -> None:
    if part.photo is None:
        await rt.bot.send_message(chat_id, part.text, parse_mode=ParseMode.HTML,
                                  message_thread_id=thread_id)
    else:
        await rt.bot.send_photo(chat_id, part.photo, caption=part.text,
                                message_thread_id=thread_id)
