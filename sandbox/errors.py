"""The two ways the sandbox refuses: a Bot API error in Telegram's format, and a control-side error."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """A Bot API refusal: answered as {"ok": false, "error_code", "description"} with that HTTP status."""

    def __init__(self, status: int, description: str, retry_after: int | None = None,
                 migrate_to_chat_id: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after
        self.migrate_to_chat_id = migrate_to_chat_id

    def body(self) -> dict[str, Any]:
        """Return the JSON body Telegram sends for this error."""
        body: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        parameters = {key: value for key, value in (("retry_after", self.retry_after),
                                                    ("migrate_to_chat_id", self.migrate_to_chat_id))
                      if value is not None}
        if parameters:
            body["parameters"] = parameters
        return body


def bad_request(text: str) -> ApiError:
    """Return a 400 with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {text}")


def forbidden(text: str) -> ApiError:
    """Return a 403 with Telegram's "Forbidden: " prefix."""
    return ApiError(403, f"Forbidden: {text}")


def too_many_requests(retry_after: int) -> ApiError:
    """Return Telegram's flood-control 429."""
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)


class ControlError(Exception):
    """A control-side refusal: answered as {"error": message} with a 4xx status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def not_found(message: str) -> ControlError:
    """Return a control-side 404 (no such user, chat, message, button...)."""
    return ControlError(404, message)


def invalid(message: str) -> ControlError:
    """Return a control-side 400 (malformed input)."""
    return ControlError(400, message)


def conflict(message: str) -> ControlError:
    """Return a control-side 409 (the action is not possible in the current state)."""
    return ControlError(409, message)
