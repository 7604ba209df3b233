"""`veille search` and `veille ask`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.table import Table

from veille.api import KnowledgeBase
from veille.cli.common import MAX_LIMIT, DbOption, cell, err, fail, open_kb, out, plain, print_json, usage
from veille.errors import VeilleError


def _indexed(db: str | None) -> KnowledgeBase:
    """The knowledge base, its search index brought up to date (a store from before search
    existed, or documents added by another tool, are indexed now)."""
    kb = open_kb(db)
    if kb.store.read_only:
        return kb  # searched as it was last indexed
    try:
        done = kb.index()
    except VeilleError as e:
        fail(e)
    if done > 100:
        err.print(f"Note: indexed {done} documents for search", highlight=False)
    return kb


def search(
    query: Annotated[str, typer.Argument(help='Words (all required), "a phrase", prefix*, '
                                              "-excluded, OR between parts; '' to list by filters.")],
    entity: Annotated[str | None, typer.Option(
        "--entity", help="Only where this entity (any of its names) is mentioned.")] = None,
    fact_type: Annotated[str | None, typer.Option(
        "--type", help="Only sentences stating a fact of this type (launch, funding, ...).")] = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only documents in this language (fr, en).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines, with offsets.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=0, max=MAX_LIMIT, help="At most this many documents.")] = 20,
    db: DbOption = None,
) -> None:
    """Full-text search (BM25, French and English stemming, accents and case ignored); a
    name matches all the aliases of its entity. Shows each document's best sentences.

    Example: veille search "Knowledge Atlas" --since 2025-01 --type stock_move
    """
    with _indexed(db) as kb:
        try:
            hits = kb.search(query, entity=entity, type=fact_type, since=since, until=until,
                             lang=lang, limit=limit)
        except VeilleError as e:
            fail(e)
    if as_json:
        for hit in hits:
            print_json(hit.to_dict())
        return
    if not hits:
        out.print("No document matches.", highlight=False)
        return
    table = Table("document", "published", "score", "best sentences")
    for hit in hits:
        text = "\n".join(s.marked("[bold yellow]", "[/bold yellow]", cell) for s in hit.snippets)
        table.add_row(cell(hit.doc), cell(hit.published), f"{hit.score:.2f}", text)
    out.print(table)


def ask(
    question: Annotated[str | None, typer.Argument(help="A question in French or English.")] = None,
    questions: Annotated[str | None, typer.Option(
        "--questions", help='A JSON-lines file of {"id", "question"} (\'-\' for stdin): one answer line each.'
    )] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
    db: DbOption = None,
    show_all: Annotated[bool, typer.Option(
        "--all", help="Let facts below the confidence threshold answer too.")] = False,
) -> None:
    """Answer a question from the knowledge base: structured facts first, then the best
    sentences; every answer cites its document and offsets, else "not found in the corpus".
    Facts less sure than the threshold do not answer unless --all.

    Example: veille ask "De combien l'action de Zhipu AI a-t-elle progressé ?"
    """
    if (question is None) == (questions is None):
        usage("give a QUESTION or --questions FILE")
    with _indexed(db) as kb:
        if questions is not None:
            _ask_file(kb, questions, show_all)
            return
        try:
            answer = kb.ask(question or "", show_all=show_all)
        except VeilleError as e:
            fail(e)
    if as_json:
        print_json(answer.to_dict())
        return
    out.print(plain(answer.short or answer.answer), highlight=False, markup=False)
    for c in answer.citations:
        out.print(f"  [dim]{cell(c.doc)} \\[{c.start}:{c.end}][/dim] {cell(c.text)}", highlight=False)


def _ask_file(kb: KnowledgeBase, path: str, show_all: bool) -> None:
    """One answer line per question line; bad lines are reported and the command exits 1."""
    failed = False
    for qid, text, error in _read_questions(path):
        if error:
            failed = True
            err.print(f"Error: {plain(error)}", markup=False, highlight=False)
            continue
        try:
            answer = kb.ask(text, show_all=show_all)
        except VeilleError as e:
            failed = True
            err.print(f"Error: {plain(str(qid))}: {plain(str(e))}", markup=False, highlight=False)
            continue
        print_json(answer.to_dict(qid, full=False))
    if failed:
        raise typer.Exit(1)


def _read_questions(path: str) -> Iterator[tuple[Any, str, str | None]]:
    """(id, question, error) for each line of a JSON-lines file."""
    stream: TextIO
    if path == "-":
        stream = sys.stdin
    else:
        try:
            stream = Path(path).open(encoding="utf-8")
        except OSError as e:
            fail(VeilleError(f"cannot read {path}: {e.strerror}", "Check the --questions path"))
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text = row["question"]
                if not isinstance(text, str):
                    raise TypeError("question is not a string")
            except (ValueError, KeyError, TypeError) as e:
                yield None, "", f"{path}:{n}: not a question line ({e})"
                continue
            yield row.get("id"), text, None
