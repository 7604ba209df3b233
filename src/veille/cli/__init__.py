"""The `veille` command line: thin commands over the library API (`veille.KnowledgeBase`).

One module per group of commands: `ingest` (ingest, annotate), `browse` (docs, entities,
entity, facts), `query` (search, ask), `export`, `serve` (the web server), `monitor` (sources,
watch, alerts); `main` assembles the app.
"""

from veille.cli.main import app, main

__all__ = ["app", "main"]
