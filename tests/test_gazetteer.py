"""The gazetteer component's matches."""

from __future__ import annotations

import spacy
from conftest import Annotate
from spacy.tokens import Span

from veille.nlp.gazetteer import _joined


def test_overlapping_matches_of_one_entry_are_their_union() -> None:
    """'indice Vormex' and 'Vormex 40' are two aliases of one index: "l'indice Vormex 40" is one
    mention of it, not 'indice Vormex' followed by a stray '40' taken for a version."""
    doc = spacy.blank("fr")("L' indice Vormex 40 a gagné 2 % , comme Vormex Asia .")
    spans = [Span(doc, 1, 3, label="product", kb_id="vormex-40"),
             Span(doc, 2, 4, label="product", kb_id="vormex-40"),
             Span(doc, 2, 3, label="organization", kb_id="vormex-group"),
             Span(doc, 9, 11, label="organization", kb_id="vormex-group")]
    joined = sorted((s.start, s.end, s.kb_id_) for s in _joined(doc, spans))
    assert joined == [(1, 4, "vormex-40"), (2, 3, "vormex-group"), (9, 11, "vormex-group")]


def test_a_known_event_with_a_region_after_it_is_one_event(annotate_en: Annotate) -> None:
    """SEMICON is in the gazetteer, Southeast Asia too: 'SEMICON Southeast Asia' is one event,
    the region's edition, not the event and a place."""
    doc = annotate_en("The start-up showed its first chip at SEMICON Southeast Asia in Kuala Lumpur.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "event"] == [("SEMICON Southeast Asia", "event")]


def test_a_version_in_the_gazetteer_is_a_product_of_its_own(annotate_fr: Annotate) -> None:
    """HBM4 is a version of HBM, not another name of it (a family and its version are two
    products, as the rules make them for names the gazetteer does not hold)."""
    doc = annotate_fr("Samsung a commencé à livrer ses puces HBM4, plus rapides que la HBM classique.")
    products = [e for e in doc._.veille_entities if e["type"] == "product"]
    assert sorted(e["name"] for e in products) == ["HBM", "HBM4"]



def test_a_world_region_is_not_the_country_its_name_begins_with(annotate_fr: Annotate,
                                                                annotate_en: Annotate) -> None:
    """'Amérique' alone is a weak name of the United States: 'Amérique latine' is a region."""
    fr = annotate_fr("Orvelink veut devenir un acteur de l'IA en Amérique latine et au Maghreb.")
    en = annotate_en("Orvelink sells across North America and Sub-Saharan Africa.")
    assert [(e.text, e.label_) for e in fr.ents if e.label_ == "place"] == [
        ("Amérique latine", "place"), ("Maghreb", "place")]
    assert [(e.text, e.label_) for e in en.ents if e.label_ == "place"] == [
        ("North America", "place"), ("Sub-Saharan Africa", "place")]
