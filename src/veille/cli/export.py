"""`veille export entities|facts`: the FORMAT.md exports as JSON lines."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from veille.cli.common import AllOption, DbOption, MinConfidenceOption, open_kb, usage
from veille.export.jsonl import write_jsonl


def export_entities(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="Only jsonl for now.")] = "jsonl",
) -> None:
    """Entities as JSON lines, one per entity per document (FORMAT.md).

    Example: veille export entities --format jsonl > entities.jsonl
    """
    _check_format(fmt)
    with open_kb(db) as kb:
        write_jsonl(kb.export_entities(), sys.stdout)


def export_facts(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="Only jsonl for now.")] = "jsonl",
    show_all: AllOption = False,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Facts as JSON lines, one per fact per document stating it (FORMAT.md), with their
    confidence and the frame that found them; those less sure than the threshold are left out
    unless --all.

    Example: veille export facts --format jsonl > facts.jsonl
    """
    _check_format(fmt)
    with open_kb(db) as kb:
        write_jsonl(kb.export_facts(min_confidence, show_all), sys.stdout)


def _check_format(fmt: str) -> None:
    if fmt != "jsonl":
        usage(f"unknown format '{fmt}'. Use --format jsonl")
