"""SandboxBot: one bot's world seen from the control side — create people, act as them, read chats."""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass
from typing import Any

from .client_message import ChatMessage
from .client_types import CallbackAnswer, Group, SandboxTimeout, User, Who, id_of
from .client_world import WorldReader


@dataclass(frozen=True)
class Started:
    """The /start message a deep link sent, and whether the app dropped an invalid payload."""

    message: ChatMessage
    payload_dropped: bool


class SandboxBot(WorldReader):
    """Handle for one bot: `.id`, `.token`, `.username`, its humans' actions and its world's state."""

    def __repr__(self) -> str:
        return f"SandboxBot(id={self.id}, username={self.username!r})"

    # the cast --------------------------------------------------------------------------------

    async def user(self, first_name: str, **fields: Any) -> User:
        """Add a person (last_name, username, language_code, phone_number optional)."""
        return User.from_json(await self._call("POST", "users", {"first_name": first_name, **fields}))

    async def group(
        self,
        title: str,
        members: list[Who],
        forum: bool = False,
        admin: bool = True,
        kind: str | None = None,
        admins: list[Who] | None = None,
    ) -> Group:
        """Create a group with the bot in it (a forum is a supergroup); the first member is its creator."""
        body = {
            "title": title,
            "type": kind or ("supergroup" if forum else "group"),
            "is_forum": forum,
            "members": [id_of(m) for m in members],
            "bot_admin": admin,
            "admins": [id_of(a) for a in admins or []],
        }
        return Group.from_json(await self._call("POST", "groups", body))

    async def topic(self, chat_id: Who, name: str, user_id: Who | None = None) -> int:
        """Open a forum topic; return its message_thread_id."""
        body = {"name": name, **({"user_id": id_of(user_id)} if user_id is not None else {})}
        return (await self._call("POST", f"groups/{id_of(chat_id)}/topics", body))["message_thread_id"]

    async def add_member(self, chat_id: Who, user_id: Who) -> None:
        """A user joins a group."""
        await self._call("POST", f"groups/{id_of(chat_id)}/members", {"user_id": id_of(user_id)})

    async def set_bot_status(self, chat_id: Who, status: str, by: Who | None = None) -> None:
        """Make the bot member/administrator/left/kicked in a group (it gets my_chat_member)."""
        body = {"status": status, **({"user_id": id_of(by)} if by is not None else {})}
        await self._call("PUT", f"groups/{id_of(chat_id)}/bot", body)

    # what people do --------------------------------------------------------------------------

    async def start(self, user_id: Who, payload: str | None = None) -> Started:
        """Follow t.me/<bot>?start=<payload> (unblocking the bot first if needed)."""
        body = {"user_id": id_of(user_id), **({"payload": payload} if payload is not None else {})}
        data = await self._call("POST", "start", body)
        return Started(ChatMessage.from_json(data["message"]), data["payload_dropped"])

    async def send(
        self,
        user_id: Who,
        text: str,
        chat_id: Who | None = None,
        reply_to: int | None = None,
        thread_id: int | None = None,
    ) -> ChatMessage:
        """Write a message (default: in the user's private chat with the bot)."""
        body = {
            "user_id": id_of(user_id),
            "text": text,
            "chat_id": id_of(chat_id),
            "reply_to_message_id": reply_to,
            "message_thread_id": thread_id,
        }
        return ChatMessage.from_json(
            await self._call("POST", "messages", body)
        )

    async def send_document(
        self,
        user_id: Who,
        filename: str,
        data: bytes,
        caption: str | None = None,
        mime_type: str | None = None,
        chat_id: Who | None = None,
    ) -> ChatMessage:
        """Send a file as a document (default: in the user's private chat with the bot)."""
        body = {
            "user_id": id_of(user_id),
            "chat_id": id_of(chat_id),
            "filename": filename,
            "content": base64.b64encode(data).decode(),
            "mime_type": mime_type,
            "caption": caption,
        }
        return ChatMessage.from_json(await self._call("POST", "documents", body))

    async def tap(
        self,
        user_id: Who,
        button: str | None = None,
        data: str | None = None,
        chat_id: Who | None = None,
        message_id: int | None = None,
        wait: float | None = 5.0,
    ) -> CallbackAnswer:
        """Tap an inline button by its text (or send raw `data`), then wait for the bot's answer."""
        (answer,) = await self._taps(user_id, button, data, chat_id, message_id, 1, wait)
        return answer

    async def tap_and_see(self, user_id: Who, button: str, chat_id: Who | None = None,
                          timeout: float = 10.0) -> ChatMessage:
        """Tap `button` as a person would, then wait until the bot has shown its response there
        (an edit or a new message), so the next tap lands on what the person now sees."""
        chat = id_of(chat_id) if chat_id is not None else id_of(user_id)
        seen = {m.message_id: len(m.versions) for m in await self.messages(chat) if m.from_bot}
        await self.tap(user_id, button, chat_id=chat_id, wait=timeout)
        return await self.wait_for_message(
            chat, predicate=lambda m: len(m.versions) > seen.get(m.message_id, 0), timeout=timeout)

    async def double_tap(
        self,
        user_id: Who,
        button: str | None = None,
        data: str | None = None,
        chat_id: Who | None = None,
        message_id: int | None = None,
        wait: float | None = 5.0,
    ) -> tuple[CallbackAnswer, CallbackAnswer]:
        """Tap the same button twice, both on the keyboard as it is now (before any edit arrives)."""
        first, second = await self._taps(user_id, button, data, chat_id, message_id, 2, wait)
        return first, second

    async def _taps(
        self,
        user_id: Who,
        button: str | None,
        data: str | None,
        chat_id: Who | None,
        message_id: int | None,
        times: int,
        wait: float | None,
    ) -> list[CallbackAnswer]:
        """Send `times` taps at once and collect the bot's answers (raising if one never comes)."""
        body = {"user_id": id_of(user_id), "button": button, "data": data, "chat_id": id_of(chat_id)}
        body.update(message_id=message_id, times=times)
        tapped = await self._call("POST", "tap", body)
        deadline = time.monotonic() + (wait or 0)
        answers = []
        for query_id in tapped["callback_query_ids"]:
            answer = await self.callback(query_id, wait=max(0.0, deadline - time.monotonic()))
            if wait and not answer.answered:
                chat = id_of(chat_id) if chat_id is not None else id_of(user_id)
                raise SandboxTimeout(
                    f"the bot did not answer the tap on «{button or data}» within {wait}s; "
                    f"the chat shows:\n{await self.transcript(chat)}"
                )
            answers.append(answer)
        return answers

    async def callback(self, callback_query_id: str, wait: float = 0) -> CallbackAnswer:
        """Return how the bot answered a tap, waiting up to `wait` seconds for the answer."""
        return CallbackAnswer.from_json(
            await self._call("GET", f"callbacks/{callback_query_id}", wait=wait or None)
        )

    async def share_contact(
        self,
        user_id: Who,
        phone_number: str | None = None,
        contact_user_id: Who | None = None,
        first_name: str | None = None,
    ) -> ChatMessage:
        """Send a contact (default: the user's own, with the phone on file)."""
        body = {
            "user_id": id_of(user_id),
            "phone_number": phone_number,
            "contact_user_id": id_of(contact_user_id),
            "first_name": first_name,
        }
        return ChatMessage.from_json(
            await self._call("POST", "contact", body)
        )

    async def block(self, user_id: Who) -> None:
        """The user blocks the bot."""
        await self._call("POST", "block", {"user_id": id_of(user_id)})

    async def unblock(self, user_id: Who) -> None:
        """The user unblocks the bot."""
        await self._call("POST", "unblock", {"user_id": id_of(user_id)})
