"""The direction of a change verb or noun: rising (+1), falling (-1) or unknown (0).

Verbs are listed as lemmas in ``change.yaml`` and conjugated here by rule (French -er, -ir
and -re groups, English regular forms); irregular forms and nouns are listed outright.
"""

from __future__ import annotations

import re
from functools import lru_cache

from veille.normalize._resources import check_lang, fold, load_yaml

_FR_SUFFIXES = {
    "er": ["e", "es", "ent", "er", "ee", "ees", "ons", "ez", "ait", "aient", "ant", "era",
           "eront", "erait", "eraient", "a", "erent", "ai", "eant", "eait", "eaient"],
    "ir": ["i", "is", "it", "ie", "ies", "issent", "issait", "issaient", "issant", "ira",
           "iront", "irait", "ir", "issons"],
    "re": ["s", "t", "", "ent", "u", "ue", "us", "ues", "ait", "aient", "ant", "ra", "ront",
           "rait", "re", "sent", "sait", "sant"],
}
_VOWELS = "aeiou"


def _fr_forms(lemma: str) -> set[str]:
    """Conjugated forms of a French verb lemma (accents stripped)."""
    head, _, rest = lemma.partition(" ")
    tail = " " + rest if rest else ""
    for ending, suffixes in _FR_SUFFIXES.items():
        if head.endswith(ending):
            stem = head[: -len(ending)]
            return {stem + s + tail for s in suffixes} | {lemma}
    return {lemma}


def _en_forms(lemma: str) -> set[str]:
    """Regular English forms of a verb lemma: -s, -ed, -ing, with spelling rules."""
    head, _, rest = lemma.partition(" ")
    tail = " " + rest if rest else ""
    forms = {head}
    if head.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(head + "es")
    elif len(head) > 2 and head.endswith("y") and head[-2] not in _VOWELS:
        forms.update({head[:-1] + "ies", head[:-1] + "ied"})
    else:
        forms.add(head + "s")
    if head.endswith("e"):
        forms.update({head + "d", head[:-1] + "ing"})
    else:
        forms.update({head + "ed", head + "ing"})
    cvc = (len(head) >= 3 and head[-1] not in _VOWELS + "wxy" and head[-2] in _VOWELS
           and head[-3] not in _VOWELS)
    if cvc:
        forms.update({head + head[-1] + "ed", head + head[-1] + "ing"})
    return {f + tail for f in forms}


@lru_cache(maxsize=4)
def _table(lang: str) -> tuple[dict[str, int], frozenset[str]]:
    """Folded form -> sign, and the auxiliaries to drop, for ``lang``."""
    data = load_yaml("change.yaml")
    signs: dict[str, int] = {}
    for direction, sign in (("fall", -1), ("rise", 1)):
        entry = data[lang][direction]
        for verb in entry["verbs"]:
            lemma = fold(str(verb))
            lemma = re.sub(r"^(?:s'|se )", "", lemma)
            forms = _fr_forms(lemma) if lang == "fr" else _en_forms(lemma)
            for form in forms:
                signs[form] = sign
        for form in entry["forms"]:
            signs[fold(str(form))] = sign
    auxiliaries = frozenset(fold(str(a)) for a in data["auxiliaries"][lang])
    return signs, auxiliaries


@lru_cache(maxsize=65536)  # a pure function of its words: the trigger search asks it of every word
def percent_change_sign(verb: str, lang: str) -> int:
    """+1 for a word of rising ("bondir", "a bondi", "hausse", "soared", "rose"), -1 for a
    word of falling ("ont chuté", "recul", "fell", "dropped"), 0 when unknown.

    The input is lowercased and stripped of accents; auxiliaries, reflexive clitics and
    intensifiers ("a", "s'est", "has", "sharply") are dropped, then the whole phrase and
    each remaining word, last first, are looked up.
    """
    lang = check_lang(lang)
    signs, auxiliaries = _table(lang)
    tokens = []
    for token in re.findall(r"[\w']+", fold(verb)):
        if token in auxiliaries:
            continue
        if "'" in token:
            token = token.partition("'")[2]
            if not token or token in auxiliaries:
                continue
        tokens.append(token)
    if not tokens:
        return 0
    phrase = " ".join(tokens)
    if phrase in signs:
        return signs[phrase]
    for token in reversed(tokens):
        if token in signs:
            return signs[token]
    return 0
