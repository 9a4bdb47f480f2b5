"""The report's sums come out of the database right, on SQLite and on PostgreSQL, for the hand-
worked data set of tests/report_data.py; a digest's period is claimed once."""

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from feedback.periods import parse_period
from feedback.report_figures import Tally
from feedback.trends import week_bounds
from storage import digests, exports, report_series
from storage.models import Department, Staff
from storage.reports import By, tallies

from ..report_data import seed
from ..support import START
from .test_storage import _ready

MOSCOW = parse_period("7d", START, ZoneInfo("Europe/Moscow"))
PREVIOUS = MOSCOW.previous()


async def _names(db):
    async with db.session() as session:
        departments = {d.code: d.id for d in (await session.scalars(select(Department))).all()}
        staff = {s.name: s.id for s in (await session.scalars(select(Staff))).all()}
    return departments, staff


async def _tallies(db, period, by):
    async with db.session() as session:
        return (await tallies(session, period.start, period.end, db.is_postgres))[by]


async def test_everyone_now_and_before(db):
    await _ready(db)
    await seed(db)
    assert await _tallies(db, MOSCOW, By.ALL) == {None: Tally(
        sent=5, answered=4, scored=10, score_sum=40, satisfied=7, low=4, nps_answers=3,
        promoters=2, detractors=1, alerts=4, alerts_open=2, alerts_resolved=2,
        take_seconds=30 * 60, resolve_seconds=180 * 60)}
    assert await _tallies(db, PREVIOUS, By.ALL) == {None: Tally(
        sent=3, answered=2, scored=6, score_sum=21, satisfied=4, low=2, nps_answers=2,
        promoters=1, detractors=0, alerts=2, alerts_open=1, alerts_resolved=1,
        take_seconds=20 * 60, resolve_seconds=60 * 60)}


async def test_by_department(db):
    await _ready(db)
    await seed(db)
    code, _ = await _names(db)
    assert await _tallies(db, MOSCOW, By.DEPARTMENT) == {
        code["sales"]: Tally(sent=5, answered=4, scored=4, score_sum=16, satisfied=3, low=2,
                             nps_answers=3, promoters=2, detractors=1, alerts=2, alerts_open=1,
                             alerts_resolved=1, take_seconds=600, resolve_seconds=240 * 60),
        code["logistics"]: Tally(sent=5, answered=3, scored=3, score_sum=10, satisfied=1, low=2,
                                 alerts=2, alerts_open=1, alerts_resolved=1,
                                 take_seconds=60 * 60, resolve_seconds=120 * 60),
        code["quality"]: Tally(sent=5, answered=3, scored=3, score_sum=14, satisfied=3),
    }
    before = await _tallies(db, PREVIOUS, By.DEPARTMENT)
    assert before[code["sales"]] == Tally(sent=3, answered=2, scored=2, score_sum=7, satisfied=1,
                                          low=1, nps_answers=2, promoters=1, alerts=1,
                                          alerts_open=1)
    assert before[code["logistics"]].take_seconds == 20 * 60


async def test_by_manager_with_the_deliveries_without_one(db):
    await _ready(db)
    await seed(db)
    _, staff = await _names(db)
    anna, boris = staff["Анна Смирнова"], staff["Борис Петров"]
    assert await _tallies(db, MOSCOW, By.MANAGER) == {
        anna: Tally(sent=2, answered=2, scored=6, score_sum=23, satisfied=4, low=3, nps_answers=2,
                    promoters=1, detractors=1, alerts=3, alerts_open=2, alerts_resolved=1,
                    take_seconds=60 * 60, resolve_seconds=120 * 60),
        boris: Tally(sent=2, answered=1, scored=3, score_sum=12, satisfied=2, low=1, nps_answers=1,
                     promoters=1, alerts=1, alerts_resolved=1, take_seconds=600,
                     resolve_seconds=240 * 60),
        None: Tally(sent=1, answered=1, scored=1, score_sum=5, satisfied=1),
    }


async def test_an_even_count_of_durations_has_the_mean_of_the_middle_two_as_median(db):
    await _ready(db)
    await seed(db)
    everything = parse_period("2026-11-01..2026-12-04", START, MOSCOW.tz)
    [(key, tally)] = (await _tallies(db, everything, By.ALL)).items()
    # taken after 30, 90, 10 and 20 minutes: the middle two are 20 and 30
    assert tally.take_seconds == 25 * 60 and tally.resolve_seconds == 120 * 60  # 60 120 240


async def test_weekly_sums_and_the_distribution(db):
    await _ready(db)
    await seed(db)
    code, _ = await _names(db)
    bounds = week_bounds(MOSCOW.end, MOSCOW.tz)
    async with db.session() as session:
        weeks = await report_series.weekly(session, bounds)
        scores = await report_series.distribution(session, MOSCOW.start, MOSCOW.end)
    found = {(w.department, w.week): (w.scored, w.score_sum, w.satisfied) for w in weeks}
    # the weeks from Monday 16.11 (index 9: P1 P2), 23.11 (10: S1 S2) and 30.11 (11: S3 S5)
    assert found[(code["sales"], 9)] == (2, 7, 1)  # 4 3
    assert found[(code["sales"], 10)] == (2, 9, 2)  # 5 4
    assert found[(code["sales"], 11)] == (2, 7, 1)  # 2 5
    assert found[(code["logistics"], 10)] == (2, 5, 0)  # 2 3
    assert found[(code["quality"], 11)] == (1, 5, 1)
    assert len(found) == 9
    assert scores == {code["sales"]: {2: 1, 4: 1, 5: 2}, code["logistics"]: {2: 1, 3: 1, 5: 1},
                      code["quality"]: {4: 1, 5: 2}}


async def test_the_export_has_every_answer_of_the_period_but_previews(db):
    await _ready(db)
    await seed(db)
    async with db.session() as session:
        assert await exports.count_answers(session, MOSCOW.start, MOSCOW.end) == 14
        rows = await exports.answer_rows(session, MOSCOW.start, MOSCOW.end)
    assert [r.answered_at for r in rows] == sorted(r.answered_at for r in rows)
    first = rows[0]
    assert (first.client_code, first.delivery, first.manager, first.score, first.version) == \
        ("C-S1", "D-S1", "Анна Смирнова", 5, 2)
    assert rows[-1].choice == "yes" and rows[-1].manager is None and rows[-1].version == 1


async def test_a_digest_period_is_claimed_once_and_retried_after_a_failure(db):
    await _ready(db)
    slot = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)

    async def claim(now):
        async with db.session() as session:
            got = await digests.claim(session, "2026-11-30T06:00Z", slot, now, db.is_postgres)
            await session.commit()
            return got

    results = await asyncio.gather(*(claim(START) for _ in range(4)))
    assert sorted(results, key=lambda r: r is None) == [0, None, None, None]
    async with db.session() as session:
        await digests.part_posted(session, "2026-11-30T06:00Z", 1, False, START)
        retry_at = await digests.failed(session, "2026-11-30T06:00Z", "NetworkError", START)
        await session.commit()
    assert retry_at == START + timedelta(minutes=1)
    assert await claim(START + timedelta(seconds=30)) is None  # still backing off
    assert await claim(retry_at) == 1  # goes on after the part that went out
    async with db.session() as session:
        await digests.part_posted(session, "2026-11-30T06:00Z", 2, True, START)
        await session.commit()
    assert await claim(START + timedelta(hours=1)) is None  # posted: never again
