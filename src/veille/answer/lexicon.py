"""The question lexicon (data/lexicon/questions.yaml), checked and compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from veille.errors import VeilleError
from veille.kb.search import fold, word_options
from veille.nlp.lexicon import load_data

KINDS = ("percent", "change", "money", "count", "year", "date", "place", "who", "count_or_money",
         "entity")
ENTITY_TYPES = ("person", "organization", "place", "product", "event", "title")

Option = tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """Compiled word lists: folded forms for plain words, stemmed options for concepts."""

    stop: frozenset[str]
    question: frozenset[str]
    kinds: tuple[tuple[str, int, re.Pattern[str]], ...]
    money: frozenset[str]
    types: dict[str, frozenset[str]]  # stem -> entity types
    concepts: tuple[frozenset[Option], ...]
    by_term: dict[str, tuple[int, ...]]  # first stem of an option -> concepts holding it
    months: dict[str, int]
    scales: dict[str, float]
    number_words: dict[str, float]
    currencies: tuple[tuple[str, str], ...]  # (mark, ISO code), longest mark first
    langs: dict[str, frozenset[str]]  # folded function words of each language
    coreference: dict[str, re.Pattern[str]]  # entity type -> words standing for one
    dateline: re.Pattern[str]

    by_form: dict[str, tuple[int, ...]]  # a listed word or phrase, folded -> its concepts

    def concepts_of(self, words: list[str]) -> list[frozenset[Option]]:
        """The concepts a word or phrase belongs to: by its written form when it is listed,
        else by its stems when they are long enough not to collide ('fonds' / 'fondé')."""
        listed = self.by_form.get(form(" ".join(words)))
        if listed:
            return [self.concepts[i] for i in listed]
        out = []
        for option in word_options(words):
            if len(option) > 1 or len(option[0]) >= 5:
                out += [self.concepts[i] for i in self.by_term.get(option[0], ())
                        if option in self.concepts[i] and self.concepts[i] not in out]
        return out


class LexiconError(VeilleError):
    """The question lexicon file is malformed."""

    code = "V311"


def _words(entry: object) -> list[str]:
    if isinstance(entry, dict):
        return [str(w) for v in entry.values() for w in v]
    if isinstance(entry, list):
        return [str(w) for w in entry]
    raise LexiconError("questions.yaml: expected a list or a mapping of lists",
                       "Fix veille/data/lexicon/questions.yaml")


def form(text: str) -> str:
    """A word or phrase as looked up in the lexicon: folded, lone letters dropped."""
    return " ".join(t for t in re.findall(r"\w+", fold(text)) if len(t) > 1 or t.isdigit())


def _words_re(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(_pattern(w) for w in words)})(?!\w)")


def _pattern(phrase: str) -> str:
    parts = [re.escape(fold(p).strip()) for p in phrase.split("...")]
    words = [r"\s+".join(p.split(r"\ ")) for p in parts]
    return r"(?:\W+\w+){0,6}?\W+".join(words)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon."""
    data = load_data("lexicon/questions.yaml")
    try:
        kinds = []
        for order, entry in enumerate(data["kinds"]):
            if entry["kind"] not in KINDS:
                raise LexiconError(f"questions.yaml: unknown kind '{entry['kind']}'",
                                   "Use one of: " + ", ".join(KINDS))
            alts = "|".join(_pattern(p) for p in sorted(entry["patterns"], key=len, reverse=True))
            kinds.append((entry["kind"], order, re.compile(rf"(?<!\w)(?:{alts})(?!\w)")))
        types: dict[str, set[str]] = {}
        for etype, words in data["type_nouns"].items():
            if etype not in ENTITY_TYPES:
                raise LexiconError(f"questions.yaml: unknown entity type '{etype}'",
                                   "Use one of: " + ", ".join(ENTITY_TYPES))
            for w in words:
                for option in word_options([str(w)]):
                    types.setdefault(option[0], set()).add(etype)
        concepts: list[frozenset[Option]] = []
        by_term: dict[str, list[int]] = {}
        by_form: dict[str, list[int]] = {}
        for group in data["concepts"]:
            options = frozenset(o for w in _words(group) for o in word_options([w]))
            for option in options:
                by_term.setdefault(option[0], []).append(len(concepts))
            for w in _words(group):
                by_form.setdefault(form(w), []).append(len(concepts))
            concepts.append(options)
        months = {fold(m): n % 12 + 1 for key in ("fr", "en", "en_short")
                  for n, m in enumerate(data["months"][key])}
        currencies = sorted(((str(mark), code) for code, marks in data["currencies"]
                             for mark in marks), key=lambda x: -len(x[0]))
        return Lexicon(
            stop=frozenset(fold(w) for w in _words(data["stopwords"])),
            question=frozenset(fold(w) for w in _words(data["question_words"])),
            kinds=tuple(kinds),
            money=frozenset(o[0] for w in _words(data["money_words"]) for o in word_options([w])),
            types={k: frozenset(v) for k, v in types.items()},
            concepts=tuple(concepts),
            by_term={k: tuple(v) for k, v in by_term.items()},
            by_form={k: tuple(v) for k, v in by_form.items()},
            months=months,
            scales={fold(k): float(v) for k, v in data["scales"].items()},
            number_words={fold(k): float(v) for d in data["number_words"].values()
                          for k, v in d.items()},
            currencies=tuple(currencies),
            coreference={t: _words_re(words) for t, words in data["coreference"].items()},
            dateline=re.compile(rf"^\W*(?:{'|'.join(_pattern(w) for w in data['dateline'])})"
                                rf"(?!\w)"),
            langs={lang: frozenset(fold(w) for w in [*data["stopwords"][lang],
                                                     *data["question_words"][lang]])
                   for lang in ("fr", "en")},
        )
    except (KeyError, TypeError, ValueError) as e:
        raise LexiconError(f"questions.yaml is malformed ({e})",
                           "Fix veille/data/lexicon/questions.yaml") from e
