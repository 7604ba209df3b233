"""One line of text for a fact, for tables and timelines."""

from __future__ import annotations

from typing import Any


def number(value: Any, unit: str | None = None) -> str:
    """'1 500', '13.7 %', '1.5 billion HKD'."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    text = ""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            text = f"{v / size:.3g} {word}"
            break
    if not text:
        text = f"{v:,.0f}".replace(",", " ") if v == int(v) else f"{v:g}"
    if unit == "%":
        return f"{text} %"
    return f"{text} {unit}" if unit else text


def money(amount: Any) -> str:
    if not isinstance(amount, dict):
        return str(amount)
    return number(amount.get("value"), amount.get("currency"))


def summary(kind: str, args: dict[str, Any]) -> str:
    """A readable statement of a fact's roles."""
    a = args
    if kind == "launch":
        return f"{a.get('subject', '?')} launched {a.get('product', 'a new product')}"
    if kind == "stock_move":
        pct = float(a.get("change_pct", 0))
        price = f" to {money(a['price'])}" if a.get("price") else ""
        return f"{a.get('subject', '?')} {pct:+g} %{price}"
    if kind == "funding":
        to = f" to {a['recipient']}" if a.get("recipient") else ""
        return f"{a.get('subject', '?')}: {money(a.get('amount'))}{to}"
    if kind == "agreement":
        topic = f": {a['topic']}" if a.get("topic") else ""
        return " + ".join(a.get("parties", [])) + topic
    if kind == "event":
        parts = [str(a.get("name", "?"))]
        if a.get("place"):
            parts.append(f"in {a['place']}")
        if a.get("organizer"):
            parts.append(f"by {a['organizer']}")
        if a.get("attendance"):
            parts.append(f"({number(a['attendance'])} attending)")
        return " ".join(parts)
    if kind in ("metric", "target"):
        value = number(a["value"], a.get("unit")) if a.get("value") is not None else ""
        by = f" by {a['deadline']}" if a.get("deadline") else ""
        subject = f"{a['subject']}: " if a.get("subject") else ""
        return f"{subject}{value} {a.get('measure', '')}{by}".strip()
    if kind == "quote":
        return f"{a.get('speaker', '?')}: « {a.get('text', '')} »"
    if kind == "role":
        org = f" ({a['org']})" if a.get("org") else ""
        return f"{a.get('person', '?')}, {a.get('title', '')}{org}"
    return ", ".join(f"{k}={v}" for k, v in a.items())
