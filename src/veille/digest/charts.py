"""The digest's charts: Vega-Lite specifications rendered to SVG offline by vl-convert (one
wheel, no dependency, Vega's own renderer in an embedded engine; no URL may be loaded), with
numbers written the French or English way. Without vl-convert-python the digest has no
charts (its tables say the same)."""

from __future__ import annotations

import base64
from typing import Any

from veille.digest import CountryTotal, Item

WIDTH = 560
LOCALES: dict[str, Any] = {"fr": "fr-FR", "en": "en-US"}
RISE, FALL, BAR = "#2e7d32", "#c62828", "#3659a8"


def available() -> bool:
    try:
        import vl_convert  # noqa: F401
    except ImportError:
        return False
    return True


def svg(spec: dict[str, Any], lang: str) -> str:
    """The chart as SVG text."""
    import vl_convert

    return str(vl_convert.vegalite_to_svg(spec, format_locale=LOCALES[lang], allowed_base_urls=[]))


def data_uri(svg_text: str) -> str:
    """An SVG as a data: URI for an <img>: shown, never run (no script inside an image)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg_text.encode("utf-8")).decode("ascii")


def _base(title: str, rows: list[dict[str, Any]], height: int) -> dict[str, Any]:
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": title,
            "width": WIDTH, "height": height, "data": {"values": rows},
            "config": {"font": "DejaVu Sans, Liberation Sans, Arial, sans-serif", "view": {"stroke": None},
                       "axis": {"labelFontSize": 11, "titleFontSize": 11}, "title": {"fontSize": 13}}}


def moves_chart(moves: list[Item], title: str, lang: str) -> dict[str, Any]:
    """Horizontal bars of the stock moves, rises green and falls red, biggest first."""
    from veille.digest.formats import day, percent

    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, item in enumerate(moves):
        change = float(item.args.get("change_pct") or 0)
        label = f"{item.args.get('subject') or '?'} {percent(change, lang)} · {day(item.date or item.day, lang)}"
        while label in seen:  # one bar per move, even two alike
            label += " "
        seen.add(label)
        rows.append({"label": label, "change": change, "order": n})
    spec = _base(title, rows, max(60, 22 * len(rows)))
    spec.update(mark={"type": "bar", "cornerRadius": 2},
                encoding={"y": {"field": "label", "type": "nominal", "sort": {"field": "order"}, "title": None},
                          "x": {"field": "change", "type": "quantitative", "title": "%", "axis": {"format": "+.1f"}},
                          "color": {"condition": {"test": "datum.change >= 0", "value": RISE}, "value": FALL},
                          "tooltip": [{"field": "label"}, {"field": "change", "format": "+.1f"}]})
    return spec


def money_chart(money: list[CountryTotal], title: str, lang: str) -> dict[str, Any]:
    """Horizontal bars of the money raised by country, in millions of US dollars."""
    rows = [{"country": c.name, "musd": round(c.usd / 1e6, 2), "order": n} for n, c in enumerate(money)]
    spec = _base(title, rows, max(60, 24 * len(rows)))
    spec.update(mark={"type": "bar", "color": BAR, "cornerRadius": 2},
                encoding={"y": {"field": "country", "type": "nominal", "sort": {"field": "order"}, "title": None},
                          "x": {"field": "musd", "type": "quantitative", "title": "M USD", "axis": {"format": ",.0f"}},
                          "tooltip": [{"field": "country"}, {"field": "musd", "format": ",.1f"}]})
    return spec
