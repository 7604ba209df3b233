"""Tests for date finding and resolution (veille.normalize.find_dates, parse_date)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.normalize import DateValue, find_dates, find_quantities, parse_date
from veille.normalize.dates import weekday_year

REF = date(2025, 10, 16)  # a Thursday


def _dates(text: str, lang: str, ref: date | None = REF) -> list[tuple[str, str, str, str]]:
    """(text, value, precision, relation) of every date found."""
    return [(d.text, d.value, d.precision, d.relation) for d in find_dates(text, lang, ref)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La conférence a eu lieu le 11 octobre 2025 à Paris.", "fr",
         [("11 octobre 2025", "2025-10-11", "day", "on")]),
        ("Le modèle sort le 14 avril 2025.", "fr", [("14 avril 2025", "2025-04-14", "day", "on")]),
        ("Publié le 1er mars 2024.", "fr", [("1er mars 2024", "2024-03-01", "day", "on")]),
        ("Signé le mardi 3 juin 2025.", "fr", [("mardi 3 juin 2025", "2025-06-03", "day", "on")]),
        ("Mis à jour le 11/10/2025.", "fr", [("11/10/2025", "2025-10-11", "day", "on")]),
        ("Updated on 10/11/2025.", "en", [("10/11/2025", "2025-10-11", "day", "on")]),
        ("Released on 25/12/2024.", "en", [("25/12/2024", "2024-12-25", "day", "on")]),
        ("Released October 11, 2025.", "en", [("October 11, 2025", "2025-10-11", "day", "on")]),
        ("Released Oct. 3, 2024.", "en", [("Oct. 3, 2024", "2024-10-03", "day", "on")]),
        ("Held on 7 May 2025 in Leeds.", "en", [("7 May 2025", "2025-05-07", "day", "on")]),
        ("The filing is dated 2025-10-11.", "en", [("2025-10-11", "2025-10-11", "day", "on")]),
        ("Daté du 2024-02-29.", "fr", [("2024-02-29", "2024-02-29", "day", "on")]),
        ("Le rachat a été bouclé en mars 2024.", "fr", [("mars 2024", "2024-03", "month", "on")]),
        ("It closed in March 2024.", "en", [("March 2024", "2024-03", "month", "on")]),
        ("Le service a ouvert en 2022.", "fr", [("2022", "2022", "year", "on")]),
        ("The lab was founded in 2019.", "en", [("2019", "2019", "year", "on")]),
        ("Le salon Filmart 2025 a fermé.", "fr", [("2025", "2025", "year", "on")]),
        ("Le chiffre est publié au premier trimestre 2025.", "fr",
         [("premier trimestre 2025", "2025-Q1", "quarter", "on")]),
        ("Results for Q3 2024 beat forecasts.", "en", [("Q3 2024", "2024-Q3", "quarter", "on")]),
    ],
)
def test_absolute_dates(text: str, lang: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _dates(text, lang) == expected
    assert all(not d.relative for d in find_dates(text, lang, REF))


@pytest.mark.parametrize(
    ("text", "lang", "value", "relation"),
    [
        ("Le groupe vise la neutralité d'ici 2030.", "fr", "2030", "by"),
        ("Le groupe vise la neutralité d'ici à 2030.", "fr", "2030", "by"),
        ("L'accord court jusqu'en 2030.", "fr", "2030", "until"),
        ("Une ambition à l'horizon 2045.", "fr", "2045", "by"),
        ("Le site est actif depuis 2020.", "fr", "2020", "since"),
        ("Le contrat expire fin 2024.", "fr", "2024", "end"),
        ("Le lancement est prévu début 2025.", "fr", "2025", "start"),
        ("La production commence mi-2026.", "fr", "2026", "on"),
        ("Livraison d'ici fin 2026.", "fr", "2026", "by"),
        ("It aims to hire 500 staff by 2027.", "en", "2027", "by"),
        ("It will launch by the end of 2026.", "en", "2026", "by"),
        ("Support runs through 2030.", "en", "2030", "until"),
        ("The plant has run since 2018.", "en", "2018", "since"),
        ("Sales slowed at the end of 2024.", "en", "2024", "end"),
        ("Shipments start in early 2025.", "en", "2025", "start"),
        ("Output doubles by mid-2026.", "en", "2026", "by"),
    ],
)
def test_year_relations(text: str, lang: str, value: str, relation: str) -> None:
    (d,) = find_dates(text, lang, REF)
    assert (d.value, d.precision, d.relation, d.relative) == (value, "year", relation, False)


def test_relation_cue_is_in_span() -> None:
    (d,) = find_dates("Objectif : d'ici 2030, 1 000 clients.", "fr")
    assert d.text == "d'ici 2030"


@pytest.mark.parametrize(
    ("text", "lang", "value", "precision"),
    [
        ("Il a été annoncé le 11 octobre.", "fr", "2025-10-11", "day"),
        ("La démo a eu lieu 12 octobre.", "fr", "2025-10-12", "day"),
        ("Annoncé jeudi à Paris.", "fr", "2025-10-16", "day"),
        ("Annoncé mercredi à Lyon.", "fr", "2025-10-15", "day"),
        ("Annoncé lundi dernier.", "fr", "2025-10-13", "day"),
        ("Le produit sort ce vendredi.", "fr", "2025-10-17", "day"),
        ("Le produit sort samedi prochain.", "fr", "2025-10-18", "day"),
        ("Le rachat a été confirmé hier.", "fr", "2025-10-15", "day"),
        ("Le rachat est confirmé aujourd'hui.", "fr", "2025-10-16", "day"),
        ("La décision tombera demain.", "fr", "2025-10-17", "day"),
        ("L'accord a été signé en mai dernier.", "fr", "2025-05", "month"),
        ("Le service ouvrira en mars prochain.", "fr", "2026-03", "month"),
        ("Le chiffre a doublé l'année dernière.", "fr", "2024", "year"),
        ("Le chiffre a doublé l'an dernier.", "fr", "2024", "year"),
        ("Le site ouvrira l'an prochain.", "fr", "2026", "year"),
        ("Les ventes ont reculé le mois dernier.", "fr", "2025-09", "month"),
        ("Le modèle a été dévoilé la semaine dernière.", "fr", "2025-W41", "week"),
        ("Le studio a fermé il y a trois ans.", "fr", "2022", "year"),
        ("It was announced on Thursday.", "en", "2025-10-16", "day"),
        ("It was announced on Monday.", "en", "2025-10-13", "day"),
        ("It was announced last Thursday.", "en", "2025-10-09", "day"),
        ("It ships next Tuesday.", "en", "2025-10-21", "day"),
        ("It was confirmed yesterday.", "en", "2025-10-15", "day"),
        ("It ships tomorrow.", "en", "2025-10-17", "day"),
        ("Revenue doubled last year.", "en", "2024", "year"),
        ("Prices rose last month.", "en", "2025-09", "month"),
        ("It was first shown last week.", "en", "2025-W41", "week"),
        ("It opened last May.", "en", "2025-05", "month"),
        ("It launched two years ago.", "en", "2023", "year"),
        ("Revenue was flat on October 3.", "en", "2025-10-03", "day"),
    ],
)
def test_relative_dates(text: str, lang: str, value: str, precision: str) -> None:
    (d,) = find_dates(text, lang, REF)
    assert (d.value, d.precision, d.relative) == (value, precision, True)


def test_partial_date_near_year_boundary_uses_nearest_year() -> None:
    (d,) = find_dates("Le contrat a été signé le 28 décembre.", "fr", date(2025, 1, 5))
    assert d.value == "2024-12-28"


def test_last_month_in_january_goes_to_previous_year() -> None:
    (d,) = find_dates("Les ventes ont reculé le mois dernier.", "fr", date(2025, 1, 10))
    assert d.value == "2024-12"


def test_month_dernier_same_month_is_previous_year() -> None:
    (d,) = find_dates("Signé en octobre dernier.", "fr", REF)
    assert d.value == "2024-10"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le marché doublera dans les 10 prochaines années.", "fr", "2035"),
        ("Le marché doublera au cours des cinq prochaines années.", "fr", "2030"),
        ("Le parc sera remplacé d'ici cinq ans.", "fr", "2030"),
        ("Demand will double in the next five years.", "en", "2030"),
        ("Costs will fall within three years.", "en", "2028"),
    ],
)
def test_within_periods(text: str, lang: str, value: str) -> None:
    (d,) = find_dates(text, lang, REF)
    assert (d.value, d.precision, d.relation, d.relative) == (value, "year", "within", True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Annoncé jeudi à Paris.", "fr"),
        ("Il a été annoncé le 11 octobre.", "fr"),
        ("Le rachat a été confirmé hier.", "fr"),
        ("L'accord a été signé en mai dernier.", "fr"),
        ("Le marché doublera dans les 10 prochaines années.", "fr"),
        ("It was announced on Thursday.", "en"),
        ("Revenue doubled last year.", "en"),
        ("Demand will double in the next five years.", "en"),
    ],
)
def test_relative_dates_need_a_reference(text: str, lang: str) -> None:
    assert find_dates(text, lang) == []
    assert find_dates(text, lang, None) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'entreprise a créé 2000 emplois.", "fr"),
        ("Elle emploie 2 000 personnes.", "fr"),
        ("Plus de 2000 clients.", "fr"),
        ("Un budget de 2025 euros.", "fr"),
        ("Il a reçu 1999 votes.", "fr"),
        ("The 2000 employees were told.", "en"),
        ("It costs $2025.", "en"),
        ("Le taux atteint 2025 %.", "fr"),
        ("You may apply.", "en"),
        ("The march was peaceful.", "en"),
        ("Zhipu a publié GLM-4 et GPT-2025.", "fr"),
        ("La version 3.11 du logiciel, build 2025.3.", "fr"),
        ("Le code 12345 est valide.", "fr"),
    ],
)
def test_not_dates(text: str, lang: str) -> None:
    assert find_dates(text, lang, REF) == []


def test_several_dates_left_to_right() -> None:
    text = "Créée en 2019, la société a levé des fonds le 3 mars 2024 et vise 2030."
    found = find_dates(text, "fr", REF)
    assert [d.value for d in found] == ["2019", "2024-03-03", "2030"]
    assert all(text[d.start:d.end] == d.text for d in found)


def test_invalid_day_is_skipped() -> None:
    assert find_dates("Publié le 31 février 2025.", "fr", REF) == []


def test_parse_date_returns_single_expression() -> None:
    d = parse_date("le 11 octobre 2025", "fr")
    assert isinstance(d, DateValue)
    assert (d.value, d.precision, d.relation, d.relative) == ("2025-10-11", "day", "on", False)


def test_parse_date_relative_and_missing() -> None:
    d = parse_date("hier", "fr", REF)
    assert d is not None and d.value == "2025-10-15" and d.relative
    assert parse_date("hier", "fr") is None
    assert parse_date("aucune date ici", "fr", REF) is None


def test_quantities_skip_dates() -> None:
    text = "Le 11 octobre 2025, la société comptait 2 000 salariés, contre 1 500 en 2022."
    assert [q.value for q in find_quantities(text, "fr")] == [2000.0, 1500.0]


def test_quantities_skip_relative_dates_without_reference() -> None:
    text = "Le marché doublera dans les 10 prochaines années, selon 3 cabinets."
    assert [q.value for q in find_quantities(text, "fr")] == [3.0]


def test_written_weekday_picks_matching_year() -> None:
    (d,) = find_dates("Le lundi 14 avril, le service a ouvert.", "fr", REF)
    assert d.value == "2025-04-14"
    (d,) = find_dates("Le mardi 14 avril, le service ouvrira.", "fr", REF)
    assert d.value == "2026-04-14"


@pytest.mark.parametrize(
    ("text", "lang", "value", "relation"),
    [
        ("Livraison d'ici la fin de l'année.", "fr", "2025", "by"),
        ("It ships by year-end.", "en", "2025", "by"),
        ("Depuis janvier, le chiffre progresse.", "fr", "2025-01", "since"),
        ("Since March, revenue grew.", "en", "2025-03", "since"),
        ("Le contrat expire fin mars.", "fr", "2025-03", "end"),
    ],
)
def test_relative_periods_with_relation(text: str, lang: str, value: str, relation: str) -> None:
    (d,) = find_dates(text, lang, REF)
    assert (d.value, d.relation, d.relative) == (value, relation, True)


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        ("Les 3 et 4 décembre 2025, le salon ouvre.", "fr", ["2025-12-03", "2025-12-04"]),
        ("Du 10 au 12 juin 2026 à Lille.", "fr", ["2026-06-10", "2026-06-12"]),
        ("Held on 8 and 9 May 2025.", "en", ["2025-05-08", "2025-05-09"]),
    ],
)
def test_day_pairs(text: str, lang: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, lang, REF)] == values
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "near", "year"), [
    ("en", "Founded in 2022, the firm said on Tuesday (June 3) it had raised $40 million.", 2022, 2025),
    ("fr", "La société, fondée en 2019, a annoncé mardi 3 juin une levée de fonds.", 2019, 2025),
    ("en", "On Tuesday, June 4, the company said ...", 2025, 2024),
    ("en", "The company said on Monday it had raised $40 million.", 2025, None),  # no date given
])
def test_the_year_a_weekday_and_its_date_fall_in(lang: str, text: str, near: int,
                                                 year: int | None) -> None:
    assert weekday_year(text, lang, near, 2026) == year


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les ventes de mars ont reculé.", "fr", [("mars", "2025-03")]),
        ("Les chiffres de décembre seront publiés.", "fr", [("décembre", "2025-12")]),
        ("avril", "fr", [("avril", "2025-04")]),
        ("October was the busiest month.", "en", [("October", "2025-10")]),
        ("Mars est la quatrième planète.", "fr", []),
        ("April Chen joined the board.", "en", []),
        ("The troops March on.", "en", []),
    ],
)
def test_months_alone(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """A French month name in lower case, or an English one nothing else is called, is a month
    without a cue; a capitalised 'Mars', a person's 'April' or the verb 'March' are not."""
    assert [(d.text, d.value) for d in find_dates(text, lang, REF)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le magasin ferme à Noël.", "fr", [("Noël", "2025-12-25")]),
        ("Il est rentré pour Noël.", "fr", [("Noël", "2024-12-25")]),
        ("la Toussaint 2024", "fr", [("la Toussaint 2024", "2024-11-01")]),
        ("Le lancement aura lieu après Pâques.", "fr", [("Pâques", "2026-04-05")]),
        ("le lundi de Pâques 2025", "fr", [("le lundi de Pâques 2025", "2025-04-21")]),
        ("La demande a bondi pendant le Têt 2026.", "fr", [("le Têt 2026", "2026-02-17")]),
        ("Sales fell over Lunar New Year.", "en", [("Lunar New Year", "2025-01-29")]),
        ("Good Friday 2024", "en", [("Good Friday 2024", "2024-03-29")]),
        ("Toussaint Louverture a libéré Haïti.", "fr", []),
    ],
)
def test_holidays(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """Named days: fixed, counted from Easter, or from the lunar new year; the year written
    after the name, else the tense's, else the nearest."""
    assert [(d.text, d.value) for d in find_dates(text, lang, REF)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le groupe a annoncé ce mardi son plan.", "fr", [("ce mardi", "2025-10-14")]),
        ("ce mardi", "fr", [("ce mardi", "2025-10-14")]),
        ("ce samedi", "fr", [("ce samedi", "2025-10-18")]),
        ("Le ministre viendra ce mercredi.", "fr", [("ce mercredi", "2025-10-22")]),
        ("He spoke this Monday.", "en", [("this Monday", "2025-10-13")]),
        ("Il a parlé ce lundi 13 octobre.", "fr", [("lundi 13 octobre", "2025-10-13")]),
        ("Le conseil se réunira mardi 21.", "fr", [("mardi 21", "2025-10-21")]),
        ("Le conseil s'est réuni mardi 30.", "fr", [("mardi 30", "2025-09-30")]),
        ("The vote is on Friday 17th.", "en", [("Friday 17th", "2025-10-17")]),
        ("jeudi 5 000 personnes ont défilé", "fr", [("jeudi", "2025-10-16")]),
    ],
)
def test_this_weekday_and_numbered_weekday(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """'ce mardi' is the Tuesday of the reference date's week (the latest one in the past
    tense, the next in the future); 'mardi 21' is the 21st that is a Tuesday, near the
    reference date; 'ce lundi 13 octobre' is one date, not 'ce lundi' and 'octobre'."""
    assert [(d.text, d.value) for d in find_dates(text, lang, REF)] == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("For the April-June quarter, Brindlecore expects growth.", "en",
     [("April-June quarter", "2025-Q2")]),
    ("In the October–December 2024 quarter it lost money.", "en",
     [("October–December 2024 quarter", "2024-Q4")]),
    ("Sales rose in the July-September quarter.", "en", [("July-September quarter", "2025-Q3")]),
    ("Pour le trimestre juillet-septembre 2026, Velmora prévoit une hausse.", "fr",
     [("trimestre juillet-septembre 2026", "2026-Q3")]),
    ("Au semestre janvier-juin, les ventes ont progressé.", "fr",
     [("semestre janvier-juin", "2025-H1")]),
])
def test_a_quarter_or_half_named_by_its_months(text: str, lang: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, lang, REF)] == expected


def test_a_run_of_months_that_is_no_calendar_part_is_not_one() -> None:
    assert all(d.precision != "quarter" for d in find_dates("the May-July quarter", "en", REF))


@pytest.mark.parametrize(("text", "value"), [
    ("PÉKIN, 13 oct (AFP) - Le groupe a présenté son modèle.", "2026-10-13"),
    ("le 5 janv 2027", "2027-01-05"),
    ("SÉOUL, 2 déc (Reuters)", "2026-12-02"),
])
def test_a_french_month_abbreviated_without_its_point_is_a_date(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, "fr", date(2026, 10, 13))] == [value]


@pytest.mark.parametrize("text,lang", [
    ("Le pays veut y parvenir d'ici la fin de la décennie.", "fr"),
    ("The country wants to get there by the end of the decade.", "en"),
    ("The country wants to get there by the end of this decade.", "en"),
])
def test_the_end_of_the_decade_is_the_next_round_year(text: str, lang: str) -> None:
    found = find_dates(text, lang, date(2025, 6, 12))
    assert [(d.value, d.precision, d.relation) for d in found] == [("2030", "year", "by")]
