"""Not asking a client too often: one survey per client within a span of days.

A client surveyed within the span is not surveyed again: the surveys that come due meanwhile are
throttled. Several surveys of one client due at once (e.g. deliveries that piled up before the
client linked) become one survey, about the latest delivery.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Due:
    """A survey due to go out, of one client, about a delivery made at `delivered_at`."""

    survey_id: int
    client_id: int
    delivered_at: datetime


@dataclass(frozen=True)
class Decision:
    send: list[int] = field(default_factory=list)
    throttle: list[int] = field(default_factory=list)


def decide(due: Sequence[Due], last_surveyed: Mapping[int, datetime], now: datetime,
           span: timedelta) -> Decision:
    """Which due surveys go out and which are throttled; `last_surveyed` maps a client to when
    their latest survey went out. A zero span turns throttling off."""
    if span <= timedelta(0):
        return Decision(send=sorted(d.survey_id for d in due))
    by_client: dict[int, list[Due]] = defaultdict(list)
    for item in due:
        by_client[item.client_id].append(item)
    send, throttle = [], []
    for client_id, items in by_client.items():
        last = last_surveyed.get(client_id)
        if last is not None and now < last + span:
            throttle += [d.survey_id for d in items]
            continue
        latest = max(items, key=lambda d: (d.delivered_at, d.survey_id))
        send.append(latest.survey_id)
        throttle += [d.survey_id for d in items if d is not latest]
    return Decision(sorted(send), sorted(throttle))
