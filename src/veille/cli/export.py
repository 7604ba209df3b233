"""`veille export entities|mentions|facts|graph`: the knowledge base in the formats the field
loads (JSON lines, CSV, Parquet, FollowTheMoney, GraphML, GEXF), streamed to a file or to
standard output."""

from __future__ import annotations

from typing import Annotated

import typer

from veille.cli.common import (
    ENTITY_TYPES_HELP,
    FACT_TYPES_HELP,
    AllOption,
    DbOption,
    MinConfidenceOption,
    fail,
    open_kb,
)
from veille.errors import VeilleError
from veille.export import PAIRS, ExportError, MissingPackage
from veille.kb.listing import FilterError
from veille.schema import schema

OutputOption = Annotated[str | None, typer.Option(
    "-o", "--output", help="Write to this file (replaced when complete) instead of standard output.")]
EntityOption = Annotated[str | None, typer.Option("--entity", help="Only this entity (any of its names).")]
SinceOption = Annotated[str | None, typer.Option(help="On or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="On or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
ModalityOption = Annotated[str | None, typer.Option(help=", ".join(schema().modalities) + ".")]
ConflictsOption = Annotated[bool, typer.Option("--conflicts", help="Only facts another source contradicts.")]
CorroboratedOption = Annotated[bool, typer.Option(
    "--corroborated", help="Only facts stated by at least two documents.")]


def _format(kind: str) -> object:
    return typer.Option("--format", "-f", help=" or ".join(PAIRS[kind]) + ".")


def _run(db: str | None, kind: str, fmt: str, output: str | None, **filters: object) -> None:
    check_format(kind, fmt)
    with open_kb(db) as kb:
        try:
            kb.export(kind, fmt, output, **filters)  # type: ignore[arg-type]
        except MissingPackage as e:
            fail(e)
        except (ExportError, FilterError) as e:
            fail(e, 2)
        except VeilleError as e:
            fail(e)


def export_entities(
    db: DbOption = None,
    fmt: Annotated[str, _format("entities")] = "jsonl",
    output: OutputOption = None,
    entity: EntityOption = None,
    entity_type: Annotated[str | None, typer.Option("--type", help=ENTITY_TYPES_HELP)] = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Entities: as JSON lines one per entity per document (FORMAT.md); as CSV or Parquet one
    row per entity (type, kind, numbers of documents and mentions, aliases, first and last
    day named); as FollowTheMoney entities (Company, PublicBody, Person, Address ...). Dates
    select the entities named in documents of that period.

    Example: veille export entities --format csv -o entities.csv
    """
    _run(db, "entities", fmt, output, entity=entity, entity_type=entity_type, since=since, until=until)


def export_mentions(
    db: DbOption = None,
    fmt: Annotated[str, _format("mentions")] = "jsonl",
    output: OutputOption = None,
    entity: EntityOption = None,
    entity_type: Annotated[str | None, typer.Option("--type", help=ENTITY_TYPES_HELP)] = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Mentions: one row per place a document names an entity, with the words, their offsets
    in the document's text, the entity taken for them and the document.

    Example: veille export mentions --format parquet -o mentions.parquet
    """
    _run(db, "mentions", fmt, output, entity=entity, entity_type=entity_type, since=since, until=until)


def export_facts(
    db: DbOption = None,
    fmt: Annotated[str, _format("facts")] = "jsonl",
    output: OutputOption = None,
    type_: Annotated[str | None, typer.Option("--type", help=FACT_TYPES_HELP)] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Facts about this entity (any alias).")] = None,
    since: Annotated[str | None, typer.Option(help="Facts dated on or after this ISO date.")] = None,
    until: Annotated[str | None, typer.Option(help="Facts dated on or before this ISO date.")] = None,
    modality: ModalityOption = None,
    conflicts: ConflictsOption = False,
    corroborated: CorroboratedOption = False,
    show_all: AllOption = False,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Facts, with the filters of `veille facts`: as JSON lines one per fact per document
    stating it (FORMAT.md); as CSV or Parquet the same, flattened (a column per role, the
    evidence, its sentence and the document); as FollowTheMoney entities (the facts' entities,
    their articles, then ownerships, payments, directorships and events). Facts less sure
    than the threshold are left out unless --all.

    Example: veille export facts --type funding --since 2025 --format parquet -o funding.parquet
    """
    _run(db, "facts", fmt, output, type=type_, entity=entity, since=since, until=until, modality=modality,
         conflicts=conflicts, corroborated=corroborated, show_all=show_all, min_confidence=min_confidence)


def export_graph(
    db: DbOption = None,
    fmt: Annotated[str, _format("graph")] = "graphml",
    output: OutputOption = None,
    type_: Annotated[str | None, typer.Option(
        "--type", help="Only edges from facts of this type: funding, agreement, role or launch.")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Only facts about this entity (any alias).")] = None,
    since: Annotated[str | None, typer.Option(help="Facts dated on or after this ISO date.")] = None,
    until: Annotated[str | None, typer.Option(help="Facts dated on or before this ISO date.")] = None,
    modality: ModalityOption = None,
    conflicts: ConflictsOption = False,
    corroborated: CorroboratedOption = False,
    show_all: AllOption = False,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """The entity graph built from facts (investor -> recipient, signatory - signatory, person
    -> organisation, launcher -> product), each edge weighted by its number of facts, for
    Gephi (GEXF, GraphML) or as JSON lines; the filters of `veille facts` choose the facts.

    Example: veille export graph --format gexf -o graph.gexf
    """
    _run(db, "graph", fmt, output, type=type_, entity=entity, since=since, until=until, modality=modality,
         conflicts=conflicts, corroborated=corroborated, show_all=show_all, min_confidence=min_confidence)


def check_format(kind: str, fmt: str) -> None:
    """ExportError (exit 2) unless the format fits the kind: checked before opening the store."""
    from veille.export.run import check_pair

    try:
        check_pair(kind, fmt)
    except ExportError as e:
        fail(e, 2)
