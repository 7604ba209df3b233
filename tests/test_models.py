"""Name keys, URL names and plain records of document entities."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from veille.ingest.readers import url_name
from veille.models import DocEntity, Mention, norm_name


@pytest.mark.parametrize(("name", "key"), [
    ("Zhipu AI", "zhipu ai"),
    ("L'Élysée", "elysee"),
    ("Hô Chi Minh-Ville", "ho chi minh ville"),
    ("智谱AI", "智谱ai"),
    ("la Chine", "chine"),
    ("The Information", "information"),
])
def test_norm_name_folds_case_accents_and_articles_but_keeps_other_scripts(name: str,
                                                                          key: str) -> None:
    assert norm_name(name) == key


@pytest.mark.parametrize(("url", "name"), [
    ("https://news.example.org/2025/03/zhipu-glm5.html", "zhipu-glm5"),
    ("https://news.example.org/tech/zhipu-glm5/index.html", "zhipu-glm5"),
    ("https://news.example.org/tech/zhipu-glm5/", "zhipu-glm5"),
    ("https://news.example.org/", "news.example.org"),
])
def test_url_name_skips_generic_page_names(url: str, name: str) -> None:
    assert url_name(url) == name


def test_a_document_entity_record_is_its_plain_data_and_shares_no_list() -> None:
    ent = DocEntity("e1", "Zhipu AI", "organization", aliases=["Zhipu", "Z.ai"],
                    mentions=[Mention(0, 8, "Zhipu AI", "organization", "gazetteer"),
                              Mention(40, 45, "Zhipu", "organization")],
                    gazetteer_id="zhipu-ai", kind="company", reasons=["short form: Zhipu"])
    record = ent.record()
    assert record == asdict(ent)
    assert list(record) == list(asdict(ent))
    record["aliases"].append("x")
    record["mentions"][0]["text"] = "y"
    assert ent.aliases == ["Zhipu", "Z.ai"] and ent.mentions[0].text == "Zhipu AI"
