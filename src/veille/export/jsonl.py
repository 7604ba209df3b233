"""Entities (one per entity per document) and facts (one per piece of evidence) as JSON lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from veille.kb.export import entity_rows, fact_rows

__all__ = ["entity_rows", "fact_rows", "write_jsonl"]


def write_jsonl(rows: Iterator[dict[str, Any]], out: Any) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n
