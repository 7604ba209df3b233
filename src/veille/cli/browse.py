"""Looking at the knowledge base: `veille docs`, `entities` (and `entities split|merge`),
`entity` and `facts`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from veille.cli.common import (
    ENTITY_TYPES_HELP,
    FACT_TYPES_HELP,
    MAX_LIMIT,
    AllOption,
    DbOption,
    MinConfidenceOption,
    cell,
    fail,
    open_kb,
    out,
    plain,
    print_json,
    usage,
)
from veille.errors import VeilleError
from veille.kb.listing import FilterError
from veille.records import EntityProfile
from veille.schema import schema


def docs(db: DbOption = None,
         as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False) -> None:
    """List stored documents and failed items.

    Example: veille docs
    """
    with open_kb(db) as kb:
        documents, failures = kb.documents(), kb.failures()
    if as_json:
        for d in documents:
            print_json(d.to_dict())
        for f in failures:
            print_json({"source": f.source, "status": "failed", "error": f.error})
        return
    table = Table("name", "lang", "status", "published", "entities", "facts", "title")
    for d in documents:
        status = d.status if d.status != "duplicate" else f"duplicate of {d.original}"
        table.add_row(cell(d.name), cell(d.lang or "?"), cell(status), cell(d.published),
                      str(d.entities), str(d.facts), cell((d.title or "")[:50]))
    out.print(table)
    for f in failures:
        out.print(f"failed: {plain(f.source)}: {plain(f.error)}", markup=False, highlight=False)


def entities(ctx: typer.Context, db: DbOption = None,
             type_: Annotated[str | None, typer.Option("--type", help=ENTITY_TYPES_HELP)] = None,
             search: Annotated[str | None, typer.Option("--search", help="Part of a name or alias.")] = None,
             limit: Annotated[int, typer.Option(min=0, max=MAX_LIMIT, help="At most this many rows.")] = 50) -> None:
    """List entities by number of documents, with filters.

    Example: veille entities --type organization --search zhipu
    """
    if ctx.invoked_subcommand:
        return
    with open_kb(db) as kb:
        try:
            rows = kb.entities(type=type_, search=search, limit=limit)
        except FilterError as e:
            usage(f"{e.message}. {e.hint}")  # worded as before codes were given to filters
    table = Table("name", "type", "documents", "mentions")
    for r in rows:
        table.add_row(cell(r.name), cell(r.type), str(r.documents), str(r.mentions))
    out.print(table)


def entities_split(
    name: Annotated[str, typer.Argument(help="The entity, by any of its names.")],
    alias: Annotated[str, typer.Argument(help="The alias to take out into an entity of its own.")],
    db: DbOption = None,
) -> None:
    """Undo a merge: the documents that used ALIAS get an entity of their own, and later
    ingests keep them apart.

    Example: veille entities split "Zhipu AI" "Knowledge Atlas Technology"
    """
    with open_kb(db) as kb:
        try:
            new = kb.split(name, alias)
        except VeilleError as e:
            fail(e)
    out.print(f"'{plain(alias)}' is now entity {new.id}, apart from '{plain(name)}'", markup=False, highlight=False)


def entities_merge(
    keep: Annotated[str, typer.Argument(help="The entity to keep, by any of its names.")],
    other: Annotated[str, typer.Argument(help="The entity merged into it.")],
    db: DbOption = None,
) -> None:
    """Merge two entities that are one real-world thing; later ingests keep them merged.

    Example: veille entities merge "Zhipu AI" "Z.ai"
    """
    with open_kb(db) as kb:
        try:
            kb.merge(keep, other)
        except VeilleError as e:
            fail(e)
    out.print(f"'{plain(other)}' merged into '{plain(keep)}'", markup=False, highlight=False)


def entity(
    name: Annotated[str, typer.Argument(help="Any name or alias of the entity.")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """An entity's profile: type, aliases and why, mentions, its latest 100 facts and 50
    documents (newest first), and the entities most often mentioned with it.

    Example: veille entity "Zhipu AI"
    """
    with open_kb(db) as kb:
        try:
            data = kb.entity(name)
        except VeilleError as e:
            fail(e)
    if as_json:
        print_json(data.to_dict(), indent=2)
        return
    render_profile(data)


def render_profile(p: EntityProfile) -> None:
    """The profile as text: a heading, the aliases, the timeline, related entities, documents."""
    out.print(f"[bold]{cell(p.name)}[/bold] ({cell(p.type)}{', ' + cell(p.kind) if p.kind else ''}) — "
              f"{p.mentions} mentions in {p.documents_total} documents, {p.facts_total} facts")
    if p.aliases:
        out.print("Aliases:")
        for a in p.aliases:
            out.print(f"  {cell(a.alias)}  [dim]({cell(a.reason)})[/dim]", highlight=False)
    if p.facts:
        from veille.facts.render import summary

        shown = f"the latest {len(p.facts)} of {p.facts_total} facts" if p.facts_total > len(p.facts) else "Timeline"
        table = Table("date", "type", "fact", "modality", "sources", title=shown)
        for f in p.facts:
            table.add_row(cell(f.date), cell(f.type), cell(summary(f.type, f.args)[:90]), cell(f.modality),
                          str(f.sources))
        out.print(table)
    if p.related:
        out.print("Mentioned with: " + ", ".join(f"{plain(r.name)} ({r.documents})" for r in p.related),
                  markup=False, highlight=False)
    table = Table("document", "published", "mentions", "why it is this entity",
                  title=f"The latest {len(p.documents)} of {p.documents_total} documents"
                  if p.documents_total > len(p.documents) else "Documents")
    for d in p.documents:
        table.add_row(cell(d.doc), cell(d.published), str(d.mentions), cell(d.why))
    out.print(table)


def facts(
    db: DbOption = None,
    type_: Annotated[str | None, typer.Option("--type", help=FACT_TYPES_HELP)] = None,
    entity_name: Annotated[str | None, typer.Option("--entity", help="Facts about this entity (any alias).")] = None,
    since: Annotated[str | None, typer.Option(help="Facts dated on or after this ISO date.")] = None,
    until: Annotated[str | None, typer.Option(help="Facts dated on or before this ISO date.")] = None,
    modality: Annotated[str | None, typer.Option(help=", ".join(schema().modalities) + ".")] = None,
    limit: Annotated[int, typer.Option(min=0, max=MAX_LIMIT, help="At most this many rows.")] = 100,
    conflicts: Annotated[bool, typer.Option("--conflicts", help="Only facts another source contradicts.")] = False,
    corroborated: Annotated[bool, typer.Option(
        "--corroborated", help="Only facts stated by at least two documents.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False,
    show_all: AllOption = False,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """List facts with their date, modality, number of sources (the same fact stated in
    several articles is one fact), conflicts, confidence and evidence. Facts less sure than
    the threshold are hidden unless --all.

    Example: veille facts --type stock_move --since 2025-01-01
    """
    with open_kb(db) as kb:
        try:
            rows = kb.facts(type=type_, entity=entity_name, modality=modality, since=since,
                            until=until, min_confidence=min_confidence, show_all=show_all,
                            conflicts=conflicts, corroborated=corroborated, limit=limit)
        except FilterError as e:
            fail(e, 2)
        except VeilleError as e:
            fail(e)
    if as_json:
        for r in rows:
            print_json(r.to_dict())
        return
    from veille.facts.render import summary

    wide = out.width >= 140
    columns = ["date", "type", "fact", "modality"] + (["sure", "sources", "conflicts", "doc"] if wide else [])
    table = Table(*columns)
    for r in rows:
        cells = [cell(r.date), cell(r.type), cell(summary(r.type, r.args)[:90]), cell(r.modality)]
        if wide:
            cells += [f"{r.confidence:.2f}", str(r.sources), str(r.conflicts or ""), cell(r.doc)]
        table.add_row(*cells)
    out.print(table)
