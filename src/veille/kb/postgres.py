"""The PostgreSQL store: the same interface and queries as the SQLite store, over psycopg 3 and a
connection pool, for a knowledge base shared by many processes and machines.

`--db postgresql://user@host/db` (or `$VEILLE_DB`; any libpq URI, such as
`postgresql://veille@/db?host=/run/postgresql&port=5433`) opens it; an empty database is made a
Veille store (and a database that does not exist is created, when the user may). The queries are
written in SQLite's dialect and said in PostgreSQL's by kb/dialect.py; the schema is
migrations/postgresql/, numbered as SQLite's, recorded in the same `schema_version` table.

Transactions: like SQLite, one writer at a time. `write()` takes a transaction-level advisory
lock of the database before anything else, so that two ingests resolving the same new entity at
once see each other's (the second waits for the first to commit), and a document's `rowid`
grows in the order of commits (search indexing relies on it). Readers never wait (MVCC), and
`snapshot()` reads one state of the store (REPEATABLE READ).
"""

from __future__ import annotations

import atexit
import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from importlib import resources
from typing import Any, cast

import psycopg
from psycopg import ClientCursor, conninfo, sql
from psycopg.adapt import Dumper
from psycopg.rows import RowMaker
from psycopg_pool import ConnectionPool

from veille.errors import StoreBusy, StoreDamaged, StoreError, StoreReadOnly, StoreUnreachable
from veille.kb import dialect
from veille.kb.steps import run_step
from veille.kb.store import SharedStore, check_tables, now

WRITE_LOCK = 0x7665696C  # 'veil': the advisory lock held by the writing transaction
_POOLS: dict[str, ConnectionPool] = {}
_POOLS_LOCK = threading.Lock()


def is_postgres(location: object) -> bool:
    """Whether a --db value names a PostgreSQL store."""
    return str(location).startswith(("postgresql:", "postgres:"))


def shown(uri: str) -> str:
    """The URI as it may be printed: without its password."""
    return re.sub(r"(://[^:/@?]*):[^@/?]*@", r"\1:***@", uri)


class Row(tuple[Any, ...]):
    """A row read like sqlite3.Row: by position, by column name (any case), keys()."""

    _names: dict[str, int]
    _keys: list[str]

    def __new__(cls, values: Sequence[Any], keys: list[str], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._keys, row._names = keys, names
        return row

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            try:
                return tuple.__getitem__(self, self._names[key.lower()])
            except KeyError:
                raise IndexError(f"No item with that key: {key}") from None
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._keys)


def _value(value: Any) -> Any:
    """A value as SQLite gives it: numbers of sums and averages (numeric) as int or float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and value.as_tuple().exponent == 0 else float(value)
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, list | dict):  # a JSON value (jsonb_build_array ...) as SQLite's JSON text
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def _rows(cursor: psycopg.Cursor[Any]) -> RowMaker[Row]:
    keys = [c.name for c in cursor.description or ()]
    names: dict[str, int] = {}
    for n, k in enumerate(keys):
        names.setdefault(k.lower(), n)

    def make(values: Sequence[Any]) -> Row:
        return Row([_value(v) for v in values], keys, names)

    return make


class _BoolDumper(Dumper):
    """True and False as 1 and 0, as SQLite stores them (the schema's flags are integers)."""

    def dump(self, obj: Any) -> bytes:
        return b"1" if obj else b"0"


def _configure(conn: psycopg.Connection[Any]) -> None:
    conn.adapters.register_dumper(bool, _BoolDumper)


class PostgresStore(SharedStore):
    """A Veille store in a PostgreSQL database (see the module's documentation)."""

    dialect = "postgresql"

    def __init__(self, uri: str, *, create: bool = True, read_only: bool = False,
                 check: bool | None = False) -> None:
        self.uri = uri if uri.startswith("postgresql:") else "postgresql:" + uri[len("postgres:"):]
        self.path = shown(self.uri)
        self.read_only = read_only
        self._local = threading.local()
        self.pool = _pool(self.uri, create)
        try:
            self._prepare(create)
        except psycopg.Error as e:
            raise pg_error(self.path, e) from e

    # connections ---------------------------------------------------------------------------
    @contextmanager
    def _conn(self) -> Iterator[psycopg.Connection[Any]]:
        pinned = getattr(self._local, "conn", None)
        if pinned is not None:
            yield pinned
            return
        with self.pool.connection() as conn:
            yield conn

    @contextmanager
    def _pinned(self, begin: str, lock: bool) -> Iterator[None]:
        """A transaction on one connection of the pool, used by this thread's queries until it ends."""
        with self.pool.connection() as conn:
            self._local.conn = conn
            try:
                with _errors(self.path):
                    conn.execute(begin)
                    if lock:
                        conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                try:
                    yield
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                with _errors(self.path):
                    conn.execute("COMMIT")
            finally:
                self._local.conn = None

    def _in_transaction(self) -> bool:
        return getattr(self._local, "conn", None) is not None

    @property
    def in_transaction(self) -> bool:
        return self._in_transaction()

    def close(self) -> None:
        """The pool stays open for the next store of the same database (the web app opens one
        a request); it is closed when the process ends."""

    # schema --------------------------------------------------------------------------------
    def _prepare(self, create: bool) -> None:
        tables = {r[0] for r in self.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            " UNION SELECT viewname FROM pg_views WHERE schemaname = current_schema()")}
        check_tables(self.path, tables, "a database", "an empty database",
                     "Restore a dump of the database, or build a new store from the same files")
        if self.read_only:
            if self.pending_migrations():
                raise StoreReadOnly(f"the store {self.path} is read-only and from an older version of Veille",
                                    "Open it once where it can be written, to upgrade it")
            return
        self.migrate()

    def pending_migrations(self) -> list[str]:
        """The migration scripts not yet applied, by name."""
        done = set()
        if self.query("SELECT to_regclass('schema_version')")[0][0]:
            done = {r[0] for r in self.query("SELECT version FROM schema_version")}
        return [name for name, _ in _scripts() if int(name.split("_", 1)[0]) not in done]

    def migrate(self) -> int:
        """Apply the migrations not yet applied; return the schema version. Each runs in a
        transaction holding the write lock, so that processes opening a new store at once apply
        each migration once."""
        self.applied = []
        if not self.pending_migrations():  # the usual case, without waiting for the write lock
            return int(self.query("SELECT max(version) FROM schema_version")[0][0] or 0)
        for name, path in _scripts():
            number = int(name.split("_", 1)[0])
            with self.write():
                self.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, at TEXT)")
                if self.query("SELECT 1 FROM schema_version WHERE version = ?", (number,)):
                    continue
                with self._conn() as conn, _errors(self.path):
                    conn.execute(cast(Any, path.read_text(encoding="utf-8")))
                run_step(number, self)
                self.execute("INSERT INTO schema_version VALUES (?, ?)", (number, now()))
                self.applied.append(name)
        return int(self.query("SELECT max(version) FROM schema_version")[0][0] or 0)

    # the interface -----------------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[None]:
        if self._in_transaction():  # nested: the outer transaction decides
            yield
            return
        if self.read_only:
            raise StoreReadOnly(f"the store {self.path} is read-only", "Open it without --read-only")
        with self._pinned("BEGIN", lock=True):
            yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        if self._in_transaction():
            yield
            return
        with self._pinned("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", lock=False):
            yield

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._conn() as conn, _errors(self.path), _cursor(conn) as cur:
            cur.execute(*_sql(sql, params))
            return cast(list[sqlite3.Row], cur.fetchall())

    def stream(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Iterator[sqlite3.Row]:
        """The rows by batches of a server-side cursor (in the snapshot's transaction, else in
        one of its own)."""
        with self._conn() as conn:
            text = _cursor(conn).mogrify(*_sql(sql, params))
            own = not self._in_transaction()
            with _errors(self.path):
                if own:
                    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                with conn.cursor(name=f"veille_stream_{id(text)}", row_factory=_rows) as cur:
                    cur.itersize = 500
                    with _errors(self.path):
                        cur.execute(cast(Any, text))
                    yield from cast(Iterator[sqlite3.Row], cur)
            finally:
                if own and not conn.closed:
                    conn.execute("ROLLBACK")

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> None:
        if self.read_only:
            raise StoreReadOnly(f"the store {self.path} is read-only", "Open it without --read-only")
        with self._conn() as conn, _errors(self.path), _cursor(conn) as cur:
            cur.execute(*_sql(sql, params))

    def execute_many(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        rows = list(rows)
        if not rows:
            return
        with self._conn() as conn, _errors(self.path), _cursor(conn) as cur:
            query, first = _sql(sql, rows[0])
            cur.executemany(query, [dialect.by_number(r) for r in rows] if isinstance(first, dict) else rows)

    def signatures(self) -> Iterator[tuple[str, str | None, bytes | None]]:
        for row in self.stream("SELECT id, published, minhash FROM documents ORDER BY id"):
            yield row[0], row[1], None if row[2] is None else bytes(row[2])

    def tables(self) -> list[str]:
        return sorted(r[0] for r in self.query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self.query("SELECT column_name FROM information_schema.columns WHERE table_schema ="
                                         " current_schema() AND table_name = ? ORDER BY ordinal_position", (table,))]

    def after_copy(self) -> None:
        """Identity columns go on after the largest id copied."""
        for table, column in self.query(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND is_identity = 'YES'"):
            self.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                         f" coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)")


def _sql(text: str, params: Any) -> tuple[Any, Any]:
    """A statement and its parameters as psycopg takes them."""
    kind = "" if not params else ("map" if isinstance(params, dict) else "seq")
    query = dialect.postgres(text, kind)
    if kind == "seq" and dialect.numbered(query):
        return query, dialect.by_number(params)
    return query, params or None


def _cursor(conn: psycopg.Connection[Any]) -> ClientCursor[Row]:
    """Parameters bound in the client, as SQLite binds them: an untyped literal is compared with
    a column of any type, and a NULL needs no type."""
    return ClientCursor(conn, row_factory=_rows)


@contextmanager
def _errors(where: str) -> Iterator[None]:
    try:
        yield
    except psycopg.Error as e:
        raise pg_error(where, e) from e


def pg_error(where: str, e: psycopg.Error) -> StoreError:
    """A psycopg error met while using the store at `where`, as the store error it means."""
    text = " ".join(str(e).split())
    if isinstance(e, psycopg.OperationalError) and not getattr(e, "sqlstate", None):
        return StoreUnreachable(f"cannot reach the PostgreSQL store {where} ({text[:200]})",
                                "Check that the server runs and the URI (host, port, user, database); "
                                "libpq reads a password from ~/.pgpass or PGPASSWORD")
    if isinstance(e, psycopg.errors.DiskFull):
        return StoreError(f"the store {where} cannot grow: the server's disk is full ({text})",
                          "Free some space on the server, then run the command again: what is stored is kept")
    if isinstance(e, psycopg.errors.InsufficientPrivilege | psycopg.errors.ReadOnlySqlTransaction):
        return StoreReadOnly(f"the store {where} may not be written by this user ({text})",
                             "Connect as a user who may, or grant the privileges")
    if isinstance(e, psycopg.errors.LockNotAvailable | psycopg.errors.DeadlockDetected
                  | psycopg.errors.SerializationFailure):
        return StoreBusy(f"the store {where} is busy: another process is writing to it ({text})",
                         "Wait for it to finish, then run the command again")
    return StoreDamaged(f"the store {where} failed ({type(e).__name__}: {text[:300]})",
                        "Run the command again with --debug, and report it if it happens again")


def _pool(uri: str, create: bool) -> ConnectionPool:
    """The connection pool of a database, opened once per process; the database is created
    first when it does not exist (and `create`)."""
    with _POOLS_LOCK:
        pool = _POOLS.get(uri)
        if pool is not None:
            return pool
        where = shown(uri)
        try:
            psycopg.connect(uri, connect_timeout=10).close()
        except psycopg.OperationalError as e:
            if not (create and "does not exist" in str(e) and "database" in str(e)):
                if "does not exist" in str(e) and "database" in str(e):
                    raise StoreError(f"there is no database for the store {where}",
                                     "Create it (createdb), or let Veille create it by writing to it first") from e
                raise pg_error(where, e) from e
            _create_database(uri)
        pool = ConnectionPool(uri, min_size=1, max_size=8, kwargs={"autocommit": True},
                              configure=_configure, open=False, name="veille")
        try:
            pool.open(wait=True, timeout=30)
        except Exception as e:  # noqa: BLE001 - the pool says only that it timed out
            pool.close()
            raise StoreUnreachable(f"cannot reach the PostgreSQL store {where} ({e})",
                                   "Check that the server runs and accepts connections") from e
        _POOLS[uri] = pool
        return pool


def _create_database(uri: str) -> None:
    info = conninfo.conninfo_to_dict(uri)
    name = str(info.get("dbname") or "")
    server = conninfo.make_conninfo(uri, dbname="postgres")
    try:
        with psycopg.connect(server, autocommit=True, connect_timeout=10) as conn:
            try:  # ordered by code point, as SQLite orders text (the same exports from both stores)
                conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C'"
                                     " LC_CTYPE 'C.UTF-8'").format(sql.Identifier(name)))
            except psycopg.errors.InvalidParameterValue:  # no C.UTF-8 locale on the server
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.errors.DuplicateDatabase:
        pass  # made by another process meanwhile
    except psycopg.Error as e:
        raise StoreError(f"there is no database for the store {shown(uri)}, and it cannot be created ({e})",
                         f"Create it with: createdb {name}") from e


def close_pool(uri: str) -> None:
    """Close the connections this process holds to one database (before it is dropped or
    copied as a template)."""
    with _POOLS_LOCK:
        pool = _POOLS.pop(uri, None)
    if pool is not None:
        pool.close()


def close_pools() -> None:
    """Close every connection this process holds (at exit; tests before dropping a database)."""
    with _POOLS_LOCK:
        for pool in _POOLS.values():
            pool.close()
        _POOLS.clear()


atexit.register(close_pools)


def _scripts() -> list[tuple[str, Any]]:
    folder = resources.files("veille.kb") / "migrations" / "postgresql"
    return sorted((p.name, p) for p in folder.iterdir() if p.name.endswith(".sql"))
