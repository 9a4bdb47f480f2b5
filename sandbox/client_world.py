"""The half of a SandboxBot handle that reads the bot's world and sets its weather (faults, limits)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .client_message import ChatMessage
from .client_types import Call, ChatView, SandboxTimeout, Who, id_of

if TYPE_CHECKING:
    from .client import SandboxClient


class WorldReader:
    """Identity of one bot plus everything that reads its world; SandboxBot adds the people."""

    def __init__(self, client: SandboxClient, info: dict[str, Any]) -> None:
        self.client = client
        self.id: int = info["id"]
        self.token: str = info["token"]
        self.username: str = info["username"]
        self.first_name: str = info["first_name"]
        self.api_url: str = info["api_url"]

    async def _call(self, verb: str, tail: str, json: Any = None, /, **query: Any) -> Any:
        """Call a route under /sandbox/bots/<id>/ (query parameters as keywords)."""
        return await self.client.request(verb, f"/bots/{self.id}/{tail}", json=json, params=query)

    # the weather -----------------------------------------------------------------------------

    async def fault(
        self,
        method: str = "*",
        status: int | None = None,
        *,
        chat_id: Who | None = None,
        description: str | None = None,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        times: int = 1,
        delay: float | None = None,
        after_apply: bool = False,
    ) -> None:
        """Queue a fault for the next matching Bot API call(s)."""
        body = {
            "method": method,
            "status": status,
            "chat_id": id_of(chat_id),
            "description": description,
            "retry_after": retry_after,
            "migrate_to_chat_id": migrate_to_chat_id,
            "times": times,
            "delay": delay,
            "after_apply": after_apply,
        }
        await self._call("POST", "faults", body)

    async def clear_faults(self) -> None:
        """Drop every queued fault."""
        await self._call("DELETE", "faults")

    async def limits(self, **settings: Any) -> dict[str, Any]:
        """Change rate limits: enabled, per_bot_per_second, per_chat_burst, per_chat_per_second,
        per_group_per_minute; return them all."""
        return await self._call("PUT", "limits", settings)

    # reading ---------------------------------------------------------------------------------

    async def chat(self, chat_id: Who) -> ChatView:
        """Return a chat with all its messages (every version) and tap answers."""
        data = await self._call("GET", f"chats/{id_of(chat_id)}")
        return ChatView(
            data["chat"], [ChatMessage.from_json(m) for m in data["messages"]], data["callback_answers"]
        )

    async def messages(self, chat_id: Who) -> list[ChatMessage]:
        """Return every message of a chat, oldest first."""
        return (await self.chat(chat_id)).messages

    async def transcript(self, chat_id: Who | None = None) -> str:
        """Return a chat (or, with no chat_id, every chat) as a person reads it."""
        tail = f"chats/{id_of(chat_id)}/transcript" if chat_id is not None else "transcript"
        return (await self.client.request("GET", f"/bots/{self.id}/{tail}", raw=True)).text

    async def calls(
        self, method: str | None = None, chat_id: Who | None = None, after: int | None = None
    ) -> list[Call]:
        """Return the Bot API requests the bot made, in order: one method, one chat, after a seq."""
        rows = await self._call("GET", "calls", method=method, chat_id=id_of(chat_id), after=after)
        return [Call(**row) for row in rows]

    async def file(self, file_id: str) -> bytes:
        """Return the bytes of a document or photo the bot sent."""
        return (await self.client.request("GET", f"/bots/{self.id}/files/{file_id}", raw=True)).content

    async def commands(self) -> list[dict[str, Any]]:
        """Return the command menus the bot set, by scope and language."""
        return await self._call("GET", "commands")

    async def updates(self) -> list[dict[str, Any]]:
        """Return the updates queued and not yet confirmed by the bot."""
        return await self._call("GET", "updates")

    async def idle(self, quiet: float = 0.3, timeout: float = 5) -> bool:
        """Wait until the bot fetched every update and made no call for `quiet` s; False at timeout."""
        return (await self._call("GET", "idle", quiet=quiet, timeout=timeout))["idle"]

    async def wait_for_message(
        self,
        chat_id: Who,
        contains: str | None = None,
        predicate: Callable[[ChatMessage], bool] | None = None,
        timeout: float = 10,
        after: int | None = None,
    ) -> ChatMessage:
        """Wait for a bot message (any version) matching; `after` skips message ids up to it."""
        deadline = time.monotonic() + timeout
        while True:
            for msg in (await self.chat(chat_id)).bot_messages:
                if after is not None and msg.message_id <= after:
                    continue
                if contains is not None and not any(contains in (t or "") for t in msg.texts):
                    continue
                if predicate is None or predicate(msg):
                    return msg
            if time.monotonic() >= deadline:
                wanted = f"containing {contains!r}" if contains is not None else "matching the predicate"
                raise SandboxTimeout(
                    f"no bot message {wanted} within {timeout}s; the chat shows:\n"
                    f"{await self.transcript(chat_id)}"
                )
            await asyncio.sleep(0.05)
