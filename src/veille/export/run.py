"""One export: a kind of rows in a format, to a file or a stream, read in one snapshot of the
store. A file is written beside its final name and renamed when complete, so that a failed
export never leaves half a file under the name asked for."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from veille.export import BINARY, FORMATS, KINDS, PAIRS, ExportError
from veille.kb import export as rows
from veille.kb.store import Store

Output = str | Path | IO[str] | IO[bytes] | None


def check_pair(kind: str, fmt: str) -> None:
    """ExportError unless `fmt` is a format of `kind`."""
    if kind not in KINDS:
        raise ExportError(f"unknown export '{kind}'", "Export one of: " + ", ".join(KINDS))
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}'", f"Use --format {' or '.join(PAIRS[kind])}")
    if fmt not in PAIRS[kind]:
        raise ExportError(f"{kind} cannot be exported as {fmt}", f"Use --format {' or '.join(PAIRS[kind])}")


def export(store: Store, kind: str, fmt: str, out: Output = None, *,
           facts: rows.FactFilters | None = None, docs: rows.DocFilters | None = None) -> int:
    """Write the `kind` rows (entities, mentions, facts, graph) in `fmt` to `out`: a path, a
    stream (text, or bytes for Parquet), or standard output when None. Facts and the graph
    take `facts` filters, entities and mentions `docs` filters. Returns how many rows
    (entities for FtM, nodes and edges for a graph) were written."""
    check_pair(kind, fmt)
    _check_packages(fmt)
    fact_filters, doc_filters = facts or rows.FactFilters(), docs or rows.DocFilters()
    with open_output(out, fmt in BINARY) as stream, store.snapshot():
        return _write(store, kind, fmt, stream, fact_filters, doc_filters)


def _check_packages(fmt: str) -> None:
    """Fail before any output is opened when the format's package is missing."""
    if fmt == "parquet":
        from veille.export.tables import pyarrow_modules

        pyarrow_modules()
    elif fmt == "ftm":
        from veille.export.ftm import _model

        _model()


def _write(store: Store, kind: str, fmt: str, out: Any, facts: rows.FactFilters, docs: rows.DocFilters) -> int:
    from veille.export import tables
    from veille.export.jsonl import write_jsonl

    if kind == "graph":
        from veille.export import graphs

        nodes, edges = rows.graph_nodes(store, facts), rows.graph_edges(store, facts)
        writer = {"jsonl": graphs.write_graph_jsonl, "graphml": graphs.write_graphml, "gexf": graphs.write_gexf}[fmt]
        return writer(nodes, edges, out)
    if fmt == "ftm":
        from veille.export import ftm

        if kind == "entities":
            return write_jsonl((ftm.entity(e) for e in rows.entities_with_aliases(store, docs)), out)
        return write_jsonl(ftm.stream_facts(rows.fact_entities(store, facts), rows.fact_documents(store, facts),
                                            rows.fact_roles(store, facts)), out)
    if fmt == "jsonl":
        if kind == "entities":
            return write_jsonl(rows.entity_rows(store, docs), out)
        if kind == "mentions":
            return write_jsonl(rows.mention_rows(store, docs), out)
        return write_jsonl(rows.fact_rows(store, filters=facts), out)
    table: Iterator[dict[str, Any]]
    if kind == "entities":
        table, columns = rows.entity_table(store, docs), tables.ENTITY_COLUMNS
    elif kind == "mentions":
        table, columns = rows.mention_rows(store, docs), tables.MENTION_COLUMNS
    else:
        table, columns = map(tables.flatten_fact, rows.fact_statements(store, facts)), tables.fact_columns()
    if fmt == "csv":
        return tables.write_csv(table, columns, out)
    return tables.write_parquet(table, columns, out)


@contextlib.contextmanager
def open_output(out: Output, binary: bool = False) -> Iterator[Any]:
    """A stream to write to: `out` itself, standard output when None, or a file beside the
    path `out` renamed to it when the block ends without an error (removed otherwise)."""
    if out is None:
        if binary and sys.stdout.isatty():
            raise ExportError("the output is binary and standard output is a terminal",
                              "Write it to a file with -o FILE, or redirect the output")
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    if not isinstance(out, str | Path):
        yield out
        return
    path = Path(out)
    if path.is_dir():
        raise ExportError(f"{path} is a folder", "Give -o the path of a file to write")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, part = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e.strerror}",
                          "Check that its folder exists and may be written") from e
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as f:
            yield f
        os.chmod(part, 0o644 & ~_umask())
        os.replace(part, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(part)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
