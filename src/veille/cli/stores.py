"""The store itself: bring it to the current schema, copy it to another (SQLite <-> PostgreSQL)."""

from __future__ import annotations

from typing import Annotated

import typer

from veille import config
from veille.cli.common import DbOption, err, fail, opened, out, plain
from veille.errors import VeilleError
from veille.kb.store import open_store


def migrate(db: DbOption = None) -> None:
    """Bring a store to the current schema (opening it does too; this says what was done).

    Example: veille migrate --db postgresql://veille@localhost/veille
    """
    location = config.db_location(db)
    opened["db"] = location
    try:
        store = open_store(location, create=False)
    except VeilleError as e:
        fail(e)
    try:
        version = store.schema_version()
        done = ", ".join(n.removesuffix(".sql") for n in store.applied)
        out.print(plain(f"{store.path}: schema version {version}" + (f" (applied {done})" if done else
                                                                      " (nothing to apply)")),
                  markup=False, highlight=False)
    finally:
        store.close()


def copy(src: Annotated[str, typer.Argument(help="The store to copy: a file or a postgresql:// URI.")],
         dst: Annotated[str, typer.Argument(help="An empty store to copy into (made when absent).")],
         quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False) -> None:
    """Copy a whole store into a new or empty one, from SQLite to PostgreSQL or back; the
    search index is built again in the copy.

    Example: veille copy veille.db postgresql://veille@localhost/veille
    """
    from veille.kb.copy import copy_store

    opened["db"] = src
    try:
        source = open_store(src, create=False)
    except VeilleError as e:
        fail(e)
    try:
        opened["db"] = dst
        target = open_store(dst)
        try:
            counts = copy_store(source, target, None if quiet else
                                lambda table, n: err.print(f"{table}: {n} rows", markup=False, highlight=False))
        finally:
            target.close()
    except VeilleError as e:
        fail(e)
    finally:
        source.close()
    if not quiet:
        out.print(plain(f"copied {counts['documents']} documents, {counts['entities']} entities, {counts['facts']}"
                        f" facts from {source.path} to {target.path}"), markup=False, highlight=False)
