"""Settings read from the environment, with their defaults in one place."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = "veille.db"
MAX_BYTES = 20 * 1024 * 1024  # larger inputs are refused: no news article is this big
FETCH_TIMEOUT = 20.0  # seconds to connect, and between two reads
FETCH_DEADLINE = 60.0  # seconds for one URL from connecting to the end of its body
MAX_REDIRECTS = 5
MAX_FEED_ITEMS = 100  # items read from one feed
USER_AGENT = "Veille/0.1 (+https://github.com/veille; news knowledge base)"
# Facts less confident than this are kept but not shown, exported or used in answers unless
# asked for (--all, --min-confidence). Measured on the development sets: see eval/README.md.
MIN_CONFIDENCE = 0.4


def db_location(explicit: str | None = None) -> str:
    """The store as given: --db, else $VEILLE_DB, else ./veille.db (a URL stays a URL)."""
    return explicit or os.environ.get("VEILLE_DB") or DEFAULT_DB


def db_path(explicit: str | None = None) -> Path:
    """The store's path: --db, else $VEILLE_DB, else ./veille.db."""
    return Path(db_location(explicit))


def min_confidence(explicit: float | None = None, show_all: bool = False) -> float:
    """The confidence below which facts are hidden: 0 with --all, else --min-confidence, else
    $VEILLE_MIN_CONFIDENCE, else MIN_CONFIDENCE."""
    if show_all:
        return 0.0
    if explicit is not None:
        return explicit
    value = os.environ.get("VEILLE_MIN_CONFIDENCE")
    try:
        return float(value) if value else MIN_CONFIDENCE
    except ValueError:
        return MIN_CONFIDENCE


def user_gazetteer() -> Path | None:
    """A user's own gazetteer file ($VEILLE_GAZETTEER), merged over the bundled one."""
    value = os.environ.get("VEILLE_GAZETTEER")
    return Path(value) if value else None
