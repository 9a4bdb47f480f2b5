"""The survey state machine: every allowed transition and a refusal for everything else."""

import pytest

from feedback.states import FINAL_STATES, OPEN_STATES, TransitionRefused, sources, target, transition
from feedback.states import SurveyEvent as E
from feedback.states import SurveyState as S

ALLOWED = {
    (S.SCHEDULED, E.CLAIM): S.SENDING,
    (S.SENDING, E.RECLAIM): S.SENDING,
    (S.SENDING, E.DELIVERED): S.SENT,
    (S.SENDING, E.RELEASE): S.SCHEDULED,
    (S.SENDING, E.FAIL): S.FAILED,
    (S.SENT, E.ANSWER): S.IN_PROGRESS,
    (S.IN_PROGRESS, E.ANSWER): S.IN_PROGRESS,
    (S.SENT, E.COMPLETE): S.COMPLETED,
    (S.IN_PROGRESS, E.COMPLETE): S.COMPLETED,
    (S.SCHEDULED, E.EXPIRE): S.EXPIRED,
    (S.SENDING, E.EXPIRE): S.EXPIRED,  # a claim abandoned by a crashed tick
    (S.SENT, E.EXPIRE): S.EXPIRED,
    (S.IN_PROGRESS, E.EXPIRE): S.EXPIRED,
    (S.SCHEDULED, E.CANCEL): S.CANCELLED,
    (S.SENT, E.CANCEL): S.CANCELLED,
    (S.IN_PROGRESS, E.CANCEL): S.CANCELLED,
    (S.SCHEDULED, E.THROTTLE): S.THROTTLED,
}


@pytest.mark.parametrize("state, event", list(ALLOWED))
def test_allowed_transitions_lead_where_they_should(state, event):
    assert transition(state, event) == ALLOWED[(state, event)]
    assert state in sources(event) and target(event) == ALLOWED[(state, event)]


REFUSED = [(s, e) for s in S for e in E if (s, e) not in ALLOWED]


@pytest.mark.parametrize("state, event", REFUSED)
def test_every_other_transition_is_refused(state, event):
    with pytest.raises(TransitionRefused):
        transition(state, event)
    assert state not in sources(event)


def test_final_states_accept_nothing_and_every_other_state_something():
    for state in FINAL_STATES:
        assert all((state, event) not in ALLOWED for event in E)
    assert {state for state, _ in ALLOWED} == set(S) - FINAL_STATES


def test_only_open_surveys_take_answers():
    assert sources(E.ANSWER) == OPEN_STATES == {S.SENT, S.IN_PROGRESS}


def test_a_second_claim_of_the_same_survey_is_refused():
    claimed = transition(S.SCHEDULED, E.CLAIM)
    with pytest.raises(TransitionRefused, match="claim is not allowed in state sending"):
        transition(claimed, E.CLAIM)
