"""The ingest job: read, clean, deduplicate, annotate, resolve and store, item by item.

One bad item is recorded with its error and the batch goes on; nothing stored is lost
because each document is written in its own transaction.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from contextlib import nullcontext
from typing import Any

from veille import config
from veille.errors import AnnotationError, AnnotationTimeout, InputError, VeilleError
from veille.ingest import dedup
from veille.ingest.annotator import Annotated, Annotator
from veille.ingest.clean import clean
from veille.ingest.fetch import Fetcher, FetchPolicy, redact
from veille.ingest.readers import FailedItem, RawItem, expand, is_url, read
from veille.ingest.report import STATUSES, Outcome, Report
from veille.kb import monitor
from veille.kb.facts import fact_id
from veille.kb.resolve import resolve_document
from veille.kb.store import Store
from veille.kb.withdraw import withdraw
from veille.models import DocEntity, Document, Mention, content_id
from veille.nlp.pipeline import supported
from veille.watch.rules import Matcher

BATCH = 16  # documents of one language annotated together (one task for a worker process)
__all__ = ["STATUSES", "Outcome", "Report", "ingest"]


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
    index = _index(store)

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


def _index(store: Store) -> dedup.NearDuplicates:
    """The near-duplicate index of the stored documents. A signature missing (near duplicates
    stored before schema version 10) or damaged is computed again from the text, and kept."""
    index = dedup.NearDuplicates()
    again: list[tuple[str, str | None]] = []
    for doc_id, published, stored in store.signatures():
        if stored == dedup.EMPTY:
            continue  # a text without a word is nobody's original
        try:
            index.add(doc_id, dedup.from_bytes(stored or b""), published)
        except ValueError:
            again.append((doc_id, published))
    computed = []
    for doc_id, published in again:
        text = store.get_document(doc_id).text
        m = dedup.minhash(text)
        computed.append((dedup.to_bytes(m), doc_id))
        if dedup.comparable(text):
            index.add(doc_id, m, published)
    if computed:
        with store.write():
            store.execute_many("UPDATE documents SET minhash = ? WHERE id = ?", computed)
    return index


def _annotator(n_process: int, timeout: float | None, dask: str | None) -> Annotator:
    """Local worker processes, or with `dask`, a Dask cluster (same interface)."""
    if dask is None:
        return Annotator(n_process, timeout)
    from veille.ingest.cluster import DaskAnnotator

    return DaskAnnotator(dask)  # type: ignore[return-value]


class _Queue:
    """Documents on their way to the store: gathered by language into batches, annotated (in
    worker processes when there are several), then stored in their role among their near
    duplicates.

    Which document of a group of near duplicates is the original (annotated: its entities and
    facts are the knowledge base's) and which are linked to it is a function of the group, not
    of the order its documents came in (`NearDuplicates.originals`). A document that comes after
    its near duplicate, but ranks before it (published earlier), becomes the original: the one
    stored before becomes its near duplicate and its annotations are taken out (kb/withdraw.py);
    a near duplicate of that one may become an original in turn, and is annotated then. Each
    change is made once the original it needs is stored, in the transaction storing it (or
    when a document fails: then it is nobody's original). A near duplicate whose original is
    still on its way waits for it."""

    def __init__(self, store: Store, annotator: Annotator, emit: Callable[[Outcome], None],
                 index: dedup.NearDuplicates, matcher: Matcher | None = None):
        self.store, self.annotator, self.emit, self.index = store, annotator, emit, index
        self.matcher = matcher
        self.docs: dict[str, tuple[Document, bytes]] = {}  # every document to annotate
        self.gathering: dict[str, list[str]] = {}  # language -> ids of the next batch
        self.submitted: deque[tuple[Future[list[Annotated]], list[str]]] = deque()
        # near duplicates waiting for their original (their annotations, if they were annotated first)
        self.waiting: dict[str, tuple[Document, bytes, Annotated | None]] = {}
        self.waiters: dict[str, list[str]] = {}  # original id -> ids waiting for it
        self.promoted: set[str] = set()  # stored near duplicates to annotate: originals now

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self.docs or doc_id in self.waiting

    def name(self, doc_id: str) -> str:
        if doc_id in self.docs:
            return self.docs[doc_id][0].name
        if doc_id in self.waiting:
            return self.waiting[doc_id][0].name
        rows = self.store.query("SELECT name FROM documents WHERE id = ?", (doc_id,))
        return rows[0][0] if rows else doc_id

    def place(self, doc: Document) -> None:
        """A new document: indexed among the near duplicates, then sent its way (`route`)."""
        m = dedup.minhash(doc.text)
        if dedup.comparable(doc.text):
            self.index.add(doc.id, m, doc.published)
        self.route(doc, dedup.to_bytes(m))

    def route(self, doc: Document, blob: bytes, result: Annotated | None = None) -> None:
        """Send a document its way by its role in its group now: an original is annotated
        (unless `result` holds its annotations already: then stored), or stored unannotated in
        a language with no pipeline; a near duplicate is stored linked to its original once
        that one is stored as an original, and waits for it until then."""
        plan = self.index.originals(doc.id)
        near = plan.get(doc.id)
        if near is not None and not self._stored_original(near[0]):
            self._promote(self._reconcile(plan, doc.id)[1])  # its original may be a stored near duplicate
            if not self._stored_original(near[0]):
                self.waiting[doc.id] = (doc, blob, result)
                self.waiters.setdefault(near[0], []).append(doc.id)
                return
        if near is None and result is None and supported(doc.lang):
            self._add(doc, blob)
            return
        self._settle(doc, blob, plan, result)

    def finish(self) -> None:
        for lang in list(self.gathering):
            self._submit(lang)
        while self.submitted:
            self._store_next()

    def _add(self, doc: Document, blob: bytes) -> None:
        self.docs[doc.id] = (doc, blob)
        batch = self.gathering.setdefault(doc.lang or "fr", [])
        batch.append(doc.id)
        if len(batch) >= BATCH:
            self._submit(doc.lang or "fr")

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
            self._store(doc, blob, result)
        if not self.submitted:
            for lang in list(self.gathering):  # documents sent to annotation meanwhile
                self._submit(lang)

    def _store(self, doc: Document, blob: bytes, result: Annotated) -> None:
        """A document whose annotation is back: failed, or sent its way (`route`)."""
        if result.timed_out is not None:
            self._failed(doc, AnnotationTimeout(
                f"{doc.source}: annotation stopped after {result.timed_out:.0f} s, the time allowed for a text of "
                f"{len(doc.text):,} characters", "Check that it is an article, or raise VEILLE_ANNOTATE_TIMEOUT "
                f"(now {config.annotate_timeout():g} s a document)"))
        elif result.error is not None:
            self._failed(doc, AnnotationError(f"{doc.source}: annotation failed ({result.error})"))
        else:
            self.route(doc, blob, result)

    def _settle(self, doc: Document, blob: bytes, plan: dedup.Plan, result: Annotated | None) -> None:
        """Store a document in its role in `plan` (its annotations with it, for an original),
        and the other stored documents of its group in theirs (`_reconcile`), in one
        transaction; then send on the near duplicates that waited for it."""
        near = plan.get(doc.id)
        if near is not None:
            doc.status, doc.duplicate_of = "duplicate", near[0]
            doc.note = f"near duplicate of {self.name(near[0])} (similarity {near[1]:.2f}), linked to it"
        elif result is None:
            doc.status, doc.duplicate_of = "not_annotated", None
            doc.note = (f"language '{doc.lang}' has no pipeline; stored without annotations" if doc.lang
                        else "language not identified; stored without annotations")
        else:
            doc.status, doc.duplicate_of, doc.note = "annotated", None, None
        found = [_doc_entity(e) for e in result.entities] if result is not None and near is None else []
        nfacts = 0
        try:
            with self.store.write():
                if self.store.has_document(doc.id):  # a stored near duplicate, an original now
                    self.store.set_document_role(doc.id, doc.status, doc.duplicate_of, doc.note)
                else:
                    self.store.add_document(doc, blob)
                demoted, promoted = self._reconcile(plan, doc.id)
                if doc.status == "annotated" and result is not None:
                    keys = resolve_document(self.store, doc.id, found)
                    ids = {fact_id(f) for f in result.facts} if self.matcher is not None else set()
                    known = monitor.known_facts(self.store, ids) if self.matcher is not None else set()
                    nfacts = _store_facts(self.store, doc, result.facts, keys)
                    if self.matcher is not None:
                        self.matcher.on_document(doc, ids - known)
        except VeilleError as e:
            self._failed(doc, e)
            return
        if doc.id in self.promoted:
            self.promoted.discard(doc.id)
        elif doc.status == "annotated":
            message = (f"the original of {', '.join(demoted)}, stored before it and now linked to it as its near "
                       "duplicate" if demoted else "")
            self.emit(Outcome(doc.source, "added", doc.id, doc.name, message, len(found), nfacts))
        else:
            self.emit(Outcome(doc.source, doc.status, doc.id, doc.name, doc.note or ""))
        self._promote(promoted)
        self._release(doc.id)

    def _failed(self, doc: Document, error: VeilleError) -> None:
        """A document not stored, or a stored near duplicate not annotated: nobody's original.
        The other documents of its group take their roles without it."""
        neighbours = self.index.similar(doc.id) if doc.id in self.index else {}
        self.index.remove(doc.id)
        self.promoted.discard(doc.id)
        self.emit(Outcome(doc.source, "failed", doc.id, doc.name, str(error), error=error))
        for other in sorted(neighbours):
            if other in self.index:
                self._promote(self._reconcile(self.index.originals(other))[1])
        self._release(doc.id)

    def _release(self, doc_id: str) -> None:
        """Send on the near duplicates that waited for a document (stored, or failed)."""
        for waiting_id in self.waiters.pop(doc_id, []):
            if waiting_id in self.waiting:
                doc, blob, result = self.waiting.pop(waiting_id)
                self.route(doc, blob, result)

    def _stored_original(self, doc_id: str) -> bool:
        if doc_id in self:
            return False
        rows = self.store.query("SELECT status FROM documents WHERE id = ?", (doc_id,))
        return bool(rows) and rows[0][0] != "duplicate"

    def _reconcile(self, plan: dedup.Plan, settling: str | None = None) -> tuple[list[str], list[str]]:
        """Bring the stored documents of a group (but `settling`, being stored) to their roles in
        `plan`, as far as the originals they need are stored (inside the caller's transaction,
        or in one of its own): an original made a near duplicate has its annotations taken out,
        a near duplicate is linked to its original. Returns the names of the originals made near
        duplicates, and the ids of the near duplicates now originals, to annotate."""
        demoted: list[str] = []
        promoted: list[str] = []
        with self.store.write():
            for doc_id, near in plan.items():
                if doc_id == settling or doc_id in self:
                    continue
                rows = self.store.query("SELECT status, duplicate_of, lang, name FROM documents WHERE id = ?",
                                        (doc_id,))
                if not rows:
                    continue
                status, original, lang, name = rows[0]
                if near is None:
                    if status == "duplicate" and supported(lang):
                        promoted.append(doc_id)
                    elif status == "duplicate":
                        self.store.set_document_role(doc_id, "not_annotated", None, (
                            f"language '{lang}' has no pipeline; stored without annotations" if lang
                            else "language not identified; stored without annotations"))
                    continue
                if (status, original) == ("duplicate", near[0]) or not self._stored_original(near[0]):
                    continue
                if status == "annotated":
                    withdraw(self.store, doc_id)
                self.store.set_document_role(doc_id, "duplicate", near[0], f"near duplicate of {self.name(near[0])}"
                                             f" (similarity {near[1]:.2f}), linked to it")
                if status != "duplicate":
                    demoted.append(name)
        return demoted, promoted

    def _promote(self, ids: list[str]) -> None:
        """Annotate stored near duplicates that are originals now."""
        for doc_id in ids:
            if doc_id in self:
                continue
            doc = self.store.get_document(doc_id)
            rows = self.store.query("SELECT minhash FROM documents WHERE id = ?", (doc_id,))
            self.promoted.add(doc_id)
            self._add(doc, rows[0][0] or dedup.to_bytes(dedup.minhash(doc.text)))


def _prepare(store: Store, item: RawItem, queue: _Queue) -> Outcome | None:
    """Clean an item, then place it (see `_Queue.place`); the outcome if it is settled already."""
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
    queue.place(doc)
    return None


def _settled(store: Store, doc_id: str) -> bool:
    """Whether a document is stored for good: a near duplicate whose original is not stored
    (it failed) is not, and is placed again."""
    rows = store.query("SELECT d.status, d.duplicate_of, o.id FROM documents d LEFT JOIN documents o"
                       " ON o.id = d.duplicate_of WHERE d.id = ?", (doc_id,))
    return bool(rows) and (rows[0][0] != "duplicate" or rows[0][2] is not None)


def _doc_entity(data: dict[str, Any]) -> DocEntity:
    mentions = [Mention(**m) for m in data.get("mentions", [])]
    return DocEntity(**{**data, "mentions": mentions})


def _store_facts(store: Store, doc: Document, facts: list[dict[str, Any]],
                 keys: dict[str, str]) -> int:
    from veille.kb.facts import save_facts

    return save_facts(store, doc, facts, keys)
