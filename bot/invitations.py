"""One-time codes an admin hands out: to make a new admin, or to make someone a department head.

A code is redeemed by opening the bot's deep link with it (or sending /start CODE)."""

from __future__ import annotations

from datetime import timedelta

from telegram import User

from storage import admins, audit, departments, invites

from .intake import bot_username, deep_link
from .runtime import Runtime

VALID_FOR = timedelta(hours=24)
ADMIN = "admin"
HEAD = "head:"  # followed by the department's code


async def invite(rt: Runtime, purpose: str, by: User) -> tuple[str, str]:
    """A new code for `purpose` and its deep link."""
    async with rt.db.session() as session:
        code = await invites.create(session, purpose, by.id, rt.now(), VALID_FOR)
        await audit.record(session, at=rt.now(), user_id=by.id, user_name=by.full_name,
                           action="invite", subject=purpose)
        await session.commit()
    return code, deep_link(await bot_username(rt), code)


async def redeem(rt: Runtime, code: str, user: User) -> str | None:
    """Use up `code` for `user`; what it made them ("admin" or "head:<code>"), or None if the code
    is unknown, used or expired (then nothing changes)."""
    async with rt.db.session() as session:
        purpose = await invites.redeem(session, code, user.id, rt.now())
        if purpose is None:
            return None
        if purpose == ADMIN:
            await admins.add(session, user.id, user.full_name, None, rt.now())
        elif purpose.startswith(HEAD):
            department = await departments.by_code(session, purpose.removeprefix(HEAD))
            if department is None:  # gone since the code was made: nothing to redeem it for
                return None
            await departments.change(session, department, head_user_id=user.id,
                                     head_name=user.full_name)
        await audit.record(session, at=rt.now(), user_id=user.id, user_name=user.full_name,
                           action="redeem", subject=purpose)
        await session.commit()
    return purpose
