"""The `--where` language of watch rules: conditions on a fact's numbers.

    abs(change_pct) >= 10
    amount_usd >= 50e6 and confidence > 0.6
    not (change_pct > -5) or count >= 1000
    10 <= change_pct < 20

What it has, and nothing more: numbers (``12``, ``-3.5``, ``50e6``, ``1_000``), names of a
fact's values (`NAMES`), comparisons (``< <= > >= == !=``, chained), ``and``, ``or``, ``not``,
parentheses, unary minus and ``abs()``. The text is parsed by Python's `ast` module and every
node is checked against that list; nothing is ever evaluated by Python. A name the fact does
not have makes the comparison false (a funding has no change_pct).

The names (`values_of` computes them for a fact):

- a percentage or number role by its name: ``change_pct`` (stock moves), ``value`` (figures,
  targets), ``attendance`` (events), ``deadline`` (a target's year);
- a money role's value in its currency by its name (``amount``, ``price``) and in US dollars
  with ``_usd`` (``amount_usd``, ``price_usd``; a figure in money: ``value_usd``);
- ``count``: a counted number (an event's attendance, a figure or target without unit);
- ``confidence``: how sure the fact is (0 to 1).
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

from veille.errors import RuleError

Values = Mapping[str, float]
Test = Callable[[Values], bool]
Number = Callable[[Values], float | None]

_COMPARE: dict[type[ast.cmpop], Callable[[float, float], bool]] = {
    ast.Lt: lambda a, b: a < b, ast.LtE: lambda a, b: a <= b,
    ast.Gt: lambda a, b: a > b, ast.GtE: lambda a, b: a >= b,
    ast.Eq: lambda a, b: a == b, ast.NotEq: lambda a, b: a != b,
}
HELP = ("Write comparisons of numbers and value names joined by and, or, not, "
        "for example \"abs(change_pct) >= 10\" or \"amount_usd >= 50e6\"")


@dataclass(frozen=True)
class Condition:
    """A parsed --where: its text, the names it uses, and its test."""

    text: str
    names: frozenset[str]
    test: Test

    def __call__(self, values: Values) -> bool:
        return self.test(values)


def parse(text: str, names: frozenset[str] | set[str] | None = None) -> Condition:
    """Parse a --where; RuleError (one line, with the fix) when it is not of the language or
    uses a name not in `names` (when given)."""
    source = " ".join(text.split())
    if not source:
        raise RuleError("the --where condition is empty", HELP)
    if len(source) > 1000:
        raise RuleError("the --where condition is longer than 1,000 characters", HELP)
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as e:
        raise RuleError(f"cannot read the --where condition {source!r} ({e.msg})", HELP) from None
    used: set[str] = set()
    test = _test(tree.body, source, used)
    if names is not None:
        unknown = sorted(used - set(names))
        if unknown:
            raise RuleError(f"the --where condition uses {', '.join(unknown)}, which the rule's facts do not have",
                            "Use one of: " + ", ".join(sorted(names)))
    return Condition(source, frozenset(used), test)


def _bad(node: ast.AST, source: str, what: str | None = None) -> RuleError:
    piece = ast.get_source_segment(source, node) or type(node).__name__
    return RuleError(f"the --where condition {source!r} has {what or 'something it does not allow'}: {piece}",
                     HELP)


def _test(node: ast.AST, source: str, used: set[str]) -> Test:
    """A node that is true or false."""
    if isinstance(node, ast.BoolOp):
        parts = [_test(v, source, used) for v in node.values]
        if isinstance(node.op, ast.And):
            return lambda v: all(p(v) for p in parts)
        return lambda v: any(p(v) for p in parts)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = _test(node.operand, source, used)
        return lambda v: not inner(v)
    if isinstance(node, ast.Compare):
        ops = []
        for op in node.ops:
            fn = _COMPARE.get(type(op))
            if fn is None:
                raise _bad(node, source, "a comparison it does not know")
            ops.append(fn)
        terms = [_number(node.left, source, used), *(_number(c, source, used) for c in node.comparators)]

        def compare(v: Values) -> bool:
            values = [t(v) for t in terms]
            if any(x is None for x in values):
                return False  # the fact has no such value
            return all(op(a, b) for op, a, b in zip(ops, values, values[1:], strict=False))  # type: ignore[arg-type]

        return compare
    if isinstance(node, ast.Name | ast.Constant | ast.Call | ast.UnaryOp):
        _number(node, source, set())  # a bad function or literal is named as such
        raise _bad(node, source, "a value where a comparison is expected")
    raise _bad(node, source)


def _number(node: ast.AST, source: str, used: set[str]) -> Number:
    """A node that is a number (or None when the fact lacks a value it names)."""
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise _bad(node, source, "a value that is not a number")
        number = float(value)
        return lambda v: number
    if isinstance(node, ast.Name):
        name = node.id
        used.add(name)
        return lambda v: v.get(name)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        inner = _number(node.operand, source, used)
        sign = -1.0 if isinstance(node.op, ast.USub) else 1.0

        def signed(v: Values) -> float | None:
            x = inner(v)
            return None if x is None else sign * x

        return signed
    if isinstance(node, ast.Call):
        if not (isinstance(node.func, ast.Name) and node.func.id == "abs") or node.keywords \
                or len(node.args) != 1:
            raise _bad(node, source, "a function other than abs(one value)")
        inner = _number(node.args[0], source, used)

        def absolute(v: Values) -> float | None:
            x = inner(v)
            return None if x is None else abs(x)

        return absolute
    if isinstance(node, ast.Compare | ast.BoolOp):
        raise _bad(node, source, "a comparison where a number is expected")
    raise _bad(node, source)


def values_of(fact_type: str, args: Mapping[str, Any], confidence: float | None = None) -> dict[str, float]:
    """The names a --where may use, for one fact (see the module)."""
    from veille.schema import fact_type as schema_type

    out: dict[str, float] = {}
    try:
        roles = schema_type(fact_type).roles
    except Exception:  # noqa: BLE001 - a type the schema does not know has no values
        roles = {}
    for name, role in roles.items():
        value = args.get(name)
        kind = getattr(role, "kind", None)
        if kind in ("percent", "number", "year") and _real(value):
            out[name] = float(value)
        elif kind == "money" and isinstance(value, Mapping) and _real(value.get("value")):
            out[name] = float(value["value"])
            usd = value.get("usd")
            if _real(usd):
                out[f"{name}_usd"] = float(usd)
            elif value.get("currency") == "USD":
                out[f"{name}_usd"] = float(value["value"])
    if _real(args.get("value_usd")):
        out["value_usd"] = float(args["value_usd"])
    elif fact_type == "metric" and args.get("unit") == "USD" and "value" in out:
        out["value_usd"] = out["value"]
    if fact_type == "event" and "attendance" in out:
        out["count"] = out["attendance"]
    elif fact_type in ("metric", "target") and "value" in out and not args.get("unit"):
        out["count"] = out["value"]
    if confidence is not None:
        out["confidence"] = float(confidence)
    return out


def names_for(fact_type: str | None) -> frozenset[str]:
    """The names a --where may use for facts of a type (of any type when None)."""
    from veille.schema import schema

    types = [fact_type] if fact_type else list(schema().types)
    names = {"confidence", "count"}
    for t in types:
        for name, role in schema().types[t].roles.items():
            kind = getattr(role, "kind", None)
            if kind in ("percent", "number", "year"):
                names.add(name)
            elif kind == "money":
                names.update((name, f"{name}_usd"))
        if t == "metric":
            names.add("value_usd")
    return frozenset(names)


def _real(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
