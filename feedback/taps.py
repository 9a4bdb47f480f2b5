"""Whether a tap on a survey button may count. Callback data is never trusted: this decides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Refusal(StrEnum):
    STALE = "tap_stale"  # not a step this survey is at or had: forged, or from an old release
    NOT_YOURS = "tap_not_yours"
    CLOSED = "tap_closed"
    RECORDED = "tap_recorded"  # an earlier step: a double tap, or a screen that fell behind


@dataclass(frozen=True)
class SurveyAt:
    """What the rule needs to know of the survey the tap names."""

    chat_id: int | None  # the client's private chat it was sent to
    is_open: bool
    expires_at: datetime
    step: int


def refusal(survey: SurveyAt | None, user_id: int, chat_id: int | None, step: int,
            now: datetime) -> Refusal | None:
    """None if a tap by `user_id` in `chat_id` on a button of `step` may count.

    The tapped message itself is not checked: any message of the survey in the owner's chat
    may carry the current step (a send that timed out but arrived makes two copies)."""
    if survey is None:
        return Refusal.STALE
    if survey.chat_id is None or chat_id != survey.chat_id or user_id != survey.chat_id:
        return Refusal.NOT_YOURS
    if not survey.is_open or survey.expires_at <= now:
        return Refusal.CLOSED
    if step < survey.step:
        return Refusal.RECORDED
    if step > survey.step:
        return Refusal.STALE
    return None
