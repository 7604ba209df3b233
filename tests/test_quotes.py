"""Quotations and their speakers, on sentences written for them, French and English."""

from __future__ import annotations

import pytest

from veille.annotate import annotate_text

pytestmark = pytest.mark.slow


def quotes_of(text: str, lang: str = "fr") -> list[tuple[str, str]]:
    facts = annotate_text(text, lang=lang, published="2025-06-12")["facts"]
    return [(f["args"]["speaker"], f["args"]["text"]) for f in facts if f["type"] == "quote"]


def test_the_speaker_named_after_the_verb() -> None:
    assert quotes_of("« Nous allons doubler nos capacités de calcul », a déclaré Lina Moreau, "
                     "directrice de Velmora.") == [
        ("Lina Moreau", "Nous allons doubler nos capacités de calcul")]
    assert quotes_of('"Demand is far ahead of supply," said Omar Haddad, the chief executive.',
                     "en") == [("Omar Haddad", "Demand is far ahead of supply")]


def test_a_pronoun_after_the_verb_is_the_person_named_before() -> None:
    text = ("Lina Moreau dirige Velmora depuis 2021. « Nous allons doubler nos capacités », "
            "a-t-elle ajouté. Elle ajoute : « Le marché asiatique est prioritaire pour nous. »")
    assert quotes_of(text) == [("Lina Moreau", "Nous allons doubler nos capacités"),
                               ("Lina Moreau", "Le marché asiatique est prioritaire pour nous.")]


def test_a_name_and_a_colon_introduce_a_quotation() -> None:
    assert quotes_of("Lina Moreau (Velmora) : « Les modèles étrangers ne parlent pas nos "
                     "langues »") == [("Lina Moreau", "Les modèles étrangers ne parlent pas nos langues")]


def test_a_short_quotation_woven_into_the_sentence_of_a_person() -> None:
    text = "Le ministre Karim Benali a défendu un budget qui « protège l'avenir sans renoncer »."
    assert quotes_of(text) == [("Karim Benali", "protège l'avenir sans renoncer")]


def test_a_title_in_quotation_marks_is_no_quotation() -> None:
    assert quotes_of("Velmora a lancé le programme « AI Hub » à Lyon, a déclaré Lina Moreau.") == []


def test_straight_quotation_marks_pair_within_a_paragraph_and_run_on_across_one() -> None:
    from veille.facts.view import quotation_marks

    text = ('"This is the beginning," Ilsa Varn told the audience. "We will build ten plants.\n\n'
            '"Every one will open by 2030," she added, before naming the "Crystal Land" park.')
    inner = [t for _s, _e, t in quotation_marks(text)]
    assert inner == ["This is the beginning,", "We will build ten plants.",
                     "Every one will open by 2030,", "Crystal Land"]


def test_an_inverted_pronoun_split_from_its_t_is_the_person_named_before() -> None:
    # the parse splits 'assure-t-elle' into 'assure', '-t', '-elle'
    text = ("Lina Moreau défend la stratégie de Velmora. « Nous ne sommes pas en retard : nous avons "
            "choisi de construire sur des bases solides », assure-t-elle.")
    assert quotes_of(text) == [("Lina Moreau", "Nous ne sommes pas en retard : nous avons choisi de "
                                               "construire sur des bases solides")]


def test_a_speaker_named_after_a_long_title_after_the_verb() -> None:
    text = ("« Nous voulons former les ingénieurs qui dessineront les puces et faire naître les "
            "entreprises qui les utiliseront », a déclaré le vice-ministre de la Science et de la "
            "Technologie, Tran Quoc Bao, qui pilote le programme. « Chaque objectif sera évalué en "
            "2028 », a-t-il précisé.")
    assert [s for s, _t in quotes_of(text)] == ["Tran Quoc Bao", "Tran Quoc Bao"]
    # the verb's own subject comes first: not the person named after it
    text = ('"This is the largest investment ever made in the state," Digital Minister Lina Moreau said '
            "at the ceremony, which was attended by Prime Minister Omar Haddad.")
    assert [s for s, _t in quotes_of(text, "en")] == ["Lina Moreau"]


def test_a_second_quotation_after_one_attributed_is_the_same_speaker_s() -> None:
    """'« ... », a déclaré le directeur général de X, Y, lors de la présentation. « ... »' then a
    new paragraph on the company's news: the second quotation is still Y's, not the company's
    whose verb opens the next paragraph."""
    text = ("Orsalis Robotics a présenté mardi son robot Atlas 3.\n\n"
            "« Le prix était le dernier obstacle », a déclaré le directeur général d'Orsalis, Luo "
            "Mingzhe, lors de la présentation. « Nous ne vendons plus des prototypes. »\n\n"
            "Orsalis a également annoncé un partenariat avec le constructeur Veltra.")
    assert {speaker for speaker, _ in quotes_of(text)} == {"Luo Mingzhe"}


def test_she_adds_is_the_last_speaker_not_the_company_named_since() -> None:
    """'Elle ajoute : « ... »' after an answer naming companies: the woman who spoke last."""
    text = ("Entretien avec Hélène Vasseur, gérante chez Orsay Gestion.\n\n"
            "« Les plateformes comme Alibaba se traitent à 15 fois les bénéfices », note-t-elle.\n\n"
            "Elle ajoute : « Le vrai risque, c'est la géopolitique. »")
    assert [speaker for speaker, said in quotes_of(text) if "vrai risque" in said] == ["Hélène Vasseur"]
