"""One generic extractor: finds each frame's triggers in a sentence, walks the parse from them to
fill the roles (``veille.facts.paths``), applies the schema's constraints and records which
frame fired and how confident it is."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from veille.facts.common import clause_bounds, fact, money, value_args, with_high_end
from veille.facts.frames import Frame, RoleSpec, Triggers, frames
from veille.facts.paths import (
    PATH_FUNCTIONS,
    Anchor,
    Found,
    conjoined_figures,
    listed_with,
    rejected,
    word_sign,
)
from veille.facts.view import LEX, DocView, entity_kind, has_cue
from veille.nlp.lexicon import words
from veille.normalize import Quantity
from veille.schema import FactType, Role, schema

FAR = 30  # words: evidence longer than this is less trusted


def sentence_facts(view: DocView, sent: Span) -> list[dict[str, Any]]:
    """The facts every frame of the document's language states in one sentence."""
    out: list[dict[str, Any]] = []
    found = _document_triggers(view)
    first = bisect_left(found, (sent.start,))
    here = []
    for k in range(first, len(found)):
        if found[k][0] >= sent.end:
            break
        here.append(found[k])
    if not here:
        return out
    table = frames(view.lang)
    kinds = {q.kind for q in view.quantities_in(sent) if q.start not in view.used_quantities}
    for order in sorted({h[3] for h in here}):  # frames in their order, triggers in the text's
        frame = table[order]
        needed = _figures_needed(frame)
        if needed and not needed & kinds:
            continue  # 'lever' in a sentence with no amount: no funding to find
        if frame.context and not _in_context(view, sent, frame):
            continue
        spec = frame.triggers[view.lang]
        for start, n, head, _order, sign in here:
            if _order != order or start + n > sent.end:
                continue
            toks = [view.doc[j] for j in range(start, start + n)]
            if _ok(view, frame, spec, view.doc[head], toks):
                for made in build(Anchor(view, frame, sent, view.doc[head], toks, sign=sign)):
                    out.extend(with_high_end(made))
                for other in _coordinated_complements(frame, view.doc[head]):
                    for made in build(Anchor(view, frame, sent, other, [other], sign=sign)):
                        out.extend(with_high_end(made))
    return _best(out)


def _coordinated_complements(frame: Frame, head: Token) -> list[Token]:
    """'veut porter ses effectifs à 250 personnes d'ici 2027 et ouvrir un bureau à Madrid l'an
    prochain', 'plans to hire 500 people and to open offices in Dubai in 2026': the verbs
    coordinated with the one an intent governs are intents of their own, read from them."""
    if "xcomp" not in frame.governs or head.pos_ != "VERB":
        return []
    governed = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if governed is None:
        return []
    out = []
    for c in governed.subtree:  # (the parse may hang it on a word of the first: '... à la fin
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i <= governed.i:  # de 2027 et ouvrir')
            continue
        if not ("Inf" in c.morph.get("VerbForm", []) or c.tag_ == "VB") \
                or any(x.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for x in c.children):
            continue
        up = c.head
        while up.i != governed.i and up.pos_ not in ("VERB", "AUX"):
            up = up.head
        if up.i == governed.i:  # not the conjunct of another verb on the way
            out.append(c)
    return out


_NEEDED: dict[int, frozenset[str]] = {}


def _figures_needed(frame: Frame) -> frozenset[str]:
    """The kinds of figure a frame cannot do without: those of a role it requires that only
    figures fill (a funding's amount: money). Empty when it needs none."""
    if id(frame) in _NEEDED:
        return _NEEDED[id(frame)]
    required = set(schema()[frame.type].required) | set(frame.requires)
    kinds: set[str] = set()
    for spec in frame.roles:
        if spec.name not in required:
            continue
        if not spec.paths or any(p.name != "quantity" for p in spec.paths):
            continue
        for p in spec.paths:
            k = p.options.get("kind", "number")
            kinds.update(k if isinstance(k, list) else [k])
    _NEEDED[id(frame)] = frozenset(kinds)
    return _NEEDED[id(frame)]


def preload(lang: str) -> None:
    """Read a language's frames and build their trigger index."""
    for frame in frames(lang):
        _figures_needed(frame)
    _index(lang)


def _in_context(view: DocView, sent: Span, frame: Frame) -> bool:
    """Whether the sentence, or one of the `context_window` sentences before it, holds a word
    of the frame's context lists (a market report names shares once for several moves)."""
    idx = view.sentence_index(sent)
    first = view.sentences[max(idx - frame.context_window, 0)].start
    for key in frame.context:
        hits = view.cue_positions(key)
        k = bisect_left(hits, first)
        if k < len(hits) and hits[k] < sent.end:
            return True
    # a stock index named in the sentence ('Japan's Nikkei 225 gained 0.9%') is the market itself
    return "stock_cues" in frame.context and any(
        entity_kind(g) == "index" for _s, g in view.entities_in(sent.start, sent.end, ("organization", "product")))


@dataclass(frozen=True)
class _TriggerIndex:
    """A language's trigger words of every frame, for one pass over a document."""

    words: dict[str, tuple[int, ...]]  # form or lemma -> frames (by order)
    phrases: dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # first word -> (phrase, frame)
    change: tuple[int, ...]  # frames triggered by the rise and fall words


@cache
def _index(lang: str) -> _TriggerIndex:
    words_: dict[str, list[int]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    change: list[int] = []
    for order, frame in enumerate(frames(lang)):
        spec = frame.triggers[lang]
        if spec.lexicon == "change":
            change.append(order)
        for w in spec.lemmas:
            words_.setdefault(w, []).append(order)
        for parts in spec.phrases:
            phrases.setdefault(parts[0], []).append((parts, order))
    return _TriggerIndex({w: tuple(o) for w, o in words_.items()},
                         {w: tuple(p) for w, p in phrases.items()}, tuple(change))


def _document_triggers(view: DocView) -> list[tuple[int, int, int, int, int]]:
    """Every place of the document where a frame's words stand, found in one pass and once
    per document: (first word, number of words, head word, frame, sign of a change word)."""
    cached = view.trigger_cache.get("all")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    index = _index(view.lang)
    lowers, lemmas = view.words()
    doc = view.doc
    out: list[tuple[int, int, int, int, int]] = []
    taken: dict[int, set[int]] = {}  # frame -> words inside one of its phrases
    for i, (low, lemma) in enumerate(zip(lowers, lemmas, strict=True)):
        if low not in index.phrases and lemma not in index.phrases:
            continue  # most words begin no phrase
        for key in {low, lemma}:
            for parts, order in index.phrases.get(key, ()):
                n = len(parts)
                if tuple(lemmas[i:i + n]) == parts or tuple(lowers[i:i + n]) == parts:
                    head = next((j for j in range(i, i + n) if doc[j].head.i < i
                                 or doc[j].head.i >= i + n or doc[j].head.i == j), i)
                    out.append((i, n, head, order, 0))
                    taken.setdefault(order, set()).update(range(i, i + n))
    single = index.words
    for i in [i for i, (low, lemma) in enumerate(zip(lowers, lemmas, strict=True))
              if low in single or lemma in single]:  # (most words trigger nothing)
        orders = set(single.get(lowers[i], ())) | set(single.get(lemmas[i], ()))
        for order in orders:
            if i not in taken.get(order, ()):
                out.append((i, 1, i, order, 0))
    if index.change:
        pairs = list(zip(lemmas, lowers, strict=True))
        lang = view.lang
        # each distinct word's sign read once, then the places of the words that have one
        signs = {pair: sign for pair in set(pairs) if (sign := word_sign(pair[0], pair[1], lang))}
        if signs:
            for i in [i for i, pair in enumerate(pairs) if pair in signs]:
                sign = signs[pairs[i]]
                out += [(i, 1, i, order, sign) for order in index.change
                        if i not in taken.get(order, ())]
    out = sorted(set(out))
    view.trigger_cache["all"] = out
    return out


def _inside_a_capitalised_name(tok: Token) -> bool:
    """A capitalised word between two capitalised words, in a sentence written in lower case
    (not a headline's 'X Signs Deal With Y'), is part of a name."""
    doc = tok.doc
    if not tok.is_title or tok.i == 0 or tok.i + 1 >= len(doc) \
            or not (doc[tok.i - 1].is_title and doc[tok.i + 1].is_title) or tok.is_sent_start:
        return False
    alpha = [t for t in doc[tok.sent.start:tok.sent.end] if t.is_alpha]
    return sum(t.is_lower for t in alpha) * 2 > len(alpha)


def _verb_read_as_noun(tok: Token) -> bool:
    """A verb the tagger read as a noun: a headline's root, or a word with a subject or an
    infinitive of its own ('le groupe, qui compte doubler sa capacité')."""
    return tok.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "xcomp") for c in tok.children) \
        or _infinitive_after(tok)


def _infinitive_after(tok: Token) -> bool:
    """'La start-up compte ouvrir un bureau', the parse hanging 'ouvrir' elsewhere: an
    infinitive right after the word."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ == "VERB" and "Inf" in nxt.morph.get("VerbForm", [])


def _ok(view: DocView, frame: Frame, spec: Triggers, head: Token, toks: list[Token]) -> bool:
    if any(t.i in view.by_token for t in toks):
        return False  # 'Launch Capital', 'Accord Group': a name, not the word
    if _inside_a_capitalised_name(head):
        return False  # 'au Queen Sirikit National Convention Center', a name the model missed
    if spec.pos and head.pos_ not in spec.pos and not (
            "VERB" in spec.pos and head.pos_ == "NOUN" and _verb_read_as_noun(head)):
        return False  # (a headline's verb the tagger read as a noun still counts)
    if frame.not_determined_by and any(
            c.lower_ in frame.not_determined_by for c in head.children if c.dep_ in ("det", "det:dem")):
        return False  # 'ces accords': stated before
    if frame.governed_by and not _governed(view, head, frame.governed_by.get(view.lang, frozenset())):
        return False  # 'une coopération' that nothing makes or signs states no agreement
    verb = head.pos_ == "VERB" or head.pos_ == "NOUN" and "NOUN" not in spec.pos
    if frame.governs and verb and not any(c.dep_ in frame.governs for c in head.children) \
            and not (head.pos_ == "NOUN" and _infinitive_after(head)
                     and {"xcomp", "ccomp"} & set(frame.governs)):
        return False  # 'compte 300 salariés' counts; 'compte recruter' intends
    if frame.reject_context:
        near = view.doc[max(head.i - 3, 0):min(head.i + 4, len(view.doc))]
        if any(has_cue(near, view.cue(c)) for c in frame.reject_context):
            return False  # 'objectif de cours': an analyst's price target
    return True


def _governed(view: DocView, head: Token, verbs: frozenset[str]) -> bool:
    """Whether a verb of the list governs the word (within two steps of the parse) or stands
    just before it."""
    lowers, lemmas = view.words()
    tok = head
    for _ in range(2):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if lowers[tok.i] in verbs or lemmas[tok.i] in verbs:
            return True
    return any(lowers[i] in verbs or lemmas[i] in verbs for i in range(max(0, head.i - 4), head.i))


def build(a: Anchor) -> list[dict[str, Any]]:
    """Fill a frame's roles from its trigger; a fact when the schema's required roles are (one
    for each entity of a role the frame lists under `each`)."""
    ftype = schema()[a.frame.type]
    if a.frame.not_collective and _collective_subject(a):
        return []
    required = {*ftype.required, *a.frame.requires}
    for k, spec in enumerate(a.frame.roles):
        if spec.name == "subject":
            with _without_forecaster(a) as hidden:
                # whose market or workforce a forecaster speaks of: a place ('the island')
                role = ftype.roles[spec.name]
                _fill(a, replace(role, accepts=("place",)) if hidden else role, spec)
            if hidden and a.filled.get(spec.name):
                # a forecast its source states is well stated, whoever's market it is
                a.filled[spec.name] = [replace(f, weight=max(f.weight, 0.85))
                                       for f in a.filled[spec.name]]
        if not a.filled.get(spec.name):  # nobody else: the forecast is its own
            _fill(a, ftype.roles[spec.name], spec)
        if spec.name in required and not a.filled.get(spec.name) \
                and all(later.name != spec.name for later in a.frame.roles[k + 1:]):
            return []  # a required role left empty: no fact, so the other roles need not be sought
    for first, second in a.frame.distinct:
        if a.filled.get(first) and a.filled.get(second) and \
                _same(a.filled[first][0], a.filled[second][0]):
            del a.filled[second]
    if any(not a.filled.get(r) for r in (*ftype.required, *a.frame.requires)):
        return []
    if a.frame.requires_one_of and not any(a.filled.get(r) for r in a.frame.requires_one_of):
        return []
    if any(len(a.filled.get(r) or []) < n for r, n in a.frame.min_found.items()):
        return []
    for each in a.frame.each:
        found = a.filled.get(each) or []
        if found:
            found = found + [f for f in listed_with(a.view, found[0], ftype.roles[each].accepts)
                             if all(f.value is not x.value for x in found)]
            found = found + conjoined_figures(a.view, found[0])
        if len(found) > 1:
            # the roles read from this one ('measure' of 'value') are read again for each
            dependent = [spec for spec in a.frame.roles if spec.name != each and any(
                p.options.get("of") == each for p in spec.paths)]
            out = []
            for f in found:
                a.filled[each] = [f]
                for spec in dependent:
                    a.filled.pop(spec.name, None)
                    _fill(a, ftype.roles[spec.name], spec)
                out.append(_record(a, ftype))
            return out
    pairs = _gapped(a, ftype)
    if not pairs:
        return [_record(a, ftype)]
    # the names of the pairs after the first are givers, not what another role found there
    # ('X apporte 30 millions, Y 20 millions': Y is not X's recipient)
    for name in [n for n, fs in a.filled.items() if n != "subject" and any(
            f.value is g for f in fs for g, _s, _q in pairs)]:
        del a.filled[name]
    out = [_record(a, ftype)]
    money_role = next(n for n, r in ftype.roles.items() if r.kind == "money" and a.filled.get(n))
    weight = a.filled["subject"][0].weight
    for g, span, q in pairs:
        a.filled["subject"] = [Found(g, list(span), weight)]
        a.filled[money_role] = [Found(q, [a.view.token_at(q.start) or span[-1]], weight)]
        out.append(_record(a, ftype))
    return out


_GAP_PREPS = frozenset({"for", "pour", "with", "avec", "of", "de", "d'", "d’", "à"})
_GAP_SEPS = frozenset({",", ";", "and", "et", "while", "tandis"})


def _gapped(a: Anchor, ftype: FactType) -> list[tuple[dict[str, Any], Span, Quantity]]:
    """'Temasek subscribed for US$120 million, the Hong Kong Investment Corporation for US$80
    million and Alibaba for US$50 million', 'X apporte 30 millions, Y 20 millions': the verb
    left out after the first pair of a subject and a sum holds for each pair after it: those
    pairs, in order."""
    view, sent, doc = a.view, a.sent, a.view.doc
    subj = a.filled.get("subject")
    money_role = next((n for n, r in ftype.roles.items() if r.kind == "money" and a.filled.get(n)), None)
    if not subj or money_role is None or not isinstance(subj[0].value, dict) \
            or ftype.roles["subject"].kind != "entity":
        return []
    q = a.filled[money_role][0].value
    if not isinstance(q, Quantity):
        return []
    accepts = ftype.roles["subject"].accepts
    out: list[tuple[dict[str, Any], Span, Quantity]] = []
    end_char = q.end
    for _ in range(6):
        tok = view.token_at(end_char)
        i = tok.i if tok is not None and tok.idx >= end_char else (tok.i + 1 if tok is not None else sent.end)
        # to the next separator, over a few words that end the phrase ('worth of shares')
        k = i
        while k < sent.end and k < i + 5 and doc[k].lower_ not in _GAP_SEPS \
                and doc[k].pos_ not in ("VERB", "AUX") and k not in view.by_token:
            k += 1
        if k >= sent.end or doc[k].lower_ not in _GAP_SEPS:
            break
        k += 1
        while k < sent.end and (doc[k].lower_ in _GAP_SEPS or doc[k].pos_ == "DET"):
            k += 1
        g = view.by_token.get(k)
        if g is None or g["type"] not in accepts or g is subj[0].value:
            break
        span = next((s for s, e in view.spans if e is g and s.start == k), None)
        if span is None:
            break
        j = span.end
        while j < sent.end and j < span.end + 3 and doc[j].lower_ in _GAP_PREPS:
            j += 1
        nxt = next((x for x in view.quantities_in(sent) if x.kind == "money" and x.start >= doc[j].idx
                    and x.start <= doc[j].idx + 1 and x.start not in view.used_quantities), None) \
            if j < sent.end else None
        if nxt is None:
            break
        out.append((g, span, nxt))
        end_char = nxt.end
    return out


def _fill(a: Anchor, role: Role, spec: RoleSpec) -> None:
    """Fill one role by its paths, in order (all of them for a role that unites them)."""
    types = role.accepts
    found: list[Found] = []
    empty: set[str] = set()  # paths that found nothing
    # what a role that must differ from this one holds already: a path finding it has found
    # nothing ('X, qui a commencé à livrer ses puces Y': X is not what X launches)
    taken = [f for first, second in a.frame.distinct if second == spec.name
             for f in a.filled.get(first, [])[:1]]
    # a name inside an amount ('2 milliards de dollars de Hong Kong') fills no role
    view_tokens = a.view.quantity_tokens
    for p in spec.paths:
        if p.options.get("fallback") and found:
            break
        if p.options.get("when_missing") and p.options["when_missing"] not in empty:
            continue
        narrowed = tuple(t for t in p.options.get("types", types) if t in types)
        got = [f for f in PATH_FUNCTIONS[p.name](a, p, narrowed)
               if _accepted(f, role.kind, narrowed) and not rejected(f, p.options.get("reject_kinds"))
               and _named_as_allowed(a, f, spec.organizations_named)
               and (not spec.named or _name_holds(f, spec.named))
               and not any(_same(f, t) for t in taken)
               and not (isinstance(f.value, dict) and f.tokens
                        and all(t.i in view_tokens for t in f.tokens))]
        if not got:
            empty.add(p.name)
        if spec.union:
            found += [f for f in got if all(_same(f, x) is False for x in found)]
        elif got:
            found = got
            break
    if found:
        a.filled[spec.name] = found


def _collective_subject(a: Anchor) -> bool:
    """Whether the trigger's subject is a country's companies taken together ('les start-up
    vietnamiennes ont levé 529 millions', 'Indian AI start-ups raised a combined $1.1bn')."""
    tok = a.head
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
        if subj is not None:
            return a.view.collective(subj) and a.view.national(subj) is not None
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return False


@contextmanager
def _without_forecaster(a: Anchor) -> Iterator[bool]:
    """'IDC expects the market to exceed $140bn': while the subject is sought, whoever foresees
    the figure in a clause with a subject of its own is a source, not a name any path may take
    (see `DocView.forecaster`)."""
    value = a.filled.get("value")
    tok = value[0].tokens[-1] if value and value[0].tokens else None
    seer = a.view.forecaster(tok) if tok is not None else None
    hidden = set(range(seer.start, seer.end)) - a.view.sources if seer is not None else set()
    a.view.sources |= hidden
    try:
        yield bool(hidden)
    finally:
        a.view.sources -= hidden


def _accepted(f: Found, kind: str, types: tuple[str, ...]) -> bool:
    if kind in ("entity", "entities"):
        return isinstance(f.value, str) or (isinstance(f.value, dict) and f.value.get("type") in types)
    return True


def _named_as_allowed(a: Anchor, f: Found, lexicon_list: str) -> bool:
    """An organisation fills a role that names its organisations ('IndiaAI Mission', 'Centre de
    supercalcul', not 'Meta') when its name holds one of the list's words, or when the text
    names it here for the first time and the gazetteer does not know it (a company being
    launched: 'the PIF launched Humain')."""
    g = f.value
    if not lexicon_list or not isinstance(g, dict) or g.get("type") != "organization":
        return True
    if _name_holds(f, lexicon_list):
        return True
    first = next((sp.start for sp, x in a.view.spans if x is g), None)
    return not g.get("gazetteer_id") and first is not None and first >= a.sent.start


def _name_holds(f: Found, lexicon_list: str) -> bool:
    """Whether a found name holds one of the list's words ('Feuille de route nationale ...')."""
    name = f" {f.name.lower()} "
    return any(f" {w} " in name or name.strip().startswith(w) for w in words(LEX, lexicon_list))


def _same(x: Found, y: Found) -> bool:
    return x.value is y.value or (isinstance(x.value, str) and x.name == y.name)


def _record(a: Anchor, ftype: FactType) -> dict[str, Any]:
    view, sent = a.view, a.sent
    recipient = a.filled.get("recipient") if ftype.name == "funding" else None
    if recipient and isinstance(recipient[0].value, dict):
        view.last_funded = (recipient[0].value, view.sentence_index(sent))
    start, end = clause_bounds([*a.tokens, *(t for fs in a.filled.values() for f in fs for t in f.tokens
                                            if sent.start <= t.i < sent.end)], sent)
    # the date nearest the figure, else the trigger ('founded in 2023, ... raised X last year')
    figure = next((f.value for fs in a.filled.values() for f in fs if isinstance(f.value, Quantity)), None)
    near = (figure.start, figure.end) if figure is not None else (a.head.idx, a.head.idx + len(a.head))
    stated = view.stated_date(sent, near=near)
    if ftype.name == "stock_move":
        # 'TSMC closed 4.3% higher on Friday ... The Taiex rose 2.2%': a market wrap's moves
        # are of the session the last dated move names
        if stated is not None and stated[1] == "day":
            view.session = stated
        dated = stated or view.session or (view.default_date, view.default_precision)
    else:
        dated = stated or (view.default_date, view.default_precision)
    when = dated[0]
    args: dict[str, Any] = {}
    keys: dict[str, Any] = {}
    weight = 1.0
    for name, found in a.filled.items():
        role = ftype.roles[name]
        weight *= max(f.weight for f in found[:1])
        if role.kind == "entities":
            args[name] = [f.name for f in found]
            keys[name] = [f.value["key"] for f in found if isinstance(f.value, dict)]
        elif role.kind == "entity":
            args[name] = found[0].name
            keys[name] = found[0].value["key"] if isinstance(found[0].value, dict) else None
        elif isinstance(found[0].value, Quantity):
            q = found[0].value
            if role.kind == "money":
                args[name] = money(q, when)
            elif role.kind == "percent":
                args[name] = (a.sign or 1) * abs(q.value)
            else:
                args.update(value_args(q, when) if name == "value" else {name: q.value})
                if name == "value" and q.high is not None:
                    args["value_high"] = q.high
            view.used_quantities.add(q.start)
        else:
            args[name] = found[0].value
    if len(view.text[start:end].split()) > FAR:
        weight *= 0.85
    modality = a.frame.modality or view.clause_modality(a.head, sent)
    return fact(view, ftype.name, args, sent, start, end, a.frame.rule, entities=keys,
                modality=modality, confidence=round(a.frame.confidence * weight, 3), date=dated)


def _best(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One fact per statement: of two facts of a type in a sentence that give the same figures
    and share an entity in their key roles (or have none), the more confident, then the fuller."""
    dropped: set[int] = set()
    for i, f in enumerate(facts):
        for g in facts[i + 1:]:
            if id(g) in dropped or id(f) in dropped or not _same_statement(f, g):
                continue
            worse = min((f, g), key=lambda x: (x["confidence"], len(x["args"])))
            dropped.add(id(worse))
    return [f for f in facts if id(f) not in dropped]


def _same_statement(f: dict[str, Any], g: dict[str, Any]) -> bool:
    if f["type"] != g["type"] or f["evidence"]["sentence"] != g["evidence"]["sentence"]:
        return False
    ftype = schema()[f["type"]]
    shared = False
    for name in ftype.key_roles:
        x, y = f["args"].get(name), g["args"].get(name)
        if x is None or y is None:
            continue
        if ftype.roles[name].is_entity:
            xs = set(x) if isinstance(x, list) else {x}
            ys = set(y) if isinstance(y, list) else {y}
            if xs & ys and xs - ys and ys - xs:
                return False  # 'signed an MoU with X, and an agreement with Y': two statements
            if xs & ys:
                shared = True
            elif ftype.roles[name].kind == "entity":
                return False
        elif x != y and ftype.roles[name].kind in ("money", "percent", "number", "year"):
            return False
    if (f["args"].get("value") is None or g["args"].get("value") is None) and _other_words(f, g):
        return False  # '... porter ses effectifs à 250 d'ici 2027 et ouvrir un bureau': two goals
    return shared or not ftype.entity_roles


def _other_words(f: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether two facts' measures share no word (one says what the other does not)."""
    x, y = str(f["args"].get("measure") or "").lower(), str(g["args"].get("measure") or "").lower()
    return bool(x and y) and not set(x.split()) & set(y.split())
