"""Full-text search in PostgreSQL: the same index terms as SQLite's FTS5 tables, in a tsvector
per document under a GIN index, ranked by ts_rank_cd.

The terms are the project's analyzer's (kb/search.py: words case- and accent-folded, stemmed in
the document's language, French or English, with Snowball; '2 000' one number), so both stores
match the same words and a query is parsed once for both. Each document's tsvector holds its
title's terms with weight A, its first sentences' B, the rest C and its facts' type tokens D
(FTS5's columns); the weights 4, 2, 1 and 0 of bm25 become ts_rank_cd's {0, 0.25, 0.5, 1},
normalised by the log of the document's length. The FTS5 expressions the search and the answer
engine build ("phrases", prefix *, AND, OR, NOT, {columns} :) are translated to tsquery here:
a phrase is `<->`, a prefix `:*`, a column filter a weight restriction (`:ABC`).
`search_terms` counts the documents and sentences holding each term (FTS5's vocabulary
tables), for the idf of questions.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Sequence

from veille.errors import VeilleError
from veille.kb.store import SharedStore

LONGEST = 2000  # bytes of a lexeme
RANK_WEIGHTS = "{0, 0.25, 0.5, 1}"  # D (fact types), C (body), B (lead), A (title)
_COLUMN_WEIGHTS = {"title": "A", "lead": "B", "body": "C", "facts": "D"}
_FTS_TOKEN = re.compile(r'"[^"]*"|\{[^}]*\}|[():*]|[^\s():*"{}]+')


def tsvector(fields: Sequence[tuple[list[str], str]]) -> str:
    """A tsvector literal of term lists, each with its weight, positions running on."""
    positions: dict[str, list[str]] = {}
    at = 0
    for words, weight in fields:
        for term in words:
            at += 1
            positions.setdefault(term, []).append(f"{min(at, 16383)}{weight}")
    return " ".join(f"'{_quote(t)}':{','.join(p[:256])}" for t, p in positions.items())


def lexeme(term: str) -> str:
    """A term as the index keeps it: a word longer than PostgreSQL's lexemes and index keys may
    be (2 KB) as its digest."""
    if len(term) > LONGEST // 4 and len(term.encode()) > LONGEST:
        return "#" + hashlib.sha256(term.encode()).hexdigest()
    return term


def _quote(term: str) -> str:
    return lexeme(term).replace("\\", "\\\\").replace("'", "''")


def index_document(store: SharedStore, doc_id: str, version: int, title: list[str], sentences: list[list[str]],
                   lead: int, types: list[str], packed: bytes) -> int | None:
    """Store a document's tsvector and its packed sentences (kb/packed.py) and count its terms;
    return its seq (None: indexed already)."""
    vector = tsvector([(title, "A"), ([t for s in sentences[:lead] for t in s], "B"),
                       ([t for s in sentences[lead:] for t in s], "C"), (types, "D")])
    seq = store.insert_id("INSERT INTO search_docs (doc_id, sentences, version, tsv, packed)"
                          " VALUES (?, ?, ?, CAST(? AS tsvector), ?) ON CONFLICT (doc_id) DO NOTHING RETURNING seq",
                          (doc_id, len(sentences), version, vector, packed))
    if seq is None:
        return None
    docs = set(title) | {t for s in sentences for t in s} | set(types)
    sents: dict[str, int] = {}
    for s in sentences:
        for t in set(s):
            sents[t] = sents.get(t, 0) + 1
    store.execute_many(  # in the order of the terms: two writers never wait for each other's rows
        "INSERT INTO search_terms (term, docs, sents) VALUES (?, ?, ?) ON CONFLICT (term) DO UPDATE SET"
        " docs = search_terms.docs + excluded.docs, sents = search_terms.sents + excluded.sents",
        sorted((lexeme(t), 1 if t in docs else 0, sents.get(t, 0)) for t in docs | sents.keys()))
    return seq


def clear(store: SharedStore) -> None:
    for table in ("search_docs", "search_state", "search_terms"):
        store.execute(f"DELETE FROM {table}")


def term_counts(store: SharedStore, keys: list[str], level: str) -> dict[str, int]:
    column = "sents" if level == "sent" else "docs"
    out: dict[str, int] = {}
    stored = {lexeme(k): k for k in keys}
    for i in range(0, len(keys), 500):
        chunk = [lexeme(k) for k in keys[i:i + 500]]
        out.update((stored[r[0]], r[1]) for r in store.query(
            f"SELECT term, {column} FROM search_terms WHERE {column} > 0 AND term IN ({','.join('?' * len(chunk))})",
            tuple(chunk)))
    return out


def ranked_documents(store: SharedStore, expr: str, where: str, params: list[object], cap: int
                     ) -> list[sqlite3.Row]:
    """The best documents for an FTS5 expression and SQL filters, as kb/search.py's (score:
    lower is better)."""
    join = " JOIN documents d ON d.id = sd.doc_id" if re.search(r"\bd\.", where) else ""
    return store.query(
        f"SELECT sd.seq, sd.doc_id, -ts_rank_cd('{RANK_WEIGHTS}', sd.tsv, q.q, 1) AS score"
        f" FROM (SELECT CAST(? AS tsquery) AS q) q, search_docs sd{join}"
        f" WHERE sd.tsv @@ q.q{where} ORDER BY score, sd.seq LIMIT ?", (tsquery(expr), *params, cap))


def newest_documents(store: SharedStore, expr: str | None, where: str, params: list[object], cap: int
                     ) -> list[sqlite3.Row]:
    """The documents matching an expression (or all) and the filters, the newest first."""
    match = " AND sd.tsv @@ CAST(? AS tsquery)" if expr else ""
    return store.query(f"SELECT sd.seq, sd.doc_id, 0.0 AS score FROM search_docs sd"
                       f" JOIN documents d ON d.id = sd.doc_id WHERE 1=1{match}{where}"
                       " ORDER BY d.published DESC NULLS LAST, d.name, d.id LIMIT ?",
                       (*([tsquery(expr)] if expr else []), *params, cap))


# FTS5 expressions to tsquery ---------------------------------------------------------------
def tsquery(expr: str) -> str:
    """The tsquery of an FTS5 expression of the kind kb/search.py builds."""
    tokens = _FTS_TOKEN.findall(expr)
    parser = _Parser(tokens)
    out = parser.any("")
    if parser.at < len(tokens):
        raise _Unparsed(expr)
    return out


class _Unparsed(VeilleError):
    code = "V310"

    def __init__(self, expr: str) -> None:
        super().__init__(f"the search expression cannot be run: {expr[:200]}", "Simplify the query")


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens, self.at = tokens, 0

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def any(self, weights: str) -> str:  # a OR b
        parts = [self.all(weights)]
        while self.peek() == "OR":
            self.take()
            parts.append(self.all(weights))
        return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"

    def all(self, weights: str) -> str:  # a AND b NOT c, a b
        parts = [self.one(weights)]
        while (token := self.peek()) is not None and token not in ("OR", ")"):
            if token == "AND":
                self.take()
                parts.append(self.one(weights))
            elif token == "NOT":
                self.take()
                parts.append("!" + self.one(weights))
            else:
                parts.append(self.one(weights))
        return parts[0] if len(parts) == 1 else "(" + " & ".join(parts) + ")"

    def one(self, weights: str) -> str:
        token = self.take()
        if token == "(":
            inner = self.any(weights)
            if self.peek() == ")":
                self.take()
            return inner
        if token.startswith("{") or (self.peek() == ":" and token in _COLUMN_WEIGHTS):
            names = token.strip("{}").split()
            self.take()  # ':'
            return self.one("".join(sorted(_COLUMN_WEIGHTS[n] for n in names if n in _COLUMN_WEIGHTS)))
        words = token.strip('"').split() if token.startswith('"') else [token]
        prefix = self.peek() == "*"
        if prefix:
            self.take()
        if not words:
            return "''"
        lexemes = [f"'{_quote(w)}'" + (":" + weights if weights else "") for w in words]
        if prefix:
            last = f"'{_quote(words[-1])}':*{weights}"
            lexemes[-1] = last
        return lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")"

