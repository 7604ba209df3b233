"""`veille ingest` and `veille annotate`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from veille import config
from veille.cli.common import (
    AllOption,
    DbOption,
    MinConfidenceOption,
    cell,
    err,
    fail,
    open_kb,
    out,
    plain,
    print_json,
    usage,
)
from veille.errors import VeilleError


def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, '-' for stdin, URLs or feeds.")],
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1,
                                         help="Annotation processes (one per core at most).")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls",
        help="Also fetch URLs on this machine or your own network (localhost, 10.x, 192.168.x...), "
             "refused by default ($VEILLE_ALLOW_PRIVATE_URLS=1 does the same).")] = False,
) -> None:
    """Ingest articles: clean, identify the language, deduplicate, find entities and facts.

    Example: veille ingest examples/corpus https://example.org/feed.xml
    """
    from veille.ingest.fetch import FetchPolicy
    from veille.ingest.run import Outcome

    try:
        policy = FetchPolicy.from_env(allow_private=allow_private_urls or None)
    except VeilleError as e:
        fail(e)
    kb = open_kb(db, create=True, check=True)
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal,
                        transient=True)

    def show(o: Outcome) -> None:
        progress.advance(task)
        progress.update(task, description=cell(f"{o.status:>13} {plain(o.name or o.source, newlines=False)}"[:60]))
        if o.status == "failed":
            err.print(f"Error: {plain(o.message, newlines=False)}", markup=False, highlight=False)
        elif o.status in ("duplicate", "not_annotated"):
            err.print(f"Note: {plain(o.source, newlines=False)}: {plain(o.message, newlines=False)}",
                      markup=False, highlight=False)

    with kb, progress:
        task = progress.add_task("ingesting", total=None)
        try:
            report = kb.ingest(inputs, workers=workers, policy=policy, progress=show, index=False)
            progress.update(task, description="indexing for search")
            kb.index()
        except VeilleError as e:
            fail(e)
        except KeyboardInterrupt:
            progress.stop()
            err.print(f"Interrupted: the store keeps its {kb.stats().documents} documents, each "
                      "complete. Run the same command again to finish: what is stored is skipped.",
                      markup=False, highlight=False)
            raise typer.Exit(130) from None
    out.print(report.summary(), highlight=False, soft_wrap=True)
    if report.failed:
        raise typer.Exit(1)


def annotate(
    text: Annotated[str | None, typer.Argument(help="The text, or '-' to read standard input.")] = None,
    lang: Annotated[str | None, typer.Option(help="fr or en (default: detected).")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Publication date, YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (the only output form).")] = True,
    jsonl: Annotated[str | None, typer.Option(
        "--jsonl", help='A JSON-lines file of {"id", "text", "lang"?, "date"?} (\'-\' for stdin): '
                        "one result line each, the models loaded once.")] = None,
    show_all: AllOption = False,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Print everything Veille sees in a text (entities, quantities, dates, facts) without
    storing anything; with --jsonl, in many texts. Facts less sure than the threshold are
    left out unless --all.

    Example: veille annotate --json --date 2026-02-12 "Zhipu AI a bondi de 30 % jeudi."
    """
    from veille.annotate import annotate_rows, annotate_text

    if (text is None) == (jsonl is None):
        usage("give a TEXT or --jsonl FILE")
    floor = config.min_confidence(min_confidence, show_all)
    if jsonl is not None:
        _annotate_file(jsonl, floor, annotate_rows)
        return
    body = sys.stdin.read() if text == "-" else str(text)
    try:
        result = annotate_text(body, lang=lang, published=date)
    except VeilleError as e:
        fail(e)
    result["facts"] = [f for f in result["facts"] if f["confidence"] >= floor]
    print_json(result, indent=None if not sys.stdout.isatty() else 2)


def _annotate_file(path: str, floor: float, annotate_rows: Any) -> None:
    """One JSON line out per line in; bad lines are reported and the command exits 1."""
    try:
        stream = sys.stdin if path == "-" else Path(path).open(encoding="utf-8")
    except OSError as e:
        fail(VeilleError(f"cannot read {path}: {e.strerror}", "Check the --jsonl path"))
    failed = False
    with stream:
        for row in annotate_rows(stream, "<stdin>" if path == "-" else path, floor):
            if "error" in row:
                failed = True
                err.print(f"Error: {plain(row['error'], newlines=False)}", markup=False, highlight=False)
            print_json(row)
    if failed:
        raise typer.Exit(1)
