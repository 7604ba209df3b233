"""The library API: one `KnowledgeBase` object over a store, under the CLI and the web server.

    >>> from veille import KnowledgeBase
    >>> with KnowledgeBase("veille.db") as kb:                      # doctest: +SKIP
    ...     kb.ingest(["examples/corpus"])
    ...     kb.ask("How much did Sakana AI raise?").short
    ...     kb.facts(type="funding", since="2025").to_pandas()
    ...     kb.entity("Zhipu AI").aliases

Every method returns records (`veille.records`) with `to_dict()`, or lists of them with
`to_records()` and `to_pandas()`. Errors are `veille.errors.VeilleError`s with a `code`, a
`message` and a `hint` saying what to do. A `KnowledgeBase` holds one SQLite connection: use
one per thread (they may share the file: readers never block on the writer).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from veille import config
from veille.answer import Answer
from veille.errors import InputError, VeilleError
from veille.kb import listing
from veille.kb.search import Hit
from veille.kb.store import SharedStore, open_store
from veille.models import ENTITY_TYPES, Document, content_id
from veille.records import (
    Annotations,
    DocumentInfo,
    EntityFact,
    EntityProfile,
    EntityRef,
    EntitySummary,
    Facets,
    Fact,
    FactDetail,
    Failure,
    Graph,
    Overview,
    Records,
    Stats,
)

if TYPE_CHECKING:
    from veille.ingest.fetch import FetchPolicy
    from veille.ingest.run import Outcome, Report

__all__ = ["KnowledgeBase"]


class KnowledgeBase:
    """A Veille knowledge base: documents, entities, facts with their evidence, search and
    cited answers, in one store.

    `path` is the store's file; by default `$VEILLE_DB`, else `./veille.db`. It is created if
    absent, unless `create` is False (then a missing store is a StoreError: what a command
    that only reads wants). A store this process may not write is opened read-only, as with
    `read_only`. `check` reads every page of the store first (`PRAGMA quick_check`); by default
    (None) only stores up to 128 MB are, False checks only the file's kind and tables. Use it
    as a context manager, or call `close()`.
    """

    def __init__(self, path: str | Path | None = None, *, create: bool = True,
                 read_only: bool = False, check: bool | None = False) -> None:
        location = config.db_location(str(path) if path is not None else None)
        self.path: str | Path = config.db_store(location)  # a file, or a PostgreSQL URI
        self.store: SharedStore = open_store(location, create=create, read_only=read_only, check=check)

    # --- life cycle -----------------------------------------------------------------------
    def close(self) -> None:
        """Close the store's connection."""
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KnowledgeBase({str(self.path)!r})"

    # --- documents ------------------------------------------------------------------------
    def stats(self) -> Stats:
        """How many documents, entities, facts and failed inputs the store holds."""
        return listing.stats(self.store)

    def documents(self, limit: int | None = None, offset: int = 0,
                  entity: str | None = None) -> Records[DocumentInfo]:
        """The stored documents (without their text) by name: language, status (annotated,
        not_annotated, duplicate), date, title, numbers of entities and facts. All of them,
        or `limit` after `offset`; those mentioning an `entity` (any of its names), last
        published first."""
        entity_id = self.resolve(entity).id if entity else None
        return listing.documents(self.store, None if limit is None else _count(limit), _count(offset), entity_id)

    def annotations(self, ref: str, min_confidence: float | None = None,
                    show_all: bool = False) -> Annotations:
        """A document's marks, by id or name: its entity mentions with the entity each was
        taken for, and the evidence of its facts (those at least `min_confidence` sure,
        default the configured threshold; every one with `show_all`)."""
        from veille.kb.details import document_marks

        doc = self.document(ref)
        return document_marks(self.store, doc.id, config.min_confidence(min_confidence, show_all))

    def overview(self, since: str | None = None, weeks: int = 8,
                 min_confidence: float | None = None) -> Overview:
        """What is new since `since` (YYYY, YYYY-MM or YYYY-MM-DD; default: four weeks before
        the newest document): documents and facts of the period, the latest facts of each
        type, the entities named in more and more documents over the last `weeks` weeks, the
        sources of the documents and the failed inputs."""
        from veille.kb.overview import overview

        listing.check_fact_filters(None, None, since, None)
        return overview(self.store, since, config.min_confidence(min_confidence), weeks=weeks)

    def document(self, ref: str) -> Document:
        """One document with its clean text (all evidence offsets point into it), by id or
        name. NotFound if there is none."""
        return self.store.get_document(ref)

    def failures(self) -> Records[Failure]:
        """The inputs whose last ingest failed, with the error."""
        return listing.failures(self.store)

    # --- entities -------------------------------------------------------------------------
    def entities(self, type: str | None = None, search: str | None = None, limit: int = 50,
                 offset: int = 0) -> Records[EntitySummary]:
        """Entities by number of documents (then mentions): of one `type` (organization,
        person, place ...), or one of whose names holds `search` (case and accents ignored).
        """
        return listing.entities(self.store, type, search, _count(limit), _count(offset))

    def resolve(self, name_or_id: str) -> EntityRef:
        """The entity one of whose names is `name_or_id` (any alias, any case), or whose id it
        is. NotFound if there is none."""
        return listing.entity_ref(self.store, name_or_id)

    def entity(self, name_or_id: str, documents: int | None = 50, facts: int | None = 100,
               min_confidence: float | None = None, show_all: bool = False) -> EntityProfile:
        """An entity's profile: type, aliases with the reason each was merged, how many
        documents mention it and how many facts concern it, the `documents` documents that
        mention it last published and its `facts` latest facts (newest first; None for all of
        them; facts less sure than `min_confidence`, default the configured threshold, left out
        unless `show_all`), and the entities most often mentioned with it. The rest of its
        facts: `facts(entity=...)`; of its documents: `documents(entity=...)`."""
        from veille.kb.profile import profile

        return profile(self.store, self.resolve(name_or_id).id, documents, facts,
                       config.min_confidence(min_confidence, show_all))

    def entity_facts(self, name_or_id: str, types: Iterable[str] | None = None,
                     min_confidence: float | None = None, latest: int | None = None) -> Records[EntityFact]:
        """An entity's facts (of these `types`, default all) with the role it plays in each
        ('recipient' of a funding, 'subject' of a stock move ...), undated last then by date:
        what its profile charts. With `latest`, only those among its `latest` latest facts."""
        from veille.kb.details import entity_facts

        wanted = list(types or [])
        for t in wanted:
            listing.check_fact_filters(t, None, None, None)
        return entity_facts(self.store, self.resolve(name_or_id).id, config.min_confidence(min_confidence),
                            wanted, latest)

    def graph(self, types: Iterable[str] | None = None, entity_types: Iterable[str] | None = None,
              since: str | None = None, until: str | None = None, entity: str | None = None,
              mentions: int = 0, limit: int = 300, min_confidence: float | None = None) -> Graph:
        """The entity graph built from facts: investor -> recipient (funding), signatory <->
        signatory (agreement), person -> organisation (role), launcher -> product (launch).
        Filters: fact `types` among those, `entity_types` of both ends, fact dates between
        `since` and `until`; around one `entity` (any of its names), with its `mentions` most
        co-mentioned entities too. The `limit` heaviest edges are kept."""
        from veille.kb.graph import LINKS, graph

        wanted, kinds = list(types or []), list(entity_types or [])
        for t in wanted:
            if t not in LINKS:
                raise listing.FilterError(f"no graph edges come from facts of type '{t}'",
                                          "Use one of: " + ", ".join(LINKS))
        for k in kinds:
            if k not in ENTITY_TYPES:
                raise listing.FilterError(f"unknown entity type '{k}'", "Use one of: " + ", ".join(ENTITY_TYPES))
        listing.check_fact_filters(None, None, since, until)
        entity_id = self.resolve(entity).id if entity else None
        return graph(self.store, min_confidence=config.min_confidence(min_confidence), types=wanted,
                     entity_types=kinds, since=since, until=until, entity_id=entity_id, mentions=mentions,
                     limit=_count(limit))

    def split(self, entity: str, alias: str) -> EntityRef:
        """Undo a merge: the documents that called `entity` by `alias` get an entity of their
        own (returned), and later ingests keep them apart."""
        from veille.kb.resolve import split

        new_id = split(self.store, self.resolve(entity).id, alias)
        return self.resolve(new_id)

    def merge(self, keep: str, other: str) -> EntityRef:
        """Merge entity `other` into `keep` (each by any of its names, or its id): one
        real-world thing. Later ingests keep them merged. Returns the entity kept."""
        from veille.kb.resolve import merge

        kept = self.resolve(keep)
        merge(self.store, kept.id, self.resolve(other).id)
        return kept

    # --- facts ----------------------------------------------------------------------------
    def facts(self, type: str | None = None, entity: str | None = None,
              modality: str | None = None, since: str | None = None, until: str | None = None,
              min_confidence: float | None = None, show_all: bool = False,
              conflicts: bool = False, corroborated: bool = False, limit: int = 100,
              cursor: str | None = None) -> Records[Fact]:
        """Facts, undated last, then by date: of one `type` (launch, funding ...), about an
        `entity` (any of its names), of a `modality` (asserted, reported ...), dated between
        `since` and `until` (YYYY, YYYY-MM or YYYY-MM-DD), only those another fact
        contradicts (`conflicts`) or that two documents state (`corroborated`).

        Facts less sure than `min_confidence` (default: the configured threshold, see
        `veille.config.min_confidence`) are left out unless `show_all`. At most `limit` are
        returned; the result's `next_cursor`, passed as `cursor`, gives the next page.
        """
        entity_id = self.resolve(entity).id if entity else None
        return listing.facts(self.store, min_confidence=config.min_confidence(min_confidence, show_all),
                             type_=type, entity_id=entity_id, modality=modality, since=since,
                             until=until, conflicts=conflicts, corroborated=corroborated,
                             limit=_count(limit), cursor=cursor)

    def fact(self, fact_id: str) -> FactDetail:
        """One fact by id, whatever its confidence: the entities in its roles, every document
        stating it with its evidence span, and the facts giving another value for the same
        measure. NotFound if there is none."""
        from veille.kb.details import fact_detail

        return fact_detail(self.store, fact_id)

    def export_entities(self) -> Iterator[dict[str, Any]]:
        """The entities export (FORMAT.md): one row per entity per document."""
        from veille.kb.export import entity_rows

        return entity_rows(self.store)

    def export_facts(self, min_confidence: float | None = None,
                     show_all: bool = False) -> Iterator[dict[str, Any]]:
        """The facts export (FORMAT.md): one row per fact per document stating it."""
        from veille.kb.export import fact_rows

        return fact_rows(self.store, config.min_confidence(min_confidence, show_all))

    def export(self, kind: str, format: str = "jsonl", out: Any = None, *, type: str | None = None,
               entity: str | None = None, modality: str | None = None, since: str | None = None,
               until: str | None = None, min_confidence: float | None = None, show_all: bool = False,
               conflicts: bool = False, corroborated: bool = False, entity_type: str | None = None) -> int:
        """Export `kind` (entities, mentions, facts, graph) as `format` (jsonl, csv, parquet,
        ftm, graphml, gexf: see `veille.export`) to `out` (a path, a stream, or standard
        output), reading the store row by row. Returns the number of rows written.

        Facts and the graph take the facts listing's filters (`type` of fact, `entity`,
        `modality`, `since`, `until`, confidence, `conflicts`, `corroborated`); entities and
        mentions take an `entity`, an `entity_type` and `since` .. `until` on the documents'
        days. ExportError for a format that does not fit the kind."""
        from veille.export import run
        from veille.kb.export import DocFilters, FactFilters
        from veille.kb.graph import LINKS

        run.check_pair(kind, format)
        entity_id = self.resolve(entity).id if entity else None
        if kind in ("entities", "mentions"):
            if type or modality or conflicts or corroborated:
                raise listing.FilterError(f"{kind} are not filtered by fact", "Filter them by --entity, --type "
                                          "(an entity type), --since and --until")
            if entity_type and entity_type not in ENTITY_TYPES:
                raise listing.FilterError(f"unknown entity type '{entity_type}'",
                                          "Use one of: " + ", ".join(ENTITY_TYPES))
            listing.check_fact_filters(None, None, since, until)
            docs = DocFilters(entity_id, entity_type, since, until)
            return run.export(self.store, kind, format, out, docs=docs)
        if entity_type:
            raise listing.FilterError(f"{kind} are not filtered by entity type", "Filter them by fact type with type")
        listing.check_fact_filters(type, modality, since, until)
        if kind == "graph" and type and type not in LINKS:
            raise listing.FilterError(f"no graph edges come from facts of type '{type}'",
                                      "Use one of: " + ", ".join(LINKS))
        facts = FactFilters(config.min_confidence(min_confidence, show_all), type, entity_id, modality, since,
                            until, conflicts, corroborated)
        return run.export(self.store, kind, format, out, facts=facts)

    # --- search and answers ---------------------------------------------------------------
    def index(self) -> int:
        """Bring the search index up to date; return how many documents were indexed now
        (search and ask do it themselves; this is for showing progress)."""
        from veille.kb.search import ensure_index

        return ensure_index(self.store)

    def search(self, query: str, entity: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, lang: str | None = None,
               limit: int = 20, offset: int = 0) -> Records[Hit]:
        """Full-text search, best documents first, each with its best sentences (offsets
        into the document's text, matched words marked). Words are all required; "a
        phrase", prefix*, -excluded and OR work; a name matches every alias of its entity.
        Filters: an `entity` mentioned, a fact `type` stated in the sentence, published
        between `since` and `until`, a language. `query` may be '' with filters."""
        from veille.kb.search import search

        hits = search(self.store, query, entity=entity, fact_type=type, since=since,
                      until=until, lang=lang, limit=_count(limit) + _count(offset))
        return Records(hits[_count(offset):])

    def facets(self, doc_ids: Iterable[str], min_confidence: float | None = None) -> Facets:
        """How documents (search hits' `doc_id`s) spread over the fact types they state, the
        entities they name, their languages and years: a search's facets."""
        from veille.kb.details import facets

        return facets(self.store, list(doc_ids), config.min_confidence(min_confidence))

    def ask(self, question: str, min_confidence: float | None = None,
            show_all: bool = False) -> Answer:
        """Answer a question (French or English) from the facts first, then the best
        sentence, citing the document and offsets; `answer.found` is False and the answer
        "not found in the corpus" when the corpus does not say."""
        from veille.answer import ask

        floor = 0.0 if show_all else min_confidence
        return ask(self.store, question, floor)

    # --- ingest ---------------------------------------------------------------------------
    def ingest(self, inputs: Iterable[str | Path], workers: int = 1,
               allow_private_urls: bool = False, policy: FetchPolicy | None = None,
               progress: Callable[[Outcome], None] | None = None, index: bool = True,
               timeout: float | None = None, deliver: bool = True, dask: str | None = None) -> Report:
        """Ingest files, folders, URLs and feeds ('-' reads standard input): clean, identify
        the language, deduplicate, find entities and facts, resolve and store. A bad item is
        recorded (see `failures()`) and the batch goes on: look at `report.failed`.

        URLs are fetched under `policy`, by default the environment's (public addresses only,
        bounded size and time); `allow_private_urls` also allows your own network.
        `progress` is called with each item's outcome. Ingesting again changes nothing.

        Documents are annotated in `workers` worker processes, each within `timeout` seconds
        (and one more per 10,000 characters; default $VEILLE_ANNOTATE_TIMEOUT, else 60): one
        that takes longer is stopped and recorded as failed, and the batch goes on.
        `timeout=0` sets no limit, and with one worker annotates in this process. With `dask`
        ('local:N' for a Dask LocalCluster of N worker processes, or a scheduler's address
        'tcp://host:port'), documents are annotated on that cluster instead (`workers` and
        `timeout` are then not used); a cluster that cannot be used raises ClusterError.

        The watch rules' matches it finds are then delivered, as after `veille ingest`: their
        Atom feeds written again, the webhooks and e-mails due sent (`deliver=False` leaves
        them queued for `veille watch` or `veille alerts send`); see `_deliver`.
        """
        from veille.ingest.run import ingest

        limit = config.annotate_timeout() if timeout is None else timeout
        policy = policy or self._policy(allow_private_urls)
        before = self._last_match()
        report = ingest(self.store, [str(i) for i in inputs], n_process=workers,
                        progress=progress, policy=policy, timeout=limit or None, dask=dask)
        if index:
            self.index()
        if deliver:
            self._deliver(before, policy)
        return report

    def ingest_text(self, text: str, title: str | None = None, lang: str | None = None,
                    published: str | None = None, name: str | None = None) -> Report:
        """Ingest one article given as text. `title` (default: its first line), `lang`
        (default: identified), `published` (YYYY-MM-DD) and `name` (its id in exports,
        default 'text-' and a hash) are optional. Raises the item's error if it fails."""
        from veille.ingest.readers import from_bytes

        _check_published(published)
        name = name or f"text-{content_id(text)[:10]}"
        item = from_bytes(f"text:{name}", name, text.encode("utf-8"),
                          self._policy(False).max_bytes, ".txt")
        item.title, item.lang, item.feed_date = title, lang, published
        return self._ingest_one(item)

    def ingest_bytes(self, data: bytes, filename: str, title: str | None = None,
                     lang: str | None = None, published: str | None = None) -> Report:
        """Ingest one article given as the bytes of a file (an upload): `filename` gives its
        kind (.html, .txt, .md) and its name in exports. Raises the item's error if it fails."""
        from veille.ingest.readers import from_bytes

        _check_published(published)
        base = Path(filename).name or "upload"
        item = from_bytes(f"upload:{base}", Path(base).stem or "upload", data,
                          self._policy(False).max_bytes, Path(base).suffix)
        item.title, item.lang, item.feed_date = title, lang, published
        return self._ingest_one(item)

    def ingest_url(self, url: str, allow_private_urls: bool = False,
                   policy: FetchPolicy | None = None,
                   progress: Callable[[Outcome], None] | None = None) -> Report:
        """Ingest a page or a feed (each of its items) from an http or https address,
        fetched under `policy` (see `ingest`); `progress` is called with each item's outcome.
        Raises the error if nothing could be ingested (FetchRefused for a private address,
        FetchError, FeedError ...)."""
        from veille.ingest.fetch import parse_url
        from veille.ingest.run import ingest

        parse_url(url)  # an address, never a file path or '-'
        policy = policy or self._policy(allow_private_urls)
        before = self._last_match()
        report = ingest(self.store, [url], policy=policy, progress=progress)
        self.index()
        self._deliver(before, policy)
        return _raise_if_all_failed(report)

    def _ingest_one(self, item: Any) -> Report:
        from veille.ingest.run import ingest

        before = self._last_match()
        report = ingest(self.store, [item])
        self.index()
        self._deliver(before, self._policy(False))
        return _raise_if_all_failed(report)

    def _last_match(self) -> int:
        from veille.kb import monitor

        return monitor.last_match(self.store)

    def _deliver(self, before: int, policy: FetchPolicy) -> None:
        """What follows every ingest, as `veille ingest` and `veille watch` do it: when the watch
        rules matched something (after the match `before`), their Atom feeds written again;
        then the webhooks and e-mails due sent (webhooks under `policy`: a private address
        only when it allows them). A delivery that fails stays queued, with its error, and is
        tried again by `veille watch` or `veille alerts send`; a feed that cannot be written
        is logged: the documents stored stay stored."""
        import logging

        from veille.watch.deliver import after_ingest

        try:
            after_ingest(self.store, self.path, before, policy)
        except OSError as e:
            logging.getLogger(__name__).warning("alerts: the Atom feeds could not be written (%s)", e)

    # --- monitoring -------------------------------------------------------------------------
    def follow(self, url: str, every: str = "1h", lang: str | None = None, tags: Iterable[str] = (),
               kind: str = "auto") -> dict[str, Any]:
        """Follow a source — an RSS or Atom feed, a sitemap or a page (`kind`, found on the first
        fetch by default) — fetched every `every` ('30m', '2h', '1d') by `watch`; following it
        again changes its settings. Returns its settings and state. SourceError when it cannot be."""
        from veille.watch.sources import add

        row, _ = add(self.store, url, every, lang, list(tags), kind)
        return _source(row)

    def sources(self, tag: str | None = None) -> list[dict[str, Any]]:
        """The sources followed (with a `tag`): settings, last fetch, status, items, last error."""
        from veille.kb import monitor

        return [_source(r) for r in monitor.sources(self.store, tag)]

    def add_alert(self, name: str, *, type: str | None = None, entity: str | None = None,
                  entity_type: str | None = None, place: str | None = None, where: str | None = None,
                  modality: Iterable[str] = (), min_confidence: float | None = None, conflicts: bool = False,
                  new_entity: str | None = None, webhooks: Iterable[str] = (), secret_env: str | None = None,
                  emails: Iterable[str] = (), grouped: bool = False, replace: bool = False) -> None:
        """Add a watch rule (see `veille.watch.rules` and the README): evaluated on each fact
        stored from now on, each match recorded once and delivered to the rule's Atom feed,
        `webhooks` and `emails`. RuleError (one line) when a condition is wrong."""
        from veille.watch.rules import Spec, add

        spec = Spec(type=type, entity=entity, entity_type=entity_type, place=place, where=where,
                    modality=list(modality), min_confidence=min_confidence, conflicts=conflicts,
                    new_entity=new_entity)
        add(self.store, name, spec, list(webhooks), secret_env, list(emails), grouped, replace)

    def alert_matches(self, rule: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """The latest matches of a rule (of all when None), newest first: the fact or entity,
        its evidence and its document."""
        import json

        from veille.kb import monitor

        if rule is not None:
            monitor.rule(self.store, rule)
        return [{"id": r["id"], "rule": r["rule"], "at": r["at"], "title": r["title"], **json.loads(r["data"])}
                for r in monitor.matches(self.store, rule, _count(limit))]

    def watch(self, once: bool = True, allow_private_urls: bool = False, policy: FetchPolicy | None = None,
              workers: int = 1) -> list[Any]:
        """Poll the sources that are due, store their new articles, write the Atom feeds and
        send the deliveries that are due; with `once` False, until interrupted. Returns the
        rounds run (`veille.watch.loop.Cycle`)."""
        from veille.watch.loop import watch

        return watch(self.store, self.path, policy or self._policy(allow_private_urls), once=once, workers=workers)

    @staticmethod
    def _policy(allow_private: bool) -> FetchPolicy:
        from veille.ingest.fetch import FetchPolicy

        return FetchPolicy.from_env(allow_private=allow_private or None)


def _check_published(published: str | None) -> None:
    """InputError unless `published` is None or a day of the calendar written YYYY-MM-DD."""
    if published is None:
        return
    from datetime import date

    try:
        ok = len(published) == 10 and date.fromisoformat(published).isoformat() == published
    except ValueError:
        ok = False
    if not ok:
        raise InputError(f"'{published}' is not a date", "Write the publication date as YYYY-MM-DD, such as 2025-03-06")


MAX_COUNT = 2**62  # a limit or offset larger than any store: SQLite integers are 64 bits


def _count(value: int) -> int:
    """A limit or an offset as SQLite takes it: negative is 0, huge is MAX_COUNT."""
    return max(0, min(int(value), MAX_COUNT))


def _raise_if_all_failed(report: Report) -> Report:
    if report.outcomes and len(report.failed) == len(report.outcomes):
        first = report.failed[0]
        raise first.error or VeilleError(first.message)
    return report


def _source(row: Any) -> dict[str, Any]:
    import json

    return {"url": row["url"], "kind": row["kind"], "every": row["every"], "lang": row["lang"],
            "tags": json.loads(row["tags"]), "status": row["status"], "last_fetch": row["last_fetch"],
            "next_fetch": row["next_fetch"], "items": row["items"], "failures": row["failures"], "error": row["error"]}
