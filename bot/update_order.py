"""Updates of one chat in the order they came, different chats side by side.

A client's block and unblock, or a tap and the comment typed after it, must not overtake each
other; but one slow or chatty client must not hold up the others.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# PTB's own gate only caps how many updates wait here; the real limit is taken inside the chat's
# turn, so one chat's backlog cannot fill every slot and starve the other chats.
_WAITING_LIMIT = 100_000


class PerChatOrder(BaseUpdateProcessor):
    """Runs up to `running` updates at once, one at a time per chat, in arrival order."""

    def __init__(self, running: int) -> None:
        super().__init__(_WAITING_LIMIT)
        self._slots = asyncio.BoundedSemaphore(running)
        self._turns: dict[int, tuple[asyncio.Lock, int]] = {}  # chat → (its lock, users of it)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_of(update)
        if key is None:
            async with self._slots:
                await coroutine
            return
        lock, users = self._turns.get(key, (asyncio.Lock(), 0))
        self._turns[key] = (lock, users + 1)
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            lock, users = self._turns[key]
            if users == 1:
                del self._turns[key]  # nobody else holds or waits for this chat's turn
            else:
                self._turns[key] = (lock, users - 1)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


def _chat_of(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user else None
