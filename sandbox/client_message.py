"""A chat message as the control client returns it: text, every version, buttons, attachments."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Button:
    """An inline button: its label and what it does."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ChatMessage:
    """A message as the chat shows it, with every earlier version."""

    message_id: int
    chat_id: int
    from_bot: bool
    sender_id: int
    text: str | None
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    versions: list[dict[str, Any]]
    deleted: bool
    thread_id: int | None
    notified_user_ids: list[int]
    raw: dict[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChatMessage:
        """Build from the control side's JSON."""
        return cls(
            data["message_id"],
            data["chat_id"],
            data["from"]["is_bot"],
            data["from"]["id"],
            data["text"],
            data["entities"],
            data["reply_markup"],
            data["versions"],
            data["deleted"],
            data["message_thread_id"],
            data["notified_user_ids"],
            data,
        )

    def buttons(self) -> list[Button]:
        """Return the inline buttons in reading order (row by row)."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [Button(b["text"], b.get("callback_data"), b.get("url")) for row in rows for b in row]

    def button_texts(self) -> list[str]:
        """Return the inline buttons' labels in reading order."""
        return [button.text for button in self.buttons()]

    def button_rows(self) -> list[list[str]]:
        """Return the inline buttons' labels row by row (the keyboard's layout)."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [[b["text"] for b in row] for row in rows]

    def reply_keyboard(self) -> list[list[str]]:
        """Return the labels of the reply keyboard this message set, row by row."""
        rows = (self.reply_markup or {}).get("keyboard", [])
        return [[b["text"] for b in row] for row in rows]

    @property
    def message_thread_id(self) -> int | None:
        """Return the forum topic the message is in (same as thread_id)."""
        return self.thread_id

    @property
    def texts(self) -> list[str | None]:
        """Return the text of every version, oldest first."""
        return [v["text"] for v in self.versions]

    @property
    def edited(self) -> bool:
        """Return True if the message was edited."""
        return len(self.versions) > 1

    @property
    def document(self) -> dict[str, Any] | None:
        """Return the document's file_id, filename, mime_type and size, if any."""
        return self.raw.get("document")

    @property
    def photo(self) -> dict[str, Any] | None:
        """Return the photo's file_id, filename, mime_type and size, if any."""
        return self.raw.get("photo")

    @property
    def contact(self) -> dict[str, Any] | None:
        """Return the shared contact, if any."""
        return self.raw.get("contact")
