"""Where a name begins and ends: gazetteer and NER spans joined, institutional names the
model cut short completed, versions and suffixes added, and names the model missed found
(versioned product names, runs of unknown proper nouns)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from veille.nlp.doctext import token_strings
from veille.nlp.entities.aliases import alias_cue_at
from veille.nlp.entities.cleanup import amount_at, figure_goes_on, is_fragment, leading_descriptor
from veille.nlp.entities.common import (
    CAMEL,
    LEX,
    NAMES,
    SHAPED,
    VERSION,
    YEAR,
    endings,
    has_digit,
    lang_of,
    make_span,
    starts_sentence,
)
from veille.nlp.lexicon import cased, words
from veille.normalize._date_lexicon import date_lexicon
from veille.normalize.money import currency_code

STOP_EXPAND = {",", ";", ":", "(", ")", ".", "!", "?", "\n", "—", "–"}
NAME_LABELS = ("organization", "person", "ORG", "PER")  # names an expansion does not cross


def weak_type(span: Span, weak: Iterable[Span]) -> Span:
    """A name the model found that is exactly a weak gazetteer alias takes its entry."""
    for w in weak:
        if w.start == span.start and w.end == span.end:
            return make_span(span.doc, span.start, span.end, w.label_, "gazetteer", w.kb_id_)
    return span


# --- institutional names cut short -----------------------------------------------------------
def expand_name(span: Span, lang: str, others: list[Span]) -> Span:
    """Complete institutional names the model cut short: 'ministère valdorien de la' + 'Culture
    et des Sports'; 'Institut national des technologies numériques' + 'et de la
    transformation numérique'; 'Fonds d'innovation technologique' + 'NATIF'."""
    doc = span.doc
    starts = words(LEX, "org_starts", lang) | words(LEX, "event_words", lang)
    start = _institution_word_before(span, lang)
    end = span.end
    if doc[start].lower_ in starts:
        end = max(end, _rest_of_phrase(span, start, lang, others, starts))
    if _acronym_after(doc, start, end, starts):
        end += 1
    if (start, end) == (span.start, span.end):
        return span
    return make_span(doc, start, end, span.label_, span.id_ or "ner", span.kb_id_)


def _institution_word_before(span: Span, lang: str) -> int:
    """Where the name begins with a lowercase institution noun before 'de/des' and adjectives
    ('ministère valdorien de la' + a name), else its own start."""
    doc = span.doc
    start = span.start
    of_words = words(NAMES, "of_words")
    i = start - 1
    while i >= 0 and start - i <= 4 and (doc[i].lower_ in of_words
                                         or (doc[i].pos_ == "ADJ" and doc[i].is_lower)):
        i -= 1
    if i >= 0 and i < start - 1 and doc[i].lower_ in words(LEX, "org_starts", lang) and \
            doc[i].is_lower and span.label_ in ("organization", "MISC") \
            and any(doc[k].lower_ in of_words for k in range(i + 1, start)):
        return i  # (not 'le fonds singapourien' + 'Meranti Partners': a name complete after a noun)
    return start


def _rest_of_phrase(span: Span, start: int, lang: str, others: list[Span],
                    starts: frozenset[str]) -> int:
    """The end of the noun phrase of a name that starts with an institution word: up to
    another name, a verb, a clause, a stop or an alias cue, 16 tokens at most."""
    doc = span.doc
    end = span.end
    right = max((t.i for t in doc[start].subtree), default=end - 1) + 1
    blocked = {i for o in others if o.label_ in NAME_LABELS
               and not (o.start >= span.start and o.end <= span.end)
               and not _coordinated_part(doc, end, o, right, starts)
               for i in range(o.start, o.end)}
    j = end
    quote_open = False
    if end < len(doc) and not _goes_on(doc[end]):
        return end  # 'le Sommet X de l'IA' + 'multiplie les annonces' (a verb read as a preposition)
    while j < min(right, start + 16):
        t = doc[j]
        if t.i in blocked or _ends_name(doc, j, end, lang, starts):
            break
        if t.text in ("«", "“"):
            quote_open = True
        elif t.text in ("»", "”"):
            quote_open = False
        elif _ends_phrase(doc, j, quote_open):
            break
        j += 1
    return _without_trailing_words(doc, end, j)


def _goes_on(tok: Token) -> bool:
    """Whether a word can go on with an institution's name the model cut short: 'de', 'et',
    'pour', 'of', 'and', 'for', a quote, an adjective or a capitalised word."""
    return tok.lower_ in words(NAMES, "of_words") | words(NAMES, "name_links") or tok.pos_ == "ADJ" or tok.is_punct \
        or tok.is_title or tok.is_upper or tok.like_num


_COORDINATING = frozenset({"et", "and", "de", "du", "des", "la", "l'", "l’", "of", "the", ","})


def _coordinated_part(doc: Doc, end: int, other: Span, right: int, starts: frozenset[str]) -> bool:
    """'ministère de l'Économie' + 'et de la' + 'Société numériques': a name the model found
    after 'et de', inside the institution's phrase, is the rest of its portfolio, not another
    name ('le ministère de X et la Banque Y' is two)."""
    between = [t.lower_ for t in doc[end:other.start]]
    return end < other.start <= right and other.end <= right and bool(between) \
        and set(between) <= _COORDINATING and ("et" in between or "and" in between) \
        and bool({"de", "du", "des", "of"} & set(between)) and doc[other.start].lower_ not in starts


def _ends_name(doc: Doc, j: int, end: int, lang: str, starts: frozenset[str]) -> bool:
    """Past the model's span, another institution word or a preposition of place begins
    another phrase ('Institut ... à Lyon'); an alias cue introduces another name."""
    t = doc[j]
    if t.like_num and j + 1 < len(doc) and (doc[j + 1].lower_ in date_lexicon(lang).months
                                          or doc[j + 1].lower_ in ("au", "to")):
        return True  # 'ministère du Numérique' + 'du 12 au 14 mai': a date
    return (t.lower_ in starts and t.is_lower and j > end) or (
        t.lower_ in words(NAMES, "place_preps") and j > end) or alias_cue_at(doc, j, lang) \
        or amount_at(doc, j)





def _ends_phrase(doc: Doc, j: int, quote_open: bool) -> bool:
    """A stop, a verb outside quotes, a relative pronoun, or a conjunction before an article:
    'PIF et la société américaine' (not 'et de la', 'et des') names another entity."""
    t = doc[j]
    if t.text in STOP_EXPAND or (t.pos_ in ("VERB", "AUX") and not quote_open) \
            or t.lower_ in words(NAMES, "relative_pronouns"):
        return True
    return t.lower_ in words(NAMES, "conjunctions") and j + 1 < len(doc) \
        and doc[j + 1].lower_ in words(NAMES, "phrase_openers")


def _without_trailing_words(doc: Doc, end: int, j: int) -> int:
    """An expansion ending at j, without its trailing function words and punctuation."""
    trailing = words(NAMES, "trailing_words")
    while j > end and (doc[j - 1].is_stop and doc[j - 1].is_lower or doc[j - 1].is_punct
                       and doc[j - 1].text not in ("»", "”", ")")
                       or doc[j - 1].lower_ in trailing):
        j -= 1
    return j


def _acronym_after(doc: Doc, start: int, end: int, starts: frozenset[str]) -> bool:
    """An acronym right after an institution's name: 'Fonds d'innovation technologique NATIF'
    (not one in parentheses, which is another name of it)."""
    return end < len(doc) and doc[end].is_upper and doc[end].is_alpha and len(doc[end]) > 2 \
        and doc[start].lower_ in starts and (end + 1 >= len(doc) or doc[end + 1].text != "(")


# --- phrases that are no names ---------------------------------------------------------------
def generic_or_modifier(span: Span, lang: str) -> bool:
    """'Conseil d'administration' (a common noun phrase) and 'coopération Vietnam-Chine'
    (places as a modifier) are not entities."""
    return _generic_phrase(span, lang) or _places_as_modifier(span, lang) or title_word(span, lang)


def title_word(span: Span, lang: str) -> bool:
    """'Deputy finance director X will ...', 'Chief executive X said': one capitalised word of
    a title (`title_modifiers`, `person_titles`) opening a title written in lower case."""
    doc = span.doc
    modifiers = words("lexicon/roles.yaml", "title_modifiers", lang)
    titles = words(LEX, "person_titles", lang)
    if len(span) > 1 and span.id_ != "gazetteer" and span[-1].lower_ in titles \
            and all(t.lower_ in modifiers or t.lower_ in titles for t in span[:-1]):
        return True  # 'First Vice Minister of Trade ... X': a whole title in capitals
    if len(span) != 1 or span.id_ == "gazetteer" or span.end >= len(doc) or not doc[span.end].is_lower:
        return False
    low = span[0].lower_
    return low in modifiers or low in titles


def _generic_phrase(span: Span, lang: str) -> bool:
    doc = span.doc
    acronym = span.end + 1 < len(doc) and doc[span.end].text == "(" and doc[span.end + 1].is_upper
    return span[0].lower_ in words(LEX, "org_starts", lang) and len(span) <= 5 and not acronym \
        and span.id_ != "gazetteer" and not any(t.is_title or t.is_upper for t in span[1:]) \
        and not _capitalised_institution(span, lang)


def _places_as_modifier(span: Span, lang: str) -> bool:
    """'coopération Vietnam-Chine'; not 'la région Nouvelle-Aquitaine': a place's own name."""
    doc = span.doc
    if "-" not in span.text or span.label_ != "place" or span.start <= 0:
        return False
    prev = doc[span.start - 1]
    return prev.is_lower and prev.pos_ in ("NOUN", "ADJ") and \
        prev.lower_ not in words(LEX, "place_heads", lang) and \
        re.search(r"[A-Z][\w]+-[A-Z]", span.text) is not None


def _capitalised_institution(span: Span, lang: str) -> bool:
    """'l'Agence nationale de la recherche', 'l'Institut valdorien des données': in French
    only an institution's first word takes a capital, so a capitalised institution word inside
    a sentence followed by an adjective of public bodies (national, fédéral, central, ...) or
    of a country names one; 'le Comité exécutif', 'le Conseil d'administration' do not."""
    if len(span) < 2 or not span[0].is_title or starts_sentence(span[0]) \
            or not span[1].is_lower:
        return False
    adj = span[1].lower_
    return adj in words(LEX, "institution_adjectives", lang) or adj.endswith(
        endings("demonym_singular_endings"))


def merge_with_gazetteer(doc: Doc, ner: list[Span], gaz: list[Span]) -> list[Span]:
    """Gazetteer names win over overlapping NER spans, unless a NER span is a longer name that
    strictly contains them without being covered by them ('Hong Kong Trade Development Council')."""
    gaz = filter_spans([make_span(doc, s.start, s.end, s.label_, "gazetteer", s.kb_id_) for s in gaz])
    kept: list[Span] = []
    for ent in ner:
        inside = [g for g in gaz if g.start >= ent.start and g.end <= ent.end]
        overlapping = [g for g in gaz if g.start < ent.end and g.end > ent.start]
        if not overlapping:
            kept.append(ent)
        elif _longer_name_around(ent, inside, overlapping):
            kept.append(ent)  # a longer name containing a known one
            gaz = [g for g in gaz if g not in inside]
    return filter_spans(gaz + kept)


def _longer_name_around(ent: Span, inside: list[Span], overlapping: list[Span]) -> bool:
    """Whether the NER span holds one gazetteer name, overlaps no other, and has words of its
    own besides punctuation and function words; not a place after a preposition of place
    followed by another name ('à Séoul' + 'Nuri-S': 'dévoilé à Séoul Nuri-S'), unless the words
    after it end as a place's name does ('in Hong Kong Science Park')."""
    doc = ent.doc
    if len(inside) > 1 and len(overlapping) == len(inside) and ent.label_ == "organization" \
            and all(g.label_ == "place" for g in inside) and inside[-1].end < ent.end \
            and doc[ent.end - 1].text in cased(LEX, "org_suffixes"):
        return True  # 'Shanghai Pudong Venture Capital': places opening a company's name
    if len(inside) != 1 or len(overlapping) != 1:
        return False
    place = inside[0]
    lang = lang_of(doc)
    if place.start == ent.start and place.end < ent.end and place.label_ == "place" and ent.start > 0 \
            and doc[ent.start - 1].lower_ in words("lexicon/facts.yaml", "locative_preps") \
            and doc[ent.end - 1].lower_ not in words(LEX, "place_name_heads", lang):
        return False
    covered = set(range(place.start, place.end))
    return any(t.i not in covered and not (t.is_punct or t.is_stop) for t in ent)


# --- versions, suffixes, years ---------------------------------------------------------------
def extend(span: Span, lang: str) -> Span:
    """Add a following version ('Seedance' + '2.0', 'Gemini 3' + 'Pro') or organisation suffix
    ('UCloud' + 'Tech') to a name; an event's year ('Expo' + '2025')."""
    doc = span.doc
    end = span.end
    label, source = span.label_, span.id_
    added_version = False
    while end < len(doc):
        of_phrase = _of_phrase(span, end) if label in ("organization", "MISC") else 0
        if of_phrase:  # 'Hong Kong General Chamber' + 'of Commerce': a body's name
            end += of_phrase
            label = "organization"
            continue
        and_part = _and_part(span, end) if label in ("organization", "MISC") else 0
        if and_part:  # 'Ministry of Communication' + 'and Digital Affairs'
            end += and_part
            label = "organization"
            continue
        glued = _glued_part(span, end, added_version)
        if glued:  # 'Qwen3' + '-Next', 'GPT-4o' + '-mini', 'DeepSeek-V3.2' + '-Speciale'
            end += glued
            added_version = True
            continue
        part = _next_part(span, end, added_version, lang)
        if part is None:
            break
        end += 1
        if part == "version":
            added_version = True
        elif part == "year":
            label = "event"
            break
    start = span.start
    if label == "product" and start > 0 and _MODEL_WORD.match(doc[start - 1].text) \
            and doc[start - 1].whitespace_:
        start -= 1  # 'Hunyuan3D' + 'World Model 1.0'
    if (start, end) == (span.start, span.end):
        return span
    if added_version and label not in ("event",):
        label = "product"
    return make_span(doc, start, end, label, source if source == "gazetteer" else "rule")


_MODEL_WORD = re.compile(r"^[A-Z][A-Za-z]*\d[A-Za-z\d.]*$")  # 'Hunyuan3D', 'Qwen2.5', 'GLM4'


def _of_phrase(span: Span, end: int) -> int:
    """How many tokens an English body's name takes after its head word ('Institute', 'Chamber',
    'Bank'): 'of' or 'for', an optional 'the', and the capitalised words after it, with 'and'
    between two of them ('Institute for Frontier AI', 'Ministry of Science and ICT'), in an
    article in any language; 0 when none."""
    doc = span.doc
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "for") \
            or not doc[end - 1].is_title or doc[end - 1].lower_ not in words(LEX, "org_starts", "en"):
        return 0
    j = end + 1
    if doc[j].lower_ == "the" and j + 1 < len(doc):
        j += 1
    k = j
    while k < len(doc) and (doc[k].is_title or doc[k].is_upper and doc[k].is_alpha) \
            and doc[k].pos_ in ("PROPN", "NOUN", "ADJ"):
        k += 1
        if k + 1 < len(doc) and doc[k].lower_ == "and" and (doc[k + 1].is_title or doc[k + 1].is_upper) \
                and doc[k + 1].pos_ in ("PROPN", "NOUN"):
            k += 1
    return k - end if k > j else 0


def _and_part(span: Span, end: int) -> int:
    """How many tokens 'and' and the capitalised words after it, ending with a portfolio's word,
    add to an English body's name that has 'of' or 'for' after its head word ('Ministry of
    Communication' + 'and Digital Affairs'); 0 when none."""
    doc = span.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not doc[end - 1].is_title:
        return 0
    heads = words(LEX, "org_starts", "en")
    if not any(t.lower_ in ("of", "for") and t.i > span.start and doc[t.i - 1].lower_ in heads
               for t in span):
        return 0
    k = end + 1
    while k < len(doc) and (doc[k].is_title or doc[k].text == "ICT") and doc[k].pos_ in ("PROPN", "NOUN", "ADJ"):
        k += 1
    # the last word names a portfolio ('Digital Affairs'), not a company ('and Velmora Systems')
    if k == end + 1 or doc[k - 1].lower_ not in words(LEX, "portfolio_words", "en"):
        return 0
    return k - end


def _glued_part(span: Span, end: int, added_version: bool) -> int:
    """How many tokens a hyphen glued to the end of a product's name, and the part glued after
    it, add to the name ('Qwen3-Next', 'Llama-4-Scout', 'GPT-4o-mini'): a part that is
    capitalised or a version word, or one with a digit after any name ('Veltra-V2.1'); not
    'Qwen3-based', 'Samsung-SK' (0 when none)."""
    doc = span.doc
    if doc[end - 1].whitespace_ or span.label_ in ("place", "event"):
        return 0
    tok = doc[end]
    if tok.text in ("-", "\u2011") and not tok.whitespace_ and end + 1 < len(doc):
        part, n = doc[end + 1].text, 2
    elif tok.text[:1] in ("-", "\u2011") and len(tok.text) > 1:
        part, n = tok.text[1:], 1
    else:
        return 0
    if any(c.isdigit() for c in part) and not YEAR.match(part):  # 'Veltra' + '-V2.1'
        return n
    named = added_version or span.label_ in ("product", "MISC") or has_digit(span)
    if named and (part[:1].isupper() or part.capitalize() in cased(LEX, "version_words")):
        return n
    return 0


def _next_part(span: Span, end: int, added_version: bool, lang: str) -> str | None:
    """What token `end` adds to the name: 'version', 'suffix', 'year', or None (it ends)."""
    tok = span.doc[end]
    if _is_version(span, end, added_version):
        return None if _is_count(span.doc, end) else "version"
    if tok.text in cased(LEX, "org_suffixes") and span.label_ in ("organization", "MISC") \
            and tok.is_title | tok.is_upper:
        return "suffix"
    if YEAR.match(tok.text) and _takes_a_year(span, lang):
        return "year"
    if _camel_part(span, end):
        return "suffix"
    return None


def _camel_part(span: Span, end: int) -> bool:
    """'Korat' + 'CloudWorks', 'Naga' + 'DataGrid': a word written in camel case right after a
    company's capitalised last word goes on with its name."""
    tok, last = span.doc[end], span.doc[end - 1]
    if not (span.label_ in ("organization", "MISC") and tok.pos_ == "PROPN" and tok.text[:1].isupper()
            and CAMEL.match(tok.text) and last.is_title and last.whitespace_ == " "
            and not tok.text.startswith("Mc")):
        return False
    # not in a line with its words capitalised ('X Releases PLaMo 3 and Opens ...'): any word
    alpha = [t for t in tok.sent if t.is_alpha]
    return sum(t.is_lower for t in alpha) * 2 > len(alpha)


def _is_version(span: Span, end: int, added_version: bool) -> bool:
    text = span.doc[end].text
    return bool(VERSION.match(text) and not YEAR.match(text)) or (
        text in cased(LEX, "version_words") and (added_version or has_digit(span)))


def _is_count(doc: Doc, end: int) -> bool:
    """'3 entreprises': a number before a lowercase noun or '%' is a count, not a version; 'ERNIE
    5.5 is', 'Gemini 2.5 a été', 'Halcyon 4.5 mardi' are versions before a verb or a date."""
    if not (doc[end].like_num and end + 1 < len(doc)):
        return False
    if figure_goes_on(doc, end + 1):
        return True  # 'Advantest 3.9%': a percentage after a name; 'Brisac 2 800 km': 2,800
    nxt = doc[end + 1]
    dates = date_lexicon(doc.lang_)
    return nxt.is_alpha and nxt.is_lower and nxt.pos_ not in _NOT_COUNTED \
        and nxt.lower_ not in dates.weekdays and nxt.lower_ not in dates.months


_NOT_COUNTED = frozenset({"AUX", "VERB", "ADP", "DET", "CCONJ", "SCONJ", "PRON", "PART"})


def _takes_a_year(span: Span, lang: str) -> bool:
    """Events, untyped names, a one-word 'person' and names with an event word take a year."""
    label = span.label_
    return label in ("event", "MISC") or (label == "person" and len(span) == 1) or any(
        t.lower_ in words(LEX, "event_words", lang) for t in span)


# --- names the model missed ------------------------------------------------------------------
_CODE = re.compile(r"^[A-Z]{1,3}\d{1,4}[A-Z]?$")
_DIGIT = re.compile(r"\d")
_NOT_CODES = re.compile(r"^(?:Q[1-4]|H[12]|G\d{1,2}|FY\d+)$")


def shaped_products(doc: Doc, taken: set[int], lang: str) -> list[Span]:
    """Product names by their shape outside any entity ('GLX-4', 'K2.5'), and short codes a
    product word names ('le robot R1', 'le YU7, un SUV électrique'), extended; their first
    tokens are added to `taken`."""
    out = []
    for i, text in enumerate(token_strings(doc, ORTH)):
        if i in taken or not _DIGIT.search(text) or YEAR.match(text) or money_shape(text):
            continue  # (a shape or a code has a digit; 'RM3.2', 'Rs240' are sums)
        tok = doc[i]
        if SHAPED.match(text) or product_code(doc, tok, lang):
            out.append(extend(make_span(doc, tok.i, tok.i + 1, "product", "rule"), lang))
            taken.add(tok.i)
    return out


_MARK = re.compile(r"^([A-Za-z]{2,4})\d")


def money_shape(text: str) -> bool:
    """'RM3.2', 'Rs240', 'Rp15': a currency's code or symbol glued to a figure."""
    m = _MARK.match(text)
    return m is not None and currency_code(m.group(1), "en") is not None


def product_code(doc: Doc, tok: Token, lang: str) -> bool:
    """'YU7', 'M15X', 'R1' after a product word or before an apposition that names one (not a
    quarter, a half-year or a summit: 'Q3', 'H1', 'G20')."""
    if not _CODE.match(tok.text) or _NOT_CODES.match(tok.text):
        return False
    heads = words(LEX, "product_heads", lang) | words(LEX, "thing_heads", lang)
    before = [t for t in doc[max(0, tok.i - 3):tok.i] if not t.is_punct]
    if before and before[-1].lower_ in heads | {"usine", "plant", "suv", "berline", "sedan"}:
        return True
    i = tok.i + 1
    if i < len(doc) and doc[i].text == ",":
        nxt = [t for t in doc[i + 1:i + 5] if t.pos_ != "DET" and not (t.pos_ == "ADJ" and t.is_lower)]
        return bool(nxt) and nxt[0].lower_ in heads | {"suv", "berline", "sedan"}
    return False


def proper_noun_runs(doc: Doc, taken: set[int], lang: str) -> list[Span]:
    """Names the model missed: runs of capitalised proper nouns outside any entity, left
    untyped (MISC) for the context rules and document consistency to type or drop."""
    out = []
    run: list[Token] = []
    skip = cased(LEX, "not_names")
    tokens: list[Token | None] = [*doc, None]
    for tok in tokens:
        if tok is not None and _missed_name_word(tok, taken, skip) and not leading_descriptor(tok, lang):
            run.append(tok)
            continue
        if run:
            first = run[0].i
            prev = doc[first - 1] if first > 0 else None
            if prev is not None and prev.i not in taken and prev.is_upper and prev.is_alpha \
                    and 2 <= len(prev) <= 5 and prev.whitespace_ == " " and prev.text not in skip \
                    and prev.lower_ not in words(LEX, "person_titles", lang):
                first -= 1  # 'SB Intuitions' opening a paragraph: the acronym is part of it
            span = make_span(doc, first, run[-1].i + 1, "MISC", "ner")
            if not is_fragment(span, lang):
                out.append(span)
            run = []
    return out


def hyphenated_given_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Korean and Chinese names the model missed: a short capitalised surname and a given name of
    two syllables joined by a hyphen, the second in lower case, in either order ('Ha Eun-ji',
    'Min-ji Park'), outside any entity: a person."""
    out: list[Span] = []
    # Either shape has its hyphen second or third: only the words one or two before a hyphen
    # can open one (the others were tried and passed over one by one, to the same result).
    hyphens = [i for i, text in enumerate(token_strings(doc, ORTH)) if text in _HYPHENS]
    starts = sorted({h - d for h in hyphens for d in (1, 2) if h - d >= 0 and h - d + 3 < len(doc)})
    free = 0  # the first token after the last name found
    for i in starts:
        if i < free or any(j in taken for j in range(i, i + 4)):
            continue
        if _surname(doc[i]) and _given(doc, i + 1):  # 'Ha' + 'Eun-ji'
            out.append(make_span(doc, i, i + 4, "person", "rule"))
            free = i + 4
        elif _given(doc, i) and _surname(doc[i + 3]) and doc[i + 2].whitespace_:  # 'Min-ji' + 'Park'
            out.append(make_span(doc, i, i + 4, "person", "rule"))
            free = i + 4
    return out


_HYPHENS = ("-", "\u2011")


def _surname(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha and len(tok) <= 5 and not tok.is_stop


def _given(doc: Doc, i: int) -> bool:
    """'Eun' '-' 'ji' at token i: a capitalised syllable, a hyphen, a lower-case one."""
    if i + 2 >= len(doc):
        return False
    first, hyphen, second = doc[i], doc[i + 1], doc[i + 2]
    return first.is_title and first.is_alpha and len(first) <= 4 and hyphen.text in _HYPHENS \
        and not first.whitespace_ and not hyphen.whitespace_ and second.is_lower and second.is_alpha \
        and len(second) <= 5


def _missed_name_word(tok: Token, taken: set[int], skip: frozenset[str]) -> bool:
    """A capitalised word outside any entity that the tagger calls a proper noun, or that has
    no vector (the model never saw it) and does not open a sentence."""
    if tok.i in taken or not tok.is_title or not tok.is_alpha or len(tok) <= 2 \
            or tok.text in skip:
        return False
    unknown = not tok.doc.vocab.has_vector(tok.lower_)
    if starts_sentence(tok) and unknown and tok.pos_ != "NOUN" and tok.dep_ in ("nsubj", "nsubj:pass") \
            and tok.i + 2 < len(tok.doc) \
            and tok.nbor(1).text == "," and tok.nbor(2).pos_ == "DET":
        return True  # 'Orvelink, a Paris-based start-up, has raised ...': the apposition types it
    return (tok.pos_ == "PROPN" or (unknown and not starts_sentence(tok))) \
        and not (starts_sentence(tok) and not unknown)


def titled_programmes(doc: Doc, spans: list[Span], lang: str) -> list[Span]:
    """'le programme AI Talent Malaysia', 'its Enterprise AI Compute programme', 'its Document
    Parse software' (`named_product_nouns`, English only: French names a product after its
    noun, which the context rules read): a run of
    capitalised words right after (French) or before (English) a word of `programme_nouns` is a
    programme's name, a product, even where the model read part of it as a company; a name the
    gazetteer knows is left alone ('le programme de Microsoft')."""
    nouns = words(LEX, "programme_nouns", lang) | words(LEX, "named_product_nouns", lang)
    known = {i for s in spans if (s.id_ == "gazetteer" and s.label_ != "place") or s.label_ == "person"
             for i in range(s.start, s.end)}  # ('AI Talent Malaysia': a country in the name)

    never = cased(LEX, "not_names")

    def capital(t: Token) -> bool:
        return (t.is_title or t.is_upper) and t.is_alpha and t.i not in known \
            and not starts_sentence(t)

    out = []
    for i, lower in enumerate(token_strings(doc, LOWER)):
        if lower not in nouns:  # (most words: read without a Token)
            continue
        tok = doc[i]
        if not tok.is_lower:
            continue
        if lang == "fr":
            if tok.i == 0 or doc[tok.i - 1].pos_ not in ("DET", "ADP"):  # 'au programme X'
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 6 and capital(doc[end]):
                end += 1
            start = tok.i + 1
        else:
            start = tok.i
            while start > 0 and tok.i - start < 6 and capital(doc[start - 1]):
                start -= 1
            end = tok.i
            if start == end or start == 0 or doc[start - 1].pos_ not in ("DET", "PRON") \
                    and doc[start - 1].tag_ != "PRP$":
                continue
        places = {i for s in spans if s.label_ == "place" for i in range(s.start, s.end)}
        if all(doc[i].text in never for i in range(start, end)):
            continue  # 'le plan IA national'
        if end - start >= 2 and not all(i in places for i in range(start, end)) \
                or (end - start == 1 and any(c.isupper() for c in doc[start].text[1:])):
            out.append(make_span(doc, start, end, "product", "rule"))
    return out


def _years_ahead(doc: Doc, start: int) -> int:
    """Where a programme's name goes on to, when the words after its 'et'/'and' lead, within
    five words of nouns, adjectives, determiners and 'de', to its years ('et les
    semi-conducteurs 2026-2030'); 0 when they do not."""
    for j in range(start, min(start + 6, len(doc))):
        t = doc[j]
        if YEAR.match(t.text):
            k = j + 1
            while k + 1 < len(doc) and doc[k].text in ("-", "–", "‑", "/") and YEAR.match(doc[k + 1].text):
                k += 2
            return k
        if t.pos_ not in ("NOUN", "ADJ", "DET", "ADP", "PROPN") or t.is_punct:
            return 0
    return 0


def named_programmes(doc: Doc, taken: set[int], lang: str) -> list[Span]:
    """'le Programme national d'accélération des start-up d'IA', 'le Plan d'action national pour
    l'intelligence artificielle 2026-2030', 'la Stratégie nationale des semi-conducteurs': a
    public programme named by a capitalised head word of `programme_heads` after a determiner,
    with its adjectives, complements and years (French names it head first); a product."""
    heads = cased(LEX, "programme_heads")
    links = words(LEX, "programme_links", lang)
    out = []
    texts = token_strings(doc, ORTH)
    i = 0
    while i < len(doc):
        if i in taken or texts[i] not in heads or i == 0 or doc[i - 1].pos_ != "DET":
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 14 and doc[end].i not in taken:
            t = doc[end]
            if t.pos_ in ("ADJ", "NUM") or t.like_num or t.text in ("-", "–", "‑") \
                    or (t.lower_ in links and end + 1 < len(doc)
                        and doc[end + 1].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM")):
                end += 1
            elif t.pos_ in ("NOUN", "PROPN") and doc[end - 1].lower_ in links | {"l'", "l’", "la", "le", "les"}:
                end += 1
            elif t.pos_ == "DET" and doc[end - 1].lower_ in links:
                end += 1
            elif t.lower_ in ("et", "and") and _years_ahead(doc, end + 1):
                end = _years_ahead(doc, end + 1)  # '... pour l'intelligence artificielle et les
            else:                                   # semi-conducteurs 2026-2030'
                break
        while end > i + 1 and (doc[end - 1].lower_ in links or doc[end - 1].pos_ == "DET"
                               or doc[end - 1].text in ("-", "–", "‑")):
            end -= 1
        if end - i >= 2:
            out.append(make_span(doc, i, end, "product", "rule"))
            taken.update(range(i, end))
        i = max(end, i + 1)
    return out

