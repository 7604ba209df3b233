"""The store interface and its SQLite implementation (one file, WAL, schema under migrations).

The pipeline talks only to `Store`; a PostgreSQL store implements the same methods.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from veille.errors import NotFound, StoreBusy, StoreDamaged, StoreError, StoreMissing, StoreReadOnly
from veille.kb.packed import unzip_text, zip_text
from veille.models import Document, norm_name

# A document's day: its publication date, else the day it was ingested; a year or a month counts
# as its first day (the migrations index this very expression).
DOC_DAY = "substr(coalesce(d.published, substr(d.ingested_at, 1, 10)) || '-01-01', 1, 10)"


def reason(alias: str) -> str:
    """Why the document's entity `alias` (a row of doc_entities) joined its entity: a reason of
    '' is its own name's ('normalised name: ' and the name, kept once since schema 20)."""
    return f"CASE {alias}.reason WHEN '' THEN 'normalised name: ' || {alias}.name ELSE {alias}.reason END"


def stored_reason(why: str, name: str) -> str:
    """The reason a document's entity named `name` keeps for `why` (see `reason`)."""
    return "" if why == f"normalised name: {name}" else why


def stored_words(text: str | None, words: str, start: int, end: int) -> str:
    """What a mention keeps of its `words`: '' when they are the document's `text` at their
    offsets (schema 22), as the pipeline's are."""
    return "" if text is not None and text[start:end] == words else words


def mention_words(text: str, stored: str, start: int, end: int) -> str:
    """A mention's words: those it keeps, else the document's `text` at its offsets."""
    return stored or text[start:end]


def first_evidence(alias: str) -> str:
    """The words of the first evidence of the fact `alias` (the least by text of its evidence,
    kb/facts.py), sliced from its document's text: a fact keeps their offsets (schema 16) and
    the document's number (its rowid, schema 29)."""
    return (f"(SELECT substr(veille_text(fd.text), {alias}.first_ev_start + 1,"
            f" {alias}.first_ev_end - {alias}.first_ev_start)"
            f" FROM documents fd WHERE fd.rowid = {alias}.first_ev_doc)")


def period_start(alias: str) -> str:
    """The first day of the fact `alias`'s date, as SQL. A fact dated by a day keeps no first
    and last day beside its date (they are the date: NULL), and a date that names no period
    keeps '' for them (schema 27): see `stored_period`."""
    return _day(alias, "date_start")


def period_end(alias: str) -> str:
    """The last day of the fact `alias`'s date, as SQL (see `period_start`)."""
    return _day(alias, "date_end")


def _day(alias: str, column: str) -> str:
    # CASE rather than nullif(coalesce(...)): no function called for each row (a sort by it)
    return (f"CASE WHEN {alias}.{column} IS NULL THEN CASE WHEN {alias}.date <> '' THEN {alias}.date END"
            f" WHEN {alias}.{column} <> '' THEN {alias}.{column} END")


def stored_period(date: str | None, start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """A fact's first and last day as the store keeps them beside its date (schema 27): NULL
    for a day that is the date itself, '' for none when there is a date, else the day;
    `period_start`, `period_end` and `fact_period` read them back."""
    def kept(day: str | None) -> str | None:
        if date is None:
            return day
        return None if day == date else "" if day is None else day
    return kept(start), kept(end)


def fact_period(row: Any) -> tuple[str | None, str | None]:
    """The first and last day of a row of `facts` (its date, date_start and date_end), as
    `period_start` and `period_end` read them."""
    date = row["date"]
    start, end = row["date_start"], row["date_end"]
    return (start if start is not None else date) or None, (end if end is not None else date) or None


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

    dialect = "sqlite"  # which SQL the store speaks: sqlite | postgresql (kb/dialect.py)

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction; everything inside commits or nothing does."""

    @abstractmethod
    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]: ...

    def stream(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Iterator[sqlite3.Row]:
        """The rows of a query one at a time, never all in memory (exports)."""
        yield from self.query(sql, params)

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction (write or snapshot) is open."""
        return False

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the store, whatever is written meanwhile."""
        yield

    @abstractmethod
    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> None: ...

    @abstractmethod
    def execute_many(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        """One statement over many rows."""

    def insert_id(self, sql: str, params: tuple[Any, ...] = ()) -> int | None:
        """Run an INSERT ... RETURNING of one id (None when nothing was inserted)."""
        rows = self.query(sql, params)
        return int(rows[0][0]) if rows else None

    # documents -------------------------------------------------------------
    @abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abstractmethod
    def add_document(self, doc: Document, minhash: bytes | None = None) -> None: ...

    def set_document_role(self, doc_id: str, status: str, duplicate_of: str | None = None,
                          note: str | None = None) -> None:
        """Make a stored document an original (annotated or not) or a near duplicate of another."""
        self.execute("UPDATE documents SET status = ?, duplicate_of = ?, note = ? WHERE id = ?",
                     (status, duplicate_of, note, doc_id))

    @abstractmethod
    def get_document(self, ref: str) -> Document: ...

    @abstractmethod
    def documents(self) -> list[Document]: ...

    @abstractmethod
    def signatures(self) -> Iterator[tuple[str, str | None, bytes | None]]:
        """Every document's id, publication date and MinHash signature (None for the near
        duplicates stored before schema version 10, which did not keep theirs)."""

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


class SharedStore(Store):
    """The methods of documents and entities, in SQL both stores run (PostgreSQL's through
    kb/dialect.py)."""

    path: str
    read_only: bool = False
    applied: list[str] = []  # the migrations applied when the store was opened (veille migrate)

    def tables(self) -> list[str]:
        """The store's tables, by name."""
        return sorted(r[0] for r in self.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))

    def schema_version(self) -> int:
        """The version of the store's schema (its last migration's number)."""
        return int(self.query("SELECT max(version) FROM schema_version")[0][0] or 0)

    def columns(self, table: str) -> list[str]:
        """A table's columns, in order."""
        return [r[1] for r in self.query(f"PRAGMA table_info({table})")]

    def after_copy(self) -> None:
        """What a store does once rows were copied into it with their ids (kb/copy.py)."""

    # documents ---------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM documents WHERE id = ?", (doc_id,)))

    def add_document(self, doc: Document, minhash: bytes | None = None) -> None:
        new = not self.has_document(doc.id)
        self.execute(
            "INSERT OR REPLACE INTO documents (id, name, source, url, title, published, site, author,"
            " lang, text, status, duplicate_of, note, minhash, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, veille_zip(?), ?, ?, ?, ?, ?)",  # compressed in SQLite
            (doc.id, doc.name, doc.source, doc.url, doc.title, doc.published, doc.site, doc.author,
             doc.lang, doc.text, doc.status, doc.duplicate_of, doc.note, minhash, now()),
        )
        if new:  # counted by source (kb/overview.py)
            self.execute(
                f"INSERT INTO document_sources (label, kind, n, latest) SELECT {SOURCE_LABEL}, {SOURCE_KIND}, 1,"
                f" {DOC_DAY} FROM documents d WHERE d.id = ?"
                " ON CONFLICT (label, kind) DO UPDATE SET n = document_sources.n + 1,"
                " latest = max(document_sources.latest, excluded.latest)",
                (doc.id,))

    def get_document(self, ref: str) -> Document:
        rows = self.query("SELECT * FROM documents WHERE id = ? OR name = ? ORDER BY ingested_at, rowid",
                          (ref, ref))
        if not rows:
            raise NotFound(f"no document '{ref}'", "List documents with: veille docs")
        return _row_to_doc(rows[0])

    def documents(self) -> list[Document]:
        return [_row_to_doc(r) for r in self.query("SELECT * FROM documents ORDER BY name, id")]

    def signatures(self) -> Iterator[tuple[str, str | None, bytes | None]]:
        for row in self.stream("SELECT id, published, minhash FROM documents ORDER BY id"):
            yield row[0], row[1], row[2]

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
        """Record a name of an entity. A name given again keeps one spelling, reason and
        document whatever the order documents came in: the gazetteer's reason first (the
        gazetteer's own name, with no document, before a document's), then the first document
        id in sort order (then the first reason), with that document's reason; the spelling of
        the gazetteer's that way, else the shortest (then the first in sort order)."""
        key = norm_name(alias)
        if key:
            first = ("(CASE WHEN excluded.reason = 'gazetteer' THEN 0 ELSE 1 END, coalesce(excluded.doc_id, ''),"
                     " excluded.reason) < (CASE WHEN aliases.reason = 'gazetteer' THEN 0 ELSE 1 END,"
                     " coalesce(aliases.doc_id, ''), aliases.reason)")
            self.execute(
                "INSERT INTO aliases VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity_id, norm) DO UPDATE SET"
                f" alias = CASE WHEN 'gazetteer' IN (aliases.reason, excluded.reason) THEN CASE WHEN {first}"
                " THEN excluded.alias ELSE aliases.alias END WHEN length(excluded.alias) < length(aliases.alias)"
                " OR (length(excluded.alias) = length(aliases.alias)"
                " AND excluded.alias < aliases.alias) THEN excluded.alias ELSE aliases.alias END,"
                f" doc_id = CASE WHEN {first} THEN excluded.doc_id ELSE aliases.doc_id END,"
                f" reason = CASE WHEN {first} THEN excluded.reason ELSE aliases.reason END",
                (entity_id, alias, key, reason, doc_id))

    def overrides(self, norm: str) -> list[sqlite3.Row]:
        return self.query("SELECT * FROM overrides WHERE norm = ? ORDER BY id", (norm,))

    def add_override(self, action: str, norm: str, entity_id: str) -> None:
        self.execute("INSERT INTO overrides (action, norm, entity_id, at) VALUES (?, ?, ?, ?)",
                     (action, norm, entity_id, now()))


SQLITE_HEADER = b"SQLite format 3\x00"
QUICK_CHECK_BYTES = 128 * 2**20  # stores up to this size are checked page by page when opened
TABLES = ("documents", "failures", "entities", "aliases", "doc_entities", "mentions", "overrides",
          "facts", "evidence", "fact_entities")
DAMAGED_HINT = ("Restore a copy, or build a new store from the same files with --db NEW.db "
                "(sqlite3 FILE '.recover' may save what it holds)")


class SQLiteStore(SharedStore):
    """The embedded store: one SQLite file in WAL mode, one writer at a time.

    Durability: WAL with `synchronous=NORMAL`: a commit survives the process being killed;
    after a power cut the last commits may be lost but the file is never damaged. Each
    document is stored in one transaction, so an interrupted ingest leaves whole documents,
    and running it again stores the rest.

    Opening checks that the file is a Veille store: a SQLite file (else "not a Veille store"),
    holding Veille's tables and no others' (a foreign database is never written to), readable
    to its last page (`PRAGMA quick_check`, when `check` is true, or `None` and the file is at
    most QUICK_CHECK_BYTES). `create=False` refuses a missing file instead of creating it (a
    mistyped path for a command that only reads). A file this process may not write is opened
    read-only: reads work, writes raise StoreError.
    """

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False,
                 check: bool | None = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        memory = self.path == ":memory:" or self.path.startswith("file::memory:")
        if re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:/", self.path):  # never a file named after an address
            raise StoreError(f"{self.path} is an address, not a store file",
                             "Open it with open_store(), which knows PostgreSQL URIs")
        file = Path(self.path)
        if not memory:
            self._check_file(file, create)
            self.read_only = read_only or (file.exists() and not _writable(file))
        try:
            if not memory and not file.exists():
                file.parent.mkdir(parents=True, exist_ok=True)
            self.conn = self._connect()
        except (sqlite3.Error, OSError) as e:
            raise StoreError(f"cannot open the store {self.path}: {e}",
                             "Check the path given with --db or VEILLE_DB") from e
        self.conn.row_factory = sqlite3.Row
        try:
            self._prepare(check if check is not None else
                          (not memory and file.stat().st_size <= QUICK_CHECK_BYTES))
        except StoreError:
            self.conn.close()
            raise
        except sqlite3.DatabaseError as e:
            self.conn.close()
            raise store_error(self.path, e) from e

    def _check_file(self, file: Path, create: bool) -> None:
        if file.is_dir():
            raise StoreError(f"{self.path} is a folder, not a Veille store",
                             "Point --db at a store file, for example --db veille.db")
        if not file.exists():
            if not create:
                raise StoreMissing(f"there is no store at {self.path}",
                                 "Check --db (or $VEILLE_DB), or create one with: "
                                 f"veille ingest --db {self.path} FILES")
            folder = next((p for p in file.absolute().parents if p.exists()), None)
            if folder is not None and not os.access(folder, os.W_OK | os.X_OK):
                raise StoreError(f"cannot create the store {self.path}: the folder {folder} may not be "
                                 "written (permission denied)",
                                 "Choose a store in a folder you may write, with --db or VEILLE_DB")
            return
        try:
            with file.open("rb") as f:
                head = f.read(len(SQLITE_HEADER))
        except OSError as e:
            raise StoreError(f"cannot open the store {self.path}: {e.strerror}",
                             "Check the file's permissions") from e
        if head and head != SQLITE_HEADER:
            raise StoreError(f"{self.path} is not a Veille store (not a SQLite file)",
                             "Point --db at a new file or an existing Veille store")

    def _connect(self) -> sqlite3.Connection:
        conn = self._open()
        add_functions(conn)
        return conn

    def _open(self) -> sqlite3.Connection:
        if not self.read_only:
            return sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        # Read-only: a WAL store needs its -shm file; when it cannot be made (a folder this
        # process may not write), the file is read as it is (immutable).
        uri = "file:" + quote(str(Path(self.path).absolute()))
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=30.0, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            conn = sqlite3.connect(uri + "?immutable=1", uri=True, timeout=30.0, isolation_level=None)
        return conn

    def _prepare(self, quick_check: bool) -> None:
        self.conn.execute("PRAGMA foreign_keys=ON")
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        check_tables(self.path, tables, "a SQLite database", "a new file", DAMAGED_HINT)
        if quick_check:
            problems = [r[0] for r in self.conn.execute("PRAGMA quick_check(3)")]
            if problems != ["ok"]:
                found = " ".join("; ".join(str(p) for p in problems).split())  # one line
                raise StoreDamaged(f"the store {self.path} is damaged ({found[:200]})",
                                 DAMAGED_HINT)
        if self.read_only:
            pending = self.pending_migrations()
            if pending:
                raise StoreReadOnly(f"the store {self.path} is read-only and from an older version of Veille",
                                 "Open it once where it can be written, to upgrade it")
            return
        self._wal()
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.migrate()

    def _wal(self) -> None:
        """Put the store in WAL mode. Switching takes the file's exclusive lock and SQLite does
        not wait for it as it waits to write: a process creating the store at the same time as
        another (which holds it to switch or to migrate) waits here, at most 30 s."""
        deadline = time.monotonic() + 30
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode=WAL").fetchone()  # a store in memory stays in memory
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def close(self) -> None:
        self.conn.close()

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    # schema ------------------------------------------------------------------
    def pending_migrations(self) -> list[str]:
        """The migration scripts not yet applied, by name."""
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        done = ({r[0] for r in self.conn.execute("SELECT version FROM schema_version")}
                if "schema_version" in tables else set())
        return [name for name, _ in _scripts() if int(name.split("_", 1)[0]) not in done]

    def migrate(self) -> int:
        """Apply the migrations not yet applied; return the schema version. Each runs in a
        write transaction that first reads what is applied, so that processes opening a new
        store at once apply each migration once. `applied` names those this call applied."""
        self.applied = []
        version = 0
        applied = earlier = False  # a migration applied here; one applied before this call
        for name, path in _scripts():
            number = int(name.split("_", 1)[0])
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, at TEXT)")
                if self.conn.execute("SELECT 1 FROM schema_version WHERE version = ?", (number,)).fetchone():
                    self.conn.execute("COMMIT")
                    version = number
                    earlier = True
                    continue
                for statement in _split_sql(path.read_text(encoding="utf-8")):
                    self.conn.execute(statement)
                from veille.kb.steps import run_step  # what SQL cannot say (it imports this module)

                run_step(number, self)
                self.conn.execute("INSERT INTO schema_version VALUES (?, ?)", (number, now()))
                self.conn.execute("COMMIT")
                applied = True
                self.applied.append(name)
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            version = number
        if applied and earlier and self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            # A store whose statistics were gathered before: gather them again, or the planner
            # knows the old indexes and not the new ones and may prefer the ones it does not know.
            self.conn.execute("ANALYZE")
        return max([version, *(r[0] for r in self.conn.execute("SELECT version FROM schema_version"))])

    @contextmanager
    def write(self) -> Iterator[None]:
        if self.conn.in_transaction:  # nested: the outer transaction decides
            yield
            return
        if self.read_only:
            raise StoreReadOnly(f"the store {self.path} is read-only",
                                "Check the file's permissions, or work on a copy")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return list(self.conn.execute(sql, params))

    def stream(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Iterator[sqlite3.Row]:
        cursor = self.conn.execute(sql, params)
        try:
            while rows := cursor.fetchmany(500):
                yield from rows
        finally:  # a generator left unfinished (`export | head`) may be closed after the store
            with suppress(sqlite3.ProgrammingError):
                cursor.close()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction (WAL: an ingest may write meanwhile, unseen)."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> None:
        self.conn.execute(sql, params)

    def execute_many(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        self.conn.executemany(sql, rows)

def add_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions of a store's connection: the documents' text is kept compressed
    (kb/packed.py; PostgreSQL's are in its migrations, and do nothing)."""
    conn.create_function("veille_text", 1, _interruptible(unzip_text), deterministic=True)
    conn.create_function("veille_zip", 1, _interruptible(zip_text), deterministic=True)


_interrupted_in_sql = threading.Event()


def _interruptible(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """An SQL function that remembers a Ctrl-C met while it ran: SQLite only says that 'a
    user-defined function raised exception', and `store_error` makes it the interrupt again."""
    def call(value: Any) -> Any:
        try:
            return fn(value)
        except KeyboardInterrupt:
            _interrupted_in_sql.set()
            raise
    return call


def _row_to_doc(row: sqlite3.Row) -> Document:
    return Document(id=row["id"], name=row["name"], source=row["source"], text=unzip_text(row["text"]) or "",
                    title=row["title"], url=row["url"], published=row["published"],
                    site=row["site"], author=row["author"], lang=row["lang"],
                    status=row["status"], duplicate_of=row["duplicate_of"], note=row["note"])


def _scripts() -> list[tuple[str, Any]]:
    """The migration scripts, (file name, resource), in order."""
    folder = resources.files("veille.kb") / "migrations"
    return sorted((p.name, p) for p in folder.iterdir() if p.name.endswith(".sql"))


def check_tables(path: str, tables: set[str], what: str, instead: str, damaged_hint: str) -> None:
    """Refuse a database that holds other tables than a Veille store's (`what`: 'a SQLite
    database'; `instead`: what --db may point at instead), or a store with tables missing.
    `tables` holds the views too (`evidence` is one since schema version 9)."""
    if tables and "schema_version" not in tables:
        shown = ", ".join(sorted(tables)[:5]) + (" ..." if len(tables) > 5 else "")
        raise StoreError(f"{path} is not a Veille store ({what} of other tables: {shown})",
                         f"Point --db at {instead} or an existing Veille store; this one is left as it is")
    if "schema_version" in tables and not set(TABLES) <= tables:
        raise StoreDamaged(f"{path} is not a Veille store (tables are missing: "
                           f"{', '.join(sorted(set(TABLES) - tables))})", damaged_hint)


def _writable(file: Path) -> bool:
    """Whether this process may write the store file (and its folder, for the WAL files)."""
    return os.access(file, os.W_OK) and os.access(file.parent if str(file.parent) else ".", os.W_OK)


# Errors writing the file (not reading it): a full disk where the system says so only as an
# I/O error, a file grown past the process's size limit (EFBIG), a failed truncate or fsync.
WRITE_ERRORS = frozenset({"SQLITE_FULL", "SQLITE_IOERR_WRITE", "SQLITE_IOERR_TRUNCATE", "SQLITE_IOERR_FSYNC",
                          "SQLITE_IOERR_DIR_FSYNC", "SQLITE_IOERR_SHMSIZE"})


def store_error(path: str, e: sqlite3.Error) -> StoreError:
    """An SQLite error met while using the store at `path`, as the store error it means."""
    text = str(e)
    if "user-defined function raised exception" in text and _interrupted_in_sql.is_set():
        _interrupted_in_sql.clear()  # Ctrl-C inside an SQL function: the statement was undone
        raise KeyboardInterrupt
    if getattr(e, "sqlite_errorname", "") in WRITE_ERRORS or "full" in text:
        # SQLite's commit is atomic: a write that fails leaves the store as it was before it
        return StoreError(f"the store {path} cannot grow: the disk is full or a file size limit (ulimit -f) "
                          f"is reached ({text})",
                          "Free some space or raise the limit, then run the command again: what is stored is kept")
    if "malformed" in text or "not a database" in text or "disk I/O" in text or "decode" in text:
        return StoreDamaged(f"the store {path} is damaged ({text})", DAMAGED_HINT)
    if "readonly" in text or "read-only" in text:
        return StoreReadOnly(f"the store {path} is read-only ({text})",
                             "Check the file's permissions, or work on a copy")
    if "locked" in text or "busy" in text:
        return StoreBusy(f"the store {path} is busy: another process is writing to it ({text})",
                         "Wait for it to finish, then run the command again")
    if isinstance(e, sqlite3.DatabaseError) and not isinstance(e, sqlite3.OperationalError):
        return StoreError(f"{path} is not a Veille store ({text})",
                          "Point --db at a new file or an existing Veille store")
    return StoreDamaged(f"the store {path} failed ({type(e).__name__}: {text})", DAMAGED_HINT)


def _split_sql(sql: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside literals here)."""
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def open_store(path: str | Path, *, create: bool = True, read_only: bool = False,
               check: bool | None = False) -> SharedStore:
    """Open the store at `path`: a SQLite file, or a PostgreSQL database by its URI
    (postgresql://...; see kb/postgres.py). Any other URL is refused rather than taken for a file
    name. See `SQLiteStore` for the rest."""
    text = str(path)
    if text.startswith(("postgres:", "postgresql:")):
        from veille.kb.postgres import PostgresStore

        return PostgresStore(text, create=create, read_only=read_only, check=check)
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text):
        raise StoreError(f"{text} is an address, not a store file",
                         "Give --db the path of a SQLite file (--db veille.db) or a PostgreSQL URI "
                         "(--db postgresql://user@host/db)")
    return SQLiteStore(path, create=create, read_only=read_only, check=check)


_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # json.dumps's, made once


def dumps(value: Any) -> str:
    return _JSON.encode(value)
