"""Tests for percentages, fractions, ratios, ordinals and change direction (veille.normalize)."""

from __future__ import annotations

import pytest

from veille.normalize import find_quantities, percent_change_sign


def _percents(text: str, lang: str) -> list[tuple[str, float]]:
    """(text, value) of every percent quantity; each must carry the "%" unit."""
    found = [q for q in find_quantities(text, lang) if q.kind == "percent"]
    assert all(q.unit == "%" for q in found)
    return [(q.text, q.value) for q in found]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les ventes progressent de 30 %.", "fr", [("30 %", 30.0)]),
        ("Les ventes progressent de 30%.", "fr", [("30%", 30.0)]),
        ("Le chômage atteint 13,7 % dans la région.", "fr", [("13,7 %", 13.7)]),
        ("Une marge de 2,6\u00a0% seulement.", "fr", [("2,6\u00a0%", 2.6)]),
        ("La part passe à 30 pour cent.", "fr", [("30 pour cent", 30.0)]),
        ("Le déficit atteint 3,5 p. 100 du PIB.", "fr", [("3,5 p. 100", 3.5)]),
        ("Une hausse de 20 p.100.", "fr", [("20 p.100", 20.0)]),
        ("Trente pour cent des salariés télétravaillent.", "fr", [("Trente pour cent", 30.0)]),
        ("Adoption reached 30 per cent.", "en", [("30 per cent", 30.0)]),
        ("Adoption reached 45 percent.", "en", [("45 percent", 45.0)]),
        ("Margins hit 12.5% in Q2.", "en", [("12.5%", 12.5)]),
        ("Un salarié sur trois utilise l'IA.", "fr", [("Un salarié sur trois", 33.33)]),
        ("Un sur trois a répondu.", "fr", [("Un sur trois", 33.33)]),
        ("Neuf entreprises sur dix testent des agents.", "fr",
         [("Neuf entreprises sur dix", 90.0)]),
        ("One in three developers uses it.", "en", [("One in three", 33.33)]),
        ("One out of four firms agreed.", "en", [("One out of four", 25.0)]),
        ("Un sixième des sondés hésite.", "fr", [("Un sixième", 16.67)]),
        ("Un quart des projets échoue.", "fr", [("Un quart", 25.0)]),
        ("La moitié des budgets va au cloud.", "fr", [("La moitié", 50.0)]),
        ("Les deux tiers des usagers sont satisfaits.", "fr", [("deux tiers", 66.67)]),
        ("Trois quarts des dirigeants y croient.", "fr", [("Trois quarts", 75.0)]),
        ("A quarter of users churned.", "en", [("A quarter", 25.0)]),
        ("Two-thirds of buyers agreed.", "en", [("Two-thirds", 66.67)]),
        ("Half of the staff left.", "en", [("Half", 50.0)]),
        ("A fifth of revenue comes from Asia.", "en", [("A fifth", 20.0)]),
        ("Sales fell by a third last year.", "en", [("a third", 33.33)]),
        ("Costs were cut by a third.", "en", [("a third", 33.33)]),
        # an ordinal before its noun, not a fraction
        ("A third co-founder joined in 2025.", "en", []),
        ("It is a fifth generation chip.", "en", []),
        ("Il brigue un cinquième mandat.", "fr", []),
    ],
)
def test_percentages(text: str, lang: str, expected: list[tuple[str, float]]) -> None:
    assert _percents(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("La hausse serait de 10 à 15 %.", "fr", 10.0, 15.0),
        ("Une croissance de 10 % à 12 % par an.", "fr", 10.0, 12.0),
        ("Growth of 10-15% is expected.", "en", 10.0, 15.0),
        ("Between 5 and 8 percent of users.", "en", 5.0, 8.0),
    ],
)
def test_percent_ranges(text: str, lang: str, low: float, high: float) -> None:
    (q,) = find_quantities(text, lang)
    assert (q.value, q.high, q.unit, q.kind) == (low, high, "%", "percent")


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Près de 30 % des entreprises.", "fr", "about"),
        ("Plus de 40 % des ventes.", "fr", "more_than"),
        ("Moins de 5 % des budgets.", "fr", "less_than"),
        ("Jusqu'à 70 % d'économies.", "fr", "up_to"),
        ("About 20% of firms.", "en", "about"),
        ("Over 60% of buyers.", "en", "more_than"),
        ("At least 15% of revenue.", "en", "at_least"),
    ],
)
def test_percent_approximation(text: str, lang: str, kind: str) -> None:
    (q,) = find_quantities(text, lang)
    assert q.kind == "percent" and q.approx_kind == kind and q.approx


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le groupe est 29ème du classement.", "fr", [("29ème", 29.0)]),
        ("Elle finit à la 37e place.", "fr", [("37e", 37.0)]),
        ("Le 1er acteur du marché.", "fr", [("1er", 1.0)]),
        ("The startup ranked 3rd.", "en", [("3rd", 3.0)]),
        ("Its 21st funding round.", "en", [("21st", 21.0)]),
    ],
)
def test_ordinals(text: str, lang: str, expected: list[tuple[str, float]]) -> None:
    found = find_quantities(text, lang)
    assert [(q.text, q.value) for q in found] == expected
    assert all(q.kind == "ordinal" and q.unit is None for q in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le cinquième constructeur mondial.", "fr"),
        ("Un quart d'heure plus tard.", "fr"),
        ("In the first quarter the firm grew.", "en"),
        ("In the second half, sales slowed.", "en"),
        ("Un accord sur deux ans a été signé.", "fr"),
        ("Le tiers de confiance certifie.", "fr"),
        ("In the second half of the year, sales slowed.", "en"),
        ("Revenue rose in the quarter.", "en"),
        ("Au premier quart de la saison, rien.", "fr"),
    ],
)
def test_not_percentages(text: str, lang: str) -> None:
    assert _percents(text, lang) == []


@pytest.mark.parametrize(
    ("word", "lang", "sign"),
    [
        ("bondir", "fr", 1),
        ("a bondi", "fr", 1),
        ("grimpe", "fr", 1),
        ("augmenté", "fr", 1),
        ("progresse", "fr", 1),
        ("s'envoler", "fr", 1),
        ("s'est envolé", "fr", 1),
        ("gagne", "fr", 1),
        ("hausse", "fr", 1),
        ("en hausse", "fr", 1),
        ("gain", "fr", 1),
        ("chuter", "fr", -1),
        ("ont chuté", "fr", -1),
        ("recule", "fr", -1),
        ("a reculé", "fr", -1),
        ("baisser", "fr", -1),
        ("a perdu", "fr", -1),
        ("plongé", "fr", -1),
        ("cède", "fr", -1),
        ("dégringole", "fr", -1),
        ("baisse", "fr", -1),
        ("recul", "fr", -1),
        ("perte", "fr", -1),
        ("jump", "en", 1),
        ("jumped", "en", 1),
        ("rose", "en", 1),
        ("soared", "en", 1),
        ("surges", "en", 1),
        ("has climbed", "en", 1),
        ("rallied", "en", 1),
        ("up", "en", 1),
        ("gain", "en", 1),
        ("fell", "en", -1),
        ("dropped", "en", -1),
        ("slid", "en", -1),
        ("slumping", "en", -1),
        ("declined", "en", -1),
        ("lost", "en", -1),
        ("down", "en", -1),
        ("has fallen", "en", -1),
        ("BONDIT", "fr", 1),
    ],
)
def test_percent_change_sign(word: str, lang: str, sign: int) -> None:
    assert percent_change_sign(word, lang) == sign


@pytest.mark.parametrize(
    ("word", "lang"),
    [("annonce", "fr"), ("a déclaré", "fr"), ("", "fr"), ("said", "en"), ("announced", "en"),
     ("montre", "fr")],
)
def test_percent_change_sign_unknown(word: str, lang: str) -> None:
    assert percent_change_sign(word, lang) == 0


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le taux recule à -3,5 %.", "fr", [("-3,5 %", -3.5)]),
        ("Le taux recule à moins 2 %.", "fr", [("moins 2 %", -2.0)]),
        ("The rate fell to minus 2 percent.", "en", [("minus 2 percent", -2.0)]),
        ("Une hausse de 10 pourcent.", "fr", [("10 pourcent", 10.0)]),
        ("Une hausse de 10 pour-cent.", "fr", [("10 pour-cent", 10.0)]),
        ("Une hausse de 12 pourcents.", "fr", [("12 pourcents", 12.0)]),
        ("Une hausse de 12% ou de 12 %.", "fr", [("12%", 12.0), ("12 %", 12.0)]),
        ("Une hausse de 12\u202f%.", "fr", [("12\u202f%", 12.0)]),
        ("Inflation hit 5pc, then 3 pc.", "en", [("5pc", 5.0), ("3 pc", 3.0)]),
        ("Inflation hit 4 pct.", "en", [("4 pct", 4.0)]),
        ("Le taux passe à trois virgule cinq pour cent.", "fr",
         [("trois virgule cinq pour cent", 3.5)]),
        ("Un tiers des élus, soit 1/3 des voix.", "fr", [("Un tiers", 33.33), ("1/3", 33.33)]),
        ("2/3 of voters agreed.", "en", [("2/3", 66.67)]),
        ("Deux tiers restent et 2/3 partent.", "fr", [("Deux tiers", 66.67), ("2/3", 66.67)]),
    ],
)
def test_more_percent_forms(text: str, lang: str, expected: list[tuple[str, float]]) -> None:
    assert _percents(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Le taux a gagné 2 points de pourcentage.", "fr", 2.0, "pp"),
        ("Le taux a gagné 0,5 point de pourcentage.", "fr", 0.5, "pp"),
        ("Le taux a gagné 2 pts de %.", "fr", 2.0, "pp"),
        ("The rate rose 1.5 percentage points.", "en", 1.5, "pp"),
        ("The rate rose 1.5pp.", "en", 1.5, "pp"),
        ("La BCE relève son taux de 25 points de base.", "fr", 25.0, "bp"),
        ("La BCE relève son taux de 25 pb.", "fr", 25.0, "bp"),
        ("The Fed raised rates by 50 basis points.", "en", 50.0, "bp"),
        ("The Fed raised rates by 50bps.", "en", 50.0, "bp"),
    ],
)
def test_point_changes_keep_their_own_unit(text: str, lang: str, value: float,
                                           unit: str) -> None:
    (q,) = find_quantities(text, lang)
    assert (q.value, q.unit, q.kind) == (value, unit, "percent")


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Le taux se situe entre 5 et 7 %.", "fr", 5.0, 7.0),
        ("Le taux se situe entre 5 % et 7 %.", "fr", 5.0, 7.0),
        ("Le taux se situe entre 5 et 7 pour cent.", "fr", 5.0, 7.0),
        ("Le taux se situe à 5-7 %.", "fr", 5.0, 7.0),
        ("Le taux se situe entre 2,5 et 3 points de pourcentage.", "fr", 2.5, 3.0),
        ("Between 5% and 7% of users.", "en", 5.0, 7.0),
        ("Growth of 5 to 7 per cent.", "en", 5.0, 7.0),
        ("Le taux est compris entre -2 et 1 %.", "fr", -2.0, 1.0),
    ],
)
def test_more_percent_ranges(text: str, lang: str, low: float, high: float) -> None:
    (q,) = find_quantities(text, lang)
    assert (q.value, q.high, q.kind) == (low, high, "percent")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le parc compte 5 PC portables.", "fr"),
        ("The lab bought 40 PCs.", "en"),
        ("Le CAC 40 gagne 50 pts.", "fr"),
    ],
)
def test_not_percent_markers(text: str, lang: str) -> None:
    assert _percents(text, lang) == []
