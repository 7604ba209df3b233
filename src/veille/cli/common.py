"""What every command shares: the consoles, the common options, opening the knowledge base,
showing untrusted text safely, and turning any error into a one-line message and an exit code."""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, BinaryIO, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from veille import config
from veille.api import KnowledgeBase
from veille.errors import InputError, VeilleError
from veille.export.jsonl import dumps
from veille.schema import schema

ENTITY_TYPES_HELP = ", ".join(schema().entity_types[:-1]) + " or " + schema().entity_types[-1] + "."
FACT_TYPES_HELP = schema().help_list() + "."
MAX_LIMIT = 1_000_000  # rows a --limit may ask for
opened: dict[str, str] = {}  # the store the command opened, named in an error about it
out = Console()
err = Console(stderr=True, soft_wrap=True)  # a message is one line, whatever the width
DbOption = Annotated[str | None, typer.Option(
    "--db", help="Store: a file, or a postgresql:// URI (default $VEILLE_DB or ./veille.db).")]
AllOption = Annotated[bool, typer.Option(
    "--all", help=f"Also facts less sure than the threshold ({config.MIN_CONFIDENCE}, or $VEILLE_MIN_CONFIDENCE).")]
MinConfidenceOption = Annotated[float | None, typer.Option(
    "--min-confidence", min=0.0, max=1.0, help="Hide facts less sure than this (0-1).")]


def open_kb(db: str | None, create: bool = False, check: bool | None = None) -> KnowledgeBase:
    """The knowledge base at --db (else $VEILLE_DB, else ./veille.db), or exit with the error.
    Only `create` makes a missing store (ingest); a store of at most 128 MB is checked page
    by page (`check`: always with True)."""
    opened["db"] = config.db_location(db)
    try:
        return KnowledgeBase(db, create=create, check=check)
    except VeilleError as e:
        fail(e)


def fail(e: VeilleError, code: int = 1) -> NoReturn:
    """Print 'Error: [code] message. hint' on standard error and exit."""
    err.print(f"Error: {plain(str(e))}", markup=False, highlight=False)
    raise typer.Exit(code)


def usage(message: str) -> NoReturn:
    """A wrong combination of arguments: the message and exit code 2."""
    err.print(f"Error: {plain(message)}", markup=False)
    raise typer.Exit(2)


# --- untrusted text: article text, titles, file names, URLs ---------------------------------------

# C0 and C1 control characters but tab and newline, DEL, and the bidirectional overrides and
# isolates (they reorder what a terminal shows: 'txt.exe' shown as 'exe.txt').
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LONG_WORD = re.compile(r"\S{301,}")


def plain(text: str | None, newlines: bool = True) -> str:
    """Text safe to print: control characters (terminal escapes...) replaced by '?', newlines
    too unless `newlines`, and any run of over 300 characters without a space (a 100 kB URL)
    shortened to its start and end."""
    value = _CONTROLS.sub("?", text or "")
    if not newlines:
        value = value.replace("\n", " ").replace("\t", " ")
    return _LONG_WORD.sub(lambda m: f"{m.group()[:200]}...{m.group()[-80:]}", value)


def cell(text: str | None) -> str:
    """Untrusted text for a Rich table cell or markup: made plain and its markup escaped."""
    return escape(plain(text))


def text_lines(path: str, option: str, on_error: Callable[[str], None]) -> Iterator[str]:
    """The lines of a text file, or of standard input ('-'), for --jsonl and --questions: read
    as UTF-8 (a byte that is not is replaced, as a browser does), a line at a time and at most
    the article size limit each (a longer line is skipped, said through `on_error`, and given
    as a blank line so that line numbers hold). Exits with the error if it cannot be opened."""
    from veille.ingest.fetch import FetchPolicy
    from veille.ingest.readers import os_error

    limit = FetchPolicy.from_env().max_bytes
    name = "<stdin>" if path == "-" else path
    try:
        stream: BinaryIO = sys.stdin.buffer if path == "-" else Path(path).open("rb")
    except OSError as e:
        fail(InputError(os_error(path, e).message, f"Check the {option} path"))
    if path != "-" and not stat.S_ISREG(mode := os.fstat(stream.fileno()).st_mode) and not stat.S_ISFIFO(mode):
        stream.close()  # a device never ends (/dev/zero); a pipe is a stream of lines: <(command)
        fail(InputError(f"{path}: a device, not a file", f"Give a file to {option}, or '-' for standard input"))
    with stream:
        n = 0
        while raw := stream.readline(limit + 1):
            n += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):
                    raw = stream.readline(limit)
                on_error(f"{name}:{n}: a line of over {limit // 2**20} MB, the limit for one article; skipped. "
                         "Split the text, or raise VEILLE_MAX_BYTES")
                yield ""
                continue
            yield raw.decode("utf-8", errors="replace")


def print_json(value: Any, indent: int | None = None) -> None:
    """One JSON document on standard output (see `veille.export.jsonl.dumps`)."""
    sys.stdout.write(dumps(value, indent) + "\n")
    sys.stdout.flush()
