"""Who an admin means: the author of the message they replied to, or a numeric id they typed."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Message


@dataclass(frozen=True)
class Person:
    user_id: int
    name: str
    is_bot: bool = False
    username: str | None = None


def meant(message: Message, args: list[str]) -> Person | None:
    """The person a command is about: the replied-to message's author, else the first argument
    that is a user id; None if neither is there."""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None:
        author = replied.from_user
        return Person(author.id, author.full_name, author.is_bot, author.username)
    for arg in args:
        if arg.isdigit() and 0 < int(arg) < 2**53:
            return Person(int(arg), arg)
    return None
