"""The things a sandbox world holds: the bot, users, chats, messages with their versions, files, taps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

GROUP_TYPES = ("group", "supergroup")


@dataclass
class BotProfile:
    """The bot as getMe shows it, plus the token that opens its world."""

    id: int
    token: str
    username: str
    first_name: str = "Sandbox bot"
    privacy: bool = True


@dataclass
class User:
    """A human in the world; `started` once they wrote to the bot, `blocked` while they block it."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    phone_number: str | None = None
    started: bool = False
    blocked: bool = False

    @property
    def full_name(self) -> str:
        """Return "First Last" as the app shows it."""
        return f"{self.first_name} {self.last_name}" if self.last_name else self.first_name


@dataclass
class Version:
    """One state of a message: what a reader saw between two edits."""

    text: str | None
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    date: int


@dataclass
class StoredFile:
    """An uploaded document or photo, kept byte for byte."""

    file_id: str
    unique_id: str
    kind: str
    filename: str
    mime_type: str
    data: bytes
    path: str | None = None  # given by getFile; the bot downloads /file/bot<token>/<path>

    @property
    def size(self) -> int:
        """Return the size in bytes."""
        return len(self.data)


@dataclass
class Message:
    """A message in a chat, from a user or the bot, with every version it went through."""

    message_id: int
    chat_id: int
    sender_id: int
    from_bot: bool
    date: int
    versions: list[Version]
    thread_id: int | None = None
    reply_to_id: int | None = None
    contact: dict[str, Any] | None = None
    file: StoredFile | None = None
    service: dict[str, Any] | None = None
    notified_user_ids: list[int] = field(default_factory=list)
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def current(self) -> Version:
        """Return the version the chat shows now."""
        return self.versions[-1]

    @property
    def edit_date(self) -> int | None:
        """Return the date of the last edit, or None if never edited."""
        return self.versions[-1].date if len(self.versions) > 1 else None

    @property
    def inline_keyboard(self) -> list[list[dict[str, Any]]]:
        """Return the rows of inline buttons the message shows now (empty if none)."""
        markup = self.current.reply_markup or {}
        return markup.get("inline_keyboard", [])


@dataclass
class Chat:
    """A private chat, group or supergroup (possibly a forum), as the bot's world knows it."""

    id: int
    type: str
    title: str | None = None
    is_forum: bool = False
    user_id: int | None = None
    members: list[int] = field(default_factory=list)
    admins: set[int] = field(default_factory=set)
    creator_id: int | None = None
    bot_status: str = "member"
    topics: dict[int, str] = field(default_factory=dict)
    messages: dict[int, Message] = field(default_factory=dict)
    reply_keyboard: dict[str, Any] | None = None
    next_message_id: int = 1

    @property
    def is_group(self) -> bool:
        """Return True for groups and supergroups."""
        return self.type in GROUP_TYPES

    def new_message_id(self) -> int:
        """Return the next message id; ids are per chat, as in Telegram."""
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


@dataclass
class CallbackQuery:
    """A tap on an inline button and, once the bot answers it, the answer."""

    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    label: str
    forged: bool
    answered: bool = False
    text: str | None = None
    show_alert: bool = False
    url: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the control-side view of the tap and its answer."""
        return {
            "callback_query_id": self.id,
            "user_id": self.user_id,
            "chat_id": self.chat_id,
            "message_id": self.message_id,
            "data": self.data,
            "button": self.label,
            "forged": self.forged,
            "answered": self.answered,
            "text": self.text,
            "show_alert": self.show_alert,
            "url": self.url,
        }


@dataclass
class Event:
    """One entry of a chat's history, in the order things happened (for transcripts)."""

    seq: int
    at: float
    chat_id: int
    kind: str
    data: dict[str, Any]


@dataclass
class CallRecord:
    """One Bot API request as the sandbox received and answered it."""

    seq: int
    at: float
    method: str
    params: dict[str, Any]
    http_status: int | None = None
    error_description: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the record as the control side lists it."""
        return {
            "seq": self.seq,
            "at": self.at,
            "method": self.method,
            "params": self.params,
            "http_status": self.http_status,
            "error_description": self.error_description,
        }
