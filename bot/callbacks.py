"""The callback-data codec: compact, versioned, and parsed as untrusted input.

Survey buttons carry `q1:<action>:<survey>:<step>[:<value>]`, e.g. `q1:a:42:2:5` ("answer 5 at step
2 of survey 42"); the buttons under a ping in the staff chat carry `s1:<action>:<alert>`, e.g.
`s1:t:7` ("take alert 7"). Anything that does not parse exactly is a forgery or a button from an
older release; it decodes to None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

PREFIX = "q1"
MAX_BYTES = 64
_PATTERN = re.compile(rf"^{PREFIX}:([abs]):(\d{{1,12}}):(\d{{1,3}})(?::([a-z0-9_]{{1,16}}))?$")


class Action(StrEnum):
    ANSWER = "a"
    BACK = "b"
    SKIP = "s"  # skip the "what went wrong?" follow-up


@dataclass(frozen=True)
class SurveyTap:
    action: Action
    survey_id: int
    step: int
    value: str | None = None

    def encode(self) -> str:
        parts = [PREFIX, self.action.value, str(self.survey_id), str(self.step)]
        if self.value is not None:
            parts.append(self.value)
        data = ":".join(parts)
        if len(data.encode()) > MAX_BYTES:
            raise ValueError("callback data over 64 bytes")
        return data


def decode(data: str | None) -> SurveyTap | None:
    """The tap `data` stands for, or None when it is not well-formed."""
    match = _PATTERN.fullmatch(data or "")
    if not match:
        return None
    action, survey_id, step, value = match.groups()
    if (action == Action.ANSWER) != (value is not None):
        return None
    return SurveyTap(Action(action), int(survey_id), int(step), value)


SURVEY_PATTERN = rf"^{PREFIX}:"


ALERT_PREFIX = "s1"
_ALERT_PATTERN = re.compile(rf"^{ALERT_PREFIX}:([tr]):(\d{{1,12}})$")


class AlertAction(StrEnum):
    TAKE = "t"
    RESOLVE = "r"


@dataclass(frozen=True)
class AlertTap:
    action: AlertAction
    alert_id: int

    def encode(self) -> str:
        return f"{ALERT_PREFIX}:{self.action.value}:{self.alert_id}"


def decode_alert(data: str | None) -> AlertTap | None:
    """The staff-chat tap `data` stands for, or None when it is not well-formed."""
    match = _ALERT_PATTERN.fullmatch(data or "")
    if not match:
        return None
    return AlertTap(AlertAction(match.group(1)), int(match.group(2)))


ALERT_PATTERN = rf"^{ALERT_PREFIX}:"
