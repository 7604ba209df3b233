"""The `veille` app: every command, registered in the order `--help` lists them, behind one
edge that turns any error into a one-line message (`--debug` shows the traceback)."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
import traceback
from typing import Annotated, Any

import typer
from typer._click.core import Context
from typer.core import TyperGroup

from veille.cli import browse, common, digest, export, ingest, monitor, query, serve, stores
from veille.cli.common import err, plain
from veille.errors import StoreError, VeilleError

INTERNAL = 70  # exit status of an unexpected error (EX_SOFTWARE): a bug to report
INTERRUPTED = 130


class Edge(TyperGroup):
    """The top command group: every command runs inside its `invoke`, so an error that gets
    this far is printed as one line, `Error: [Vnnn] what. What to do.`, and never as a
    traceback (unless --debug or VEILLE_DEBUG=1)."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):  # usage errors, --help, exits
            raise
        except BrokenPipeError:  # `veille export facts | head`: the reader has what it wanted
            _quiet_stdout()
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            err.print("Interrupted.", markup=False, highlight=False)
            raise typer.Exit(INTERRUPTED) from None
        except Exception as e:  # noqa: BLE001 - the edge: everything becomes a message
            if debugging(ctx):
                traceback.print_exc()
            raise typer.Exit(_report(e)) from None


def debugging(ctx: Context | None = None) -> bool:
    root = ctx.find_root() if ctx is not None else None
    return bool(root and (root.obj or {}).get("debug")) or os.environ.get("VEILLE_DEBUG", "") not in ("", "0")


def _report(e: BaseException) -> int:
    """Print one line for an error and return the exit status."""
    if isinstance(e, sqlite3.Error):
        from veille.kb.store import store_error

        e = store_error(common.opened.get("db") or "(the store)", e)
    if isinstance(e, VeilleError):
        err.print(f"Error: {plain(str(e), newlines=False)}", markup=False, highlight=False)
        return 1
    if isinstance(e, MemoryError):
        err.print("Error: [V901] out of memory. Give fewer or smaller inputs at a time, or use fewer "
                  "--workers", markup=False, highlight=False)
        return 1
    if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        full = (StoreError("a file grew past the size limit set for this process",
                           "Raise the limit (ulimit -f), then run the command again") if e.errno == errno.EFBIG
                else StoreError("no space left on the disk", "Free some space, then run the command again"))
        err.print(f"Error: {full}", markup=False, highlight=False)
        return 1
    detail = plain(f"{type(e).__name__}: {e}", newlines=False)[:300]
    err.print(f"Error: [V900] unexpected error ({detail}). Run the command again with --debug to see "
              "where, and report it", markup=False, highlight=False)
    return INTERNAL


def _quiet_stdout() -> None:
    """Standard output is a closed pipe: send what is left to /dev/null so that Python's
    exit does not complain about it."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


app = typer.Typer(
    cls=Edge,
    help="Veille: a knowledge base of the AI ecosystem built from news articles.\n\n"
         "Example: veille ingest examples/corpus && veille entities --type organization",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None)


@app.callback()
def _options(ctx: typer.Context, debug: Annotated[bool, typer.Option(
        "--debug", help="On an unexpected error, show the traceback ($VEILLE_DEBUG=1 does the same).")] = False
             ) -> None:
    ctx.obj = {"debug": debug}


entities_app = typer.Typer(
    help="List entities; split or merge them.\n\nExample: veille entities --type person",
    invoke_without_command=True, rich_markup_mode=None)
export_app = typer.Typer(
    help="Export entities, mentions, facts or the entity graph: JSON lines, CSV, Parquet, FollowTheMoney, "
         "GraphML, GEXF.\n\nExample: veille export facts --format csv -o facts.csv",
    no_args_is_help=True, rich_markup_mode=None)
alerts_app = typer.Typer(
    help="Watch rules on facts and their deliveries.\n\n"
         "Example: veille alerts add big-moves --type stock_move --where \"abs(change_pct) >= 10\"",
    invoke_without_command=True, rich_markup_mode=None)
sources_app = typer.Typer(
    help="The sources veille watch follows.\n\nExample: veille sources add https://example.org/feed.xml --every 30m",
    invoke_without_command=True, rich_markup_mode=None)
digests_app = typer.Typer(
    help="Digests sent by e-mail on a schedule (by veille watch).\n\n"
         "Example: veille digests add weekly --every 7d --email analyst@example.org --lang en",
    invoke_without_command=True, rich_markup_mode=None)
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
export_app.command("mentions")(export.export_mentions)
export_app.command("facts")(export.export_facts)
export_app.command("graph")(export.export_graph)
app.command("digest")(digest.digest)
app.add_typer(digests_app, name="digests")
digests_app.callback()(digest.digests)
digests_app.command("add")(digest.digests_add)
digests_app.command("remove")(digest.digests_remove)
app.command("search")(query.search)
app.command("ask")(query.ask)
app.command("serve")(serve.serve)
app.command("migrate")(stores.migrate)
app.command("copy")(stores.copy)
app.add_typer(sources_app, name="sources")
sources_app.callback()(monitor.sources)
sources_app.command("add")(monitor.sources_add)
sources_app.command("remove")(monitor.sources_remove)
app.command("watch")(monitor.watch)
app.add_typer(alerts_app, name="alerts")
alerts_app.callback()(monitor.alerts)
alerts_app.command("add")(monitor.alerts_add)
alerts_app.command("remove")(monitor.alerts_remove)
alerts_app.command("show")(monitor.alerts_show)
alerts_app.command("test")(monitor.alerts_test)
alerts_app.command("send")(monitor.alerts_send)
alerts_app.command("dead")(monitor.alerts_dead)


def main() -> None:
    """The command line; `--debug` may come anywhere before a lone `--`."""
    args = sys.argv[1:]
    head = args[:args.index("--")] if "--" in args else args
    if "--debug" in head and args[:1] != ["--debug"]:
        args.remove("--debug")
        args.insert(0, "--debug")
    app(args, prog_name="veille")
