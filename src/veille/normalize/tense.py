"""The tense around a date expression: past, present or future, from the verb forms near it.

A date without a year or a direction ("en mars", "jeudi", "au troisième trimestre", "in the
spring") is placed by the tense of its clause: the past puts it before the reference date,
the future after it. The library has no parser: verb forms are recognised from the lexicon
in ``tense.yaml`` (auxiliaries and participles, future and imperfect endings, English
"will"/"going to", "-ed" forms, "was"/"were"), and French future and conditional endings with
the rules of ``modality.yaml``. The cue nearest the expression wins, looked for first in its
part of the sentence between commas, then in the whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from veille.normalize._resources import check_lang, load_yaml

TENSES = ("past", "present", "future")
_WINDOW = 160  # characters looked at on each side of the expression
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
_TOKENS = {
    "fr": re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*"),
    "en": re.compile(r"[^\W\d_]+(?:n['’]t)?|['’](?:ll|ve|re|s|d)(?![\w])"),
}


@dataclass(frozen=True)
class _TenseLexicon:
    past_aux: frozenset[str]
    future_aux: frozenset[str]
    adverbs: frozenset[str]
    participle_endings: tuple[str, ...]
    participles: frozenset[str]
    not_participles: frozenset[str]
    near_future_aux: frozenset[str]
    infinitive_endings: tuple[str, ...]
    clitics: frozenset[str]
    future_words: frozenset[str]
    future_phrases: tuple[tuple[str, ...], ...]
    past_words: frozenset[str]
    imperfect_endings: tuple[str, ...]
    imperfect_exceptions: frozenset[str]
    present_words: frozenset[str]
    future_firsts: frozenset[str] = frozenset()  # the first words of `future_phrases`


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> _TenseLexicon:
    data = load_yaml("tense.yaml")[lang]

    def words(key: str) -> frozenset[str]:
        return frozenset(_norm(str(w)) for w in data[key])

    future = [_norm(str(w)) for w in data["future_words"]]
    phrases = tuple(tuple(re.findall(r"[^\W\d_]+", w)) for w in future if " " in w or "'" in w)
    return _TenseLexicon(
        past_aux=words("past_auxiliaries"),
        future_aux=words("future_auxiliaries"),
        adverbs=words("adverbs"),
        participle_endings=tuple(sorted(map(str, data["participle_endings"]), key=len,
                                        reverse=True)),
        participles=words("participles"),
        not_participles=words("not_participles"),
        near_future_aux=words("near_future_auxiliaries"),
        infinitive_endings=tuple(map(str, data["infinitive_endings"])),
        clitics=words("clitics"),
        future_words=frozenset(w for w in future if " " not in w and "'" not in w),
        future_phrases=phrases,
        future_firsts=frozenset(p[0] for p in phrases if p),
        past_words=words("past_words"),
        imperfect_endings=tuple(map(str, data["imperfect_endings"])),
        imperfect_exceptions=words("imperfect_exceptions"),
        present_words=words("present_words"),
    )


@lru_cache(maxsize=65536)
def _participle(word: str, lang: str) -> bool:
    return _is_participle(word, _lexicon(lang))


def _is_participle(word: str, lex: _TenseLexicon) -> bool:
    if word in lex.participles:
        return True
    if word in lex.not_participles or len(word) < 3:
        return False
    return word.endswith(lex.participle_endings)


@lru_cache(maxsize=65536)
def _bare_participle(word: str, lang: str) -> bool:
    """A French participle in -é standing alone ("Annoncé lundi, ..."): nouns in -ité, -té
    and the listed ones excepted."""
    if lang != "fr" or len(word) < 5 or word in _lexicon(lang).not_participles:
        return False
    stem = word.rstrip("s").rstrip("e")
    return stem.endswith("é") and not stem.endswith(("ité", "iété", "auté", "uté", "ôté"))


@lru_cache(maxsize=65536)
def _french_form(word: str) -> str | None:
    """"future" for a simple future form, "conditional" for a conditional, else None
    (the rules of modality.yaml; imported here, as modality imports the date finder)."""
    from veille.normalize.modality import is_conditional, is_future

    if is_future(word, "fr"):
        return "future"
    if is_conditional(word, "fr"):
        return "conditional"
    return None


def _after(words: list[str], i: int, skip: frozenset[str]) -> int:
    """The index of the first word after ``i`` that is not in ``skip`` (at most 3 skipped)."""
    j = i + 1
    while j < len(words) and j - i <= 3 and words[j] in skip:
        j += 1
    return j


def _phrase_at(words: list[str], i: int, lex: _TenseLexicon) -> int:
    """The length of the future phrase starting at word ``i`` ("going to"), else 0."""
    if i < len(words) and words[i] not in lex.future_firsts:
        return 0  # (most words begin no phrase)
    for phrase in lex.future_phrases:
        if tuple(words[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _cues(words: list[str], lang: str) -> list[tuple[int, str]]:
    """(token index, tense) of every tense cue among ``words``, left to right."""
    lex = _lexicon(lang)
    cues: list[tuple[int, str]] = []
    i = 0
    while i < len(words):
        w = words[i]
        step = 1
        tense: str | None = None
        phrase = _phrase_at(words, i, lex)
        if phrase:
            tense, step = "future", phrase
        elif w in lex.future_aux or w in lex.future_words:
            tense = "future"
        elif w in lex.near_future_aux:
            j = _after(words, i, lex.clitics)
            if j < len(words) and words[j].endswith(lex.infinitive_endings) and len(words[j]) > 3:
                tense, step = "future", j - i + 1
            elif w in lex.present_words:
                tense = "present"
        elif w in lex.past_aux:
            j = _after(words, i, lex.adverbs)
            nxt = words[j] if j < len(words) else ""
            if nxt in lex.future_words:
                tense, step = "future", j - i + 1
            elif _participle(nxt, lang):
                tense, step = "past", j - i + 1
            elif w in lex.present_words:
                tense = "present"
            elif lang != "fr" or _french_form(w) is None:
                tense = "past"
        elif lang == "en" and w in ("is", "are", "am", "be", "being") and i + 1 < len(words) \
                and not _phrase_at(words, i + 1, lex) and _participle(words[i + 1], lang):
            tense, step = "present", 2
        elif w in lex.past_words:
            tense = "past"
        elif lang == "fr" and (form := _french_form(w)) is not None:
            tense = "future" if form == "future" else None
        elif lang == "fr" and w.endswith(lex.imperfect_endings) and len(w) >= 5 \
                and w not in lex.imperfect_exceptions:
            tense = "past"
        elif lang == "en" and len(w) >= 5 and w.endswith("ed") and w not in lex.not_participles:
            tense = "past"
        elif _bare_participle(w, lang):
            tense = "past"
        elif w in lex.present_words:
            tense = "present"
        if tense == "future":  # "sera lancé", "will be signed", "va être signé"
            j = _after(words, i + step - 1, lex.adverbs)
            if j < len(words) and _participle(words[j], lang):
                step = j - i + 1
        if tense is not None:
            cues.append((i, tense))
        i += step
    return cues


def _mid_sentence(text: str, lo: int, pos: int) -> bool:
    """Whether a word at ``pos`` stands inside its sentence (a capital there marks a name)."""
    return bool(text[lo:pos].strip(" \t\n«»\"“”‘’'()-—–"))


def _nearest(text: str, lo: int, hi: int, start: int, end: int, lang: str) -> str | None:
    """The tense of the cue nearest [start, end) within text[lo:hi], or None."""
    tokens = [(m.start(), _norm(m.group(0))) for m in _TOKENS[lang].finditer(text, lo, hi)
              if not start <= m.start() < end
              and not (m.group(0)[0].isupper() and _mid_sentence(text, lo, m.start()))]
    if lang == "fr":  # elided clitics: "n'a" -> "a", "s'est" -> "est"
        tokens = [(p, w) for p, w in tokens if w not in ("n", "s", "l", "d", "j", "qu", "c")]
    words = [w for _, w in tokens]
    best: tuple[int, str] | None = None
    for index, tense in _cues(words, lang):
        pos = tokens[index][0]
        distance = start - pos if pos < start else (pos - end) + 1  # a tie goes to the left
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


def tense_at(text: str, start: int, end: int, lang: str) -> str | None:
    """The tense ("past", "present", "future") of the clause around text[start:end], or None
    when no verb form near it says.

    >>> tense_at("La société lancera son offre en mars.", 31, 35, "fr")
    'future'
    """
    lang = check_lang(lang)
    lo = max(0, start - _WINDOW)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    hi_limit = min(len(text), end + _WINDOW)
    stop = _SENTENCE_END.search(text, end, hi_limit)
    hi = stop.start() if stop else hi_limit
    comma_lo = max(lo, text.rfind(",", lo, start) + 1)
    comma = text.find(",", end, hi)
    comma_hi = comma if comma != -1 else hi
    found = _nearest(text, comma_lo, comma_hi, start, end, lang)
    if found is None and (comma_lo, comma_hi) != (lo, hi):
        found = _nearest(text, lo, hi, start, end, lang)
    return found
