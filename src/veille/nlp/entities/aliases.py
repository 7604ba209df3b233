"""Aliases within a document: the other names an article states for an entity ('X (ABC)',
'X, anciennement Y', 'also known as') and the short forms it uses after the full name."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from veille.nlp.doctext import doc_text
from veille.nlp.entities.common import LEX, lang_of
from veille.nlp.lexicon import words


def stated_aliases(doc: Doc, spans: list[Span], lang: str) -> Iterable[tuple[Span, Span, str]]:
    """(alias, entity, reason) pairs the text states: parentheses and 'also known as' phrases."""
    yield from _parenthesised(doc, spans)
    yield from _after_cues(doc, spans, lang)


def _parenthesised(doc: Doc, spans: list[Span]) -> Iterator[tuple[Span, Span, str]]:
    """'Long Name (ABC)' and 'ABC (Long Name)'."""
    starts = {s.start: s for s in spans}
    for span in spans:
        if span.end + 2 < len(doc) and doc[span.end].text == "(":
            inner = starts.get(span.end + 1)
            if inner is not None and _parenthesis_alias(doc, span, inner):
                yield (inner, span, "in-document pattern: parenthesis")


def _parenthesis_alias(doc: Doc, span: Span, inner: Span) -> bool:
    """Whether the name in parentheses is another name of the one before: it closes the
    parenthesis and one side is a short form (two long names in parentheses are two bodies:
    'Institut national ... (ministère de la Culture)' names its ministry). A person and a name
    of another type are two: 'Ayu Prameswari (Lintas AI)' gives her company."""
    if "person" in (span.label_, inner.label_) and span.label_ != inner.label_:
        return False
    if span.label_ == "person" and len(inner) == 1 and inner.text.lower() not in span.text.lower() \
            and not _initials_match(inner.text, span.text):
        return False  # 'Claire Varenne (Orsalis)', a headline's person and her company
    return inner.end < len(doc) and doc[inner.end].text == ")" \
        and (len(span) > 1 or _initials_match(inner.text, span.text)) \
        and min(len(span), len(inner)) <= 2


def _after_cues(doc: Doc, spans: list[Span], lang: str) -> Iterator[tuple[Span, Span, str]]:
    """A name after an alias cue ('sous le nom de Y', 'formerly Y'), with the name it is
    another name of."""
    starts = {s.start: s for s in spans}
    cues = sorted(words(LEX, "alias_cues", lang), key=len, reverse=True)
    text_low = doc_text(doc).lower().replace("’", "'")  # one character for one: same offsets
    for cue in cues:
        if cue not in text_low:
            continue
        for m in _cue_matches(cue, text_low):
            pair = _alias_after(doc, m, spans, starts, lang)
            if pair is not None:
                yield (*pair, f"in-document pattern: '{cue}'")


def _cue_matches(cue: str, text_low: str) -> Iterator[re.Match[str]]:
    """The cue as whole words; "sous le nom d'X": a cue that ends in an apostrophe is
    followed by a letter."""
    tail = r"(?!\w)" if cue[-1].isalnum() else ""
    return re.finditer(r"(?<!\w)" + re.escape(cue) + tail, text_low)


def _alias_after(doc: Doc, m: re.Match[str], spans: list[Span], starts: dict[int, Span],
                 lang: str) -> tuple[Span, Span] | None:
    """The name right after a cue (past its determiners) and the name it speaks of."""
    after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if after is None:
        return None
    i = after.start
    dets = words(LEX, "determiners", lang)
    while i < len(doc) and doc[i].lower_ in dets:
        i += 1
    alias = starts.get(i)
    if alias is None:
        return None
    cue_tok = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    owner = _owner(cue_tok[0] if cue_tok is not None else doc[i], alias, spans)
    return None if owner is None else (alias, owner)


def alias_cue_at(doc: Doc, i: int, lang: str) -> bool:
    """Whether another name of the entity is introduced at token i ('sous le nom de', 'also
    known as'): what follows is not part of the name before."""
    rest = " ".join(t.lower_ for t in doc[i:i + 6]).replace("’", "'")
    return any(rest == cue or rest.startswith(cue + " ") or rest.startswith(cue)
               and cue.endswith("'") for cue in words(LEX, "alias_cues", lang))


def _initials_match(short: str, long: str) -> bool:
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long) if w[0].isupper())
    return len(short) >= 2 and short.upper() in (initials.upper(), long.upper())


def _owner(cue: Token, alias: Span, spans: list[Span]) -> Span | None:
    """The name a cue phrase speaks of: the name opening the sentence ('X, cotée à la bourse
    de Y sous le nom de Z'), else up the dependency tree, else the sentence's first name."""
    owner = _apposed_name(cue, alias, spans) or _opening_name(cue, alias, spans)
    if owner is None:
        owner = _name_up_the_tree(cue, alias, spans)
    if owner is None:
        owner = _first_name_before(cue, spans)
    return owner


def _apposed_name(cue: Token, alias: Span, spans: list[Span]) -> Span | None:
    """'... with Y, the contract manufacturer better known as Z', 'Y, also known as Z': the name
    the cue's apposition follows (a comma, then only a description), not the sentence's
    subject."""
    sent = cue.sent
    before = [s for s in spans if sent.start <= s.start and s.end < cue.i and s != alias]
    if not before:
        return None
    name = before[-1]
    between = cue.doc[name.end + 1:cue.i]
    if cue.doc[name.end].text != "," or len(between) > 8 or any(
            t.pos_ not in ("DET", "ADJ", "NOUN", "ADV") and "Part" not in t.morph.get("VerbForm", [])
            for t in between):  # ('plus connu sous le nom de')
        return None
    return name


def _opening_name(cue: Token, alias: Span, spans: list[Span]) -> Span | None:
    """The first name of the cue's sentence with only determiners and punctuation before it."""
    sent = cue.sent
    opening = [s for s in spans if sent.start <= s.start < cue.i and s != alias
               and all(t.pos_ in ("DET", "PUNCT", "SPACE") for t in cue.doc[sent.start:s.start])]
    return opening[0] if opening else None


def _name_up_the_tree(cue: Token, alias: Span, spans: list[Span]) -> Span | None:
    """The first name among the cue's heads, six steps up at most."""
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    tok = cue
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        span = by_token.get(tok.i)
        if span is not None and span != alias:
            return span
    return None


def _first_name_before(cue: Token, spans: list[Span]) -> Span | None:
    sent = cue.sent
    before = [s for s in spans if s.start >= sent.start and s.end <= cue.i]
    return before[0] if before else None


def is_short_form(short: Span, long: Span, s_type: str, l_type: str) -> bool:
    """Whether `short` names the entity `long` names: a person's last name, an institution or
    an event named without its first words, a company without its suffix ('Zhipu' after
    'Zhipu AI')."""
    if l_type == "person" and s_type != "person" and len(short) == 1 and not short.kb_id_ \
            and long.start < short.start and (short[0].text == long[-1].text or (
                short[0].text == long[0].text and any(t.text in ("-", "\u2011") for t in long))):
        # 'Malhotra serves as CTO' after 'Arjun Malhotra', whatever the model read; 'Park' after
        # 'Park Eun-jeong', a family name first
        return True
    if s_type not in ("MISC", l_type) and (s_type, l_type) != ("person", "organization"):
        return False
    s_toks = [t.text for t in short]
    l_toks = [t.text for t in long]
    if l_type == "person":
        return len(s_toks) == 1 and s_toks[0] in l_toks
    if _named_by_its_tail(long, s_toks, l_toks, s_type, l_type):
        return True
    return _named_by_its_head(short, long, s_toks, l_toks, s_type, l_type)


def _named_by_its_tail(long: Span, s_toks: list[str], l_toks: list[str], s_type: str,
                       l_type: str) -> bool:
    """'Culture et des Sports' (from 'le vice-ministre de la Culture et des Sports') is the
    tail of 'ministère valdorien de la Culture et des Sports' named in the text; 'Expo
    Bordeaux' is 'IA Expo Bordeaux' named without its first word."""
    tail = len(s_toks) >= 2 and l_toks[-len(s_toks):] == s_toks
    if l_type == "organization" and tail \
            and long[0].lower_ in words(LEX, "org_starts", lang_of(long.doc)):
        return True
    return l_type == "event" and s_type in ("MISC", "event") and tail


def _named_by_its_head(short: Span, long: Span, s_toks: list[str], l_toks: list[str],
                       s_type: str, l_type: str) -> bool:
    """The first words of the full name, after it or in the headline, which names it short
    before the text does."""
    after = long.start < short.start or in_headline(short)
    if s_type == "person" and l_type == "organization":
        # 'Zhipu' (read as a person) after 'Zhipu AI': the company's short name
        return len(s_toks) == 1 and l_toks[0] == s_toks[0] and after
    if l_type in ("organization", "product", "event", "place"):
        return l_toks[:len(s_toks)] == s_toks and after
    return False


def in_headline(span: Span) -> bool:
    text = doc_text(span.doc)
    first_line = text.find("\n")
    return 0 <= span.start_char < first_line <= 200
