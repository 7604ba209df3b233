"""Typing from context: a name's type from the words in it, before it ('la start-up X', 'le
ministre X'), after it ('X, une société ...', "X's shares"), its shape ('GLX-4', 'Agritech'),
and the names listed with it ('LG AI, Naver et Nextchip')."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from veille.nlp.doctext import doc_text
from veille.nlp.entities.common import (
    CAMEL,
    LEX,
    NAMES,
    SHAPED,
    YEAR,
    has_digit,
    make_span,
    org_ending,
    starts_sentence,
)
from veille.nlp.lexicon import cased, words

LIST_PUNCT = {",", "&"}  # between the names of an enumeration, with the conjunctions


def context_type(span: Span, lang: str) -> str | None:
    """Veille type from the words in and around a name, or None to keep the current label."""
    return (_event_by_its_words(span, lang) or _based_here(span) or _written_before(span, lang)
            or _type_from_cue(span, lang) or _type_from_apposition(span, lang)
            or _product_by_shape(span) or _product_code_here(span, lang)
            or _organization_by_shape(span, lang))


def _product_code_here(span: Span, lang: str) -> str | None:
    """'le YU7, un SUV électrique', 'le robot R1': a short code a product word names."""
    from veille.nlp.entities.spans import product_code

    return "product" if len(span) == 1 and span.label_ in ("MISC", "product") \
        and product_code(span.doc, span[0], lang) else None


def _event_by_its_words(span: Span, lang: str) -> str | None:
    """'Salon de l'IA de Bordeaux', 'AI Summit': a capitalised name with an event word; a
    venue named after what it hosts ('Shanghai World Expo Center', 'Palais des congrès') is a
    place."""
    event_words = words(LEX, "event_words", lang)
    if any(t.lower_ in event_words for t in span) and (span[0].is_title or span[0].is_upper):  # 'ASEAN AI Summit'
        head = span[0] if lang == "fr" else span[-1]
        if head.lower_ in words(LEX, "venue_heads", lang) or head.lower_ in words(LEX, "street_words", lang):
            return "place"  # 'Shanghai World Expo Center', 'Expo Drive'
        if len(span) > 1 and span[-1].text in cased(LEX, "org_suffixes"):
            return None  # 'Market Intelligence & Consulting Institute': a body, not an event
        if len(span) == 1 and span.label_ != "event":
            return None  # 'Summit', 'Congrès' alone: a word opening a sentence, not a name
        return "event"
    return None


def _based_here(span: Span) -> str | None:
    """'Seoul-based Upstage': a one-word name right after a place and '-based' is what is
    there, an organisation (a person is written with two names: 'London-based Jane Doe'; a
    name glued to '-based' that is no place, 'Arm-based chips', says what, not where)."""
    doc = span.doc
    start = span.start
    if len(span) != 1 or start < 3 or doc[start - 1].lower_ != "based" \
            or doc[start - 2].text not in ("-", "\u2011") or doc[start - 3].whitespace_:
        return None
    before = doc[start - 3]
    return "organization" if before.ent_type_ in ("GPE", "LOC") \
        or any(s.start <= before.i < s.end and s.label_ in ("GPE", "LOC", "place")
               for s in doc.ents) else None


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


def _type_from_cue(span: Span, lang: str) -> str | None:
    """The type the noun or title before a name gives it."""
    cue, of = previous_cue(span)
    if cue is None:
        return "person" if _after_title_phrase(span, lang) else None
    two = _two_words_to(cue)
    if _titled_person(span, cue, two, of, lang):
        return "person"
    # only common nouns in running text are cues ('Conference John Lee' is two names)
    if cue.is_lower or starts_sentence(cue):
        return _type_from_common_noun(span, cue, two, of, lang)
    return None


def _two_words_to(cue: Token) -> str:
    """The cue with the word before it, as written ('jeune pousse', 'start-up')."""
    low = cue.lower_
    two = f"{cue.nbor(-1).lower_} {low}" if cue.i > 0 else low
    if cue.i > 1 and cue.nbor(-1).text in ("-", "‑"):  # 'start-up' read as start - up
        two = doc_text(cue.doc)[cue.nbor(-2).idx:cue.idx + len(cue)].lower()
    return two


def _titled_person(span: Span, cue: Token, two: str, of: bool, lang: str) -> bool:
    """A capitalised name right after a title ('le ministre X', not 'le ministre de X'), that
    the model read as a person, left untyped, or read as an organisation by mistake."""
    titles = words(LEX, "person_titles", lang)
    if of or not (cue.lower_ in titles or two in titles):
        return False
    return all(t.is_title or t.is_punct for t in span) and (
        span.label_ in ("person", "MISC") or _person_read_as_org(span, lang))


def _after_title_phrase(span: Span, lang: str) -> bool:
    """'le ministre taïwanais des Affaires économiques, Kung Ming-hsin,': a name set off by a
    comma after a title and its complement, with no verb between, is the person who holds
    it."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or not all(
            t.is_title or t.text in ("-", "‑") or t.nbor(-1).text in ("-", "‑") for t in span):
        return False  # 'Ming-hsin', 'Jae-myung': a given name's second part is lower-case
    if span.label_ not in ("person", "MISC") and not _person_read_as_org(span, lang):
        return False
    if len(span) > 1 and (span[-1].text.lower() in words(LEX, "org_suffixes")
                          or org_ending().search(span[-1].text)):
        return False  # '... a former engineer at X, Tarvel Labs employs ...': a company
    titles = words(LEX, "person_titles", lang)
    for j in range(span.start - 2, max(-1, span.start - 12), -1):
        tok = doc[j]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":", "(", ")") or "\n" in tok.text:
            return False
        if tok.is_lower and (tok.lower_ in titles or _two_words_to(tok) in titles):
            return True
    return False


def _person_read_as_org(span: Span, lang: str) -> bool:
    """'former surgeon Amara Osei' read as an organisation: a first and a last name after a
    title, nothing in them of a company's name."""
    return span.label_ == "organization" and len(span) >= 2 and span.id_ != "gazetteer" \
        and not any(t.is_punct and t.text not in ("-", "‑") or t.is_upper or t.like_num
                    for t in span) \
        and span[-1].text.lower() not in words(LEX, "org_suffixes") \
        and not org_ending().search(span[-1].text) \
        and span[0].lower_ not in words(LEX, "org_starts", lang)


def _type_from_common_noun(span: Span, cue: Token, two: str, of: bool, lang: str) -> str | None:
    """'le salon X' is an event, 'la startup X', 'les actions de X', 'chez X' an organisation,
    'le modèle X' a product, 'le district de X' a place."""
    low = cue.lower_
    if low in words(LEX, "event_words", lang) and not of:
        # 'le centre d'exposition X', 'le palais des congrès X': a venue
        if cue.i >= 2 and cue.nbor(-1).lower_ in ("de", "d'", "d’", "des", "du") \
                and cue.nbor(-2).lower_ in words(LEX, "venue_heads", lang):
            return "place"
        return "event"
    heads = words(LEX, "org_heads", lang)  # 'la jeune pousse lyonnaise X'
    if (not of and (low in heads or two in heads or _maker_of(cue, heads))) or low in words(
            LEX, "stock_cues", lang) or low in words(LEX, "employer_preps", lang):
        return "organization"
    if low in words(LEX, "product_heads", lang) and not of:
        return "product"
    if low in words(LEX, "place_heads", lang) and span.label_ in ("place", "MISC"):
        return "place"
    if low in words(LEX, "employer_after_title", lang) and span.label_ in ("person", "MISC") \
            and _title_before(cue, lang):
        return "organization"  # 'head of enterprise sales at Freshworks'
    return None


def _title_before(cue: Token, lang: str) -> bool:
    """Whether a title is among the few words before `cue`, in the same clause."""
    titles = words(LEX, "person_titles", lang)
    for tok in reversed(cue.doc[max(0, cue.i - 6):cue.i]):
        if tok.is_punct:
            return False
        if tok.lower_ in titles:
            return True
    return False


def _maker_of(cue: Token, heads: frozenset[str]) -> bool:
    """'le fabricant de puces X': the maker, not the chips."""
    return cue.i >= 2 and cue.nbor(-1).lower_ in words(NAMES, "maker_links") and \
        cue.nbor(-2).lower_ in heads


def _type_from_apposition(span: Span, lang: str) -> str | None:
    """The type a noun in apposition gives, where the model's label allows it."""
    after = apposition_head(span, lang)
    if after == "organization" and (span.label_ != "person" or _apposition_word(span, lang) in words(
            LEX, "company_only_heads", lang)):
        # 'Nordgraph, une start-up berlinoise': a company even where the model read a person
        return "organization"
    if after == "person" and span.label_ in ("person", "MISC") \
            or _apposition_word(span, lang) in words(LEX, "person_only_heads", lang) \
            or (after == "person" and _after_possessive(span)):
        # 'X, a former colleague at Intel', "Choi Soo-yeon, Naver's chief executive", even where
        # the model read a firm
        return "person"
    if after == "product" and (span.label_ in ("product", "MISC")
                               or _apposition_word(span, lang) in words(LEX, "thing_heads", lang)):
        return "product"
    return None


def apposition_head(span: Span, lang: str) -> str | None:
    """'X, une société ...' -> organization; 'X, analyste chez Y' -> person; "X's shares" ->
    organization; 'X, un assistant vocal' -> product (when the model gave no type or that one).
    """
    if _stock_cue_after(span, lang):
        return "organization"
    word = _apposition_word(span, lang)
    return None if word is None else _head_type(word, lang)


def _apposition_word(span: Span, lang: str) -> str | None:
    """The noun heading an apposition right after a name ('X, une société ...' -> 'société')."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    dets = words(LEX, "determiners", lang)
    i = _past_possessor(doc, i)  # "X, Naver's chief executive": the title
    while i < len(doc) and i <= span.end + 4:
        if doc[i].lower_ in dets or (doc[i].pos_ == "ADJ" and doc[i].is_lower):
            i += 1
        elif i + 2 < len(doc) and doc[i + 1].text in ("-", "\u2011") and doc[i + 2].lower_ in (
                "based", "listed", "backed", "owned", "headquartered", "born"):
            i += 3  # 'X, a Paris-based start-up': the start-up
        else:
            break
    if i + 2 < len(doc) and doc[i + 1].lower_ in ("'s", "’s"):
        i += 2  # "X, the company's chief executive": the title, not the company
        while i < len(doc) and i <= span.end + 6 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
            i += 1
    if i < len(doc) and i <= span.end + 6:
        while i + 1 < len(doc) and doc[i].dep_ == "compound" and doc[i + 1].pos_ == "NOUN":
            i += 1  # 'a technology analyst': the analyst
        while lang == "en" and doc[i].pos_ == "NOUN" and doc[i].dep_ in ("compound", "nmod") \
                and i < doc[i].head.i <= span.end + 10 and doc[i].head.pos_ == "NOUN" \
                and not any(t.text == "," for t in doc[i:doc[i].head.i]):
            i = doc[i].head.i  # 'a chip packaging and testing group': the group
        if i + 2 < len(doc) and doc[i + 1].text in ("-", "\u2011") and not doc[i].whitespace_ \
                and not doc[i + 1].whitespace_:
            return doc_text(doc)[doc[i].idx:doc[i + 2].idx + len(doc[i + 2])].lower()  # 'start-up'
        return doc[i].lower_
    return None


def _past_possessor(doc: Doc, i: int) -> int:
    """Past a name in the possessive starting at `i` ("Naver's", "SK Telecom's"), else `i`."""
    j = i
    while j < len(doc) and j < i + 4 and doc[j].pos_ == "PROPN":
        j += 1
    if j > i and j < len(doc) and doc[j].lower_ in ("'s", "’s"):
        return j + 1
    return i


def _after_possessive(span: Span) -> bool:
    """Whether the apposition after a name opens with another name in the possessive."""
    doc = span.doc
    i = span.end + 1
    return span.end < len(doc) and doc[span.end].text == "," and _past_possessor(doc, i) > i


def _stock_cue_after(span: Span, lang: str) -> bool:
    """'X shares', "X's shares", 'X, cotée à ...'."""
    after = [t.lower_ for t in span.doc[span.end:span.end + 2]]
    cues = words(LEX, "stock_cues", lang)
    return bool(after) and (after[0] in cues or (
        after[0] in words(NAMES, "possessives") and len(after) > 1 and after[1] in cues))


def _head_type(low: str, lang: str) -> str | None:
    """The type a head noun or title in apposition gives a name."""
    if low in words(LEX, "org_heads", lang) or low in words(LEX, "stock_cues", lang):
        return "organization"
    if low in words(LEX, "person_titles", lang):
        return "person"
    if low in words(LEX, "product_heads", lang):
        return "product"
    return None


def _product_by_shape(span: Span) -> str | None:
    """'GLX-4', 'Kimi K2.5': a shaped or numbered name that is no event of a year."""
    if SHAPED.match(span[0].text) or (has_digit(span) and len(span) > 1
                                      and not YEAR.match(span[-1].text)
                                      and span.label_ != "event"):
        return "product"
    return None


def _organization_by_shape(span: Span, lang: str) -> str | None:
    """An institution word first, a company suffix or ending last ('Futurum Group', 'Valdrim
    Agritech'), or one camel-cased word the model read as a place or left untyped."""
    if span[0].lower_ in words(LEX, "org_starts", lang):
        return "organization"
    if len(span) > 1 and (span[-1].text.lower() in words(LEX, "org_suffixes")
                          or org_ending().search(span[-1].text)):
        return "organization"
    if span.label_ in ("place", "MISC") and len(span) == 1 and CAMEL.match(span.text):
        return "organization"
    return None


# --- enumerations ----------------------------------------------------------------------------
def list_consistency(spans: list[Span]) -> list[Span]:
    """In an enumeration ('LG AI, Naver, SK Telecom, Rebellions, SAPEON et Nextchip'), names
    the model typed as places or left untyped take the type most of the list has."""
    spans = sorted(spans, key=lambda s: s.start)
    out = list(spans)
    for run in _enumerations(spans):
        _settle(out, run)
    return out


def _enumerations(spans: list[Span]) -> list[list[int]]:
    """Runs of names (their indices) separated only by commas and conjunctions."""
    glue = words(NAMES, "conjunctions") | LIST_PUNCT
    runs: list[list[int]] = []
    run: list[int] = []
    for n, span in enumerate(spans):
        if run:
            prev = spans[run[-1]]
            between = span.doc[prev.end:span.start]  # read up to its first word that is no glue
            if len(between) and all(t.lower_ in glue for t in between):
                run.append(n)
                continue
            runs.append(run)
        run = [n]
    runs.append(run)
    return runs


def _settle(out: list[Span], idx: list[int]) -> None:
    """Retype the names of one enumeration when most of those the gazetteer, a rule or the
    model typed are organisations."""
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
            out[i] = make_span(s.doc, s.start, s.end, label, "rule")
