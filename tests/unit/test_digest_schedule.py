"""When the weekly digest is due, and the chart's weeks."""

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from feedback.digest import DIGEST_FORM, DigestSchedule, period_key
from feedback.trends import WeekTally, series, week_bounds

MSK = ZoneInfo("Europe/Moscow")


@pytest.mark.parametrize("text, weekday, at", [
    ("mon 09:00", 0, time(9)), ("Monday 9:00", 0, time(9)), ("FRI 18:30", 4, time(18, 30)),
    ("пн 09:00", 0, time(9)), ("Вс 23:59", 6, time(23, 59)), ("  sun   0:00 ", 6, time(0)),
])
def test_a_day_and_a_time(text, weekday, at):
    schedule = DigestSchedule.parse(text)
    assert (schedule.weekday, schedule.at, schedule.enabled) == (weekday, at, True)


@pytest.mark.parametrize("text", ["off", "OFF", "выкл", "нет"])
def test_off(text):
    schedule = DigestSchedule.parse(text)
    assert not schedule.enabled and str(schedule) == "off"
    assert schedule.latest(datetime(2026, 12, 7, tzinfo=UTC), MSK) is None


@pytest.mark.parametrize("text", ["mon", "09:00", "mon 24:00", "mon 9:60", "xyz 09:00",
                                  "понедельник 09:00", "mon 9", ""])
def test_anything_else_is_refused_with_the_form(text):
    with pytest.raises(ValueError, match=DIGEST_FORM):
        DigestSchedule.parse(text)


def test_it_reads_back_as_it_is_shown():
    for text in ("mon 09:00", "sat 07:05"):
        assert str(DigestSchedule.parse(text)) == text


@pytest.mark.parametrize("now, latest", [
    (datetime(2026, 12, 7, 6, 0, tzinfo=UTC), datetime(2026, 12, 7, 6, 0, tzinfo=UTC)),  # on time
    (datetime(2026, 12, 7, 5, 59, tzinfo=UTC), datetime(2026, 11, 30, 6, 0, tzinfo=UTC)),
    (datetime(2026, 12, 4, 9, 0, tzinfo=UTC), datetime(2026, 11, 30, 6, 0, tzinfo=UTC)),
    (datetime(2026, 12, 13, 20, 0, tzinfo=UTC), datetime(2026, 12, 7, 6, 0, tzinfo=UTC)),
])
def test_the_latest_due_moment_is_in_the_installations_zone(now, latest):
    assert DigestSchedule.parse("mon 09:00").latest(now, MSK) == latest


def test_a_summer_time_change_keeps_the_local_hour():
    berlin = ZoneInfo("Europe/Berlin")
    schedule = DigestSchedule.parse("mon 09:00")
    assert schedule.latest(datetime(2026, 3, 30, 12, tzinfo=UTC), berlin) == \
        datetime(2026, 3, 30, 7, tzinfo=UTC)  # 09:00 CEST
    assert schedule.latest(datetime(2026, 3, 27, 12, tzinfo=UTC), berlin) == \
        datetime(2026, 3, 23, 8, tzinfo=UTC)  # 09:00 CET


def test_the_period_key_is_the_utc_moment():
    assert period_key(datetime(2026, 12, 7, 9, 0, tzinfo=MSK)) == "2026-12-07T06:00Z"


def test_the_chart_covers_twelve_local_weeks_up_to_the_reports_end():
    end = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # Friday
    bounds = week_bounds(end, MSK)
    assert len(bounds) == 13 and bounds[-1] == end
    assert bounds[-2] == datetime(2026, 11, 30, tzinfo=MSK)
    assert bounds[0] == datetime(2026, 9, 14, tzinfo=MSK)
    monday_midnight = datetime(2026, 12, 7, tzinfo=MSK)  # a month ending on Sunday night
    assert week_bounds(monday_midnight, MSK)[-2] == datetime(2026, 11, 30, tzinfo=MSK)


def test_weekly_series_leave_gaps_where_nobody_answered():
    lines = series([WeekTally("sales", 0, 2, 9, 2), WeekTally("sales", 2, 3, 10, 1),
                    WeekTally("quality", 1, 1, 5, 1)], weeks=3)
    assert lines["sales"].averages == [4.5, None, 3.33] and lines["sales"].csat == [100, None, 33]
    assert lines["quality"].averages == [None, 5.0, None]
