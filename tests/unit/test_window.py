"""Send-window math: inside, before, after, across midnight, in other zones, over DST."""

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from feedback.window import SendWindow

MSK = ZoneInfo("Europe/Moscow")
NY = ZoneInfo("America/New_York")
DAY = SendWindow.parse("10:00-20:00")
NIGHT = SendWindow.parse("22:00-02:00")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize("text, start, end", [
    ("10:00-20:00", time(10), time(20)),
    (" 9:30 - 18:05 ", time(9, 30), time(18, 5)),
    ("00:00-24:00", time(0), time(0)),
])
def test_parses_the_documented_form(text, start, end):
    assert SendWindow.parse(text) == SendWindow(start, end)


@pytest.mark.parametrize("text", ["", "10-20", "25:00-20:00", "10:60-20:00", "10:00", "ten to eight"])
def test_refuses_anything_else(text):
    with pytest.raises(ValueError, match="HH:MM-HH:MM"):
        SendWindow.parse(text)


def test_a_moment_inside_stays_put():
    moment = utc(2026, 12, 4, 9, 0)  # 12:00 in Moscow
    assert DAY.next_open(moment, MSK) == moment


def test_early_morning_moves_to_ten_the_same_day():
    assert DAY.next_open(utc(2026, 12, 4, 3, 0), MSK) == utc(2026, 12, 4, 7, 0)  # 06:00 → 10:00 MSK


def test_evening_moves_to_ten_the_next_day():
    assert DAY.next_open(utc(2026, 12, 4, 17, 0), MSK) == utc(2026, 12, 5, 7, 0)  # 20:00 MSK


def test_the_end_is_exclusive_the_start_inclusive():
    assert not DAY.contains(utc(2026, 12, 4, 17, 0), MSK)  # 20:00 MSK
    assert DAY.contains(utc(2026, 12, 4, 7, 0), MSK)  # 10:00 MSK


def test_a_window_across_midnight_is_open_on_both_sides():
    assert NIGHT.contains(utc(2026, 12, 4, 20, 30), MSK)  # 23:30 MSK
    assert NIGHT.contains(utc(2026, 12, 4, 22, 30), MSK)  # 01:30 MSK next day
    assert not NIGHT.contains(utc(2026, 12, 4, 23, 0), MSK)  # 02:00 MSK


def test_a_window_across_midnight_opens_the_same_evening():
    assert NIGHT.next_open(utc(2026, 12, 4, 9, 0), MSK) == utc(2026, 12, 4, 19, 0)  # 12:00 → 22:00


def test_the_same_instant_is_inside_in_one_zone_and_outside_in_another():
    moment = utc(2026, 12, 4, 8, 0)  # 11:00 Moscow, 03:00 New York
    assert DAY.contains(moment, MSK)
    assert not DAY.contains(moment, NY)
    assert DAY.next_open(moment, NY) == utc(2026, 12, 4, 15, 0)  # 10:00 EST


def test_over_a_dst_change_the_local_opening_hour_holds():
    # New York springs forward on 2026-03-08: 10:00 is UTC-5 the day before, UTC-4 that day.
    assert DAY.next_open(utc(2026, 3, 7, 2, 0), NY) == utc(2026, 3, 7, 15, 0)
    assert DAY.next_open(utc(2026, 3, 8, 4, 0), NY) == utc(2026, 3, 8, 14, 0)


def test_an_opening_hour_skipped_by_dst_lands_just_after_the_jump():
    window = SendWindow.parse("02:30-20:00")  # 02:30 does not exist in New York on 2026-03-08
    opened = window.next_open(utc(2026, 3, 8, 6, 0), NY)  # 01:00 EST
    assert opened.astimezone(NY).hour == 3
    assert window.contains(opened, NY)


def test_always_open_never_moves():
    always = SendWindow.parse("00:00-24:00")
    moment = utc(2026, 12, 4, 23, 59)
    assert always.always_open and always.next_open(moment, MSK) == moment
    assert str(always) == "00:00-24:00"
