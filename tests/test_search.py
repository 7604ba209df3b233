"""Full-text search: text analysis, query syntax, filters, ranking, snippets and `veille search`,
on short articles written for these tests (ingested once for the module)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from conftest import ARTICLES, BACKENDS, KB, Cli, dedent, ingested

from veille.errors import NotFound
from veille.kb.search import (
    QueryError,
    ensure_index,
    fold,
    parse_query,
    search,
    sentences,
    stem,
    tokens,
)
from veille.kb.store import SQLiteStore
from veille.models import Document, content_id

# --- articles written for these tests ------------------------------------------------------


def unwrap(text: str) -> str:
    """One paragraph a line, as text extracted from a web page comes."""
    return "\n\n".join(" ".join(p.split("\n")) for p in dedent(text).strip().split("\n\n")) + "\n"


SEARCH_ARTICLES: dict[str, str] = {
    # 'cybersécurité' in the title here, only in the body of orbel_rapport: the title ranks first.
    "ferralis_cyber.txt": """
        Ferralis mise sur la cybersécurité des hôpitaux

        Publié le 2 avril 2025

        L'éditeur lyonnais Ferralis a présenté lundi une offre destinée aux hôpitaux. Ses
        logiciels surveillent les réseaux des établissements de santé et alertent les équipes
        en cas d'intrusion. L'entreprise compte déjà une quarantaine de clients en France et
        vise maintenant la Belgique et la Suisse.
        """,
    # 'levée' and 'fonds' apart: the phrase "levée de fonds" must not match here.
    "orbel_rapport.txt": """
        Orbel publie son rapport annuel

        Publié le 5 mai 2025

        Le groupe industriel Orbel a publié lundi son rapport annuel. Les ventes ont progressé
        dans toutes les régions. Le groupe a obtenu la levée de l'interdiction d'exporter vers la
        Suisse et a renforcé ses fonds propres. Il prévoit aussi d'investir dans la cybersécurité
        de ses usines.
        """,
    # 'levées' (plural, accented), a funding fact, a fund named in the funding sentence.
    "agri_levees.txt": """
        Robotique agricole : les levées de fonds se multiplient

        Publié le 14 mars 2025

        Les jeunes pousses de la robotique agricole enchaînent les levées de fonds. La
        start-up nantaise Agrobotix a levé 12 millions d'euros auprès du fonds Kestrel Ventures,
        a annoncé mardi l'entreprise. Ses robots de désherbage équipent déjà trois cents
        exploitations.
        """,
    # A stock move, in June.
    "norvane_bourse.txt": """
        L'action Norvane Systems bondit à la Bourse de Paris

        Publié le 3 juin 2025

        Le titre de Norvane Systems a bondi de 8,5 % jeudi à la Bourse de Paris, après l'annonce
        d'un contrat de 40 millions d'euros avec un constructeur aéronautique. Le fabricant de
        capteurs pour robots industriels emploie 650 salariés en France.
        """,
    # English, in February, with a funding round.
    "pellucid_en.txt": """
        Pellucid Analytics raises money for warehouse robots

        Published on 12 February 2025

        Pellucid Analytics, a London software company, said on Wednesday that it had raised
        30 million dollars from investors led by Harbor Lane Capital. Its software plans the
        routes of warehouse robots for large retailers.
        """,
    # Two names of one company (gazetteer aliases), from the shared test articles.
    "zhipu_modele.txt": ARTICLES["zhipu_modele.txt"],
    "atlas_bourse.txt": ARTICLES["atlas_bourse.txt"],
}
SEARCH_ARTICLES = {name: unwrap(text) for name, text in SEARCH_ARTICLES.items()}


@pytest.fixture(scope="module", params=BACKENDS)
def kb(tmp_path_factory: pytest.TempPathFactory, cli: Cli, request: pytest.FixtureRequest) -> Iterator[KB]:
    """The articles above ingested once, through the CLI, into a module store."""
    yield from ingested(tmp_path_factory, cli, "search", SEARCH_ARTICLES, request)


def docs(hits: list) -> list[str]:
    return [h.doc for h in hits]


# --- text analysis (no store) -------------------------------------------------------------


def test_fold_removes_case_and_accents_but_keeps_other_scripts() -> None:
    assert fold("Hélène GARNIER") == "helene garnier"
    assert fold("Levées") == "levees"
    assert fold("智谱AI") == "智谱ai"


@pytest.mark.parametrize("a, b, lang", [
    ("levées", "levee", "fr"),  # plural, accents, case
    ("Hôpitaux", "hopital", "fr"),  # irregular plural
    ("emplois", "emploi", "fr"),
    ("robots", "robot", "en"),
    ("hospitals", "hospital", "en"),
])
def test_stem_joins_inflected_forms(a: str, b: str, lang: str) -> None:
    assert stem(a, lang) == stem(b, lang)


def test_stem_keeps_different_words_apart() -> None:
    assert stem("cybersécurité", "fr") != stem("cyber", "fr")
    assert stem("usine", "fr") != stem("usager", "fr")


def test_tokens_offsets_and_grouped_numbers() -> None:
    text = "Elle a levé 1 200 000 euros, soit 12,5 % de plus."
    toks = tokens(text, "fr", base=100)
    assert all(text[s - 100:e - 100] for s, e, _ in toks)
    by_text = {text[s - 100:e - 100]: t for s, e, t in toks}
    assert by_text["1 200 000"] == "1200000"  # one number, not three
    assert "a" not in by_text  # lone letters are not indexed
    assert by_text["euros"] == stem("euro", "fr")


def test_sentences_split_at_full_stops_and_lines_not_after_abbreviations() -> None:
    text = "M. Dupont est arrivé. Il a signé l'accord.\nUne autre ligne ici"
    assert [text[s:e] for s, e in sentences(text)] == [
        "M. Dupont est arrivé.", "Il a signé l'accord.", "Une autre ligne ici"]


def test_sentences_do_not_split_a_wrapped_line() -> None:
    text = "La start-up Agrobotix a levé 12 millions d'euros auprès du\nfonds Kestrel Ventures."
    assert [text[s:e] for s, e in sentences(text)] == [text]


def test_sentences_split_after_a_closing_guillemet() -> None:
    text = "Il a déclaré : « Nous sommes prêts. » Puis il est parti."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Il a déclaré : « Nous sommes prêts. »", "Puis il est parti."]


# --- the index ------------------------------------------------------------------------------


def _document(name: str, text: str, lang: str = "fr") -> Document:
    return Document(id=content_id(text), name=name, source=f"{name}.txt", text=text,
                    title=text.splitlines()[0], lang=lang, published="2025-01-10")


def test_index_is_lazy_and_incremental(store: SQLiteStore) -> None:
    """Documents stored since the last call are indexed, once (no pipeline needed)."""
    with store.write():
        store.add_document(_document("a", "Quintal ouvre une usine\n\nQuintal ouvre une usine à Brest."))
    assert ensure_index(store) == 1
    assert ensure_index(store) == 0
    with store.write():
        store.add_document(_document("b", "Vosmer ferme une usine\n\nVosmer ferme son usine de Metz."))
    assert ensure_index(store) == 1
    assert sorted(docs(search(store, "usines"))) == ["a", "b"]
    assert docs(search(store, "Brest")) == ["a"]


# --- the query syntax --------------------------------------------------------------------------


def test_parse_query_phrases_prefixes_exclusions_and_or(kb: KB) -> None:
    q = parse_query(kb.store, '"levée de fonds" cyber* -hôpitaux Ferralis OR Norvane')
    by_text = {c.text: c for c in q.clauses}
    assert set(by_text) == {"levée de fonds", "cyber", "hôpitaux", "Ferralis"}
    phrase = by_text["levée de fonds"]
    assert phrase.options[0] == (stem("levée", "fr"), "de", stem("fonds", "fr"))
    assert by_text["cyber"].prefix and not by_text["cyber"].negated
    assert by_text["hôpitaux"].negated
    # the two names OR'ed are one clause with both names as options
    ferralis = by_text["Ferralis"]
    assert ferralis.entity_ids  # a known name: its entity's aliases
    assert {(stem("Ferralis", "fr"),), (stem("Norvane", "fr"),), (stem("Norvane", "en"),)} <= set(
        ferralis.options)
    assert len(q.positive) == 3


def test_parse_query_expands_an_entity_to_all_its_aliases(kb: KB) -> None:
    q = parse_query(kb.store, "Knowledge Atlas Technology")
    assert len(q.clauses) == 1
    clause = q.clauses[0]
    assert clause.entity_ids
    assert {kb.store.entity(i)["name"] for i in clause.entity_ids} == {"Zhipu AI"}
    assert ("zhipu", "ai") in clause.options
    assert ("ai",) not in clause.options  # never a lone short word of a name ('Z.ai')


# --- matching --------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["levee", "LEVÉES", "levées", "Levée"])
def test_accents_case_and_plurals_do_not_matter(kb: KB, query: str) -> None:
    hits = search(kb.store, query)
    assert "agri_levees" in docs(hits)
    marked = " ".join(s.marked() for h in hits if h.doc == "agri_levees" for s in h.snippets)
    assert "**levées**" in marked


def test_irregular_plural_and_accent(kb: KB) -> None:
    hits = search(kb.store, "hopital")
    assert docs(hits) == ["ferralis_cyber"]
    assert "**hôpitaux**" in hits[0].snippets[0].marked()


def test_prefix_query_matches_longer_words(kb: KB) -> None:
    assert search(kb.store, "cyber") == []  # a word alone is a whole word
    hits = search(kb.store, "cyber*")
    assert set(docs(hits)) == {"ferralis_cyber", "orbel_rapport"}
    assert "**cybersécurité**" in hits[0].snippets[0].marked()


def test_prefix_robot_finds_robotique(kb: KB) -> None:
    hits = {h.doc: h for h in search(kb.store, "robot*")}
    assert {"agri_levees", "norvane_bourse", "pellucid_en"} <= set(hits)
    marked = " ".join(s.marked() for s in hits["agri_levees"].snippets)
    assert "**Robotique** agricole" in marked and "Ses **robots**" in marked


def test_phrase_does_not_match_its_words_apart(kb: KB) -> None:
    assert set(docs(search(kb.store, "levée fonds"))) == {"agri_levees", "orbel_rapport"}
    hits = search(kb.store, '"levée de fonds"')
    assert docs(hits) == ["agri_levees"]
    assert all("**levées de fonds**" in s.marked() or "**levée de fonds**" in s.marked()
               for s in hits[0].snippets)


def test_excluded_word_removes_documents(kb: KB) -> None:
    assert set(docs(search(kb.store, "cybersécurité"))) == {"ferralis_cyber", "orbel_rapport"}
    assert docs(search(kb.store, "cybersécurité -hôpitaux")) == ["orbel_rapport"]
    assert docs(search(kb.store, 'levée -"levées de fonds"')) == ["orbel_rapport"]


def test_all_words_are_required_unless_or(kb: KB) -> None:
    assert search(kb.store, "Ferralis Norvane") == []
    assert set(docs(search(kb.store, "Ferralis OR Norvane"))) == {"ferralis_cyber", "norvane_bourse"}


def test_a_name_finds_the_documents_of_every_alias(kb: KB) -> None:
    hits = {h.doc: h for h in search(kb.store, "Knowledge Atlas Technology")}
    assert set(hits) == {"zhipu_modele", "atlas_bourse"}  # Zhipu AI's documents, by any name
    marked = " ".join(s.marked() for s in hits["zhipu_modele"].snippets)
    assert "**Zhipu AI**" in marked


def test_words_in_no_document_find_nothing(kb: KB) -> None:
    assert search(kb.store, "zeppelin") == []
    assert search(kb.store, "Ferralis zeppelin") == []


# --- ranking and snippets -------------------------------------------------------------------


def test_a_title_match_ranks_above_a_body_match(kb: KB) -> None:
    hits = search(kb.store, "cybersécurité")
    assert docs(hits) == ["ferralis_cyber", "orbel_rapport"]
    assert hits[0].score > hits[1].score > 0


def test_limit_keeps_the_best(kb: KB) -> None:
    hits = search(kb.store, "cybersécurité", limit=1)
    assert docs(hits) == ["ferralis_cyber"]


def test_snippets_point_into_the_document(kb: KB) -> None:
    for query in ("levée fonds", "Knowledge Atlas", "robot*", "hopital"):
        for hit in search(kb.store, query):
            text = kb.text(hit.doc)
            assert 1 <= len(hit.snippets) <= 2
            for s in hit.snippets:
                assert text[s.start:s.end] == s.text
                assert s.marks, f"{query!r}: nothing marked in {s.text!r}"
                for a, b in s.marks:
                    assert s.start <= a < b <= s.end
                    assert text[a:b].strip() == text[a:b]


def test_best_sentence_comes_first(kb: KB) -> None:
    hit = search(kb.store, "Kestrel Ventures")[0]
    assert hit.doc == "agri_levees"
    assert hit.snippets[0].text == ("La start-up nantaise Agrobotix a levé 12 millions d'euros auprès du fonds"
                                    " Kestrel Ventures, a annoncé mardi l'entreprise.")
    assert "**Kestrel Ventures**" in hit.snippets[0].marked()


def test_hit_metadata(kb: KB) -> None:
    hit = search(kb.store, "Pellucid")[0]
    assert (hit.doc, hit.lang, hit.published) == ("pellucid_en", "en", "2025-02-12")
    assert hit.title == "Pellucid Analytics raises money for warehouse robots"
    data = hit.to_dict()
    assert data["snippets"][0]["highlighted"] == hit.snippets[0].marked()


# --- filters -------------------------------------------------------------------------------


@pytest.mark.parametrize("query, filters, expected", [
    ("millions", {}, {"agri_levees", "norvane_bourse", "pellucid_en"}),
    ("millions", {"lang": "en"}, {"pellucid_en"}),
    ("millions", {"lang": "fr"}, {"agri_levees", "norvane_bourse"}),
    ("millions", {"since": "2025-04"}, {"norvane_bourse"}),
    ("millions", {"until": "2025-03"}, {"agri_levees", "pellucid_en"}),
    ("millions", {"until": "2025-03-13"}, {"pellucid_en"}),  # the 14th is after
    ("millions", {"since": "2025-03-14", "until": "2025-03-14"}, {"agri_levees"}),  # inclusive
    ("millions", {"since": "2025", "until": "2025-06-03"},
     {"agri_levees", "norvane_bourse", "pellucid_en"}),
    ("millions", {"since": "2026"}, set()),
    ("millions", {"fact_type": "funding"}, {"agri_levees", "pellucid_en"}),
    ("millions", {"fact_type": "funding", "lang": "fr"}, {"agri_levees"}),
    ("millions", {"fact_type": "funding", "until": "2025-02"}, {"pellucid_en"}),
    ("millions", {"fact_type": "stock_move"}, {"norvane_bourse"}),
    ("millions", {"entity": "Kestrel Ventures"}, {"agri_levees"}),
    ("millions", {"entity": "Harbor Lane Capital", "lang": "fr"}, set()),
    ("Agrobotix", {"fact_type": "stock_move"}, set()),
    ("cours OR titre", {"entity": "Knowledge Atlas Technology"}, set()),
    ("actions", {"entity": "Knowledge Atlas Technology"}, {"atlas_bourse"}),
    ("modèle", {"entity": "Zhipu"}, {"zhipu_modele"}),
])
def test_filters_combined_with_text(kb: KB, query: str, filters: dict[str, str],
                                    expected: set[str]) -> None:
    assert set(docs(search(kb.store, query, **filters))) == expected


def test_entity_filter_keeps_sentences_naming_the_entity(kb: KB) -> None:
    hits = search(kb.store, "millions", entity="Kestrel Ventures")
    assert [s.text for s in hits[0].snippets] == [
        "La start-up nantaise Agrobotix a levé 12 millions d'euros auprès du fonds Kestrel Ventures,"
        " a annoncé mardi l'entreprise."]


def test_type_filter_keeps_sentences_stating_such_a_fact(kb: KB) -> None:
    hits = search(kb.store, "millions", fact_type="stock_move")
    assert docs(hits) == ["norvane_bourse"]
    assert all("8,5 %" in s.text for s in hits[0].snippets)


def test_filters_alone_list_documents_newest_first(kb: KB) -> None:
    assert docs(search(kb.store, "", lang="fr", since="2025-03")) == [
        "norvane_bourse", "orbel_rapport", "ferralis_cyber", "agri_levees"]
    assert docs(search(kb.store, "", lang="en")) == ["pellucid_en"]


@pytest.mark.parametrize("kwargs, message", [
    ({"fact_type": "funding_round"}, "unknown fact type 'funding_round'"),
    ({"since": "mars 2025"}, "'mars 2025' is not a date"),
    ({"until": "2025/03/01"}, "'2025/03/01' is not a date"),
    ({"since": "25-03"}, "'25-03' is not a date"),
])
def test_bad_filters_raise_query_error(kb: KB, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError) as e:
        search(kb.store, "millions", **kwargs)
    assert message in str(e.value)
    assert str(e.value).startswith("[V310]")


@pytest.mark.parametrize("query, message", [
    ("", "nothing to search for"),
    ("   ", "nothing to search for"),
    ("-robots", "no word to look for"),
])
def test_queries_with_nothing_to_find_raise_query_error(kb: KB, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        search(kb.store, query)


def test_unknown_entity_filter_is_not_found(kb: KB) -> None:
    with pytest.raises(NotFound, match="no entity named 'Nobody Such Corp'"):
        search(kb.store, "millions", entity="Nobody Such Corp")


# --- veille search ------------------------------------------------------------------------------


def test_cli_search_json(cli: Cli, kb: KB) -> None:
    result = cli("search", "levee", "--db", kb.db, "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc"] for r in rows] == ["agri_levees", "orbel_rapport"]
    first = rows[0]
    assert {"doc", "doc_id", "title", "published", "lang", "score", "snippets"} <= set(first)
    assert first["published"] == "2025-03-14" and first["lang"] == "fr"
    text = kb.text("agri_levees")
    for s in first["snippets"]:
        assert text[s["start"]:s["end"]] == s["text"]
        assert "**lev" in s["highlighted"]


def test_cli_search_table(cli: Cli, kb: KB) -> None:
    result = cli("search", "cybersécurité", "--db", kb.db)
    assert result.exit_code == 0
    out = result.stdout
    assert out.index("ferralis_cyber") < out.index("orbel_rapport")
    assert "2025-04-02" in out


def test_cli_search_filters_combined(cli: Cli, kb: KB) -> None:
    result = cli("search", "millions", "--db", kb.db, "--json", "--type", "funding",
                 "--lang", "fr", "--since", "2025-01", "--until", "2025-12")
    assert result.exit_code == 0
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["agri_levees"]
    result = cli("search", "millions", "--db", kb.db, "--json", "--limit", "1")
    assert len(result.stdout.splitlines()) == 1


def test_cli_search_without_match(cli: Cli, kb: KB) -> None:
    result = cli("search", "zeppelin", "--db", kb.db)
    assert result.exit_code == 0
    assert "No document matches." in result.stdout
    result = cli("search", "zeppelin", "--db", kb.db, "--json")
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.parametrize("args, message", [
    (["--type", "funding_round"], "Error: [V310] unknown fact type 'funding_round'"),
    (["--since", "03/2025"], "Error: [V310] '03/2025' is not a date"),
    (["--until", "hier"], "Error: [V310] 'hier' is not a date"),
    (["--entity", "Nobody Such Corp"], "no entity named 'Nobody Such Corp'"),
])
def test_cli_search_bad_input_is_a_one_line_error(cli: Cli, kb: KB, args: list[str],
                                                  message: str) -> None:
    result = cli("search", "millions", "--db", kb.db, *args)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert message in lines[0]
    assert lines[0].startswith("Error: [")


@pytest.mark.sqlite_only  # FTS5's window of the last documents indexed
def test_common_words_ranked_over_the_last_indexed_first(store: SQLiteStore,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """bm25 over every match is slow for a word half the corpus holds: the RECENT documents
    indexed last are ranked first, the whole corpus when they hold too few matches."""
    import veille.kb.search as search_module

    texts = {"old": "Usines\n\nDes usines, des usines et encore des usines à Brest.",
             "mid": "Une usine ferme\n\nLa direction ferme une usine à Metz cette année.",
             "new": "Une usine ouvre\n\nLe groupe ouvre une usine à Lyon pour ses robots."}
    for name, text in texts.items():
        with store.write():
            store.add_document(_document(name, text))
        ensure_index(store)
    assert docs(search(store, "usine"))[0] == "old"  # the best match overall
    monkeypatch.setattr(search_module, "RECENT", 2)
    assert sorted(docs(search(store, "usine", limit=2))) == ["mid", "new"]  # the window had enough
    assert docs(search(store, "usine", limit=3))[0] == "old"  # it did not: the whole corpus
    assert docs(search(store, "Brest", limit=1)) == ["old"]  # a word only older documents hold


@pytest.mark.sqlite_only  # FTS5's window of the last documents indexed
def test_a_window_with_too_few_matches_is_not_ranked(store: SQLiteStore,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether the RECENT documents hold enough matches is asked without bm25, which counts
    every phrase over the whole corpus at each run: one ranking a search, not two."""
    import veille.kb.search as search_module

    texts = {"old": "Usines\n\nDes usines à Brest, des usines à Brest.",
             "mid": "Une usine ferme\n\nLa direction ferme une usine à Metz cette année.",
             "new": "Une usine ouvre\n\nLe groupe ouvre une usine à Lyon pour ses robots."}
    for name, text in texts.items():
        with store.write():
            store.add_document(_document(name, text))
    ensure_index(store)
    monkeypatch.setattr(search_module, "RECENT", 2)
    ranked: list[str] = []
    store.conn.set_trace_callback(lambda sql: ranked.append(sql) if "bm25(" in sql else None)
    assert docs(search(store, "Brest", limit=1)) == ["old"]  # only an older document holds it
    assert docs(search(store, "usine", limit=3))[0] == "old"  # the window holds two of three
    assert sorted(docs(search(store, "usine", limit=2))) == ["mid", "new"]  # the window: enough
    assert [("rowid >" in sql) for sql in ranked] == [False, False, True]


def test_words_are_matched_in_the_text_only(kb: KB) -> None:
    """The fact types a document states are indexed beside its text ('ftfunding'): a query finds
    them only through --type, and without its column filter a query of other words ranks the
    same documents with the same bm25."""
    from veille.kb.search import TEXT_COLUMNS, in_text, ranked_documents

    assert docs(search(kb.store, "millions", fact_type="stock_move"))  # documents stating a stock move
    assert search(kb.store, "ftstockmove") == [] and search(kb.store, "ftstockmove OR Ferralis")
    for expr in ('"leve"', '"leve" OR "norvan system"', '("robot" OR "agricol") NOT "nant"', '"leve de fond"'):
        assert in_text(expr) == f"({expr})"
        ranked = [tuple(r) for r in ranked_documents(kb.store, in_text(expr), "", [], 10)]
        filtered = ranked_documents(kb.store, f"{TEXT_COLUMNS} : ({expr})", "", [], 10)
        assert ranked and ranked == [tuple(r) for r in filtered]


def test_an_empty_period_finds_nothing_at_once(kb: KB) -> None:
    assert search(kb.store, "Zhipu", since="2025-03", until="2024") == []
    assert search(kb.store, "Zhipu", since="2025", until="2025-12") == search(kb.store, "Zhipu", since="2025")

