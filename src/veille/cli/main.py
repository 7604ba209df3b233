"""The `veille` app: every command, registered in the order `--help` lists them."""

from __future__ import annotations

import typer

from veille.cli import browse, export, ingest, query, serve

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

app.command("ingest")(ingest.ingest)
app.command("docs")(browse.docs)
entities_app.callback()(browse.entities)
entities_app.command("split")(browse.entities_split)
entities_app.command("merge")(browse.entities_merge)
app.command("entity")(browse.entity)
app.command("facts")(browse.facts)
app.command("annotate")(ingest.annotate)
export_app.command("entities")(export.export_entities)
export_app.command("facts")(export.export_facts)
app.command("search")(query.search)
app.command("ask")(query.ask)
app.command("serve")(serve.serve)


def main() -> None:
    app()
