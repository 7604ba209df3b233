"""Tests for the tense read around a date expression (veille.normalize.tense.tense_at)."""

from __future__ import annotations

import pytest

from veille.normalize.tense import tense_at


def _tense(text: str, target: str, lang: str) -> str | None:
    start = text.index(target)
    return tense_at(text, start, start + len(target), lang)


@pytest.mark.parametrize(
    ("text", "target", "lang", "tense"),
    [
        ("La coopérative inaugurera son entrepôt en mars.", "mars", "fr", "future"),
        ("La coopérative a inauguré son entrepôt en mars.", "mars", "fr", "past"),
        ("La coopérative inaugurait son entrepôt en mars.", "mars", "fr", "past"),
        ("La coopérative va inaugurer son entrepôt en mars.", "mars", "fr", "future"),
        ("La coopérative devrait inaugurer son entrepôt en mars.", "mars", "fr", "future"),
        ("Le forum se déroulera vendredi à Dakar.", "vendredi", "fr", "future"),
        ("Le forum s'est déroulé vendredi à Dakar.", "vendredi", "fr", "past"),
        ("Le forum se déroule vendredi à Dakar.", "vendredi", "fr", "present"),
        ("Le forum aura lieu vendredi.", "vendredi", "fr", "future"),
        ("Le forum a lieu vendredi.", "vendredi", "fr", "present"),
        ("Le forum a eu lieu vendredi.", "vendredi", "fr", "past"),
        ("Le vote est prévu vendredi.", "vendredi", "fr", "future"),
        ("Le bail sera résilié en avril.", "avril", "fr", "future"),
        ("Le bail n'a pas encore été résilié en avril.", "avril", "fr", "past"),
        ("Le bail va être résilié en avril.", "avril", "fr", "future"),
        ("Dévoilé lundi, le drone volera en avril.", "lundi", "fr", "past"),
        ("Dévoilé lundi, le drone volera en avril.", "avril", "fr", "future"),
        ("Le comité se réunirait en avril.", "avril", "fr", None),
        ("The cooperative will open its depot in March.", "March", "en", "future"),
        ("The cooperative'll open its depot in March.", "March", "en", "future"),
        ("The cooperative opened its depot in March.", "March", "en", "past"),
        ("The cooperative has opened its depot in March.", "March", "en", "past"),
        ("The cooperative is going to open its depot in March.", "March", "en", "future"),
        ("The cooperative is expected to open its depot in March.", "March", "en", "future"),
        ("The lease will be terminated in April.", "April", "en", "future"),
        ("The forum was held on Friday.", "Friday", "en", "past"),
        ("The forum is held on Friday.", "Friday", "en", "present"),
        ("The forum opens on Friday.", "Friday", "en", "present"),
    ],
)
def test_tense_of_the_clause(text: str, target: str, lang: str, tense: str | None) -> None:
    assert _tense(text, target, lang) == tense


def test_no_verb_no_tense() -> None:
    assert _tense("Rendez-vous en mars.", "mars", "fr") is None
    assert _tense("See you in March.", "March", "en") is None


def test_a_name_is_not_a_verb() -> None:
    # "United" ends like a past form but is capitalised inside the sentence: a name
    assert _tense("The forum of Seaforth United in March.", "March", "en") is None


def test_the_sentence_before_does_not_count() -> None:
    text = "Le bail a été résilié. Rendez-vous en avril."
    assert _tense(text, "avril", "fr") is None
