"""Lexicons and patterns kept as data files, loaded once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_data(name: str) -> dict[str, Any]:
    """A YAML file from veille/data, e.g. 'lexicon/entities.yaml'."""
    path = resources.files("veille") / "data" / name
    with path.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    if not isinstance(data, dict):
        raise ValueError(f"veille/data/{name}: expected a mapping at the top level")
    return data


@cache
def words(name: str, key: str, lang: str | None = None) -> frozenset[str]:
    """A word list from a lexicon file, lower-cased; per language when the entry has languages."""
    entry = load_data(name)[key]
    if isinstance(entry, dict):
        items = entry.get(lang or "fr", []) if lang else [w for v in entry.values() for w in v]
    else:
        items = entry
    return frozenset(str(w).lower() for w in items)


@cache
def cased(name: str, key: str, lang: str | None = None) -> frozenset[str]:
    """A word list kept with its case (suffixes like 'AI', 'Group'); per language as `words`."""
    entry = load_data(name)[key]
    if isinstance(entry, dict):
        items = entry.get(lang, []) if lang else [w for v in entry.values() for w in v]
    else:
        items = entry
    return frozenset(str(w) for w in items)
