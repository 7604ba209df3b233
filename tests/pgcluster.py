"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a server listening
only on a unix socket there, stopped and removed at the end.

Debian's `postgresql` package (installed by `make test` when missing) puts initdb and pg_ctl in
/usr/lib/postgresql/VERSION/bin. PostgreSQL refuses to run as root: as root, the cluster is made
and run as the unprivileged `postgres` user the package creates (or $VEILLE_TEST_PG_USER).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg
from psycopg import sql


class ClusterError(RuntimeError):
    """The cluster cannot be made or started (the reason says why)."""


def _binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return candidate
    raise ClusterError(f"{name} not found: install PostgreSQL (Debian: apt-get install postgresql)")


class Cluster:
    """A PostgreSQL server of its own, reached at `uri(dbname)`."""

    def __init__(self) -> None:
        # in /tmp: a unix socket's path is at most 107 bytes, and the `postgres` user must reach it
        self.root = Path(tempfile.mkdtemp(prefix="veille-pg-", dir="/tmp" if os.path.isdir("/tmp") else None))
        self.data, self.socket = self.root / "data", self.root
        self.user = os.environ.get("VEILLE_TEST_PG_USER", "postgres") if os.geteuid() == 0 else None
        self.port = 5432
        self.started = False

    def _run(self, *args: str) -> None:
        command = ["runuser", "-u", self.user, "--", *args] if self.user else list(args)
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise ClusterError(f"{' '.join(args[:2])} failed: {(done.stderr or done.stdout).strip()[-500:]}")

    def start(self) -> Cluster:
        if self.user:
            shutil.chown(self.root, self.user)
        os.chmod(self.root, 0o755)
        self._run(_binary("initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = (f"-k {self.socket} -c listen_addresses='' -p {self.port} -c fsync=off -c synchronous_commit=off"
                   " -c full_page_writes=off -c max_connections=200")
        self._run(_binary("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w",
                  "start")
        self.started = True
        return self

    def uri(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@/{dbname}?host={self.socket}&port={self.port}"

    def stop(self) -> None:
        if self.started:
            try:
                self._run(_binary("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except ClusterError:
                pass
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)

    # databases ----------------------------------------------------------------------------
    def create(self, name: str, template: str | None = None) -> str:
        with psycopg.connect(self.uri(), autocommit=True) as conn:
            query = (sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template))
                     if template else sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            conn.execute(query)
        return self.uri(name)

    def drop(self, name: str) -> None:
        with psycopg.connect(self.uri(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
