"""Entity components: span cleanup, contextual typing and document-level consistency.

Each is a spaCy component with a versioned name. They turn the statistical NER's raw labels
(PER/ORG/LOC/MISC in French, OntoNotes labels in English) into Veille's five types, fix the
model's usual mistakes with general cues kept in data/lexicon/entities.yaml, and group the
mentions of one entity within a document.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from veille.models import DocEntity, Mention, norm_name
from veille.nlp.doctext import doc_text
from veille.nlp.lexicon import cased, words

LEX = "lexicon/entities.yaml"
NAMES = "lexicon/names.yaml"  # function words of the span rules: every language's lists
NER_TYPES = {
    "PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place",
    "FAC": "place", "PRODUCT": "product", "EVENT": "event", "MISC": "MISC", "WORK_OF_ART": "MISC",
}
SOURCE_WEIGHT = {"gazetteer": 100, "user": 100, "rule": 10, "ner": 1}
VERSION = re.compile(r"^(?:v?\d+(?:\.\d+)*[a-zA-Z]?|[A-Z]\d+(?:\.\d+)*|[A-Z]?\d+[a-z]?)$")
SHAPED = re.compile(r"^[A-Z][A-Za-z]*-[A-Z]?\d+(?:\.\d+)*[A-Za-z]{0,2}$|^[A-Z]{1,3}\d+(?:\.\d+)+$"
                    r"|^[A-Z][a-z]+[A-Z]?\d+(?:\.\d+)?$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
CAMEL = re.compile(r"^[A-Za-z]*[a-z][A-Z][A-Za-z]*$|^[a-z][A-Z]{2,}")
LIST_PUNCT = {",", "&"}  # between the names of an enumeration, with the conjunctions

if not Doc.has_extension("veille_entities"):
    Doc.set_extension("veille_entities", default=None)


def _span(doc: Doc, start: int, end: int, label: str, source: str, kb_id: str = "") -> Span:
    return Span(doc, start, end, label=label, kb_id=kb_id, span_id=source)


def lang_of(doc: Doc) -> str:
    return "en" if doc.lang_ == "en" else "fr"


@cache
def org_ending() -> re.Pattern[str]:
    """A one-word company name by its ending: 'Agritech', 'Medtech', 'Mechatronics'."""
    ends = "|".join(re.escape(e) for e in sorted(words(LEX, "org_name_endings")))
    return re.compile(rf"^[A-Z][a-z]+(?:{ends})$")


@cache
def endings(key: str) -> tuple[str, ...]:
    """A list of word endings of names.yaml, as `str.endswith` takes them."""
    return tuple(sorted(words(NAMES, key)))


# --- cleanup -----------------------------------------------------------------------------
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
            if span is None or is_fragment(span, lang, label):
                continue
            out.append(_span(doc, span.start, span.end, label, "ner"))
        doc.ents = filter_spans(out)
        return doc


def trim(span: Span, lang: str) -> Span | None:
    """The span without leading determiners or titles and trailing punctuation."""
    doc = span.doc
    start, end = span.start, span.end
    dets = words(LEX, "determiners", lang)
    titles = words(LEX, "person_titles", lang)
    heads = words(LEX, "place_heads", lang) | words(LEX, "org_heads", lang)
    changed = True
    while changed and start < end:
        changed = False
        low = doc[start].lower_
        if low in dets or low.rstrip("'’") + "'" in dets or (
                doc[start].is_lower and low in heads and start + 1 < end
                and doc[start + 1].is_title):  # 'région Nouvelle-Aquitaine', 'startup Velpro'
            start += 1
            changed = True
            continue
        for n in (3, 2, 1):
            if start + n <= end and " ".join(t.lower_ for t in doc[start:start + n]) in titles:
                if start + n < end and doc[start + n].is_title or start + n == end:
                    start += n
                    changed = True
                    break
    # 'ministre des Finances Lawrence Wong': a capitalised common noun ending a title
    if end - start >= 3 and start > 0 and doc[start - 1].lower_ in words(NAMES, "title_links") \
            and doc.vocab.has_vector(doc[start].lower_) and doc[start].pos_ != "PROPN" \
            and all(t.is_title for t in doc[start + 1:end]):
        start += 1
    # trailing punctuation, possessives and function words ('Institut ... des données et la')
    possessives = words(NAMES, "possessives")
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in ")+"
                           or doc[end - 1].lower_ in possessives
                           or doc[end - 1].is_stop and doc[end - 1].is_lower):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def is_fragment(span: Span, lang: str, label: str = "") -> bool:
    """Sentence pieces, lowercase phrases, numbers, titles and peoples ('les Singapouriens')
    are not names."""
    text = span.text
    prev = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if len(span) == 1 and prev in words(NAMES, "people_articles") and text.lower().endswith(
            endings("demonym_plural_endings")) and (label or span.label_) in ("place", "MISC"):
        return True
    if len(text) < 2 or not any(c.isalpha() for c in text):
        return True
    if not (text[0].isupper() or text[0].isdigit() or CAMEL.match(span[0].text)
            or _institution_name(span, lang)):
        return True
    if " ".join(t.lower_ for t in span) in words(LEX, "person_titles", lang):
        return True
    if "\n" in text or text in cased(LEX, "not_names"):
        return True
    first = span[0]
    if len(span) == 1 and _starts_sentence(first) and first.pos_ not in ("PROPN",) \
            and first.doc.vocab.has_vector(first.lower_) and not CAMEL.match(first.text):
        return True  # 'Source', 'Placé', 'Renforcer' at the start of a sentence or quotation
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
    return 1 < i < len(span) and all(t.is_title or t.is_upper or t.lower_ in links
                                     for t in span[i:])


def _starts_sentence(tok: Token) -> bool:
    if tok.is_sent_start or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.text in ("«", "“", '"', ":", "\n", "\n\n") or prev.is_space


# --- typing rules --------------------------------------------------------------------------
@Language.factory("veille_entity_rules", default_config={"version": 1})
def make_rules(nlp: Language, name: str, version: int) -> EntityRules:
    return EntityRules()


class EntityRules:
    """Joins gazetteer and NER spans, extends names to their versions and suffixes, adds
    versioned product names, and types each span from its context."""

    versioned_name = "veille.entity_rules.v1"

    def __call__(self, doc: Doc) -> Doc:
        lang = lang_of(doc)
        ner = [weak_type(s, doc.spans.get("gazetteer_weak", [])) for s in doc.ents]
        others = list(doc.spans.get("gazetteer", [])) + list(ner)
        ner = [expand_name(s, lang, others) for s in ner]
        ner = [s for s in filter_spans(ner) if not generic_or_modifier(s, lang)]
        spans = merge_with_gazetteer(doc, ner, list(doc.spans.get("gazetteer", [])))
        spans = [extend(s, lang) for s in spans]
        taken = {i for s in spans for i in range(s.start, s.end)}
        for tok in doc:
            if tok.i not in taken and SHAPED.match(tok.text) and not YEAR.match(tok.text):
                spans.append(extend(_span(doc, tok.i, tok.i + 1, "product", "rule"), lang))
                taken.add(tok.i)
        spans.extend(extend(s, lang) for s in proper_noun_runs(doc, taken, lang))  # 'Sorano' + 'AI'
        typed = []
        for span in filter_spans(spans):
            if span.id_ == "gazetteer":
                typed.append(span)
                continue
            label = context_type(span, lang)
            if label is not None:  # the context decides, or confirms the model
                typed.append(_span(doc, span.start, span.end, label, "rule"))
            else:
                typed.append(span)
        doc.ents = list_consistency(filter_spans(typed))
        return doc


def list_consistency(spans: list[Span]) -> list[Span]:
    """In an enumeration ('LG AI, Naver, SK Telecom, Rebellions, SAPEON et Nextchip'), names
    the model typed as places or left untyped take the type most of the list has."""
    spans = sorted(spans, key=lambda s: s.start)
    out = list(spans)
    glue = words(NAMES, "conjunctions") | LIST_PUNCT
    run: list[int] = []

    def settle(idx: list[int]) -> None:
        if len(idx) < 2:
            return
        votes = Counter(out[i].label_ for i in idx if out[i].id_ in ("gazetteer", "rule")
                        or out[i].label_ == "organization")
        if not votes:
            return
        label, n = votes.most_common(1)[0]
        if n * 2 < len(idx) or label != "organization":
            return
        short = len(idx) < 3  # 'X et Y': only fill in a name the model left untyped
        for i in idx:
            s = out[i]
            if s.id_ not in ("gazetteer",) and (s.label_ == "MISC" or (
                    s.label_ == "place" and not short)):
                out[i] = _span(s.doc, s.start, s.end, label, "rule")

    for n, span in enumerate(spans):
        if run:
            prev = spans[run[-1]]
            between = [t.lower_ for t in span.doc[prev.end:span.start]]
            if between and all(t in glue for t in between):
                run.append(n)
                continue
            settle(run)
        run = [n]
    settle(run)
    return out


def proper_noun_runs(doc: Doc, taken: set[int], lang: str) -> list[Span]:
    """Names the model missed: runs of capitalised proper nouns outside any entity, left
    untyped (MISC) for the context rules and document consistency to type or drop."""
    out = []
    run: list[Token] = []
    skip = cased(LEX, "not_names")
    tokens: list[Token | None] = [*doc, None]
    for tok in tokens:
        ok = (tok is not None and tok.i not in taken and tok.is_title and tok.is_alpha
              and len(tok) > 2 and tok.text not in skip)
        if ok and tok is not None:  # a word with no vector is one the model never saw
            unknown = not tok.doc.vocab.has_vector(tok.lower_)
            ok = ((tok.pos_ == "PROPN" or (unknown and not _starts_sentence(tok)))
                  and not (_starts_sentence(tok) and not unknown))
        if ok and tok is not None:
            run.append(tok)
            continue
        if run:
            span = _span(doc, run[0].i, run[-1].i + 1, "MISC", "ner")
            if not is_fragment(span, lang):
                out.append(span)
            run = []
    return out


def weak_type(span: Span, weak: Iterable[Span]) -> Span:
    """A name the model found that is exactly a weak gazetteer alias takes its entry."""
    for w in weak:
        if w.start == span.start and w.end == span.end:
            return _span(span.doc, span.start, span.end, w.label_, "gazetteer", w.kb_id_)
    return span


STOP_EXPAND = {",", ";", ":", "(", ")", ".", "!", "?", "\n", "—", "–"}


def expand_name(span: Span, lang: str, others: list[Span]) -> Span:
    """Complete institutional names the model cut short: 'ministère vietnamien des' + 'Sciences
    et des Technologies'; 'Institut national des technologies numériques' + 'et de la
    transformation numérique'; 'Fonds d'innovation technologique' + 'NATIF'."""
    doc = span.doc
    starts = words(LEX, "org_starts", lang) | words(LEX, "event_words", lang)
    start, end = span.start, span.end
    of_words = words(NAMES, "of_words")
    # leftwards: a lowercase institution noun before 'de/des' + this name
    i = start - 1
    while i >= 0 and start - i <= 4 and (doc[i].lower_ in of_words
                                         or (doc[i].pos_ == "ADJ" and doc[i].is_lower)):
        i -= 1
    if i >= 0 and i < start - 1 and doc[i].lower_ in words(LEX, "org_starts", lang) and \
            doc[i].is_lower and span.label_ in ("organization", "MISC"):
        start = i
    # rightwards: the rest of the noun phrase of a name that starts with an institution word
    if doc[start].lower_ in starts:
        root = doc[start]
        right = max((t.i for t in root.subtree), default=end - 1) + 1
        j = end
        quote_open = False
        blocked = {i for o in others if o.label_ in ("organization", "person", "ORG", "PER")
                   and not (o.start >= span.start and o.end <= span.end)
                   for i in range(o.start, o.end)}
        place_preps, relatives = words(NAMES, "place_preps"), words(NAMES, "relative_pronouns")
        conjunctions, openers = words(NAMES, "conjunctions"), words(NAMES, "phrase_openers")
        while j < min(right, start + 16):
            t = doc[j]
            if t.i in blocked or (t.lower_ in starts and t.is_lower and j > end) or (
                    t.lower_ in place_preps and j > end) or _alias_cue_at(doc, j, lang):
                break
            if t.text in ("«", "“"):
                quote_open = True
            elif t.text in ("»", "”"):
                quote_open = False
            elif t.text in STOP_EXPAND or (t.pos_ in ("VERB", "AUX") and not quote_open) \
                    or t.lower_ in relatives:
                break
            elif t.lower_ in conjunctions and j + 1 < len(doc) \
                    and doc[j + 1].lower_ in openers:
                break  # 'PIF et la société américaine' (not 'et de la', 'et des'): another name
            j += 1
        trailing = words(NAMES, "trailing_words")
        while j > end and (doc[j - 1].is_stop and doc[j - 1].is_lower or doc[j - 1].is_punct
                           and doc[j - 1].text not in ("»", "”", ")")
                           or doc[j - 1].lower_ in trailing):
            j -= 1
        end = max(end, j)
    # an acronym right after an institution's name: 'Fonds d'innovation technologique NATIF'
    if end < len(doc) and doc[end].is_upper and doc[end].is_alpha and len(doc[end]) > 2 and \
            doc[start].lower_ in starts and (end + 1 >= len(doc) or doc[end + 1].text != "("):
        end += 1
    if (start, end) == (span.start, span.end):
        return span
    return _span(doc, start, end, span.label_, span.id_ or "ner", span.kb_id_)


def _capitalised_institution(span: Span, lang: str) -> bool:
    """'l'Agence nationale de la recherche', 'l'Institut valdorien des données': in French
    only an institution's first word takes a capital, so a capitalised institution word inside
    a sentence followed by an adjective of public bodies (national, fédéral, central, ...) or
    of a country names one; 'le Comité exécutif', 'le Conseil d'administration' do not."""
    if len(span) < 2 or not span[0].is_title or _starts_sentence(span[0]) \
            or not span[1].is_lower:
        return False
    adj = span[1].lower_
    return adj in words(LEX, "institution_adjectives", lang) or adj.endswith(
        endings("demonym_singular_endings"))


def _alias_cue_at(doc: Doc, i: int, lang: str) -> bool:
    """Whether another name of the entity is introduced at token i ('sous le nom de', 'also
    known as'): what follows is not part of the name before."""
    rest = " ".join(t.lower_ for t in doc[i:i + 6]).replace("’", "'")
    return any(rest == cue or rest.startswith(cue + " ") or rest.startswith(cue)
               and cue.endswith("'") for cue in words(LEX, "alias_cues", lang))


def generic_or_modifier(span: Span, lang: str) -> bool:
    """'Conseil d'administration' (a common noun phrase) and 'coopération Vietnam-Chine'
    (places as a modifier) are not entities."""
    doc = span.doc
    acronym = span.end + 1 < len(doc) and doc[span.end].text == "(" and doc[span.end + 1].is_upper
    if span[0].lower_ in words(LEX, "org_starts", lang) and len(span) <= 5 and not acronym \
            and span.id_ != "gazetteer" and not any(t.is_title or t.is_upper for t in span[1:]) \
            and not _capitalised_institution(span, lang):
        return True
    if "-" in span.text and span.label_ == "place" and span.start > 0:
        prev = doc[span.start - 1]  # not 'la région Nouvelle-Aquitaine': a place's own name
        if prev.is_lower and prev.pos_ in ("NOUN", "ADJ") and \
                prev.lower_ not in words(LEX, "place_heads", lang) and \
                re.search(r"[A-Z][\w]+-[A-Z]", span.text):
            return True
    return False


def merge_with_gazetteer(doc: Doc, ner: list[Span], gaz: list[Span]) -> list[Span]:
    """Gazetteer names win over overlapping NER spans, unless a NER span is a longer name that
    strictly contains them without being covered by them ('Hong Kong Trade Development Council')."""
    gaz = filter_spans([_span(doc, s.start, s.end, s.label_, "gazetteer", s.kb_id_) for s in gaz])
    kept: list[Span] = []
    for ent in ner:
        inside = [g for g in gaz if g.start >= ent.start and g.end <= ent.end]
        overlapping = [g for g in gaz if g.start < ent.end and g.end > ent.start]
        if not overlapping:
            kept.append(ent)
            continue
        if inside and len(inside) == len(overlapping):
            covered = {i for g in inside for i in range(g.start, g.end)}
            rest = [t for t in ent if t.i not in covered and not (t.is_punct or t.is_stop)]
            if rest and len(inside) == 1:
                kept.append(ent)  # a longer name containing a known one
                gaz = [g for g in gaz if g not in inside]
    return filter_spans(gaz + kept)


def extend(span: Span, lang: str) -> Span:
    """Add a following version ('Seedance' + '2.0', 'Gemini 3' + 'Pro') or organisation suffix
    ('UCloud' + 'Tech') to a name."""
    doc = span.doc
    end = span.end
    label, source = span.label_, span.id_
    versions = cased(LEX, "version_words")
    suffixes = cased(LEX, "org_suffixes")
    added_version = False
    while end < len(doc):
        tok = doc[end]
        if (VERSION.match(tok.text) and not YEAR.match(tok.text)) or (
                tok.text in versions and (added_version or _has_digit(span))):
            if tok.like_num and end + 1 < len(doc) and doc[end + 1].is_alpha and \
                    doc[end + 1].is_lower:
                break  # '3 entreprises': a count, not a version
            end += 1
            added_version = True
            continue
        if tok.text in suffixes and label in ("organization", "MISC") and tok.is_title | tok.is_upper:
            end += 1
            continue
        if YEAR.match(tok.text) and (label in ("event", "MISC") or (
                label == "person" and len(span) == 1) or any(
                t.lower_ in words(LEX, "event_words", lang) for t in span)):
            end += 1
            label = "event"
            break
        break
    if end == span.end:
        return span
    if added_version and label not in ("event",):
        label = "product"
    return _span(doc, span.start, end, label, source if source == "gazetteer" else "rule",
                 span.kb_id_ if end == span.end else "")


def _has_digit(span: Span) -> bool:
    return any(c.isdigit() for c in span.text)


def previous_cue(span: Span) -> tuple[Token | None, bool]:
    """The nearest noun, title or preposition before a name, skipping adjectives and one
    'de'; and whether a 'de' was skipped ('le district de X' vs 'le salon X')."""
    doc = span.doc
    i = span.start - 1
    skipped_de = False
    of_words = words(NAMES, "of_words")
    skippable = of_words | words(NAMES, "definite_articles")
    while i >= 0 and span.start - i <= 4:
        tok = doc[i]
        if tok.is_punct and tok.text not in ("'", "’"):
            return None, skipped_de
        if tok.pos_ in ("ADJ", "PROPN") and tok.is_lower and tok.is_alpha:
            i -= 1  # 'la start-up bordelaise X' (a lower-case adjective tagged as a name)
            continue
        if tok.lower_ in skippable and not skipped_de:
            skipped_de = tok.lower_ in of_words
            i -= 1
            continue
        return tok, skipped_de
    return None, skipped_de


def _person_read_as_org(span: Span, lang: str) -> bool:
    """'former surgeon Amara Osei' read as an organisation: a first and a last name after a
    title, nothing in them of a company's name."""
    return span.label_ == "organization" and len(span) >= 2 and span.id_ != "gazetteer" \
        and not any(t.is_punct or t.is_upper or t.like_num for t in span) \
        and span[-1].text.lower() not in words(LEX, "org_suffixes") \
        and not org_ending().search(span[-1].text) \
        and span[0].lower_ not in words(LEX, "org_starts", lang)


def _written_before(span: Span, lang: str) -> str | None:
    """Multi-word cues as written right before a name: 'la start-up X', 'la jeune pousse X',
    'la maison mère X', 'shares in X'."""
    doc = span.doc
    for k in (4, 3, 2):
        start = span.start - k
        if start < 0 or any(t.is_punct and t.text not in ("-", "'", "’") for t in doc[start:span.start]):
            continue
        text = doc_text(doc)[doc[start].idx:span.start_char].strip().lower()
        if " " not in text and "-" not in text:
            continue
        if text in words(LEX, "org_heads", lang) or text in words(LEX, "holding_phrases"):
            return "organization"
        if text in words(LEX, "product_heads", lang):
            return "product"
    return None


def _phrase_before(span: Span, n: int) -> str:
    doc = span.doc
    return " ".join(t.lower_ for t in doc[max(span.start - n, 0):span.start])


def context_type(span: Span, lang: str) -> str | None:
    """Veille type from the words in and around a name, or None to keep the current label."""
    low_tokens = [t.lower_ for t in span]
    event_words = words(LEX, "event_words", lang)
    if any(t in event_words for t in low_tokens) and span[0].is_title:
        return "event"
    written = _written_before(span, lang)
    if written is not None:
        return written
    cue, of = previous_cue(span)
    if cue is not None:
        low = cue.lower_
        two = f"{cue.nbor(-1).lower_} {low}" if cue.i > 0 else low
        if cue.i > 1 and cue.nbor(-1).text in ("-", "‑"):  # 'start-up' read as start - up
            two = doc_text(cue.doc)[cue.nbor(-2).idx:cue.idx + len(cue)].lower()
        if not of and (low in words(LEX, "person_titles", lang)
                       or two in words(LEX, "person_titles", lang)):
            if all(t.is_title or t.is_punct for t in span) and (
                    span.label_ in ("person", "MISC") or _person_read_as_org(span, lang)):
                return "person"
        # only common nouns in running text are cues ('Conference John Lee' is two names)
        if cue.is_lower or _starts_sentence(cue):
            if low in words(LEX, "event_words", lang) and not of:
                return "event"
            heads = words(LEX, "org_heads", lang)  # 'la jeune pousse lyonnaise X'
            # 'le fabricant de puces X': the maker, not the chips
            maker = cue.i >= 2 and cue.nbor(-1).lower_ in words(NAMES, "maker_links") and \
                cue.nbor(-2).lower_ in heads
            if (not of and (low in heads or two in heads or maker)) or low in words(
                    LEX, "stock_cues", lang) or low in words(LEX, "employer_preps", lang):
                return "organization"
            if low in words(LEX, "product_heads", lang) and not of:
                return "product"
            if low in words(LEX, "place_heads", lang) and span.label_ in ("place", "MISC"):
                return "place"
    after = apposition_head(span, lang)
    if after == "organization" and span.label_ != "person":
        return "organization"
    if after == "person" and span.label_ in ("person", "MISC"):
        return "person"
    if after == "product" and span.label_ in ("product", "MISC"):
        return "product"
    if SHAPED.match(span[0].text) or (_has_digit(span) and len(span) > 1
                                      and not YEAR.match(span[-1].text)
                                      and span.label_ != "event"):
        return "product"
    if low_tokens[0] in words(LEX, "org_starts", lang):
        return "organization"
    if len(span) > 1 and (span[-1].text.lower() in words(LEX, "org_suffixes")
                          or org_ending().search(span[-1].text)):
        return "organization"
    if span.label_ in ("place", "MISC") and len(span) == 1 and CAMEL.match(span.text):
        return "organization"
    return None


def apposition_head(span: Span, lang: str) -> str | None:
    """'X, une société ...' -> organization; 'X, analyste chez Y' -> person; "X's shares" ->
    organization; 'X, un assistant vocal' -> product (when the model gave no type or that one).
    """
    doc = span.doc
    i = span.end
    after = [t.lower_ for t in doc[i:i + 2]]
    if after and (after[0] in words(LEX, "stock_cues", lang) or (
            after[0] in words(NAMES, "possessives") and len(after) > 1
            and after[1] in words(LEX, "stock_cues", lang))):
        return "organization"
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and i <= span.end + 4:
        tok = doc[i]
        low = tok.lower_
        if low in words(LEX, "determiners", lang) or (tok.pos_ == "ADJ" and tok.is_lower):
            i += 1
            continue
        if low in words(LEX, "org_heads", lang) or low in words(LEX, "stock_cues", lang):
            return "organization"
        if low in words(LEX, "person_titles", lang):
            return "person"
        if low in words(LEX, "product_heads", lang):
            return "product"
        return None
    return None


# --- document-level consistency -------------------------------------------------------------
@Language.factory("veille_doc_consistency", default_config={"version": 1})
def make_consistency(nlp: Language, name: str, version: int) -> DocConsistency:
    return DocConsistency()


class DocConsistency:
    """One name, one type per document; short forms and stated aliases join the full name."""

    versioned_name = "veille.doc_consistency.v1"

    def __call__(self, doc: Doc) -> Doc:
        lang = lang_of(doc)
        spans = list(doc.ents)
        groups = group_entities(doc, spans, lang)
        ents = []
        for group in groups:
            for m in group.mentions:
                span = doc.char_span(m.start, m.end)
                if span is not None:
                    ents.append(_span(doc, span.start, span.end, group.type, m.source,
                                      group.gazetteer_id or ""))
        doc.ents = filter_spans(ents)
        doc._.veille_entities = [g.record() for g in groups]
        return doc


class _Group:
    def __init__(self, span: Span) -> None:
        self.spans: list[Span] = [span]
        self.votes: Counter[str] = Counter()
        self.gazetteer_id = ""
        self.reasons: list[str] = []

    def add(self, span: Span) -> None:
        self.spans.append(span)

    @property
    def key(self) -> str:
        return norm_name(self.spans[0].text)


def group_entities(doc: Doc, spans: list[Span], lang: str) -> list[DocEntity]:
    by_name: dict[str, _Group] = {}
    for span in spans:
        key = norm_name(span.text)
        if not key:
            continue
        group = by_name.get(key)
        if group is None:
            group = by_name[key] = _Group(span)
        else:
            group.add(span)
        if span.label_ != "MISC":
            group.votes[span.label_] += SOURCE_WEIGHT.get(span.id_, 1)
        if span.kb_id_:
            group.gazetteer_id = span.kb_id_
    parent: dict[str, str] = {k: k for k in by_name}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(short: str, long: str, reason: str) -> None:
        a, b = find(short), find(long)
        if a != b:
            parent[a] = b
            by_name[b].reasons.append(f"{reason}: {by_name[short].spans[0].text}")

    def type_of(k: str) -> str:
        g = by_name[k]
        return g.votes.most_common(1)[0][0] if g.votes else "MISC"

    # same gazetteer entry
    by_kb: dict[str, str] = {}
    for k, g in by_name.items():
        if g.gazetteer_id:
            if g.gazetteer_id in by_kb:
                union(k, by_kb[g.gazetteer_id], "gazetteer")
            else:
                by_kb[g.gazetteer_id] = k
    # stated aliases: 'X, cotée ... sous le nom de Y', 'X (ABC)'
    other_names: set[str] = set()  # 'Y' after 'anciennement', 'also known as': not the name
    for alias_span, owner_span, reason in stated_aliases(doc, spans, lang):
        ks, kl = norm_name(alias_span.text), norm_name(owner_span.text)
        if ks in by_name and kl in by_name:
            gs, gl = by_name[ks].gazetteer_id, by_name[kl].gazetteer_id
            if gs and gl and gs != gl:
                continue
            if reason.startswith("in-document pattern: '"):
                other_names.add(alias_span.text)
            if type_of(kl) != "MISC":
                by_name[ks].votes[type_of(kl)] += 10  # the name an alias stands for types it
            union(ks, kl, reason)
    # short forms after the full name: 'Zhipu' after 'Zhipu AI', 'Schwan' after 'Severin Schwan'
    names = sorted(by_name, key=lambda k: -len(by_name[k].spans[0]))
    # a short form's words are all words of the full name: the cheap test comes first
    words_of = {k: {t.text for t in by_name[k].spans[0]} for k in names}
    for short in names:
        s_span = by_name[short].spans[0]
        for long in names:
            l_span = by_name[long].spans[0]
            if len(l_span) <= len(s_span) or not words_of[short] <= words_of[long] \
                    or find(short) == find(long):
                continue
            if by_name[short].gazetteer_id and by_name[long].gazetteer_id:
                continue
            weak = all(sp.id_ == "ner" for sp in by_name[short].spans) and any(
                sp.id_ in ("gazetteer", "rule") for sp in by_name[long].spans)
            s_type = type_of(long) if weak and type_of(short) != type_of(long) else type_of(short)
            if is_short_form(s_span, l_span, s_type, type_of(long)):
                by_name[short].votes[type_of(long)] += 10
                union(short, long, "short form in document")
                break

    clusters: dict[str, list[str]] = defaultdict(list)
    for k in by_name:
        clusters[find(k)].append(k)
    out = []
    for root, members in clusters.items():
        votes: Counter[str] = Counter()
        gid = ""
        for k in members:
            votes.update(by_name[k].votes)
            gid = gid or by_name[k].gazetteer_id
        all_spans = [s for k in members for s in by_name[k].spans]
        etype = votes.most_common(1)[0][0] if votes else misc_fallback(all_spans, lang)
        if etype is None:
            continue
        name = canonical_name(all_spans, gid, other_names)
        mentions = [Mention(s.start_char, s.end_char, s.text, etype, s.id_ or "ner")
                    for s in sorted(all_spans, key=lambda s: s.start)]
        aliases = sorted({s.text for s in all_spans} - {name})
        out.append(DocEntity(key=norm_name(name), name=name, type=etype, aliases=aliases,
                             mentions=mentions, gazetteer_id=gid or None,
                             reasons=by_name[root].reasons))
    return out


def canonical_name(spans: list[Span], gazetteer_id: str,
                   other_names: set[str] | frozenset[str] = frozenset()) -> str:
    if gazetteer_id:
        from veille.nlp.gazetteer import entries

        entry = entries().get(gazetteer_id)
        if entry is not None:
            return entry.name
    first: dict[str, int] = {}
    for sp in sorted(spans, key=lambda sp: sp.start):
        first.setdefault(sp.text, sp.start)
    # the fullest name, unless the article gave it as another name of one it uses ('Tarvel,
    # anciennement Kestrel Labs'); among equally full ones, the one the article used first
    best = max(first, key=lambda t: (t not in other_names, len(t.split()), -first[t]))
    return best[0].upper() + best[1:]


def is_short_form(short: Span, long: Span, s_type: str, l_type: str) -> bool:
    if s_type not in ("MISC", l_type) and (s_type, l_type) != ("person", "organization"):
        return False
    s_toks = [t.text for t in short]
    l_toks = [t.text for t in long]
    if l_type == "person":
        return len(s_toks) == 1 and s_toks[0] in l_toks
    # 'Sciences et des Technologies' (from 'le vice-ministre des Sciences et des Technologies')
    # is the tail of 'ministère vietnamien des Sciences et des Technologies' named in the text
    if l_type == "organization" and len(s_toks) >= 2 and l_toks[-len(s_toks):] == s_toks \
            and long[0].lower_ in words(LEX, "org_starts", lang_of(long.doc)):
        return True
    # 'Expo Bordeaux' and 'IA Expo Bordeaux': an event named without its first word
    if l_type == "event" and s_type in ("MISC", "event") and len(s_toks) >= 2 \
            and l_toks[-len(s_toks):] == s_toks:
        return True
    # after the full name, or in the headline, which names it short before the text does
    after = long.start < short.start or _in_headline(short)
    if s_type == "person" and l_type == "organization":
        # 'Zhipu' (read as a person) after 'Zhipu AI': the company's short name
        return len(s_toks) == 1 and l_toks[0] == s_toks[0] and after
    if l_type in ("organization", "product", "event", "place"):
        return l_toks[:len(s_toks)] == s_toks and after
    return False


def _in_headline(span: Span) -> bool:
    text = doc_text(span.doc)
    first_line = text.find("\n")
    return 0 <= span.start_char < first_line <= 200


def stated_aliases(doc: Doc, spans: list[Span], lang: str) -> Iterable[tuple[Span, Span, str]]:
    """(alias, entity, reason) pairs the text states: parentheses and 'also known as' phrases."""
    starts = {s.start: s for s in spans}
    ends = {s.end: s for s in spans}
    for span in spans:
        # 'Long Name (ABC)' and 'ABC (Long Name)'
        if span.end + 2 < len(doc) and doc[span.end].text == "(":
            inner = starts.get(span.end + 1)
            # one side a short form: two long names in parentheses are two bodies ('Institut
            # national ... (ministère des Sciences et des Technologies)': its ministry)
            if inner is not None and inner.end < len(doc) and doc[inner.end].text == ")" \
                    and (len(span) > 1 or _initials_match(inner.text, span.text)) \
                    and min(len(span), len(inner)) <= 2:
                yield (inner, span, "in-document pattern: parenthesis")
    cues = sorted(words(LEX, "alias_cues", lang), key=len, reverse=True)
    text_low = doc_text(doc).lower().replace("’", "'")  # one character for one: same offsets
    for cue in cues:
        if cue not in text_low:
            continue
        # "sous le nom d'X": a cue that ends in an apostrophe is followed by a letter
        tail = r"(?!\w)" if cue[-1].isalnum() else ""
        for m in re.finditer(r"(?<!\w)" + re.escape(cue) + tail, text_low):
            after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
            if after is None:
                continue
            i = after.start
            while i < len(doc) and doc[i].lower_ in words(LEX, "determiners", lang):
                i += 1
            alias = starts.get(i)
            if alias is None:
                continue
            cue_tok = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            owner = _owner(cue_tok[0] if cue_tok is not None else doc[i], alias, spans, ends)
            if owner is not None:
                yield (alias, owner, f"in-document pattern: '{cue}'")


def _initials_match(short: str, long: str) -> bool:
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", long) if w[0].isupper())
    return len(short) >= 2 and short.upper() in (initials.upper(), long.upper())


def _owner(cue: Token, alias: Span, spans: list[Span], ends: dict[int, Span]) -> Span | None:
    """The name a cue phrase speaks of: the name opening the sentence ('X, cotée à la bourse
    de Y sous le nom de Z'), else up the dependency tree, else the sentence's first name."""
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    sent = cue.sent
    opening = [s for s in spans if sent.start <= s.start < cue.i and s != alias
               and all(t.pos_ in ("DET", "PUNCT", "SPACE") for t in cue.doc[sent.start:s.start])]
    if opening:
        return opening[0]
    tok = cue
    for _ in range(6):
        if tok.head is tok:
            break
        tok = tok.head
        span = by_token.get(tok.i)
        if span is not None and span != alias:
            return span
    sent = cue.sent
    before = [s for s in spans if s.start >= sent.start and s.end <= cue.i]
    return before[0] if before else None


def misc_fallback(spans: list[Span], lang: str) -> str | None:
    """A name the model left untyped: an organisation when it acts or looks like one."""
    for span in spans:
        text = span.text
        if CAMEL.match(text) or (text.isupper() and len(text) >= 2 and text.isalpha()):
            return "organization"
        if span.root.dep_ in ("nsubj", "nsubj:pass") and span.root.head.pos_ in ("VERB", "AUX"):
            if all(t.is_title or t.is_upper for t in span):
                return "organization"
        first = span[0]
        if span.start == span.sent.start and first.pos_ == "PROPN" and \
                not first.doc.vocab.has_vector(first.lower_) and len(span) <= 3:
            return "organization"  # an unknown name opening a sentence acts as its subject
    return None
