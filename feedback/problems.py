"""Why a value was refused, as a code the reader's language can be chosen for.

Validators raise `refused(code, english, **values)`; pydantic's own refusals (missing, too long…)
are read by their type. A caller renders the code in Russian or English; str() is the English,
for logs, tests and the HTTP API's machine callers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import PydanticCustomError

# pydantic's error types → our codes (the values each text takes come from the error's ctx)
_PYDANTIC = {
    "missing": "empty", "string_too_short": "empty", "string_too_long": "too_long",
    "string_pattern_mismatch": "form", "greater_than_equal": "negative",
    "decimal_max_digits": "too_big", "decimal_whole_digits": "too_big",
    "decimal_max_places": "decimal_places", "decimal_parsing": "number", "decimal_type": "number",
    "datetime_parsing": "when", "datetime_from_date_parsing": "when", "datetime_type": "when",
    "extra_forbidden": "unknown_field", "string_type": "text",
}


@dataclass(frozen=True)
class Problem:
    code: str
    english: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.english


class Refused(ValueError):
    """A value refused with a Problem (for readers outside pydantic)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.english)
        self.problem = problem


def refused(code: str, english: str, **values: Any) -> PydanticCustomError:
    """The error a pydantic validator raises: its type is our code."""
    return PydanticCustomError(code, english, values)


def from_pydantic(error: Mapping[str, Any]) -> Problem:
    """One entry of ValidationError.errors() as a Problem."""
    kind, context = error["type"], dict(error.get("ctx") or {})
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind in _PYDANTIC:
        limit = context.get("max_length") or context.get("max_digits") or context.get("decimal_places")
        return Problem(_PYDANTIC[kind], message, {"limit": limit} if limit is not None else {})
    if kind == "value_error":
        return Problem("invalid", message)
    return Problem(kind, message, context)  # one of ours (see refused)
