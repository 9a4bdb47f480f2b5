"""Telegram's flood control: per bot per second, per private chat (token bucket), per group per minute."""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass
class LimitSettings:
    """The limits one bot is held to; the defaults are Telegram's published ones."""

    enabled: bool = True
    per_bot_per_second: int = 30
    per_chat_burst: int = 10
    per_chat_per_second: float = 1.0
    per_group_per_minute: int = 20

    def to_json(self) -> dict[str, Any]:
        """Return the settings as JSON."""
        return asdict(self)


class RateLimiter:
    """Counts sends and edits; a refused request takes nothing, so a retry after retry_after passes."""

    def __init__(self) -> None:
        self.settings = LimitSettings()
        self._bot: deque[float] = deque()
        self._groups: dict[int, deque[float]] = {}
        self._buckets: dict[int, tuple[float, float]] = {}

    def update(self, changes: dict[str, Any]) -> LimitSettings:
        """Apply new settings (validated); raise ValueError with a readable message on bad input."""
        known = {f.name: f.type for f in fields(LimitSettings)}
        for name, value in changes.items():
            if name not in known:
                raise ValueError(f"unknown limit {name!r}; known: {', '.join(known)}")
            if name == "enabled":
                if not isinstance(value, bool):
                    raise ValueError("enabled must be true or false")
            elif isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"{name} must be a positive number")
        for name, value in changes.items():
            setattr(self.settings, name, value if name in ("enabled", "per_chat_per_second") else int(value))
        burst = self.settings.per_chat_burst
        self._buckets = {chat: (min(tokens, burst), at) for chat, (tokens, at) in self._buckets.items()}
        return self.settings

    def acquire(self, chat_id: int, is_group: bool, now: float | None = None) -> int | None:
        """Take one send for this chat; return None if allowed, else whole seconds to wait (>= 1)."""
        if not self.settings.enabled:
            return None
        now = time.monotonic() if now is None else now
        s = self.settings
        wait = _window_wait(self._bot, s.per_bot_per_second, 1.0, now)
        if is_group:
            window = self._groups.setdefault(chat_id, deque())
            wait = max(wait, _window_wait(window, s.per_group_per_minute, 60.0, now))
        else:
            tokens = self._bucket_tokens(chat_id, now)
            if tokens < 1:
                wait = max(wait, (1 - tokens) / s.per_chat_per_second)
        if wait > 0:
            return max(1, math.ceil(wait))
        self._bot.append(now)
        if is_group:
            self._groups[chat_id].append(now)
        else:
            self._buckets[chat_id] = (self._bucket_tokens(chat_id, now) - 1, now)
        return None

    def _bucket_tokens(self, chat_id: int, now: float) -> float:
        """Return the tokens a chat's bucket holds at `now` (a new bucket starts full)."""
        s = self.settings
        tokens, at = self._buckets.get(chat_id, (float(s.per_chat_burst), now))
        return min(float(s.per_chat_burst), tokens + (now - at) * s.per_chat_per_second)


def _window_wait(window: deque[float], limit: int, span: float, now: float) -> float:
    """Return how long until a sliding window of `span` seconds has room for one more (0 if now)."""
    while window and window[0] <= now - span:
        window.popleft()
    if len(window) < limit:
        return 0.0
    return window[len(window) - limit] + span - now
