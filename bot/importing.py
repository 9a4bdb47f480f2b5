"""Recording a delivery file's rows, each its own unit of work, and the per-row report."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.exc import IntegrityError

from feedback.problems import Problem
from feedback.sheet_columns import COLUMNS, REQUIRED, ParsedRow, RowError, Sheet

from .intake import add_delivery
from .runtime import Runtime
from .texts import reason, t

log = logging.getLogger("tzk.import")
Progress = Callable[[int, int], Awaitable[None] | None]  # (rows done, rows in all)


class Outcome(StrEnum):
    CREATED = "created"
    KNOWN = "known"
    REFUSED = "refused"


@dataclass(frozen=True)
class RowResult:
    row: int
    outcome: Outcome
    delivery_id: str | None = None
    errors: tuple[RowError, ...] = ()


@dataclass
class ImportReport:
    ignored: list[str]
    results: list[RowResult] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)


async def import_sheet(rt: Runtime, sheet: Sheet, source: str, progress: Progress | None = None
                       ) -> ImportReport:
    """Record every valid row; a bad row is reported and never stops the others."""
    report = ImportReport(sheet.ignored)
    total = len(sheet.rows)
    for done, parsed in enumerate(sheet.rows, start=1):
        report.results.append(await _record(rt, parsed, source))
        if progress is not None:
            waiting = progress(done, total)
            if waiting is not None:
                await waiting
    log.info("import from %s: %d rows, %d new, %d known, %d refused", source, total,
             report.count(Outcome.CREATED), report.count(Outcome.KNOWN), report.count(Outcome.REFUSED))
    return report


async def _record(rt: Runtime, parsed: ParsedRow, source: str) -> RowResult:
    row = parsed.row
    if parsed.delivery is None:
        return RowResult(row, Outcome.REFUSED, errors=parsed.errors)
    try:
        recorded = await add_delivery(rt, parsed.delivery, source)
    except IntegrityError:  # lost a race twice in a row: nothing of the row was kept
        return RowResult(row, Outcome.REFUSED, parsed.delivery.delivery_id,
                         (RowError(row, "", Problem("not_saved", "could not be saved now, import the file "
                                                    "again")),))
    outcome = Outcome.CREATED if recorded.created else Outcome.KNOWN
    return RowResult(row, outcome, parsed.delivery.delivery_id)


def summary(report: ImportReport, lang: str) -> str:
    text = t("import_summary", lang, created=report.count(Outcome.CREATED),
             known=report.count(Outcome.KNOWN), refused=report.count(Outcome.REFUSED))
    if report.ignored:
        text += "\n" + t("import_ignored", lang, columns=", ".join(report.ignored))
    return text


def row_lines(report: ImportReport, lang: str | None, every: bool = False, label: str | None = None
              ) -> list[str]:
    """"Row 3: Клиент: empty" for each row refused (and for each recorded or known, if `every`)."""
    label = label or t("import_row_label", lang)
    lines = []
    for result in report.results:
        if result.outcome is Outcome.REFUSED:
            what = "; ".join(f"{e.column}: {reason(e.reason, lang)}" if e.column else reason(e.reason, lang)
                             for e in result.errors)
        elif every:
            what = t(f"import_{result.outcome}", lang, id=result.delivery_id)
        else:
            continue
        lines.append(f"{label} {result.row}: {what}")
    return lines


def how_to(lang: str, limit: int) -> str:
    """What file to send: the columns (Russian / English header) and the size limit."""
    def named(names: list[str]) -> str:
        return ", ".join(f"{COLUMNS[n][0]} ({COLUMNS[n][1]})" for n in names)

    return t("import_how", lang, required=named(list(REQUIRED)),
             optional=named([n for n in COLUMNS if n not in REQUIRED]), limit=size_text(limit, lang))


def size_text(size: int, lang: str) -> str:
    if size < 1_048_576:
        return t("size_kb", lang, size=-(-size // 1024))
    return t("size_mb", lang, size=f"{size / 1_048_576:.1f}".removesuffix(".0"))
