"""The report as a phone reads it: short blocks, one per department and manager, every figure
with its move since the previous period, cut into messages Telegram accepts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from .periods import Period
from .report_figures import Change, Row, changes

MESSAGE_LIMIT = 4096  # Telegram's limit, in UTF-16 code units


@dataclass(frozen=True)
class Words:
    """The report's words in the reader's language (the bot's texts fill them in)."""

    title: str  # with {period}
    compared: str  # with {period}
    overall: str
    departments: str
    managers: str
    no_data: str
    sent: str
    answered: str
    average: str
    low: str
    alerts: str
    open: str
    resolved: str
    median: str
    took: str
    solved: str
    points: str  # percentage points
    minutes: str
    hours: str
    days: str
    decimal: str  # the decimal separator
    legend: str


@dataclass(frozen=True)
class Report:
    period: Period
    previous: Period
    overall: Row
    departments: Sequence[Row]
    managers: Sequence[Row]


def number(value: float, words: Words, places: int = 0, signed: bool = False) -> str:
    """1 234 → "1234", 4.0 with places=1 → "4,0" in Russian; a real minus sign."""
    text = f"{value:.{places}f}".replace(".", words.decimal).replace("-", "−")
    return f"+{text}" if signed and value > 0 else text


def duration(minutes: float, words: Words) -> str:
    """35 мин, 2 ч 10 мин, 1 д 3 ч: the largest two units, minutes dropped past a day."""
    minutes = int(minutes)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} {words.days}" + (f" {hours} {words.hours}" if hours else "")
    if hours:
        return f"{hours} {words.hours}" + (f" {mins} {words.minutes}" if mins else "")
    return f"{mins} {words.minutes}"


def _moved(change: Change, show: Callable[[float], str],
           show_diff: Callable[[float], str] | None = None) -> str:
    """The figure now, then ↑/↓ and by how much (= when unchanged, nothing without a before)."""
    if change.now is None:
        return "—"
    arrow, diff = change.arrow, change.diff
    if arrow in ("", "="):
        return f"{show(change.now)} {arrow}".rstrip()
    return f"{show(change.now)} {arrow}{(show_diff or show)(abs(diff))}"


def block(row: Row, words: Words, html: bool = True) -> str:
    """One group's figures in up to six short lines."""
    name = f"<b>{escape(row.name)}</b>" if html else row.name
    if row.now.empty and (row.before is None or row.before.empty):
        return f"{name}: {words.no_data}"
    c = changes(row.now, row.before)

    def count(v: float) -> str:
        return number(v, words)

    def tenths(v: float) -> str:
        return number(v, words, places=1)

    def share(key: str) -> str:
        return _moved(c[key], lambda v: f"{number(v, words)}%",
                      lambda v: f"{number(v, words)} {words.points}")

    def time(v: float) -> str:
        return duration(v, words)

    lines = [
        name,
        f"📨 {words.sent} {_moved(c['sent'], count)} · {words.answered} "
        f"{_moved(c['answered'], count)} ({share('response_rate')})",
        f"⭐ {words.average} {_moved(c['average'], tenths)} · CSAT {share('csat')}",
        f"🔻 {words.low} {_moved(c['low'], count)}"
        + (f" · NPS {_moved(c['nps'], lambda v: number(v, words, signed=True), count)}"
           if c["nps"].now is not None or c["nps"].before is not None else ""),
    ]
    if c["alerts"].now or c["alerts"].before:
        lines.append(f"🚨 {words.alerts} {_moved(c['alerts'], count)}: {words.open} "
                     f"{_moved(c['alerts_open'], count)}, {words.resolved} "
                     f"{_moved(c['alerts_resolved'], count)}")
        lines.append(f"⏱ {words.median}: {words.took} {_moved(c['take_minutes'], time)}, "
                     f"{words.solved} {_moved(c['resolve_minutes'], time)}")
    return "\n".join(lines)


def render(report: Report, words: Words, html: bool = True,
           limit: int = MESSAGE_LIMIT) -> list[str]:
    """The whole report as messages of at most `limit` UTF-16 units each."""
    def bold(text: str) -> str:
        return f"<b>{escape(text)}</b>" if html else text

    head = (f"📊 {bold(words.title.format(period=report.period.label()))}\n"
            f"{words.compared.format(period=report.previous.label())}")
    blocks = [head, block(report.overall, words, html)]
    for title, rows in ((words.departments, report.departments),
                        (words.managers, report.managers)):
        for position, row in enumerate(rows):
            text = block(row, words, html)
            blocks.append(f"— {bold(title)} —\n\n{text}" if position == 0 else text)
    blocks.append(f"<i>{escape(words.legend)}</i>" if html else words.legend)
    return pack(blocks, limit)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def pack(blocks: Sequence[str], limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join blocks with blank lines into as few messages as fit `limit`; a block is never cut
    (each is a few short lines, far below the limit)."""
    messages: list[str] = []
    current = ""
    for text in blocks:
        joined = f"{current}\n\n{text}" if current else text
        if utf16_length(joined) <= limit:
            current = joined
        else:
            if current:
                messages.append(current)
            current = text
    if current:
        messages.append(current)
    return messages
