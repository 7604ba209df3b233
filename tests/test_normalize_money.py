"""Tests for money amounts, currency codes and conversion to US dollars (veille.normalize)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.normalize import currency_code, find_quantities, to_usd


def _money(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    """(text, value, unit) of every money quantity."""
    return [(q.text, q.value, q.unit) for q in find_quantities(text, lang) if q.kind == "money"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le billet coûte 405 dollars de Hong Kong.", "fr",
         [("405 dollars de Hong Kong", 405.0, "HKD")]),
        ("Le fonds pèse 100 milliards de yuans.", "fr",
         [("100 milliards de yuans", 1e11, "CNY")]),
        ("La levée atteint 1,5 milliard d'euros.", "fr",
         [("1,5 milliard d'euros", 1.5e9, "EUR")]),
        ("Le rachat se monte à un milliard de HK$.", "fr",
         [("un milliard de HK$", 1e9, "HKD")]),
        ("Une enveloppe de 2 milliards de dollars.", "fr",
         [("2 milliards de dollars", 2e9, "USD")]),
        ("L'action vaut 70,5 dollars de Hong Kong.", "fr",
         [("70,5 dollars de Hong Kong", 70.5, "HKD")]),
        ("The round raised 600 million dollars.", "en",
         [("600 million dollars", 6e8, "USD")]),
        ("Les places valent HK$24,000 chacune.", "fr", [("HK$24,000", 24000.0, "HKD")]),
        ("The unit raised $1.5 billion.", "en", [("$1.5 billion", 1.5e9, "USD")]),
        ("Elle a levé US$ 3 millions.", "fr", [("US$ 3 millions", 3e6, "USD")]),
        ("A S$50m grant was approved.", "en", [("S$50m", 5e7, "SGD")]),
        ("The group spent €2bn on data centres.", "en", [("€2bn", 2e9, "EUR")]),
        ("Sony booked ¥300 billion in Japan.", "en", [("¥300 billion", 3e11, "JPY")]),
        ("Le chinois Moonfield a investi ¥300 milliards en Chine.", "fr",
         [("¥300 milliards", 3e11, "CNY")]),
        ("Le contrat vaut 50 000 wons.", "fr", [("50 000 wons", 50000.0, "KRW")]),
        ("Un forfait de 200 000 dongs.", "fr", [("200 000 dongs", 200000.0, "VND")]),
        ("Un budget de 3 millions de francs suisses.", "fr",
         [("3 millions de francs suisses", 3e6, "CHF")]),
        ("The subsidy is 500 crore rupees.", "en", [("500 crore rupees", 5e9, "INR")]),
        ("Le prix est de 12 €.", "fr", [("12 €", 12.0, "EUR")]),
        ("Il a payé 45€ pour l'abonnement.", "fr", [("45€", 45.0, "EUR")]),
        ("Une levée de 5 M€.", "fr", [("5 M€", 5e6, "EUR")]),
        ("The chip costs NT$12,000.", "en", [("NT$12,000", 12000.0, "TWD")]),
        ("The fine was £3.2bn.", "en", [("£3.2bn", 3.2e9, "GBP")]),
        ("Revenue hit USD 10m.", "en", [("USD 10m", 1e7, "USD")]),
        ("Un prêt de 20 millions de ringgits.", "fr", [("20 millions de ringgits", 2e7, "MYR")]),
        ("Un budget de 10 000 $US.", "fr", [("10 000 $US", 10000.0, "USD")]),
        ("Une levée de 3,2 Md$.", "fr", [("3,2 Md$", 3.2e9, "USD")]),
        ("A 7 billion won order.", "en", [("7 billion won", 7e9, "KRW")]),
        ("Deux milliards de dollars ont été investis.", "fr",
         [("Deux milliards de dollars", 2e9, "USD")]),
    ],
)
def test_money_amounts(text: str, lang: str, expected: list[tuple[str, float, str]]) -> None:
    assert _money(text, lang) == [(t, pytest.approx(v), u) for t, v, u in expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le fonds lève 100 milliards de yuans (14 milliards de dollars).", "fr",
         [(1e11, "CNY"), (1.4e10, "USD")]),
        ("Le billet coûte 405 dollars de Hong Kong (51,8 $).", "fr",
         [(405.0, "HKD"), (51.8, "USD")]),
        ("It raised 2 billion yuan ($280 million).", "en", [(2e9, "CNY"), (2.8e8, "USD")]),
    ],
)
def test_amount_with_conversion_in_parentheses(
    text: str, lang: str, expected: list[tuple[float, str]]
) -> None:
    found = find_quantities(text, lang)
    assert [(q.value, q.unit) for q in found] == [(pytest.approx(v), u) for v, u in expected]
    assert all(q.kind == "money" for q in found)


@pytest.mark.parametrize(
    ("text", "lang", "low", "high", "unit"),
    [
        ("Les billets coûtent entre HK$24,000 et HK$31,000.", "fr", 24000.0, 31000.0, "HKD"),
        ("Tickets cost HK$24,000 to HK$31,000.", "en", 24000.0, 31000.0, "HKD"),
        ("Il faudra de 2 à 3 milliards d'euros.", "fr", 2e9, 3e9, "EUR"),
        ("It needs $1bn-$2bn of capital.", "en", 1e9, 2e9, "USD"),
    ],
)
def test_money_ranges(text: str, lang: str, low: float, high: float, unit: str) -> None:
    (q,) = find_quantities(text, lang)
    assert (q.value, q.high, q.unit, q.kind) == (low, high, unit, "money")


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Elle a levé près de 2 milliards de dollars.", "fr", "about"),
        ("Plus de 500 millions d'euros ont été injectés.", "fr", "more_than"),
        ("The deal is worth more than $4bn.", "en", "more_than"),
        ("Nearly $900 million was raised.", "en", "about"),
    ],
)
def test_money_approximation(text: str, lang: str, kind: str) -> None:
    (q,) = find_quantities(text, lang)
    assert q.kind == "money" and q.approx and q.approx_kind == kind
    assert not q.text.lower().startswith(("près", "plus", "more", "nearly"))


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("dollars de Hong Kong", "fr", "HKD"),
        ("HK$", "fr", "HKD"),
        ("HKD", "en", "HKD"),
        ("Hong Kong dollars", "en", "HKD"),
        ("yuans", "fr", "CNY"),
        ("RMB", "en", "CNY"),
        ("renminbi", "en", "CNY"),
        ("CNY", "en", "CNY"),
        ("元", "fr", "CNY"),
        ("wons", "fr", "KRW"),
        ("dongs", "fr", "VND"),
        ("VND", "en", "VND"),
        ("euros", "fr", "EUR"),
        ("€", "fr", "EUR"),
        ("$", "en", "USD"),
        ("US$", "en", "USD"),
        ("dollars", "fr", "USD"),
        ("USD", "en", "USD"),
        ("S$", "en", "SGD"),
        ("dollars de Singapour", "fr", "SGD"),
        ("yens", "fr", "JPY"),
        ("¥", "en", "JPY"),
        ("roupies", "fr", "INR"),
        ("rupees", "en", "INR"),
        ("₹", "en", "INR"),
        ("NT$", "en", "TWD"),
        ("livres sterling", "fr", "GBP"),
        ("£", "en", "GBP"),
        ("francs suisses", "fr", "CHF"),
        ("CHF", "fr", "CHF"),
        ("ringgit", "en", "MYR"),
        ("bahts", "fr", "THB"),
        ("pesos philippins", "fr", "PHP"),
        ("rupiah", "en", "IDR"),
        ("de yuans", "fr", "CNY"),
        ("Dollars de Hong-Kong", "fr", "HKD"),
    ],
)
def test_currency_code(text: str, lang: str, code: str) -> None:
    assert currency_code(text, lang) == code


@pytest.mark.parametrize("text", ["", "pommes", "bitcoins", "livres", "usd"])
def test_currency_code_unknown(text: str) -> None:
    assert currency_code(text, "fr") is None


def test_to_usd_latest_rate_on_or_before_date() -> None:
    usd, rate_date = to_usd(100.0, "EUR", date(2024, 3, 15))  # type: ignore[misc]
    assert rate_date == "2024-01-02"
    assert usd == pytest.approx(109.4)


def test_to_usd_exact_rate_date_is_used() -> None:
    result = to_usd(1.0, "HKD", date(2025, 7, 1))
    assert result is not None and result[1] == "2025-07-01"


def test_to_usd_without_date_uses_latest() -> None:
    result = to_usd(1000.0, "CNY")
    assert result is not None
    assert result[1] >= "2026-01-01"
    assert 100.0 < result[0] < 200.0


def test_to_usd_before_table_uses_earliest() -> None:
    result = to_usd(10.0, "GBP", date(2020, 1, 1))
    assert result is not None and result[1].startswith("2023-")


def test_to_usd_usd_is_identity() -> None:
    result = to_usd(42.0, "USD", date(2025, 5, 5))
    assert result is not None and result[0] == pytest.approx(42.0)


def test_to_usd_case_insensitive_code() -> None:
    assert to_usd(1.0, "jpy", date(2025, 2, 1)) == to_usd(1.0, "JPY", date(2025, 2, 1))


@pytest.mark.parametrize("code", ["XYZ", "BTC", ""])
def test_to_usd_unknown_currency(code: str) -> None:
    assert to_usd(10.0, code) is None


def test_every_named_currency_has_a_rate() -> None:
    for code in ["HKD", "CNY", "KRW", "VND", "EUR", "USD", "SGD", "JPY", "INR", "TWD", "GBP",
                 "CHF", "MYR", "THB", "PHP", "IDR"]:
        assert to_usd(1.0, code, date(2025, 1, 15)) is not None, code


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le groupe compte 300 livres dans sa bibliothèque.", "fr"),
        ("Des millions de dollars ont été dépensés.", "fr"),
        ("Billions of dollars are at stake.", "en"),
    ],
)
def test_no_money(text: str, lang: str) -> None:
    assert _money(text, lang) == []
