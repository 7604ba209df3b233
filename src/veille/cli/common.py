"""What every command shares: the consoles, the common options, opening the knowledge base
and turning a domain error into a one-line message and an exit code."""

from __future__ import annotations

from typing import Annotated, NoReturn

import typer
from rich.console import Console

from veille import config
from veille.api import KnowledgeBase
from veille.errors import VeilleError
from veille.schema import schema

ENTITY_TYPES_HELP = ", ".join(schema().entity_types[:-1]) + " or " + schema().entity_types[-1] + "."
FACT_TYPES_HELP = schema().help_list() + "."
out = Console()
err = Console(stderr=True, soft_wrap=True)  # a message is one line, whatever the width
DbOption = Annotated[str | None, typer.Option("--db", help="Store file (default $VEILLE_DB or ./veille.db).")]
AllOption = Annotated[bool, typer.Option(
    "--all", help=f"Also facts less sure than the threshold ({config.MIN_CONFIDENCE}, or $VEILLE_MIN_CONFIDENCE).")]
MinConfidenceOption = Annotated[float | None, typer.Option(
    "--min-confidence", min=0.0, max=1.0, help="Hide facts less sure than this (0-1).")]


def open_kb(db: str | None) -> KnowledgeBase:
    """The knowledge base at --db (else $VEILLE_DB, else ./veille.db), or exit with the error."""
    try:
        return KnowledgeBase(db)
    except VeilleError as e:
        fail(e)


def fail(e: VeilleError, code: int = 1) -> NoReturn:
    """Print 'Error: [code] message. hint' on standard error and exit."""
    err.print(f"Error: {e}", markup=False, highlight=False)
    raise typer.Exit(code)


def usage(message: str) -> NoReturn:
    """A wrong combination of arguments: the message and exit code 2."""
    err.print(f"Error: {message}", markup=False)
    raise typer.Exit(2)
