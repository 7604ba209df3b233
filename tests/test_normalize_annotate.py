"""What `veille annotate --json` shows of the normalisation library: dates and quantities."""

from __future__ import annotations

import pytest

from veille.annotate import annotate_text

pytestmark = pytest.mark.slow  # loads the French spaCy model


def test_dates_show_their_value_precision_mod_and_days() -> None:
    text = ("La coopérative Norvale ouvrira un entrepôt au troisième trimestre, après une "
            "année record mi-2024 et un hiver difficile l'hiver dernier.")
    dates = annotate_text(text, lang="fr", published="2025-06-12")["dates"]
    by_text = {d["text"]: d for d in dates}
    quarter = by_text["troisième trimestre"]
    assert (quarter["value"], quarter["precision"], quarter["first_day"], quarter["last_day"]) \
        == ("2025-Q3", "quarter", "2025-07-01", "2025-09-30")
    assert "mod" not in quarter
    middle = by_text["mi-2024"]
    assert (middle["value"], middle["precision"], middle["mod"]) == ("2024", "year", "MID")
    winter = by_text["l'hiver dernier"]
    assert (winter["value"], winter["first_day"], winter["last_day"]) == \
        ("2024-WI", "2024-12-01", "2025-02-28")
    for d in dates:
        assert text[d["start"]:d["end"]] == d["text"]


def test_quantities_show_value_unit_kind_and_words() -> None:
    text = ("Norvale a levé 1,5 milliard d'euros et 3 M$ CAD ; son taux a gagné 2 points de "
            "pourcentage, à 12 %.")
    quantities = annotate_text(text, lang="fr", published="2025-06-12")["quantities"]
    assert [(q["text"], q["value"], q["unit"], q["kind"]) for q in quantities] == [
        ("1,5 milliard d'euros", 1.5e9, "EUR", "money"),
        ("3 M$ CAD", 3e6, "CAD", "money"),
        ("2 points de pourcentage", 2.0, "pp", "percent"),
        ("12 %", 12.0, "%", "percent"),
    ]
