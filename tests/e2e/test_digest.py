"""The weekly digest: the last week's report and chart in the staff chat, once a week, across
restarts, racing ticks and Telegram failures."""

import asyncio
from datetime import UTC, datetime, timedelta

from storage.models import DigestPost

from ..report_data import seed
from .steps import says
from .test_reports import bot_messages

MONDAY_9_MSK = datetime(2026, 12, 7, 6, 0, tzinfo=UTC)


async def _digests(tzk):
    await tzk.sb.idle()
    return [m for m in await tzk.sb.messages(tzk.staff.id)
            if m.from_bot and "Сводка за неделю" in (m.text or "")]


async def _photos(tzk):
    return [m for m in await tzk.sb.messages(tzk.staff.id) if m.photo]


async def test_the_digest_goes_out_once_a_week_across_a_restart(tzk):
    await tzk.restart(digest="mon 09:00")
    await seed(tzk.rt.db)
    tzk.clock.set(MONDAY_9_MSK + timedelta(minutes=1))

    assert (await tzk.tick("digest"))["digest"] is True
    report, chart = await bot_messages(tzk, 0, 2)
    assert report.text.startswith("📊 Сводка за неделю 30.11–07.12.2026")
    assert "Отправлено 3" in report.text  # S3, S4 and S5 went out that week
    assert chart.photo and "30.11–07.12.2026" in chart.text

    tzk.clock.advance(minutes=10)
    assert (await tzk.tick("digest"))["digest"] is False
    await tzk.restart()
    tzk.clock.advance(hours=5)
    assert (await tzk.tick("digest"))["digest"] is False
    assert len(await _digests(tzk)) == 1 and len(await _photos(tzk)) == 1

    tzk.clock.advance(days=7)
    assert (await tzk.tick("digest"))["digest"] is True
    digests = await _digests(tzk)
    assert len(digests) == 2 and digests[1].text.startswith("📊 Сводка за неделю 07.12–14.12.2026")
    assert await tzk.count(DigestPost) == 2


async def test_two_ticks_at_once_post_one_digest(tzk):
    await tzk.restart(digest="mon 09:00")
    tzk.clock.set(MONDAY_9_MSK)

    first, second = await asyncio.gather(tzk.tick("digest"), tzk.tick("digest"))

    assert sorted([first["digest"], second["digest"]]) == [False, True]
    assert len(await _digests(tzk)) == 1 and len(await _photos(tzk)) == 1


async def test_a_digest_due_while_no_instance_ran_goes_out_at_the_next_tick(tzk):
    await tzk.restart(digest="fri 10:00")  # 10:00 in Moscow: two hours before the clock's now
    assert (await tzk.tick("digest"))["digest"] is True
    [digest] = await _digests(tzk)
    assert "Сводка за неделю 27.11–04.12.2026" in digest.text


async def test_a_failed_post_is_retried_later_without_posting_twice(tzk):
    await tzk.restart(digest="mon 09:00")
    await seed(tzk.rt.db)
    tzk.clock.set(MONDAY_9_MSK)
    await tzk.sb.fault("sendPhoto", status=502, chat_id=tzk.staff.id)

    assert (await tzk.tick("digest"))["digest"] is False
    assert len(await _digests(tzk)) == 1 and await _photos(tzk) == []  # the text went out
    assert (await tzk.tick("digest"))["digest"] is False  # waiting before the retry
    tzk.clock.advance(minutes=1)
    await tzk.restart()

    assert (await tzk.tick("digest"))["digest"] is True
    assert len(await _digests(tzk)) == 1 and len(await _photos(tzk)) == 1


async def test_no_digest_when_it_is_off(tzk):
    tzk.clock.set(MONDAY_9_MSK)
    assert str(tzk.rt.settings.digest) == "off"
    assert (await tzk.tick("digest"))["digest"] is False
    assert await _digests(tzk) == [] and await tzk.count(DigestPost) == 0


async def test_an_admin_moves_the_digest_in_chat_and_the_job_follows(tzk):
    answer = await says(tzk, tzk.admin, "/set digest fri 18:30")
    assert "стало fri 18:30" in answer.text
    await tzk.tick("refresh_config")
    trigger = str(tzk.live.scheduler.get_job("digest").trigger)
    assert "day_of_week='fri'" in trigger and "hour='18'" in trigger and "minute='30'" in trigger

    bad = await says(tzk, tzk.admin, "/set digest someday")
    assert "Не получилось" in bad.text and "mon 09:00" in bad.text
