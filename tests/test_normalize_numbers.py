"""Tests for number parsing and plain-number quantities (veille.normalize)."""

from __future__ import annotations

import pytest

from veille.normalize import Quantity, find_quantities, parse_number


def _numbers(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    """(text, value, approx_kind) of every quantity, for compact assertions."""
    return [(q.text, q.value, q.approx_kind) for q in find_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2 000", "fr", 2000.0),
        ("2\u00a0000", "fr", 2000.0),
        ("2\u202f000", "fr", 2000.0),
        ("2.000", "fr", 2000.0),
        ("2,000", "en", 2000.0),
        ("1,5", "fr", 1.5),
        ("1.5", "fr", 1.5),
        ("1.5", "en", 1.5),
        ("1.500", "en", 1.5),
        ("1 234,56", "fr", 1234.56),
        ("1.234,56", "fr", 1234.56),
        ("1,234.56", "en", 1234.56),
        ("1,000,000", "en", 1_000_000.0),
        ("1.000.000", "fr", 1_000_000.0),
        ("1 000 milliards", "fr", 1e12),
        ("1,5 milliard", "fr", 1.5e9),
        ("3 millions", "fr", 3e6),
        ("1.5 billion", "en", 1.5e9),
        ("1 billion", "fr", 1e12),
        ("1 billion", "en", 1e9),
        ("600 million", "en", 6e8),
        ("3bn", "en", 3e9),
        ("200m", "en", 2e8),
        ("10k", "en", 1e4),
        ("4,2 Mds", "fr", 4.2e9),
        ("deux milliards", "fr", 2e9),
        ("trente-cinq", "fr", 35.0),
        ("vingt et un", "fr", 21.0),
        ("soixante et onze", "fr", 71.0),
        ("quatre-vingts", "fr", 80.0),
        ("quatre-vingt-dix", "fr", 90.0),
        ("quatre-vingt-dix-neuf", "fr", 99.0),
        ("soixante-dix-sept", "fr", 77.0),
        ("dix-huit", "fr", 18.0),
        ("deux cent cinquante", "fr", 250.0),
        ("deux mille trois cents", "fr", 2300.0),
        ("cent mille", "fr", 100_000.0),
        ("mille", "fr", 1000.0),
        ("un million", "fr", 1e6),
        ("huit", "fr", 8.0),
        ("une vingtaine", "fr", 20.0),
        ("a dozen", "en", 12.0),
        ("two dozen", "en", 24.0),
        ("twenty-five", "en", 25.0),
        ("one hundred and five", "en", 105.0),
        ("three million", "en", 3e6),
        ("a thousand", "en", 1000.0),
        ("twelve hundred", "en", 1200.0),
        ("  42 ", "en", 42.0),
    ],
)
def test_parse_number(text: str, lang: str, expected: float) -> None:
    assert parse_number(text, lang) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("", "fr"),
        ("bonjour", "fr"),
        ("deux trois", "fr"),
        ("vingt vingt", "fr"),
        ("1.2.3", "en"),
        ("3 pommes", "fr"),
        ("a", "en"),
        ("the model", "en"),
        ("GPT-4", "en"),
        ("3xyz", "en"),
    ],
)
def test_parse_number_rejects(text: str, lang: str) -> None:
    assert parse_number(text, lang) is None


def test_quantity_is_frozen_and_spans_text() -> None:
    text = "La société compte 3 200 salariés."
    (q,) = find_quantities(text, "fr")
    assert isinstance(q, Quantity)
    assert text[q.start:q.end] == q.text == "3 200"
    assert q.kind == "number" and q.unit is None and q.high is None and not q.approx
    with pytest.raises(AttributeError):
        q.value = 1.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le laboratoire emploie 450 chercheurs.", "fr", [("450", 450.0, None)]),
        ("Ils sont 2 000 à Paris et 1 500 à Lyon.", "fr",
         [("2 000", 2000.0, None), ("1 500", 1500.0, None)]),
        ("L'entreprise a créé 2000 emplois.", "fr", [("2000", 2000.0, None)]),
        ("Trente-cinq ingénieurs ont rejoint l'équipe.", "fr", [("Trente-cinq", 35.0, None)]),
        ("Elle a recruté vingt et un data scientists.", "fr", [("vingt et un", 21.0, None)]),
        ("Une vingtaine de start-up étaient présentes.", "fr", [("Une vingtaine", 20.0, "about")]),
        ("Près de 300 clients ont migré.", "fr", [("300", 300.0, "about")]),
        ("Il compte environ 40 partenaires.", "fr", [("40", 40.0, "about")]),
        ("Quelque 120 salariés sont concernés.", "fr", [("120", 120.0, "about")]),
        ("Plus de 5 000 développeurs utilisent l'outil.", "fr", [("5 000", 5000.0, "more_than")]),
        ("Moins de 10 pays sont couverts.", "fr", [("10", 10.0, "less_than")]),
        ("Au moins 12 projets ont été retenus.", "fr", [("12", 12.0, "at_least")]),
        ("Jusqu'à 800 puces par baie.", "fr", [("800", 800.0, "up_to")]),
        ("Plus d'un million d'abonnés.", "fr", [("un million", 1e6, "more_than")]),
        ("The lab has about 90 researchers.", "en", [("90", 90.0, "about")]),
        ("More than 4,000 firms signed up.", "en", [("4,000", 4000.0, "more_than")]),
        ("Nearly 70 startups applied.", "en", [("70", 70.0, "about")]),
        ("It shipped over 2,500 servers.", "en", [("2,500", 2500.0, "more_than")]),
        ("Some 150 engineers left.", "en", [("150", 150.0, "about")]),
        ("It hired ~40 people.", "en", [("40", 40.0, "about")]),
        ("Up to 64 GPUs per node.", "en", [("64", 64.0, "up_to")]),
        ("Fewer than 30 customers churned.", "en", [("30", 30.0, "less_than")]),
        ("At least 8 labs joined.", "en", [("8", 8.0, "at_least")]),
        ("Twenty-five teams entered.", "en", [("Twenty-five", 25.0, None)]),
        ("The fund backs a dozen companies.", "en", [("a dozen", 12.0, None)]),
        ("Les 12 pays ont signé.", "fr", [("12", 12.0, None)]),
        ("Seuls 9 projets ont abouti.", "fr", [("9", 9.0, None)]),
        ("Only 3 labs replied.", "en", [("3", 3.0, None)]),
        ("Neuf modèles ont été testés.", "fr", [("Neuf", 9.0, None)]),
        ("The index gained 128k points.", "en", [("128k", 128000.0, None)]),
        # a unit glued to the number: the number, the unit left to say what it measures
        ("The campus will reach 200MW by 2031.", "en", [("200", 200.0, None)]),
        ("Une usine de 3nm et un parc de 40 GWh.", "fr", [("3", 3.0, None), ("40", 40.0, None)]),
    ],
)
def test_find_plain_numbers(
    text: str, lang: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _numbers(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zhipu a présenté GLM-5 et M2.5.", "fr"),
        ("Alibaba a publié Qwen3 cette semaine.", "fr"),
        ("Google a lancé Gemini 3 Pro.", "fr"),
        ("Anthropic présente Claude Opus 4.5.", "fr"),
        ("La pandémie de COVID-19 a marqué le G20.", "fr"),
        ("Rendez-vous à 14h30 au salon.", "fr"),
        ("Appelez le 01 23 45 67 89 pour vous inscrire.", "fr"),
        ("Le salon ouvre le 11 octobre 2025.", "fr"),
        ("Call (555) 123-4567 before 9:30 am.", "en"),
        ("The firm runs H100 and A100 clusters with Llama 3.1 models.", "en"),
        ("OpenAI released GPT-5 and the iPhone 16 got a 3D camera.", "en"),
        ("Details at https://example.org/report2025 or info@example.org.", "en"),
        ("Un modèle neuf, quoi de neuf ?", "fr"),
        ("C'est un outil pour une équipe.", "fr"),
        ("One of the labs is a leader.", "en"),
        ("Windows 11 équipe le poste.", "fr"),
        ("Llama 4 est sorti.", "fr"),
        ("Mistral 7B and Kimi K2 were compared.", "en"),
        # addresses and codes: digits joined by hyphens in three groups, or with a leading zero
        ("Headquarters: Kestrel Building, 1-6-1 Otemachi, Tokyo 100-0004, Japan.", "en"),
    ],
)
def test_no_quantity_in_names_times_and_words(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "low", "high", "span"),
    [
        ("Le poste paie entre 24 000 et 31 000 par an.", "fr", 24000.0, 31000.0,
         "24 000 et 31 000"),
        ("Elle vise de 10 à 15 clients.", "fr", 10.0, 15.0, "10 à 15"),
        ("Il faudra 2 à 3 milliards.", "fr", 2e9, 3e9, "2 à 3 milliards"),
        ("between 5 and 10 engineers", "en", 5.0, 10.0, "5 and 10"),
        ("a team of 20-30 people", "en", 20.0, 30.0, "20-30"),
        ("from 3 to 5 million users", "en", 3e6, 5e6, "3 to 5 million"),
    ],
)
def test_number_ranges(text: str, lang: str, low: float, high: float, span: str) -> None:
    (q,) = find_quantities(text, lang)
    assert (q.value, q.high, q.text) == (low, high, span)


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Les effectifs sont passés de 10 à 15 salariés.", "fr", [10.0, 15.0]),
        ("Headcount rose from 40 to 55 people.", "en", [40.0, 55.0]),
        ("Il y a 5 et 7 candidats.", "fr", [5.0, 7.0]),
        ("de 15 à 10 postes", "fr", [15.0, 10.0]),
    ],
)
def test_not_ranges(text: str, lang: str, values: list[float]) -> None:
    found = find_quantities(text, lang)
    assert [q.value for q in found] == values
    assert all(q.high is None for q in found)


def test_year_is_not_a_quantity_but_count_is() -> None:
    found = find_quantities("En 2025, l'entreprise a créé 2000 emplois et 2 000 stages.", "fr")
    assert [q.value for q in found] == [2000.0, 2000.0]
    assert [q.text for q in found] == ["2000", "2 000"]


def test_change_between_two_values_shares_unit_and_scale() -> None:
    found = find_quantities("Le budget est passé de 2 à 3 milliards d'euros.", "fr")
    assert [(q.value, q.unit, q.high) for q in found] == [(2e9, "EUR", None), (3e9, "EUR", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("-3,5", "fr", -3.5),
        ("\u221212", "fr", -12.0),
        ("- 7", "fr", -7.0),
        ("moins 4", "fr", -4.0),
        ("minus 4.5", "en", -4.5),
        ("un million et demi", "fr", 1.5e6),
        ("deux milliards et demi", "fr", 2.5e9),
        ("deux et demi", "fr", 2.5),
        ("1 million et demi", "fr", 1.5e6),
        ("demi-million", "fr", 5e5),
        ("un demi-milliard", "fr", 5e8),
        ("half a million", "en", 5e5),
        ("half a dozen", "en", 6.0),
        ("two and a half billion", "en", 2.5e9),
        ("a billion and a half", "en", 1.5e9),
        ("one and a half", "en", 1.5),
        ("trois quarts", "fr", 0.75),
        ("deux tiers", "fr", 2 / 3),
        ("un tiers", "fr", 1 / 3),
        ("two thirds", "en", 2 / 3),
        ("1/3", "fr", 1 / 3),
        ("3/4", "en", 0.75),
        ("trois virgule cinq", "fr", 3.5),
        ("zéro virgule zéro cinq", "fr", 0.05),
        ("deux virgule vingt-cinq", "fr", 2.25),
        ("quatre virgule deux milliards", "fr", 4.2e9),
        ("three point five", "en", 3.5),
        ("2,3 k", "fr", 2300.0),
        ("10 G", "fr", 1e10),
        ("1,2 Md", "fr", 1.2e9),
        ("3 Mds", "fr", 3e9),
        ("5 bn", "en", 5e9),
        ("3 mn", "en", 3e6),
        ("2\u2009500", "fr", 2500.0),
        ("1'250'000", "fr", 1_250_000.0),
        ("1’250’000", "fr", 1_250_000.0),
        ("deux mille vingt-quatre", "fr", 2024.0),
        ("soixante-dix mille", "fr", 70_000.0),
        ("trois cent quatre-vingt-dix-neuf", "fr", 399.0),
        ("one thousand two hundred and six", "en", 1206.0),
        ("forty-two million", "en", 42e6),
    ],
)
def test_parse_signs_halves_fractions_and_scales(text: str, lang: str, expected: float) -> None:
    assert parse_number(text, lang) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["5G", "demi", "virgule cinq", "half", "moins", "1/0"])
def test_parse_number_rejects_partial_forms(text: str) -> None:
    assert parse_number(text, "fr") is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le solde migratoire est de -3,5 cette année.", "fr", [("-3,5", -3.5)]),
        ("La température tombe à \u221212 la nuit.", "fr", [("\u221212", -12.0)]),
        ("Le solde touche moins 4 en fin de série.", "fr", [("moins 4", -4.0)]),
        ("The balance fell to minus 4 overnight.", "en", [("minus 4", -4.0)]),
        ("(-8) sur le tableau", "fr", [("-8", -8.0)]),
        ("Au moins 4 coopératives ont signé.", "fr", [("4", 4.0)]),
        ("Il a recruté plus ou moins 40 personnes.", "fr", [("40", 40.0)]),
        ("Le tableau va de 10-15 cases.", "fr", [("10-15", 10.0)]),
        ("- 3 000 bénévoles", "fr", [("3 000", 3000.0)]),
        ("-3 projets sont lancés", "fr", [("3", 3.0)]),
        ("-3,5 % sur un an", "fr", [("-3,5 %", -3.5)]),
        ("-12", "fr", [("-12", -12.0)]),
        ("Variation :\n-4 %", "fr", [("-4 %", -4.0)]),
        ("La coopérative vise un million et demi d'adhérents.", "fr",
         [("un million et demi", 1.5e6)]),
        ("La coopérative vise 2 millions et demi d'adhérents.", "fr",
         [("2 millions et demi", 2.5e6)]),
        ("Un demi-million de visiteurs sont venus.", "fr", [("Un demi-million", 5e5)]),
        ("Half a million visitors came.", "en", [("Half a million", 5e5)]),
        ("Two and a half million visitors came.", "en", [("Two and a half million", 2.5e6)]),
        ("Le taux vaut trois virgule cinq.", "fr", [("trois virgule cinq", 3.5)]),
        ("La communauté compte 2,3 k membres.", "fr", [("2,3 k", 2300.0)]),
        ("Le réseau vise 1,2 Md d'appareils.", "fr", [("1,2 Md", 1.2e9)]),
        ("Le réseau vise 3 Mds d'appareils.", "fr", [("3 Mds", 3e9)]),
        ("The network targets 5 bn devices.", "en", [("5 bn", 5e9)]),
        ("3 M de visiteurs sont attendus.", "fr", [("3 M", 3e6)]),
        ("La ville compte 2\u2009500\u202f000 habitants.", "fr",
         [("2\u2009500\u202f000", 2_500_000.0)]),
        ("La ville compte 1'250'000 habitants.", "fr", [("1'250'000", 1_250_000.0)]),
        # a scale word joined by a hyphen, in a compound adjective
        ("It signed a $5-billion deal for a 32-billion-parameter model.", "en",
         [("$5-billion", 5e9), ("32-billion", 3.2e10)]),
    ],
)
def test_find_signs_halves_and_scales(text: str, lang: str,
                                      expected: list[tuple[str, float]]) -> None:
    found = find_quantities(text, lang)
    assert [(q.text, q.value) for q in found] == [(t, pytest.approx(v)) for t, v in expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le pays déploie la 5G et la 4 G.", "fr"),
        ("The match ended 3/1, open 24/7.", "en"),
        ("Il mesure 5 m de long.", "fr"),
    ],
)
def test_no_scale_in_networks_scores_and_lengths(text: str, lang: str) -> None:
    assert all(q.value < 100 for q in find_quantities(text, lang))


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("2.05 trillion won", "en", 2_050_000_000_000.0),
    ("4.1 million users", "en", 4_100_000.0),
    ("2,05 milliards d'euros", "fr", 2_050_000_000.0),
])
def test_a_scaled_decimal_is_exact(text: str, lang: str, value: float) -> None:
    (q,) = find_quantities(text, lang)
    assert q.value == value  # not 2049999999999.9998
