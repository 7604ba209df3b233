"""The SQL the knowledge base writes for SQLite, said in PostgreSQL's dialect.

The queries of `kb/`, `answer/` and `watch/` are written once, in SQLite's dialect. What
PostgreSQL says otherwise is rewritten here, each difference by one named rule; what can be a
function is a function of the PostgreSQL schema instead (migrations/postgresql/001_init.sql:
`instr`, `group_concat`, two-argument `min` and `max`, `printf`, `julianday`, `json_extract`,
`veille_json_each`, `json_group_array`). Statements are rewritten once and remembered.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Each table's key (what INSERT OR REPLACE replaces on) and columns (for INSERT ... VALUES
# without a column list), as the migrations make them.
KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("id",), "failures": ("source",), "entities": ("id",), "aliases": ("entity_id", "norm"),
    "doc_entities": ("doc", "key"), "mentions": ("doc", "start", "end"), "facts": ("id",),
    "evidence": ("fact_id", "doc_id", "start", "end"), "evidence_spans": ("fact_id", "doc", "start", "end"),
    "fact_entities": ("fact_id", "role", "entity_id"),
    "search_state": ("key",), "alert_rules": ("name",), "digest_schedules": ("name",),
    "sources": ("url",), "source_items": ("source_id", "url"), "document_sources": ("label", "kind"),
    "graph_pairs": ("kind", "source", "target"), "graph_links": ("kind", "source", "target", "fact_id"),
}
COLUMNS: dict[str, tuple[str, ...]] = {
    "failures": ("source", "code", "error", "at"),
    "aliases": ("entity_id", "alias", "norm", "reason", "doc_id"),
    "evidence": ("fact_id", "doc_id", "start", "end", "text", "sentence", "doc"),
    "evidence_spans": ("fact_id", "doc", "start", "end", "sentence_start", "sentence_end"),
    "search_state": ("key", "value"),
}

_LITERAL = re.compile(r"('(?:[^']|'')*')")
_OR_IGNORE = re.compile(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", re.I)
_OR_REPLACE = re.compile(r"\bINSERT\s+OR\s+REPLACE\s+INTO\s+(\w+)\s*(\(([^)]*)\))?", re.I)
_RETURNING = re.compile(r"\bRETURNING\b", re.I)
_END_COLUMN = re.compile(r"(?<![.\w\"])end(?![\w(\"])")  # the column `end` (CASE ... END is in capitals)
_UNARY_PLUS = re.compile(r"(?<=[\s(])\+(?=[A-Za-z_]\w*\.)")  # `+f.type`: SQLite's hint not to use an index
_INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.I)  # SQLite's choice of an index: PostgreSQL's planner
_CROSS_ON = re.compile(r"\bCROSS\s+JOIN(?=\s+\w+(?:\s+(?!ON\b)\w+)?\s+ON\b)", re.I)  # SQLite's join order
_LIKE = re.compile(r"\bLIKE\b")  # SQLite's LIKE ignores case
_CHAR = re.compile(r"\bchar\(", re.I)
_JSON_EACH = re.compile(r"\bjson_each\(")
_JSON_BUILD = re.compile(r"\bjson_(array|object)\(")
_LIMIT = re.compile(r"\bLIMIT\s+(\?|-1\b)")  # SQLite: a negative limit is none
_QMARK = re.compile(r"\?(\d*)")
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@lru_cache(maxsize=4096)
def postgres(sql: str, params: str = "") -> str:
    """`sql` for PostgreSQL; `params` says how its parameters are given: "" none, "seq" `?`,
    "map" `:name` (then written psycopg's way, `%s` and `%(name)s`)."""
    out = []
    for n, part in enumerate(_LITERAL.split(sql)):
        if n % 2:  # a string literal: kept, but for psycopg's own marks
            out.append(part.replace("%", "%%") if params else part)
            continue
        if params:
            part = part.replace("%", "%%")
        part = _END_COLUMN.sub('"end"', part)
        part = _UNARY_PLUS.sub("", part)
        part = _INDEXED_BY.sub("", part)
        part = _CROSS_ON.sub("JOIN", part)
        part = _LIKE.sub("ILIKE", part)
        part = _CHAR.sub("chr(", part)
        part = _LIMIT.sub(lambda m: "LIMIT ALL" if m.group(1) == "-1" else "LIMIT nullif(?, -1)", part)
        part = _JSON_EACH.sub("veille_json_each(", part)
        part = _JSON_BUILD.sub(r"jsonb_build_\1(", part)
        if params == "seq":
            part = _QMARK.sub(lambda m: f"%(p{m.group(1)})s" if m.group(1) else "%s", part)
        elif params == "map":
            part = _NAMED.sub(r"%(\1)s", part)
        out.append(part)
    return _upserts("".join(out))


def numbered(sql: str) -> bool:
    """Whether a statement numbers its parameters (?1, ?2): given then by name (p1, p2)."""
    return "%(p" in sql


def by_number(params: tuple[object, ...] | list[object]) -> dict[str, object]:
    return {f"p{n}": v for n, v in enumerate(params, 1)}


def _upserts(sql: str) -> str:
    """INSERT OR IGNORE and INSERT OR REPLACE as INSERT ... ON CONFLICT."""
    if _OR_IGNORE.search(sql):
        return _on_conflict(_OR_IGNORE.sub("INSERT INTO", sql, count=1), "ON CONFLICT DO NOTHING")
    m = _OR_REPLACE.search(sql)
    if not m:
        return sql
    table = m.group(1)
    columns = ([c.strip().strip('"') for c in m.group(3).split(",")] if m.group(2)
               else list(COLUMNS.get(table, ())))
    key = KEYS.get(table)
    if not key or not columns:
        raise ValueError(f"INSERT OR REPLACE INTO {table}: its key and columns are not known (kb/dialect.py)")
    rest = [c for c in columns if c not in key]
    quoted = ", ".join(_name(c) for c in key)
    action = (f"ON CONFLICT ({quoted}) DO UPDATE SET " + ", ".join(f"{_name(c)} = excluded.{_name(c)}" for c in rest)
              if rest else f"ON CONFLICT ({quoted}) DO NOTHING")
    head = f"INSERT INTO {table}" + (f" ({m.group(3)})" if m.group(2) else "") + " "
    return _on_conflict(sql[:m.start()] + head + sql[m.end():], action)


def _on_conflict(sql: str, clause: str) -> str:
    m = _RETURNING.search(sql)
    if m:
        return f"{sql[:m.start()].rstrip()} {clause} {sql[m.start():]}"
    return f"{sql.rstrip().rstrip(';')} {clause}"


def _name(column: str) -> str:
    return '"end"' if column == "end" else column
