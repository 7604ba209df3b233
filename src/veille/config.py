"""Settings read from the environment, with their defaults in one place."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "veille.db"
MAX_BYTES = 20 * 1024 * 1024  # larger inputs are refused: no news article is this big
FETCH_TIMEOUT = 20.0
USER_AGENT = "Veille/0.1 (+https://github.com/veille; news knowledge base)"


def db_path(explicit: str | None = None) -> Path:
    """The store's path: --db, else $VEILLE_DB, else ./veille.db."""
    return Path(explicit or os.environ.get("VEILLE_DB") or DEFAULT_DB)


def user_gazetteer() -> Path | None:
    """A user's own gazetteer file ($VEILLE_GAZETTEER), merged over the bundled one."""
    value = os.environ.get("VEILLE_GAZETTEER")
    return Path(value) if value else None
