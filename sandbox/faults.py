"""Faults a test queues on purpose: errors, slow answers, and calls that succeed but answer an error."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .errors import ApiError

DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    420: "Flood",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class Fault:
    """One queued fault; `times` counts down as matching requests consume it."""

    method: str = "*"
    chat_id: str | None = None
    status: int | None = None
    description: str | None = None
    retry_after: int | None = None
    migrate_to_chat_id: int | None = None  # "the group became this supergroup"
    times: int = 1
    delay: float = 0.0
    after_apply: bool = False

    def matches(self, method: str, chat_id: Any) -> bool:
        """Return True if this fault applies to a call of `method` for `chat_id`."""
        if self.method == "*":
            # long polling is left alone by "*": a fault there would only stall the bot's updater
            if method.lower() == "getupdates":
                return False
        elif self.method.lower() != method.lower():
            return False
        return self.chat_id is None or str(chat_id) == self.chat_id

    def error(self) -> ApiError:
        """Return the error this fault answers with."""
        status = self.status or 500
        if status == 429:
            retry_after = self.retry_after or 1
            description = self.description or f"Too Many Requests: retry after {retry_after}"
            return ApiError(429, description, retry_after=retry_after)
        description = self.description or DEFAULT_DESCRIPTIONS.get(status, "Error")
        return ApiError(status, description, retry_after=self.retry_after,
                        migrate_to_chat_id=self.migrate_to_chat_id)

    def to_json(self) -> dict[str, Any]:
        """Return the fault as JSON."""
        return asdict(self)


FAULT_FIELDS = tuple(Fault.__dataclass_fields__)


class FaultQueue:
    """Faults in the order they were queued; the first matching one is consumed."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        """Queue a fault."""
        self._faults.append(fault)

    def clear(self) -> None:
        """Drop every queued fault."""
        self._faults.clear()

    def take(self, method: str, chat_id: Any) -> Fault | None:
        """Consume one use of the first fault matching this call, if any."""
        for fault in self._faults:
            if fault.matches(method, chat_id):
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    def pending(self) -> list[Fault]:
        """Return the faults still queued."""
        return list(self._faults)


def fault_from_json(body: dict[str, Any]) -> Fault:
    """Build a Fault from control-side JSON; raise ValueError with a readable message on bad input."""
    unknown = set(body) - set(FAULT_FIELDS)
    if unknown:
        raise ValueError(f"unknown fault field(s): {', '.join(sorted(unknown))}")
    method = body.get("method", "*")
    status = body.get("status")
    delay = body.get("delay", 0) or 0
    times = body.get("times", 1)
    if not isinstance(method, str) or not method:
        raise ValueError('method must be a Bot API method name or "*"')
    if status == 200:
        status = None  # "answer OK, only late": the same as giving just a delay
    if status is not None and (not isinstance(status, int) or not 400 <= status <= 599):
        raise ValueError("status must be an HTTP error code (400-599), or 200 with a delay")
    if status is None and not delay:
        raise ValueError("a fault needs a status, a delay, or both")
    if not isinstance(times, int) or isinstance(times, bool) or times < 1:
        raise ValueError("times must be a positive integer")
    if not isinstance(delay, (int, float)) or not 0 <= delay <= 120:
        raise ValueError("delay must be 0-120 seconds")
    retry_after = body.get("retry_after")
    if retry_after is not None and (not isinstance(retry_after, int) or retry_after < 1):
        raise ValueError("retry_after must be a positive integer")
    migrate_to = body.get("migrate_to_chat_id")
    if migrate_to is not None and (not isinstance(migrate_to, int) or isinstance(migrate_to, bool)):
        raise ValueError("migrate_to_chat_id must be a chat id")
    chat_id = body.get("chat_id")
    return Fault(
        method=method,
        chat_id=None if chat_id is None else str(chat_id),
        status=status,
        description=body.get("description"),
        retry_after=retry_after,
        migrate_to_chat_id=migrate_to,
        times=times,
        delay=float(delay),
        after_apply=bool(body.get("after_apply", False)),
    )
