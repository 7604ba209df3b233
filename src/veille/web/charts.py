"""Small charts drawn on the server as inline SVG: no script, nothing to load, allowed by the
Content-Security-Policy (colours and sizes come from classes in static/veille.css).

A sparkline of mentions per week, an entity's facts on a time line (one row per type, one
dot per fact, each a link to the fact), bars of money raised and of stock moves, and targets
placed at their deadline. Every text drawn comes escaped."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from veille.normalize import date_range

CHAR = 6.2  # the width of a character of the charts' 11 px text, about


@dataclass
class Point:
    """One thing a chart draws: its day, its value, the words shown on hover, a link and the
    class that colours it."""

    day: int  # proleptic ordinal
    value: float
    label: str
    href: str
    css: str


def day_of(value: str | None) -> int | None:
    """The middle day of a date value ('2025-Q3' -> mid-August 2025) as an ordinal, or None."""
    if not value:
        return None
    try:
        first, last = date_range(value)
    except ValueError:
        return None
    return (date.fromisoformat(first).toordinal() + date.fromisoformat(last).toordinal()) // 2


def _svg(width: int, height: int, css: str, label: str, body: list[Markup]) -> Markup:
    head = Markup('<svg class="chart {}" viewBox="0 0 {} {}" width="{}" height="{}" role="img" aria-label="{}" '
                  'xmlns="http://www.w3.org/2000/svg">').format(css, width, height, width, height, label)
    return head + Markup("").join(body) + Markup("</svg>")


def sparkline(values: Sequence[int], label: str = "", width: int = 120, height: int = 28) -> Markup:
    """A line of counts, oldest first, its last value dotted."""
    if not values:
        return Markup("")
    top = max(max(values), 1)
    step = (width - 6) / max(len(values) - 1, 1)
    points = [(3 + i * step, height - 3 - (height - 6) * v / top) for i, v in enumerate(values)]
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    x, y = points[-1]
    return _svg(width, height, "spark", label, [
        Markup('<polyline class="spark-line" points="{}"/>').format(line),
        Markup('<circle class="spark-dot" cx="{:.1f}" cy="{:.1f}" r="2.5"/>').format(x, y)])


def _ticks(lo: int, hi: int, n: int = 6) -> list[tuple[int, str]]:
    """Up to `n` labelled days between lo and hi: years, months or days, as the span allows."""
    span = max(hi - lo, 1)
    first, last = date.fromordinal(lo), date.fromordinal(hi)
    if span > 3 * 365:
        marks = [date(y, 1, 1) for y in range(first.year + 1, last.year + 1)]
        fmt = "%Y"
    elif span > 90:
        marks, y, m = [], first.year, first.month
        while True:
            m += 1
            if m > 12:
                y, m = y + 1, 1
            if date(y, m, 1) > last:
                break
            marks.append(date(y, m, 1))
        fmt = "%Y-%m"
    else:
        marks = [date.fromordinal(lo + i * span // (n - 1)) for i in range(n)]
        fmt = "%Y-%m-%d"
    if len(marks) > n:
        keep = -(-len(marks) // n)
        marks = marks[::keep]
    return [(d.toordinal(), d.strftime(fmt)) for d in marks]


def timeline(rows: Sequence[tuple[str, str]], points: dict[str, list[Point]], label: str,
             width: int = 720) -> Markup:
    """Facts on a time line: one row per (key, row label), one dot per fact, a link each."""
    used = [(k, name) for k, name in rows if points.get(k)]
    days = [p.day for k, _ in used for p in points[k]]
    if not days:
        return Markup("")
    lo, hi = min(days) - 15, max(days) + 15
    left, right, row_h, top = 150, 40, 26, 10
    height = top + row_h * len(used) + 28
    scale = (width - left - right) / (hi - lo)
    body: list[Markup] = []
    for i, (key, name) in enumerate(used):
        y = top + row_h * i + row_h / 2
        body.append(Markup('<line class="grid" x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}"/>').format(
            left, width - right, y, y))
        body.append(Markup('<text class="row-label" x="{}" y="{:.1f}">{}</text>').format(left - 8, y + 4, name))
        for p in points[key]:
            x = left + (p.day - lo) * scale
            radius = 6 if "many" not in p.css.split() else min(4 + 2 * math.log2(max(p.value, 1)), row_h / 2 - 1)
            body.append(Markup('<a href="{}"><circle class="dot {}" cx="{:.1f}" cy="{:.1f}" r="{:.1f}">'
                               '<title>{}</title></circle></a>').format(p.href, p.css, x, y, radius, p.label))
    axis_y = top + row_h * len(used) + 4
    body.append(Markup('<line class="axis" x1="{}" x2="{}" y1="{}" y2="{}"/>').format(
        left, width - right, axis_y, axis_y))
    for day, text in _ticks(lo, hi):
        x = left + (day - lo) * scale
        body.append(Markup('<text class="tick" x="{:.1f}" y="{}">{}</text>').format(x, axis_y + 16, text))
    return _svg(width, height, "timeline", label, body)


def monthly(points: Sequence[Point], describe: Callable[[str, int], tuple[str, str]]) -> list[Point]:
    """Points gathered by month: one per month, at its middle, valued by how many it holds;
    `describe(month, n)` gives its words and its link."""
    months: dict[str, int] = {}
    for p in points:
        month = date.fromordinal(p.day).strftime("%Y-%m")
        months[month] = months.get(month, 0) + 1
    css = points[0].css if points else ""
    out = []
    for month, n in sorted(months.items()):
        label, href = describe(month, n)
        out.append(Point(date.fromisoformat(month + "-15").toordinal(), n, label, href, f"{css} many"))
    return out


def bars(points: Sequence[Point], label: str, fmt: Callable[[float], str] = lambda v: f"{v:g}",
         width: int = 340, height: int = 170) -> Markup:
    """One bar per point in date order, from zero (up for gains, down for losses), the value
    above it and the date below."""
    if not points:
        return Markup("")
    items = sorted(points, key=lambda p: p.day)
    top, bottom, side = 18, 44 if any(p.value < 0 for p in items) else 30, 8
    fmt_day = "%Y-%m-%d" if items[-1].day - items[0].day < 90 else "%Y-%m"
    high = max(max(p.value for p in items), 0.0)
    low = min(min(p.value for p in items), 0.0)
    span = (high - low) or 1.0
    inner = height - top - bottom
    zero = top + inner * high / span
    slot = (width - 2 * side) / len(items)
    bar = min(36.0, slot * 0.7)
    body = [Markup('<line class="axis" x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}"/>').format(
        side, width - side, zero, zero)]
    for i, p in enumerate(items):
        x = side + slot * i + (slot - bar) / 2
        h = max(inner * abs(p.value) / span, 1.5)
        y = zero - h if p.value >= 0 else zero
        text_y = y - 4 if p.value >= 0 else y + h + 12
        body.append(Markup('<a href="{}"><rect class="bar {}" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}">'
                           '<title>{}</title></rect></a>').format(p.href, p.css, x, y, bar, h, p.label))
        body.append(Markup('<text class="value" x="{:.1f}" y="{:.1f}">{}</text>').format(
            x + bar / 2, text_y, fmt(p.value)))
        body.append(Markup('<text class="tick" x="{:.1f}" y="{}">{}</text>').format(
            x + bar / 2, height - 6, date.fromordinal(p.day).strftime(fmt_day)))
    return _svg(width, height, "bars", label, body)


def deadlines(points: Sequence[Point], label: str, width: int = 340) -> Markup:
    """Targets at their deadline: one dot each on a line of years, its words beside it."""
    if not points:
        return Markup("")
    items = sorted(points, key=lambda p: (p.day, p.label))[:12]
    lo, hi = items[0].day - 200, items[-1].day + 200
    left, right, row_h, top = 12, 12, 20, 8
    width = max(width, 460)
    height = top + row_h * len(items) + 26
    scale = (width - left - right) / (hi - lo)
    body: list[Markup] = []
    for i, p in enumerate(items):
        x = left + (p.day - lo) * scale
        y = top + row_h * i + row_h / 2
        room_right, room_left = width - right - x - 9, x - 9 - left
        anchor = "start" if room_right >= min(room_left, CHAR * len(p.label)) else "end"
        dx = -9 if anchor == "end" else 9
        fit = int((room_right if anchor == "start" else room_left) / CHAR)
        body.append(Markup('<a href="{}"><circle class="dot {}" cx="{:.1f}" cy="{:.1f}" r="5"><title>{}</title>'
                           '</circle></a>').format(p.href, p.css, x, y, p.label))
        body.append(Markup('<text class="note" text-anchor="{}" x="{:.1f}" y="{:.1f}">{}</text>').format(
            anchor, x + dx, y + 4, _short(p.label, fit)))
    axis_y = top + row_h * len(items) + 4
    body.append(Markup('<line class="axis" x1="{}" x2="{}" y1="{}" y2="{}"/>').format(
        left, width - right, axis_y, axis_y))
    for day, text in _ticks(lo, hi, 5):
        x = left + (day - lo) * scale
        body.append(Markup('<text class="tick" x="{:.1f}" y="{}">{}</text>').format(x, axis_y + 16, text))
    return _svg(width, height, "deadlines", label, body)


def _short(text: str, size: int = 34) -> str:
    return text if len(text) <= size else text[:max(size - 1, 1)] + "…"


def money_text(value: float) -> str:
    """'3.2 bn', '450 M', '12 k' (US dollars)."""
    for size, word in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g} {word}"
    return f"{value:.0f}"

