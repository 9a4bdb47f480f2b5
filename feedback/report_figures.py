"""Report arithmetic: from the sums the database gives to the rounded figures people read, and
how each figure moved since the previous period."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Decimal

NPS_PROMOTER_MIN = 9
SATISFIED_MIN = 4  # CSAT counts 4 and 5 of 1..5


@dataclass(frozen=True)
class Tally:
    """The sums for one group (a department, a manager, everyone) in one period."""

    sent: int = 0  # surveys that reached the client
    answered: int = 0  # of those, surveys with at least one answer
    scored: int = 0  # answers on the 1–5 scale
    score_sum: int = 0
    satisfied: int = 0  # 1–5 answers of 4 or 5
    low: int = 0  # answers that ping the head: 1–5 at or below the threshold, NPS 0–6
    nps_answers: int = 0
    promoters: int = 0  # NPS 9–10
    detractors: int = 0  # NPS 0–6
    alerts: int = 0  # raised (withdrawn ones not counted)
    alerts_open: int = 0  # not resolved yet (open or taken)
    alerts_resolved: int = 0
    take_seconds: float | None = None  # median time from the alert to "taken"
    resolve_seconds: float | None = None  # median time from the alert to "resolved"


def half_up(value: float, places: int = 0) -> float:
    """Round as people do (2.45 → 2.5, 0.5 → 1), not as floats do."""
    exponent = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(exponent, rounding=ROUND_HALF_UP))


def _share(part: int, whole: int) -> int | None:
    return int(half_up(100 * part / whole)) if whole else None


@dataclass(frozen=True)
class Figures:
    """What a report shows for one group in one period, rounded as shown."""

    sent: int
    answered: int
    response_rate: int | None  # %
    average: float | None  # one decimal
    csat: int | None  # %
    low: int
    nps: int | None  # −100..100
    alerts: int
    alerts_open: int
    alerts_resolved: int
    take_minutes: int | None
    resolve_minutes: int | None

    @property
    def empty(self) -> bool:
        return not (self.sent or self.alerts or self.low or self.average is not None
                    or self.nps is not None)

    @classmethod
    def of(cls, tally: Tally) -> Figures:
        nps = None
        if tally.nps_answers:
            nps = int(half_up(100 * (tally.promoters - tally.detractors) / tally.nps_answers))
        return cls(
            sent=tally.sent,
            answered=tally.answered,
            response_rate=_share(tally.answered, tally.sent),
            average=half_up(tally.score_sum / tally.scored, 1) if tally.scored else None,
            csat=_share(tally.satisfied, tally.scored),
            low=tally.low,
            nps=nps,
            alerts=tally.alerts,
            alerts_open=tally.alerts_open,
            alerts_resolved=tally.alerts_resolved,
            take_minutes=_minutes(tally.take_seconds),
            resolve_minutes=_minutes(tally.resolve_seconds),
        )


def _minutes(seconds: float | None) -> int | None:
    return None if seconds is None else int(half_up(seconds / 60))


@dataclass(frozen=True)
class Change:
    """A figure now and in the previous period."""

    now: float | None
    before: float | None

    @property
    def diff(self) -> float | None:
        if self.now is None or self.before is None:
            return None
        return half_up(self.now - self.before, 1)

    @property
    def arrow(self) -> str:
        diff = self.diff
        if diff is None:
            return ""
        return "↑" if diff > 0 else "↓" if diff < 0 else "="


def changes(now: Figures, before: Figures | None) -> dict[str, Change]:
    """Every figure with its previous value (None when there was no previous period)."""
    return {f.name: Change(getattr(now, f.name), getattr(before, f.name) if before else None)
            for f in fields(Figures)}


@dataclass(frozen=True)
class Row:
    """One line of the report: a department, a manager or everyone, now and before."""

    name: str
    now: Figures
    before: Figures | None

    @classmethod
    def of(cls, name: str, now: Tally, before: Tally | None) -> Row:
        return cls(name, Figures.of(now), Figures.of(before) if before is not None else None)
