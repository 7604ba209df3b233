"""Exports: the knowledge base in the formats the field loads, written as it is read (one row
at a time, in constant memory).

    kind       jsonl  csv  parquet  ftm  graphml  gexf
    entities     x     x     x       x
    mentions     x     x     x
    facts        x     x     x       x
    graph        x                         x       x

JSON lines of entities and facts are the shapes `../shared/eval/FORMAT.md` fixes; CSV and
Parquet are flat tables (`tables.py`); FollowTheMoney entities for Aleph (`ftm.py`); the
entity graph as GraphML and GEXF for Gephi (`graphs.py`). `run.export` picks the writer.
"""

from __future__ import annotations

from veille.errors import VeilleError

KINDS = ("entities", "mentions", "facts", "graph")
FORMATS = ("jsonl", "csv", "parquet", "ftm", "graphml", "gexf")
PAIRS: dict[str, tuple[str, ...]] = {
    "entities": ("jsonl", "csv", "parquet", "ftm"),
    "mentions": ("jsonl", "csv", "parquet"),
    "facts": ("jsonl", "csv", "parquet", "ftm"),
    "graph": ("jsonl", "graphml", "gexf"),
}
BINARY = ("parquet",)


class ExportError(VeilleError):
    """An export that cannot be made: a format that does not fit the kind of rows, an output
    that cannot be written."""

    code = "V630"


class MissingPackage(ExportError):
    """A format needs a package that is not installed (an optional extra)."""

    code = "V631"
