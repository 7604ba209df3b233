"""The entity components as spaCy registers them, in pipeline order: span cleanup, entity
rules (joining, extending and typing spans), document consistency."""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from veille.nlp.doctext import token_strings
from veille.nlp.entities.cleanup import is_fragment, trim
from veille.nlp.entities.common import LEX, NER_TYPES, lang_of, make_span, starts_sentence
from veille.nlp.entities.consistency import group_entities
from veille.nlp.entities.context import context_type, list_consistency
from veille.nlp.entities.spans import (
    expand_name,
    extend,
    generic_or_modifier,
    hyphenated_given_names,
    merge_with_gazetteer,
    money_shape,
    named_programmes,
    proper_noun_runs,
    shaped_products,
    title_word,
    titled_programmes,
    weak_type,
)
from veille.nlp.lexicon import cased, words
from veille.world import country_of_demonym

if not Doc.has_extension("veille_entities"):
    Doc.set_extension("veille_entities", default=None)


@Language.factory("veille_span_cleanup", default_config={"version": 1})
def make_cleanup(nlp: Language, name: str, version: int) -> SpanCleanup:
    return SpanCleanup()


class SpanCleanup:
    """Maps NER labels to Veille's types; strips determiners and titles; drops fragments."""

    versioned_name = "veille.span_cleanup.v1"

    def __call__(self, doc: Doc) -> Doc:
        lang = lang_of(doc)
        out = []
        for ent in doc.ents:
            label = NER_TYPES.get(ent.label_)
            if label is None:
                continue
            span = trim(doc[ent.start:ent.end], lang)
            if span is not None and label in ("product", "MISC", "person"):
                span = _before_a_place(span)
            if span is None or is_fragment(span, lang, label):
                continue
            out.append(make_span(doc, span.start, span.end, label, "ner"))
        doc.ents = filter_spans(out)
        return doc


@Language.factory("veille_entity_rules", default_config={"version": 1})
def make_rules(nlp: Language, name: str, version: int) -> EntityRules:
    return EntityRules()


class EntityRules:
    """Joins gazetteer and NER spans, extends names to their versions and suffixes, adds
    versioned product names, and types each span from its context."""

    versioned_name = "veille.entity_rules.v1"

    def __call__(self, doc: Doc) -> Doc:
        lang = lang_of(doc)
        gazetteer = list(doc.spans.get("gazetteer", []))
        ner = [weak_type(s, doc.spans.get("gazetteer_weak", [])) for s in doc.ents]
        others = gazetteer + list(ner)
        ner = [_within_a_line(expand_name(s, lang, others)) for s in ner]
        ner = [s for s in filter_spans(ner) if not generic_or_modifier(s, lang)]
        spans = [extend(s, lang) for s in merge_with_gazetteer(doc, ner, gazetteer)]
        programmes = titled_programmes(doc, spans, lang)  # over the model's part of such a name
        spans = [s for s in spans if not any(p.start <= s.start and s.end <= p.end for p in programmes)]
        spans += programmes
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans.extend(shaped_products(doc, taken, lang))
        spans.extend(named_programmes(doc, taken, lang))
        given = hyphenated_given_names(doc, taken)  # 'Ha Eun-ji'
        spans.extend(given)
        taken |= {i for s in given for i in range(s.start, s.end)}
        spans.extend(extend(s, lang) for s in proper_noun_runs(doc, taken, lang)  # 'Sorano' + 'AI'
                     if not title_word(s, lang))  # 'Deputy finance director X
        spans = [_within_a_line(s) for s in spans]
        typed = _events_with_their_city([_typed(span, lang) for span in filter_spans(spans)])
        typed = _honorifics_in_names(typed)
        typed += _the_government(doc, typed, lang)
        flags = doc.to_array([IS_LOWER, IS_ALPHA]).tolist()  # (read once, without a Token each)
        lower = {text for text, (low, alpha) in zip(token_strings(doc, ORTH), flags, strict=True)
                 if low and alpha}
        typed = [s for s in typed if not _common_word_opening(s, lower) and not _a_date(s)
                 and not _word_of_a_title(s, lower, lang) and not (len(s) == 1 and money_shape(s.text))
                 and not _language_or_people(s)]
        doc.ents = list_consistency(filter_spans(typed))
        return doc


def _the_government(doc: Doc, spans: list[Span], lang: str) -> list[Span]:
    """'le gouvernement', 'the government' with nothing after it that says whose: the
    government of the country the article names most (at least twice), as the gazetteer names
    it ('Government of Thailand')."""
    from collections import Counter

    from veille.nlp.gazetteer import entries, government_of

    known = entries()
    counts = Counter(s.kb_id_ for s in spans if s.id_ == "gazetteer" and s.label_ == "place"
                     and s.kb_id_ in known and known[s.kb_id_].kind == "country")
    if not counts:
        return []
    country, n = counts.most_common(1)[0]
    government = government_of(known[country]) if n >= 2 else None
    if government is None:
        return []
    nouns = words(LEX, "government_nouns", lang)
    dets = words(LEX, "government_determiners", lang)
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for tok in doc:
        if tok.lower_ not in nouns or not tok.is_lower or tok.i in taken or tok.i == 0 \
                or doc[tok.i - 1].lower_ not in dets:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ in ("ADJ", "PROPN") or nxt.lower_ in ("de", "du", "des", "d'", "d’", "of")):
            continue  # 'le gouvernement japonais', 'the government of X': another's, or the gazetteer's
        out.append(make_span(doc, tok.i, tok.i + 1, "organization", "gazetteer", government.id))
    return out


def _before_a_place(span: Span) -> Span:
    """'proposer Suea-2 au Vietnam': a product's or a person's name ends before a preposition of
    place and the capitalised name after it (an institution's may go on: 'Chambre de commerce
    de France au Vietnam')."""
    for tok in span[1:-1]:
        if tok.lower_ in words(LEX, "name_place_preps") and span.doc[tok.i + 1].is_title and tok.i > span.start:
            return span.doc[span.start:tok.i]
    return span


def _within_a_line(span: Span) -> Span:
    """A name ends at a line break ('... multiplie les annonces' + a blank line + 'BANGKOK, 26
    novembre': a headline's last words and the dateline's city are no name together)."""
    for tok in span[1:]:
        if "\n" in tok.text:
            end = tok.i
            while end > span.start + 1 and span.doc[end - 1].is_space:
                end -= 1
            return make_span(span.doc, span.start, end, span.label_, span.id_, span.kb_id_)
    return span


def _language_or_people(span: Span) -> bool:
    """'trained on Tagalog and Cebuano', 'what Filipinos call Taglish': a language's name, or a
    people written in English, is no organisation or person (a gazetteer's name stays: a
    country named as its people is a place)."""
    if len(span) != 1 or span.id_ == "gazetteer":
        return False
    text = span.text
    if text.lower() in words(LEX, "languages"):
        return True
    return span.label_ != "place" and text[:1].isupper() and country_of_demonym(text, "en") is not None


def _a_date(span: Span) -> bool:
    """'Oct 14', 'Sept. 3': a month and a day the rules read as a name and its version."""
    from veille.normalize._date_lexicon import date_lexicon

    months = date_lexicon(span.doc.lang_).months
    return span.id_ != "gazetteer" and len(span) >= 2 and span[0].lower_ in months \
        and all(t.like_num or t.is_punct for t in span[1:])


def _common_word_opening(span: Span, lower: set[str]) -> bool:
    """'Commerce grew 31%' where the article also writes 'commerce fees': one capitalised word
    opening a sentence, that the model alone took for a name and the same text writes in
    lower case elsewhere, is a common noun."""
    return len(span) == 1 and span.id_ != "gazetteer" and starts_sentence(span[0]) \
        and span[0].is_title and span[0].lower_ in lower


def _word_of_a_title(span: Span, lower: set[str], lang: str) -> bool:
    """'Financial Secretary X', 'Finance Minister X': one capitalised word before a title, that
    the same text writes in lower case elsewhere or that names a portfolio (`portfolio_words`),
    is the title's, not a body's name."""
    doc = span.doc
    if len(span) != 1 or span.id_ == "gazetteer" or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if not (nxt.is_title and nxt.lower_ in words(LEX, "person_titles", lang)):
        return False
    return span[0].lower_ in lower or span[0].lower_ in words(LEX, "portfolio_words", lang)


def _events_with_their_city(spans: list[Span]) -> list[Span]:
    """'Bengaluru Tech Summit 2025': a city, country or organisation right before an event's
    name, with no word between, is part of the name ('Bengaluru' + 'Tech Summit 2025', 'ASEAN
    AI' + 'Malaysia Summit 2025' are one event each); so is a place right after it ('SEMICON' +
    'Southeast Asia'). A name right before a product's version ('Pro 2') is the product's, an
    untyped one right before a person's name the person's ('Harith' + 'Iskandar')."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        out.append(_event_reach(span, out[-2].end if len(out) > 1 else 0))
        while len(out) > 1 and _one_event(out[-2], out[-1]):  # 'ASEAN AI' + ('Malaysia' + 'Summit 2025')
            out[-2:] = [make_span(span.doc, out[-2].start, out[-1].end, "event", "rule")]
        if len(out) > 1 and _one_product(out[-2], out[-1]):
            out[-2:] = [make_span(span.doc, out[-2].start, out[-1].end, "product", "rule")]
        if len(out) > 1 and (_given_name(out[-2], out[-1]) or _family_name(out[-2], out[-1])):
            out[-2:] = [make_span(span.doc, out[-2].start, out[-1].end, "person", "rule")]
    return out


def _event_reach(span: Span, free_from: int) -> Span:
    """'Singapore AI Week 2026', 'Seoul Fintech Forum': capitalised words the model left out of
    an event's name, right before it and joined to it as its modifiers, are part of the name
    (then a city before them joins it too)."""
    if span.label_ != "event":
        return span
    doc = span.doc
    start = span.start
    while start - 1 >= free_from and span.start - start < 3:
        tok = doc[start - 1]
        if not (tok.is_alpha and (tok.is_title or tok.is_upper) and tok.pos_ in ("PROPN", "NOUN", "ADJ")
                and tok.dep_ in ("compound", "amod", "nmod") and span.start <= tok.head.i < span.end
                and not starts_sentence(tok)):
            break
        start -= 1
    if start == span.start:
        return span
    return make_span(doc, start, span.end, "event", span.id_ or "rule", span.kb_id_)


def _one_product(prev: Span, span: Span) -> bool:
    """'Xiaodu AI Glasses' + 'Pro 2': a name right before a product that opens with a version
    word is that product's name ('Xiaodu AI Glasses Pro 2')."""
    return prev.end == span.start and span.label_ == "product" and prev.label_ in (
        "organization", "product", "MISC") and span[0].text in cased(LEX, "version_words") \
        and not prev.doc[prev.end - 1].is_punct


def _given_name(prev: Span, span: Span) -> bool:
    """'Harith' (untyped) + 'Iskandar' (a person): one or two capitalised words the model left
    untyped right before a person's name are the person's given names."""
    doc = prev.doc
    before = doc[prev.start - 1] if prev.start > 0 else None
    return prev.end == span.start and prev.label_ == "MISC" and span.label_ == "person" \
        and len(prev) <= 2 and all(t.is_title and t.is_alpha for t in prev) \
        and prev.text not in cased(LEX, "honours") and not _in_title(before)


def _family_name(prev: Span, span: Span) -> bool:
    """'la Première ministre thaïlandaise Paetongtarn' (a person) + 'Shinawatra' (a place to the
    model, which no gazetteer knows): one capitalised word right after a person's name, that
    the model took for a place, is the person's family name."""
    return prev.end == span.start and prev.label_ == "person" and span.label_ == "place" \
        and span.id_ != "gazetteer" and len(span) == 1 and span[0].is_title and span[0].is_alpha \
        and not prev.doc[prev.end - 1].is_punct and "\n" not in prev.doc[prev.end - 1].whitespace_


def _in_title(tok: Token | None) -> bool:
    """Whether a word ends a title before a name: 'Minister', 'Minister for', 'Trade and' in
    'Minister for Finance Lawrence Wong', 'Minister of Trade and Industry Dana Osei'."""
    while tok is not None and tok.pos_ in ("ADP", "CCONJ", "DET") and tok.i > 0:
        tok = tok.doc[tok.i - 1]
    return tok is not None and tok.is_title


def _one_event(prev: Span, span: Span) -> bool:
    if prev.end != span.start:
        return False
    if span.label_ == "event":
        return prev.label_ in ("place", "organization") and (span[0].is_title or span[0].is_upper)
    return prev.label_ == "event" and span.label_ == "place" and all(t.is_title or t.is_upper for t in span)


def _honorifics_in_names(spans: list[Span]) -> list[Span]:
    """'Minister of Investment, Trade and Industry Tengku Zafrul Aziz', 'Datuk Seri Anwar
    Ibrahim': a royal line written as part of a person's name ('Tengku') belongs to the
    person's name, an honour ('Datuk Seri', 'Tan Sri') to no name; neither to the name before."""
    def forms(key: str) -> list[tuple[str, ...]]:
        return sorted((tuple(h.split()) for h in cased(LEX, key)), key=len, reverse=True)

    kept, honours = forms("name_honorifics"), forms("honours")
    longest = max((len(h) for h in kept + honours), default=0)
    spans = sorted(_split_at_honorifics(spans, kept, honours), key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        doc = span.doc
        if span.label_ == "person":
            texts = tuple(t.text for t in span)  # the words, read once
            for h in honours:  # 'Datuk Seri Anwar Ibrahim' -> 'Anwar Ibrahim'
                if len(span) > len(h) and texts[:len(h)] == h:
                    span = make_span(doc, span.start + len(h), span.end, "person", "rule")
                    break
            before = tuple(t.text for t in doc[max(span.start - longest, 0):span.start])
            for h, keep in [(h, True) for h in kept] + [(h, False) for h in honours]:
                start = span.start - len(h)
                if start < 0 or before[len(before) - len(h):] != h:
                    continue
                prev = out[-1] if out else None
                if prev is not None and prev.end > start:  # it ends the name before: cut it
                    out.pop()
                    if start > prev.start:
                        out.append(make_span(doc, prev.start, start, prev.label_, "rule"))
                if keep:
                    span = make_span(doc, start, span.end, "person", "rule")
                break
        out.append(span)
    return out


def _split_at_honorifics(spans: list[Span], kept: list[tuple[str, ...]],
                         honours: list[tuple[str, ...]]) -> list[Span]:
    """'Digital Affairs Tengku Harun Malik' read as one organisation: the words from a form
    of address on are a person (with a royal line, after an honour)."""
    out: list[Span] = []
    for span in spans:
        split = None
        if span.label_ != "person":
            texts = [t.text for t in span]
            for k in range(1, len(texts) - 1):
                h = next((h for h in kept + honours if tuple(texts[k:k + len(h)]) == h
                          and k + len(h) < len(texts)), None)
                if h is not None and all(t.is_title for t in span[k + len(h):]):
                    split = (k, k if h in kept else k + len(h))
                    break
        if split is None:
            out.append(span)
            continue
        doc = span.doc
        out.append(make_span(doc, span.start, span.start + split[0], span.label_, "rule"))
        out.append(make_span(doc, span.start + split[1], span.end, "person", "rule"))
    return out


def _typed(span: Span, lang: str) -> Span:
    """A gazetteer name as it is; another with the type its context gives, if any (the
    context decides, or confirms the model)."""
    if span.id_ == "gazetteer":
        return span
    label = context_type(span, lang)
    if label is None:
        return span
    return make_span(span.doc, span.start, span.end, label, "rule")


@Language.factory("veille_doc_consistency", default_config={"version": 1})
def make_consistency(nlp: Language, name: str, version: int) -> DocConsistency:
    return DocConsistency()


class DocConsistency:
    """One name, one type per document; short forms and stated aliases join the full name."""

    versioned_name = "veille.doc_consistency.v1"

    def __call__(self, doc: Doc) -> Doc:
        lang = lang_of(doc)
        groups = group_entities(doc, list(doc.ents), lang)
        ents = []
        for group in groups:
            for m in group.mentions:
                span = doc.char_span(m.start, m.end)
                if span is not None:
                    ents.append(make_span(doc, span.start, span.end, group.type, m.source,
                                          group.gazetteer_id or ""))
        doc.ents = filter_spans(ents)
        doc._.veille_entities = [g.record() for g in groups]
        return doc
