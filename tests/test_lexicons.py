"""The word lists kept as data (data/lexicon/*.yaml) and the patterns built from them."""

from __future__ import annotations

import pytest

from veille.ingest.clean import published_in_text
from veille.nlp.entities.common import org_ending
from veille.nlp.lexicon import cased, load_data, words
from veille.nlp.sentences import abbreviation

LANGS = {"fr", "en"}
# The lists the entity rules, the sentence splitter and the ingest read, by file.
READ = {
    "lexicon/names.yaml": [
        "title_links", "possessives", "people_articles", "demonym_plural_endings",
        "demonym_singular_endings", "institution_links", "of_words", "maker_links",
        "definite_articles", "conjunctions", "phrase_openers", "place_preps",
        "relative_pronouns", "trailing_words"],
    "lexicon/sentences.yaml": ["abbreviations"],
    "lexicon/ingest.yaml": ["published_cues", "published_links", "generic_pages"],
    "lexicon/entities.yaml": ["org_heads", "stock_cues", "employer_preps", "person_titles",
                              "product_heads", "place_heads", "event_words", "org_suffixes",
                              "org_name_endings", "holding_phrases", "org_starts",
                              "institution_adjectives", "alias_cues", "version_words",
                              "determiners", "not_names"],
}


@pytest.mark.parametrize("name", sorted(READ))
def test_each_list_is_words_or_words_by_language(name: str) -> None:
    data = load_data(name)
    assert set(READ[name]) <= set(data), f"{name}: missing {set(READ[name]) - set(data)}"
    for key, entry in data.items():
        if key == "version":
            continue
        lists = entry.values() if isinstance(entry, dict) else [entry]
        if isinstance(entry, dict):
            assert set(entry) == LANGS, f"{name}: {key} is keyed by {sorted(entry)}"
        for items in lists:
            assert isinstance(items, list), f"{name}: {key}"
            # YAML reads an unquoted no, on, yes as a boolean: such a word must be quoted
            assert all(isinstance(w, str) and w for w in items), f"{name}: {key}: {items}"


def test_a_list_by_language_is_read_for_one_language_or_all() -> None:
    assert "mme" in words("lexicon/sentences.yaml", "abbreviations", "fr")
    assert "Mrs" in cased("lexicon/sentences.yaml", "abbreviations", "en")
    assert "Mme" not in cased("lexicon/sentences.yaml", "abbreviations", "en")
    both = cased("lexicon/sentences.yaml", "abbreviations")
    assert {"Mme", "Mrs", "No"} <= both


@pytest.mark.parametrize(("token", "abbreviated"), [
    ("Mme.", True), ("Dr.", True), ("J.-C.", True), ("e.g.", True), ("U.S.", True),
    ("K.", True), ("Inc.", True), ("No.", True), ("Paris.", False), ("Mme", False),
    ("mme.", False), ("ok.", False),
])
def test_abbreviations_that_do_not_end_a_sentence(token: str, abbreviated: bool) -> None:
    assert bool(abbreviation().match(token)) is abbreviated


@pytest.mark.parametrize(("word", "company"), [
    ("Agritech", True), ("Medtech", True), ("Mechatronics", True), ("Tech", False),
    ("agritech", False), ("Technologies", False),
])
def test_company_name_endings(word: str, company: bool) -> None:
    assert bool(org_ending().search(word)) is company


@pytest.mark.parametrize(("text", "date"), [
    ("Titre\n\nPublié le 3 mars 2024, mis à jour le 5 mars\n\nTexte.", "2024-03-03"),
    ("Titre\nPubliée le 12 février 2023\nTexte.", "2023-02-12"),
    ("Title\nPublished on 3 May 2024 at 10:00\nText.", "2024-05-03"),
    ("Title\nPosted: 7 June 2022\nText.", "2022-06-07"),
    ("Title\n\nBy A. Writer\nPublished March 17, 2026\n\nJAKARTA — Text.", "2026-03-17"),
    ("Title\nPublished: Jan. 5, 2026, 10:32 am\nText.", "2026-01-05"),
    ("Title\nPublished: Wednesday, 15 April 2026, 09:40 IST\nText.", "2026-04-15"),
    ("Titre\nMis à jour le 22 avril 2026 à 18h05\nTexte.", "2026-04-22"),
    ("Titre\nPublié le mardi 12 mai 2026\nTexte.", "2026-05-12"),
    ("Title\nPublished Feb 11, 2026 · 6:05 PM HKT\nText.", "2026-02-11"),
    ("Titre\nPublié le 17/06/2026 à 07h30\nTexte.", "2026-06-17"),
    ("Titre\nPublié jeudi à 10h\nTexte.", None),
    ("Titre\nUn texte sans date de publication.\n", None),
])
def test_a_publication_date_stated_near_the_top(text: str, date: str | None) -> None:
    assert published_in_text(text) == date
