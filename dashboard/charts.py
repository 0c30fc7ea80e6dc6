"""Indicator-over-time charts as geometry for a server-rendered inline SVG (no JavaScript, no CDN).

Each report is its own point linking to its article, so two articles that disagree about the same
period show as two points; the line goes through the median of each period's reports.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from dashboard.urls import safe_url

WIDTH, HEIGHT = 860, 380
LEFT, RIGHT, TOP, BOTTOM = 64, 170, 20, 44
PALETTE = ("#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#be185d")

_PERIOD = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|\d{2})(?:-(\d{2}))?)?$")


def period_x(period: str | None) -> float | None:
    """A period as a point on a time axis in years (its middle; a range `A..B` sits at B)."""
    if not period:
        return None
    if ".." in period:
        period = period.split("..")[-1]
    m = _PERIOD.match(period)
    if not m:
        return None
    year, part, day = int(m.group(1)), m.group(2), m.group(3)
    if part is None:
        return year + 0.5
    if part[0] == "H":
        return year + (0.25 if part == "H1" else 0.75)
    if part[0] == "Q":
        return year + (int(part[1]) - 0.5) / 4
    month = int(part)
    if not 1 <= month <= 12:
        return None
    if day is None:
        return year + (month - 0.5) / 12
    try:
        return year + (date(year, month, int(day)).timetuple().tm_yday - 0.5) / 366
    except ValueError:
        return None


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten) covering lo..hi."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    value = first
    while value <= hi + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < hi:
        ticks.append(round(value, 10))
    return ticks


def build_chart(rows: Sequence[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    """SVG geometry for the rows of `dashboard.data.series`: axes, one line and its points per location."""
    points = [(period_x(r["period"]), r) for r in rows]
    points = [(x, r) for x, r in points if x is not None and r["value"] is not None]
    if not points:
        return None
    xs = [x for x, _ in points]
    values = [r["value"] for _, r in points]
    x_lo, x_hi = math.floor(min(xs)), math.ceil(max(xs))
    if x_hi - x_lo < 1:
        x_hi = x_lo + 1
    y_ticks = nice_ticks(min(values), max(values))
    if kind == "rank":
        y_ticks = [t for t in y_ticks if t >= 0] or [0, 1]
        y_ticks = sorted(set([max(1, y_ticks[0]), *y_ticks[1:]]))
        if len(y_ticks) < 2:
            y_ticks.append(y_ticks[0] + 1)
    y_lo, y_hi = y_ticks[0], y_ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def sx(x: float) -> float:
        return round(LEFT + (x - x_lo) / (x_hi - x_lo) * plot_w, 1)

    def sy(v: float) -> float:
        frac = (v - y_lo) / (y_hi - y_lo) if y_hi > y_lo else 0.5
        if kind != "rank":  # rank 1 is best, so it goes on top
            frac = 1 - frac
        return round(TOP + frac * plot_h, 1)

    by_location: dict[str, list[tuple[float, dict[str, Any]]]] = defaultdict(list)
    for x, r in points:
        by_location[r["location"]].append((x, r))
    series = []
    for i, (location, items) in enumerate(sorted(by_location.items())):
        per_x: dict[float, list[float]] = defaultdict(list)
        for x, r in items:
            per_x[x].append(r["value"])
        line = [(sx(x), sy(statistics.median(vals))) for x, vals in sorted(per_x.items())]
        series.append({
            "label": location,
            "color": PALETTE[i % len(PALETTE)],
            "path": "M" + " L".join(f"{px},{py}" for px, py in line),
            "points": [{
                "cx": sx(x), "cy": sy(r["value"]), "href": safe_url(r.get("url")), "row": r,
            } for x, r in items],
            "legend_y": TOP + 14 + i * 20,
        })
    year_step = max(1, math.ceil((x_hi - x_lo) / 10))
    return {
        "width": WIDTH, "height": HEIGHT, "left": LEFT, "top": TOP, "right": WIDTH - RIGHT,
        "bottom": HEIGHT - BOTTOM, "legend_x": WIDTH - RIGHT + 16,
        "x_ticks": [{"x": sx(year), "label": str(year)} for year in range(x_lo, x_hi + 1, year_step)],
        "y_ticks": [{"y": sy(t), "value": t} for t in y_ticks],
        "series": series,
        "reports": len(points),
    }
