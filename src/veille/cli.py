"""The `veille` command line: a thin layer over the library."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from veille import config
from veille.errors import NotFound, VeilleError
from veille.kb.search import ensure_index
from veille.kb.store import SQLiteStore, open_store
from veille.schema import schema

app = typer.Typer(
    help="Veille: a knowledge base of the AI ecosystem built from news articles.\n\n"
         "Example: veille ingest examples/corpus && veille entities --type organization",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None)
entities_app = typer.Typer(
    help="List entities; split or merge them.\n\nExample: veille entities --type person",
    invoke_without_command=True, rich_markup_mode=None)
export_app = typer.Typer(
    help="Export the knowledge base as JSON lines.\n\nExample: veille export facts > facts.jsonl",
    no_args_is_help=True, rich_markup_mode=None)
app.add_typer(entities_app, name="entities")
app.add_typer(export_app, name="export")

ENTITY_TYPES_HELP = ", ".join(schema().entity_types[:-1]) + " or " + schema().entity_types[-1] + "."
FACT_TYPES_HELP = schema().help_list() + "."
out = Console()
err = Console(stderr=True)
DbOption = Annotated[str | None, typer.Option("--db", help="Store file (default $VEILLE_DB or ./veille.db).")]
AllOption = Annotated[bool, typer.Option(
    "--all", help=f"Also facts less sure than the threshold ({config.MIN_CONFIDENCE}, or $VEILLE_MIN_CONFIDENCE).")]
MinConfidenceOption = Annotated[float | None, typer.Option(
    "--min-confidence", min=0.0, max=1.0, help="Hide facts less sure than this (0-1).")]


def _store(db: str | None) -> SQLiteStore:
    try:
        return open_store(config.db_path(db))
    except VeilleError as e:
        _fail(e)
        raise


def _fail(e: VeilleError, code: int = 1) -> None:
    err.print(f"Error: {e}", markup=False, highlight=False)
    raise typer.Exit(code)


@app.command()
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
    from veille.ingest.run import ingest as run_ingest

    try:
        policy = FetchPolicy.from_env(allow_private=allow_private_urls or None)
    except VeilleError as e:
        _fail(e)
        return
    store = _store(db)
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal,
                        transient=True)

    def show(o: Outcome) -> None:
        progress.advance(task)
        progress.update(task, description=f"{o.status:>13} {o.name or o.source}"[:60])
        if o.status == "failed":
            err.print(f"Error: {o.message}", markup=False, highlight=False)
        elif o.status in ("duplicate", "not_annotated"):
            err.print(f"Note: {o.source}: {o.message}", markup=False, highlight=False)

    with progress:
        task = progress.add_task("ingesting", total=None)
        try:
            report = run_ingest(store, inputs, n_process=workers, progress=show, policy=policy)
            progress.update(task, description="indexing for search")
            ensure_index(store)
        except VeilleError as e:
            _fail(e)
            return
        except KeyboardInterrupt:
            progress.stop()
            stored = store.query("SELECT count(*) FROM documents")[0][0]
            err.print(f"Interrupted: the store keeps its {stored} documents, each complete. "
                      "Run the same command again to finish: what is stored is skipped.",
                      markup=False, highlight=False)
            raise typer.Exit(130) from None
    added = report.count("added")
    ents = sum(o.entities for o in report.outcomes)
    facts = sum(o.facts for o in report.outcomes)
    out.print(f"{added} added ({ents} entities, {facts} facts), "
              f"{report.count('unchanged')} unchanged, {report.count('duplicate')} duplicates, "
              f"{report.count('not_annotated')} not annotated, {len(report.failed)} failed",
              highlight=False)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def docs(db: DbOption = None,
         as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False) -> None:
    """List stored documents and failed items.

    Example: veille docs
    """
    store = _store(db)
    rows = store.query(
        "SELECT d.id, d.name, d.lang, d.status, d.published, d.title, d.duplicate_of, d.note,"
        " (SELECT o.name FROM documents o WHERE o.id = d.duplicate_of) AS original,"
        " (SELECT count(*) FROM doc_entities de WHERE de.doc_id = d.id) AS entities,"
        " (SELECT count(DISTINCT fact_id) FROM evidence ev WHERE ev.doc_id = d.id) AS facts"
        " FROM documents d ORDER BY d.name")
    failures = store.failures()
    if as_json:
        for r in rows:
            print(json.dumps(dict(r), ensure_ascii=False))
        for f in failures:
            print(json.dumps({"source": f["source"], "status": "failed", "error": f["error"]},
                             ensure_ascii=False))
        return
    table = Table("name", "lang", "status", "published", "entities", "facts", "title")
    for r in rows:
        status = r["status"] if r["status"] != "duplicate" else f"duplicate of {r['original']}"
        table.add_row(r["name"], r["lang"] or "?", status, r["published"] or "",
                      str(r["entities"]), str(r["facts"]), (r["title"] or "")[:50])
    out.print(table)
    for f in failures:
        out.print(f"failed: {f['source']}: {f['error']}", markup=False, highlight=False)


@entities_app.callback()
def entities(ctx: typer.Context, db: DbOption = None,
             type_: Annotated[str | None, typer.Option("--type", help=ENTITY_TYPES_HELP)] = None,
             search: Annotated[str | None, typer.Option("--search", help="Part of a name or alias.")] = None,
             limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50) -> None:
    """List entities by number of documents, with filters.

    Example: veille entities --type organization --search zhipu
    """
    if ctx.invoked_subcommand:
        return
    from veille.models import ENTITY_TYPES, norm_name

    if type_ and type_ not in ENTITY_TYPES:
        err.print(f"Error: unknown type '{type_}'. Use one of {', '.join(ENTITY_TYPES)}",
                  markup=False, highlight=False)
        raise typer.Exit(2)
    store = _store(db)
    sql = ("SELECT e.id, e.name, e.type, count(DISTINCT de.doc_id) AS docs,"
           " (SELECT count(*) FROM mentions m JOIN doc_entities d2 ON d2.doc_id = m.doc_id"
           "  AND d2.key = m.key WHERE d2.entity_id = e.id) AS mentions"
           " FROM entities e JOIN doc_entities de ON de.entity_id = e.id WHERE 1=1")
    params: list[Any] = []
    if type_:
        sql += " AND e.type = ?"
        params.append(type_)
    if search:
        sql += " AND e.id IN (SELECT entity_id FROM aliases WHERE norm LIKE ?)"
        params.append(f"%{norm_name(search)}%")
    sql += " GROUP BY e.id ORDER BY docs DESC, mentions DESC, e.name LIMIT ?"
    params.append(limit)
    table = Table("name", "type", "documents", "mentions")
    for r in store.query(sql, tuple(params)):
        table.add_row(r["name"], r["type"], str(r["docs"]), str(r["mentions"]))
    out.print(table)


def _entity_id(store: SQLiteStore, name: str) -> str:
    rows = store.entities_by_alias(name)
    if not rows:
        raise NotFound(f"no entity named '{name}'", "Search with: veille entities --search TEXT")
    return str(rows[0]["id"])


@entities_app.command("split")
def entities_split(
    name: Annotated[str, typer.Argument(help="The entity, by any of its names.")],
    alias: Annotated[str, typer.Argument(help="The alias to take out into an entity of its own.")],
    db: DbOption = None,
) -> None:
    """Undo a merge: the documents that used ALIAS get an entity of their own, and later
    ingests keep them apart.

    Example: veille entities split "Zhipu AI" "Knowledge Atlas Technology"
    """
    from veille.kb.resolve import split

    store = _store(db)
    try:
        new_id = split(store, _entity_id(store, name), alias)
    except VeilleError as e:
        _fail(e)
        return
    out.print(f"'{alias}' is now entity {new_id}, apart from '{name}'", highlight=False)


@entities_app.command("merge")
def entities_merge(
    keep: Annotated[str, typer.Argument(help="The entity to keep, by any of its names.")],
    other: Annotated[str, typer.Argument(help="The entity merged into it.")],
    db: DbOption = None,
) -> None:
    """Merge two entities that are one real-world thing; later ingests keep them merged.

    Example: veille entities merge "Zhipu AI" "Z.ai"
    """
    from veille.kb.resolve import merge

    store = _store(db)
    try:
        merge(store, _entity_id(store, keep), _entity_id(store, other))
    except VeilleError as e:
        _fail(e)
        return
    out.print(f"'{other}' merged into '{keep}'", highlight=False)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="Any name or alias of the entity.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """An entity's profile: type, aliases and why, mentions, documents, facts as a timeline,
    and the entities most often mentioned with it.

    Example: veille entity "Zhipu AI"
    """
    from veille.kb.profile import profile

    store = _store(db)
    try:
        data = profile(store, _entity_id(store, name)).to_dict()
    except VeilleError as e:
        _fail(e)
        return
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    _render_profile(data)


def _render_profile(data: dict[str, Any]) -> None:
    console = out
    console.print(f"[bold]{data['name']}[/bold] ({data['type']}"
                  f"{', ' + data['kind'] if data['kind'] else ''}) — {data['mentions']} mentions"
                  f" in {len(data['documents'])} documents")
    if data["aliases"]:
        console.print("Aliases:")
        for a in data["aliases"]:
            console.print(f"  {a['alias']}  [dim]({a['reason']})[/dim]", highlight=False)
    if data["facts"]:
        from veille.facts.render import summary

        table = Table("date", "type", "fact", "modality", "sources", title="Timeline")
        for f in data["facts"]:
            table.add_row(f["date"] or "", f["type"], summary(f["type"], f["args"])[:90],
                          f["modality"], str(f["sources"]))
        console.print(table)
    if data["related"]:
        console.print("Mentioned with: " + ", ".join(
            f"{r['name']} ({r['documents']})" for r in data["related"]), highlight=False)
    table = Table("document", "published", "mentions", "why it is this entity", title="Documents")
    for d in data["documents"]:
        table.add_row(d["doc"], d["published"] or "", str(d["mentions"]), d["why"])
    console.print(table)


@app.command()
def facts(
    db: DbOption = None,
    type_: Annotated[str | None, typer.Option("--type", help=FACT_TYPES_HELP)] = None,
    entity_name: Annotated[str | None, typer.Option("--entity", help="Facts about this entity (any alias).")] = None,
    since: Annotated[str | None, typer.Option(help="Facts dated on or after this ISO date.")] = None,
    modality: Annotated[str | None, typer.Option(help=", ".join(schema().modalities) + ".")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 100,
    conflicts: Annotated[bool, typer.Option("--conflicts", help="Only facts another source contradicts.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False,
    show_all: AllOption = False,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """List facts with their date, modality, number of sources (the same fact stated in
    several articles is one fact), conflicts, confidence and evidence. Facts less sure than
    the threshold are hidden unless --all.

    Example: veille facts --type stock_move --since 2025-01-01
    """
    store = _store(db)
    sql = ("SELECT f.*, count(DISTINCT ev.doc_id) AS sources, min(ev.text) AS evidence,"
           " min(d.name) AS doc, (SELECT count(*) FROM facts f2 WHERE f2.conflict_key ="
           " f.conflict_key AND f2.id != f.id) AS conflicts"
           " FROM facts f JOIN evidence ev ON ev.fact_id = f.id"
           " JOIN documents d ON d.id = ev.doc_id WHERE f.confidence >= ?")
    params: list[Any] = [config.min_confidence(min_confidence, show_all)]
    if type_:
        sql += " AND f.type = ?"
        params.append(type_)
    if since:
        sql += " AND f.date >= ?"
        params.append(since)
    if modality:
        sql += " AND f.modality = ?"
        params.append(modality)
    if conflicts:
        sql += " AND f.conflict_key IN (SELECT conflict_key FROM facts GROUP BY conflict_key"
        sql += " HAVING count(*) > 1)"
    if entity_name:
        try:
            eid = _entity_id(store, entity_name)
        except VeilleError as e:
            _fail(e)
            return
        sql += " AND f.id IN (SELECT fact_id FROM fact_entities WHERE entity_id = ?)"
        params.append(eid)
    sql += " GROUP BY f.id ORDER BY f.date IS NULL, f.date, f.type LIMIT ?"
    params.append(limit)
    rows = store.query(sql, tuple(params))
    if as_json:
        for r in rows:
            print(json.dumps({"id": r["id"], "type": r["type"], "args": json.loads(r["args"]),
                              "date": r["date"], "modality": r["modality"],
                              "confidence": r["confidence"],
                              "sources": r["sources"], "conflicts": r["conflicts"],
                              "doc": r["doc"], "evidence": r["evidence"]}, ensure_ascii=False))
        return
    from veille.facts.render import summary

    wide = out.width >= 140
    columns = ["date", "type", "fact", "modality"] + (["sure", "sources", "conflicts", "doc"] if wide else [])
    table = Table(*columns)
    for r in rows:
        cells = [r["date"] or "", r["type"], summary(r["type"], json.loads(r["args"]))[:90],
                 r["modality"]]
        if wide:
            cells += [f"{r['confidence']:.2f}", str(r["sources"]), str(r["conflicts"] or ""), r["doc"]]
        table.add_row(*cells)
    out.print(table)


@app.command()
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
        err.print("Error: give a TEXT or --jsonl FILE", markup=False)
        raise typer.Exit(2)
    floor = config.min_confidence(min_confidence, show_all)
    if jsonl is not None:
        _annotate_file(jsonl, floor, annotate_rows)
        return
    body = sys.stdin.read() if text == "-" else str(text)
    try:
        result = annotate_text(body, lang=lang, published=date)
    except VeilleError as e:
        _fail(e)
        return
    result["facts"] = [f for f in result["facts"] if f["confidence"] >= floor]
    print(json.dumps(result, ensure_ascii=False, indent=None if not sys.stdout.isatty() else 2))


def _annotate_file(path: str, floor: float, annotate_rows: Any) -> None:
    """One JSON line out per line in; bad lines are reported and the command exits 1."""
    from pathlib import Path

    try:
        stream = sys.stdin if path == "-" else Path(path).open(encoding="utf-8")
    except OSError as e:
        _fail(VeilleError(f"cannot read {path}: {e.strerror}", "Check the --jsonl path"))
        return
    failed = False
    with stream:
        for row in annotate_rows(stream, "<stdin>" if path == "-" else path, floor):
            if "error" in row:
                failed = True
                err.print(f"Error: {row['error']}", markup=False, highlight=False)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    if failed:
        raise typer.Exit(1)


@export_app.command("entities")
def export_entities(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", help="Only jsonl for now.")] = "jsonl",
) -> None:
    """Entities as JSON lines, one per entity per document (FORMAT.md).

    Example: veille export entities --format jsonl > entities.jsonl
    """
    from veille.export.jsonl import entity_rows, write_jsonl

    _check_format(fmt)
    write_jsonl(entity_rows(_store(db)), sys.stdout)


@export_app.command("facts")
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
    from veille.export.jsonl import fact_rows, write_jsonl

    _check_format(fmt)
    write_jsonl(fact_rows(_store(db), config.min_confidence(min_confidence, show_all)), sys.stdout)


def _check_format(fmt: str) -> None:
    if fmt != "jsonl":
        err.print(f"Error: unknown format '{fmt}'. Use --format jsonl", markup=False)
        raise typer.Exit(2)


from veille.cli_query import register as _register_query  # noqa: E402  (search and ask)

_register_query(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
