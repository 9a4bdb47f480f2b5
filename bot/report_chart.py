"""The report's chart as a PNG a phone shows well: weekly average and CSAT per department over
12 weeks, and the period's scores, one panel under another."""

from __future__ import annotations

import io
import math

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .report_build import SCORES, ChartData
from .texts import t

WIDTH, HEIGHT, DPI = 800, 1200, 100  # pixels: portrait, as a phone holds it


def render_chart(data: ChartData, lang: str) -> bytes:
    """The PNG's bytes (CPU-bound: run it in a thread)."""
    figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    average, csat, scores = figure.subplots(3, 1)
    ticks = list(range(len(data.week_starts)))
    labels = [f"{day:%d.%m}" for day in data.week_starts]
    for axes, title, low, high, pick in (
        (average, t("chart_average", lang), 1, 5.2, lambda s: s.averages),
        (csat, t("chart_csat", lang), 0, 105, lambda s: s.csat),
    ):
        for name, line in zip(data.departments, data.series):
            points = [math.nan if v is None else v for v in pick(line)]
            axes.plot(ticks, points, marker="o", linewidth=2, label=name)
        axes.set_title(title, fontsize=15)
        axes.set_xlabel(t("chart_week", lang), fontsize=12)
        axes.set_ylim(low, high)
        axes.set_xticks(ticks[::2], labels[::2], fontsize=11)
        axes.grid(alpha=0.3)
    average.set_ylabel(t("report_w_average", lang), fontsize=12)
    csat.set_ylabel("CSAT, %", fontsize=12)
    width = 0.8 / max(len(data.departments), 1)
    for position, (name, counts) in enumerate(zip(data.departments, data.distribution)):
        offset = (position - (len(data.departments) - 1) / 2) * width
        scores.bar([s + offset for s in SCORES], counts, width=width, label=name)
    scores.set_title(t("chart_distribution", lang, period=data.period), fontsize=15)
    scores.set_xlabel(t("chart_score", lang), fontsize=12)
    scores.set_ylabel(t("chart_count", lang), fontsize=12)
    scores.set_xticks(list(SCORES))
    scores.yaxis.set_major_locator(MaxNLocator(integer=True))
    scores.grid(alpha=0.3, axis="y")
    for axes in (average, csat, scores):
        axes.tick_params(labelsize=11)
    if data.departments:  # one legend for the three panels, above them
        figure.legend(*scores.get_legend_handles_labels(), loc="outside upper center",
                      ncols=min(len(data.departments), 3), fontsize=12)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()
