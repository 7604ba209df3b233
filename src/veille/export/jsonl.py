"""Entities (one per entity per document) and facts (one per piece of evidence) as JSON lines."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import Any

from veille.kb.export import entity_rows, fact_rows

__all__ = ["dumps", "entity_rows", "fact_rows", "write_jsonl"]

# C1 controls and bidirectional marks: json.dumps(ensure_ascii=False) writes them raw, and a
# terminal may act on them. Written as \u escapes, the JSON value is the same.
_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON text of a value, always valid and safe in a terminal: a number too large for a
    float (infinite) or not a number becomes null (json.dumps would write `Infinity`, which
    is not JSON), and C1 controls and bidirectional marks are \\u escapes."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)
    except ValueError:
        text = json.dumps(_finite(value), ensure_ascii=False, allow_nan=False, indent=indent)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def write_jsonl(rows: Iterator[dict[str, Any]], out: Any) -> int:
    n = 0
    for row in rows:
        out.write(dumps(row) + "\n")
        n += 1
    return n
