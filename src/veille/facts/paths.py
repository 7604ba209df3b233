"""Paths: how a role's value is reached from a frame's trigger in the dependency parse.

Each path is a small function named in the frame files (``subject``, ``object``, ``prep`` ...).
It returns what it finds, nearest first: entity groups (dicts of the document's entities),
names that are not entities (a country given by its adjective), quantities, or phrases, each
with the tokens that state it (they make the fact's evidence) and the path's weight (how much
the path is trusted: it makes the fact's confidence).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from veille import world
from veille.facts.common import (
    baseline,
    counts_sources,
    is_rank,
    measure_phrase,
    quantity_token,
    ranked_measure,
    restates,
    words_text,
)
from veille.facts.frames import Frame, Path
from veille.facts.view import DocView
from veille.nlp.doctext import doc_text
from veille.nlp.lexicon import load_data, words
from veille.normalize import Quantity, percent_change_sign

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass")
LEX_FACTS = "lexicon/facts.yaml"
OBJECTS = ("obj", "dobj", "iobj", "attr")
PRONOUNS = frozenset({"il", "elle", "ils", "elles", "it", "they", "he", "she", "celle-ci",
                      "celui-ci", "ceux-ci", "celles-ci", "qui", "which", "that", "who", "nous",
                      "we", "on"})
RELATIVES = frozenset({"qui", "which", "that", "who", "lequel", "laquelle"})
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "it", "they", "he", "she", "we", "nous"})
_RELATIVE_OBJECTS = frozenset({"que", "qu'", "qu’", "that", "which"})
CLIMB = ("xcomp", "ccomp", "conj", "advcl", "acl", "acl:relcl", "relcl", "obl", "nmod", "pobj",
         "prep", "dobj", "obj", "aux", "aux:pass", "aux:tense", "cop", "advmod", "npadvmod")
BREAK = frozenset({";", ".", "!", "?", "—", "(", ")"})
# French contractions and elisions, so that a cue 'auprès de' matches 'auprès du', 'auprès d''
CONTRACTIONS = {"du": "de", "des": "de", "d'": "de", "d’": "de", "au": "à", "aux": "à"}


@dataclass
class Found:
    """A value found for a role, the tokens that state it and how much the path is trusted."""

    value: Any
    tokens: list[Token]
    weight: float = 1.0

    @property
    def name(self) -> str:
        v = self.value
        return str(v["name"]) if isinstance(v, dict) else str(v)


@dataclass
class Anchor:
    """A trigger found in a sentence, with the roles filled so far."""

    view: DocView
    frame: Frame
    sent: Span
    head: Token
    tokens: list[Token]
    sign: int = 0
    filled: dict[str, list[Found]] = field(default_factory=dict)
    _regions: dict[tuple[bool, int], list[Token]] = field(default_factory=dict, repr=False)

    @property
    def lang(self) -> str:
        return self.view.lang

    def region(self, after_only: bool = False, limit: int = 40) -> list[Token]:
        """The trigger's neighbourhood: the words after it up to a strong break (and before it,
        back to the sentence's start or a break, unless `after_only`); computed once for each
        shape asked."""
        key = (after_only, limit)
        cached = self._regions.get(key)
        if cached is not None:
            return cached
        doc = self.view.doc
        words_ = self.view.words()[0]
        after: list[int] = []
        last = self.tokens[-1].i
        depth = 0  # words in brackets are passed over: '(PPP) sont signés par ...'
        for i in range(last + 1, min(self.sent.end, last + 1 + limit)):
            if words_[i] == "(":
                depth += 1
            elif words_[i] == ")" and depth:
                depth -= 1
            elif words_[i] in BREAK:
                break
            elif not depth:
                after.append(i)
        before: list[int] = []
        if not after_only:
            for i in range(self.tokens[0].i - 1, max(self.sent.start, self.tokens[0].i - limit) - 1, -1):
                if words_[i] in BREAK:
                    break
                before.append(i)
        out = [doc[i] for i in (*before[::-1], *after)]
        self._regions[key] = out
        return out


PathFn = Callable[[Anchor, Path, tuple[str, ...]], list[Found]]
PATH_FUNCTIONS: dict[str, PathFn] = {}


def path(fn: PathFn) -> PathFn:
    PATH_FUNCTIONS[fn.__name__] = fn
    return fn


# ---------------------------------------------------------------------------------------------
# Entities around the trigger


def _entities(view: DocView, tok: Token, types: tuple[str, ...], weight: float) -> list[Found]:
    """The entity a noun phrase names, and those coordinated with it ('X et Y', 'X and Y')."""
    out: list[Found] = []
    conjuncts = _conjuncts(tok)
    if tok.i in view.by_token:  # 'the Bank of Korea and X', X parsed as Korea's conjunct
        span = next((s for s, _g in view.spans if s.start <= tok.i < s.end), None)
        if span is not None:
            conjuncts += [c for u in span if u.i != tok.i for c in _conjuncts(u)
                          if not span.start <= c.i < span.end]
    for t in [tok, *conjuncts]:
        g = view.entity_in_subtree(t, types) or view.coref(t)
        if g is not None and g["type"] == "place" and t.i not in view.by_token \
                and t.lower_ in load_data(LEX_FACTS)["coreference"]["organization"]:
            # 'la société de Bangkok a lancé X': the company, not where it is from
            g = view.coref(t) or g
        if g is not None and g["type"] in types and all(f.value is not g for f in out):
            out.append(Found(g, [t], weight))
    if out and out[0].tokens[0].i == tok.i:
        for s, g in _listed_before(view, tok.i, types):
            if all(f.value is not g for f in out):
                out.insert(0, Found(g, list(s), weight))
    return out


def _listed_before(view: DocView, i: int, types: tuple[str, ...]) -> list[tuple[Span, dict[str, Any]]]:
    """The names listed before the one at token i, as written ('X et Y ont signé', 'X, Y and Z
    signed'), when the parse has not coordinated them (it often makes the first the root)."""
    doc = view.doc
    by_end = {s.end: (s, g) for s, g in view.spans}
    start = next((s.start for s, _g in view.spans if s.start <= i < s.end), i)
    out: list[tuple[Span, dict[str, Any]]] = []
    seps = ("et", "and", "&", ",")
    while start > 0 and doc[start - 1].lower_ in seps and (out or doc[start - 1].lower_ != ","):
        found = by_end.get(start - 1)
        if found is None or found[1]["type"] not in types:
            break
        out.insert(0, found)
        start = found[0].start
    return out


def _conjuncts(tok: Token) -> list[Token]:
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ == "conj"]
    while todo and len(out) < 8:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    return out


def conjoined_figures(view: DocView, found: Found) -> list[Found]:
    """The figures of the nouns coordinated with the one a found figure measures: 'expects
    revenue of 28.4 trillion won and an operating profit of 2.05 trillion won', 'un chiffre
    d'affaires de 2,1 milliards et un résultat de 300 millions' (each with its own measure)."""
    q = found.value
    if not isinstance(q, Quantity):
        return []
    tok = quantity_token(view, q)
    if tok is None:
        return []
    noun = tok
    for _ in range(4):  # up to the noun the figure is of ('revenue' of '28.4 trillion won')
        if noun.head.i == noun.i:
            return []
        noun = noun.head
        if noun.pos_ == "NOUN" and noun.dep_ in OBJECTS + ("obl", "obl:arg", "pobj"):
            break
    else:
        return []
    out: list[Found] = []
    for conj in _conjuncts(noun):
        for other in view.quantities:
            if other is q or other.kind != q.kind or other.start in view.used_quantities:
                continue
            otok = quantity_token(view, other)
            if otok is not None and otok in conj.subtree and otok.i > tok.i:
                span = view.doc.char_span(other.start, other.end, alignment_mode="expand")
                out.append(Found(other, list(span) if span is not None else [otok], found.weight))
                break
    return out


def listed_with(view: DocView, found: Found, types: tuple[str, ...]) -> list[Found]:
    """The names listed right before and after a found one, as written: 'le smartphone A et
    la tablette B', 'A, B and C', 'A, together with B' (the parse of such lists is seldom
    right); each with at most a determiner and two common words before it."""
    if not isinstance(found.value, dict) or not found.tokens:
        return []
    doc = view.doc
    links = words("lexicon/facts.yaml", "list_links", view.lang)
    spans = view.spans
    first = found.tokens[0].i
    at = next((k for k, (s, g) in enumerate(spans) if g is found.value and s.start <= first < s.end), None)
    if at is None:  # found by a word of its phrase ('the A and the B model': 'model'): the name
        near = [(abs(s.start - first), k) for k, (s, g) in enumerate(spans)  # nearest before it
                if g is found.value and 0 <= first - s.start <= 12]
        at = min(near)[1] if near else None
    if at is None:
        return []
    out: list[Found] = []

    def joined(left: int, right: int) -> bool:
        between = list(doc[left:right])
        while between and between[-1].pos_ in ("DET", "NOUN", "ADJ") and between[-1].is_lower \
                and between[-1].lower_ not in links_words:
            between.pop()  # 'la tablette', 'a subscription assistant'
        if len(between) < right - left - 3:
            return False
        text = " ".join(t.lower_ for t in between).removeprefix(", ").strip()
        return text in links or text == ","

    links_words = {w for phrase in links for w in phrase.split()}

    for step in (1, -1):
        k = at
        while 0 <= k + step < len(spans) and len(out) < 6:
            s1, _g1 = spans[k]
            s2, g2 = spans[k + step]
            left, right = (s1.end, s2.start) if step == 1 else (s2.end, s1.start)
            if right <= left or not joined(left, right) or g2["type"] not in types:
                break
            if g2 is not found.value and all(f.value is not g2 for f in out):
                out.append(Found(g2, list(s2), found.weight))
            k += step
    return out


def _national(a: Anchor, tok: Token, weight: float) -> list[Found]:
    """A state body given by a country's adjective ('le gouvernement japonais', 'the Chinese
    authorities'): the country, by name in the document's language."""
    if tok.lower_ not in words("lexicon/facts.yaml", "state_nouns", a.lang) and \
            tok.lemma_.lower() not in words("lexicon/facts.yaml", "state_nouns", a.lang):
        return []
    texts = [c.text for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    for _s, _e, country in world.find_demonyms(texts, a.lang):
        return [Found(country.name(a.lang), [tok], weight * 0.9)]
    return []


def _pronoun_antecedent(a: Anchor, tok: Token, types: tuple[str, ...]) -> dict[str, Any] | None:
    """'Elle a levé ...', 'It raised ...', 'qui a lancé ...': the entity the pronoun stands for,
    the subject of the sentences before in the same paragraph."""
    if tok.lower_ in RELATIVES:
        head = tok.head.head if tok.head.dep_ in ("acl:relcl", "relcl") else None
        g = a.view.entity_in_subtree(head, types) if head is not None else None
        if g is not None:
            return g
        # 'de Google, qui investira ...' with the clause hung elsewhere: the name just before
        before = tok.i - 1 if tok.i > 0 and tok.doc[tok.i - 1].text != "," else tok.i - 2
        g = a.view.by_token.get(before) if before >= a.sent.start else None
        return g if g is not None and (not types or g["type"] in types) else None
    if tok.lower_ not in PRONOUNS:
        return None
    return previous_subject(a, types)


def previous_subject(a: Anchor, types: tuple[str, ...]) -> dict[str, Any] | None:
    """The subject (or first entity) of the nearest sentence before, in the same paragraph."""
    view = a.view
    text = view.text
    idx = view.sentence_index(a.sent)
    for back in range(1, 3):
        if idx - back < 0:
            return None
        prev = view.sentences[idx - back]
        if "\n" in text[prev.end_char:a.sent.start_char].strip(" \t") or \
                "\n\n" in text[prev.start_char:a.sent.start_char]:
            return None  # another paragraph
        g = view.subject_of(prev.root, types)
        if g is None and view.subject_of(prev.root) is not None:
            return None  # its subject is of another type ('Solar Mini topped Hugging Face's
            # leaderboard'): no other name in it is the one meant
        if g is None:
            named = [(s, e) for s, e in view.entities_in(prev.start, prev.end, types)
                     if s.start not in view.sources]
            g = named[0][1] if named else None
        if g is not None:
            return g
    return None


@path
def subject(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The trigger's subject, up the chain of verbs it hangs on ('a annoncé avoir levé'), with
    what is coordinated to it; a pronoun or 'qui' stands for its antecedent; a relative clause
    or an apposition is about the noun it describes."""
    view = a.view
    tok: Token | None = a.head
    weight = p.weight
    if "verbs" in p.options or "not_verbs" in p.options:
        # 'X led the round in Y': the subject of a verb of investing a round noun hangs on is
        # an investor (option `verbs`), not the company funded (option `not_verbs`)
        governing = a.head.head.lemma_.lower() if a.head.pos_ in ("NOUN", "PROPN") else ""
        if "verbs" in p.options and governing not in words(LEX_FACTS, str(p.options["verbs"])):
            return []
        if "not_verbs" in p.options and governing in words(LEX_FACTS, str(p.options["not_verbs"])):
            return []
    for _ in range(int(p.options.get("hops", 4))):
        if tok is None:
            break
        # 'l'action Xiaomi a pris 3,4 %' read with two subjects, the noun and the name: the name
        # first (what 'l'action' alone would stand for is another company); 'Le secrétaire du
        # DICT, Henry Aguda, a paraphé' keeps the noun, which names its organisation
        for child in sorted(tok.children, key=lambda c: c.dep_ in SUBJECTS and not any(
                t.i in view.by_token for t in c.subtree)):
            if child.dep_ in SUBJECTS or (child.dep_ in PASSIVE_SUBJECTS and tok.i != a.head.i):
                found = _entities(view, child, types, weight)
                if not found:
                    g = _pronoun_antecedent(a, child, types)
                    found = [Found(g, [child], weight * 0.9)] if g is not None else []
                if not found and p.options.get("unnamed") and child.pos_ == "PROPN":
                    found = _named(a, child, weight)  # 'AIS a gagné 1,4 %': a name the model missed
                if not found and p.options.get("unnamed"):
                    found = _index_phrase(child, weight)  # "l'indice composite de Jakarta"
                if not found and "place" in types:
                    found = _national(a, child, weight)  # 'le gouvernement japonais' -> Japon
                if found:
                    return found
                owner = next((view.by_token[c.i] for c in child.children
                              if c.dep_ in ("poss", "nmod:poss") and c.i in view.by_token
                              and view.by_token[c.i]["type"] in types), None)
                if owner is not None:  # "Nvidia's share of the market ... is expected to fall"
                    return [Found(owner, [child], weight * 0.9)]
                if child.pos_ in ("NOUN", "PROPN") and child.lower_ not in PRONOUNS:
                    return []  # the verb has a subject of its own, which names nothing accepted
        if tok.i == a.head.i and tok.dep_ in ("conj", "advcl"):
            # 'X a pris 4 % et le spécialiste Y a grimpé de 5 %', parsed with no subject for the
            # second verb: the name right before it is its subject, not the first verb's
            adjacent = _name_before_verb(a, tok, types)
            if adjacent:
                return adjacent
        if tok.dep_ in ("acl", "acl:relcl", "relcl", "appos") and tok.head.i in view.by_token \
                and not (tok.i == a.head.i and _passive(tok)):
            g = view.by_token[tok.head.i]
            if g["type"] in types:
                return [Found(g, [tok.head], weight)]
        if tok.dep_ in ("acl:relcl", "relcl") and tok.head.i not in view.by_token \
                and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.dep_ in ("ROOT", *SUBJECTS):
            # "L'entreprise, qui emploie 900 personnes, prévoit de ...", parsed with the main
            # verb under the relative clause's: the noun it describes, as the subject it is
            found = _entities(view, tok.head, types, weight * 0.9)
            if found:
                return found
        if tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.i in view.by_token:
            # a parse that hangs the verb on its subject ('Velmora et X ont signé': signé <- Velmora)
            found = _entities(view, tok.head, types, weight * 0.85)
            found += [f for t in tok.children if t.dep_ in ("advmod", "obl", "nmod") and t.i < tok.i
                      for f in _entities(view, t, types, weight * 0.8)
                      if all(x.value is not f.value for x in found)]
            if found:
                return found
        if tok.dep_ not in CLIMB or tok.head.i == tok.i:
            break
        tok = tok.head
        weight *= 0.95
    return []


def _name_before_verb(a: Anchor, verb: Token, types: tuple[str, ...]) -> list[Found]:
    """The name right before a verb and its auxiliaries ('Fujikura a grimpé', 'Y has risen')."""
    view = a.view
    i = verb.i - 1
    while i > a.sent.start and view.doc[i].pos_ in ("AUX", "ADV", "PART") or \
            i > a.sent.start and view.doc[i].lower_ in ("se", "s'", "s’", "ne", "n'", "n’"):
        i -= 1
    g = view.by_token.get(i)
    if g is None or g["type"] not in types or i in view.sources:
        return []
    return [Found(g, [view.doc[i]], 0.9)]


def _passive(tok: Token) -> bool:
    """A past participle describing a noun ('the company launched by X', 'le modèle présenté
    jeudi'): the noun is what the verb acts on, not who acts."""
    return tok.tag_ == "VBN" or ("VerbForm=Part" in str(tok.morph) and "Tense=Past" in str(tok.morph))


@path
def described(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """What a participle or a relative clause describes: 'Kimi K2, présenté en novembre',
    'the company launched by X', 'le modèle qu'ils ont lancé'."""
    head = a.head
    if head.dep_ not in ("acl", "acl:relcl", "relcl"):
        return []
    relative = any(c.lower_ in ("que", "qu'", "qu’", "that", "which") and c.dep_ in OBJECTS + ("mark",)
                   for c in head.children)
    if head.dep_ == "acl" and not _passive(head) and not relative:
        return []
    return _antecedent(a.view, head.head, types, p.weight)


@path
def relative_object(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'le modèle qu'Orsana a lancé', 'the model that Orsana released', read from the words when
    the parse has lost the relative clause (it often makes the noun the verb's subject): a noun,
    'que'/'that'/'which', a name, auxiliaries, the trigger; what the noun names."""
    doc = a.view.doc
    i = a.head.i - 1
    while i >= 0 and doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    # 'qu'elle prévoit de lancer', 'that it plans to release': the verb the trigger completes
    if a.head.dep_ == "xcomp" and i > 0:
        if doc[i].lower_ in ("de", "d'", "d’", "à"):
            i -= 1
        if doc[i].i == a.head.head.i:
            i -= 1
            while i >= 0 and doc[i].pos_ in ("AUX", "ADV", "PART"):
                i -= 1
    named = [(sp, g) for sp, g in a.view.entities_in(max(0, i - 6), i + 1) if sp.end == i + 1]
    if named:
        rel = named[-1][0].start - 1
    elif i > 0 and doc[i].pos_ == "PRON" and doc[i].lower_ in _SUBJECT_PRONOUNS:
        rel = i - 1  # 'qu'elle a lancé': the pronoun's company launched it
    else:
        return []
    if rel < 1 or doc[rel].lower_ not in _RELATIVE_OBJECTS:
        return []
    noun = doc[rel - 1]
    if noun.text == "," and rel > 1:  # 'Kelvo-3, la troisième génération de son modèle, qu'elle ...'
        noun = doc[rel - 2]
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return []
    if noun.pos_ == "ADJ":  # 'le modèle multilingue que ...'
        noun = noun.head
    return _antecedent(a.view, noun, types, p.weight * 0.9, subtree=False)


def _antecedent(view: DocView, noun: Token, types: tuple[str, ...], weight: float,
                subtree: bool = True) -> list[Found]:
    """What a noun described by a participle or a relative clause names: the noun's entity,
    the name beside it ('son dernier modèle, Kimi K2'), or the name the whole noun phrase is
    in apposition to, however the parse attached it ('Humain, the AI company launched by
    ...', 'MiMo, la famille de modèles que Xiaomi a publiée'). Without `subtree`, names inside
    the noun's phrase are not read (the parse may have put the relative clause's in it)."""
    found = _entities(view, noun, types, weight) if subtree else [
        Found(g, [noun], weight) for g in [view.by_token.get(noun.i)] if g and g["type"] in types]
    if found:
        return found[:1]
    for c in noun.children:
        if subtree and c.dep_ in ("appos", "nmod", "flat:name") and c.i in view.by_token:
            found = _entities(view, c, types, weight)
            if found:
                return found[:1]
    phrase = noun
    while phrase.dep_ in ("nmod", "pobj", "prep") and phrase.head.i < phrase.i:  # 'la famille de modèles'
        phrase = phrase.head
    if phrase.dep_ == "appos" and phrase.head.i in view.by_token:
        found = _entities(view, phrase.head, types, weight)
        if found:
            return found[:1]
    left = phrase.left_edge.i
    while left < phrase.i and view.doc[left].is_punct:  # the parse hangs the comma on the phrase
        left += 1
    if left >= 2 and view.doc[left - 1].text == ",":
        named = [(sp, g) for sp, g in view.entities_in(max(0, left - 8), left - 1, types)
                 if sp.end == left - 1]
        if named:
            return [Found(named[-1][1], list(named[-1][0]), weight * 0.9)]
    return []


@path
def agent(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'lancé par X', 'launched by X': the agent of a passive verb or of a noun."""
    return _after_cue(a, p, types, {"fr": ("par",), "en": ("by",)}[a.lang])


@path
def passive_subject(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'GLM-5 a été lancé', 'the model was released': the subject of a passive trigger."""
    for child in a.head.children:
        if child.dep_ in PASSIVE_SUBJECTS:
            return _entities(a.view, child, types, p.weight) or _named(a, child, p.weight)
    return []


@path
def object(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The trigger's object ('a lancé GLM-5', 'unveiled a model called X'), or for a noun the
    complement after it ('le lancement de GLM-5', 'the launch of X')."""
    view = a.view
    heads = [a.head, *[c for c in a.head.children if c.dep_ in ("prt", "compound:prt")]]
    for h in heads:
        for child in h.children:
            if child.dep_ in OBJECTS or (a.head.pos_ in ("NOUN", "PROPN") and child.dep_ in (
                    "nmod", "pobj", "prep") and child.i > a.head.i):
                target = child
                if child.dep_ == "prep":  # English 'of X': the object of the preposition
                    target = next((c for c in child.children if c.dep_ == "pobj"), child)
                if target.lower_ in _RELATIVE_OBJECTS and a.head.dep_ in ("acl:relcl", "relcl", "acl"):
                    return _antecedent(view, a.head.head, types, p.weight)  # 'le modèle que X a lancé'
                found = _entities(view, target, types, p.weight)
                if not found and target.pos_ == "PRON":  # 'qui la valorise à ...': the one before
                    g = previous_subject(a, types)
                    found = [Found(g, [target], p.weight * 0.9)] if g is not None else []
                if found:
                    return found
                named = _named_as(a, p.weight, types, target)
                if named:
                    return named
                if p.options.get("unnamed"):
                    return _apposed_name(a, target, p.weight) or \
                        _named(a, target, p.weight, strict=bool(p.options.get("strict")))
    return []


def _apposed_name(a: Anchor, tok: Token, weight: float) -> list[Found]:
    """'a lancé son premier SUV électrique, le YU7, en juin', 'debuted its first chip, the
    VX-1,': the name set beside a common noun between commas is what was launched (the parse
    often hangs it on the verb)."""
    doc = tok.doc
    if tok.pos_ != "NOUN":
        return []
    i = tok.right_edge.i + 1
    if i >= a.sent.end or doc[i].text != ",":
        return []
    i += 1
    if i < a.sent.end and doc[i].pos_ == "DET":
        i += 1
    toks: list[Token] = []
    while i < a.sent.end and not doc[i].is_punct and (
            doc[i].pos_ == "PROPN" or doc[i].text[:1].isupper() or any(c.isdigit() for c in doc[i].text)
            or (toks and doc[i].text == "-")):
        toks.append(doc[i])
        i += 1
    if not toks or (i < a.sent.end and not doc[i].is_punct) \
            or any(d.start <= t.idx < d.end for t in toks for d in a.view.dates):
        return []
    return [Found(words_text(toks), toks, weight * 0.9)]


def _index_phrase(tok: Token, weight: float) -> list[Found]:
    """A market index the press names in lower case ("l'indice composite de Jakarta", 'the
    benchmark index of Thailand'): the noun phrase is its name, when it names a place or a
    capitalised word."""
    if tok.pos_ != "NOUN" or tok.lower_ not in words("lexicon/facts.yaml", "index_words"):
        return []
    toks = [t for t in tok.subtree if t.i >= tok.i and not t.is_punct][:6]
    while toks and toks[-1].pos_ in ("ADP", "DET"):
        toks = toks[:-1]
    if len(toks) < 2 or not any(t.text[:1].isupper() for t in toks[1:]):
        return []
    text = words_text(toks)
    return [Found(text[:1].upper() + text[1:], toks, weight * 0.8)]


def _named(a: Anchor, tok: Token, weight: float, strict: bool = False) -> list[Found]:
    """A name the entity recogniser missed or mistyped: proper nouns, or words with a capital
    or a digit ('M2.5', 'Topaz Fabric'), around the word `tok`; never a date."""
    view = a.view

    def name_like(t: Token) -> bool:
        return (t.pos_ == "PROPN" or any(c.isdigit() for c in t.text)
                or (t.text[:1].isupper() and t.i != a.sent.start)) and not t.is_punct \
            and not any(d.start <= t.idx < d.end for d in view.dates)

    if not name_like(tok):
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < a.sent.end else None
        if strict or nxt is None or not name_like(nxt):
            return []
        tok = nxt
    first = tok
    while first.i > a.sent.start and name_like(tok.doc[first.i - 1]) and tok.doc[first.i - 1] in tok.subtree:
        first = tok.doc[first.i - 1]
    out = [first]
    while out[-1].i + 1 < a.sent.end and name_like(tok.doc[out[-1].i + 1]):
        out.append(tok.doc[out[-1].i + 1])
    if any(t.i in view.by_token and view.by_token[t.i]["type"] in ("place",) for t in out):
        return []
    return [Found(words_text(out), out, weight * 0.85)]


@path
def named_as(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'un modèle appelé M2.5', 'a chatbot dubbed X', 'GLM-5, un modèle ...', 'its model, Qwen3':
    the name given to the trigger's object."""
    return _named_as(a, p.weight, types, None)


def _named_as(a: Anchor, weight: float, types: tuple[str, ...], start: Token | None) -> list[Found]:
    view = a.view
    cues = words("lexicon/facts.yaml", "naming_cues", a.lang)
    begin = (start or a.head).i
    doc = view.doc
    for i in range(begin, min(a.sent.end, begin + 12)):
        t = doc[i]
        if t.text in BREAK:
            break
        if t.lower_ in cues or (start is not None and t.text in (",", "«", "“", '"') and i > begin):
            for j in range(i + 1, min(a.sent.end, i + 4)):
                g = view.by_token.get(j)
                if g is not None and g["type"] in types:
                    return [Found(g, [doc[j]], weight)]
            if t.lower_ in cues and i + 1 < a.sent.end:
                nxt = doc[i + 1]
                if nxt.text in ("«", "“", '"') and i + 2 < a.sent.end:
                    quoted = _quoted_name(doc, i + 1, a.sent.end)
                    if quoted:  # 'un plan baptisé « Dix grands projets »': all of it
                        return [Found(words_text(quoted), quoted, weight * 0.9)]
                    nxt = doc[i + 2]
                named = _named(a, nxt, weight)
                if named:
                    return named
    return []


_CLOSING = {"«": "»", "“": "”", '"': '"'}


def _quoted_name(doc: Any, opening: int, end: int) -> list[Token]:
    """The words between the quotation mark at `opening` and its closing mark, up to twelve
    (none if it does not close by then)."""
    close = _CLOSING[doc[opening].text]
    for j in range(opening + 1, min(end, opening + 14)):
        if doc[j].text == close:
            return list(doc[opening + 1:j]) if j > opening + 1 else []
    return []


def _after_cue(a: Anchor, p: Path, types: tuple[str, ...], cues: tuple[str, ...],
               gap: int = 5) -> list[Found]:
    """The first entity of the types named within `gap` words after one of the cue phrases,
    in the trigger's neighbourhood after it (before it too with ``both_sides``)."""
    view = a.view
    region = a.region(after_only=not p.options.get("both_sides"), limit=int(p.options.get("within", 25)))
    words_ = view.words()[0]  # (a word's lower case, read once per document)
    lowers = [CONTRACTIONS.get(words_[t.i], words_[t.i]) for t in region]
    found: list[Found] = []
    matches = []  # the cues where they stand, first in the text first ('mené par X, avec la
    for cue in cues:  # participation de Y': X leads), the longest first at one place
        parts = _cue_parts(cue)
        matches += [(k, k + len(parts)) for k in range(len(region) - len(parts) + 1)
                    if (not parts or lowers[k] == parts[0]) and lowers[k:k + len(parts)] == parts]
    skip = p.words("not_after_words", a.lang)  # 'avec la participation de Y': no recipient
    based: set[int] = set()  # the words of 'San Francisco-based' before a name
    for k, end in sorted(matches, key=lambda m: (m[0], -m[1])):
        if skip and k > 0 and lowers[k - 1] in skip:
            continue
        if p.options.get("all"):  # 'entre X, Y et Z': every name up to the next break
            for t in region[end:]:
                if t.pos_ in ("VERB", "AUX") and t.i not in view.by_token:
                    break
                g = view.by_token.get(t.i)
                if g is not None and g["type"] in types and all(x.value is not g for x in found):
                    found.append(Found(g, [*region[k:end], t], p.weight))
            if found:
                return found
            continue
        for j in range(end, min(len(region), end + gap)):
            if region[j].i in based:
                continue
            g = view.by_token.get(region[j].i)
            if g is not None and view.based(region[j], g):  # 'with San Francisco-based Databricks'
                k = j  # the place's words, then '-' and 'based': passed over
                while k < len(region) and (view.by_token.get(region[k].i) is g
                                           or region[k].lower_ in ("-", "‑", "based")):
                    based.add(region[k].i)
                    k += 1
                continue
            if g is not None and g["type"] == "place":
                owned = _owned_by_place(view, region[j], types)  # "with Japan's NTT Data"
                if owned is not None:
                    g, j = owned[1], region.index(owned[0]) if owned[0] in region else j
            if g is not None and region[j].i not in view.sources and g["type"] in types:
                items = _entities(view, region[j], types, p.weight) or [Found(g, [region[j]], p.weight)]
                for f in items:
                    f.tokens = [*region[k:end], *f.tokens]
                found.extend(f for f in items if all(x.value is not f.value for x in found))
                break
            if region[j].pos_ == "VERB" or region[j].text in (",",) and j > end:
                break
        if not found and p.options.get("unnamed"):  # 'avec le britannique Arm': a missed name
            for j in range(end, min(len(region), end + gap)):
                t = region[j]
                if t.pos_ in ("VERB", "AUX") or t.text in BREAK or t.text == ",":
                    break
                if t.pos_ in ("PROPN", "NOUN", "X") and t.is_title and t.i not in view.by_token \
                        and t.i != a.sent.start:
                    found = _named(a, t, p.weight * 0.9, strict=True)
                    break
        if found:
            return found
    return found


@lru_cache(maxsize=4096)
def _cue_parts(cue: str) -> list[str]:
    """A cue phrase's words as `_after_cue` compares them (contractions undone)."""
    return [CONTRACTIONS.get(w, w) for w in cue.replace("'", "' ").replace("’", "’ ").split()]


def _owned_by_place(view: DocView, tok: Token, types: tuple[str, ...]
                    ) -> tuple[Token, dict[str, Any]] | None:
    """"Japan's NTT Data", "India's Tata Consultancy Services": the company after a place's
    possessive, not the place."""
    span = next((s for s, _g in view.spans if s.start <= tok.i < s.end), None)
    if span is None or span.end + 1 >= len(view.doc) or view.doc[span.end].lower_ not in ("'s", "’s"):
        return None
    nxt = view.doc[span.end + 1]
    g = view.by_token.get(nxt.i)
    return (nxt, g) if g is not None and g["type"] in types and g["type"] != "place" else None


@path
def prep(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'auprès de X', 'mené par X', 'avec X', 'led by X', 'with X': an entity introduced by one of
    the path's prepositions (option `preps`, per language)."""
    return _after_cue(a, p, types, p.words("preps", a.lang), int(p.options.get("gap", 5)))


@path
def verb_prep(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'X a signé avec Y un protocole d'accord', 'signed with Y a supply agreement': an entity
    introduced by one of the path's prepositions (`preps`) that hangs on the verb the trigger
    is the object of, before the trigger."""
    head = a.head
    if head.dep_ not in ("obj", "dobj") or head.head.pos_ not in ("VERB", "AUX"):
        return []
    preps = set(p.words("preps", a.lang))
    verb = head.head
    found: list[Found] = []
    for child in verb.children:
        if not verb.i < child.i < head.i:
            continue
        if child.dep_ == "prep" and child.lower_ in preps:  # English: with -> pobj
            objs = [c for c in child.children if c.dep_ == "pobj"]
        elif any(c.dep_ == "case" and c.lower_ in preps for c in child.children):
            objs = [child]
        else:
            continue
        for obj in objs:
            for f in _entities(a.view, obj, types, p.weight):
                if all(x.value is not f.value for x in found):
                    found.append(f)
    return found


@path
def near(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The first entity of the types after the trigger, within `within` words."""
    within = int(p.options.get("within", 8))
    for t in a.region(after_only=True, limit=within):
        g = a.view.by_token.get(t.i)
        if g is not None and g["type"] in types and t.i not in a.view.sources:
            return [Found(g, [t], p.weight)]
    return []


@path
def before(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The last entity of the types named before the trigger in its sentence (not one of the
    kinds the path refuses: 'X listed on Nasdaq; the listing raised ...' is X's)."""
    view = a.view
    refused = p.options.get("reject_kinds")
    named = [(s, g) for s, g in view.entities_in(a.sent.start, a.tokens[0].i, types)
             if s.start not in view.sources and s.end <= a.tokens[0].i and not _locative(s)
             and not rejected(Found(g, list(s), p.weight), refused)]
    named = [(s, g) for s, g in named if not _in_apposition_of(view, s, named, a.tokens[0].i)]
    if p.options.get("all"):
        out: list[Found] = []
        for s, g in named:
            if all(f.value is not g for f in out):
                out.append(Found(g, list(s), p.weight))
        return out
    return [Found(named[-1][1], list(named[-1][0]), p.weight)] if named else []


def _in_apposition_of(view: DocView, span: Span, named: list[tuple[Span, Any]], trigger: int) -> bool:
    """'X, un exploitant de centres de données de Bekasi, a levé ...': a name inside the words set
    off by commas right after another name describes that one; it is not who acts."""
    doc = view.doc
    for s, _g in named:
        if s.end >= span.start or doc[s.end].text != ",":
            continue
        inside = doc[s.end + 1:span.start]
        if any(t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX") for t in inside):
            continue
        if any(t.text == "," for t in doc[span.end:trigger]):
            return True
    return False


def rejected(f: Found, kinds: list[str] | None) -> bool:
    """A gazetteer kind the path refuses ('listed on Nasdaq': an exchange does not move); an
    exchange is also known by the words of its name ('la Bourse de Taipei')."""
    if not kinds or not isinstance(f.value, dict):
        return False
    from veille.nlp.gazetteer import entries

    entry = entries().get(f.value.get("gazetteer_id") or "")
    if entry is not None and entry.kind in kinds:
        return True
    name = f" {f.name.lower()} "
    return "exchange" in kinds and any(f" {w} " in name for w in words(LEX_FACTS, "exchange_words"))


def _locative(span: Span) -> bool:
    """'à Hanoï', 'in Seoul', 'a Tokyo-based firm': where something happens, not who does it."""
    doc = span.doc
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc_text(doc)[span.end_char:span.end_char + 8].lower()
    return prev in words("lexicon/facts.yaml", "locative_preps") or after.startswith(
        ("-based", "‑based", "-basée", "-basé"))


@path
def opening(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The entity the sentence opens with ('UCloud, une société cotée ..., a gagné 20 %'), or
    the clause: '..., tandis que Quanta Computer, autre assembleur, a reculé de 0,8 %'."""
    view = a.view
    doc = view.doc
    start = a.sent.start
    connectors = words("lexicon/facts.yaml", "clause_connectors", a.lang)
    for t in doc[a.sent.start:a.tokens[0].i]:
        two = f"{t.lower_} {t.nbor(1).lower_}" if t.i + 1 < len(doc) else t.lower_
        if t.text == ";" or t.lower_ in connectors or two in connectors:
            start = t.i + (2 if two in connectors else 1)
    for s, g in view.entities_in(start, a.tokens[0].i, types):
        if all(t.pos_ in ("DET", "PUNCT") or t.lower_ in connectors for t in doc[start:s.start]):
            return [Found(g, list(s), p.weight)]
        break
    return []


@path
def relative_partner(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'Alibaba Cloud, avec qui elle a signé un accord', 'Telstra, with which it signed a deal':
    the name a relative 'avec qui' or 'with which' refers back to."""
    view = a.view
    doc = view.doc
    cues = words("lexicon/facts.yaml", "partner_relatives", a.lang)
    for t in doc[a.sent.start:a.tokens[0].i]:
        two = f"{t.lower_} {t.nbor(1).lower_}" if t.i + 1 < len(doc) else ""
        if two not in cues:
            continue
        end = t.i - 1 if t.i > 0 and doc[t.i - 1].text == "," else t.i
        for s, g in view.entities_in(a.sent.start, end, types):
            if s.end == end:
                return [Found(g, list(s), p.weight)]
    return []


@path
def previous(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The subject of the sentence before, in the same paragraph ('Orvane ... Elle a ...')."""
    g = previous_subject(a, types)
    return [Found(g, [], p.weight)] if g is not None else []


@path
def funded(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'X a levé 20 millions ... L'opération la valorise à 120 millions': the company a funding
    stated in this sentence or the two before (in the same paragraph) went to."""
    last = a.view.last_funded
    if last is None or last[0].get("type") not in types:
        return []
    g, at = last
    idx = a.view.sentence_index(a.sent)
    if not 0 <= idx - at <= 2 or "\n\n" in a.view.text[a.view.sentences[at].start_char:a.sent.start_char]:
        return []
    return [Found(g, [], p.weight)]


@path
def national_measure(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'30 % des entreprises vietnamiennes devront utiliser ...', 'half of Thai companies':
    what a figure counts is a country's companies, people or market taken together, so the
    figure is the country's (a share, not a count: '100 Japanese companies' may be anyone's)."""
    values = a.filled.get("value") or []
    if not values or not isinstance(values[0].value, Quantity) or values[0].value.kind != "percent":
        return []
    for f in a.filled.get(str(p.options.get("of", "measure"))) or []:
        for t in f.tokens[:4]:
            g = a.view.national(t) if t.pos_ == "NOUN" else None
            if g is not None and g["type"] in types:
                return [Found(g, [t], p.weight)]
    return []


@path
def value_owner(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'X prévoit que Velmora progressera de 40 %', 'expects revenue of Y to ...': the subject of
    the clause the figure stands in, when that clause is not the trigger's own."""
    found = a.filled.get(str(p.options.get("of", "value")))
    if not found:
        return []
    tok = found[0].tokens[-1] if found[0].tokens else None
    verb = tok
    for _ in range(6):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb in a.tokens:
        return []
    for _ in range(3):  # "Nvidia's share is expected to fall to 54%": up the infinitives
        kinds = SUBJECTS + PASSIVE_SUBJECTS if verb not in a.tokens else PASSIVE_SUBJECTS
        for child in verb.children:
            if child.dep_ in kinds:
                got = _entities(a.view, child, types, p.weight)
                if got:
                    return got[:1]
                holder = next((c for c in child.children if c.dep_ in ("nmod", "poss", "nmod:poss")), None)
                if holder is not None:  # 'ses revenus', 'the company's revenue'
                    got = _entities(a.view, holder, types, p.weight * 0.9)
                    if got:
                        return got[:1]
                # 'the number of AI-related jobs on the island to reach ...': the noun that
                # stands for a place or a company in the subject's words
                for t in child.subtree:
                    g = a.view.coref(t) if t.pos_ == "NOUN" and t.i != child.i else None
                    if g is None and t.pos_ == "NOUN" and "place" in types:
                        g = a.view.national(t)  # '25% of Thai manufacturers', 'le marché coréen'
                    if g is not None and g["type"] in types:
                        return [Found(g, [t], p.weight * 0.8)]
        if verb.dep_ != "xcomp" or any(c.dep_ in kinds for c in verb.children):
            break
        verb = verb.head
    return []


@path
def ranked(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'lift Chile into the world's top ten', 'hisser le Chili parmi les dix premiers pays',
    'make Chile one of the top five AI economies': a rank is the object's the verb puts there,
    not its subject's (the minister who aims at it)."""
    found = a.filled.get(str(p.options.get("of", "value")))
    tok = quantity_token(a.view, found[0].value) if found and isinstance(found[0].value, Quantity) else None
    if tok is None or not is_rank(a.view, tok):
        return []
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return []
    for child in node.children:
        if child.dep_ in OBJECTS and child.i < tok.i:
            got = _entities(a.view, child, types, p.weight)
            if got:
                return got[:1]
    return []


@path
def main(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The entity of the accepted types the article names most: what it is about."""
    g = a.view.main_entity(types)
    return [Found(g, [], p.weight)] if g is not None else []


@path
def possessor(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """"X's launch", 'sa levée' (its antecedent), 'la levée de X' for a noun trigger."""
    view = a.view
    for child in a.head.children:
        if child.dep_ in ("poss", "nmod:poss"):
            g = view.entity_in_subtree(child, types) or view.coref(child)
            if g is None and child.lower_ in ("son", "sa", "ses", "its", "their", "leur", "leurs"):
                g = previous_subject(a, types)
            if g is not None and g["type"] in types:
                return [Found(g, [child], p.weight)]
    if a.head.pos_ == "NOUN" and p.options.get("of_phrase"):
        # 'l'objectif de X', 'the goal of X': a name right after 'de'/'of' (option `of_phrase`)
        for child in a.head.children:
            obj: Token | None
            if not a.head.i < child.i <= a.head.i + 4:
                continue
            if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du")
                                            for c in child.children):
                obj = child
            elif child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            else:
                continue
            if obj is None:
                continue
            g = view.by_token.get(obj.i)
            if g is not None and g["type"] in types:
                return [Found(g, [obj], p.weight)]
    return []


@path
def owner_of(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """"Moonshot AI's Kimi K2, released in July", 'son modèle X', 'its new chip, the X': whose
    the thing of role `of` is, as its possessor says (a possessive word stands for its
    antecedent, unless the option `named` asks for a name)."""
    view = a.view
    of = a.filled.get(str(p.options.get("of", "product")))
    if not of or not of[0].tokens:
        return []
    toks = of[0].tokens
    ids = {t.i for t in toks}
    holders = [*toks]
    root = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])
    if root.dep_ in ("appos", "compound", "nmod", "flat", "flat:name") and root.head.pos_ == "NOUN":
        holders.append(root.head)  # 'son modèle X', 'its V3 model'
    for h in holders:
        for child in h.children:
            if child.i in ids:
                continue
            possessive = child.lower_ in ("son", "sa", "ses", "leur", "leurs", "its", "their")
            if child.dep_ in ("poss", "nmod:poss") or possessive:
                g = view.entity_in_subtree(child, types)
                if g is None and not p.options.get("named"):
                    g = view.coref(child)
                if g is not None and g["type"] in types:
                    return [Found(g, [child], p.weight)]
    return []


# ---------------------------------------------------------------------------------------------
# Quantities and phrases


@path
def quantity(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """A figure of a kind (option `kind`: money, percent, number) linked to the trigger: the
    trigger governs it within a few steps of the parse, or stands right before it ('en hausse
    de 3 %', 'a gain of 20%'), or right after it ('4.5% higher'). Figures already used by
    another fact, restating another in parentheses, or after a word of `not_after` are left;
    so are figures outside `min` and `max`."""
    view = a.view
    kinds = p.options.get("kind", "number")
    kinds = tuple(kinds) if isinstance(kinds, list) else (str(kinds),)
    after_role = p.options.get("after")
    start_char = a.head.idx
    if after_role and a.filled.get(after_role):
        start_char = max(t.idx for f in a.filled[after_role] for t in f.tokens)
    not_after = p.words("not_after", a.lang)
    ends = sorted(x.end for x in view.quantities_in(a.sent))
    most = float(p.options.get("max", float("inf")))
    least = float(p.options.get("min", 0))
    measures = words("lexicon/facts.yaml", str(p.options["not_measuring"]), a.lang) \
        if p.options.get("not_measuring") else frozenset()
    if measures and _measures_other(a, measures):
        return []
    out: list[tuple[int, Found]] = []
    for q in view.quantities_in(a.sent):
        if q.kind not in kinds or q.start in view.used_quantities or _restated(view, q) or baseline(view, q) \
                or counts_sources(view, q):
            continue
        if (after_role and q.start < start_char) or not least <= abs(q.value) <= most \
                or _duration(view, q):
            continue
        if p.options.get("after_trigger") and q.start < a.head.idx:
            continue
        tok = quantity_token(view, q)
        if tok is None:
            continue
        if not_after:  # the words since the previous figure: 'price target on X to $75'
            since = max([a.sent.start_char, q.start - 80, *(e for e in ends if e <= q.start)])
            if any(w in view.text[since:q.start].lower() for w in not_after):
                continue
        if measures:
            phrase = measure_phrase(view, q, tok)[1]
            if phrase and (phrase[0].lower_ in measures or phrase[0].lemma_.lower() in measures):
                continue  # 'revenue up 24 %': a change of a business figure
        if p.options.get("adjacent") is not None:  # 'les trois premiers', 'top 15'
            if view.text[q.end:q.end + 1].isalpha() or (
                    view.text[q.end:q.end + 1] in "-‑" and view.text[q.end + 1:q.end + 2].isalpha()):
                continue  # 'the first 60MW building', 'the first 40-megawatt phase': a measure
            near = min(abs(tok.i - t.i) for t in a.tokens)
            between = view.doc[min(tok.i, a.head.i) + 1:max(tok.i, a.head.i)]
            if near > int(p.options["adjacent"]) or any(t.pos_ in ("ADP", "NOUN") for t in between):
                continue
        distance = _link(a, tok, q, bool(after_role), int(p.options.get("reach", 5)))
        if distance is None or _in_relative_clause(a, tok):
            continue
        if tok.i > a.head.i and any(g["type"] in ("organization", "person") for _s, g in
                                    view.entities_in(a.head.i + 1, tok.i, ("organization", "person"))):
            distance += 2  # 'X subscribed for $120m, Y for $80m': a sum after another name is its
        span = view.doc.char_span(q.start, q.end, alignment_mode="expand")
        out.append((distance, Found(q, list(span) if span is not None else [tok], p.weight)))
    out.sort(key=lambda x: x[0])
    return [f for _d, f in out[:1]]


def _in_relative_clause(a: Anchor, tok: Token) -> bool:
    """'des engagements de Google, qui investira 2 milliards de dollars': a figure inside a
    relative clause the trigger is not part of belongs to that clause's verb."""
    triggers = {t.i for t in a.tokens}
    head = tok
    for _ in range(8):
        if head.i in triggers or head.head.i == head.i:
            return False
        head = head.head
        relative = head.dep_ in ("acl:relcl", "relcl") or any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in RELATIVES for c in head.children)
        if relative and head.pos_ in ("VERB", "AUX"):  # 'qui investira' read as advcl too
            return not any(t.i in triggers for t in head.subtree)
    return False


def _duration(view: DocView, q: Quantity) -> bool:
    """'en trois ans', 'over the next ten years': a length of time, not a figure."""
    after = view.text[q.end:q.end + 20].lower().split()
    return q.kind == "number" and bool(after) and after[0].strip(".,;") in words(
        "lexicon/facts.yaml", "time_units")


def _measures_other(a: Anchor, measures: frozenset[str]) -> bool:
    """Whether the trigger speaks of a business figure: its subject is one ('le chiffre
    d'affaires a progressé', 'revenue rose'), or one stands just before it ('un chiffre
    d'affaires de 2,9 milliards, soit une hausse de ...')."""
    lowers, lemmas = a.view.words()
    subjects = [c for c in a.head.children if c.dep_ in SUBJECTS + PASSIVE_SUBJECTS]
    if any(lowers[c.i] in measures or lemmas[c.i] in measures for c in subjects):
        return True
    if any(c.i in a.view.by_token for c in subjects):
        return False  # 'Seule grande valeur à reculer, X a chuté de 7 %': X's own move
    # 'a 40% rise in net profit', 'une hausse de 40 % du bénéfice': what the noun changes
    for c in a.head.children:
        inner = [c] + [g for g in c.children if g.dep_ in ("pobj", "obj", "nmod")]
        if c.dep_ in ("prep", "nmod", "obl") and any(
                t.pos_ == "NOUN" and (lowers[t.i] in measures or lemmas[t.i] in measures) for t in inner
                if t.i > a.head.i):
            return True
    start = max(a.sent.start, a.tokens[0].i - 14)
    market = words("lexicon/facts.yaml", "market_words", a.lang)  # 'les petites valeurs': stocks
    return any((lowers[i] in measures or lemmas[i] in measures) and lowers[i] not in market
               for i in range(start, a.tokens[0].i) if a.view.doc[i].text not in BREAK)


def _link(a: Anchor, tok: Token, q: Quantity, loose: bool, reach: int = 5) -> int | None:
    """How closely a figure hangs on the trigger (lower is closer), None when it does not."""
    triggers = {t.i for t in a.tokens}
    head: Token = tok
    for step in range(1, reach + 1):
        if head.head.i == head.i:
            break
        head = head.head
        if head.i in triggers:
            return step
    gap = min(abs(tok.i - t.i) for t in a.tokens)
    if gap <= 5 and not any(a.view.doc[i].text in BREAK or a.view.doc[i].text == ","
                            for i in range(min(tok.i, a.head.i) + 1, max(tok.i, a.head.i))):
        return 5 + gap
    if loose and 0 < q.start - a.head.idx < 200:
        return 10 + gap
    return None


def _restated(view: DocView, q: Quantity) -> bool:
    """'320 dollars de Singapour (237 $)', '20 milliards de yens, soit environ 135 millions de
    dollars', '¥20bn, or about $135m': the second amount restates the one before."""
    return restates(view, q, view.quantities)


@path
def measure(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """What the figure of role `of` counts ('700 entreprises' -> 'entreprises')."""
    of = a.filled.get(str(p.options.get("of", "value")))
    if not of:
        return []
    q = of[0].value
    tok = quantity_token(a.view, q)
    if tok is None:
        return []
    text, toks = measure_phrase(a.view, q, tok)
    if any(t in a.tokens for t in toks):  # 'un chiffre d'affaires de 57 milliards ... et table
        text, toks = None, []  # sur 65 milliards': what the figure before of its kind measures
        for prev in reversed([x for x in a.view.quantities_in(a.sent) if x.end <= q.start and x.kind == q.kind]):
            ptok = quantity_token(a.view, prev)
            if ptok is not None:
                text, toks = measure_phrase(a.view, prev, ptok)
                break
    if not text:  # '... 140 ingénieurs et prévoit d'en embaucher 60': what 'en' stands for
        from veille.facts.quantities import clitic_measure

        text = clitic_measure(a.view, a.sent, q, tok)
    text = ranked_measure(a.view, tok, text)
    return [Found(text, toks, p.weight)] if text else []


@path
def trigger_word(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The trigger itself as the role's words ('valorisation', 'market value')."""
    return [Found(words_text(a.tokens), a.tokens, p.weight)]


@path
def phrase_after(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The words of the trigger's noun phrase, up to a comma or bracket, at most `max` words
    ('accord de coopération stratégique dans l'IA')."""
    head = a.head
    if head.pos_ not in ("NOUN", "PROPN"):
        obj = next((c for c in head.children if c.dep_ in OBJECTS), None)
        if obj is None:
            return []
        head = obj
    after = [t for t in head.subtree if t.i >= a.tokens[0].i]
    stop = next((k for k, t in enumerate(after) if t.text in (",", ";", "(", ":", "—", ".")), len(after))
    phrase = [t for t in after[:stop] if not t.is_punct][:int(p.options.get("max", 8))]
    return [Found(words_text(phrase), phrase, p.weight)] if phrase else []


@path
def demonyms(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """Countries given by adjectives in the trigger's neighbourhood ('entre entreprises
    vietnamiennes et sud-coréennes', 'a South Korean partner'), by name in the document's
    language; an adjective just before a company's name is its nationality ('l'émirati G42'),
    not a party."""
    region = a.region(limit=int(p.options.get("within", 20)))
    texts = [t.text for t in region]
    out: list[Found] = []
    named = {world.country(g["name"]) for _s, g in a.view.entities_in(a.sent.start, a.sent.end, ("place",))}
    for start, end, country in world.find_demonyms(texts, a.lang):
        if end < len(region) and (a.view.by_token.get(region[end].i, {}).get("type") == "organization"
                                  or region[end].is_title and region[end].i != a.sent.start):
            continue  # 'le britannique Arm', 'the Dutch ASML': the company's nationality
        if country in named:
            continue  # 'L'Australie ... start-up australiennes': the country is named already
        name = country.name(a.lang)
        if all(f.name != name for f in out):
            out.append(Found(name, region[start:end], p.weight))
    return out


@path
def country_pair(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'entre les deux pays', 'both countries': the two countries the article names most."""
    cues = words("lexicon/facts.yaml", "country_pair_cues", a.lang)
    text = " ".join(t.lower_ for t in a.region(limit=int(p.options.get("within", 15))))
    if not any(c in text for c in cues):
        return []
    return [Found(g, [], p.weight) for g in main_countries(a.view)]


def main_countries(view: DocView) -> list[dict[str, Any]]:
    """The two countries the article names most often (a gazetteer country counts double)."""
    from veille.nlp.gazetteer import entries

    table = entries()
    counts: dict[str, int] = {}
    groups: dict[str, dict[str, Any]] = {}
    for _span, g in view.spans:
        entry = table.get(g.get("gazetteer_id") or "")
        if g["type"] == "place" and (entry is None or entry.kind == "country"):
            counts[g["key"]] = counts.get(g["key"], 0) + (2 if entry is not None else 1)
            groups[g["key"]] = g
    top = sorted(counts, key=lambda k: -counts[k])[:2]
    return [groups[k] for k in top] if len(top) == 2 else []


@path
def purpose(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'pour financer ses centres de calcul', 'afin de recruter', 'to build data centres': what
    the money is for, an infinitive after the trigger, up to a comma."""
    doc = a.view.doc
    cues = words("lexicon/facts.yaml", "purpose_cues", a.lang)
    region = a.region(after_only=True, limit=30)
    for k, t in enumerate(region[:-1]):
        nxt = region[k + 1]
        if t.lower_ == "afin" and k + 2 < len(region):
            nxt = region[k + 2]
        if t.lower_ in cues and nxt.pos_ in ("VERB", "AUX"):
            span = [w for w in doc[nxt.i:min(nxt.i + 8, a.sent.end)]]
            stop = next((n for n, w in enumerate(span) if w.text in (",", ".", ";", "(")), len(span))
            if span[:stop]:
                return [Found(words_text(span[:stop]), [t, *span[:stop]], p.weight)]
    return []


@path
def deadline(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The horizon of a goal: 'd'ici 2030', 'by 2027', 'fin 2026', 'next year', a later year
    than the article's; the nearest after the trigger, else before it."""
    found = a.view.deadlines(a.sent, this_year=bool(p.options.get("this_year", True)))
    if not found:
        return []
    after = [d for d in found if d.start >= a.head.idx]
    d = after[0] if after else found[-1]
    values = a.filled.get("value") or []
    value = values[0] if values else None
    if value is not None and isinstance(value.value, Quantity):
        # '... vise 100 milliards en 2028 et veut réaliser la moitié de ses ventes d'ici 2029':
        # the horizon said after the figure, before any other figure, is the figure's own
        q = value.value
        own = [x for x in found if x.start >= q.end and not any(
            q.end <= o.start and o.end <= x.start for o in a.view.quantities if o is not q)]
        later = [x for x in found if x.start >= q.end]
        if own:
            d = own[0]
        elif later and d.end <= q.start and any(
                (d.end <= o.start and o.end <= q.start) or (a.head.idx <= o.start and o.end <= d.start)
                for o in a.view.quantities if o is not q):
            # '480 petaflops by the end of 2027, and 1,200 petaflops and 10,000 GPUs by 2029':
            # past a horizon already said of other figures, a figure's own is the next one
            # after it (not 'to double next year to ₩540 billion, from ₩280 billion in 2026')
            d = later[0]
    span = a.view.doc.char_span(d.start, d.end, alignment_mode="expand")
    return [Found(int(d.value[:4]), list(span) if span is not None else [], p.weight)]


@path
def full_year(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'For the full year, X expects ...', 'pour l'ensemble de l'exercice': the article's year
    (a figure a company foresees for the year it is in; the words of `full_year_cues`)."""
    text = a.view.sentence_text(a.sent).lower().replace("’", "'")
    day = a.view.default_date or ""
    year = day[:4]
    if not year.isdigit() or not any(cue in text for cue in words(LEX_FACTS, "full_year_cues", a.lang)):
        return []
    end = _fiscal_year_end(a.view)
    if end is not None and len(day) >= 7 and day[5:7].isdigit() and int(day[5:7]) > end:
        return [Found(int(year) + 1, [], p.weight)]  # the year the fiscal year in course ends
    return [Found(int(year), [], p.weight)]


def _fiscal_year_end(view: DocView) -> int | None:
    """The month a company's fiscal years end in, when the article says it anywhere ('the
    fiscal year ending March 2029', "l'exercice clos fin mars"): a full fiscal year foreseen
    after that month ends the next calendar year."""
    from veille.normalize._date_lexicon import date_lexicon

    months = date_lexicon(view.lang).months
    low = doc_text(view.doc).lower()
    cue = re.compile(r"(?:fiscal year|financial year|exercice(?: fiscal)?)\s+(?:ending|ended|ends|that ends|"
                     r"clos|closing|qui s'achève|se terminant)\s+(?:on\s+|in\s+|fin\s+|en\s+|le\s+\d{1,2}\s+|"
                     r"\d{1,2}\s+)?([a-zéû]+)")
    for m in cue.finditer(low):
        month = months.get(m.group(1))
        if month:
            return int(month)
    return None


def _whose(a: Anchor, noun: Token) -> bool:
    """'l'objectif du gouvernement', 'the goal of the group': a noun after 'de'/'of' that stands
    for someone is whose goal it is, not what it is."""
    if not any(c.dep_ in ("case", "prep") and c.lower_ in ("de", "du", "des", "d'", "d’", "of")
               for c in noun.children) and not (noun.head.dep_ == "prep" and noun.head.lower_ == "of"):
        return False
    table = load_data(LEX_FACTS)["coreference"]
    return noun.i in a.view.by_token or any(
        noun.lower_ in table[kind] for kind in ("organization", "country", "government", "state"))


@path
def goal_object(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """What a goal is, when it has no figure: the verb phrase or noun the trigger governs
    ('vise l'équilibre', 'compte doubler la capacité', 'plans to start shipping', 'wants X to
    list')."""
    head = a.head
    target = next((c for c in head.children if c.dep_ in ("xcomp", "ccomp")), None)
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if target is None and head.pos_ == "NOUN" and nxt is not None and nxt.pos_ == "VERB" \
            and "Inf" in nxt.morph.get("VerbForm", []):
        target = nxt  # 'La start-up compte ouvrir un bureau', 'compte' read as a noun
    if target is None and head.pos_ == "NOUN" and head.dep_.startswith("nsubj") \
            and head.head.pos_ in ("NOUN", "VERB") and head.head.i > head.i \
            and any(c.dep_ == "cop" for c in head.head.children):
        target = head.head  # "l'objectif est le retour à l'équilibre"
    if target is None and head.pos_ == "NOUN" and head.dep_ == "nsubj" and head.head.lemma_ == "be":
        target = next((c for c in head.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        # 'the goal is a return to profit'
    if target is None:
        target = next((c for c in head.children if c.dep_ in OBJECTS + ("nmod", "obl")
                       and c.i > head.i and c.pos_ in ("NOUN", "VERB")
                       and not (head.pos_ == "NOUN" and _whose(a, c))), None)
    if target is None:
        return []
    words_ = [target]
    if target.pos_ in ("VERB", "AUX"):
        # 'break even', 'go live', 'start shipping', 'begin offering X'
        words_ += [c for c in target.children if c.dep_ in ("prt", "compound:prt")]
        nxt = target.nbor(1) if target.i + 1 < len(target.doc) else None
        if nxt is not None and nxt.pos_ in ("ADV", "ADJ") and nxt.is_lower:
            words_.append(nxt)  # 'break even' (the parser hangs 'even' elsewhere)
        further = next((c for c in target.children if c.dep_ == "xcomp" and c.i > target.i
                        and c.pos_ == "VERB"), None)
        if further is not None and not any(c.dep_ in OBJECTS and c.i > target.i
                                           for c in target.children):
            words_.append(further)
            target = further
        obj = next((c for c in target.children if c.dep_ in OBJECTS and c.i > target.i), None)
        if obj is not None:
            words_ += [t for t in obj.subtree if t.i <= obj.i + 3 and not t.is_punct]
    else:
        # 'une introduction boursière', 'an initial public offering'
        words_ += [t for t in target.children if t.dep_ in ("amod", "compound") and (
            t.i > target.i or a.lang == "en") and t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")]
        # 'un retour à l'équilibre budgétaire': what the noun is of
        of = next((c for c in target.children if c.dep_ in ("nmod", "prep") and c.i > target.i
                   and c.i <= target.i + 3), None)
        if of is not None:
            words_ += [t for t in of.subtree if t.i <= of.i + 2 and not t.is_punct]
    words_ = sorted({t.i: t for t in words_ if t.i not in a.view.by_token or t.i == target.i}.values(),
                    key=lambda t: t.i)
    dates = a.view.dates
    words_ = [t for t in words_ if not any(d.start <= t.idx < d.end for d in dates)]
    while words_ and words_[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PUNCT") \
            and words_[-1].i != target.i:
        words_.pop()  # "l'équilibre financier en (2027)": the date's preposition
    if any(t.i in a.view.quantity_tokens for t in words_):
        return []  # 'promised to invest $5bn': the money is a funding, the figure its own fact
    return [Found(_join(words_), words_, p.weight)] if words_ else []


def _join(tokens: list[Token]) -> str:
    """Words that need not follow each other, each run as written."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return " ".join(words_text(r) for r in runs)


@path
def according_to(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'selon X', 'according to X', 'X estime que', 'X expects': who says so."""
    cues = words("lexicon/facts.yaml", "according_to", a.lang)
    view = a.view
    lowers = [t.lower_ for t in a.sent]
    for cue in cues:
        parts = cue.replace("’", "'").split()
        for k in range(len(lowers) - len(parts) + 1):
            if [w.replace("’", "'") for w in lowers[k:k + len(parts)]] == parts:
                start = a.sent.start + k + len(parts)
                named = view.entities_in(start, min(a.sent.end, start + 6), ("organization", "person"))
                if named:
                    return [Found(named[0][1], list(named[0][0]), p.weight)]
    return []


@path
def rank_measure(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """'les trois premières puissances de l'IA' -> 'classement puissances': a rank among
    the things the noun after the trigger names."""
    doc = a.view.doc
    for t in doc[a.tokens[-1].i + 1:min(a.sent.end, a.tokens[-1].i + 4)]:
        if t.pos_ in ("NOUN", "PROPN") and t.i not in a.view.quantity_tokens:
            if t.lower_ in words(LEX_FACTS, "time_units"):
                return []  # 'les neuf premiers mois de 2026', 'the first six months': a period
            word = {"fr": "classement", "en": "rank"}[a.lang]
            return [Found(f"{word} {t.text}", [t], p.weight)]
    return []


@path
def role(a: Anchor, p: Path, types: tuple[str, ...]) -> list[Found]:
    """The value another role of the fact already has (option `of`)."""
    found = a.filled.get(str(p.options.get("of", "")))
    return [Found(f.value, f.tokens, f.weight * p.weight) for f in found or []]


@lru_cache(maxsize=65536)
def word_sign(lemma: str, text: str, lang: str) -> int:
    """+1 for a word of rising, -1 for one of falling, 0 otherwise (by lemma, else form)."""
    return percent_change_sign(lemma, lang) or percent_change_sign(text, lang)
