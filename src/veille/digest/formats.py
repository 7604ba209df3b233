"""The digest written out: a standalone HTML page (its style inside, its charts as SVG
images, a Content-Security-Policy that lets nothing load or run) or Markdown. Article text is
escaped for each: Jinja2 autoescaping in HTML, Markdown's special characters in Markdown."""

from __future__ import annotations

import re
from datetime import date

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from veille.digest import Digest, translate
from veille.facts.render import number

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def day(value: str | None, lang: str) -> str:
    """'2025-06-16' as '16 juin 2025' or 'June 16, 2025'; a month as 'juin 2025'; other
    values (a quarter, a year) as they are."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        d = date.fromisoformat(value)
        month = translate(lang, f"month.{d.month}")
        if lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {month} {d.year}"
        return f"{month} {d.day}, {d.year}"
    if len(parts) == 2 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
        return f"{translate(lang, f'month.{int(parts[1])}')} {parts[0]}"
    return value


def percent(value: float, lang: str) -> str:
    """A signed percentage: '+12 %', '-4.5 %' ('-4,5 %' in French)."""
    text = f"{value:+.1f}".removesuffix(".0")
    return (text.replace(".", ",") if lang == "fr" else text) + " %"


def md(text: object) -> str:
    """Untrusted text for Markdown: one line, control characters dropped, special characters
    escaped (no link, image, HTML or emphasis can come from an article)."""
    value = re.sub(r"\s+", " ", _CONTROLS.sub("", str(text or "")))
    return _MD_SPECIAL.sub(r"\\\1", value)


def http(url: str | None) -> str:
    """The address if it is http(s), else '' (no javascript: or file: link)."""
    return url if url and url.startswith(("http://", "https://")) else ""


def md_url(url: str | None) -> str:
    """A link target for Markdown: only http(s), without what would end it."""
    url = http(url)
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def _environment(html: bool) -> Environment:
    env = Environment(loader=PackageLoader("veille.digest", "templates"), undefined=StrictUndefined,
                      autoescape=select_autoescape(["html"]) if html else False,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["day"] = day
    env.filters["md"] = md
    env.filters["md_url"] = md_url
    env.filters["http"] = http
    env.globals["money"] = lambda usd, lang: number(usd, "USD", lang)
    env.globals["percent"] = percent
    env.globals["today"] = date.today().isoformat()
    return env


def html(digest: Digest) -> str:
    """The digest as one HTML page; its charts drawn now when vl-convert is installed."""
    from veille.digest import charts

    shown: dict[str, str] = {}
    drawn = charts.available()
    if drawn:
        if digest.moves:
            shown["moves"] = charts.data_uri(charts.svg(
                charts.moves_chart(digest.moves, digest.t("moves_chart"), digest.lang), digest.lang))
        if digest.money:
            shown["money"] = charts.data_uri(charts.svg(
                charts.money_chart(digest.money, digest.t("money_chart"), digest.lang), digest.lang))
    digest.charts = shown
    return _environment(True).get_template("digest.html").render(d=digest, t=digest.t, charts_missing=not drawn)


def markdown(digest: Digest) -> str:
    """The digest as Markdown (tables and lists; no charts)."""
    return _environment(False).get_template("digest.md").render(d=digest, t=digest.t)
