"""`tzk import FILE`: deliveries from a CSV or XLSX file, with a progress bar and a per-row report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from feedback.sheet_columns import read_sheet
from feedback.sheet_files import SheetError

from .cli_support import on_prepared_database, settings_or_exit
from .importing import ImportReport, Outcome, import_sheet, row_lines, size_text, summary
from .runtime import Runtime
from .texts import both


@click.command("import")
@click.argument("path", metavar="FILE", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_file(path: Path) -> None:
    """Record the deliveries of a CSV or XLSX file (columns: see README). Rows with errors are
    listed and skipped; importing the same file again records nothing twice. Exits 1 if any
    row was refused."""
    limit = settings_or_exit().import_max_size
    if path.stat().st_size > limit:
        raise click.ClickException(both("import_too_big", size=_size(path.stat().st_size),
                                        limit=_size(limit)))

    async def work(rt: Runtime) -> ImportReport:
        try:
            sheet = read_sheet(path.read_bytes(), path.name, rt.settings.time_zone)
        except SheetError as error:
            raise click.ClickException(both(error.key, **error.values)) from None
        with click.progressbar(length=len(sheet.rows), label=path.name, file=sys.stderr) as bar:
            return await import_sheet(rt, sheet, "file", lambda _done, _total: bar.update(1))

    report = on_prepared_database(work)
    for line in row_lines(report, None, label=both("import_row_label")):
        click.echo(line)
    click.echo(f"{summary(report, 'ru')}\n{summary(report, 'en')}")
    if report.count(Outcome.REFUSED):
        sys.exit(1)


def _size(size: int) -> str:
    return size_text(size, "en")
