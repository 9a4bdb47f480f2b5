"""The survey's life: its states and the transitions between them."""

from __future__ import annotations

from enum import StrEnum


class SurveyState(StrEnum):
    SCHEDULED = "scheduled"  # waiting for its due time (and for the client to link)
    SENDING = "sending"  # claimed by one dispatch tick, being sent
    SENT = "sent"  # the first question is in the client's chat
    IN_PROGRESS = "in_progress"  # at least one answer given
    COMPLETED = "completed"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    FAILED = "failed"  # could not be delivered for good (bad chat, too many errors)
    THROTTLED = "throttled"  # superseded: the client was surveyed recently


class SurveyEvent(StrEnum):
    CLAIM = "claim"
    RECLAIM = "reclaim"  # a claim left behind by a crashed tick
    DELIVERED = "delivered"
    RELEASE = "release"  # a retryable failure: back to the queue
    FAIL = "fail"
    ANSWER = "answer"
    COMPLETE = "complete"
    EXPIRE = "expire"
    CANCEL = "cancel"
    THROTTLE = "throttle"


S, E = SurveyState, SurveyEvent

_TRANSITIONS: dict[SurveyEvent, tuple[frozenset[SurveyState], SurveyState]] = {
    E.CLAIM: (frozenset({S.SCHEDULED}), S.SENDING),
    E.RECLAIM: (frozenset({S.SENDING}), S.SENDING),
    E.DELIVERED: (frozenset({S.SENDING}), S.SENT),
    E.RELEASE: (frozenset({S.SENDING}), S.SCHEDULED),
    E.FAIL: (frozenset({S.SENDING}), S.FAILED),
    E.ANSWER: (frozenset({S.SENT, S.IN_PROGRESS}), S.IN_PROGRESS),
    E.COMPLETE: (frozenset({S.SENT, S.IN_PROGRESS}), S.COMPLETED),
    # SENDING only when its claim was abandoned by a crashed tick (storage checks the lease).
    E.EXPIRE: (frozenset({S.SCHEDULED, S.SENDING, S.SENT, S.IN_PROGRESS}), S.EXPIRED),
    E.CANCEL: (frozenset({S.SCHEDULED, S.SENT, S.IN_PROGRESS}), S.CANCELLED),
    E.THROTTLE: (frozenset({S.SCHEDULED}), S.THROTTLED),
}

OPEN_STATES = frozenset({S.SENT, S.IN_PROGRESS})
FINAL_STATES = frozenset({S.COMPLETED, S.EXPIRED, S.CANCELLED, S.FAILED, S.THROTTLED})


class TransitionRefused(ValueError):
    """An event that the survey's current state does not allow."""

    def __init__(self, state: SurveyState, event: SurveyEvent) -> None:
        super().__init__(f"{event.value} is not allowed in state {state.value}")
        self.state, self.event = state, event


def sources(event: SurveyEvent) -> frozenset[SurveyState]:
    """The states from which `event` may happen (storage uses them in conditional UPDATEs)."""
    return _TRANSITIONS[event][0]


def target(event: SurveyEvent) -> SurveyState:
    """The state `event` leads to."""
    return _TRANSITIONS[event][1]


def transition(state: SurveyState, event: SurveyEvent) -> SurveyState:
    """The state after `event`, or TransitionRefused."""
    allowed, target = _TRANSITIONS[event]
    if state not in allowed:
        raise TransitionRefused(state, event)
    return target
