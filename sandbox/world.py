"""One bot's world in memory: its users, chats, messages, update queue, taps, call log and event log."""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

from .faults import FaultQueue
from .limits import RateLimiter
from .models import BotProfile, CallbackQuery, CallRecord, Chat, Event, Message, StoredFile, User

# what Telegram leaves out when allowed_updates is empty or was never given
NOT_BY_DEFAULT = {"chat_member", "message_reaction", "message_reaction_count"}
FIRST_USER_ID = 100_000_001


class BotWorld:
    """Everything one bot can see or touch; it lives on the server's event loop, so needs no locks."""

    def __init__(self, bot: BotProfile) -> None:
        self.bot = bot
        self.users: dict[int, User] = {}
        self.chats: dict[int, Chat] = {}
        self.files: dict[str, StoredFile] = {}
        self.callbacks: dict[str, CallbackQuery] = {}
        self.events: list[Event] = []
        self.calls: list[CallRecord] = []
        self.commands: dict[str, dict[str, Any]] = {}
        self.webhook: dict[str, Any] | None = None
        self.limits = RateLimiter()
        self.faults = FaultQueue()
        self.updates: list[dict[str, Any]] = []
        self.allowed_updates: list[str] | None = None
        self.delivered_up_to = 0
        self.poll_generation = 0
        self.closed = False
        self._next_update_id = 1
        self._group_seq = 0
        self._seq = 0
        self._in_flight = 0
        self._last_call_end = time.monotonic()
        self._changed = asyncio.Event()

    # ids and lookups -------------------------------------------------------------------------

    def next_seq(self) -> int:
        """Return a number that orders everything that happens in this world."""
        self._seq += 1
        return self._seq

    def new_user_id(self) -> int:
        """Return the next free user id (100000001 up)."""
        return FIRST_USER_ID + len(self.users)

    def new_group_id(self, kind: str) -> int:
        """Return a fresh chat id shaped like Telegram's: -4… for groups, -100… for supergroups."""
        self._group_seq += 1
        base = 1_002_000_000_000 if kind == "supergroup" else 4_000_000_000
        return -(base + self._group_seq)

    def user_by_username(self, username: str) -> User | None:
        """Return the user with this @username (case-insensitive), if any."""
        wanted = username.lstrip("@").lower()
        return next((u for u in self.users.values() if (u.username or "").lower() == wanted), None)

    def private_chat(self, user: User) -> Chat:
        """Return the user's private chat with the bot, creating it on first use."""
        chat = self.chats.get(user.id)
        if chat is None:
            chat = Chat(id=user.id, type="private", user_id=user.id, members=[user.id])
            self.chats[user.id] = chat
        return chat

    def chat_title(self, chat: Chat) -> str:
        """Return what the app shows as the chat's name."""
        if chat.type == "private" and chat.user_id in self.users:
            return self.users[chat.user_id].full_name
        return chat.title or str(chat.id)

    def sender_name(self, message: Message) -> str:
        """Return the display name of whoever sent a message."""
        if message.from_bot:
            return self.bot.first_name
        user = self.users.get(message.sender_id)
        return user.full_name if user else str(message.sender_id)

    # history -----------------------------------------------------------------------------------

    def add_message(self, chat: Chat, message: Message) -> Message:
        """Store a new message and log it in the chat's history."""
        chat.messages[message.message_id] = message
        self.log(chat.id, "message", message_id=message.message_id)
        return message

    def log(self, chat_id: int, kind: str, **data: Any) -> Event:
        """Append to the event log that transcripts are rendered from."""
        event = Event(seq=self.next_seq(), at=time.time(), chat_id=chat_id, kind=kind, data=data)
        self.events.append(event)
        self.touch()
        return event

    # the update queue --------------------------------------------------------------------------

    def queue_update(self, kind: str, payload: dict[str, Any]) -> int | None:
        """Queue an update unless allowed_updates excludes its type (Telegram drops those at once)."""
        allowed = self.allowed_updates
        if (kind not in allowed) if allowed else (kind in NOT_BY_DEFAULT):
            return None
        update_id = self._next_update_id
        self._next_update_id += 1
        self.updates.append({"update_id": update_id, kind: payload})
        self.touch()
        return update_id

    def confirm(self, offset: int) -> None:
        """Forget updates as getUpdates' offset says: below `offset`, or all but the last -offset."""
        if offset > 0:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        elif offset < 0:
            self.updates = self.updates[offset:]

    def pending(self, limit: int) -> list[dict[str, Any]]:
        """Return up to `limit` unconfirmed updates, oldest first."""
        return self.updates[:limit]

    def mark_delivered(self, updates: list[dict[str, Any]]) -> None:
        """Note that these updates reached the bot."""
        if updates:
            self.delivered_up_to = max(self.delivered_up_to, updates[-1]["update_id"])

    def drop_pending_updates(self) -> None:
        """Forget every queued update (deleteWebhook/setWebhook drop_pending_updates)."""
        self.updates.clear()
        self.delivered_up_to = self._next_update_id - 1

    # waiting -----------------------------------------------------------------------------------

    def touch(self) -> None:
        """Wake everyone waiting for a change (long polls, callback waits)."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_change(self, timeout: float) -> None:
        """Sleep until something changes or `timeout` seconds pass."""
        event = self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), timeout=max(0.0, timeout))

    # the call log ------------------------------------------------------------------------------

    def begin_call(self, method: str, params: dict[str, Any]) -> CallRecord:
        """Log the start of a Bot API request."""
        record = CallRecord(seq=self.next_seq(), at=time.time(), method=method, params=params)
        self.calls.append(record)
        if method != "getUpdates":
            self._in_flight += 1
        return record

    def end_call(self, record: CallRecord, status: int, description: str | None) -> None:
        """Log how a Bot API request was answered."""
        record.http_status = status
        record.error_description = description
        if record.method != "getUpdates":
            self._in_flight -= 1
            self._last_call_end = time.monotonic()
        self.touch()

    def is_idle(self, quiet: float) -> bool:
        """Return True if all updates reached the bot and it made no call for `quiet` seconds."""
        undelivered = any(u["update_id"] > self.delivered_up_to for u in self.updates)
        calm = time.monotonic() - self._last_call_end >= quiet
        return not undelivered and self._in_flight == 0 and calm
