"""Answers from structured facts: the role of a fact that answers each kind of question.

A fact answers when its type has a role for the kind asked (a count, an amount, a person ...);
how well it matches the question is judged by the caller on the fact's evidence sentence and
the words of its roles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from veille.answer.extract import format_amount
from veille.answer.question import Question
from veille.kb.search import fold
from veille.kb.store import SharedStore
from veille.nlp.lexicon import load_data
from veille.schema import Slot, schema

NUMERIC_KINDS = ("count", "money", "percent", "change")
ENTITY_KINDS = ("person", "organization", "place", "product", "event", "title")
KIND_TYPES = {"who": ("person", "organization"), "place": ("place",)}


@dataclass
class FactHit:
    """A fact that can answer: its short answer, evidence and the words of its roles."""

    fact_id: str
    doc_id: str
    ev_start: int
    ev_end: int
    short: str
    fit: float
    words: str  # the roles' words, matched against the question with the evidence sentence


def candidates(store: SharedStore, q: Question, doc_ids: list[str], limit: int = 400,
               per_entity: int = 120, min_confidence: float = 0.0) -> list[FactHit]:
    """Facts stated in `doc_ids`, and (at most `per_entity`) facts about the question's
    entities, of the types that can answer its kind, at least `min_confidence` sure."""
    ftypes = answer_types(q)
    if not ftypes:
        return []
    tmarks = ",".join("?" * len(ftypes))
    # Read from the documents' or the entities' facts (`+f.type`: never from every fact of a type),
    # in an order of their own: the rows' order breaks the ties between equal answers.
    # (the evidence's document by its number, schema 28: the documents are found by id first)
    select = ("SELECT f.id, f.type, f.args, f.date, d.id AS doc_id, ev.start, ev.end, d.lang FROM facts f"
              " JOIN evidence_spans ev ON ev.fact_id = f.id JOIN documents d ON d.rowid = ev.doc")
    rows = list(store.query(
        f"{select} WHERE d.id IN ({','.join('?' * len(doc_ids))}) AND +f.type IN ({tmarks})"
        " AND f.confidence >= ? ORDER BY d.id, ev.start, ev.end, f.id LIMIT ?",
        (*doc_ids, *ftypes, min_confidence, limit))) if doc_ids else []
    if q.entity_ids:
        rows += store.query(
            f"{select} WHERE f.id IN (SELECT fact_id FROM fact_entities WHERE entity_id IN"
            f" ({','.join('?' * len(q.entity_ids))})) AND +f.type IN ({tmarks})"
            f" AND d.id NOT IN ({','.join('?' * len(doc_ids))}) AND f.confidence >= ?"
            " ORDER BY f.confidence DESC, d.id, ev.start, ev.end, f.id LIMIT ?",
            (*q.entity_ids, *ftypes, *doc_ids, min_confidence, per_entity))
    types_of = lru_cache(maxsize=None)(lambda n: _types(store, n))
    out = []
    for r in rows:
        try:
            args = json.loads(r["args"])
        except ValueError:
            continue
        if not isinstance(args, dict):
            continue
        found = answer_of(q, r["type"], args, r["date"], r["lang"], types_of)
        if found is not None:
            out.append(FactHit(r["id"], r["doc_id"], r["start"], r["end"], found[0], found[1],
                               _words(args, r["type"])))
    return out


def answer_types(q: Question) -> list[str]:
    """The fact types that can answer the question's kind (the schema's answer slots)."""
    if q.kind in NUMERIC_KINDS or q.kind in ("date", "year"):
        return sorted({t for t, _slot in schema().answering(q.kind)})
    types = q.types or KIND_TYPES.get(q.kind, ENTITY_KINDS)
    return sorted({t for etype in types for t, _slot in schema().answering(etype)})


def _slots(kind: str, ftype: str) -> tuple[Slot, ...]:
    """The roles of a fact type that answer a kind of question, in the schema's order."""
    return schema()[ftype].answers.get(kind, ()) if ftype in schema().types else ()


def answer_of(q: Question, ftype: str, args: dict[str, Any], date: str | None,
              lang: str | None, types_of: Callable[[str], set[str]] = lambda _: set()
              ) -> tuple[str, float] | None:
    """The short answer a fact gives to the question's kind, and how well it fits."""
    kind = q.kind
    if kind in NUMERIC_KINDS:
        for slot in _slots(kind, ftype):
            value = args.get(slot.role)
            if value is None or not _unit_ok(slot.unit, args.get("unit")):
                continue
            if isinstance(value, dict):
                number, unit = value.get("value"), value.get("currency")
            else:
                role = schema()[ftype].roles[slot.role]
                number, unit = value, "%" if role.kind == "percent" else args.get("unit")
            if isinstance(number, int | float):
                fit = slot.fit * (_PAST_WEIGHT if ftype == "target" and asks_the_past(q) else 1.0)
                return format_amount(float(number), unit, lang), fit
        return None
    if kind in ("date", "year"):
        for slot in _slots(kind, ftype):
            if slot.role == "date":  # the fact's own date: other types' dates are the article's
                if date:
                    return (date[:4], slot.fit) if kind == "year" else (format_date(date, q.lang),
                                                                        slot.fit)
            elif args.get(slot.role):
                return str(args[slot.role])[:4], slot.fit
        return None
    types = q.types or KIND_TYPES.get(kind, ENTITY_KINDS[:-1])
    for n, etype in enumerate(types):
        for slot in _slots(etype, ftype):
            for value in _strings(args.get(slot.role)):
                known = types_of(value) if etype != "title" else set()
                if fold(value) not in q.not_answers and (not known or etype in known):
                    return value, 1.0 - 0.1 * n
    return None


_PAST_WEIGHT = 0.6  # a goal's figure, for a question about a figure reported


def asks_the_past(q: Question) -> bool:
    """'What operating profit did X report for the third quarter?', 'Quel chiffre d'affaires
    X a-t-il réalisé ?': a question about what was, with no word of the future."""
    text = " {} ".format(re.sub(r"[^\w'’-]+", " ", fold(q.text)))
    lex = load_data("lexicon/questions.yaml")

    def said(key: str) -> bool:
        return any(f" {fold(w)} " in text for w in lex[key][q.lang])
    return said("past_cues") and not said("future_cues")


def _types(store: SharedStore, name: str) -> set[str]:
    """The types of the entities known by this name (empty if none)."""
    return {r["type"] for r in store.entities_by_alias(name)}


def _unit_ok(cond: str, unit: object) -> bool:
    if cond == "unit:none":
        return unit in (None, "")
    if cond == "unit:%":
        return unit == "%"
    if cond == "unit:money":
        return isinstance(unit, str) and len(unit) == 3 and unit.isupper()
    return True


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _words(args: dict[str, Any], ftype: str) -> str:
    """The words of a fact's roles (names, measures, titles, topics) and of its type."""
    out: list[str] = [str(w) for w in load_data("lexicon/questions.yaml")["fact_words"].get(
        ftype) or []]
    for value in args.values():
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += [v for v in value if isinstance(v, str)]
    return " ; ".join(out)


def format_date(iso: str, lang: str) -> str:
    """'2025-10-29' -> 'le 29 octobre 2025' (French) or '29 October 2025'; '2025-10' -> 'octobre
    2025'; a year stays as it is."""
    parts = iso.split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return iso
    month = str(load_data("lexicon/questions.yaml")["months"]["en" if lang == "en" else "fr"][
        int(parts[1]) - 1])
    month = month.capitalize() if lang == "en" else month
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    day = int(parts[2])
    if lang == "en":
        return f"{day} {month} {parts[0]}"
    return f"le {'1er' if day == 1 else day} {month} {parts[0]}"
