"""Durations, languages, phones, planning and retries."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from feedback.durations import format_duration, parse_duration
from feedback.language import pick_language
from feedback.phones import normalize_phone
from feedback.planning import MAX_SEND_ATTEMPTS, backoff, due_at, retry_at
from feedback.window import SendWindow

MSK = ZoneInfo("Europe/Moscow")
DAY = SendWindow.parse("10:00-20:00")


@pytest.mark.parametrize("text, seconds", [
    ("3d", 259200), ("12h", 43200), ("30m", 1800), ("45s", 45), ("1d12h", 129600), ("90", 90),
    (" 2H ", 7200),
])
def test_durations_read_as_people_write_them(text, seconds):
    assert parse_duration(text) == timedelta(seconds=seconds)
    assert parse_duration(format_duration(timedelta(seconds=seconds))) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "3 days", "d3", "1.5h", "-2h", "3w"])
def test_other_durations_are_refused(text):
    with pytest.raises(ValueError, match="e.g. 3d"):
        parse_duration(text)


@pytest.mark.parametrize("code, lang", [
    ("ru", "ru"), ("uk", "ru"), ("kk", "ru"), ("en", "en"), ("en-US", "en"), ("de", "en"),
    (None, "ru"), ("", "ru"),
])
def test_language_follows_telegram(code, lang):
    assert pick_language(code) == lang


@pytest.mark.parametrize("raw", ["+7 916 123-45-67", "8 (916) 123 45 67", "79161234567", "+79161234567"])
def test_russian_phones_compare_equal_however_written(raw):
    assert normalize_phone(raw) == "+79161234567"


@pytest.mark.parametrize("raw", ["", "12", "not a phone", "+7 916"])
def test_non_phones_are_refused(raw):
    assert normalize_phone(raw) is None


def test_the_survey_is_due_after_the_delay_inside_the_window():
    delivered = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)  # 18:00 MSK
    assert due_at(delivered, timedelta(days=3), DAY, MSK) == datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
    late = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)  # 21:00 MSK → the 5th at 10:00 MSK
    assert due_at(late, timedelta(days=3), DAY, MSK) == datetime(2026, 12, 5, 7, 0, tzinfo=UTC)


def test_retries_back_off_stay_in_the_window_and_give_up():
    now = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    first, later = retry_at(now, 1, DAY, MSK), retry_at(now, 4, DAY, MSK)
    assert now < first < later
    assert retry_at(datetime(2026, 12, 4, 16, 59, 50, tzinfo=UTC), 1, DAY, MSK) == \
        datetime(2026, 12, 5, 7, 0, tzinfo=UTC)
    assert retry_at(now, MAX_SEND_ATTEMPTS, DAY, MSK) is None


def test_the_wait_doubles_after_each_failure_up_to_the_longest():
    first, longest = timedelta(seconds=15), timedelta(minutes=30)
    assert [backoff(n, first, longest).total_seconds() for n in range(10)] == \
        [15, 15, 30, 60, 120, 240, 480, 960, 1800, 1800]


def test_a_long_run_of_failures_waits_the_longest_and_never_overflows():
    # An outbox that fails for a day counts a hundred failures and more.
    assert backoff(100, timedelta(seconds=15), timedelta(minutes=30)) == timedelta(minutes=30)
    assert backoff(10**6, timedelta(minutes=1), timedelta(hours=1)) == timedelta(hours=1)
