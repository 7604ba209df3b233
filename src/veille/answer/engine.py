"""Answering a question with citations: structured facts first, then the best sentences.

Candidates are the sentences holding most of the question's (idf-weighted) words and their
bilingual alternatives in the BM25-best documents (those naming its entities first), plus the
facts stated in those documents or about the question's entities. Each is scored by how much
of the question it covers and by whether it holds an answer of the kind asked; below the
threshold the answer is "not found in the corpus", with no citation.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left
from dataclasses import dataclass, field

from veille.answer import extract
from veille.answer import facts as fact_answers
from veille.answer.lexicon import lexicon
from veille.answer.question import Group, Question, doc_frequency, parse_question
from veille.kb.listing import CHUNK
from veille.kb.packed import unpack_sentences
from veille.kb.search import (
    ANALYZER_VERSION,
    SENT_BITS,
    ensure_index,
    in_text,
    ranked_documents,
    tokens,
)
from veille.kb.store import SharedStore, mention_words

NOT_FOUND = "not found in the corpus"
MIN_COVERAGE = 0.3  # share of the question's weight the cited sentence must hold
MIN_TOPIC = 0.25  # share of its words (entities aside) found in the sentence
TOPIC_SHARE = 0.4  # their part in the score
OPEN_COVERAGE = 0.7  # a sentence with no extractable short answer needs this much
MIN_FIT = 0.5  # a short answer of another type than asked does not count
FACT_BONUS = 0.1
CONTEXT_CREDIT = 0.3  # a word of the question in the previous sentence or the title
ENTITY_CREDIT = 0.6  # an entity of the question named elsewhere in the document (none when
# the sentence names another entity of the same type: it is likely about that one)
DOCS = 15
PER_DOC = 8
COMMON = 0.5  # words in more than this share of documents do not select documents
SMALL = 1000  # ... unless the corpus is this small
NUMERIC_KINDS = fact_answers.NUMERIC_KINDS
# Duplicates are a few: their ids are read once a query from an index, instead of the status of
# each of thousands of matches, which comes after the text in a document's row.
NOT_DUPLICATE = " AND sd.doc_id NOT IN (SELECT id FROM documents WHERE status = 'duplicate')"
QUANTITY_KINDS = (*NUMERIC_KINDS, "date", "year")


@dataclass
class Citation:
    doc: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Answer:
    """An answer: the short answer and its sentence, with citations; or not found."""

    question: str
    answer: str = NOT_FOUND
    short: str | None = None
    citations: list[Citation] = field(default_factory=list)
    kind: str = ""
    source: str | None = None  # fact | sentence
    score: float = 0.0

    @property
    def found(self) -> bool:
        return bool(self.citations)

    def to_dict(self, qid: str | None = None, full: bool = True) -> dict[str, object]:
        out: dict[str, object] = {} if qid is None else {"id": qid}
        if full:
            out["question"] = self.question
        out["answer"] = self.answer
        if full:
            out.update(short=self.short, kind=self.kind, source=self.source,
                       score=round(self.score, 3))
        out["citations"] = [c.to_dict() for c in self.citations]
        return out


@dataclass
class _Doc:
    doc_id: str
    seq: int
    name: str
    lang: str | None
    text: str
    title: str
    status: str
    bounds: dict[int, tuple[int, int]]
    indexed: dict[int, str] | None = None  # each sentence's index terms, as the index holds them
    mentions: list[tuple[int, int, str, str]] | None = None  # (start, end, text, type), in order
    _terms: set[str] | None = None
    _title: set[str] | None = None
    _tokens: dict[tuple[int, int], list[tuple[int, int, str]]] = field(default_factory=dict)
    _context: dict[int, set[str]] = field(default_factory=dict)

    def sentence_terms(self, sid: int) -> set[str]:
        """The index terms of a sentence: those the index holds when it was built by this
        version of the analyzer (what tokenizing the sentence again would give)."""
        if self.indexed is not None:
            return set(self.indexed[sid].split())
        start, end = self.bounds[sid]
        return {t for _, _, t in self.tokens(start, end)}

    def sequence(self, sid: int) -> list[tuple[int, int, str]]:
        """The index terms of a sentence in order, without their offsets (-1) when the index
        holds them."""
        if self.indexed is not None:
            return [(-1, -1, t) for t in self.indexed[sid].split()]
        return self.tokens(*self.bounds[sid])

    def tokens(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The index terms of text[start:end], with their offsets (cached)."""
        found = self._tokens.get((start, end))
        if found is None:
            found = self._tokens[(start, end)] = tokens(self.text[start:end], self.lang, start)
        return found

    @property
    def terms(self) -> set[str]:
        """The index terms of the whole text (computed when first needed)."""
        if self._terms is None:
            if self.indexed is not None and len(self.bounds) < 1 << SENT_BITS:
                # every word is in one sentence, and the index holds them all: the same terms
                self._terms = set().union(*(self.sentence_terms(sid) for sid in self.bounds))
            else:
                self._terms = {t for _, _, t in tokens(self.text, self.lang)}
        return self._terms

    @property
    def title_terms(self) -> set[str]:
        if self._title is None:
            self._title = {t for _, _, t in tokens(self.title, self.lang)}
        return self._title


@dataclass
class _Scored:
    score: float
    coverage: float
    doc: _Doc
    start: int
    end: int
    short: str | None
    source: str


def ask(store: SharedStore, question: str, min_confidence: float | None = None) -> Answer:
    """Answer one question from the knowledge base, or say it is not found; facts less sure
    than `min_confidence` (by default the configured threshold) do not answer."""
    from veille import config

    ensure_index(store)
    q = parse_question(store, question)
    result = Answer(question, kind=q.kind)
    if not q.groups or q.unknown:
        return result
    ranked = rank(store, q, config.min_confidence(min_confidence))
    best = ranked[0] if ranked else None
    if best is None:
        return result
    sentence = best.doc.text[best.start:best.end]
    quoted = f"« {sentence} »"
    result.answer = f"{best.short} — {quoted}" if best.short else quoted
    result.short, result.source, result.score = best.short, best.source, best.score
    result.citations = [Citation(best.doc.name, best.start, best.end, sentence)]
    return result


def rank(store: SharedStore, q: Question, min_confidence: float = 0.0) -> list[_Scored]:
    """Every scored candidate (sentences and facts), best first."""
    docs = _documents(store, q)
    out = [s for doc, sid, (start, end) in _sentences(store, q, docs)
           if (s := _score_sentence(store, q, doc, sid, start, end)) is not None]
    hits = fact_answers.candidates(store, q, list(docs), min_confidence=min_confidence)
    others = _load_docs(store, [h.doc_id for h in hits if h.doc_id not in docs])  # read at once
    out += [s for hit in hits if (s := _score_fact(store, q, docs, others, hit)) is not None]
    return sorted(out, key=lambda s: -s.score)


def _documents(store: SharedStore, q: Question) -> dict[str, _Doc]:
    """The BM25-best documents naming the question's entities and holding its other words,
    then, if too few, those holding any of its words (the common ones left out)."""
    df, total = doc_frequency(store, {o[0] for g in q.groups for o in g.options})
    limit = COMMON * total if total > SMALL else total
    options = [o for g in q.groups for o in g.options if df.get(o[0], 0) <= limit]
    names = [o for g in q.groups if g.entity_ids for o in g.options]
    words = [o for g in q.groups if not g.entity_ids for o in g.options if o in options]
    queries = [f"({_any(names)}) AND ({_any(words)})"] if names and words else []
    queries.append(_any(options or [o for g in q.groups for o in g.options]))
    found: list[str] = []
    for expr in queries:
        rows = ranked_documents(store, in_text(expr), NOT_DUPLICATE, [], DOCS)
        found += [r["doc_id"] for r in rows if r["doc_id"] not in found]
        if len(found) >= DOCS:
            break
    return _load_docs(store, found[:DOCS])


def _any(options: list[tuple[str, ...]]) -> str:
    return " OR ".join(f'"{" ".join(o)}"' for o in sorted(set(options)))


def _sentences(store: SharedStore, q: Question, docs: dict[str, _Doc]
               ) -> list[tuple[_Doc, int, tuple[int, int]]]:
    """The sentences of each document holding most of the question's (idf-weighted) groups.
    Scored here on the document's own tokens, which the scoring after reuses: ranking them
    with FTS5 reads every matching sentence of the corpus, 10-20 ms a document at 100k."""
    out = []
    # a group is held when one of its one-word options is, or all the words of a longer one
    words = [(g.weight, frozenset(o[0] for o in g.options if len(o) == 1),
              [o for o in g.options if len(o) > 1]) for g in q.groups]
    for doc in docs.values():
        scored = []
        for sid, (start, end) in doc.bounds.items():
            terms = doc.sentence_terms(sid)
            score = sum(weight for weight, single, longer in words
                        if not single.isdisjoint(terms)
                        or any(all(t in terms for t in o) for o in longer))
            if score > 0:
                scored.append((-score, end - start, sid))
        out += [(doc, sid, doc.bounds[sid]) for _, _, sid in sorted(scored)[:PER_DOC]]
    return out


def _matches(group: Group, toks: list[tuple[int, int, str]]) -> list[int]:
    """Offsets where one of the group's options occurs in the token list."""
    terms = [t for _, _, t in toks]
    present = set(terms)
    hits = []
    for option in group.options:
        if option[0] not in present:
            continue
        n = len(option)
        for i in range(len(terms) - n + 1):
            if terms[i] == option[0] and tuple(terms[i:i + n]) == option:
                hits.append(toks[i][0])
    return hits


@dataclass
class _Match:
    coverage: float  # share of the question's weight found (with partial credits)
    topic: float  # share of its words (not entities) found in the sentence
    anchors: list[int]  # offsets of the words found
    entity: bool  # one of the question's entities found (or it names none)


def _coverage(q: Question, toks: list[tuple[int, int, str]], context: set[str],
              doc: _Doc | None, names: list[tuple[int, int, str]] | None = None,
              credit: float = ENTITY_CREDIT) -> _Match:
    """How much of the question a sentence holds. Entities are looked for in `names` when
    given (a fact's roles), else in the sentence and, for `credit` of their weight, in `doc`;
    other words found only in `context` (sentences around, title) count for part. Optional
    words (those that ask, like 'pourcentage') count when found and are not missed."""
    total = sum(g.weight for g in q.groups if not g.optional) or 1.0
    got = asked = found = 0.0
    words: list[int] = []
    names_at: list[int] = []
    entity = not any(g.entity_ids for g in q.groups)
    for g in q.groups:
        hits = _matches(g, names if names is not None and g.entity_ids else toks)
        if hits:
            got += g.weight
            (names_at if g.entity_ids else words).extend(hits)
            entity = entity or bool(g.entity_ids)
        elif g.entity_ids and doc is not None and names is None and any(
                all(t in doc.terms for t in o) for o in g.options):
            got += credit * g.weight
            entity = True
        elif not g.entity_ids and any(all(t in context for t in o) for o in g.options):
            got += CONTEXT_CREDIT * g.weight
        if not g.entity_ids and (hits or not g.optional):
            asked += 1.0
            found += 1.0 if hits else 0.0
    anchors = [a for a in words if a >= 0] or [a for a in names_at if a >= 0]
    return _Match(min(1.0, got / total), found / asked if asked else 1.0, anchors, entity)


def _blend(m: _Match) -> float:
    """How well a sentence supports an answer: the question's weight it holds, and the
    question's own words (not only its entities) said in it."""
    return (1.0 - TOPIC_SHARE) * m.coverage + TOPIC_SHARE * m.topic


def _enough(m: _Match) -> bool:
    return m.entity and m.coverage >= MIN_COVERAGE and m.topic >= MIN_TOPIC


def _context(doc: _Doc, sid: int) -> set[str]:
    """Terms of the title and of the sentences before and after (cached)."""
    found = doc._context.get(sid)
    if found is None:
        found = set(doc.title_terms)
        for i in (sid - 1, sid + 1):
            if i in doc.bounds:
                found |= doc.sentence_terms(i)
        doc._context[sid] = found
    return found


def _mentions(store: SharedStore, doc: _Doc, start: int, end: int
              ) -> list[tuple[int, int, str, str]]:
    """The entity mentions inside text[start:end], in order (the document's, read once)."""
    if doc.mentions is None:
        doc.mentions = [(r[0], r[1], mention_words(doc.text, r[2], r[0], r[1]), r[3]) for r in store.query(
            "SELECT m.start, m.end, m.text, de.type FROM mentions m JOIN doc_entities de"
            " ON de.doc = m.doc AND de.ref = m.ref WHERE m.doc = (SELECT rowid FROM documents WHERE id = ?)"
            " ORDER BY m.start, m.end", (doc.doc_id,))]
    out = []
    for m in doc.mentions[bisect_left(doc.mentions, (start,)):]:
        if m[0] > end:
            break
        if m[1] <= end:
            out.append(m)
    return out


def _score_sentence(store: SharedStore, q: Question, doc: _Doc, sid: int, start: int,
                    end: int) -> _Scored | None:
    text = doc.text[start:end]
    folded = extract.fold(text).replace("’", "'")
    if len(text) < 80 and lexicon().dateline.match(folded):
        return None
    mentions = _mentions(store, doc, start, end)
    m = _coverage(q, doc.tokens(start, end), _context(doc, sid),
                  doc if _may_refer(q, folded, mentions, doc.text) else None)
    if not _enough(m):
        return None
    cand = extract.pick(q.kind, q.types, text, start, doc.lang, m.anchors, mentions, q.not_answers,
                        q.years, doc.text)
    if cand is not None and cand.kind_fit < MIN_FIT:
        cand = None  # only names of another type than the one asked
    if cand is None:
        if q.kind in QUANTITY_KINDS or m.coverage < OPEN_COVERAGE:
            return None
        return _Scored(_blend(m) * 0.75, m.coverage, doc, start, end, None, "sentence")
    return _Scored(_blend(m) * (0.75 + 0.25 * cand.fit), m.coverage, doc, start, end,
                   cand.text, "sentence")


def _may_refer(q: Question, folded: str, mentions: list[tuple[int, int, str, str]],
               text: str) -> bool:
    """Whether a sentence that does not name the question's entities may still speak of
    them: it names no other entity of their type, or it refers to one ('la société')."""
    lex = lexicon()
    if any(lex.coreference[t].search(folded) for t in q.entity_types if t in lex.coreference):
        return True
    return not any(t in q.entity_types and extract.fold(n) not in q.names
                   and not extract.common_noun(n, text) for _, _, n, t in mentions)


def _score_fact(store: SharedStore, q: Question, docs: dict[str, _Doc], others: dict[str, _Doc],
                hit: fact_answers.FactHit) -> _Scored | None:
    doc = docs.get(hit.doc_id) or others.get(hit.doc_id)
    if doc is None or doc.status == "duplicate":
        return None
    sid, (start, end) = next(((i, b) for i, b in doc.bounds.items()
                              if b[0] <= hit.ev_start < b[1]), (-1, (hit.ev_start, hit.ev_end)))
    roles = tokens(hit.words, doc.lang, end)
    # which of the question's words the sentence holds, not where (a fact's answer is its own)
    words = doc.sequence(sid) if sid >= 0 else doc.tokens(start, end)
    m = _coverage(q, words + roles, _context(doc, sid), doc, roles)
    if not _enough(m):
        return None
    own = _coverage(q, roles, set(), None, roles).topic  # the question's words in its roles
    if q.kind in NUMERIC_KINDS and not own:
        return None  # the number must measure what is asked, not just share its sentence
    bonus = 0.0 if q.kind in ("date", "year") else FACT_BONUS  # a fact's date may be the
    score = _blend(m) * (0.75 + 0.25 * hit.fit) + bonus * (0.5 + own)  # article's
    return _Scored(score, m.coverage, doc, start, end, hit.short, "fact")


def _load_doc(store: SharedStore, doc_id: str) -> _Doc | None:
    return _load_docs(store, [doc_id]).get(doc_id)


def _load_docs(store: SharedStore, doc_ids: list[str]) -> dict[str, _Doc]:
    """The documents that are indexed, in the order given, with their indexed sentences (and
    the sentences' terms when the index was built by this version of the analyzer)."""
    wanted = list(dict.fromkeys(doc_ids))
    rows: dict[str, sqlite3.Row] = {}
    sentences: dict[int, list[tuple[int, int, int, str]]] = {}
    for i in range(0, len(wanted), CHUNK):
        chunk = wanted[i:i + CHUNK]
        found = store.query("SELECT d.id, sd.seq, sd.version, sd.packed, d.name, d.lang,"
                            " veille_text(d.text) AS text, d.title, d.status"
                            " FROM documents d JOIN search_docs sd ON sd.doc_id = d.id"
                            f" WHERE d.id IN ({','.join('?' * len(chunk))})", tuple(chunk))
        rows.update((r["id"], r) for r in found)
        for row in found:  # each document's sentences, packed (kb/packed.py)
            sentences[row["seq"]] = unpack_sentences(row["seq"], row["packed"])
    out = {}
    for doc_id in wanted:
        if (r := rows.get(doc_id)) is not None:
            own = sorted(sentences.get(r["seq"], []), key=lambda b: int(b[0]))
            indexed = {b[0]: b[3] for b in own} if r["version"] == ANALYZER_VERSION else None
            out[doc_id] = _Doc(doc_id, r["seq"], r["name"], r["lang"], r["text"], r["title"] or "",
                               r["status"], {b[0]: (b[1], b[2]) for b in own}, indexed)
    return out
