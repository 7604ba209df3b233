"""Sentence boundaries set before the parser: end punctuation, line breaks, datelines; not
after abbreviations, initials or numbers, and closing quotes stay with their sentence."""

from __future__ import annotations

import pytest
from conftest import Annotate


def sentences(doc: object) -> list[str]:
    return [s.text.strip() for s in doc.sents if s.text.strip()]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "expected"), [
    ("Orvane lève 12 millions. M. Dupont dirige la société depuis 2021 ! Qui l'eût cru ?",
     ["Orvane lève 12 millions.", "M. Dupont dirige la société depuis 2021 !",
      "Qui l'eût cru ?"]),
    ("Il a déclaré : « Nous recruterons. » Puis il est parti.",
     ["Il a déclaré : « Nous recruterons. »", "Puis il est parti."]),
    ("Un titre sans point\nLe premier paragraphe commence ici.",
     ["Un titre sans point", "Le premier paragraphe commence ici."]),
    ("Bordeaux, le 3 octobre 2025 – La start-up Nexaria annonce un tour de table.",
     ["Bordeaux, le 3 octobre 2025 –", "La start-up Nexaria annonce un tour de table."]),
])
def test_french_boundaries(annotate_fr: Annotate, text: str, expected: list[str]) -> None:
    assert sentences(annotate_fr(text)) == expected


@pytest.mark.parametrize("dateline", ["BENGALURU –", "WUHAN, China —", "SAN JOSE, Costa Rica —",
                                      "HANOÏ, Viêt Nam —"])
def test_a_dateline_of_a_city_and_a_country_ends_at_its_dash(annotate_en: Annotate, dateline: str) -> None:
    """The city is no subject of the first sentence ('WUHAN, China — X unveiled Y' made Wuhan
    the launcher)."""
    doc = annotate_en(f"{dateline} Velmora on Thursday rolled out Orbit, a set of AI agents.")
    assert sentences(doc) == [dateline, "Velmora on Thursday rolled out Orbit, a set of AI agents."]


def test_english_abbreviations_do_not_end_a_sentence(annotate_en: Annotate) -> None:
    doc = annotate_en("Velmora Inc. hired Dr. Amara Osei in 2024. She leads the lab.")
    assert sentences(doc) == ["Velmora Inc. hired Dr. Amara Osei in 2024.", "She leads the lab."]


def test_initials_do_not_end_a_sentence(annotate_en: Annotate) -> None:
    """'C.C.' is one token of two initials: 'said C.C. Wei, Velmora's chairman' had made
    'Wei, Velmora's chairman.' a sentence of its own, and the role was lost."""
    doc = annotate_en('"Demand is strong," said C.C. Wei, Velmora\'s chairman. J.R.R. Tamsin agreed.')
    assert sentences(doc) == ['"Demand is strong," said C.C. Wei, Velmora\'s chairman.', "J.R.R. Tamsin agreed."]


def test_the_parser_keeps_the_boundaries(annotate_fr: Annotate) -> None:
    doc = annotate_fr("Plus de 2000 emplois dans la région Nouvelle-Aquitaine seraient à pourvoir"
                      " d'ici 2027. Le plan sera présenté lundi.")
    first, second = list(doc.sents)
    assert first.text.endswith("2027.") and second.text.startswith("Le plan")
    assert first.root.head == first.root and all(t.head.i < first.end for t in first)


def test_a_past_tense_read_as_an_adjective_is_a_verb_again() -> None:
    # after another sentence, the English tagger reads 'unveiled' as an adjective (lemma
    # 'unveiled'), and no launch verb was found
    from veille.nlp.pipeline import get_nlp

    doc = get_nlp("en", facts=False)("It was a busy month. Baidu unveiled Ernie 5.0 in Beijing.")
    verb = next(t for t in doc if t.lower_ == "unveiled")
    assert (verb.pos_, verb.lemma_) == ("VERB", "unveil")
    # an adjective without a subject stays one
    doc = get_nlp("en", facts=False)("It was a busy month. Baidu is pleased with the results.")
    assert next(t for t in doc if t.lower_ == "pleased").pos_ == "ADJ"
