"""`veille ingest` and `veille annotate`."""

from __future__ import annotations

import sys
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
    text_lines,
    usage,
)
from veille.errors import VeilleError
from veille.kb import monitor


def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, '-' for stdin, URLs or feeds.")],
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1,
                                         help="Annotation processes (one per core at most).")] = 1,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="ADDRESS",
        help="Annotate on a Dask cluster instead: local:N starts N worker processes on this machine, "
             "tcp://HOST:PORT uses the running scheduler there (needs pip install 'veille[dask]').")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls",
        help="Also fetch URLs on this machine or your own network (localhost, 10.x, 192.168.x...), "
             "refused by default ($VEILLE_ALLOW_PRIVATE_URLS=1 does the same).")] = False,
) -> None:
    """Ingest articles: clean, identify the language, deduplicate, find entities and facts.

    Example: veille ingest examples/corpus https://example.org/feed.xml
    """
    if dask is not None and workers != 1:
        usage("give --workers (-j) or --dask, not both: with --dask the cluster's workers annotate")
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
        elif o.status in ("duplicate", "not_annotated") or (o.status == "added" and o.message):
            err.print(f"Note: {plain(o.source, newlines=False)}: {plain(o.message, newlines=False)}",
                      markup=False, highlight=False)

    with kb, progress:
        task = progress.add_task("ingesting", total=None)
        try:
            before = monitor.last_match(kb.store)
            report = kb.ingest(inputs, workers=workers, policy=policy, progress=show, index=False,
                               deliver=False, dask=dask)  # below, saying what it found
            progress.update(task, description="indexing for search")
            kb.index()
            progress.update(task, description="delivering alerts")
            _alerts(kb, before, policy)
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


def _alerts(kb: Any, before: int, policy: Any) -> None:
    """The matches of the watch rules this ingest found: said, written to the Atom feeds, sent."""
    from veille.watch.deliver import after_ingest

    found = monitor.matches_since(kb.store, before)
    if found:
        counts = ", ".join(f"{plain(rule)}: {n}" for rule, n in sorted(found.items()))
        err.print(f"Alerts: {sum(found.values())} new ({counts})", markup=False, highlight=False)
    done = after_ingest(kb.store, kb.path, before, policy)
    for error in done.errors:
        err.print(f"Note: {plain(error, newlines=False)}", markup=False, highlight=False)


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
    try:
        body = _stdin_text() if text == "-" else str(text)
        result = annotate_text(body, lang=lang, published=date)
    except VeilleError as e:
        fail(e)
    result["facts"] = [f for f in result["facts"] if f["confidence"] >= floor]
    print_json(result, indent=None if not sys.stdout.isatty() else 2)


def _stdin_text() -> str:
    """Standard input as text: at most the article size limit, not binary, decoded as ingest
    decodes a file (UTF-8, UTF-16, Windows-1252...)."""
    from veille.ingest.clean import decode
    from veille.ingest.fetch import FetchPolicy
    from veille.ingest.readers import from_bytes

    limit = FetchPolicy.from_env().max_bytes
    data = sys.stdin.buffer.read(limit + 1)
    return decode("standard input", from_bytes("standard input", "stdin", data, limit).data)


def _annotate_file(path: str, floor: float, annotate_rows: Any) -> None:
    """One JSON line out per line in; bad lines are reported and the command exits 1."""
    failed = False

    def bad(message: str) -> None:
        nonlocal failed
        failed = True
        err.print(f"Error: {plain(message, newlines=False)}", markup=False, highlight=False)

    for row in annotate_rows(text_lines(path, "--jsonl", bad), "<stdin>" if path == "-" else path, floor):
        if "error" in row:
            bad(row["error"])
        print_json(row)
    if failed:
        raise typer.Exit(1)
