"""What the control client returns: small read-only records that make test code read well."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .client_message import ChatMessage


class SandboxError(Exception):
    """The control side refused a request (bad input, unknown user, no such button...)."""

    def __init__(self, status: int, error: str) -> None:
        super().__init__(f"{status}: {error}")
        self.status = status
        self.error = error


class SandboxTimeout(AssertionError):
    """Something a test waited for did not happen in time (the message says what the chat shows)."""


@dataclass(frozen=True)
class User:
    """A person in the bot's world."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    phone_number: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> User:
        """Build from the control side's JSON."""
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})  # type: ignore[arg-type]


@dataclass(frozen=True)
class Group:
    """A group or supergroup the bot is in."""

    id: int
    title: str
    type: str
    is_forum: bool
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Group:
        """Build from the control side's JSON."""
        return cls(data["id"], data["title"], data["type"], bool(data.get("is_forum")), data)


@dataclass(frozen=True)
class CallbackAnswer:
    """A tap and how the bot answered it."""

    callback_query_id: str
    message_id: int
    data: str
    answered: bool
    text: str | None
    show_alert: bool
    url: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallbackAnswer:
        """Build from the control side's JSON."""
        return cls(
            data["callback_query_id"],
            data["message_id"],
            data["data"],
            data["answered"],
            data["text"],
            data["show_alert"],
            data.get("url"),
        )


@dataclass(frozen=True)
class Call:
    """One Bot API request the bot made, and the HTTP status it got."""

    seq: int
    at: float
    method: str
    params: dict[str, Any]
    http_status: int | None
    error_description: str | None

    @property
    def ok(self) -> bool:
        """Return True if the request succeeded."""
        return self.http_status == 200


@dataclass(frozen=True)
class ChatView:
    """A chat with all its messages and the bot's answers to taps."""

    chat: dict[str, Any]
    messages: list[ChatMessage]
    callback_answers: list[dict[str, Any]]

    @property
    def bot_messages(self) -> list[ChatMessage]:
        """Return the messages the bot sent."""
        return [m for m in self.messages if m.from_bot]


Who = int | User | Group  # anywhere an id is asked, the record itself will do


def id_of(who: Who | None) -> int | None:
    """Return the id of a user, a group, or a plain id."""
    return who.id if isinstance(who, (User, Group)) else who
