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
# Seconds the annotation of one document may take (and one more per 10,000 characters) before
# it is stopped and recorded as failed; 0 means no limit ($VEILLE_ANNOTATE_TIMEOUT).
ANNOTATE_TIMEOUT = 60.0
# HTML elements a page may have: boilerplate removal takes about 0.1 ms an element (an article
# page has a few thousand; 500,000 empty paragraphs would take a minute).
MAX_HTML_ELEMENTS = 50_000
USER_AGENT = "Veille/0.1 (+https://github.com/veille; news knowledge base)"
# Facts less confident than this are kept but not shown, exported or used in answers unless
# asked for (--all, --min-confidence). Measured on the development sets: see eval/README.md.
MIN_CONFIDENCE = 0.4


def env_number(name: str, default: float) -> float:
    """A positive number from the environment, else `default` (unset, not a number, or not
    positive: a setting's mistake never stops a command)."""
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value > 0 and value == value and value != float("inf") else default


def annotate_timeout() -> float:
    """Seconds a document's annotation may take: $VEILLE_ANNOTATE_TIMEOUT, else
    ANNOTATE_TIMEOUT; 0 (no limit) when the variable is 0."""
    if os.environ.get("VEILLE_ANNOTATE_TIMEOUT", "").strip() in ("0", "0.0"):
        return 0.0
    return env_number("VEILLE_ANNOTATE_TIMEOUT", ANNOTATE_TIMEOUT)


def max_html_elements() -> int:
    """HTML elements a page may have: $VEILLE_MAX_HTML_ELEMENTS, else MAX_HTML_ELEMENTS."""
    return int(env_number("VEILLE_MAX_HTML_ELEMENTS", MAX_HTML_ELEMENTS))


def db_location(explicit: str | None = None) -> str:
    """The store as given: --db, else $VEILLE_DB, else ./veille.db (a URL stays a URL)."""
    return explicit or os.environ.get("VEILLE_DB") or DEFAULT_DB


def db_path(explicit: str | None = None) -> Path:
    """The store's path: --db, else $VEILLE_DB, else ./veille.db."""
    return Path(db_location(explicit))


def db_store(explicit: str | None = None) -> str | Path:
    """The store: a file's path, or a PostgreSQL URI as it is given (a path would fold its //)."""
    location = db_location(explicit)
    return location if location.startswith(("postgresql:", "postgres:")) else Path(location)


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
