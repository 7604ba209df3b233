"""Span cleanup: a name without its leading determiners and titles or its trailing punctuation,
and the spans that are no names at all (sentence pieces, titles, peoples, numbers)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from veille.nlp.entities.common import CAMEL, LEX, NAMES, endings, lower_words, starts_sentence
from veille.nlp.lexicon import cased, words
from veille.normalize.numbers import scale_of


def trim(span: Span, lang: str) -> Span | None:
    """The span without leading determiners or titles and trailing punctuation."""
    doc = span.doc
    start = _after_label(doc, span.start, span.end)
    start = _after_leading_words(doc, start, span.end, lang)
    start = _after_title_domain(doc, start, span.end)
    end = _before_open_bracket(doc, start, span.end)
    end = next((i for i in range(start + 1, end) if amount_at(doc, i)), end)
    end = _before_trailing_words(doc, start, end)
    end = _before_modifier_tail(doc, start, end, lang)
    if end - start > 1 and doc[end - 1].like_num and end < len(doc) and figure_goes_on(doc, end):
        end -= 1  # 'and Brisac Labs 29%': the figure after the name is a percentage, not its version
    if start >= end:
        return None
    return doc[start:end]


def figure_goes_on(doc: Doc, i: int) -> bool:
    """The figure before token i goes on there: '%' ('Brisac Labs 29%'), or a group of three
    digits after a space ('ouvert aux fourgons de Brisac 2 800 kilomètres': 2,800)."""
    nxt = doc[i]
    if nxt.text in ("%", "pc"):
        return True
    prev = doc[i - 1]
    return len(nxt.text) == 3 and nxt.text.isdigit() and prev.text.isdigit() and len(prev.text) <= 3 \
        and prev.idx + len(prev.text) < nxt.idx


def amount_at(doc: Doc, i: int) -> bool:
    """'introduction en Bourse de 2 milliards de dollars' (one name for the model): 'de' or
    'of' and a number with a word of scale after it begin an amount, no part of a name."""
    return doc[i].lower_ in words(NAMES, "of_words") and i + 2 < len(doc) and doc[i + 1].like_num \
        and any(scale_of(doc[i + 2].text, lang) for lang in ("fr", "en"))


def _after_label(doc: Doc, start: int, end: int) -> int:
    """'Photo: Biren Technology', 'Source : Velmora': a label and its colon before a name are
    no part of it."""
    for i in range(end - 2, start - 1, -1):
        if doc[i].text in (":", "："):
            return i + 1
    return start


def _after_leading_words(doc: Doc, start: int, end: int, lang: str) -> int:
    """Where the name begins once determiners, heads and titles before it are dropped."""
    while start < end:
        n = _leading_words(doc, start, end, lang)
        if not n:
            break
        start += n
    return start


@cache
def _heads(lang: str) -> frozenset[str]:
    """The place and organisation heads, joined once."""
    return words(LEX, "place_heads", lang) | words(LEX, "org_heads", lang)


def _leading_words(doc: Doc, start: int, end: int, lang: str) -> int:
    """How many tokens at `start` are a determiner, a lowercase head before a capitalised
    word ('région Nouvelle-Aquitaine', 'startup Velpro') or a title before a capitalised word
    or the end; 0 when the name begins there."""
    dets = words(LEX, "determiners", lang)
    heads = _heads(lang)
    low = doc[start].lower_
    if low in dets or low.rstrip("'’") + "'" in dets or (
            doc[start].is_lower and low in heads and start + 1 < end
            and doc[start + 1].is_title):
        return 1
    if start + 1 < end and leading_descriptor(doc[start], lang):
        return 1
    titles = words(LEX, "person_titles", lang)
    for n in (3, 2, 1):
        if start + n <= end and lower_words(doc[start:start + n]) in titles:
            if start + n < end and doc[start + n].is_title or start + n == end:
                return n
    return 0


def leading_descriptor(tok: Token, lang: str) -> bool:
    """'Rival WeRide fell 7%', 'Chipmaker Nvidia rose': a common noun capitalised because it
    opens the sentence, before a name it describes."""
    low = tok.lower_
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text[:1].isupper() and starts_sentence(tok) and (
        low in words(LEX, "leading_descriptors", lang) or (low.endswith("maker") and len(low) > 6))


def _after_title_domain(doc: Doc, start: int, end: int) -> int:
    """'ministre des Finances Lawrence Wong': a capitalised common noun ending a title is not
    part of the name after it."""
    if end - start >= 3 and start > 0 and doc[start - 1].lower_ in words(NAMES, "title_links") \
            and doc.vocab.has_vector(doc[start].lower_) and doc[start].pos_ != "PROPN" \
            and all(t.is_title for t in doc[start + 1:end]):
        return start + 1
    return start


def _before_open_bracket(doc: Doc, start: int, end: int) -> int:
    """'Malaysia Venture Capital Management (Mavcap': a bracket the name does not close ends
    it (the acronym inside is another mention of it)."""
    for i in range(end - 1, start, -1):
        if doc[i].text == ")":
            return end
        if doc[i].text == "(":
            return i
    return end


def _before_trailing_words(doc: Doc, start: int, end: int) -> int:
    """Where the name ends once trailing punctuation, possessives and function words
    ('Institut ... des données et la') are dropped."""
    possessives = words(NAMES, "possessives")
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in ")+"
                           or doc[end - 1].lower_ in possessives
                           or doc[end - 1].is_stop and doc[end - 1].is_lower):
        end -= 1
    return end


def _before_modifier_tail(doc: Doc, start: int, end: int, lang: str) -> int:
    """'to Velmont Photonics for AI chip plants': an English name that goes on across 'for' or
    'of' after a word that takes no such phrase ('Photonics', not 'Institute' or 'Ministry'),
    and whose last word qualifies a common noun after the name, ends before 'for'."""
    if lang != "en" or end >= len(doc) or end - start < 3:
        return end
    last = doc[end - 1]
    if last.dep_ not in ("compound", "amod", "nmod") or last.head.i < end \
            or last.head.pos_ != "NOUN" or not last.head.is_lower:
        return end
    heads = words(LEX, "org_starts", "en")
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in ("for", "of"):
            return end if doc[i - 1].lower_ in heads else i
    return end


def is_fragment(span: Span, lang: str, label: str = "") -> bool:
    """Sentence pieces, lowercase phrases, numbers, titles and peoples ('les Singapouriens')
    are not names."""
    return (_people(span, label) or _not_written_as_name(span, lang) or _amount(span)
            or _title_or_listed(span, lang) or _sentence_opener(span) or _clause(span, lang))


_AMOUNT = re.compile(r"^[A-Z]{0,3}[$€£¥₩₹]\s?\d[\d.,]*\s?(?:[kmb]n?|bn|tn|[KMB]|(?i:million|billion|trillion|"
                     r"milliards?|millions?))?$")
_MEASURE = re.compile(r"^\d[\d.,]*\s?(?:[kMGT]W[hp]?|[KMGTP]B|nm|km|ha)$")


def _amount(span: Span) -> bool:
    """'S$3.82', 'HK$58', 'US$2bn': an amount the model read as a name; '500MW', '40 GWh',
    '3nm': a measure."""
    return _AMOUNT.match(span.text) is not None or _MEASURE.match(span.text) is not None


def _people(span: Span, label: str) -> bool:
    """'les Singapouriens', 'the Singaporeans': a people, typed as a place or not at all."""
    prev = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return len(span) == 1 and prev in words(NAMES, "people_articles") and span.text.lower(
    ).endswith(endings("demonym_plural_endings")) and (label or span.label_) in ("place", "MISC")


def _not_written_as_name(span: Span, lang: str) -> bool:
    """Too short, no letters, or neither capitalised, a number, camel-cased ('iPhone') nor an
    institution written in lowercase ('université de Bordeaux'); a section's kicker ('TECH |
    ASIE') is no name either."""
    text = span.text
    if len(text) < 2 or not any(c.isalpha() for c in text) or "|" in text:
        return True
    return not (text[0].isupper() or text[0].isdigit() or CAMEL.match(span[0].text)
                or _institution_name(span, lang))


def _title_or_listed(span: Span, lang: str) -> bool:
    """A title alone ('Vice-Président'), a title before a name ('Science Minister X', 'Chief
    Financial Officer X'), a span across lines, or a word of `not_names`."""
    text = span.text
    titles = words(LEX, "person_titles", lang)
    doc = span.doc
    before_name = span.end < len(doc) and doc[span.end].is_title and span[-1].lower_ in titles
    return lower_words(span) in titles or before_name or "\n" in text \
        or text in cased(LEX, "not_names")


def _sentence_opener(span: Span) -> bool:
    """'Source', 'Placé', 'Renforcer': a known common word capitalised only because it opens a
    sentence or a quotation."""
    first = span[0]
    return len(span) == 1 and starts_sentence(first) and first.pos_ not in ("PROPN",) \
        and first.doc.vocab.has_vector(first.lower_) and not CAMEL.match(first.text)


def _clause(span: Span, lang: str) -> bool:
    """A span with a lowercase verb, or a long one with two lowercase content words, unless
    it opens with an institution's or an event's word."""
    if any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in span):
        return True
    lower_content = [t for t in span if t.is_lower and t.is_alpha and not t.is_stop]
    starts_org = span[0].lower_ in words(LEX, "org_starts", lang) | words(LEX, "event_words", lang)
    return len(lower_content) >= 2 and not starts_org and len(span) > 3


def _institution_name(span: Span, lang: str) -> bool:
    """'université de Bordeaux', 'ministère de l'Économie': an institution word written in
    lowercase, then 'de' and a capitalised name, is an institution's name, not a fragment."""
    if len(span) < 3 or not span[0].is_lower or span[0].lower_ not in words(
            LEX, "org_starts", lang):
        return False
    links = words(NAMES, "institution_links")
    i = 1
    while i < len(span) and span[i].lower_ in links:
        i += 1
    # 'ministère de la Science et de la Technologie': portfolios joined by 'et'/'and'
    return 1 < i < len(span) and all(t.is_title or t.is_upper or t.lower_ in links
                                     or t.lower_ in ("et", "and", "&") and 0 < t.i - span.start < len(span) - 1
                                     for t in span[i:])
