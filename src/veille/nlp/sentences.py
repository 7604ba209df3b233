"""Sentence boundaries from punctuation and line breaks, set before the parser.

The statistical parser of the small news models splits French sentences at long subjects
('Plus de 2000 emplois ... seraient à pourvoir'); fixing the boundaries first keeps a sentence's
subject, verb and numbers in one tree.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, cast

import numpy
from spacy.attrs import IS_SPACE, LIKE_NUM, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis
from thinc.types import Ints2d

from veille.nlp.doctext import doc_text, token_strings
from veille.nlp.lexicon import cased, words

END = {".", "!", "?", "…", "!?", "?!"}
CLOSERS = {"»", "”", '"', ")", "’"}
DASHES = ("–", "—", "-")
PASSED = CLOSERS | END  # a boundary passes over these to the next word
# 'Paris, le 3 octobre 2025 –', 'SEOUL, Oct. 3 (Reuters) -', 'BENGALURU –', 'WUHAN, China —': a
# dateline ends at its dash
DATELINE = re.compile(r"^[A-ZÀ-Þ][^\n,]{1,40},\s*(?:le\s+)?[^\n]{3,30}?\d{1,4}(?:\s*\([^)\n]{2,30}\))?\s*$"
                      r"|^[A-ZÀ-Þ][A-ZÀ-Þ'’. ]{2,30}(?:,\s*[A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+){0,2})?"
                      r"(?:\s*\([^)\n]{2,30}\))?\s*$")


@cache
def abbreviation() -> re.Pattern[str]:
    """A token that ends in a full stop without ending a sentence: an initial ('J.'), initials
    ('C.C.', 'J.R.R.') or an abbreviation of lexicon/sentences.yaml ('Mme.', 'Inc.', 'e.g.'), in
    any language."""
    listed = "|".join(re.escape(a) for a in sorted(cased("lexicon/sentences.yaml", "abbreviations")))
    return re.compile(rf"^(?:(?:[A-Z]\.)*[A-Z]|{listed})\.$")


@Language.factory("veille_sentences", default_config={"version": 1})
def make_sentences(nlp: Language, name: str, version: int) -> Sentences:
    return Sentences()


class Sentences:
    """Marks every token as starting a sentence or not; the parser keeps these boundaries."""

    versioned_name = "veille.sentences.v1"

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # Boundaries are computed over a list and written once: spaCy's Token.is_sent_start
        # setter scans the whole document for a parse on every call.
        # The words and their flags are read from arrays: a Token made for each word costs more
        # than the test.
        texts = token_strings(doc, ORTH)
        flags = doc.to_array([SPACY, IS_SPACE, LIKE_NUM]).tolist()
        starts = numpy.full((len(texts), 1), -1, dtype="int64")
        starts[0, 0] = 1
        boundary = False
        abbrev = abbreviation()
        for i in range(1, len(texts)):
            boundary = boundary or _ends_sentence(doc, i - 1, texts, flags, abbrev)
            # a boundary passes over closing quotes, end punctuation and spaces to the next word
            if boundary and not (texts[i] in PASSED or flags[i][1] and "\n" not in texts[i]):
                starts[i, 0] = 1
                boundary = False
        doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64")))  # -1: not a start
        return doc


def _ends_sentence(doc: Doc, j: int, texts: list[str], flags: list[list[int]],
                   abbrev: re.Pattern[str]) -> bool:
    """Whether a sentence ends after word `j`: a line break, end punctuation, a full stop
    that ends no abbreviation or number, or the dash after a dateline. `texts`: the words'
    texts; `flags`: each word's trailing space, space and number flags."""
    text = texts[j]
    if "\n" in text:  # (a word's text with its trailing space holds one only if its text does)
        return True
    if text == "." and j > 0 and not flags[j - 1][0] \
            and abbrev.match(texts[j - 1] + ".") and texts[j - 1][:1].isupper() \
            and len(texts[j - 1]) > 1:
        return False  # 'Ferdinand Marcos Jr. a signé', the stop split from its abbreviation
    if text in END or (text.endswith(".") and len(text) > 1
                       and not abbrev.match(text) and not flags[j][2]):
        return True
    return text in DASHES and j < 40 + (line := _line_start(doc, j)) \
        and DATELINE.match(doc_text(doc)[doc[line].idx:doc[j].idx]) is not None


def _line_start(doc: Doc, i: int) -> int:
    """The first token of the line token i is on."""
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    return i


@Language.factory("veille_compounds", default_config={"version": 1})
def make_compounds(nlp: Language, name: str, version: int) -> Compounds:
    return Compounds(nlp.lang or "fr")


class Compounds:
    """Two-word nouns of lexicon/sentences.yaml ('jeune pousse', a start-up) made one token
    before the tagger and the parser, which otherwise read 'pousse' as a verb; hyphenated ones
    ('start-up') too, which the tokenizer cuts into three words the parser reads as a name."""

    versioned_name = "veille.compounds.v1"

    def __init__(self, lang: str) -> None:
        found = words("lexicon/sentences.yaml", "compound_words", "en" if lang == "en" else "fr")
        self.pairs = frozenset(tuple(w.split()) for w in found if len(w.split()) == 2)
        # 'start-up', which the tokenizer cuts at its hyphen
        self.hyphenated = frozenset(tuple(w.partition("-")) for w in found if " " not in w and "-" in w)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        lower = token_strings(doc, LOWER)  # read once: doc[i] makes a new Token at every call
        glued = [not spaced for spaced in doc.to_array(SPACY).tolist()]
        i = 0
        while i < len(doc) - 1:
            if (lower[i], lower[i + 1]) in self.pairs:
                spans.append(doc[i:i + 2])
                i += 2
            elif i < len(doc) - 2 and glued[i] and glued[i + 1] \
                    and (lower[i], doc[i + 1].text, lower[i + 2]) in self.hyphenated:
                spans.append(doc[i:i + 3])
                i += 3
            else:
                i += 1
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span)
        return doc


@Language.factory("veille_verbs", default_config={"version": 1})
def make_verbs(nlp: Language, name: str, version: int) -> Verbs:
    return Verbs(nlp)


class Verbs:
    """English past tenses the tagger read as adjectives ('Baidu unveiled Ernie 5.0' after
    another sentence: 'unveiled' an adjective whose lemma is 'unveiled'), read again as the
    verbs they are when the parse gives them a subject: in English an adjective never has
    one (the copula heads 'X is ready'). The lemma is then the lemmatizer's for a verb, so the
    frames' trigger words find them."""

    versioned_name = "veille.verbs.v1"

    def __init__(self, nlp: Language) -> None:
        self.lemmatizer: Any = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None:
            return doc
        for tok in doc:
            if tok.pos_ == "ADJ" and tok.lower_.endswith("ed") \
                    and any(c.dep_ == "nsubj" for c in tok.children):
                tok.pos_ = "VERB"
                tok.tag_ = "VBD"
                tok.morph = MorphAnalysis(doc.vocab, {"Tense": "Past", "VerbForm": "Fin"})
                tok.lemma_ = self.lemmatizer.rule_lemmatize(tok)[0]
        return doc
