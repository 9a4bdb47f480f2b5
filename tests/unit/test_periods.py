"""Report periods: the forms people type, what each covers, and the period before."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from feedback.periods import PERIOD_FORMS, PeriodError, parse_period

MSK = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # 12:00 in Moscow


def _local(period):
    return period.start.astimezone(MSK), period.end.astimezone(MSK)


def test_the_last_days_end_now_and_follow_the_same_number_of_days_before():
    week = parse_period("7d", NOW, MSK)
    assert (week.start, week.end) == (datetime(2026, 11, 27, 9, tzinfo=UTC), NOW)
    before = week.previous()
    assert (before.start, before.end) == (datetime(2026, 11, 20, 9, tzinfo=UTC), week.start)
    assert (week.label(), before.label()) == ("27.11–04.12.2026", "20.11–27.11.2026")


@pytest.mark.parametrize("text", [None, "", "  ", "30d", "30D", "30 д"])
def test_thirty_days_is_the_default_and_reads_in_several_ways(text):
    period = parse_period(text, NOW, MSK)
    assert (period.end - period.start).days == 30 and period.label() == "04.11–04.12.2026"


def test_a_month_is_local_midnight_to_midnight_and_follows_the_month_before():
    november = parse_period("2026-11", NOW, MSK)
    assert _local(november) == (datetime(2026, 11, 1, tzinfo=MSK), datetime(2026, 12, 1, tzinfo=MSK))
    assert november.start == datetime(2026, 10, 31, 21, tzinfo=UTC)
    october = november.previous()
    assert _local(october) == (datetime(2026, 10, 1, tzinfo=MSK), datetime(2026, 11, 1, tzinfo=MSK))
    assert (november.label(), october.label()) == ("11.2026", "10.2026")
    january = parse_period("01.2027", NOW, MSK)
    assert january.previous().label() == "12.2026"
    assert parse_period("2026-12", NOW, MSK).end == datetime(2026, 12, 31, 21, tzinfo=UTC)


@pytest.mark.parametrize("text", ["2026-11-01..2026-11-15", "2026-11-01–2026-11-15",
                                  "2026-11-01 2026-11-15", "01.11.2026-15.11.2026",
                                  "2026-11-01 - 2026-11-15", "1.11.2026..15.11.2026"])
def test_dates_from_to_include_both_days(text):
    period = parse_period(text, NOW, MSK)
    assert _local(period) == (datetime(2026, 11, 1, tzinfo=MSK), datetime(2026, 11, 16, tzinfo=MSK))
    assert period.label() == "01.11–15.11.2026"
    before = period.previous()
    assert _local(before) == (datetime(2026, 10, 17, tzinfo=MSK), datetime(2026, 11, 1, tzinfo=MSK))


def test_one_date_is_that_day_and_a_range_across_years_names_both_years():
    assert parse_period("2026-11-15", NOW, MSK).label() == "15.11.2026"
    assert parse_period("2025-12-20..2026-01-10", NOW, MSK).label() == "20.12.2025–10.01.2026"


def test_a_month_across_a_dst_change_is_whole_local_days():
    berlin = ZoneInfo("Europe/Berlin")
    march = parse_period("2026-03", NOW, berlin)
    assert march.start == datetime(2026, 2, 28, 23, tzinfo=UTC)
    assert march.end == datetime(2026, 3, 31, 22, tzinfo=UTC)  # summer time from 29.03


@pytest.mark.parametrize("text", ["soon", "0d", "367d", "7w", "2026-13", "2026-00", "31.02.2026",
                                  "2026-11-15..2026-11-01", "2026-11-01..2027-11-02", "1999-01",
                                  "9999-12-31", "2026-11-01..", "d", "-7d", "2026/11"])
def test_anything_else_is_refused_with_the_accepted_forms(text):
    with pytest.raises(PeriodError) as error:
        parse_period(text, NOW, MSK)
    assert PERIOD_FORMS in str(error.value)
