"""`veille sources`, `veille watch` and `veille alerts`: following sources on a schedule,
watch rules on facts and their deliveries."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from veille.cli.common import DbOption, cell, err, fail, open_kb, out, plain, print_json
from veille.errors import VeilleError

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON lines.")]
PrivateOption = Annotated[bool, typer.Option(
    "--allow-private-urls",
    help="Also fetch and post to this machine or your own network (refused by default; "
         "$VEILLE_ALLOW_PRIVATE_URLS=1 does the same).")]


# --- alerts ---------------------------------------------------------------------------------------

def alerts(ctx: typer.Context, db: DbOption = None, as_json: JsonOption = False) -> None:
    """Watch rules on facts: list them with their matches and deliveries (add one with
    `veille alerts add`). Matches are found while documents are stored (ingest, watch), each
    once; they are delivered as Atom feeds, webhooks and e-mail.

    Example: veille alerts add big-moves --type stock_move --where "abs(change_pct) >= 10"
    """
    if ctx.invoked_subcommand is not None:
        return
    from veille.kb import monitor
    from veille.watch.rules import Spec

    with open_kb(db) as kb:
        rows = monitor.rules(kb.store)
        if as_json:
            for r in rows:
                print_json({"name": r["name"], "spec": json.loads(r["spec"]), "webhooks": json.loads(r["webhooks"]),
                            "emails": json.loads(r["emails"]), "grouped": bool(r["grouped"]),
                            "matches": r["matches"], "last_match": r["last_match"], "pending": r["pending"],
                            "dead": r["dead"]})
            return
        if not rows:
            out.print("No rules. Add one with: veille alerts add NAME --type TYPE --where CONDITION", highlight=False)
            return
        table = Table("rule", "looks for", "delivered to", "matches", "last match", "pending", "dead")
        for r in rows:
            targets = [w["url"] for w in json.loads(r["webhooks"])] + json.loads(r["emails"])
            table.add_row(cell(r["name"]), cell(Spec.from_dict(json.loads(r["spec"])).describe()),
                          cell(", ".join(["atom", *targets])), str(r["matches"]), cell(r["last_match"] or "-"),
                          str(r["pending"]), str(r["dead"]))
        out.print(table)


def alerts_add(
    name: Annotated[str, typer.Argument(help="The rule's name (letters, digits, - _ .).")],
    type_: Annotated[str | None, typer.Option("--type", help="Fact type (launch, stock_move, funding ...).")] = None,
    entity: Annotated[str | None, typer.Option(help="An entity in one of the fact's roles, by any of its names.")]
    = None,
    entity_type: Annotated[str | None, typer.Option(
        "--entity-type", help="An entity of this type in one of the fact's roles.")] = None,
    place: Annotated[str | None, typer.Option(
        help="A place the article names (or whose demonym the sentence uses: 'vietnamienne').")] = None,
    where: Annotated[str | None, typer.Option(
        help="A condition on the fact's numbers: comparisons of change_pct, amount_usd, count, value, "
             "confidence ... joined by and, or, not; abs() (see README).")] = None,
    modality: Annotated[list[str] | None, typer.Option(
        help="Only facts of this modality (asserted, reported, claimed, projected); repeat for several.")] = None,
    min_confidence: Annotated[float | None, typer.Option(
        "--min-confidence", help="Only facts at least this sure (0-1; default the configured threshold).")] = None,
    conflicts: Annotated[bool, typer.Option(
        "--conflicts", help="Only a fact giving another value than a stored one for the same measure.")] = False,
    new_entity: Annotated[str | None, typer.Option(
        "--new-entity", help="Instead of facts: an entity of this type (or 'any') that no document named before.")]
    = None,
    webhook: Annotated[list[str] | None, typer.Option(
        help="POST each match as signed JSON to this URL; repeat for several.")] = None,
    secret_env: Annotated[str | None, typer.Option(
        "--secret-env", help="The environment variable holding the webhooks' HMAC secret "
                             "(default VEILLE_WEBHOOK_SECRET).")] = None,
    email: Annotated[list[str] | None, typer.Option(
        help="Send each match to this address through SMTP ($VEILLE_SMTP_*); repeat for several.")] = None,
    grouped: Annotated[bool, typer.Option(
        "--grouped", help="E-mail: one message for the matches found together, not one each.")] = False,
    replace: Annotated[bool, typer.Option("--replace", help="Replace a rule of the same name.")] = False,
    db: DbOption = None,
) -> None:
    """Add a watch rule: the facts (or new entities) to be told about. It applies to the
    documents stored from now on (ingest, watch); each match is recorded once, with its
    evidence, and delivered to the rule's Atom feed, webhooks and e-mail addresses.

    Example: veille alerts add vn-funding --type funding --place Vietnam --where "amount_usd >= 50e6"
    """
    from veille.watch.rules import Spec, add

    spec = Spec(type=type_, entity=entity, entity_type=entity_type, place=place, where=where,
                modality=list(modality or []), min_confidence=min_confidence, conflicts=conflicts,
                new_entity=new_entity)
    with open_kb(db, create=True) as kb:
        try:
            add(kb.store, name, spec, list(webhook or []), secret_env, list(email or []), grouped, replace)
        except VeilleError as e:
            fail(e)
    out.print(f"Rule {plain(name)}: {plain(spec.describe())}", markup=False, highlight=False)


def alerts_remove(name: Annotated[str, typer.Argument(help="The rule's name.")], db: DbOption = None) -> None:
    """Remove a watch rule, its matches and their deliveries.

    Example: veille alerts remove big-moves
    """
    from veille.kb import monitor

    with open_kb(db) as kb:
        try:
            monitor.remove_rule(kb.store, name)
        except VeilleError as e:
            fail(e)
    out.print(f"Removed rule {plain(name)}", markup=False, highlight=False)


def alerts_show(
    name: Annotated[str | None, typer.Argument(help="The rule's name (default: every rule).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000, help="How many matches, newest first.")] = 20,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """The latest matches of a rule (or of all), each with its evidence and article.

    Example: veille alerts show big-moves --limit 5
    """
    from veille.kb import monitor

    with open_kb(db) as kb:
        try:
            if name:
                monitor.rule(kb.store, name)
        except VeilleError as e:
            fail(e)
        rows = monitor.matches(kb.store, name, limit)
        for r in rows:
            if as_json:
                print_json({"id": r["id"], "rule": r["rule"], "at": r["at"], "title": r["title"],
                            **json.loads(r["data"])})
                continue
            out.print(f"{r['at']} [{plain(r['rule'])}] {plain(r['title'], newlines=False)}", markup=False,
                      highlight=False)
            if r["evidence"]:
                out.print(f"    « {plain(r['evidence'], newlines=False)} »", markup=False, highlight=False)
            if r["url"] or r["published"]:
                out.print(f"    {plain(r['url'] or '')} {r['published'] or ''}".rstrip(), markup=False,
                          highlight=False)
        if not rows and not as_json:
            out.print("No matches yet.", highlight=False)


def alerts_test(
    name: Annotated[str, typer.Argument(help="The rule's name.")],
    allow_private_urls: PrivateOption = False,
    db: DbOption = None,
) -> None:
    """Send a sample match of a rule to each of its webhooks and e-mail addresses now, and say
    how each went (exit 1 if one failed). The sample is its latest match, else a made-up fact.

    Example: veille alerts test big-moves
    """
    from veille.ingest.fetch import FetchPolicy
    from veille.watch.rules import send_test

    with open_kb(db) as kb:
        try:
            policy = FetchPolicy.from_env(allow_private=allow_private_urls or None)
            results = send_test(kb.store, name, policy)
        except VeilleError as e:
            fail(e)
    failed = False
    for target, error in results:
        if error is None:
            out.print(f"sent to {plain(target)}", markup=False, highlight=False)
        else:
            failed = True
            err.print(f"Error: {plain(error, newlines=False)}", markup=False, highlight=False)
    if not results:
        out.print("The rule has no webhook or e-mail address: its matches go to its Atom feed only.",
                  highlight=False)
    if failed:
        raise typer.Exit(1)


def alerts_dead(
    name: Annotated[str | None, typer.Argument(help="The rule's name (default: every rule).")] = None,
    retry: Annotated[bool, typer.Option("--retry", help="Put them back in the queue, to be sent again.")] = False,
    db: DbOption = None,
) -> None:
    """The dead letters: deliveries that failed every attempt, with their last error;
    --retry queues them again (sent by the next `veille watch` or `veille alerts send`).

    Example: veille alerts dead big-moves --retry
    """
    from veille.kb import monitor

    with open_kb(db) as kb:
        try:
            if name:
                monitor.rule(kb.store, name)
        except VeilleError as e:
            fail(e)
        rows = monitor.deliveries(kb.store, "dead", name)
        for r in rows:
            out.print(f"[{plain(r['rule'])}] {r['channel']} {plain(r['target'])} after {r['attempts']} attempts: "
                      f"{plain(r['error'] or '', newlines=False)}", markup=False, highlight=False)
        if retry:
            n = monitor.retry_dead(kb.store, name)
            out.print(f"{n} queued again", highlight=False)
        elif not rows:
            out.print("No dead letters.", highlight=False)


def alerts_send(allow_private_urls: PrivateOption = False, db: DbOption = None) -> None:
    """Send the deliveries that are due now (webhooks and e-mail tried again after a failure);
    `veille watch` does it on its own.

    Example: veille alerts send
    """
    from veille.ingest.fetch import FetchPolicy
    from veille.watch.deliver import deliver

    with open_kb(db) as kb:
        try:
            done = deliver(kb.store, FetchPolicy.from_env(allow_private=allow_private_urls or None))
        except VeilleError as e:
            fail(e)
    for error in done.errors:
        err.print(f"Error: {plain(error, newlines=False)}", markup=False, highlight=False)
    out.print(done.summary(), highlight=False)
    if done.failed or done.dead:
        raise typer.Exit(1)


# --- sources and watch ----------------------------------------------------------------------------

def sources(ctx: typer.Context, db: DbOption = None,
            tag: Annotated[str | None, typer.Option(help="Only the sources with this tag.")] = None,
            as_json: JsonOption = False) -> None:
    """The sources `veille watch` follows, with their last fetch, status, items and errors
    (add one with `veille sources add`).

    Example: veille sources add https://example.org/feed.xml --every 30m --tag vietnam
    """
    if ctx.invoked_subcommand is not None:
        return
    from veille.kb import monitor

    with open_kb(db) as kb:
        rows = monitor.sources(kb.store, tag)
    if as_json:
        for r in rows:
            print_json({"url": r["url"], "kind": r["kind"], "every": r["every"], "lang": r["lang"],
                        "tags": json.loads(r["tags"]), "status": r["status"], "last_fetch": r["last_fetch"],
                        "next_fetch": r["next_fetch"], "items": r["items"], "failures": r["failures"],
                        "error": r["error"]})
        return
    if not rows:
        out.print("No sources. Add one with: veille sources add URL --every 30m", highlight=False)
        return
    table = Table("source", "kind", "every", "tags", "last fetch", "status", "items", "next fetch", "error")
    for r in rows:
        table.add_row(cell(r["url"]), r["kind"], _duration(r["every"]), cell(", ".join(json.loads(r["tags"]))),
                      r["last_fetch"] or "-", r["status"] + (f" ({r['failures']}x)" if r["failures"] else ""),
                      str(r["items"]), r["next_fetch"], cell(r["error"] or ""))
    out.print(table)


def _duration(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def sources_add(
    url: Annotated[str, typer.Argument(help="An RSS or Atom feed, a sitemap or a page (http or https).")],
    every: Annotated[str, typer.Option(help="How often to fetch it: 30m, 2h, 1d ...")] = "1h",
    lang: Annotated[str | None, typer.Option(help="Its articles' language (default: identified).")] = None,
    tag: Annotated[list[str] | None, typer.Option(help="A tag to list it by; repeat for several.")] = None,
    kind: Annotated[str, typer.Option(help="auto (found on the first fetch), feed, sitemap or page.")] = "auto",
    db: DbOption = None,
) -> None:
    """Follow a source: `veille watch` fetches it on schedule (conditionally, within robots.txt)
    and ingests each new article once. Adding a followed source again changes its settings.

    Example: veille sources add https://example.org/feed.xml --every 30m --lang fr --tag vietnam
    """
    from veille.watch.sources import add

    with open_kb(db, create=True) as kb:
        try:
            row, new = add(kb.store, url, every, lang, list(tag or []), kind)
        except VeilleError as e:
            fail(e)
    verb = "Following" if new else "Updated"
    out.print(f"{verb} {plain(row['url'])} every {_duration(row['every'])}", markup=False, highlight=False)


def sources_remove(url: Annotated[str, typer.Argument(help="The source's address.")], db: DbOption = None) -> None:
    """Stop following a source (its articles stay in the store).

    Example: veille sources remove https://example.org/feed.xml
    """
    from veille.kb import monitor

    with open_kb(db) as kb:
        try:
            monitor.remove_source(kb.store, url)
        except VeilleError as e:
            fail(e)
    out.print(f"No longer following {plain(url)}", markup=False, highlight=False)


def watch(
    once: Annotated[bool, typer.Option("--once", help="Poll what is due, deliver, and exit (for cron).")] = False,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1, help="Annotation processes.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    allow_private_urls: PrivateOption = False,
    db: DbOption = None,
) -> None:
    """Follow the sources: fetch each when it is due, store its new articles, find the watch
    rules' matches and deliver them (Atom feeds, webhooks, e-mail). Runs until SIGTERM or
    Ctrl-C (the current article is finished first) and resumes where it stopped; --once suits
    cron (exit 1 when a source or a delivery failed).

    Example: veille watch --once --db veille.db
    """
    import signal
    import threading

    from veille.ingest.fetch import FetchPolicy
    from veille.watch.loop import Cycle
    from veille.watch.loop import watch as run
    from veille.watch.sources import Polled

    try:
        policy = FetchPolicy.from_env(allow_private=allow_private_urls or None)
    except VeilleError as e:
        fail(e)
    stop = threading.Event()
    failed = False

    def report(p: Polled) -> None:
        nonlocal failed
        if p.status == "failed":
            failed = True
            err.print(f"Error: {plain(p.error or '', newlines=False)}", markup=False, highlight=False)
            return
        for e in p.errors:
            err.print(f"Error: {plain(e, newlines=False)}", markup=False, highlight=False)
        if not quiet:
            out.print(plain(p.line(), newlines=False), markup=False, highlight=False)

    def said(c: Cycle) -> None:
        nonlocal failed
        if c.matches:
            counts = ", ".join(f"{plain(r)}: {n}" for r, n in sorted(c.matches.items()))
            out.print(f"Alerts: {sum(c.matches.values())} new ({counts})", markup=False, highlight=False)
        for e in c.delivered.errors:
            failed = True
            err.print(f"Error: {plain(e, newlines=False)}", markup=False, highlight=False)

    def halt(signum: int, frame: object) -> None:
        stop.set()

    previous = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        for s in previous:
            signal.signal(s, halt)
    except ValueError:  # not the main thread (a test runner): no signal handling
        previous = {}
    kb = open_kb(db, create=True)
    try:
        with kb:
            if not quiet and not once:
                err.print(f"Watching {len(_sources_of(kb))} sources of {kb.path}; stop with Ctrl-C or SIGTERM",
                          markup=False, highlight=False)
            run(kb.store, kb.path, policy, once=once, workers=workers, stop=stop, report=report, on_cycle=said)
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if stop.is_set() and not quiet:
        err.print("Stopped: every article fetched is stored; run veille watch again to go on.",
                  markup=False, highlight=False)
    if once and failed:
        raise typer.Exit(1)


def _sources_of(kb: object) -> list[object]:
    from veille.kb import monitor

    return list(monitor.sources(kb.store))  # type: ignore[attr-defined]
