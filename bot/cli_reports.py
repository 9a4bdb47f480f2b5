"""`tzk report` and `tzk export`: the staff's report and the answers' files from the shell."""

from __future__ import annotations

from pathlib import Path

import click

from feedback.periods import PERIOD_FORMS, Period, PeriodError, parse_period
from feedback.report_text import render
from storage import exports

from .cli_support import on_prepared_database as _run
from .report_build import build, words
from .report_chart import render_chart
from .report_export import MAX_ROWS, cells, file_name, header, to_csv, to_xlsx
from .runtime import Runtime


def _period(rt: Runtime, text: str | None) -> Period:
    try:
        return parse_period(text, rt.now(), rt.settings.time_zone)
    except PeriodError:
        raise click.UsageError(f"PERIOD: {text!r} is not a period; expected {PERIOD_FORMS}") from None


@click.command()
@click.argument("period", required=False)
@click.option("--chart", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Also save the chart as this PNG file.")
def report(period: str | None, chart: Path | None) -> None:
    """The scores report for PERIOD: 7d, 30d (default), 2026-11, 2026-11-01..2026-11-15."""

    async def work(rt: Runtime) -> str:
        lang = rt.settings.staff_language
        built = await build(rt, _period(rt, period))
        if chart is not None:
            chart.write_bytes(render_chart(built.chart, lang))
        return "\n\n".join(render(built.report, words(lang), html=False))

    click.echo(_run(work))


@click.command()
@click.argument("period", required=False)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="The folder to write the CSV and XLSX files into.")
def export(period: str | None, out: Path) -> None:
    """Every answer of PERIOD as CSV and XLSX: 7d, 30d (default), 2026-11, 2026-11-01..2026-11-15."""

    async def work(rt: Runtime) -> str:
        chosen = _period(rt, period)
        lang, tz = rt.settings.staff_language, rt.settings.time_zone
        async with rt.db.session() as session:
            count = await exports.count_answers(session, chosen.start, chosen.end)
            if count > MAX_ROWS:
                raise click.ClickException(f"{count} answers in {chosen.label()}: more than "
                                           f"{MAX_ROWS}; choose a shorter period")
            rows = await exports.answer_rows(session, chosen.start, chosen.end)
        head, table = header(lang), [cells(row, lang, tz) for row in rows]
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for extension, data in (("csv", to_csv(head, table)),
                                ("xlsx", to_xlsx(head, table, chosen.label()))):
            path = out / file_name(chosen, extension)
            path.write_bytes(data)
            written.append(str(path))
        return f"{len(rows)} answers ({chosen.label()}): " + ", ".join(written)

    click.echo(_run(work))
