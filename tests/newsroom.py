"""Dated articles for the exports and the digest: the web store's (a funding stated twice, two
stock moves of one day that disagree, a fall, a target, agreements, a role, a quotation, a
launch) and two more fundings, in Hanoi and Seoul; and how to ingest them into a store."""

from __future__ import annotations

from typing import Any

from conftest import WEB_ARTICLES, dedent

from veille.api import KnowledgeBase

ARTICLES: dict[str, tuple[str, str]] = {
    **{k: v for k, v in WEB_ARTICLES.items() if k != "velmora_piege"},
    "orvane_hanoi": ("2025-06-16", """
        Orvane AI lève 25 millions de dollars à Hanoï

        La start-up vietnamienne Orvane AI a levé 25 millions de dollars auprès de Brindle Capital.
        Son directeur général, Minh Tran, a déclaré que les fonds serviraient à recruter 200 ingénieurs.
        """),
    "hallam_seoul_en": ("2025-06-17", """
        Hallam Robotics raises $60 million in Seoul

        Hallam Robotics, a South Korean start-up, raised $60 million from Brindle Capital on Tuesday.
        Shares of Velmora fell 7% in Paris after the announcement.
        """),
}


def build(db: Any, articles: dict[str, tuple[str, str]] = ARTICLES) -> Any:
    with KnowledgeBase(db) as kb:
        for name, (published, text) in articles.items():
            kb.ingest_text(dedent(text), published=published, name=name)
    return db


