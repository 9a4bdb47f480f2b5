"""All bot worlds of one sandbox server, found by token (Bot API side) or by bot id (control side)."""

from __future__ import annotations

import re
import secrets

from .errors import ApiError, invalid, not_found
from .models import BotProfile
from .world import BotWorld

TOKEN_RE = re.compile(r"^(\d+):[A-Za-z0-9_-]{30,}$")
BOT_USERNAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{2,29}bot$", re.IGNORECASE)


class Registry:
    """Holds every bot's world; a well-formed token of an unknown bot creates its world."""

    def __init__(self) -> None:
        self.worlds: dict[int, BotWorld] = {}
        self.closed = False

    def world_for_token(self, token: str) -> BotWorld:
        """Return the world a Bot API token opens; 404 if malformed, 401 if another bot owns the id."""
        match = TOKEN_RE.match(token)
        if not match:
            raise ApiError(404, "Not Found")
        bot_id = int(match.group(1))
        world = self.worlds.get(bot_id)
        if world is None:
            world = self._add(BotProfile(id=bot_id, token=token, username=f"sandbox_{bot_id}_bot"))
        elif world.bot.token != token:
            raise ApiError(401, "Unauthorized")
        return world

    def world_for_id(self, bot_id: int | str) -> BotWorld:
        """Return the world of a bot by its numeric id (control side)."""
        try:
            world = self.worlds.get(int(bot_id))
        except ValueError:
            world = None
        if world is None:
            raise not_found(f"no bot {bot_id}: create it with POST /sandbox/bots or call its Bot API first")
        return world

    def create_bot(self, username: str | None, first_name: str | None, privacy: bool = True) -> BotWorld:
        """Create a bot with a fresh random token; usernames may repeat, since every world stands alone."""
        bot_id = secrets.randbelow(900_000_000) + 7_000_000_000
        while bot_id in self.worlds:
            bot_id += 1
        username = username or f"sandbox_{bot_id}_bot"
        if not BOT_USERNAME_RE.match(username):
            raise invalid("a bot username is 5-32 letters, digits or _ , starts with a letter, ends in 'bot'")
        if first_name is not None and not (isinstance(first_name, str) and 1 <= len(first_name) <= 64):
            raise invalid("first_name must be 1-64 characters")
        token = f"{bot_id}:AA{secrets.token_urlsafe(26)}"
        profile = BotProfile(id=bot_id, token=token, username=username, privacy=privacy)
        if first_name:
            profile.first_name = first_name
        return self._add(profile)

    def _add(self, profile: BotProfile) -> BotWorld:
        """Register a new world."""
        world = BotWorld(profile)
        world.closed = self.closed
        self.worlds[profile.id] = world
        return world

    def reopen(self) -> None:
        """Let long polls wait again (the server is starting, maybe after a stop)."""
        self.closed = False
        for world in self.worlds.values():
            world.closed = False

    def close(self) -> None:
        """Release every long poll and waiter (the server is stopping)."""
        self.closed = True
        for world in self.worlds.values():
            world.closed = True
            world.touch()
