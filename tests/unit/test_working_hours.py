"""Working hours: the forms admins write, and waiting time counted only while people work."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from feedback.working_hours import WorkingHours

MSK = ZoneInfo("Europe/Moscow")
BERLIN = ZoneInfo("Europe/Berlin")
OFFICE = WorkingHours.parse("09:00-18:00")


def msk(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in December 2026, Moscow time (Dec 7 is a Monday)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=MSK)


@pytest.mark.parametrize("text, shown", [
    ("09:00-18:00", "mon-fri 09:00-18:00"),
    ("mon-sat 08:30-17:00", "mon-sat 08:30-17:00"),
    ("MON,wed,fri 9:00-18:00", "mon,wed,fri 09:00-18:00"),
    ("пн-пт 09:00-18:00", "mon-fri 09:00-18:00"),
    ("sat-mon 10:00-14:00", "mon,sat-sun 10:00-14:00"),
    ("mon-sun 00:00-24:00", "mon-sun 00:00-24:00"),
    ("09:00 - 18:00", "mon-fri 09:00-18:00"),
])
def test_reads_the_forms_admins_write_and_shows_them_back(text, shown):
    hours = WorkingHours.parse(text)
    assert str(hours) == shown
    assert WorkingHours.parse(str(hours)) == hours


@pytest.mark.parametrize("text", ["", "9-18", "18:00-09:00", "09:00-09:00", "09:00-25:00",
                                  "09:61-18:00", "weekdays 09:00-18:00", "mon-fri", "a b c"])
def test_refuses_anything_else_with_the_form(text):
    with pytest.raises(ValueError, match="HH:MM-HH:MM"):
        WorkingHours.parse(text)


def test_inside_means_a_working_day_between_start_and_end():
    assert OFFICE.contains(msk(7, 9), MSK) and OFFICE.contains(msk(7, 17, 59), MSK)
    assert not OFFICE.contains(msk(7, 18), MSK) and not OFFICE.contains(msk(7, 8, 59), MSK)
    assert not OFFICE.contains(msk(12, 12), MSK)  # Saturday
    assert OFFICE.contains(datetime(2026, 12, 7, 6, 0, tzinfo=UTC), MSK)  # 09:00 in Moscow


def test_time_within_one_working_day_counts_in_full():
    assert OFFICE.worked(msk(7, 10), msk(7, 14, 30), MSK) == timedelta(hours=4, minutes=30)


def test_evenings_and_nights_do_not_count():
    assert OFFICE.worked(msk(7, 17), msk(8, 12), MSK) == timedelta(hours=4)
    assert OFFICE.worked(msk(7, 19), msk(8, 8), MSK) == timedelta(0)


def test_a_weekend_does_not_count():
    assert OFFICE.worked(msk(11, 17), msk(14, 12), MSK) == timedelta(hours=4)  # Fri 17 → Mon 12


def test_a_moment_before_the_start_counts_nothing():
    assert OFFICE.worked(msk(8, 12), msk(7, 12), MSK) == timedelta(0)


def test_hours_to_midnight_count_up_to_midnight():
    late = WorkingHours.parse("mon-sun 20:00-24:00")
    assert late.worked(msk(7, 22), msk(8, 21), MSK) == timedelta(hours=3)


def test_the_days_are_the_days_of_the_zone_given():
    # Monday 01:00 in Moscow is still Sunday 23:00 in Berlin.
    moment = msk(7, 1)
    always = WorkingHours.parse("mon-fri 00:00-24:00")
    assert always.contains(moment, MSK) and not always.contains(moment, BERLIN)


def test_a_dst_day_counts_real_hours():
    berlin_hours = WorkingHours.parse("mon-sun 00:00-24:00")
    start = datetime(2026, 3, 29, 0, 0, tzinfo=BERLIN)  # clocks jump 02:00 → 03:00
    end = datetime(2026, 3, 30, 0, 0, tzinfo=BERLIN)
    assert berlin_hours.worked(start, end, BERLIN) == timedelta(hours=23)
