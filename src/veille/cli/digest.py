"""`veille digest`: what happened in a period, as an HTML page or Markdown, in French or
English."""

from __future__ import annotations

from typing import Annotated

import typer

from veille.cli.common import DbOption, MinConfidenceOption, err, fail, open_kb
from veille.errors import VeilleError


def digest(
    since: Annotated[str, typer.Option(
        help="Start of the period: a length ending on --until (7d, 2w, 3m, 1y) or a date (YYYY[-MM[-DD]]).")] = "7d",
    until: Annotated[str | None, typer.Option(help="End of the period, a date (default: today).")] = None,
    entity: Annotated[list[str] | None, typer.Option(
        "--entity", help="Only about this entity (any of its names); repeat for several.")] = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="html or md (default: html for an -o FILE ending in .html, else md).")] = None,
    lang: Annotated[str, typer.Option("--lang", help="fr or en.")] = "fr",
    output: Annotated[str | None, typer.Option(
        "-o", "--output", help="Write to this file (replaced when complete) instead of standard output.")] = None,
    server: Annotated[str | None, typer.Option(
        "--server", help="Address of a `veille serve` (http://host:port): each fact links to its page there.")] = None,
    min_confidence: MinConfidenceOption = None,
    db: DbOption = None,
) -> None:
    """A digest of the period: the main facts of each type with the sentence stating them and
    a link to the article, the biggest stock moves, the money raised by country, the entities
    named for the first time, the targets set and the conflicts found; in HTML with charts
    (SVG, drawn offline) or in Markdown, in French or English.

    Example: veille digest --since 7d --lang en --format html -o digest.html
    """
    from veille.digest import build, render
    from veille.digest.charts import available
    from veille.export.run import open_output

    chosen = fmt or ("html" if output and output.lower().endswith((".html", ".htm")) else "md")
    with open_kb(db) as kb:
        try:
            if chosen not in ("html", "md"):
                from veille.digest import DigestError

                raise DigestError(f"unknown format '{chosen}'", "Use --format html or --format md")
            if server and not server.startswith(("http://", "https://")):
                from veille.digest import DigestError

                raise DigestError(f"'{server}' is not an http(s) address", "Give --server as http://host:port")
            text = render(build(kb, since, until, entity or [], lang, min_confidence, server=server), chosen)
            with open_output(output) as out:
                out.write(text)
        except VeilleError as e:
            fail(e, 2 if e.code in ("V640", "V320") else 1)
    if chosen == "html" and not available():
        err.print("Note: no charts in the digest: install vl-convert-python (pip install 'veille[digest]')",
                  highlight=False, markup=False)
