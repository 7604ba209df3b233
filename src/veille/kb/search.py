"""Full-text search: SQLite FTS5 and BM25 over a stemmed, accent-folded copy of the text.

Two contentless FTS5 tables hold the index, the text itself stays in `documents.text`:
`search_doc_fts` (title, lead, body) ranks documents, `search_sent_fts` ranks the sentences of
a document (sentence rowid = document seq * 4096 + position, so one document's sentences are a
rowid range) and gives snippets and citations their offsets. Indexing is lazy:
`ensure_index` indexes whatever was stored since the last call.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import Stemmer

from veille.errors import NotFound, VeilleError
from veille.kb.store import SQLiteStore
from veille.models import FACT_TYPES, norm_name
from veille.nlp.lexicon import load_data

ANALYZER_VERSION = 1
SENT_BITS = 12  # at most 4096 sentences of a document are indexed
LEAD = 3  # the first sentences, weighted between the title and the body
WEIGHTS = (4.0, 2.0, 1.0)  # bm25 weights of title, lead, body
BATCH = 200

_TOKEN = re.compile(r"(?P<num>\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d))|\w+")
_NUM_SEP = re.compile(r"\D")
_BOUNDARY = re.compile(r"[.!?…]+[»\"”’)\]]*\s+(?=[«\"“(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])|\s*\n\s*")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_ABBREV = frozenset("m mm mme mlle mr mrs ms dr pr prof st ste inc corp ltd co jr sr etc av "
                    "apr env no vs cf ex fig vol p gen col sen rep gov".split())
_STEMMERS = {"fr": Stemmer.Stemmer("french"), "en": Stemmer.Stemmer("english")}
_QUERY_ITEM = re.compile(r'-?"[^"]*"?|\S+')


class QueryError(VeilleError):
    """A search query or filter that cannot be run."""

    code = "V310"


# text analysis ----------------------------------------------------------------------------
def fold(word: str) -> str:
    """Case-folded, accents removed (other scripts kept)."""
    s = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=300_000)
def stem(word: str, lang: str | None) -> str:
    """The index term of a word: folded, stemmed in `lang` (French or English), final s off."""
    folded = fold(word)
    stemmer = _STEMMERS.get(lang or "")
    out: str = stemmer.stemWord(folded) if stemmer else folded
    if len(out) > 3 and out.endswith("s") and not out.endswith("ss"):
        out = out[:-1]
    return out


def stems(word: str) -> tuple[str, ...]:
    """The terms a query word may have been indexed as (French, English, or no stemming)."""
    return tuple(dict.fromkeys((stem(word, "fr"), stem(word, "en"), stem(word, None))))


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
    return [t for _, _, t in tokens(text, lang)]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds: at line breaks and at . ! ? before a capital, not after abbreviations."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
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
    chunk = text[start:end]
    left = len(chunk) - len(chunk.lstrip())
    right = len(chunk.rstrip())
    if right > left:
        out.append((start + left, start + right))


# the index --------------------------------------------------------------------------------
def ensure_index(store: SQLiteStore, progress: Callable[[int], None] | None = None) -> int:
    """Index the documents stored since the last call; return how many were indexed."""
    state = {r["key"]: r["value"] for r in store.query("SELECT key, value FROM search_state")}
    if state.get("version", ANALYZER_VERSION) != ANALYZER_VERSION:
        return rebuild_index(store, progress)
    top = store.query("SELECT max(rowid) FROM documents")[0][0] or 0
    upto = int(state.get("upto", 0))
    if top <= upto:
        return 0
    done = 0
    while True:
        rows = store.query("SELECT rowid, id, title, text, lang FROM documents WHERE rowid > ?"
                           " ORDER BY rowid LIMIT ?", (upto, BATCH))
        if not rows:
            break
        with store.write():
            for row in rows:
                done += _index_row(store, row)
            upto = rows[-1]["rowid"]
            store.execute("INSERT OR REPLACE INTO search_state VALUES ('upto', ?)", (upto,))
            store.execute("INSERT OR REPLACE INTO search_state VALUES ('version', ?)",
                          (ANALYZER_VERSION,))
        if progress:
            progress(done)
    return done


def index_document(store: SQLiteStore, doc_id: str) -> bool:
    """Index one stored document now (an ingest hook); False if it was indexed already."""
    rows = store.query("SELECT rowid, id, title, text, lang FROM documents WHERE id = ?", (doc_id,))
    if not rows:
        raise NotFound(f"no document '{doc_id}'", "List documents with: veille docs")
    with store.write():
        return bool(_index_row(store, rows[0]))


def rebuild_index(store: SQLiteStore, progress: Callable[[int], None] | None = None) -> int:
    """Drop the whole index and build it again."""
    with store.write():
        for table in ("search_doc_fts", "search_sent_fts"):
            store.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
        for table in ("search_docs", "search_sentences", "search_state"):
            store.execute(f"DELETE FROM {table}")
    return ensure_index(store, progress)


def _index_row(store: SQLiteStore, row: sqlite3.Row) -> int:
    doc_id, text, lang = row["id"], row["text"] or "", row["lang"]
    if store.query("SELECT 1 FROM search_docs WHERE doc_id = ?", (doc_id,)):
        return 0  # ids derive from the text: a stored-again document has the same text
    bounds = sentences(text)[: 1 << SENT_BITS]
    store.execute("INSERT INTO search_docs (doc_id, sentences, version) VALUES (?, ?, ?)",
                  (doc_id, len(bounds), ANALYZER_VERSION))
    seq = store.query("SELECT seq FROM search_docs WHERE doc_id = ?", (doc_id,))[0][0]
    bodies = [" ".join(terms(text[s:e], lang)) for s, e in bounds]
    ids = [(seq << SENT_BITS) + n for n in range(len(bounds))]
    store.conn.executemany("INSERT INTO search_sentences VALUES (?, ?, ?, ?)",
                           [(i, doc_id, s, e) for i, (s, e) in zip(ids, bounds, strict=True)])
    store.conn.executemany("INSERT INTO search_sent_fts (rowid, body) VALUES (?, ?)",
                           zip(ids, bodies, strict=True))
    store.execute("INSERT INTO search_doc_fts (rowid, title, lead, body) VALUES (?, ?, ?, ?)",
                  (seq, " ".join(terms(row["title"] or "", lang)), " ".join(bodies[:LEAD]),
                   " ".join(bodies[LEAD:])))
    return 1


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

    def match_any(self) -> str:
        """FTS5 expression: any clause (ranks the sentences of a matched document)."""
        return " OR ".join(c.fts() for c in self.positive)

    def highlights(self) -> tuple[set[str], tuple[str, ...]]:
        words = {t for c in self.positive if not c.prefix for o in c.options for t in o}
        prefixes = tuple(o[-1] for c in self.positive if c.prefix for o in c.options if o)
        return words, prefixes


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


def parse_query(store: SQLiteStore, text: str, expand: bool = True) -> Query:
    """Words (all required), "phrases", word* prefixes, -excluded words, OR between parts.
    A run of words naming an entity by one of its aliases matches any of its aliases."""
    parts: list[Clause | str] = []
    run: list[str] = []
    stop = stopwords()

    def flush() -> None:
        spans = _entity_spans(store, run) if expand else [([w], []) for w in run]
        for words, ids in spans:
            if ids:
                parts.append(Clause(_alias_options(store, ids), entity_ids=ids,
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
            ids = _alias_ids(store, [norm_name(phrase)]).get(norm_name(phrase), []) if (
                expand and quoted and not negated) else []
            parts.append(Clause(_alias_options(store, ids), entity_ids=ids, text=phrase) if ids
                         else Clause(word_options([phrase]), prefix=not quoted and
                                     body.endswith("*"), negated=negated, text=phrase))
        else:
            run.append(body)
    flush()
    clauses: list[Clause] = []
    pending_or = False
    for part in parts:
        if isinstance(part, str):
            pending_or = bool(clauses)
        elif pending_or and not part.negated and not clauses[-1].negated \
                and part.prefix == clauses[-1].prefix:
            clauses[-1].options += [o for o in part.options if o not in clauses[-1].options]
            clauses[-1].text += " OR " + part.text
            pending_or = False
        else:
            clauses.append(part)
            pending_or = False
    return Query([c for c in clauses if c.options])


def _alias_ids(store: SQLiteStore, norms: Iterable[str]) -> dict[str, list[str]]:
    keys = sorted({n for n in norms if n})
    out: dict[str, list[str]] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.query(f"SELECT norm, entity_id FROM aliases WHERE norm IN ({marks})",
                             tuple(chunk)):
            out.setdefault(r["norm"], []).append(r["entity_id"])
    return out


def _entity_spans(store: SQLiteStore, words: list[str]) -> list[tuple[list[str], list[str]]]:
    """Split a run of words into entity names (longest alias first) and single words."""
    stop = stopwords()
    grams = {norm_name(" ".join(words[i:j])) for i in range(len(words))
             for j in range(i + 1, min(len(words), i + 6) + 1)}
    known = _alias_ids(store, grams)
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


def _alias_options(store: SQLiteStore, entity_ids: list[str], cap: int = 30) -> list[tuple[str, ...]]:
    marks = ",".join("?" * len(entity_ids))
    rows = store.query(f"SELECT alias FROM aliases WHERE entity_id IN ({marks}) ORDER BY alias",
                       tuple(entity_ids))
    options: list[tuple[str, ...]] = []
    for r in rows:
        for option in word_options([r["alias"]]):
            if option not in options:
                options.append(option)
    return options[:cap]


def check_filters(fact_type: str | None, since: str | None, until: str | None) -> None:
    """Raise QueryError for an unknown fact type or a date that is not ISO."""
    if fact_type and fact_type not in FACT_TYPES:
        raise QueryError(f"unknown fact type '{fact_type}'", "Use one of: " + ", ".join(FACT_TYPES))
    for value in (since, until):
        if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise QueryError(f"'{value}' is not a date", "Write dates as YYYY, YYYY-MM or YYYY-MM-DD")
