"""The `tzk` command line."""

from __future__ import annotations

import asyncio
import sys

import click

from api import ApiStartError

from .cli_import import import_file
from .cli_records import client, delivery, department
from .cli_reports import export, report
from .cli_support import settings_or_exit, with_runtime

NO_TOKEN = (
    "Не задан BOT_TOKEN: получите токен у @BotFather и впишите BOT_TOKEN=... в .env "
    "(попробовать без Telegram: tzk demo) / BOT_TOKEN is not set: get a token from @BotFather "
    "and put BOT_TOKEN=... in .env (to try it without Telegram: tzk demo)"
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """ТЗК — the client's point of view: a survey in Telegram after every delivery."""


@main.command()
def run() -> None:
    """Run the bot and the scheduler (needs BOT_TOKEN)."""
    from .lifecycle import serve
    from .logs import setup_logging

    settings = settings_or_exit()
    if settings.bot_token is None:
        raise click.ClickException(NO_TOKEN)
    secrets = [s.get_secret_value() for s in (settings.bot_token, settings.api_token) if s]
    setup_logging(settings.log_level, secrets)
    try:
        with_runtime(settings, serve)
    except ApiStartError as error:
        raise click.ClickException(str(error)) from None


@main.command()
def demo() -> None:
    """A whole run on a local Telegram sandbox: no token, no setup."""
    from .demo import run_demo

    sys.exit(asyncio.run(run_demo()))


@main.command()
def migrate() -> None:
    """Bring the database to the newest schema and seed a fresh one."""
    from .bootstrap import prepare_database

    with_runtime(settings_or_exit(), prepare_database)
    click.echo("База данных готова / Database is up to date")


main.add_command(delivery)
main.add_command(department)
main.add_command(client)
main.add_command(report)
main.add_command(export)
main.add_command(import_file)
