"""Reading a question: the kind of answer wanted, the entities it names and the concepts it
asks about, each with its bilingual alternatives and a weight (its BM25 idf)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from veille.answer.extract import date_re
from veille.answer.lexicon import Option, lexicon
from veille.kb.frequency import term_frequencies
from veille.kb.search import alias_ids, alias_options, fold, word_options
from veille.kb.store import SharedStore
from veille.models import norm_name

_WORD = re.compile(r"\w+")
_COPULA = re.compile(r"\b(quel(?:le)?s?|what|which)\s+(?:est|sont|etait|etaient|sera|seront|"
                     r"is|are|was|were|will be)\s+(?:le|la|les|l'|the)\s*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
MAX_GRAM = 6
_ASKS_A_NAME = re.compile(r"\b(?:quel|what|which|under what|sous quel) (?:autre )?nom\b|\bname\b|\bnamed\b|\bappel")
DEFAULT_TYPES = {"who": ("person", "organization"), "place": ("place",)}


@dataclass
class Group:
    """One thing the question is about: the options (stem sequences) that express it."""

    text: str
    options: frozenset[Option]
    weight: float = 1.0
    entity_ids: list[str] = field(default_factory=list)
    optional: bool = False  # counts when found, is not missed when absent
    proper: bool = False  # a capitalised name in the question
    df: int = 0
    span: tuple[int, int] = (0, 0)  # first word, last word + 1


@dataclass
class Question:
    """A parsed question."""

    text: str
    lang: str
    kind: str
    types: tuple[str, ...]
    groups: list[Group]
    names: set[str]  # folded names written in the question: never the answer
    years: set[str]  # numbers written in the question: never the answer
    entity_types: set[str] = field(default_factory=set)  # types of the entities it names
    # folded names that are never the answer: those written, and the other names of its entities
    not_answers: set[str] = field(default_factory=set)

    @property
    def entity_ids(self) -> list[str]:
        return [i for g in self.groups for i in g.entity_ids]

    @property
    def unknown(self) -> list[str]:
        """Names in the question at least half of whose words appear nowhere in the corpus."""
        runs: list[list[Group]] = []
        for g in sorted((g for g in self.groups if g.proper), key=lambda g: g.span):
            if runs and runs[-1][-1].span[1] == g.span[0]:
                runs[-1].append(g)
            else:
                runs.append([g])
        return [" ".join(g.text for g in run) for run in runs
                if 2 * sum(g.df == 0 for g in run) >= len(run)]

    def to_dict(self) -> dict[str, object]:
        return {"lang": self.lang, "kind": self.kind, "types": list(self.types),
                "entities": [g.text for g in self.groups if g.entity_ids],
                "terms": [{"text": g.text, "weight": round(g.weight, 2),
                           "options": sorted(" ".join(o) for o in g.options)[:12]}
                          for g in self.groups]}


DATED_WEIGHT = 0.2


def parse_question(store: SharedStore, text: str) -> Question:
    """Kind of answer, entities (by alias), concepts with alternatives, and their weights."""
    lex = lexicon()
    clean = text.replace("’", "'").replace("‘", "'")
    folded = fold(clean)
    kind, span = _kind(folded)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(clean)]
    lang = _lang([fold(w) for _, _, w in words])
    entities = _entities(store, words)
    taken = {i for first, last, _ in entities for i in range(first, last)}
    groups: list[Group] = []
    for first, last, ids in entities:
        name = " ".join(w for _, _, w in words[first:last])
        groups.append(Group(name, frozenset(alias_options(store, ids)), entity_ids=ids,
                            proper=True, span=(first, last)))
    content = [i for i, (s, e, w) in enumerate(words) if i not in taken
               and fold(w) not in lex.stop and fold(w) not in lex.question
               and (len(w) > 1 or w.isdigit())]
    # a day the question names ('on October 29', 'le 29 octobre') is seldom written so in the
    # article ('on Thursday'): its words need not match, all but its year
    dated = {i for m in date_re().finditer(clean) for i, (s, e, w) in enumerate(words)
             if m.start() <= s and e <= m.end() and not (len(w) == 4 and w.isdigit())}
    types: tuple[str, ...] = ()
    asked: list[int] = []  # groups of the words that ask ('quel montant')
    i = 0
    while i < len(content):
        n = _concept_phrase(words, content, i)
        idx = content[i:i + n]
        phrase = [words[j][2] for j in range(idx[0], idx[-1] + 1)]
        own = word_options(phrase)
        options = set(own)
        for concept in lex.concepts_of(phrase):
            options |= concept
        head = not types and kind == "entity" and words[idx[0]][0] >= span[1]
        found = {t for o in word_options(phrase[:1]) for t in lex.types.get(o[0], ())}
        if head and found and words[idx[0]][0] - span[1] < 40:
            types = tuple(sorted(found, key=("person", "organization", "place", "product",
                                             "event", "title").index))
        proper = any(w[:1].isupper() for w in phrase) and words[idx[0]][0] > 0 \
            and not all(j in dated for j in idx)  # (a month is no name)
        asking = span[0] <= words[idx[0]][0] < span[1]
        if asking:
            asked.append(len(groups))
        groups.append(Group(" ".join(phrase), frozenset(options), proper=proper,
                            weight=0.5 if head and found else 1.0, span=(idx[0], idx[-1] + 1),
                            optional=asking or bool(head and found) or all(j in dated for j in idx)))
        i += n
    if not any(not g.optional and not g.entity_ids for g in groups):
        for n in asked:  # 'quel chiffre d'affaires': the words that ask say what is measured
            groups[n].optional = False
    types = types or DEFAULT_TYPES.get(kind, ())
    if kind == "count_or_money":
        stems = {o[0] for g in groups for o in word_options([g.text])}
        kind = "money" if stems & lex.money else "count"
    _weigh(store, groups)
    for g in groups:
        if g.span and not g.entity_ids and all(j in dated for j in range(*g.span)):
            g.weight *= DATED_WEIGHT  # (a rare month's name must not choose the sentences)
    names = {fold(g.text) for g in groups if g.proper} | {fold(norm_name(g.text)) for g in groups
                                                          if g.entity_ids}
    years = {m.group() for m in _NUMBER.finditer(clean)}
    ids = [i for g in groups for i in g.entity_ids]
    aliases: set[str] = set()
    if ids and not _ASKS_A_NAME.search(folded):
        # the entities it names, however written ('Southeast Asia' is 'Asie du Sud-Est'), unless
        # it asks for another of their names ('sous quel nom X est-elle cotée ?')
        aliases = {fold(r["alias"]) for r in store.query(
            f"SELECT alias FROM aliases WHERE entity_id IN ({','.join('?' * len(ids))})", tuple(ids))}
    etypes = {r[0] for r in store.query(
        f"SELECT DISTINCT type FROM entities WHERE id IN ({','.join('?' * len(ids))})",
        tuple(ids))} if ids else set()
    return Question(text, lang, kind, types, groups, names, years, etypes, names | aliases)


def _kind(folded: str) -> tuple[str, tuple[int, int]]:
    """The kind asked and the span of the words that ask it ('quel est le montant' reads as
    'quel montant', blanked so that offsets stay those of the question)."""
    folded = _COPULA.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))),
                         folded)
    best: tuple[int, int, str, int] | None = None
    for kind, order, pattern in lexicon().kinds:
        m = pattern.search(folded)
        if m and (best is None or (m.start(), order) < (best[0], best[1])):
            best = (m.start(), order, kind, m.end())
    if best is None:
        return "entity", (0, 0)
    return best[2], (best[0], best[3])


def _lang(words: list[str]) -> str:
    langs = lexicon().langs
    fr = sum(w in langs["fr"] for w in words)
    en = sum(w in langs["en"] for w in words)
    return "en" if en > fr else "fr"


def _entities(store: SharedStore, words: list[tuple[int, int, str]]) -> list[tuple[int, int,
                                                                                  list[str]]]:
    """(first word, last word + 1, entity ids) of the names in the question, longest first."""
    lex = lexicon()
    grams = {}
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + MAX_GRAM) + 1):
            part = words[i:j]
            if any(w[0].isupper() or w[0].isdigit() or any(c.isupper() for c in w[1:])
                   for _, _, w in part) and fold(part[0][2]) not in lex.stop \
                    and fold(part[0][2]) not in lex.question:
                grams[(i, j)] = norm_name(" ".join(w for _, _, w in part))
    known = alias_ids(store, grams.values())
    out = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + MAX_GRAM), i, -1):
            key = grams.get((i, j))
            if key and key in known:
                out.append((i, j, known[key]))
                i = j
                break
        else:
            i += 1
    return out


def _concept_phrase(words: list[tuple[int, int, str]], content: list[int], i: int) -> int:
    """How many content words from position i form one multi-word concept (1 if none)."""
    lex = lexicon()
    for n in (3, 2):
        idx = content[i:i + n]
        if len(idx) < n or idx[-1] - idx[0] > n + 1:
            continue
        phrase = [words[j][2] for j in range(idx[0], idx[-1] + 1)]
        if lex.concepts_of(phrase):
            return n
    return 1


def _weigh(store: SharedStore, groups: list[Group]) -> None:
    """Weight each group by its idf over sentences, taking the most common way of saying it
    (a phrase is as common as its rarest word)."""
    terms = {t for g in groups for o in g.options for t in o}
    df, total = doc_frequency(store, terms, level="sent")
    n = max(total, 1)
    for g in groups:
        g.df = min(max((min(df.get(t, 0) for t in o) for o in g.options), default=0), n)
        idf = math.log(1.0 + (n - g.df + 0.5) / (g.df + 0.5))
        g.weight *= idf * (1.5 if g.entity_ids else 1.0)


def doc_frequency(store: SharedStore, words: Iterable[str], level: str = "doc"
                  ) -> tuple[dict[str, int], int]:
    """How many documents (or sentences, level="sent") hold each term, and how many."""
    return term_frequencies(store, words, level)
