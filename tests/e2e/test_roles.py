"""Every command but the public ones checks the role of whoever sends it, at the moment of use.

The commands come from the running application itself, so a new command cannot be forgotten.
"""

from sqlalchemy import func, select
from telegram.ext import CommandHandler, ConversationHandler

from bot.commands import PUBLIC
from storage.models import Base

from .steps import says


def _commands(handlers):
    for handler in handlers:
        if isinstance(handler, ConversationHandler):
            yield from _commands(handler.entry_points)
        elif isinstance(handler, CommandHandler):
            for command in handler.commands:
                yield command, handler.callback


def guarded_commands(app):
    return {command: callback for group in app.handlers.values()
            for command, callback in _commands(group) if command not in PUBLIC}


async def _row_counts(tzk):
    async with tzk.rt.db.session() as session:
        return {table.name: await session.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables}


async def test_every_guarded_command_names_its_role():
    from telegram.ext import ApplicationBuilder

    from bot.handlers import register  # noqa: F401 — the registry the app is built from

    app = ApplicationBuilder().token("1:" + "a" * 35).build()
    register(app)
    commands = guarded_commands(app)
    assert {"settings", "set", "audit", "delivery", "alerts", "leads", "manager"} <= set(commands)
    for command, callback in commands.items():
        assert getattr(callback, "role", None) in ("admin_only", "staff_only"), command


async def test_a_stranger_using_any_guarded_command_changes_nothing(tzk):
    stranger = await tzk.sb.user("Посторонний")
    before = await _row_counts(tzk)
    settings_before = tzk.rt.settings
    for command in sorted(guarded_commands(tzk.live.app)):
        answer = await says(tzk, stranger, f"/{command} x y 1")
        assert "только для" in answer.text, (command, answer.text)
    assert await _row_counts(tzk) == before
    assert tzk.rt.settings is settings_before


async def test_a_staff_member_who_is_not_an_admin_cannot_use_admin_commands(tzk):
    head = tzk.heads["sales"]
    before = await _row_counts(tzk)
    admin_commands = [c for c, f in guarded_commands(tzk.live.app).items() if f.role == "admin_only"]
    for command in sorted(admin_commands):
        answer = await says(tzk, head, f"/{command} delay 1d", chat_id=tzk.staff.id)
        assert "только для администраторов" in answer.text, (command, answer.text)
    assert await _row_counts(tzk) == before


async def test_staff_commands_never_post_clients_data_into_another_group(tzk, sb):
    elsewhere = await sb.group("Общий чат компании", members=[tzk.admin.id, tzk.heads["sales"].id])
    staff_commands = [c for c, f in guarded_commands(tzk.live.app).items() if f.role == "staff_only"]
    assert {"report", "export", "alerts", "leads"} <= set(staff_commands)
    for command in sorted(staff_commands):
        for who in (tzk.admin, tzk.heads["sales"]):
            said = await says(tzk, who, f"/{command}", chat_id=elsewhere.id)
            assert "работает в чате сотрудников" in said.text, (command, said.text)
    assert not [c for c in await tzk.sb.calls(method="sendDocument")]
    assert not [c for c in await tzk.sb.calls(method="sendPhoto")]
