"""Tests for sentence modality classification (veille.normalize.classify_modality)."""

from __future__ import annotations

import pytest

from veille.normalize import MODALITIES, classify_modality, modality_cues


def test_modalities_tuple() -> None:
    assert MODALITIES == ("asserted", "reported", "claimed", "projected")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # reported: conditional, attribution to a source
        ("Les deux groupes seraient en discussions avancées.", "fr", "reported"),
        ("La start-up gagnerait 40 000 clients par mois.", "fr", "reported"),
        ("Le fondateur aurait quitté l'entreprise.", "fr", "reported"),
        ("Le rachat pourrait être annoncé sous peu.", "fr", "reported"),
        ("Ils envisageraient une cotation à New York.", "fr", "reported"),
        ("Selon Le Quotidien Tech, Norvane a levé 80 millions d'euros.", "fr", "reported"),
        ("D'après une source interne, l'équipe compte 60 personnes.", "fr", "reported"),
        ("Des rapports suggèrent que les ventes ont doublé.", "fr", "reported"),
        ("Selon la société, les revenus vont doubler.", "fr", "claimed"),  # its own words
        ("Selon des analystes, les revenus vont doubler.", "fr", "reported"),
        ("According to the filing, Brightloom lost $20 million.", "en", "reported"),
        ("Brightloom reportedly raised $300 million.", "en", "reported"),
        ("The deal would value Brightloom at $4 billion.", "en", "reported"),
        # a future seen from the past, after a verb of saying, is what is to come
        ("Brightloom said it would spend $3 billion on data centres.", "en", "projected"),
        ("Brightloom told reporters it would hire 300 engineers.", "en", "projected"),
        ("The round would value the company at $2 billion, people familiar said.", "en", "reported"),
        ("The founder is said to be leaving.", "en", "reported"),
        ("Sources say the chip is delayed.", "en", "reported"),
        ("People familiar with the matter said talks stalled.", "en", "reported"),
        # claimed: the subject's own unverified claim
        ("Norvane affirme avoir 5 millions d'utilisateurs.", "fr", "claimed"),
        ("Le PDG a déclaré que le modèle battait ses rivaux, bien que personne n'ait vérifié "
         "ces résultats.", "fr", "claimed"),
        ("L'entreprise se présente comme le leader européen du secteur.", "fr", "claimed"),
        ("Elle présente cela comme une première mondiale.", "fr", "claimed"),
        ("Ces chiffres, non vérifiés, circulent depuis lundi.", "fr", "claimed"),
        ("Brightloom claims its model beats every rival.", "en", "claimed"),
        ("The startup says it has 2 million users.", "en", "claimed"),
        ("The figures are unverified.", "en", "claimed"),
        ("It bills itself as the fastest inference cloud.", "en", "claimed"),
        # projected: plans, targets, forecasts, future
        ("Norvane vise 100 millions d'euros de revenus d'ici 2030.", "fr", "projected"),
        ("Norvane prépare une levée de 40 millions d'euros.", "fr", "projected"),
        ("Brightloom is preparing a $60 million Series B.", "en", "projected"),
        ("Le groupe ambitionne de doubler ses effectifs.", "fr", "projected"),
        ("La société prévoit d'ouvrir trois bureaux.", "fr", "projected"),
        ("L'objectif est d'atteindre 1 000 clients.", "fr", "projected"),
        ("Les ventes devraient doubler l'an prochain.", "fr", "projected"),
        ("La société lancera son assistant en mars.", "fr", "projected"),
        ("Les nouveaux modèles arriveront en juin.", "fr", "projected"),
        ("Le laboratoire va recruter 200 ingénieurs.", "fr", "projected"),
        ("Le campus sera inauguré à l'automne.", "fr", "projected"),
        ("Brightloom will open an office in Austin.", "en", "projected"),
        ("The company plans to hire 300 engineers.", "en", "projected"),
        ("It aims to reach profitability.", "en", "projected"),
        ("Revenue is expected to triple.", "en", "projected"),
        ("Analysts forecast a 20% rise in demand.", "en", "projected"),
        ("The target is 10,000 GPUs by 2027.", "en", "projected"),
        ("It'll ship in the spring.", "en", "projected"),
        # asserted
        ("Norvane a levé 80 millions d'euros.", "fr", "asserted"),
        ("Le portrait de la fondatrice ouvre le dossier.", "fr", "asserted"),
        ("Un extrait du rapport et le retrait du produit ont été publiés.", "fr", "asserted"),
        ("L'attrait du secteur reste fort.", "fr", "asserted"),
        ("Le projet démarrait quand la direction montrait des signes de fatigue.", "fr",
         "asserted"),
        ("La caméra du robot a été remplacée.", "fr", "asserted"),
        ("Le journal titrait sur la fusion et l'État instaurait un contrôle.", "fr", "asserted"),
        ("Ils tiraient profit de la hausse et livraient les puces.", "fr", "asserted"),
        ("Il déclara que l'équipe montra la démo.", "fr", "asserted"),
        ("Le front des investisseurs se fissure.", "fr", "asserted"),
        ("Brightloom raised $50 million in March.", "en", "asserted"),
        ("The company reported revenue of $12 million.", "en", "asserted"),
    ],
)
def test_classify_modality(sentence: str, lang: str, expected: str) -> None:
    assert classify_modality(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # reported beats claimed and projected
        ("Selon la presse, l'entreprise affirme qu'elle lancera un modèle.", "fr", "reported"),
        ("According to sources, the firm claims it will double sales.", "en", "reported"),
        # claimed beats projected
        ("La société affirme qu'elle atteindra 1 million de clients.", "fr", "claimed"),
        ("The startup claims it will reach 1 million users.", "en", "claimed"),
        # a conditional forecast ("devrait") is projected, not reported
        ("Le marché devrait atteindre 50 milliards d'euros.", "fr", "projected"),
    ],
)
def test_precedence(sentence: str, lang: str, expected: str) -> None:
    assert classify_modality(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "moods", "tenses", "expected"),
    [
        ("Les ventes augmentent.", ["Cnd"], None, "reported"),
        ("Les ventes devraient augmenter.", ["Cnd"], None, "projected"),
        ("Les ventes augmentent.", None, ["Fut"], "projected"),
        ("Les ventes augmentent.", ["Ind"], ["Pres"], "asserted"),
        ("Les ventes augmentent.", [], [], "asserted"),
    ],
)
def test_morphology_hints(
    sentence: str, moods: list[str] | None, tenses: list[str] | None, expected: str
) -> None:
    assert classify_modality(sentence, "fr", verb_moods=moods, verb_tenses=tenses) == expected


def test_cues_have_offsets() -> None:
    sentence = "Selon Le Quotidien Tech, la start-up lèverait 20 millions."
    cues = modality_cues(sentence, "fr")
    assert ("reported", 0, 5) in cues
    words = {sentence[s:e] for kind, s, e in cues if kind == "reported"}
    assert "lèverait" in words


def test_cues_for_projection_include_deadline() -> None:
    sentence = "Le groupe vise 500 clients d'ici 2030."
    cues = modality_cues(sentence, "fr")
    assert any(kind == "projected" and sentence[s:e] == "vise" for kind, s, e in cues)
    assert any(kind == "projected" and "2030" in sentence[s:e] for kind, s, e in cues)


def test_cues_empty_for_plain_fact() -> None:
    assert modality_cues("Norvane a recruté 40 personnes.", "fr") == []
    assert modality_cues("Brightloom hired 40 people.", "en") == []


def test_cues_sorted_by_position() -> None:
    cues = modality_cues("It reportedly plans to expand and will hire.", "en")
    starts = [s for _, s, _ in cues]
    assert starts == sorted(starts) and len(cues) >= 3


def test_dates_found_by_the_caller_replace_the_search() -> None:
    # A document's dates are found once over its whole text and handed to each sentence.
    sentence = "Headcount reaches 400 by 2027."
    assert classify_modality(sentence, "en") == "projected"
    assert classify_modality(sentence, "en", dates=[]) == "asserted"
    plain = "Headcount reaches 400 in the region."
    assert classify_modality(plain, "en") == "asserted"
    assert classify_modality(plain, "en", dates=[("by", 22, 35)]) == "projected"
    assert modality_cues(plain, "en", dates=[("within", 22, 35)]) == [("projected", 22, 35)]


@pytest.mark.parametrize(("lang", "sentence", "modality"), [
    ("fr", "Le site abrite quelque 4 000 puces, selon la direction.", "claimed"),
    ("fr", "Le site abrite quelque 4 000 puces, selon des sources proches du dossier.", "reported"),
    ("en", "The fair drew 15,000 visitors, according to the organisers.", "claimed"),
    ("en", "The fair drew 15,000 visitors, according to Reuters.", "reported"),
])
def test_a_figure_its_own_company_gives_is_claimed(lang: str, sentence: str, modality: str) -> None:
    assert classify_modality(sentence, lang) == modality
