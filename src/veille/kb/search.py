"""Full-text search: SQLite FTS5 and BM25 over a stemmed, accent-folded copy of the text (on
PostgreSQL, the same terms in a tsvector: kb/search_pg.py).

A contentless FTS5 table holds the index, the text itself stays in `documents.text`:
`search_doc_fts` (title, lead, body) ranks documents. Each document's sentences (their offsets,
which snippets and citations give, and their terms) are packed in its row of `search_docs`
(kb/packed.py; sentence id = document seq * 4096 + position), and `search_sent_terms` counts
the sentences holding each term (the idf of questions; an FTS5 table of the sentences did
before schema version 15). Indexing is lazy: `ensure_index` indexes whatever was stored since
the last call.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import Stemmer

from veille.errors import NotFound, VeilleError
from veille.kb import search_pg
from veille.kb.packed import SENT_BITS, pack_sentences, unpack_sentences
from veille.kb.store import SharedStore
from veille.models import FACT_TYPES, norm_name
from veille.nlp.lexicon import load_data

ANALYZER_VERSION = 4  # bumped when sentences or terms change: the index is rebuilt
LEAD = 3  # the first sentences, weighted between the title and the body
WEIGHTS = (4.0, 2.0, 1.0, 0.0)  # bm25 weights of title, lead, body, fact types
TEXT_COLUMNS = "{title lead body}"  # what query words are matched against
RECENT = 10_000  # a query is first ranked over the documents indexed last (see search)
BATCH = 200

_TOKEN = re.compile(r"(?P<num>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d))|\w+")
_NUM_SEP = re.compile(r"\D")
_BOUNDARY = re.compile(r"[.!?…]+(?:[\u00a0\u202f ]?[»\"”’)\]])*\s+(?=[«\"“(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])|\s*\n\s*")
_WRAPPED = 50  # a line this long not ending a sentence, followed by a lower-case word, goes on
_LAST_WORD = re.compile(r"(\w+)\W*$")
_ABBREV = frozenset("m mm mme mlle mr mrs ms dr pr prof st ste inc corp ltd co jr sr etc av "
                    "apr env no vs cf ex fig vol p gen col sen rep gov".split())
_STEMMERS = {"fr": Stemmer.Stemmer("french"), "en": Stemmer.Stemmer("english")}
_ENDINGS = ("ent", "ees", "es", "ee", "e", "s")
_QUERY_ITEM = re.compile(r'-?"[^"]*"?|\S+')


class QueryError(VeilleError):
    """A search query or filter that cannot be run."""

    code = "V310"


# text analysis ----------------------------------------------------------------------------
class _Unmarked(dict[int, "str | None"]):
    """str.translate's table that drops combining marks (learnt a character at a time)."""

    def __missing__(self, code: int) -> str | None:
        kept = None if unicodedata.combining(chr(code)) else chr(code)
        self[code] = kept
        return kept


_UNMARKED = _Unmarked()


def fold(word: str) -> str:
    """Case-folded, accents removed (other scripts kept)."""
    return unicodedata.normalize("NFKD", word.casefold()).translate(_UNMARKED)


@lru_cache(maxsize=300_000)
def stem(word: str, lang: str | None) -> str:
    """The index term of a word: folded, stemmed in `lang` (French or English), final s off."""
    folded = fold(word)
    stemmer = _STEMMERS.get(lang or "")
    out: str = stemmer.stemWord(folded) if stemmer else folded
    if lang == "fr" and len(out) >= 7 and out == folded and out.endswith("ent"):
        out = out[:-3]  # 'dépassent', 'présentent': plural verbs Snowball leaves whole
    if len(out) < 4 < len(folded):  # 'dépassent' -> 'dep' says too little
        out = next((folded[:-len(x)] for x in _ENDINGS
                    if folded.endswith(x) and len(folded) - len(x) >= 4), folded)
    if len(out) > 3 and out.endswith("s") and not out.endswith("ss"):
        out = out[:-1]
    return out


def tokens(text: str, lang: str | None, base: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, term) for each indexed word; '2 000' is one number, lone letters are skipped."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if m.lastgroup == "num":
            term = _NUM_SEP.sub("", word)
        elif len(word) == 1 and not word.isdigit():
            continue
        else:
            term = stem(word, lang)
        out.append((base + m.start(), base + m.end(), term))
    return out


def terms(text: str, lang: str | None) -> list[str]:
    """The index terms of a text."""
    return [t for _, _, t in tokens(text, lang)]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds: at . ! ? before a capital, not after abbreviations; at paragraph breaks;
    at a line break unless it wraps a sentence (a long line, no final stop, lower case next)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" in m.group() and "\n\n" not in m.group().replace(" ", "").replace("\t", ""):
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            after = text[m.end():m.end() + 1]
            if len(line) >= _WRAPPED and line.rstrip()[-1:] not in ".!?…:»\"”" and (
                    after.islower() or after.isdigit()):
                continue
        if "\n" not in m.group():
            last = _LAST_WORD.search(text, max(start, m.start() - 40), m.start() + 1)
            word = last.group(1) if last else ""
            if word.lower() in _ABBREV or (len(word) == 1 and word.isupper()):
                continue
        _add_sentence(out, text, start, m.end())
        start = m.end()
    _add_sentence(out, text, start, len(text))
    return out


def _add_sentence(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    left, right = start, end  # without copying the text up to `end` (500,000 lines took minutes)
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    if right > left:
        out.append((left, right))


# the index --------------------------------------------------------------------------------
def ensure_index(store: SharedStore, progress: Callable[[int], None] | None = None) -> int:
    """Index the documents stored since the last call; return how many were indexed."""
    if getattr(store, "read_only", False):
        return 0  # a store opened read-only is searched as it was last indexed
    state = {r["key"]: r["value"] for r in store.query("SELECT key, value FROM search_state")}
    if state.get("version", ANALYZER_VERSION) != ANALYZER_VERSION:
        return rebuild_index(store, progress)
    upto, done = int(state.get("upto", 0)), 0
    if (store.query("SELECT max(rowid) FROM documents")[0][0] or 0) <= upto:
        return 0
    while rows := store.query("SELECT rowid, id, title, veille_text(text) AS text, lang FROM documents"
                              " WHERE rowid > ? ORDER BY rowid LIMIT ?", (upto, BATCH)):
        with store.write():
            added = [n for row in rows if (n := _index_row(store, row)) >= 0]
            done += len(added)
            upto = rows[-1]["rowid"]
            _bump(store, upto, len(added), sum(added))
        if progress:
            progress(done)
    return done


def rebuild_index(store: SharedStore, progress: Callable[[int], None] | None = None) -> int:
    """Drop the whole index and build it again."""
    with store.write():
        if store.dialect == "postgresql":
            search_pg.clear(store)
        else:
            store.execute("INSERT INTO search_doc_fts(search_doc_fts) VALUES ('delete-all')")
            for table in ("search_docs", "search_state", "search_sent_terms"):
                store.execute(f"DELETE FROM {table}")
    return ensure_index(store, progress)


def _bump(store: SharedStore, upto: int | None, docs: int, sents: int) -> None:
    """Record how far indexing went and how many documents and sentences are indexed."""
    store.execute_many("INSERT INTO search_state VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                       " SET value = search_state.value + excluded.value", [("docs", docs), ("sentences", sents)])
    store.execute_many("INSERT OR REPLACE INTO search_state VALUES (?, ?)",
                       [("version", ANALYZER_VERSION)] + ([("upto", upto)] if upto else []))


def _index_row(store: SharedStore, row: sqlite3.Row) -> int:
    """Index one document; return its number of sentences, or -1 if it was indexed already."""
    doc_id, text, lang = row["id"], row["text"] or "", row["lang"]
    if store.query("SELECT 1 FROM search_docs WHERE doc_id = ?", (doc_id,)):
        return -1  # ids derive from the text: a stored-again document has the same text
    bounds = sentences(text)[: 1 << SENT_BITS]
    words = [terms(text[s:e], lang) for s, e in bounds]
    bodies = [" ".join(w) for w in words]
    title = terms(row["title"] or "", lang)
    types = [type_token(r[0]) for r in store.query("SELECT DISTINCT f.type FROM evidence ev JOIN facts f"
                                                   " ON f.id = ev.fact_id WHERE ev.doc_id = ?", (doc_id,))]
    packed = pack_sentences(bounds, bodies)
    if store.dialect == "postgresql":
        seq = search_pg.index_document(store, doc_id, ANALYZER_VERSION, title, words, LEAD, types, packed)
        if seq is None:
            return -1
    else:
        seq = store.insert_id("INSERT INTO search_docs (doc_id, sentences, version, packed) VALUES (?, ?, ?, ?)"
                              " RETURNING seq", (doc_id, len(bounds), ANALYZER_VERSION, packed))
        assert seq is not None
        sents: dict[str, int] = {}
        for w in words:
            for t in set(w):
                sents[t] = sents.get(t, 0) + 1
        store.execute_many("INSERT INTO search_sent_terms (term, sents) VALUES (?, ?) ON CONFLICT (term)"
                           " DO UPDATE SET sents = search_sent_terms.sents + excluded.sents", sorted(sents.items()))
        store.execute("INSERT INTO search_doc_fts (rowid, title, lead, body, facts) VALUES (?, ?, ?, ?, ?)",
                      (seq, " ".join(title), " ".join(bodies[:LEAD]), " ".join(bodies[LEAD:]), " ".join(types)))
    return len(bounds)


def type_token(fact_type: str) -> str:
    """The index token of a fact type: 'stock_move' -> 'ftstockmove' (one token for FTS5)."""
    return "ft" + re.sub(r"\W|_", "", fact_type.lower())


# queries ----------------------------------------------------------------------------------
@dataclass
class Clause:
    """One part of a query: alternatives OR'ed together (a word's stems, a phrase, an entity's
    names); `prefix` matches terms starting with the option, `negated` excludes documents."""

    options: list[tuple[str, ...]]
    prefix: bool = False
    negated: bool = False
    entity_ids: list[str] = field(default_factory=list)
    text: str = ""

    def fts(self) -> str:
        star = " *" if self.prefix else ""
        parts = [f'"{" ".join(o)}"{star}' for o in self.options if o]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


@dataclass
class Query:
    """A parsed query: clauses that must all match, and the terms to highlight."""

    clauses: list[Clause]

    @property
    def positive(self) -> list[Clause]:
        return [c for c in self.clauses if not c.negated and c.options]

    def match_all(self) -> str:
        """FTS5 expression: every clause, minus the negated ones."""
        pos = " AND ".join(c.fts() for c in self.positive)
        if not pos:
            raise QueryError("the query has no word to look for",
                             "Give at least one word that is not excluded with '-'")
        return pos + "".join(f" NOT {c.fts()}" for c in self.clauses if c.negated and c.options)

    def held(self, terms: str) -> int:
        """How many of the positive clauses a space-separated term string holds."""
        padded = f" {terms} "
        return sum(1 for c in self.positive if any(
            (f" {' '.join(o)}" in padded) if c.prefix else (f" {' '.join(o)} " in padded)
            for o in c.options if o))

    def highlights(self) -> tuple[set[tuple[str, ...]], tuple[str, ...]]:
        """The phrases (term sequences) and the prefixes to mark in snippets."""
        phrases = {o for c in self.positive if not c.prefix for o in c.options if o}
        prefixes = tuple(o[-1] for c in self.positive if c.prefix for o in c.options if o)
        return phrases, prefixes


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    data = load_data("lexicon/questions.yaml")["stopwords"]
    return frozenset(fold(w) for words in data.values() for w in words)


def word_options(words: list[str]) -> list[tuple[str, ...]]:
    """A word or phrase as FTS5 options: one phrase per stemming language."""
    per_lang = []
    for lang in ("fr", "en", None):
        phrase = tuple(t for w in words for t in terms(w, lang))
        if phrase and phrase not in per_lang:
            per_lang.append(phrase)
    return per_lang


MAX_CLAUSES = 64  # different words, phrases and names a query may hold


def parse_query(store: SharedStore, text: str, expand: bool = True) -> Query:
    """Words (all required), "phrases", word* prefixes, -excluded words, OR between parts.
    A run of words naming an entity by one of its aliases matches any of its aliases."""
    parts: list[Clause | str] = []
    run: list[str] = []
    stop = stopwords()

    def flush() -> None:
        spans = _entity_spans(store, run) if expand else [([w], []) for w in run]
        for words, ids in spans:
            if ids:
                parts.append(Clause(alias_options(store, ids), entity_ids=ids,
                                    text=" ".join(words)))
            elif len(spans) == 1 or fold(words[0]) not in stop:
                parts.append(Clause(word_options(words), text=" ".join(words)))
        run.clear()

    for item in _QUERY_ITEM.findall(text):
        negated = item.startswith("-") and len(item) > 1
        body = item[1:] if negated else item
        quoted = body.startswith('"')
        if item == "OR" or quoted or negated or body.endswith("*"):
            flush()
        if item == "OR":
            parts.append("OR")
        elif quoted or negated or body.endswith("*"):
            phrase = body.strip('"').rstrip("*") if not quoted else body.strip('"')
            ids = alias_ids(store, [norm_name(phrase)]).get(norm_name(phrase), []) if (
                expand and quoted and not negated) else []
            parts.append(Clause(alias_options(store, ids), entity_ids=ids, text=phrase) if ids
                         else Clause(word_options([phrase]), prefix=not quoted and
                                     body.endswith("*"), negated=negated, text=phrase))
        else:
            run.append(body)
    flush()
    clauses: list[Clause] = []
    for n, part in enumerate(parts):
        if isinstance(part, str):
            continue
        last = clauses[-1] if clauses else None
        if last and parts[n - 1] == "OR" and (last.negated, last.prefix) == (part.negated,
                                                                            part.prefix):
            last.options += [o for o in part.options if o not in last.options]
        else:
            clauses.append(part)
    # A clause said twice asks nothing more ('ai ai ai ...' is 'ai'), and FTS5's time grows
    # with the square of the clauses: each is kept once, and a query of very many is refused.
    kept: dict[tuple[object, ...], Clause] = {}
    for c in clauses:
        if c.options:
            kept.setdefault((tuple(c.options), c.prefix, c.negated), c)
    if len(kept) > MAX_CLAUSES:
        raise QueryError(f"the query has {len(kept)} different words or phrases, more than {MAX_CLAUSES}",
                         "Search for fewer words at a time")
    return Query(list(kept.values()))


def alias_ids(store: SharedStore, norms: Iterable[str]) -> dict[str, list[str]]:
    """Normalised name -> ids of the entities one of whose aliases it is."""
    keys = sorted({n for n in norms if n})
    out: dict[str, list[str]] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.query(f"SELECT norm, entity_id FROM aliases WHERE norm IN ({marks})",
                             tuple(chunk)):
            out.setdefault(r["norm"], []).append(r["entity_id"])
    return out


def _entity_spans(store: SharedStore, words: list[str]) -> list[tuple[list[str], list[str]]]:
    """Split a run of words into entity names (longest alias first) and single words."""
    stop = stopwords()
    grams = {norm_name(" ".join(words[i:j])) for i in range(len(words))
             for j in range(i + 1, min(len(words), i + 6) + 1)}
    known = alias_ids(store, grams)
    out: list[tuple[list[str], list[str]]] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 6), i, -1):
            key = norm_name(" ".join(words[i:j]))
            if key in known and not (j == i + 1 and fold(words[i]) in stop):
                out.append((words[i:j], known[key]))
                i = j
                break
        else:
            out.append(([words[i]], []))
            i += 1
    return out


def alias_options(store: SharedStore, entity_ids: list[str], cap: int = 30
                  ) -> list[tuple[str, ...]]:
    """Every alias of the entities, as FTS5 options (at most `cap`)."""
    marks = ",".join("?" * len(entity_ids))
    rows = store.query(f"SELECT alias FROM aliases WHERE entity_id IN ({marks}) ORDER BY alias",
                       tuple(entity_ids))
    options: list[tuple[str, ...]] = []
    for r in rows:
        whole = re.sub(r"\W", "", fold(r["alias"]))
        for option in word_options([r["alias"]]):
            if len(option) == 1 and len(option[0]) <= 3 and option[0] != whole:
                continue  # 'Z.ai' is not 'ai'
            if option not in options:
                options.append(option)
    return options[:cap]


def check_filters(fact_type: str | None, since: str | None, until: str | None) -> None:
    """Raise QueryError for an unknown fact type or a date that is not ISO."""
    if fact_type and fact_type not in FACT_TYPES:
        raise QueryError(f"unknown fact type '{fact_type}'",
                         "Use one of: " + ", ".join(FACT_TYPES))
    for value in (since, until):
        if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise QueryError(f"'{value}' is not a date",
                             "Write dates as YYYY, YYYY-MM or YYYY-MM-DD")


# running a search -------------------------------------------------------------------------
@dataclass
class Snippet:
    """A sentence of a hit: offsets into documents.text and the matched words' offsets."""

    start: int
    end: int
    text: str
    marks: list[tuple[int, int]] = field(default_factory=list)

    def marked(self, left: str = "**", right: str = "**",
               escape: Callable[[str], str] = str) -> str:
        """The sentence with each matched word wrapped in `left` ... `right`."""
        out, at = [], self.start
        for s, e in self.marks:
            out += [escape(self.text[at - self.start:s - self.start]), left,
                    escape(self.text[s - self.start:e - self.start]), right]
            at = e
        return "".join(out) + escape(self.text[at - self.start:])


@dataclass
class Hit:
    """One document found, its BM25 score (higher is better) and its best sentences."""

    doc: str
    doc_id: str
    title: str | None
    published: str | None
    lang: str | None
    score: float
    snippets: list[Snippet]

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "score": round(self.score, 3), "snippets": [
            {**asdict(s), "highlighted": s.marked()} for s in self.snippets]}


def search(store: SharedStore, text: str, *, entity: str | None = None,
           fact_type: str | None = None, since: str | None = None, until: str | None = None,
           lang: str | None = None, limit: int = 20, per_doc: int = 2) -> list[Hit]:
    """Documents matching `text` and the filters, best first, with their best sentences."""
    check_filters(fact_type, since, until)
    ensure_index(store)
    entity_ids: list[str] = []
    if entity:
        entity_ids = [r["id"] for r in store.entities_by_alias(entity)]
        if not entity_ids:
            raise NotFound(f"no entity named '{entity}'",
                           "Search with: veille entities --search TEXT")
    if since and until and since[:min(len(since), len(until))] > until[:min(len(since), len(until))]:
        return []  # an empty period: nothing to rank
    where, params = _doc_filters(entity_ids, since, until, lang)
    query = parse_query(store, text)
    narrow = bool(entity_ids or fact_type)
    cap = limit * 4 + 20 if narrow else limit
    parts = [in_text(query.match_all())] if text.strip() else []
    if fact_type:
        parts.append(f"facts : {type_token(fact_type)}")
    names = alias_options(store, entity_ids) if entity_ids and parts else []
    if names:  # its names in the text too: FTS5 narrows the documents before bm25 ranks them
        parts.append(in_text(Clause(names).fts()))
    if not parts and not (since or until or lang or entity_ids):
        raise QueryError("nothing to search for", "Give words to look for or a filter")
    if not text.strip() and store.dialect == "postgresql":
        rows = search_pg.newest_documents(store, " AND ".join(parts) or None, where, params, cap)
    elif not text.strip():  # filters only: the newest first
        join = (" JOIN search_doc_fts ON search_doc_fts.rowid = sd.seq AND search_doc_fts MATCH ?"
                if parts else "")
        rows = store.query(f"SELECT sd.seq, sd.doc_id, 0.0 AS score FROM search_docs sd{join}"
                           f" JOIN documents d ON d.id = sd.doc_id WHERE 1=1{where}"
                           " ORDER BY d.published DESC, d.name, d.id LIMIT ?", (*parts, *params, cap))
    else:
        rows = ranked_documents(store, " AND ".join(parts), where, params, cap)
    words, prefixes = query.highlights()
    hits: list[Hit] = []
    for row in rows:
        required = _required(store, row["doc_id"], entity_ids, fact_type) if narrow else []
        if any(not spans for spans in required):
            continue
        ranked = rank_sentences(store, row["seq"], query if text.strip() else None, per_doc, required)
        if narrow and not ranked:
            continue
        d = store.query("SELECT name, title, published, lang, veille_text(text) AS text FROM documents WHERE id = ?",
                        (row["doc_id"],))[0]
        snippets = [make_snippet(d["text"], s, e, d["lang"], words, prefixes) for _, s, e in ranked]
        hits.append(Hit(d["name"], row["doc_id"], d["title"], d["published"], d["lang"],
                        -row["score"], snippets))
        if len(hits) >= limit:
            break
    return hits


def in_text(expr: str) -> str:
    """An FTS5 expression matched against the text (title, lead, body), not the fact types. The
    `facts` column holds nothing but fact-type tokens ('ftfunding'): an expression none of whose
    words could be one matches the same documents with the same bm25 in every column, and FTS5
    counts its phrases' documents without checking the column of each occurrence (a fifth of a
    question's ranking time), so the column filter is left out."""
    return f"({expr})" if "ft" not in fold(expr) else f"{TEXT_COLUMNS} : ({expr})"


def ranked_documents(store: SharedStore, expr: str, where: str, params: list[object], cap: int
            ) -> list[sqlite3.Row]:
    """The BM25-best documents for an FTS5 expression and SQL filters. bm25 costs a lookup per
    matching document, so a query is ranked over the RECENT documents indexed last when those
    hold at least `cap` matches, over the whole corpus otherwise: for a word found in half of
    100,000 documents, the best of the last 10,000 in a tenth of the time. Whether they do is
    asked first without bm25, which also counts every phrase of the query over the whole corpus
    each time it runs (20-30 ms for a question's few dozen phrases)."""
    if store.dialect == "postgresql":
        return search_pg.ranked_documents(store, expr, where, params, cap)
    top = store.query("SELECT max(seq) FROM search_docs")[0][0] or 0
    join = " JOIN documents d ON d.id = sd.doc_id" if re.search(r"\bd\.", where) else ""
    matches = (" FROM search_doc_fts JOIN search_docs sd ON sd.seq = search_doc_fts.rowid"
               f"{join} WHERE search_doc_fts MATCH ?")
    window, since = "", []
    if top > RECENT and len(store.query(
            f"SELECT sd.seq{matches} AND search_doc_fts.rowid > ?{where} LIMIT ?",
            (expr, top - RECENT, *params, cap))) >= cap:
        window, since = " AND search_doc_fts.rowid > ?", [top - RECENT]
    return store.query(
        f"SELECT sd.seq, sd.doc_id, bm25(search_doc_fts, {', '.join(map(str, WEIGHTS))}) AS score"
        f"{matches}{window}{where} ORDER BY score, sd.seq LIMIT ?", (expr, *since, *params, cap))


def _doc_filters(entity_ids: list[str], since: str | None, until: str | None, lang: str | None
                 ) -> tuple[str, list[object]]:
    where, params = "", list[object]()
    for sql, values, on in (
            (" AND d.lang = ?", [lang], lang),
            (" AND substr(d.published, 1, ?) >= ?", [len(since or ""), since], since),
            (" AND substr(d.published, 1, ?) <= ?", [len(until or ""), until], until),
            (" AND sd.doc_id IN (SELECT n.id FROM doc_entities de JOIN documents n ON n.rowid = de.doc"
             f" WHERE de.entity_id IN ({','.join('?' * len(entity_ids))}))", entity_ids, entity_ids)):
        if on:
            where, params = where + sql, params + list(values)
    return where, params


def _required(store: SharedStore, doc_id: str, entity_ids: list[str], fact_type: str | None
              ) -> list[list[tuple[int, int]]]:
    """The character spans a sentence of the document must overlap, one list per filter: the
    mentions of the entities, the evidence of facts of the type."""
    out = []
    if entity_ids:
        out.append([(r[0], r[1]) for r in store.query(
            "SELECT m.start, m.end FROM mentions m JOIN doc_entities de ON de.doc = m.doc AND de.ref = m.ref"
            " WHERE m.doc = (SELECT rowid FROM documents WHERE id = ?)"  # its number (schema 30)
            f" AND de.entity_id IN ({','.join('?' * len(entity_ids))})",
            (doc_id, *entity_ids))])
    if fact_type:
        out.append([(r[0], r[1]) for r in store.query(
            "SELECT ev.start, ev.end FROM evidence ev JOIN facts f ON f.id = ev.fact_id"
            " WHERE ev.doc_id = ? AND +f.type = ?", (doc_id, fact_type))])  # from the document, not the type
    return out


def rank_sentences(store: SharedStore, seq: int, query: Query | None, k: int,
                   required: list[list[tuple[int, int]]] | None = None) -> list[tuple[int, int, int]]:
    """(sentence id, start, end) of a document's `k` sentences holding the most clauses of the
    query, then the shortest; with no query, its first sentences. Matched on the sentences'
    stored terms: an FTS5 query per document rereads the corpus's postings of a prefix or of
    many phrases each time (10 ms and more a document at 100,000)."""
    packed = store.query("SELECT packed FROM search_docs WHERE seq = ?", (seq,))
    rows = [r for r in unpack_sentences(seq, packed[0][0] if packed else None)
            if all(any(a < r[2] and r[1] < b for a, b in spans) for spans in required or [])]
    if query is None:
        return [(r[0], r[1], r[2]) for r in rows[:k]]
    scored = []
    for r in rows:
        held = query.held(r[3])
        if held:
            scored.append((-held, r[2] - r[1], r[0], r[1], r[2]))
    return [(i, s, e) for _, _, i, s, e in sorted(scored)[:k]]


def make_snippet(text: str, start: int, end: int, lang: str | None,
                 phrases: set[tuple[str, ...]], prefixes: tuple[str, ...]) -> Snippet:
    """A sentence with the offsets of the phrases and prefixes of the query found in it."""
    toks = tokens(text[start:end], lang, start)
    terms = [t for _, _, t in toks]
    longest = max((len(p) for p in phrases), default=0)
    marks: list[tuple[int, int]] = []
    for i, term in enumerate(terms):
        n = next((n for n in range(min(longest, len(terms) - i), 0, -1)
                  if tuple(terms[i:i + n]) in phrases), 0)
        if n == 0 and prefixes and term.startswith(prefixes):
            n = 1
        if n:
            s, e = toks[i][0], toks[i + n - 1][1]
            if marks and s <= marks[-1][1]:
                marks[-1] = (marks[-1][0], max(e, marks[-1][1]))
            else:
                marks.append((s, e))
    return Snippet(start, end, text[start:end], marks)
