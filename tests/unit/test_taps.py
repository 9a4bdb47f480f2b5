"""Which taps may count: only the owner's, on an open survey, at the step it is at."""

from datetime import UTC, datetime, timedelta

import pytest

from feedback.taps import Refusal, SurveyAt, refusal

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
OPEN = SurveyAt(chat_id=100, is_open=True, expires_at=NOW + timedelta(days=1), step=2)


def test_the_owner_tapping_the_current_step_counts():
    assert refusal(OPEN, user_id=100, chat_id=100, step=2, now=NOW) is None


@pytest.mark.parametrize("user_id, chat_id", [(200, 200), (200, 100), (100, 200), (100, None)])
def test_anyone_else_or_anywhere_else_is_refused(user_id, chat_id):
    assert refusal(OPEN, user_id, chat_id, 2, NOW) is Refusal.NOT_YOURS


def test_a_survey_never_sent_is_nobodys():
    never_sent = SurveyAt(chat_id=None, is_open=False, expires_at=NOW, step=0)
    assert refusal(never_sent, 100, 100, 0, NOW) is Refusal.NOT_YOURS


def test_a_missing_survey_is_a_stale_button():
    assert refusal(None, 100, 100, 0, NOW) is Refusal.STALE


def test_finished_or_expired_surveys_are_closed():
    finished = SurveyAt(100, False, NOW + timedelta(days=1), 8)
    expired = SurveyAt(100, True, NOW, 2)  # expiry is exclusive: at that moment it is over
    assert refusal(finished, 100, 100, 8, NOW) is Refusal.CLOSED
    assert refusal(expired, 100, 100, 2, NOW) is Refusal.CLOSED


def test_an_earlier_step_is_already_recorded_a_later_one_is_stale():
    assert refusal(OPEN, 100, 100, 1, NOW) is Refusal.RECORDED
    assert refusal(OPEN, 100, 100, 0, NOW) is Refusal.RECORDED
    assert refusal(OPEN, 100, 100, 3, NOW) is Refusal.STALE
