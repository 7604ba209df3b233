"""One line of text for a fact, for tables and timelines, from the schema's templates."""

from __future__ import annotations

import re
from typing import Any

from veille.schema import Role, fact_type

OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
FIELD = re.compile(r"\{(\w+)\}")
SCALES = {"en": ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")),
          "fr": ((1e9, "milliards"), (1e6, "millions"))}


def number(value: Any, unit: str | None = None, lang: str = "en") -> str:
    """'1 500', '13.7 %', '1.5 billion HKD' ('1,5 milliards HKD' in French)."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    text = ""
    for size, word in SCALES["fr" if lang == "fr" else "en"]:
        if abs(v) >= size:
            text = f"{_plain(v / size)} {word}"
            break
    if not text:
        text = f"{v:,.0f}".replace(",", " ") if v == int(v) else f"{v:g}"
    if lang == "fr":
        text = text.replace(".", ",")
    if unit == "%":
        return f"{text} %"
    return f"{text} {unit}" if unit else text


def _plain(x: float) -> str:
    """Four significant digits at most, never an exponent: '1.5', '150 000' (not '1.5e+05')."""
    if abs(x) >= 1000:
        return f"{x:,.0f}".replace(",", " ")
    return f"{float(f'{x:.4g}'):g}"


def money(amount: Any, lang: str = "en") -> str:
    if not isinstance(amount, dict):
        return str(amount)
    return number(amount.get("value"), amount.get("currency"), lang)


def value_text(role: Role, value: Any, args: dict[str, Any], lang: str) -> str:
    """A role's value as words, by its kind in the schema."""
    if role.kind == "money":
        return money(value, lang)
    if role.kind == "percent":
        try:
            return f"{float(value):+g} %".replace(".", "," if lang == "fr" else ".")
        except (TypeError, ValueError):
            return str(value)
    if role.kind == "number":
        return number(value, args.get("unit") if role.name == "value" else None, lang)
    if isinstance(value, list):
        return " + ".join(str(v) for v in value)
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


def summary(kind: str, args: dict[str, Any], lang: str = "en") -> str:
    """A readable statement of a fact's roles, in French or English."""
    ftype = fact_type(kind)
    template = ftype.render["fr" if lang == "fr" else "en"]

    def filled(part: str) -> str:
        return FIELD.sub(lambda m: value_text(ftype.roles[m[1]], args[m[1]], args, lang), part)

    def optional(m: re.Match[str]) -> str:
        part = m[1]
        return filled(part) if all(_given(args.get(r)) for r in FIELD.findall(part)) else ""

    text = OPTIONAL.sub(optional, template)
    return FIELD.sub(lambda m: value_text(ftype.roles[m[1]], args[m[1]], args, lang)
                     if _given(args.get(m[1])) else "?", text).strip()


def _given(value: Any) -> bool:
    return value not in (None, "", [])
