"""What an ingest did with each item: its outcome, and the report of a whole ingest."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from veille.errors import VeilleError

STATUSES = ("added", "unchanged", "duplicate", "not_annotated", "failed")


@dataclass
class Outcome:
    """What became of one item: its status, the document it is stored as, and a message
    (why it failed, whose duplicate it is); `error` keeps a failure's exception."""

    source: str
    status: str  # added | unchanged | duplicate | not_annotated | failed
    doc_id: str | None = None
    name: str | None = None
    message: str = ""
    entities: int = 0
    facts: int = 0
    error: VeilleError | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "status": self.status, "doc_id": self.doc_id,
                "name": self.name, "message": self.message, "entities": self.entities,
                "facts": self.facts}


@dataclass
class Report:
    """The outcome of each item of an ingest, in order."""

    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary(self) -> str:
        """'2 added (30 entities, 12 facts), 0 unchanged, 0 duplicates, 0 not annotated, 0 failed'"""
        ents = sum(o.entities for o in self.outcomes)
        facts = sum(o.facts for o in self.outcomes)
        return (f"{self.count('added')} added ({ents} entities, {facts} facts), "
                f"{self.count('unchanged')} unchanged, {self.count('duplicate')} duplicates, "
                f"{self.count('not_annotated')} not annotated, {len(self.failed)} failed")

    def to_dict(self) -> dict[str, Any]:
        """The count of each status and every outcome."""
        return {"counts": {s: self.count(s) for s in STATUSES},
                "entities": sum(o.entities for o in self.outcomes),
                "facts": sum(o.facts for o in self.outcomes),
                "outcomes": [o.to_dict() for o in self.outcomes]}

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per item (for pandas or csv)."""
        return [o.to_dict() for o in self.outcomes]
