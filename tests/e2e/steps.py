"""Story steps the end-to-end tests share."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any


async def linked_client(tzk: Any, client_id: str = "C-1", name: str = "ООО «Ромашка»",
                        first_name: str = "Ирина", **delivery: Any) -> tuple[Any, Any]:
    """A delivery for a client who then opens their deep link; returns (user, recorded)."""
    recorded = await tzk.deliver(client_id, name, **delivery)
    user = await tzk.sb.user(first_name, language_code="ru")
    await tzk.sb.start(user.id, recorded.client.link_token)
    await shows(tzk, user.id, "Здравствуйте")
    return user, recorded


async def surveyed_client(tzk: Any, **kwargs: Any) -> tuple[Any, Any]:
    """A linked client whose survey the scheduler has sent (the delay has passed)."""
    user, recorded = await linked_client(tzk, **kwargs)
    tzk.clock.advance(days=3, minutes=1)
    await tzk.tick("dispatch")
    await shows(tzk, user.id, "Вопрос 1 из 4")
    return user, recorded


def buttons(message: Any) -> list[str]:
    """The message's inline buttons, row after row, as one list of their texts."""
    return message.button_texts()


async def shows(tzk: Any, chat_id: int, text: str, timeout: float = 10) -> Any:
    """Wait until a bot message in the chat shows `text` now (not in an earlier version)."""
    return await tzk.sb.wait_for_message(chat_id, predicate=lambda m: text in (m.text or ""),
                                         timeout=timeout)


async def answer(tzk: Any, user: Any, *labels: str) -> None:
    """Tap each button in turn, as the client sees it after the previous tap."""
    for label in labels:
        await tzk.sb.tap_and_see(user.id, label)


async def says(tzk: Any, user: Any, text: str, chat_id: int | None = None, timeout: float = 10) -> Any:
    """`user` writes `text` (in their chat with the bot unless `chat_id`); the bot's answer."""
    sent = await tzk.sb.send(user.id, text, chat_id=chat_id)
    return await tzk.sb.wait_for_message(chat_id or user.id, after=sent.message_id, timeout=timeout)


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 10) -> None:
    """Wait until `check()` holds: for what the bot records just after a chat shows it (a slow
    database may lag the sandbox)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        assert loop.time() < deadline, "the bot did not record it in time"
        await asyncio.sleep(0.05)


async def pings_recorded(tzk: Any) -> None:
    """Wait until every ping is recorded as posted, or as failed and waiting for a retry."""
    async def done() -> bool:
        return all(a.message_id or a.retry_at for a in await tzk.alerts())
    await eventually(done)
