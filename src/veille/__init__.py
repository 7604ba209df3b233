"""Veille: a knowledge base of the AI ecosystem built from news articles.

The library API is `KnowledgeBase` (see `veille.api`):

    from veille import KnowledgeBase

    with KnowledgeBase("veille.db") as kb:
        kb.ingest(["examples/corpus"])
        print(kb.ask("How much did Sakana AI raise?").answer)
        rows = kb.facts(type="funding").to_records()

Importing `veille` loads nothing else: the API on first use, the language models on the
first ingest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from veille.api import KnowledgeBase
    from veille.errors import NotFound, VeilleError

__version__ = "0.1.0"
__all__ = ["KnowledgeBase", "NotFound", "VeilleError", "__version__"]
_LAZY = {"KnowledgeBase": "veille.api", "NotFound": "veille.errors", "VeilleError": "veille.errors"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'veille' has no attribute {name!r}")
