"""The modality of a sentence: asserted, reported, claimed or projected.

Cue phrases come from ``modality.yaml``. French conditional and future are also read from
verb endings (with exception lists), "va/vont + infinitive" marks a near future, and a
deadline date ("d'ici 2030", "by 2027") marks a projection. Precedence:
reported > claimed > projected > asserted; the conditional of "devoir" ("devrait") is a
forecast, so projected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from veille.normalize._resources import check_lang, is_sentence_start, load_yaml, word_bounded
from veille.normalize.dates import date_relations

MODALITIES = ("asserted", "reported", "claimed", "projected")
_CUE_KINDS = ("reported", "claimed", "projected")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _ModalityLexicon:
    phrases: dict[str, re.Pattern[str]]
    cond_endings: tuple[str, ...]
    cond_stems: tuple[str, ...]
    cond_exceptions: frozenset[str]
    forecast: frozenset[str]
    future_exceptions: frozenset[str]
    future_forms: frozenset[str]
    future_min: int
    near_future: re.Pattern[str] | None
    future_in_past: frozenset[str] = frozenset()
    speech: re.Pattern[str] | None = None
    # `phrases` written in lower case, for the sentence in lower case (see `modality_cues`)
    lower_phrases: dict[str, re.Pattern[str]] | None = None


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> _ModalityLexicon:
    data = load_yaml("modality.yaml")
    bounded = {kind: word_bounded([str(p) for p in data[kind][lang]]) for kind in _CUE_KINDS}
    phrases = {kind: re.compile("(?i)" + pattern) for kind, pattern in bounded.items()}
    # The same patterns in lower case (the same alternatives in the same order: the patterns
    # hold no escape in upper case), matched against the sentence in lower case, find the same
    # cues several times faster when the phrases' letters are Latin-1 ones: a character then
    # matches one of them in any case exactly when its lower case is that letter, but for the
    # few that `_CASE_SPECIAL` finds. (Lower case keeps a character a word character or not.)
    latin = all(ord(ch) < 0x100 or ch.lower() == ch.upper()
                for kind in _CUE_KINDS for p in data[kind][lang] for ch in str(p))
    lower_phrases = {kind: re.compile(pattern.lower()) for kind, pattern in bounded.items()} \
        if latin else None
    cond, fut, near = data["conditional"], data["future"], data["near_future"][lang]
    near_re = None
    if near["aux"]:
        aux = "|".join(near["aux"])
        endings = "|".join(near["infinitive_endings"])
        clitic = (r"(?:(?:se|s['’]|en|y|le|la|les|lui|leur|l['’])\s*|(?:bientôt|également|aussi"
                  r"|ainsi|désormais|notamment|donc|enfin|encore|probablement)\s+)?")
        near_re = re.compile(rf"(?i)(?<![\w])(?:{aux})\s+{clitic}[^\W\d_]+(?:{endings})(?![\w])")
    return _ModalityLexicon(
        phrases=phrases,
        cond_endings=tuple(sorted(cond["endings"], key=len, reverse=True)),
        cond_stems=tuple(cond["stems_yes"]),
        cond_exceptions=frozenset(cond["exceptions"]),
        forecast=frozenset(cond["forecast"]),
        future_exceptions=frozenset(fut["exceptions"]),
        future_forms=frozenset(fut["forms"]),
        future_min=int(fut["min_length"]),
        future_in_past=frozenset(str(w).lower() for w in data["future_in_past"][lang]["words"]),
        speech=re.compile("(?i)" + word_bounded([str(w) for w in data["future_in_past"][lang]["speech"]]))
        if data["future_in_past"][lang]["speech"] else None,
        near_future=near_re,
        lower_phrases=lower_phrases,
    )


# Characters that match a Latin-1 letter in any case though their lower case is not it ('ı',
# 'ſ' and 'µ' are 'i', 's' and 'μ' to the regex engine), or whose lower case is longer ('İ')
_CASE_SPECIAL = re.compile("[\u0130\u0131\u017f\u00b5\u03bc]")


def _rait_form(word: str, ending: str) -> str:
    """The word with its conditional or future ending replaced by "rait" ("seront" -> "serait")."""
    return word[: -len(ending)] + "rait"


def _conditional_stem(form: str, lex: _ModalityLexicon) -> bool:
    return len(form) >= 5 and form not in lex.cond_exceptions and form.endswith(lex.cond_stems)


def is_conditional(word: str, lang: str) -> bool:
    """Whether a lowercase French word is a conditional verb form ("seraient", "gagnerait")."""
    if check_lang(lang) != "fr":
        return False
    lex = _lexicon("fr")
    if not word.endswith(lex.cond_endings) or word in lex.cond_exceptions \
            or word in lex.forecast:
        return False
    for ending in lex.cond_endings:
        if word.endswith(ending):
            return _conditional_stem(_rait_form(word, ending), lex)
    return False


def is_future(word: str, lang: str) -> bool:
    """Whether a lowercase French word is a simple future form ("lancera", "seront")."""
    if check_lang(lang) != "fr":
        return False
    lex = _lexicon("fr")
    if word in lex.future_forms:
        return True
    if word in lex.future_exceptions or len(word) < lex.future_min:
        return False
    for ending in ("ront", "ra"):
        if word.endswith(ending):
            return _conditional_stem(_rait_form(word, ending), lex)
    return False


@lru_cache(maxsize=65536)
def _french_verb_cue(lower: str) -> str | None:
    """The modality a lowercase French word marks by its form: a conditional reports, a
    forecast verb or a future projects (cached: the same words come back in every text)."""
    if is_conditional(lower, "fr"):
        return "reported"
    if lower in _lexicon("fr").forecast or is_future(lower, "fr"):
        return "projected"
    return None


def modality_cues(sentence: str, lang: str,
                  dates: list[tuple[str, int, int]] | None = None) -> list[tuple[str, int, int]]:
    """The cues found in ``sentence`` as (modality, start, end), in text order.

    ``dates``: the sentence's date expressions as (relation, start, end), offsets into
    ``sentence``, when the caller has found them already (over the whole document, say);
    otherwise they are found here."""
    lang = check_lang(lang)
    lex = _lexicon(lang)
    cues: list[tuple[str, int, int]] = []
    if lex.lower_phrases is not None and _CASE_SPECIAL.search(sentence) is None:
        low = sentence.lower()  # (the same length: no 'İ')
        for kind, pattern in lex.lower_phrases.items():
            cues.extend((kind, m.start(), m.end()) for m in pattern.finditer(low))
    else:
        for kind, pattern in lex.phrases.items():
            cues.extend((kind, m.start(), m.end()) for m in pattern.finditer(sentence))
    if lex.speech is not None and lex.future_in_past:
        # 'X said it would spend ...': a future seen from the past projects
        said = [m.end() for m in lex.speech.finditer(sentence)]
        futures = [s for kind, s, e in cues if kind == "reported" and any(at <= s for at in said)
                   and sentence[s:e].lower().replace("’", "'") in lex.future_in_past]
        if futures:  # (and 'said it' before it introduces no claim, but what is to come)
            cues = [("projected", s, e) if s in futures else (kind, s, e) for kind, s, e in cues
                    if not (kind == "claimed" and e <= futures[0])]
    claims = [(s, e) for kind, s, e in cues if kind == "claimed"]
    # 'selon la direction' is a claim, though 'selon' alone reports
    cues = [c for c in cues if c[0] != "reported" or not any(s <= c[1] and c[2] <= e for s, e in claims)]
    if lang == "fr":
        for m in _WORD.finditer(sentence):
            word = m.group(0)
            if word[0].isupper() and not is_sentence_start(sentence, m.start()):
                continue
            marked = _french_verb_cue(word.lower())
            if marked is not None:
                cues.append((marked, m.start(), m.end()))
        if lex.near_future is not None:
            cues.extend(("projected", m.start(), m.end())
                        for m in lex.near_future.finditer(sentence))
    for relation, start, end in date_relations(sentence, lang) if dates is None else dates:
        if relation in ("by", "within"):
            cues.append(("projected", start, end))
    return sorted(set(cues), key=lambda c: (c[1], c[2], c[0]))


def classify_modality(
    sentence: str,
    lang: str,
    *,
    verb_moods: list[str] | None = None,
    verb_tenses: list[str] | None = None,
    dates: list[tuple[str, int, int]] | None = None,
) -> str:
    """One of MODALITIES for ``sentence``.

    ``verb_moods`` and ``verb_tenses`` are optional morphological features of the sentence's
    verbs (e.g. from spaCy: "Cnd" for conditional, "Fut" for future) and add to the cues.
    ``dates`` are the sentence's date expressions, as ``modality_cues`` takes them.
    """
    lang = check_lang(lang)
    kinds = {kind for kind, _, _ in modality_cues(sentence, lang, dates)}
    if verb_moods and "Cnd" in verb_moods:
        lowered = {w.lower() for w in re.findall(r"[^\W\d_]+", sentence)}
        forecast_only = bool(lowered & _lexicon("fr").forecast) and not any(
            is_conditional(w, "fr") for w in lowered
        )
        kinds.add("projected" if forecast_only else "reported")
    if verb_tenses and "Fut" in verb_tenses:
        kinds.add("projected")
    for kind in _CUE_KINDS:
        if kind in kinds:
            return kind
    return "asserted"
