"""`tzk delivery|department|client …`: the records an admin keeps from the shell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from feedback.intake import FieldRefused, delivery_from
from feedback.questions import THRESHOLDS
from storage import departments

from .cli_support import on_prepared_database as _run
from .intake import add_delivery, bot_username, describe
from .links import client_link as client_link_of
from .links import qr_png
from .runtime import Runtime
from .texts import reason

# The command's options by the delivery field they give.
_OPTIONS = {"client_id": "CLIENT_ID", "client_name": "--name", "phone": "--phone", "manager": "--manager",
            "delivered_at": "--at", "delivery_id": "--id", "order_ref": "--order"}


@click.group()
def delivery() -> None:
    """Record deliveries."""


@delivery.command("add")
@click.argument("client_id")
@click.option("--name", "client_name", required=True, help="The client's name, e.g. \"ООО Ромашка\".")
@click.option("--phone", help="The client's phone; lets them link by sharing it.")
@click.option("--manager", help="The manager who made the deal.")
@click.option("--at", "delivered_at", help="Delivered at: 2026-12-01 15:30 (local) or ISO 8601.")
@click.option("--id", "delivery_id", help="The delivery's id in your CRM (makes repeats harmless).")
@click.option("--order", "order_ref", help="Order number shown to the client.")
def add(delivered_at: str | None, **fields: Any) -> None:
    """Record a delivery; prints the planned survey time and the client's link."""

    async def work(rt: Runtime) -> str:
        try:
            data = delivery_from({**fields, "delivered_at": delivered_at}, rt.settings.time_zone,
                                 rt.now())
        except FieldRefused as error:
            option = _OPTIONS.get(error.field, error.field)
            raise click.UsageError(f"{option}: {reason(error.problem, None)}") from None
        recorded = await add_delivery(rt, data, source="cli")
        return describe(rt, recorded, await bot_username(rt))

    click.echo(_run(work))


@click.group()
def department() -> None:
    """Departments: heads, low-score thresholds, forum topics."""


@department.command("list")
def list_departments() -> None:
    """Show every department."""

    async def work(rt: Runtime) -> list[str]:
        async with rt.db.session() as session:
            return [
                f"{d.code:<10} {d.name_ru} / {d.name_en}; head: {d.head_user_id or '—'}"
                f"{' (' + d.head_name + ')' if d.head_name else ''}; low ≤ {d.threshold}"
                f"{'; topic ' + str(d.topic_id) if d.topic_id else ''}"
                for d in await departments.all_departments(session)
            ]

    click.echo("\n".join(_run(work)))


@department.command("set")
@click.argument("code")
@click.option("--head", type=int, help="The head's Telegram user id.")
@click.option("--head-name", help="How the ping names the head.")
@click.option("--threshold", type=click.IntRange(THRESHOLDS.start, THRESHOLDS.stop - 1),
              help="Scores at or below this are low (1–5 scale).")
@click.option("--topic", type=int, help="Forum topic (message_thread_id) for this department's pings.")
def set_department(code: str, head: int | None, head_name: str | None, threshold: int | None,
                   topic: int | None) -> None:
    """Change a department."""

    async def work(rt: Runtime) -> str:
        async with rt.db.session() as session:
            found = await departments.by_code(session, code)
            if found is None:
                known = ", ".join(d.code for d in await departments.all_departments(session))
                raise click.UsageError(f"no department {code!r}; known: {known}")
            await departments.change(session, found, head_user_id=head, head_name=head_name,
                                     threshold=threshold, topic_id=topic)
            await session.commit()
        return f"Сохранено / Saved: {code}"

    click.echo(_run(work))


@click.group()
def client() -> None:
    """Clients."""


@client.command("link")
@click.argument("external_id")
@click.option("--qr", "qr_file", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Also write a QR code of the link to this PNG file (for the delivery note).")
def client_link(external_id: str, qr_file: Path | None) -> None:
    """Print the deep link a client opens to link their Telegram."""

    async def work(rt: Runtime) -> str:
        found = await client_link_of(rt, external_id)
        if found is None:
            raise click.UsageError(f"no client {external_id!r}")
        if qr_file is not None and not found.named:
            raise click.UsageError("the bot's username is not known yet: set BOT_USERNAME, or run "
                                   "the bot once, before printing QR codes")
        return found.url

    url = _run(work)
    if qr_file is not None:
        qr_file.write_bytes(qr_png(url))
    click.echo(url)
