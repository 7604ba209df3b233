"""Flat tables of entities, mentions and facts, as CSV (standard library) or Parquet
(pyarrow), written in batches so that memory stays flat whatever the store's size.

A fact's row carries its evidence and document, and one column per role of the fact schema
(`data/schema/facts.yaml`): an amount is three columns (`amount_value`, `amount_currency`,
`amount_usd`), a list of entities is a list in Parquet and names joined by ' | ' in CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from functools import cache
from typing import IO, Any

from veille.export import MissingPackage
from veille.facts.render import summary
from veille.schema import schema

Columns = list[tuple[str, str]]  # (name, kind): str, int, float, list
BATCH = 2_000  # rows per Parquet record batch
LIST_SEPARATOR = " | "

ENTITY_COLUMNS: Columns = [
    ("id", "str"), ("name", "str"), ("type", "str"), ("kind", "str"), ("gazetteer_id", "str"),
    ("documents", "int"), ("mentions", "int"), ("aliases", "list"), ("first_seen", "str"), ("last_seen", "str")]
MENTION_COLUMNS: Columns = [
    ("doc", "str"), ("doc_id", "str"), ("start", "int"), ("end", "int"), ("text", "str"), ("entity_id", "str"),
    ("entity", "str"), ("type", "str"), ("kind", "str"), ("found_by", "str"), ("doc_title", "str"),
    ("doc_url", "str"), ("doc_published", "str"), ("doc_lang", "str")]
FACT_COLUMNS: Columns = [
    ("fact_id", "str"), ("doc", "str"), ("type", "str"), ("summary", "str"), ("date", "str"),
    ("date_precision", "str"), ("date_start", "str"), ("date_end", "str"), ("modality", "str"),
    ("confidence", "float"), ("rule", "str"), ("sources", "int"), ("conflicts", "int"),
    ("evidence_start", "int"), ("evidence_end", "int"), ("evidence_text", "str"), ("sentence", "str"),
    ("doc_id", "str"), ("doc_title", "str"), ("doc_url", "str"), ("doc_published", "str"), ("doc_lang", "str"),
    ("args", "str")]
_NUMERIC = {"percent": "float", "number": "float", "year": "int"}


@cache
def role_columns() -> tuple[tuple[str, str, str, str], ...]:
    """(column, kind, role, part) for every role of the schema, in its order: part is '' or,
    for amounts, 'value', 'currency' or 'usd'. A role name used with two kinds is text."""
    kinds: dict[str, set[str]] = {}
    for ftype in schema().types.values():
        for spec in ftype.roles.values():
            kinds.setdefault(spec.name, set()).add(spec.kind)
    fixed = {name for name, _ in FACT_COLUMNS}
    out: list[tuple[str, str, str, str]] = []
    for role, found in kinds.items():
        if found == {"money"}:
            out += [(f"{role}_value", "float", role, "value"), (f"{role}_currency", "str", role, "currency"),
                    (f"{role}_usd", "float", role, "usd")]
        elif found == {"entities"}:
            out.append((role, "list", role, ""))
        elif len(found) == 1 and next(iter(found)) in _NUMERIC:
            out.append((role, _NUMERIC[next(iter(found))], role, ""))
        else:
            out.append((role, "str", role, ""))
    clash = fixed & {c for c, *_ in out}
    if clash:  # the schema is data: a new role must not hide a column
        raise ValueError(f"facts.yaml: role columns {sorted(clash)} clash with the facts table's columns")
    return tuple(out)


def fact_columns() -> Columns:
    return FACT_COLUMNS + [(c, k) for c, k, _, _ in role_columns()]


def flatten_fact(row: dict[str, Any]) -> dict[str, Any]:
    """A fact statement (kb.export.fact_statements) as one flat row of `fact_columns()`."""
    args = row["args"]
    out = {name: row.get(name) for name, _ in FACT_COLUMNS}
    out["summary"] = summary(row["type"], args) if row["type"] in schema().types else None
    out["args"] = json.dumps(args, ensure_ascii=False, sort_keys=True)
    for column, kind, role, part in role_columns():
        value = args.get(role)
        if part:
            value = value.get(part) if isinstance(value, dict) else None
        out[column] = _cast(value, kind)
    return out


def _cast(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "list":
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if kind in ("float", "int"):
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None
        if kind == "int":
            return int(number) if number.is_integer() else None
        return number
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


# --- writers ------------------------------------------------------------------------------------

def write_csv(rows: Iterable[dict[str, Any]], columns: Columns, out: IO[str]) -> int:
    """Rows as CSV with a header line; lists joined by ' | ', missing values empty."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name for name, _ in columns])
    n = 0
    for row in rows:
        writer.writerow([_csv_cell(row.get(name), kind) for name, kind in columns])
        n += 1
    return n


def _csv_cell(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == "list":
        return LIST_SEPARATOR.join(value)
    return value


def pyarrow_modules() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as e:
        raise MissingPackage("the Parquet export needs pyarrow, which is not installed",
                             "Install it: pip install 'veille[exports]'") from e
    return pa, pq


def write_parquet(rows: Iterable[dict[str, Any]], columns: Columns, out: IO[bytes]) -> int:
    """Rows as one Parquet file, written in record batches of BATCH rows (zstd-compressed)."""
    pa, pq = pyarrow_modules()
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string())}
    arrow_schema = pa.schema([(name, types[kind]) for name, kind in columns])
    n = 0
    with pq.ParquetWriter(out, arrow_schema, compression="zstd") as writer:
        for batch in _batches(rows, BATCH):
            data = {name: [row.get(name) for row in batch] for name, _ in columns}
            writer.write_batch(pa.record_batch(data, schema=arrow_schema))
            n += len(batch)
    return n


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
