"""Tests for periods, relative units, tense-placed dates and date ranges (veille.normalize)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.normalize import date_range, find_dates, find_quantities

REF = date(2025, 6, 12)  # a Thursday, in the second quarter and in the summer


def _one(text: str, lang: str, ref: date | None = REF) -> tuple[str, str, str]:
    (d,) = find_dates(text, lang, ref)
    return d.text, d.value, d.precision


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le bénéfice a bondi au troisième trimestre 2024.", "fr",
         ("troisième trimestre 2024", "2024-Q3", "quarter")),
        ("Le bénéfice a bondi au 3e trimestre de 2024.", "fr",
         ("3e trimestre de 2024", "2024-Q3", "quarter")),
        ("Le bénéfice a bondi au T3 2024.", "fr", ("T3 2024", "2024-Q3", "quarter")),
        ("Le bénéfice a bondi au dernier trimestre 2023.", "fr",
         ("dernier trimestre 2023", "2023-Q4", "quarter")),
        ("Profit jumped in Q3 2024.", "en", ("Q3 2024", "2024-Q3", "quarter")),
        ("Profit jumped in 3Q24.", "en", ("3Q24", "2024-Q3", "quarter")),
        ("Profit jumped in Q3'24.", "en", ("Q3'24", "2024-Q3", "quarter")),
        ("Profit jumped in the fourth quarter of 2024.", "en",
         ("fourth quarter of 2024", "2024-Q4", "quarter")),
        ("Les ventes ont crû au premier semestre 2024.", "fr",
         ("premier semestre 2024", "2024-H1", "half")),
        ("Les ventes ont crû au S2 2024.", "fr", ("S2 2024", "2024-H2", "half")),
        ("Les ventes ont crû durant la seconde moitié de 2024.", "fr",
         ("seconde moitié de 2024", "2024-H2", "half")),
        ("Sales grew in H1 2024.", "en", ("H1 2024", "2024-H1", "half")),
        ("Sales grew in the second half of 2024.", "en",
         ("second half of 2024", "2024-H2", "half")),
        ("Le chantier a débuté au printemps 2024.", "fr", ("printemps 2024", "2024-SP", "season")),
        ("Le chantier a débuté à l'automne 2023.", "fr", ("l'automne 2023", "2023-FA", "season")),
        ("Le chantier a débuté l'hiver 2023-2024.", "fr", ("l'hiver 2023-2024", "2023-WI", "season")),
        ("Work began in the summer of 2023.", "en", ("the summer of 2023", "2023-SU", "season")),
        ("Work began in fall 2023.", "en", ("fall 2023", "2023-FA", "season")),
        ("Le minitel a brillé dans les années 1980.", "fr", ("les années 1980", "198", "decade")),
        ("Le minitel a brillé dans les années 80.", "fr", ("les années 80", "198", "decade")),
        ("Le minitel a brillé dans les années quatre-vingt.", "fr",
         ("les années quatre-vingt", "198", "decade")),
        ("Pagers peaked in the 1990s.", "en", ("1990s", "199", "decade")),
        ("Pagers peaked in the '90s.", "en", ("'90s", "199", "decade")),
        ("Pagers peaked in the nineties.", "en", ("nineties", "199", "decade")),
        ("Le réseau sera achevé au XXIe siècle.", "fr", ("XXIe siècle", "20", "century")),
        ("The grid belongs to the 21st century.", "en", ("21st century", "20", "century")),
        ("La foire a lieu la semaine du 3 mars 2025.", "fr",
         ("la semaine du 3 mars 2025", "2025-W10", "week")),
        ("La foire a lieu semaine 12 de 2025.", "fr", ("semaine 12 de 2025", "2025-W12", "week")),
        ("The fair runs the week of March 3, 2025.", "en",
         ("the week of March 3, 2025", "2025-W10", "week")),
        ("Le dossier est daté 2025-W07.", "fr", ("2025-W07", "2025-W07", "week")),
        ("Le groupe est né en novembre 93.", "fr", ("novembre 93", "1993-11", "month")),
        ("Le groupe est né en mai 68.", "fr", ("mai 68", "1968-05", "month")),
        ("Le groupe est né en 98.", "fr", ("98", "1998", "year")),
        ("Le groupe est né en 05, à Lyon.", "fr", ("05", "2005", "year")),
        ("The group was born in November '93.", "en", ("November '93", "1993-11", "month")),
        ("The group was born in '98.", "en", ("'98", "1998", "year")),
        ("Les comptes de l'exercice FY24 sont clos.", "fr", ("FY24", "2024", "year")),
    ],
)
def test_periods(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert _one(text, lang) == expected
    assert _one(text, lang, None) == expected  # none of them needs the reference date


@pytest.mark.parametrize(
    ("text", "lang", "value", "precision"),
    [
        ("La flotte a doublé l'an dernier.", "fr", "2024", "year"),
        ("La flotte doublera l'année prochaine.", "fr", "2026", "year"),
        ("La flotte a doublé l'année passée.", "fr", "2024", "year"),
        ("La flotte double cette année.", "fr", "2025", "year"),
        ("Le loyer baisse le mois prochain.", "fr", "2025-07", "month"),
        ("Le loyer a baissé le mois dernier.", "fr", "2025-05", "month"),
        ("Le loyer baisse ce mois-ci.", "fr", "2025-06", "month"),
        ("Le loyer a baissé la semaine dernière.", "fr", "2025-W23", "week"),
        ("Le loyer baisse cette semaine.", "fr", "2025-W24", "week"),
        ("Le loyer baissera la semaine prochaine.", "fr", "2025-W25", "week"),
        ("Le loyer baissera le trimestre prochain.", "fr", "2025-Q3", "quarter"),
        ("Le loyer a baissé le trimestre dernier.", "fr", "2025-Q1", "quarter"),
        ("Le loyer a baissé au dernier trimestre.", "fr", "2025-Q1", "quarter"),
        ("Le loyer baisse ce trimestre.", "fr", "2025-Q2", "quarter"),
        ("Le loyer baisse au trimestre en cours.", "fr", "2025-Q2", "quarter"),
        ("Le loyer baissera le semestre prochain.", "fr", "2025-H2", "half"),
        ("Le loyer a baissé l'été dernier.", "fr", "2024-SU", "season"),
        ("Le loyer baissera l'hiver prochain.", "fr", "2025-WI", "season"),
        ("Le loyer baisse cet été.", "fr", "2025-SU", "season"),
        ("Le loyer a baissé au printemps dernier.", "fr", "2025-SP", "season"),
        ("Le loyer a doublé cette décennie.", "fr", "202", "decade"),
        ("Le marché a reculé ce week-end.", "fr", "2025-W24-WE", "weekend"),
        ("Rents fell last year.", "en", "2024", "year"),
        ("Rents will fall next year.", "en", "2026", "year"),
        ("Rents will fall next quarter.", "en", "2025-Q3", "quarter"),
        ("Rents fell last quarter.", "en", "2025-Q1", "quarter"),
        ("Rents fell in the previous quarter.", "en", "2025-Q1", "quarter"),
        ("Rents fall this quarter.", "en", "2025-Q2", "quarter"),
        ("Rents fell last summer.", "en", "2024-SU", "season"),
        ("Rents will fall this winter.", "en", "2025-WI", "season"),
        ("Rents will fall next week.", "en", "2025-W25", "week"),
        ("Rents fell this weekend.", "en", "2025-W24-WE", "weekend"),
        ("Rents doubled last decade.", "en", "201", "decade"),
        ("Le loyer doublera au premier trimestre de l'année prochaine.", "fr", "2026-Q1",
         "quarter"),
        ("Rents will double in the first half of next year.", "en", "2026-H1", "half"),
        ("Le rapport d'hier le confirme.", "fr", "2025-06-11", "day"),
        ("Le marché d'aujourd'hui le confirme.", "fr", "2025-06-12", "day"),
        ("La vente a eu lieu avant-hier.", "fr", "2025-06-10", "day"),
        ("La vente aura lieu demain.", "fr", "2025-06-13", "day"),
        ("La vente a eu lieu il y a trois ans.", "fr", "2022", "year"),
        ("La vente aura lieu dans deux semaines.", "fr", "2025-W26", "week"),
        ("La vente a eu lieu il y a deux semaines.", "fr", "2025-W22", "week"),
        ("The sale happened two weeks ago.", "en", "2025-W22", "week"),
        ("The sale will happen in three months.", "en", "2025-09", "month"),
    ],
)
def test_relative_units(text: str, lang: str, value: str, precision: str) -> None:
    (d,) = find_dates(text, lang, REF)
    assert (d.value, d.precision, d.relative) == (value, precision, True)
    assert find_dates(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # a bare month: past -> the latest not after the reference month, future -> the next
        ("La coopérative a ouvert son entrepôt en mars.", "fr", "2025-03"),
        ("La coopérative ouvrira son entrepôt en mars.", "fr", "2026-03"),
        ("La coopérative a ouvert son entrepôt en septembre.", "fr", "2024-09"),
        ("La coopérative ouvrira son entrepôt en septembre.", "fr", "2025-09"),
        ("The cooperative opened its depot in March.", "en", "2025-03"),
        ("The cooperative will open its depot in March.", "en", "2026-03"),
        ("The cooperative opened its depot in September.", "en", "2024-09"),
        # a weekday: future -> the coming one, past -> the last one, present -> the nearest
        ("Le forum se tiendra lundi.", "fr", "2025-06-16"),
        ("Le forum s'est tenu lundi.", "fr", "2025-06-09"),
        ("Le forum se tient samedi.", "fr", "2025-06-14"),
        ("Le forum se tient mardi.", "fr", "2025-06-10"),
        ("Le forum se tiendra jeudi.", "fr", "2025-06-19"),
        ("Le forum s'est tenu jeudi.", "fr", "2025-06-12"),
        ("The forum will be held on Monday.", "en", "2025-06-16"),
        ("The forum was held on Monday.", "en", "2025-06-09"),
        ("The forum opens on Saturday.", "en", "2025-06-14"),
        # a day and month: the tense picks the year
        ("Le bail a été signé le 2 septembre.", "fr", "2024-09-02"),
        ("Le bail sera signé le 2 septembre.", "fr", "2025-09-02"),
        ("Le bail sera signé le 2 mars.", "fr", "2026-03-02"),
        # a part or a season without a year
        ("Les ventes ont progressé au troisième trimestre.", "fr", "2024-Q3"),
        ("Les ventes progresseront au troisième trimestre.", "fr", "2025-Q3"),
        ("Les ventes ont progressé au premier trimestre.", "fr", "2025-Q1"),
        ("Les ventes progresseront au premier trimestre.", "fr", "2026-Q1"),
        ("Sales will grow in the fourth quarter.", "en", "2025-Q4"),
        ("Sales grew in Q1.", "en", "2025-Q1"),
        ("Les ventes ont progressé au second semestre.", "fr", "2024-H2"),
        ("Le salon se tiendra au printemps.", "fr", "2026-SP"),
        ("Le salon s'est tenu au printemps.", "fr", "2025-SP"),
        ("Le salon se tiendra à l'automne.", "fr", "2025-FA"),
        ("The show will open in the spring.", "en", "2026-SP"),
        ("The show opened in the fall.", "en", "2024-FA"),
    ],
)
def test_tense_places_dates_without_year(text: str, lang: str, value: str) -> None:
    (d,) = find_dates(text, lang, REF)
    assert d.value == value and d.relative


def test_a_direction_word_wins_over_the_tense() -> None:
    (d,) = find_dates("Le forum s'est tenu lundi dernier.", "fr", REF)
    assert d.value == "2025-06-09"
    (d,) = find_dates("Le forum avait été fixé à lundi prochain.", "fr", REF)
    assert d.value == "2025-06-16"


@pytest.mark.parametrize(
    ("text", "lang", "value", "mod", "relation"),
    [
        ("La production démarre mi-2026.", "fr", "2026", "MID", "on"),
        ("La production démarre début 2026.", "fr", "2026", "START", "start"),
        ("La production démarre fin 2026.", "fr", "2026", "END", "end"),
        ("Production starts in early 2026.", "en", "2026", "START", "start"),
        ("Production starts in late 2026.", "en", "2026", "END", "end"),
        ("Production starts by mid-2026.", "en", "2026", "MID", "by"),
        ("La production démarre fin mars 2026.", "fr", "2026-03", "END", "end"),
        ("La production démarre à la fin du troisième trimestre 2026.", "fr", "2026-Q3", "END",
         "end"),
        ("Le réseau a grandi depuis le début des années 2000.", "fr", "200", "START", "since"),
        ("Pagers peaked in the mid-1990s.", "en", "199", "MID", "on"),
        ("La production démarre en 2026.", "fr", "2026", None, "on"),
    ],
)
def test_position_in_a_period_is_a_mod(text: str, lang: str, value: str, mod: str | None,
                                       relation: str) -> None:
    (d,) = find_dates(text, lang, REF)
    assert (d.value, d.mod, d.relation) == (value, mod, relation)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The fall in prices continued.", "en"),
        ("A fall of 3 % was recorded.", "en"),
        ("In their 50s, the founders sold.", "en"),
        ("Il loue un T3 à Paris.", "fr"),
        ("L'H2 vert est une filière.", "fr"),
        ("Cette année-là, rien n'a changé.", "fr"),
        ("La réforme a été votée.", "fr"),
        ("Le groupe a été divisé en 12.", "fr"),
        ("La première moitié des salariés a voté.", "fr"),
        ("The first half of the match was dull.", "en"),
        ("La semaine de 35 heures est en vigueur.", "fr"),
        ("Le train passe en 25 minutes.", "fr"),
        ("Ce mois de mars a été chaud.", "fr"),
        ("La Q3 est une voiture.", "fr"),
    ],
)
def test_not_periods(text: str, lang: str) -> None:
    assert [d.value for d in find_dates(text, lang, REF) if d.value != "2025-03"] == []


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2025", "2025-01-01", "2025-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025-10-11", "2025-10-11", "2025-10-11"),
        ("2025-Q1", "2025-01-01", "2025-03-31"),
        ("2025-Q4", "2025-10-01", "2025-12-31"),
        ("2025-H1", "2025-01-01", "2025-06-30"),
        ("2025-H2", "2025-07-01", "2025-12-31"),
        ("2025-SP", "2025-03-01", "2025-05-31"),
        ("2025-SU", "2025-06-01", "2025-08-31"),
        ("2025-FA", "2025-09-01", "2025-11-30"),
        ("2023-WI", "2023-12-01", "2024-02-29"),
        ("2025-W01", "2024-12-30", "2025-01-05"),
        ("2025-W12", "2025-03-17", "2025-03-23"),
        ("2025-W12-WE", "2025-03-22", "2025-03-23"),
        ("199", "1990-01-01", "1999-12-31"),
        ("20", "2000-01-01", "2099-12-31"),
    ],
)
def test_date_range(value: str, first: str, last: str) -> None:
    assert date_range(value) == (first, last)


@pytest.mark.parametrize("value", ["", "2025-Q5", "2025-13", "2025-XX", "PRESENT_REF", "20255"])
def test_date_range_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        date_range(value)


def test_every_found_value_has_a_range() -> None:
    text = ("Fondée dans les années 1990, la coopérative a ouvert au printemps 2024, a crû au "
            "troisième trimestre, recrutera la semaine prochaine et vise 2030.")
    found = find_dates(text, "fr", REF)
    assert len(found) == 5
    for d in found:
        first, last = date_range(d.value)
        assert (d.first_day, d.last_day) == (first, last) and first <= last


def test_periods_are_masked_for_quantities() -> None:
    text = "Au T3 2024 et au premier semestre, dans les années 90, 40 salariés ont été recrutés."
    assert [q.value for q in find_quantities(text, "fr")] == [40.0]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Au cours du mois de mars, les loyers ont grimpé.", "fr", [("mars", "2025-03")]),
        ("The month of March was mild.", "en", [("March", "2025-03")]),
        ("En janvier, février et mars, le trafic a reculé.", "fr",
         [("janvier", "2025-01"), ("février", "2025-02"), ("mars", "2025-03")]),
        ("Traffic fell in January, February and March.", "en",
         [("January", "2025-01"), ("February", "2025-02"), ("March", "2025-03")]),
        ("Hier soir, la coopérative a voté.", "fr", [("Hier soir", "2025-06-11")]),
        ("Ce matin le cours a chuté, ce soir il remonte.", "fr",
         [("Ce matin", "2025-06-12"), ("ce soir", "2025-06-12")]),
        ("The board met last night and meets again tomorrow morning.", "en",
         [("last night", "2025-06-11"), ("tomorrow morning", "2025-06-13")]),
        ("The plan was approved earlier this month.", "en",
         [("earlier this month", "2025-06")]),
    ],
)
def test_months_in_lists_and_parts_of_days(text: str, lang: str,
                                           expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, lang, REF)] == expected
