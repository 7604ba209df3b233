"""The store interface and its SQLite implementation (one file, WAL, schema under migrations).

The pipeline talks only to `Store`; a PostgreSQL store implements the same methods.
"""

from __future__ import annotations

import json
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from veille.errors import NotFound, StoreError
from veille.models import Document, norm_name

# A document's day: its publication date, else the day it was ingested; a year or a month counts
# as its first day (the migrations index this very expression).
DOC_DAY = "substr(coalesce(d.published, substr(d.ingested_at, 1, 10)) || '-01-01', 1, 10)"
# Where a document comes from: the kind of input, and the site a page names, else the host of its
# address, else that kind (005_entity_counts.sql counts the documents stored before by the same).
SOURCE_KIND = ("CASE WHEN d.source LIKE 'http://%' OR d.source LIKE 'https://%' THEN 'url'"
               " WHEN d.source LIKE 'text:%' THEN 'text' WHEN d.source LIKE 'upload:%' THEN 'upload'"
               " ELSE 'file' END")
_REST = "substr(coalesce(d.url, d.source), instr(coalesce(d.url, d.source), '://') + 3)"
SOURCE_LABEL = (f"coalesce(nullif(d.site, ''), CASE WHEN {SOURCE_KIND} = 'url' THEN CASE WHEN instr({_REST}, '/') > 0"
                f" THEN substr({_REST}, 1, instr({_REST}, '/') - 1) ELSE {_REST} END ELSE {SOURCE_KIND} END)")


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store(ABC):
    """What the pipeline, resolution, search and export need from a store."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction; everything inside commits or nothing does."""

    @abstractmethod
    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]: ...

    @abstractmethod
    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> None: ...

    @abstractmethod
    def execute_many(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        """One statement over many rows."""

    # documents -------------------------------------------------------------
    @abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abstractmethod
    def add_document(self, doc: Document, minhash: bytes | None = None) -> None: ...

    @abstractmethod
    def get_document(self, ref: str) -> Document: ...

    @abstractmethod
    def documents(self) -> list[Document]: ...

    @abstractmethod
    def minhashes(self) -> Iterator[tuple[str, bytes]]: ...

    @abstractmethod
    def record_failure(self, source: str, code: str, error: str) -> None: ...

    @abstractmethod
    def clear_failure(self, source: str) -> None: ...

    @abstractmethod
    def failures(self) -> list[sqlite3.Row]: ...

    # entities ----------------------------------------------------------------
    @abstractmethod
    def entity(self, entity_id: str) -> sqlite3.Row: ...

    @abstractmethod
    def entities_by_alias(self, name: str) -> list[sqlite3.Row]: ...

    @abstractmethod
    def entity_by_gazetteer(self, gazetteer_id: str) -> sqlite3.Row | None: ...

    @abstractmethod
    def aliases(self, entity_id: str) -> list[sqlite3.Row]: ...

    @abstractmethod
    def add_alias(self, entity_id: str, alias: str, reason: str,
                  doc_id: str | None = None) -> None: ...

    @abstractmethod
    def overrides(self, norm: str) -> list[sqlite3.Row]: ...

    @abstractmethod
    def add_override(self, action: str, norm: str, entity_id: str) -> None: ...


class SQLiteStore(Store):
    """The embedded store: one SQLite file in WAL mode, one writer at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        except (sqlite3.Error, OSError) as e:
            raise StoreError(f"cannot open the store {self.path}: {e}",
                             "Check the path given with --db or VEILLE_DB") from e
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path} is not a Veille store ({e})",
                             "Point --db at a new file or an existing Veille store") from e

    def close(self) -> None:
        self.conn.close()

    # schema ------------------------------------------------------------------
    def migrate(self) -> int:
        """Apply the migrations not yet applied; return the schema version."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, at TEXT)")
        done = {r[0] for r in self.conn.execute("SELECT version FROM schema_version")}
        folder = resources.files("veille.kb") / "migrations"
        scripts = sorted((p.name, p) for p in folder.iterdir() if p.name.endswith(".sql"))
        version = max(done, default=0)
        for name, path in scripts:
            number = int(name.split("_", 1)[0])
            if number in done:
                continue
            sql = path.read_text(encoding="utf-8")
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(sql):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_version VALUES (?, ?)", (number, now()))
                self.conn.execute("COMMIT")
            except sqlite3.Error:
                self.conn.execute("ROLLBACK")
                raise
            version = number
        if version > max(done, default=0) and done and self.query(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"):
            # A store whose statistics were gathered before: gather them again, or the planner
            # knows the old indexes and not the new ones and may prefer the ones it does not know.
            self.conn.execute("ANALYZE")
        return version

    @contextmanager
    def write(self) -> Iterator[None]:
        if self.conn.in_transaction:  # nested: the outer transaction decides
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return list(self.conn.execute(sql, params))

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> None:
        self.conn.execute(sql, params)

    def execute_many(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        self.conn.executemany(sql, rows)

    # documents ---------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM documents WHERE id = ?", (doc_id,)))

    def add_document(self, doc: Document, minhash: bytes | None = None) -> None:
        new = not self.has_document(doc.id)
        self.execute(
            "INSERT OR REPLACE INTO documents (id, name, source, url, title, published, site, author,"
            " lang, text, status, duplicate_of, note, minhash, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.name, doc.source, doc.url, doc.title, doc.published, doc.site, doc.author,
             doc.lang, doc.text, doc.status, doc.duplicate_of, doc.note, minhash, now()),
        )
        if new:  # counted by source (kb/overview.py)
            self.execute(
                f"INSERT INTO document_sources (label, kind, n, latest) SELECT {SOURCE_LABEL}, {SOURCE_KIND}, 1,"
                f" {DOC_DAY} FROM documents d WHERE d.id = ?"
                " ON CONFLICT (label, kind) DO UPDATE SET n = n + 1, latest = max(latest, excluded.latest)",
                (doc.id,))

    def set_document_status(self, doc_id: str, status: str, note: str | None = None) -> None:
        self.execute("UPDATE documents SET status = ?, note = ? WHERE id = ?", (status, note, doc_id))

    def get_document(self, ref: str) -> Document:
        rows = self.query("SELECT * FROM documents WHERE id = ? OR name = ? ORDER BY ingested_at, rowid",
                          (ref, ref))
        if not rows:
            raise NotFound(f"no document '{ref}'", "List documents with: veille docs")
        return _row_to_doc(rows[0])

    def documents(self) -> list[Document]:
        return [_row_to_doc(r) for r in self.query("SELECT * FROM documents ORDER BY name, id")]

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        for row in self.conn.execute(
                "SELECT id, minhash FROM documents WHERE minhash IS NOT NULL AND status != 'duplicate'"):
            yield row[0], row[1]

    def record_failure(self, source: str, code: str, error: str) -> None:
        self.execute("INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?)", (source, code, error, now()))

    def clear_failure(self, source: str) -> None:
        self.execute("DELETE FROM failures WHERE source = ?", (source,))

    def failures(self) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM failures ORDER BY at, rowid")

    # entities ----------------------------------------------------------------
    def entity(self, entity_id: str) -> sqlite3.Row:
        rows = self.query("SELECT * FROM entities WHERE id = ?", (entity_id,))
        if not rows:
            raise NotFound(f"no entity with id {entity_id}")
        return rows[0]

    def entities_by_alias(self, name: str) -> list[sqlite3.Row]:
        """Entities one of whose aliases normalises like `name`."""
        return self.query(
            "SELECT DISTINCT e.* FROM entities e JOIN aliases a ON a.entity_id = e.id"
            " WHERE a.norm = ? ORDER BY e.created_at, e.rowid", (norm_name(name),))

    def entity_by_gazetteer(self, gazetteer_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM entities WHERE gazetteer_id = ?", (gazetteer_id,))
        return rows[0] if rows else None

    def aliases(self, entity_id: str) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM aliases WHERE entity_id = ? ORDER BY alias", (entity_id,))

    def add_alias(self, entity_id: str, alias: str, reason: str, doc_id: str | None = None) -> None:
        key = norm_name(alias)
        if key:
            self.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?, ?, ?, ?)",
                         (entity_id, alias, key, reason, doc_id))

    def overrides(self, norm: str) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM overrides WHERE norm = ? ORDER BY id", (norm,))

    def add_override(self, action: str, norm: str, entity_id: str) -> None:
        self.execute("INSERT INTO overrides (action, norm, entity_id, at) VALUES (?, ?, ?, ?)",
                     (action, norm, entity_id, now()))


def _row_to_doc(row: sqlite3.Row) -> Document:
    return Document(id=row["id"], name=row["name"], source=row["source"], text=row["text"],
                    title=row["title"], url=row["url"], published=row["published"],
                    site=row["site"], author=row["author"], lang=row["lang"],
                    status=row["status"], duplicate_of=row["duplicate_of"], note=row["note"])


def _split_sql(sql: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside literals here)."""
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def open_store(path: str | Path) -> SQLiteStore:
    """Open the store at `path` (a file path; PostgreSQL URLs are not supported yet)."""
    text = str(path)
    if text.startswith(("postgres://", "postgresql://")):
        raise StoreError("PostgreSQL stores are not available in this version",
                         "Use a SQLite file path with --db")
    return SQLiteStore(path)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
