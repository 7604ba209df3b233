"""One generic extractor: finds each frame's triggers in a sentence, walks the parse from them to
fill the roles (``veille.facts.paths``), applies the schema's constraints and records which
frame fired and how confident it is."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from veille.facts.common import clause_bounds, fact, money, value_args
from veille.facts.frames import Frame, Triggers, frames
from veille.facts.paths import PATH_FUNCTIONS, Anchor, Found, change_sign
from veille.facts.view import LEX, DocView, has_cue
from veille.nlp.lexicon import words
from veille.normalize import Quantity
from veille.schema import FactType, schema

FAR = 30  # words: evidence longer than this is less trusted


def sentence_facts(view: DocView, sent: Span) -> list[dict[str, Any]]:
    """The facts every frame of the document's language states in one sentence."""
    out: list[dict[str, Any]] = []
    for frame in frames(view.lang):
        if frame.context and not _in_context(view, sent, frame):
            continue
        for anchor in triggers(view, frame, sent):
            made = build(anchor)
            if made is not None:
                out.append(made)
    return _best(out)


def _in_context(view: DocView, sent: Span, frame: Frame) -> bool:
    """Whether the sentence, or one of the `context_window` sentences before it, holds a word
    of the frame's context lists (a market report names shares once for several moves)."""
    idx = view.sentences.index(sent) if sent in view.sentences else 0
    for back in range(frame.context_window + 1):
        if idx - back < 0:
            break
        other = view.sentences[idx - back]
        if any(has_cue(other, view.cue(c)) for c in frame.context):
            return True
    return False


def triggers(view: DocView, frame: Frame, sent: Span) -> list[Anchor]:
    """Where a frame's words stand in the sentence: single words by form or lemma, phrases by
    lemmas or forms; never inside an entity's name."""
    spec: Triggers = frame.triggers[view.lang]
    lowers, lemmas = view.words()
    out: list[Anchor] = []
    taken: set[int] = set()
    for parts in spec.phrases:
        n = len(parts)
        for i in range(sent.start, sent.end - n + 1):
            if tuple(lemmas[i:i + n]) == parts or tuple(lowers[i:i + n]) == parts:
                toks = [view.doc[j] for j in range(i, i + n)]
                head = next((t for t in toks if t.head.i < i or t.head.i >= i + n or t.head is t), toks[0])
                if _ok(view, frame, spec, head, toks):
                    out.append(Anchor(view, frame, sent, head, toks))
                    taken.update(range(i, i + n))
    for i in range(sent.start, sent.end):
        if i in taken:
            continue
        tok = view.doc[i]
        sign = 0
        if spec.lexicon == "change":
            sign = change_sign(tok, view.lang)
            hit = bool(sign)
        else:
            hit = lowers[i] in spec.lemmas or lemmas[i] in spec.lemmas
        if hit and _ok(view, frame, spec, tok, [tok]):
            out.append(Anchor(view, frame, sent, tok, [tok], sign=sign))
    return sorted(out, key=lambda a: a.head.i)


def _ok(view: DocView, frame: Frame, spec: Triggers, head: Token, toks: list[Token]) -> bool:
    if any(t.i in view.by_token for t in toks):
        return False  # 'Launch Capital', 'Accord Group': a name, not the word
    if spec.pos and head.pos_ not in spec.pos and not (
            "VERB" in spec.pos and head.dep_ == "ROOT" and head.pos_ == "NOUN"):
        return False  # (a headline's verb the tagger read as a noun still counts)
    if frame.not_determined_by and any(
            c.lower_ in frame.not_determined_by for c in head.children if c.dep_ in ("det", "det:dem")):
        return False  # 'ces accords': stated before
    if frame.governed_by and not _governed(view, head, frame.governed_by.get(view.lang, frozenset())):
        return False  # 'une coopération' that nothing makes or signs states no agreement
    if frame.governs and head.pos_ == "VERB" and not any(c.dep_ in frame.governs for c in head.children):
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
        if tok.head is tok:
            break
        tok = tok.head
        if lowers[tok.i] in verbs or lemmas[tok.i] in verbs:
            return True
    return any(lowers[i] in verbs or lemmas[i] in verbs for i in range(max(0, head.i - 4), head.i))


def build(a: Anchor) -> dict[str, Any] | None:
    """Fill a frame's roles from its trigger; a fact when the schema's required roles are."""
    ftype = schema()[a.frame.type]
    for spec in a.frame.roles:
        role = ftype.roles[spec.name]
        types = role.accepts
        found: list[Found] = []
        empty: set[str] = set()  # paths that found nothing
        for p in spec.paths:
            if p.options.get("fallback") and found:
                break
            if p.options.get("when_missing") and p.options["when_missing"] not in empty:
                continue
            narrowed = tuple(t for t in p.options.get("types", types) if t in types)
            got = [f for f in PATH_FUNCTIONS[p.name](a, p, narrowed)
                   if _accepted(f, role.kind, narrowed) and not _rejected(f, p.options.get("reject_kinds"))]
            if not got:
                empty.add(p.name)
            if spec.union:
                found += [f for f in got if all(_same(f, x) is False for x in found)]
            elif got:
                found = got
                break
        if found:
            a.filled[spec.name] = found
    for first, second in a.frame.distinct:
        if a.filled.get(first) and a.filled.get(second) and \
                _same(a.filled[first][0], a.filled[second][0]):
            del a.filled[second]
    if any(not a.filled.get(r) for r in (*ftype.required, *a.frame.requires)):
        return None
    if a.frame.requires_one_of and not any(a.filled.get(r) for r in a.frame.requires_one_of):
        return None
    return _record(a, ftype)


def _accepted(f: Found, kind: str, types: tuple[str, ...]) -> bool:
    if kind in ("entity", "entities"):
        return isinstance(f.value, str) or (isinstance(f.value, dict) and f.value.get("type") in types)
    return True


def _rejected(f: Found, kinds: list[str] | None) -> bool:
    """A gazetteer kind the path refuses ('listed on Nasdaq': an exchange does not move); an
    exchange is also known by the words of its name ('la Bourse de Taipei')."""
    if not kinds or not isinstance(f.value, dict):
        return False
    from veille.nlp.gazetteer import entries

    entry = entries().get(f.value.get("gazetteer_id") or "")
    if entry is not None and entry.kind in kinds:
        return True
    name = f" {f.name.lower()} "
    return "exchange" in kinds and any(f" {w} " in name for w in words(LEX, "exchange_words"))


def _same(x: Found, y: Found) -> bool:
    return x.value is y.value or (isinstance(x.value, str) and x.name == y.name)


def _record(a: Anchor, ftype: FactType) -> dict[str, Any]:
    view, sent = a.view, a.sent
    start, end = clause_bounds([*a.tokens, *(t for fs in a.filled.values() for f in fs for t in f.tokens
                                            if sent.start <= t.i < sent.end)], sent)
    # the date nearest the figure, else the trigger ('founded in 2023, ... raised X last year')
    figure = next((f.value for fs in a.filled.values() for f in fs if isinstance(f.value, Quantity)), None)
    near = (figure.start, figure.end) if figure is not None else (a.head.idx, a.head.idx + len(a.head))
    dated = view.date_for(sent, near=near)
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
    if len(view.doc.text[start:end].split()) > FAR:
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
            if xs & ys:
                shared = True
            elif ftype.roles[name].kind == "entity":
                return False
        elif x != y and ftype.roles[name].kind in ("money", "percent", "number", "year"):
            return False
    return shared or not ftype.entity_roles
