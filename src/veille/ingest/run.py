"""The ingest job: read, clean, deduplicate, annotate, resolve and store, item by item.

One bad item is recorded with its error and the batch goes on; nothing stored is lost
because each document is written in its own transaction.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from veille import config
from veille.errors import AnnotationError, AnnotationTimeout, InputError, NotFound, VeilleError
from veille.ingest import dedup
from veille.ingest.annotator import Annotated, Annotator
from veille.ingest.clean import clean
from veille.ingest.fetch import Fetcher, FetchPolicy, redact
from veille.ingest.readers import FailedItem, RawItem, expand, is_url, read
from veille.kb import monitor
from veille.kb.facts import fact_id
from veille.kb.resolve import resolve_document
from veille.kb.store import Store
from veille.models import DocEntity, Document, Mention, content_id
from veille.nlp.pipeline import supported
from veille.watch.rules import Matcher

BATCH = 16  # documents of one language annotated together (one task for a worker process)


STATUSES = ("added", "unchanged", "duplicate", "not_annotated", "failed")


@dataclass
class Outcome:
    """What became of one item: its status, the document it is stored as, and a message
    (why it failed, whose duplicate it is); `error` keeps a failure's exception."""

    source: str
    status: str  # added | unchanged | duplicate | not_annotated | failed
    doc_id: str | None = None
    name: str | None = None
    message: str = ""
    entities: int = 0
    facts: int = 0
    error: VeilleError | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "status": self.status, "doc_id": self.doc_id,
                "name": self.name, "message": self.message, "entities": self.entities,
                "facts": self.facts}


@dataclass
class Report:
    """The outcome of each item of an ingest, in order."""

    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary(self) -> str:
        """'2 added (30 entities, 12 facts), 0 unchanged, 0 duplicates, 0 not annotated, 0 failed'"""
        ents = sum(o.entities for o in self.outcomes)
        facts = sum(o.facts for o in self.outcomes)
        return (f"{self.count('added')} added ({ents} entities, {facts} facts), "
                f"{self.count('unchanged')} unchanged, {self.count('duplicate')} duplicates, "
                f"{self.count('not_annotated')} not annotated, {len(self.failed)} failed")

    def to_dict(self) -> dict[str, Any]:
        """The count of each status and every outcome."""
        return {"counts": {s: self.count(s) for s in STATUSES},
                "entities": sum(o.entities for o in self.outcomes),
                "facts": sum(o.facts for o in self.outcomes),
                "outcomes": [o.to_dict() for o in self.outcomes]}

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per item (for pandas or csv)."""
        return [o.to_dict() for o in self.outcomes]


Progress = Callable[[Outcome], None]


def ingest(store: Store, inputs: Iterable[str | RawItem], n_process: int = 1,
           progress: Progress | None = None, policy: FetchPolicy | None = None,
           timeout: float | None = None, matcher: Matcher | None = None,
           annotator: Annotator | None = None, dask: str | None = None) -> Report:
    """Ingest files, folders, '-', URLs, feeds and items already read into the store. URLs
    are fetched under `policy` (by default the environment's: public addresses only, bounded
    size and time). With a `timeout` (seconds a document's annotation may take, see
    `annotator.budget`), documents are annotated in worker processes and one that takes
    longer is stopped and recorded as failed; without, with one process, in this one.

    The store's watch rules (`veille.watch.rules`) are evaluated on the facts and entities
    each document brings, as it is stored (`matcher`: the rules loaded already). An
    `annotator` given (its workers kept between ingests, as `veille watch` does) is used
    instead of a new one and left open.

    With `dask` ('local:N', or a scheduler's address 'tcp://host:port'), documents are
    annotated on that Dask cluster instead of in local worker processes (`n_process` and
    `timeout` are then not used; see `veille.ingest.cluster`); they are stored here all the
    same, in the same order, so the store ends the same."""
    report = Report()
    matcher = matcher if matcher is not None else Matcher.load(store)
    index = dedup.NearDuplicates()
    for doc_id, stored in store.minhashes():
        if stored == dedup.EMPTY:
            continue  # a text without a word is nobody's original
        try:
            index.add(doc_id, dedup.from_bytes(stored))
        except ValueError:  # a damaged signature: computed again from the document's text
            index.add(doc_id, dedup.minhash(store.get_document(doc_id).text))

    failed = {row["source"] for row in store.failures()}  # sources whose last try failed

    def emit(outcome: Outcome) -> None:
        report.outcomes.append(outcome)
        if outcome.status == "failed":
            with store.write():
                store.record_failure(outcome.source, outcome.message.split("]")[0].lstrip("["),
                                     outcome.message)
            failed.add(outcome.source)
        elif outcome.source in failed:
            with store.write():
                store.clear_failure(outcome.source)
            failed.discard(outcome.source)
        if progress:
            progress(outcome)

    fetcher = Fetcher(policy)
    try:
        with nullcontext(annotator) if annotator is not None else _annotator(n_process, timeout, dask) as annotator:
            queue = _Queue(store, annotator, emit, index, matcher)
            for source in expand(inputs):
                if isinstance(source, FailedItem):  # a folder that cannot be read
                    emit(Outcome(source.source, "failed", message=str(source.error), error=source.error))
                    continue
                start = len(report.outcomes)
                items = [source] if isinstance(source, RawItem) else read(source, fetcher)
                for item in items:
                    if isinstance(item, FailedItem):
                        emit(Outcome(item.source, "failed", message=str(item.error),
                                     error=item.error))
                        continue
                    outcome = _prepare(store, item, queue)
                    if outcome is not None:
                        emit(outcome)
                # A feed read without a failure of its own clears the one its last read left.
                if isinstance(source, RawItem):
                    continue
                key = redact(source) if is_url(source) else source
                if key in failed and not any(o.source == key and o.status == "failed"
                                             for o in report.outcomes[start:]):
                    with store.write():
                        store.clear_failure(key)
                    failed.discard(key)
            queue.finish()
    finally:
        fetcher.close()
    return report


def _annotator(n_process: int, timeout: float | None, dask: str | None) -> Annotator:
    """Local worker processes, or with `dask`, a Dask cluster (same interface)."""
    if dask is None:
        return Annotator(n_process, timeout)
    from veille.ingest.cluster import DaskAnnotator

    return DaskAnnotator(dask)  # type: ignore[return-value]


class _Queue:
    """Documents on their way to the store: gathered by language into batches, annotated
    (in worker processes when there are several), then resolved and stored in the order
    they were submitted. Near duplicates of a document still on its way wait for it."""

    def __init__(self, store: Store, annotator: Annotator, emit: Callable[[Outcome], None],
                 index: dedup.NearDuplicates, matcher: Matcher | None = None):
        self.store, self.annotator, self.emit, self.index = store, annotator, emit, index
        self.matcher = matcher
        self.docs: dict[str, tuple[Document, bytes]] = {}  # every document not yet stored
        self.gathering: dict[str, list[str]] = {}  # language -> ids of the next batch
        self.submitted: deque[tuple[Future[list[Annotated]], list[str]]] = deque()
        self.duplicates: dict[str, list[Document]] = {}  # original id -> its near duplicates

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self.docs

    def name(self, doc_id: str) -> str | None:
        return self.docs[doc_id][0].name if doc_id in self.docs else None

    def add(self, doc: Document, blob: bytes) -> None:
        self.docs[doc.id] = (doc, blob)
        batch = self.gathering.setdefault(doc.lang or "fr", [])
        batch.append(doc.id)
        if len(batch) >= BATCH:
            self._submit(doc.lang or "fr")

    def add_duplicate(self, doc: Document, original: str) -> None:
        self.duplicates.setdefault(original, []).append(doc)

    def finish(self) -> None:
        for lang in list(self.gathering):
            self._submit(lang)
        while self.submitted:
            self._store_next()

    def _submit(self, lang: str) -> None:
        ids = self.gathering.pop(lang, [])
        if not ids:
            return
        items = [(self.docs[i][0].text, {"id": i, "published": self.docs[i][0].published})
                 for i in ids]
        self.submitted.append((self.annotator.submit(lang, items), ids))
        while self.submitted and (self.submitted[0][0].done()
                                  or len(self.submitted) > self.annotator.in_flight):
            self._store_next()

    def _store_next(self) -> None:
        future, ids = self.submitted.popleft()
        try:
            results = future.result()
        except VeilleError:
            raise
        except Exception as e:  # noqa: BLE001 - a worker process died: this batch failed
            results = [Annotated(i, error=f"annotation worker failed ({type(e).__name__}: {e}); "
                                          "ingest this item again, or with --workers 1")
                       for i in ids]
        for result in results:
            doc, blob = self.docs.pop(result.id)
            stored = self._store(doc, blob, result)
            for duplicate in self.duplicates.pop(doc.id, []):
                if stored:
                    self.emit(_store_duplicate(self.store, duplicate))
                else:  # its original failed: placed again, as an original or another's duplicate
                    duplicate.status, duplicate.duplicate_of, duplicate.note = "annotated", None, None
                    outcome = place(self.store, duplicate, self)
                    if outcome is not None:
                        self.emit(outcome)
        if not self.submitted:
            for lang in list(self.gathering):  # documents placed again above
                self._submit(lang)

    def _store(self, doc: Document, blob: bytes, result: Annotated) -> bool:
        if result.timed_out is not None:
            error: AnnotationError = AnnotationTimeout(
                f"{doc.source}: annotation stopped after {result.timed_out:.0f} s, the time allowed for a text of "
                f"{len(doc.text):,} characters", "Check that it is an article, or raise VEILLE_ANNOTATE_TIMEOUT "
                f"(now {config.annotate_timeout():g} s a document)")
            self.index.remove(doc.id)
            self.emit(Outcome(doc.source, "failed", doc.id, doc.name, str(error), error=error))
            return False
        if result.error is not None:
            error = AnnotationError(f"{doc.source}: annotation failed ({result.error})")
            self.index.remove(doc.id)  # not stored: it is nobody's original
            self.emit(Outcome(doc.source, "failed", doc.id, doc.name, str(error), error=error))
            return False
        try:
            found = [_doc_entity(e) for e in result.entities]
            doc.status = "annotated"
            with self.store.write():
                self.store.add_document(doc, blob)
                keys = resolve_document(self.store, doc.id, found)
                if self.matcher is None:
                    nfacts = _store_facts(self.store, doc, result.facts, keys)
                else:
                    ids = {fact_id(f) for f in result.facts}
                    known = monitor.known_facts(self.store, ids)
                    nfacts = _store_facts(self.store, doc, result.facts, keys)
                    self.matcher.on_document(doc, ids - known)
        except VeilleError as e:
            self.index.remove(doc.id)
            self.emit(Outcome(doc.source, "failed", doc.id, doc.name, str(e), error=e))
            return False
        self.emit(Outcome(doc.source, "added", doc.id, doc.name, "", len(found), nfacts))
        return True


def _prepare(store: Store, item: RawItem, queue: _Queue) -> Outcome | None:
    """Clean an item, then place it (see `place`); the outcome if it is settled already."""
    try:
        cleaned = clean(item)
    except InputError as e:
        return Outcome(item.source, "failed", message=str(e), error=e)
    doc_id = content_id(cleaned.text)
    if doc_id in queue or _settled(store, doc_id):
        return Outcome(item.source, "unchanged", doc_id, item.name, "already stored")
    doc = Document(id=doc_id, name=item.name, source=item.source, text=cleaned.text,
                   title=cleaned.title, url=cleaned.url, published=cleaned.published,
                   site=cleaned.site, author=cleaned.author, lang=cleaned.lang)
    return place(store, doc, queue)


def _settled(store: Store, doc_id: str) -> bool:
    """Whether a document is stored for good: a near duplicate whose original is not stored
    (it failed) is not, and is placed again."""
    rows = store.query("SELECT d.status, d.duplicate_of, o.id FROM documents d LEFT JOIN documents o"
                       " ON o.id = d.duplicate_of WHERE d.id = ?", (doc_id,))
    return bool(rows) and (rows[0][0] != "duplicate" or rows[0][2] is not None)


def place(store: Store, doc: Document, queue: _Queue) -> Outcome | None:
    """A new document's way: a near duplicate of a document stored or on its way (stored
    linked to it, once it is), unannotated (a language with no pipeline), or queued for
    annotation. The outcome if it is settled now."""
    index = queue.index
    m = dedup.minhash(doc.text)
    near = index.match(m) if dedup.comparable(doc.text) else None
    if near is not None:
        first, score = near
        doc.status, doc.duplicate_of = "duplicate", first
        first_name = queue.name(first) or _stored_name(store, first)
        doc.note = f"near duplicate of {first_name} (similarity {score:.2f}), linked to it"
        if first in queue:
            queue.add_duplicate(doc, first)  # stored once its original is
            return None
        return _store_duplicate(store, doc)
    if dedup.comparable(doc.text):
        index.add(doc.id, m)
    blob = dedup.to_bytes(m)
    if not supported(doc.lang):
        doc.status = "not_annotated"
        doc.note = (f"language '{doc.lang}' has no pipeline; stored without annotations" if doc.lang
                    else "language not identified; stored without annotations")
        with store.write():
            store.add_document(doc, blob)
        return Outcome(doc.source, "not_annotated", doc.id, doc.name, doc.note)
    queue.add(doc, blob)
    return None


def _stored_name(store: Store, doc_id: str) -> str:
    try:
        return store.get_document(doc_id).name
    except NotFound:
        return doc_id


def _store_duplicate(store: Store, doc: Document) -> Outcome:
    if doc.duplicate_of and not store.has_document(doc.duplicate_of):
        doc.duplicate_of = None  # its original failed; keep the note, not a dangling reference
    with store.write():
        store.add_document(doc, None)
    return Outcome(doc.source, "duplicate", doc.id, doc.name, doc.note or "")


def _doc_entity(data: dict[str, Any]) -> DocEntity:
    mentions = [Mention(**m) for m in data.get("mentions", [])]
    return DocEntity(**{**data, "mentions": mentions})


def _store_facts(store: Store, doc: Document, facts: list[dict[str, Any]],
                 keys: dict[str, str]) -> int:
    from veille.kb.facts import save_facts

    return save_facts(store, doc, facts, keys)
