"""Closing the loop: when to escalate, when to remind, whom to survey and whom to spare."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from feedback.escalation import due_step, escalating
from feedback.reminders import reminder_due, should_remind
from feedback.throttling import Due, decide
from feedback.window import SendWindow
from feedback.working_hours import WorkingHours

MSK = ZoneInfo("Europe/Moscow")
VLADIVOSTOK = ZoneInfo("Asia/Vladivostok")
OFFICE = WorkingHours.parse("09:00-18:00")
WINDOW = SendWindow.parse("10:00-20:00")
FOUR_HOURS = timedelta(hours=4)


def msk(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in December 2026, Moscow time (Dec 7 is a Monday)."""
    return datetime(2026, 12, day, hour, minute, tzinfo=MSK)


def escalation(raised, now, done=0, after=FOUR_HOURS, limit=3):
    return due_step(raised, now, done, after, limit, OFFICE, MSK)


def test_escalation_is_due_after_the_wait_and_not_before():
    assert escalation(msk(7, 10), msk(7, 13, 59)) is None
    assert escalation(msk(7, 10), msk(7, 14)) == 1


def test_escalation_waits_are_counted_in_working_hours():
    assert escalation(msk(7, 16), msk(7, 23)) is None  # 2 working hours, and out of hours
    assert escalation(msk(7, 16), msk(8, 10, 59)) is None  # 3 h 59 m
    assert escalation(msk(7, 16), msk(8, 11)) == 1
    assert escalation(msk(11, 16), msk(14, 11)) == 1  # Friday → Monday


def test_escalation_is_never_made_outside_working_hours():
    assert escalation(msk(7, 9), msk(7, 19)) is None  # 9 working hours, but the office is closed
    assert escalation(msk(7, 9), msk(12, 12)) is None  # Saturday


def test_each_step_once_and_no_more_than_the_limit():
    assert escalation(msk(7, 9), msk(7, 17), done=1) == 2
    assert escalation(msk(7, 9), msk(7, 17), done=2) is None
    assert escalation(msk(7, 9), msk(9, 17), done=2) == 3
    assert escalation(msk(7, 9), msk(18, 17), done=3) is None


def test_missed_steps_are_made_as_one():
    assert escalation(msk(7, 9), msk(8, 17)) == 3


def test_escalation_is_off_with_a_zero_wait_or_limit():
    assert escalation(msk(7, 9), msk(8, 17), after=timedelta(0)) is None
    assert escalation(msk(7, 9), msk(8, 17), limit=0) is None
    assert not escalating(timedelta(0), 3) and not escalating(FOUR_HOURS, 0)
    assert escalating(FOUR_HOURS, 1)


def test_a_reminder_is_due_a_day_after_the_survey_inside_the_window():
    sent = msk(7, 12)
    day = timedelta(hours=24)
    assert reminder_due(sent, 0, day, 1, WINDOW, MSK) == msk(8, 12)
    assert not should_remind(sent, 0, msk(8, 11, 59), day, 1, WINDOW, MSK)
    assert should_remind(sent, 0, msk(8, 12), day, 1, WINDOW, MSK)


def test_a_reminder_due_at_night_waits_for_the_window():
    sent = msk(7, 19)
    two_hours = timedelta(hours=2)
    assert reminder_due(sent, 0, two_hours, 1, WINDOW, MSK) == msk(8, 10)
    assert not should_remind(sent, 0, msk(7, 22), two_hours, 1, WINDOW, MSK)
    assert should_remind(sent, 0, msk(8, 10), two_hours, 1, WINDOW, MSK)


def test_a_late_tick_outside_the_window_does_not_remind():
    sent = msk(6, 19, 50)
    assert reminder_due(sent, 0, timedelta(hours=24), 1, WINDOW, MSK) == msk(7, 19, 50)
    assert not should_remind(sent, 0, msk(7, 20, 5), timedelta(hours=24), 1, WINDOW, MSK)


def test_reminders_follow_the_clients_own_zone():
    sent = msk(7, 12)  # 19:00 in Vladivostok
    assert reminder_due(sent, 0, timedelta(hours=2), 1, WINDOW, VLADIVOSTOK) \
        == datetime(2026, 12, 8, 10, 0, tzinfo=VLADIVOSTOK)


def test_only_as_many_reminders_as_set_and_zero_turns_them_off():
    sent, day = msk(7, 12), timedelta(hours=24)
    assert reminder_due(sent, 1, day, 2, WINDOW, MSK) == msk(9, 12)
    assert reminder_due(sent, 1, day, 1, WINDOW, MSK) is None
    assert reminder_due(sent, 0, day, 0, WINDOW, MSK) is None
    assert not should_remind(sent, 0, msk(20, 12), day, 0, WINDOW, MSK)


SPAN = timedelta(days=14)


def test_a_client_never_surveyed_gets_the_survey():
    assert decide([Due(1, 10, msk(1, 12))], {}, msk(7, 12), SPAN).send == [1]


def test_a_client_surveyed_within_the_span_is_spared():
    decision = decide([Due(2, 10, msk(5, 12))], {10: msk(4, 12)}, msk(8, 12), SPAN)
    assert decision.send == [] and decision.throttle == [2]


def test_after_the_span_the_client_is_surveyed_again():
    assert decide([Due(2, 10, msk(17, 12))], {10: msk(4, 12)}, msk(18, 12), SPAN).send == [2]


def test_several_due_at_once_become_one_survey_about_the_latest_delivery():
    due = [Due(1, 10, msk(1, 12)), Due(3, 10, msk(3, 12)), Due(2, 10, msk(2, 12)),
           Due(4, 11, msk(1, 12))]
    decision = decide(due, {}, msk(7, 12), SPAN)
    assert decision.send == [3, 4] and decision.throttle == [1, 2]


def test_the_same_delivery_time_picks_the_newer_survey():
    decision = decide([Due(5, 10, msk(1, 12)), Due(6, 10, msk(1, 12))], {}, msk(7, 12), SPAN)
    assert decision.send == [6] and decision.throttle == [5]


def test_a_zero_span_turns_throttling_off():
    due = [Due(1, 10, msk(1, 12)), Due(2, 10, msk(2, 12))]
    decision = decide(due, {10: msk(6, 12)}, msk(7, 12), timedelta(0))
    assert decision.send == [1, 2] and decision.throttle == []
