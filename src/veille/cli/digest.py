"""`veille digest`: what happened in a period, as an HTML page or Markdown, in French or
English."""

from __future__ import annotations

from typing import Annotated

import typer

from veille.cli.common import DbOption, MinConfidenceOption, err, fail, open_kb, out, plain
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
    email: Annotated[list[str] | None, typer.Option(
        "--email", help="Send it by e-mail to this address (several: a,b or repeat), in HTML with a plain-text "
                        "part, through the alerts' SMTP settings ($VEILLE_SMTP_*), instead of printing it.")] = None,
    min_confidence: MinConfidenceOption = None,
    db: DbOption = None,
) -> None:
    """A digest of the period: the main facts of each type with the sentence stating them and
    a link to the article, the biggest stock moves, the money raised by country, the entities
    named for the first time, the targets set and the conflicts found; in HTML with charts
    (SVG, drawn offline) or in Markdown, in French or English.

    Example: veille digest --since 7d --lang en --format html -o digest.html
    Example: veille digest --since 7d --email analyst@example.org,desk@example.org
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
            if email:
                from veille.watch.digests import addresses, send

                to = addresses(email)
                made = send(kb, to, since, until, entity or [], lang, min_confidence, server)
                if output:
                    with open_output(output) as file:
                        file.write(render(made, chosen))
                out.print(f"Sent the digest from {made.since} to {made.until} to {plain(', '.join(to))}",
                          markup=False, highlight=False)
            else:
                text = render(build(kb, since, until, entity or [], lang, min_confidence, server=server), chosen)
                with open_output(output) as file:
                    file.write(text)
        except VeilleError as e:
            fail(e, 2 if e.code in ("V640", "V320", "V650") else 1)
    if (chosen == "html" or email) and not available():
        err.print("Note: no charts in the digest: install vl-convert-python (pip install 'veille[digest]')",
                  highlight=False, markup=False)


# --- on a schedule --------------------------------------------------------------------------------

def digests(ctx: typer.Context, db: DbOption = None,
            as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False) -> None:
    """The digests sent by e-mail on a schedule, with the last day each covered, when it was
    sent, when it is next and its last error (add one with `veille digests add`).

    Example: veille digests add weekly --every 7d --email analyst@example.org
    """
    if ctx.invoked_subcommand is not None:
        return
    import json

    from rich.table import Table

    from veille.cli.common import cell, print_json
    from veille.kb import monitor

    with open_kb(db) as kb:
        rows = monitor.digest_schedules(kb.store)
    if as_json:
        for r in rows:
            print_json({"name": r["name"], "every_days": r["every"], "emails": json.loads(r["emails"]),
                        "lang": r["lang"], "entities": json.loads(r["entities"]), "min_confidence": r["min_confidence"],
                        "server": r["server"], "covered": r["covered"], "last_sent": r["last_sent"],
                        "next_send": r["next_send"], "failures": r["failures"], "error": r["error"]})
        return
    if not rows:
        out.print("No scheduled digests. Add one with: veille digests add NAME --every 7d --email ADDRESS",
                  highlight=False)
        return
    table = Table("digest", "every", "to", "lang", "about", "covered to", "last sent", "next", "error")
    for r in rows:
        table.add_row(cell(r["name"]), f"{r['every']}d", cell(", ".join(json.loads(r["emails"]))), r["lang"],
                      cell(", ".join(json.loads(r["entities"])) or "-"), r["covered"] or "-", r["last_sent"] or "-",
                      r["next_send"], cell((f"({r['failures']}x) " if r["failures"] else "") + (r["error"] or "")))
    out.print(table)


def digests_add(
    name: Annotated[str, typer.Argument(help="The scheduled digest's name (letters, digits, - _ .).")],
    every: Annotated[str, typer.Option(help="Days between two digests, each covering them: 1d, 7d, 2w.")] = "7d",
    email: Annotated[list[str] | None, typer.Option(
        "--email", help="Send it to this address (several: a,b or repeat).")] = None,
    lang: Annotated[str, typer.Option("--lang", help="fr or en.")] = "fr",
    entity: Annotated[list[str] | None, typer.Option(
        "--entity", help="Only about this entity (any of its names); repeat for several.")] = None,
    server: Annotated[str | None, typer.Option(
        "--server", help="Address of a `veille serve` (http://host:port): each fact links to its page there.")] = None,
    min_confidence: MinConfidenceOption = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace a scheduled digest of the same name.")] = False,
    db: DbOption = None,
) -> None:
    """Send a digest by e-mail every few days: `veille watch` (or `watch --once` from cron)
    sends the first at once, covering the days before, then each when its days are over, once
    each, through the alerts' SMTP settings ($VEILLE_SMTP_*).

    Example: veille digests add weekly --every 7d --email analyst@example.org --lang en
    """
    from veille.watch.digests import add

    with open_kb(db, create=True) as kb:
        try:
            row = add(kb.store, name, every, email or [], lang, entity or [], min_confidence, server, replace)
        except VeilleError as e:
            fail(e, 2 if e.code == "V650" else 1)
    import json

    out.print(f"Digest {plain(name)} every {row['every']}d to {plain(', '.join(json.loads(row['emails'])))}"
              " (sent by veille watch)", markup=False, highlight=False)


def digests_remove(name: Annotated[str, typer.Argument(help="The scheduled digest's name.")],
                   db: DbOption = None) -> None:
    """Stop sending a scheduled digest.

    Example: veille digests remove weekly
    """
    from veille.kb import monitor

    with open_kb(db) as kb:
        try:
            monitor.remove_digest_schedule(kb.store, name)
        except VeilleError as e:
            fail(e)
    out.print(f"Removed scheduled digest {plain(name)}", markup=False, highlight=False)
