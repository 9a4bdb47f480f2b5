"""A report for a period: the database's sums turned into the rows people read and the chart's
data, in the staff's language."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from feedback.periods import Period
from feedback.report_figures import Row, Tally
from feedback.report_text import Report, Words
from feedback.trends import Series, series, week_bounds
from storage import departments, report_series, reports
from storage.reports import By

from .alert_view import department_name
from .runtime import Runtime
from .texts import TEXTS, t

SCORES = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class ChartData:
    """What the chart draws; lists run in the order of `departments`."""

    departments: list[str]
    week_starts: list[date]
    series: list[Series]
    distribution: list[list[int]]  # how many 1s … 5s each department got in the period
    period: str


@dataclass(frozen=True)
class Built:
    report: Report
    chart: ChartData


def words(lang: str, title: str = "report_w_title") -> Words:
    """The report's words in `lang`; `title` names the heading's text. Templates stay unfilled:
    the report fills in the periods."""
    def raw(key: str) -> str:
        return TEXTS[key][1 if lang == "en" else 0]

    found = {f.name: raw(f"report_w_{f.name}") for f in fields(Words) if f.name != "title"}
    return Words(title=raw(title), **found)


async def build(rt: Runtime, period: Period) -> Built:
    """Every figure of the report for `period` against the period before, and the chart's."""
    lang, tz, postgres = rt.settings.staff_language, rt.settings.time_zone, rt.db.is_postgres
    previous = period.previous()
    bounds = week_bounds(period.end, tz)
    async with rt.db.session() as session:
        now = await reports.tallies(session, period.start, period.end, postgres)
        before = await reports.tallies(session, previous.start, previous.end, postgres)
        known = await departments.all_departments(session)
        manager_ids = {k for k in now[By.MANAGER].keys() | before[By.MANAGER].keys() if k is not None}
        names = await reports.manager_names(session, sorted(manager_ids))
        weekly = await report_series.weekly(session, bounds)
        scores = await report_series.distribution(session, period.start, period.end)

    def row(by: By, key: int | None, name: str) -> Row:
        return Row.of(name, now[by].get(key, Tally()), before[by].get(key, Tally()))

    shown = [d for d in known if d.id in now[By.DEPARTMENT] or d.id in before[By.DEPARTMENT]]
    managers = sorted((names[k], k) for k in manager_ids)
    if None in now[By.MANAGER] or None in before[By.MANAGER]:
        managers.append((t("report_no_manager", lang), None))
    report = Report(
        period=period, previous=previous, overall=row(By.ALL, None, t("report_w_overall", lang)),
        departments=[row(By.DEPARTMENT, d.id, department_name(d, lang)) for d in shown],
        managers=[row(By.MANAGER, key, name) for name, key in managers],
    )
    lines = series(weekly)
    charted = [d for d in known if d.id in lines or d.id in scores]
    chart = ChartData(
        departments=[department_name(d, lang) for d in charted],
        week_starts=[b.astimezone(tz).date() for b in bounds[:-1]],
        series=[lines.get(d.id, Series([None] * (len(bounds) - 1), [None] * (len(bounds) - 1)))
                for d in charted],
        distribution=[[scores.get(d.id, {}).get(score, 0) for score in SCORES] for d in charted],
        period=period.label(),
    )
    return Built(report, chart)
