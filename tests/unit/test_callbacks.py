"""The callback-data codec: round trips, the 64-byte limit, and refusal of anything else."""

import pytest

from bot.callbacks import Action, AlertAction, AlertTap, SurveyTap, decode, decode_alert


@pytest.mark.parametrize("tap", [
    SurveyTap(Action.ANSWER, 1, 0, "5"),
    SurveyTap(Action.ANSWER, 999_999_999_999, 19, "unsure"),
    SurveyTap(Action.BACK, 42, 2),
    SurveyTap(Action.SKIP, 42, 3),
])
def test_round_trip_within_64_bytes(tap):
    data = tap.encode()
    assert len(data.encode()) <= 64
    assert decode(data) == tap


@pytest.mark.parametrize("data", [
    None, "", "q1", "q1:a:1:0", "q1:b:1:0:5", "q1:x:1:0:5", "q2:a:1:0:5", "q1:a:-1:0:5",
    "q1:a:1:0:5:6", "q1:a:1:0:DROP TABLE", "q1:a:1234567890123:0:5", "q1:a:1:0:" + "x" * 17,
    " q1:a:1:0:5", "q1:a:1:0:5\n",
])
def test_anything_malformed_decodes_to_none(data):
    assert decode(data) is None


def test_encoding_refuses_data_over_64_bytes():
    with pytest.raises(ValueError):
        SurveyTap(Action.ANSWER, 1, 0, "я" * 40).encode()


@pytest.mark.parametrize("tap", [AlertTap(AlertAction.TAKE, 1),
                                 AlertTap(AlertAction.RESOLVE, 999_999_999_999)])
def test_staff_taps_round_trip_within_64_bytes(tap):
    data = tap.encode()
    assert len(data.encode()) <= 64 and decode_alert(data) == tap


@pytest.mark.parametrize("data", [
    None, "", "s1", "s1:t", "s1:x:1", "s2:t:1", "s1:t:-1", "s1:t:1:2", "s1:t:1234567890123",
    "s1:t:abc", " s1:t:1", "s1:r:1\n", "q1:a:1:0:5",
])
def test_malformed_staff_taps_decode_to_none(data):
    assert decode_alert(data) is None
