"""The ingest job: read, clean, deduplicate, annotate, resolve and store, item by item.

One bad item is recorded with its error and the batch goes on; nothing stored is lost
because each document is written in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from veille.errors import InputError, VeilleError
from veille.ingest import dedup
from veille.ingest.clean import clean
from veille.ingest.readers import FailedItem, RawItem, expand, new_client, read
from veille.kb.resolve import resolve_document
from veille.kb.store import Store
from veille.models import DocEntity, Document, Mention, content_id
from veille.nlp.pipeline import annotate, supported

CHUNK = 256  # documents annotated per nlp.pipe call (with n_process > 1, each call forks its workers)


@dataclass
class Outcome:
    source: str
    status: str  # added | unchanged | duplicate | not_annotated | failed
    doc_id: str | None = None
    name: str | None = None
    message: str = ""
    entities: int = 0
    facts: int = 0


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]


Progress = Callable[[Outcome], None]


def ingest(store: Store, inputs: list[str], n_process: int = 1,
           progress: Progress | None = None) -> Report:
    """Ingest files, folders, '-', URLs and feeds into the store."""
    report = Report()
    index = dedup.NearDuplicates()
    for doc_id, stored in store.minhashes():
        index.add(doc_id, dedup.from_bytes(stored))

    def emit(outcome: Outcome) -> None:
        report.outcomes.append(outcome)
        if outcome.status == "failed":
            with store.write():
                store.record_failure(outcome.source, outcome.message.split("]")[0].lstrip("["),
                                     outcome.message)
        elif outcome.source:
            with store.write():
                store.clear_failure(outcome.source)
        if progress:
            progress(outcome)

    pending: list[tuple[Document, bytes]] = []
    client = new_client()
    try:
        for source in expand(inputs):
            for item in read(source, client):
                if isinstance(item, FailedItem):
                    emit(Outcome(item.source, "failed", message=str(item.error)))
                    continue
                outcome, doc, blob = _prepare(store, item, index, pending)
                if outcome is not None:
                    emit(outcome)
                elif doc is not None and blob is not None:
                    pending.append((doc, blob))
                elif doc is not None:  # a near duplicate of a pending document: store that first
                    _annotate_and_store(store, pending, n_process, emit)
                    pending = []
                    emit(_store_duplicate(store, doc))
                if len(pending) >= CHUNK:
                    _annotate_and_store(store, pending, n_process, emit)
                    pending = []
        if pending:
            _annotate_and_store(store, pending, n_process, emit)
    finally:
        client.close()
    return report


def _prepare(store: Store, item: RawItem, index: dedup.NearDuplicates,
             pending: list[tuple[Document, bytes]]) -> tuple[Outcome | None, Document | None,
                                                             bytes | None]:
    try:
        cleaned = clean(item)
    except InputError as e:
        return Outcome(item.source, "failed", message=str(e)), None, None
    doc_id = content_id(cleaned.text)
    if store.has_document(doc_id) or any(d.id == doc_id for d, _ in pending):
        return Outcome(item.source, "unchanged", doc_id, item.name, "already stored"), None, None
    doc = Document(id=doc_id, name=item.name, source=item.source, text=cleaned.text,
                   title=cleaned.title, url=cleaned.url, published=cleaned.published,
                   site=cleaned.site, author=cleaned.author, lang=cleaned.lang)
    m = dedup.minhash(cleaned.text)
    near = index.match(m)
    if near is not None:
        first, score = near
        doc.status, doc.duplicate_of = "duplicate", first
        first_name = next((d.name for d, _ in pending if d.id == first), None) or next(
            (r["name"] for r in store.query("SELECT name FROM documents WHERE id = ?", (first,))),
            first)
        doc.note = f"near duplicate of {first_name} (similarity {score:.2f}), linked to it"
        if any(d.id == first for d, _ in pending):
            return None, doc, None  # stored once its original is (see ingest)
        return _store_duplicate(store, doc), None, None
    index.add(doc_id, m)
    blob = dedup.to_bytes(m)
    if not supported(cleaned.lang):
        doc.status = "not_annotated"
        doc.note = f"language '{cleaned.lang}' has no pipeline; stored without annotations"
        with store.write():
            store.add_document(doc, blob)
        return Outcome(item.source, "not_annotated", doc_id, item.name, doc.note), None, None
    return None, doc, blob


def _store_duplicate(store: Store, doc: Document) -> Outcome:
    if doc.duplicate_of and not store.has_document(doc.duplicate_of):
        doc.duplicate_of = None  # its original failed; keep the note, not a dangling reference
    with store.write():
        store.add_document(doc, None)
    return Outcome(doc.source, "duplicate", doc.id, doc.name, doc.note or "")


def _annotate_and_store(store: Store, batch: list[tuple[Document, bytes]], n_process: int,
                        emit: Callable[[Outcome], None]) -> None:
    by_lang: dict[str, list[tuple[Document, bytes]]] = {}
    for doc, blob in batch:
        by_lang.setdefault(doc.lang or "fr", []).append((doc, blob))
    for lang, docs in by_lang.items():
        lookup = {d.id: (d, b) for d, b in docs}
        items: Iterable[tuple[str, dict[str, Any]]] = (
            (d.text, {"id": d.id, "published": d.published}) for d, _ in docs)
        for spacy_doc, ctx, error in annotate(items, lang, n_process=n_process):
            doc, blob = lookup[ctx["id"]]
            if spacy_doc is None:
                emit(Outcome(doc.source, "failed", doc.id, doc.name,
                             f"[V500] {doc.source}: annotation failed ({error})"))
                continue
            try:
                found = [_doc_entity(e) for e in spacy_doc._.veille_entities or []]
                facts = list(spacy_doc._.veille_facts or []) if spacy_doc.has_extension(
                    "veille_facts") else []
                doc.status = "annotated"
                with store.write():
                    store.add_document(doc, blob)
                    keys = resolve_document(store, doc.id, found)
                    nfacts = _store_facts(store, doc, facts, keys)
            except VeilleError as e:
                emit(Outcome(doc.source, "failed", doc.id, doc.name, str(e)))
                continue
            emit(Outcome(doc.source, "added", doc.id, doc.name, "", len(found), nfacts))


def _doc_entity(data: dict[str, Any]) -> DocEntity:
    mentions = [Mention(**m) for m in data.get("mentions", [])]
    return DocEntity(**{**data, "mentions": mentions})


def _store_facts(store: Store, doc: Document, facts: list[dict[str, Any]],
                 keys: dict[str, str]) -> int:
    from veille.kb.facts import save_facts

    return save_facts(store, doc, facts, keys)
