"""Questions answered with citations: reading the question (French and English), answers from
facts and from sentences, "not found in the corpus", and `veille ask`, on short articles
written for these tests (ingested once for the module)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ARTICLES, BACKENDS, KB, Cli, dedent, ingested

from veille.answer import NOT_FOUND, Answer, ask
from veille.answer.question import parse_question


def unwrap(text: str) -> str:
    """One paragraph a line, as text extracted from a web page comes."""
    return "\n\n".join(" ".join(p.split("\n")) for p in dedent(text).strip().split("\n\n")) + "\n"


ASK_ARTICLES: dict[str, str] = {
    # A funding round with its amount and investor, a named CEO with a title, a hiring goal.
    "agrobotix_levee.txt": """
        Agrobotix lève 12 millions d'euros pour ses robots agricoles

        Publié le 14 mars 2025

        La start-up nantaise Agrobotix a levé 12 millions d'euros auprès du fonds Kestrel
        Ventures, a annoncé mardi l'entreprise. Cette levée de fonds doit financer le
        développement de ses robots de désherbage. Marc Ollivier, directeur général
        d'Agrobotix, veut recruter 40 ingénieurs d'ici la fin de l'année.
        """,
    # A stock move with a percentage, a headcount and a revenue.
    "norvane_bourse.txt": """
        L'action Norvane Systems bondit à la Bourse de Paris

        Publié le 3 juin 2025

        Le titre de Norvane Systems a bondi de 8,5 % jeudi à la Bourse de Paris, après
        l'annonce d'un contrat avec un constructeur aéronautique. Le fabricant de capteurs
        emploie 650 salariés en France. Norvane Systems a réalisé l'an dernier un chiffre
        d'affaires de 95 millions d'euros.
        """,
    # A fair: job count, a date and a place (published the year before it is held).
    "technova_salon.txt": """
        Le salon Technova proposera 1 200 emplois à Rennes

        Publié le 18 décembre 2024

        Le salon Technova, consacré à la robotique industrielle, se tiendra le 12 février 2025
        au parc des expositions de Rennes. Plus de 80 entreprises y proposeront 1 200 emplois,
        selon les organisateurs.
        """,
    # English: a chief executive with her title, a hiring plan, a funding round.
    "pellucid_ceo.txt": """
        Pellucid Analytics appoints a new chief executive

        Published on 12 February 2025

        Pellucid Analytics, a London data software company, said on Wednesday that it had
        appointed Sarah Whitcombe as its chief executive. Sarah Whitcombe, chief executive of
        Pellucid Analytics, said the company would hire 50 engineers this year. The company
        raised 30 million dollars last year from investors led by Harbor Lane Capital.
        """,
    # English: an agreement between two companies, a share move.
    "harrowgate_accord.txt": """
        Harrowgate Energy signs a battery supply agreement with Vantic Batteries

        Published on 8 July 2025

        Harrowgate Energy signed an agreement with Vantic Batteries on Tuesday for the supply
        of industrial batteries over five years. Shares of Vantic Batteries rose 4% in New York
        after the announcement.
        """,
    # Zhipu AI (gazetteer aliases: Knowledge Atlas Technology, Zhipu ...): a stock move.
    "zhipu_bourse.txt": """
        L'action Zhipu AI s'envole à Hong Kong

        Publié le 9 janvier 2026

        L'action de Zhipu AI a bondi de 12 % vendredi à la bourse de Hong Kong, portée par
        l'engouement des investisseurs pour les modèles de langue chinois.
        """,
}
ASK_ARTICLES = {name: unwrap(text) for name, text in ASK_ARTICLES.items()}
# and two more about Zhipu AI, one by another of its names, neither with a figure
ASK_ARTICLES |= {name: ARTICLES[name] for name in ("zhipu_modele.txt", "atlas_bourse.txt")}


@pytest.fixture(scope="module", params=BACKENDS)
def kb(tmp_path_factory: pytest.TempPathFactory, cli: Cli, request: pytest.FixtureRequest) -> Iterator[KB]:
    """The articles above ingested once, through the CLI, into a module store."""
    yield from ingested(tmp_path_factory, cli, "ask", ASK_ARTICLES, request)


def same(short: str | None, expected: str) -> bool:
    """The short answer is the one expected, exactly."""
    return short == expected


def check_cited(kb: KB, answer: Answer) -> None:
    """One citation whose offsets slice its document to its text, quoted in the answer."""
    assert len(answer.citations) == 1
    c = answer.citations[0]
    assert kb.text(c.doc)[c.start:c.end] == c.text
    quoted = f"« {c.text} »"
    assert answer.answer == (f"{answer.short} — {quoted}" if answer.short else quoted)


# --- reading the question ---------------------------------------------------------------------

PARSED = [
    # question, kind, lang, entities named (as written), entity types asked
    ("Combien Agrobotix a-t-elle levé ?", "money", "fr", ["Agrobotix"], ()),
    ("How much money did Agrobotix raise?", "money", "en", ["Agrobotix"], ()),
    ("Quel est le chiffre d'affaires de Norvane Systems ?", "money", "fr", ["Norvane Systems"], ()),
    ("What net profit did Norvane Systems report?", "money", "en", ["Norvane Systems"], ()),
    ("What was Agrobotix valued at?", "money", "en", ["Agrobotix"], ()),
    ("Quel bénéfice net Norvane Systems a-t-elle publié ?", "money", "fr", ["Norvane Systems"], ()),
    ("What operating margin did Norvane Systems report?", "percent", "en", ["Norvane Systems"], ()),
    ("What was Norvane Systems' operating margin in the quarter?", "percent", "en", ["Norvane Systems"], ()),
    ("Quelle a été la perte nette de Norvane Systems en 2025 ?", "money", "fr", ["Norvane Systems"], ()),
    ("How did Vantic Batteries shares move?", "change", "en", ["Vantic Batteries"], ()),
    ("Comment l'action Vantic Batteries a-t-elle évolué ?", "change", "fr", ["Vantic Batteries"], ()),
    ("Combien de salariés emploie Norvane Systems ?", "count", "fr", ["Norvane Systems"], ()),
    ("How many engineers will Pellucid Analytics hire?", "count", "en", ["Pellucid Analytics"], ()),
    ("De combien l'action Norvane Systems a-t-elle progressé ?", "change", "fr", ["Norvane Systems"], ()),
    ("By how much did Knowledge Atlas Technology shares rise?", "change", "en",
     ["Knowledge Atlas Technology"], ()),
    ("Quel pourcentage l'action Vantic Batteries a-t-elle gagné ?", "percent", "fr", ["Vantic Batteries"], ()),
    ("What percentage did Vantic Batteries shares gain?", "percent", "en", ["Vantic Batteries"], ()),
    ("Quand se tiendra le salon Technova ?", "date", "fr", ["Technova"], ()),
    ("When will the Technova fair take place?", "date", "en", ["Technova"], ()),
    ("En quelle année se tiendra le salon Technova ?", "year", "fr", ["Technova"], ()),
    ("In what year will the Technova fair be held?", "year", "en", ["Technova"], ()),
    ("Où se tiendra le salon Technova ?", "place", "fr", ["Technova"], ("place",)),
    ("Qui dirige Agrobotix ?", "who", "fr", ["Agrobotix"], ("person", "organization")),
    ("Who is the chief executive of Pellucid Analytics?", "who", "en", ["Pellucid Analytics"],
     ("person", "organization")),
    ("Quelle entreprise a signé un accord avec Vantic Batteries ?", "entity", "fr", ["Vantic Batteries"],
     ("organization",)),
    ("Which fund invested in Agrobotix?", "entity", "en", ["Agrobotix"], ("organization",)),
    ("Quel est le poste de Sarah Whitcombe ?", "entity", "fr", ["Sarah Whitcombe"], ("title",)),
    ("What is Sarah Whitcombe's title?", "entity", "en", ["Sarah Whitcombe"], ("title",)),
]


@pytest.mark.parametrize("question, kind, lang, entities, types", PARSED, ids=[p[0] for p in PARSED])
def test_parse_question(kb: KB, question: str, kind: str, lang: str, entities: list[str],
                        types: tuple[str, ...]) -> None:
    q = parse_question(kb.store, question)
    assert (q.kind, q.lang, q.types) == (kind, lang, types)
    assert [g.text for g in q.groups if g.entity_ids] == entities
    assert q.unknown == []


def test_question_names_an_entity_by_any_alias(kb: KB) -> None:
    for name in ("Knowledge Atlas Technology", "Knowledge Atlas", "Zhipu", "Z.ai"):
        q = parse_question(kb.store, f"De combien l'action {name} a-t-elle bondi ?")
        assert {kb.store.entity(i)["name"] for i in q.entity_ids} == {"Zhipu AI"}, name


def test_question_words_are_not_what_is_asked_about(kb: KB) -> None:
    q = parse_question(kb.store, "Combien de salariés emploie Norvane Systems ?")
    texts = [g.text for g in q.groups]
    assert "salariés" in texts and "emploie" in texts
    assert not {"Combien", "de"} & set(texts)
    salaries = next(g for g in q.groups if g.text == "salariés")
    assert ("employe",) in salaries.options  # 'employés', a synonym
    assert ("employee",) in salaries.options  # and English


@pytest.mark.parametrize(("question", "word", "other"), [
    ("How many parameters does the Brume 3 model have?", "parameters", ("parametr",)),
    ("Combien de téléchargements le modèle Brume 3 a-t-il eus ?", "téléchargements", ("download",)),
    ("What is the market share of Agrobotix?", "market share", ("part", "de", "march")),
    ("De combien la marge d'exploitation d'Agrobotix a-t-elle progressé ?", "exploitation", ("operating",)),
    ("Combien de personnes Agrobotix emploie-t-elle ?", "personnes", ("people",)),
    ("How many people does Agrobotix employ?", "employ", ("emploie",)),
])
def test_what_the_field_measures_is_asked_in_either_language(kb: KB, question: str, word: str,
                                                             other: tuple[str, ...]) -> None:
    q = parse_question(kb.store, question)
    group = next(g for g in q.groups if g.text == word)
    assert other in group.options


def test_unknown_names_are_reported(kb: KB) -> None:
    q = parse_question(kb.store, "Combien Glorvik Dynamics a-t-elle levé ?")
    assert q.entity_ids == []
    assert q.unknown == ["Glorvik Dynamics"]


# --- answers -------------------------------------------------------------------------------------

ANSWERS = [
    # question, short answer, cited document, source
    ("Combien Agrobotix a-t-elle levé ?", "12 millions EUR", "agrobotix_levee", "fact"),
    ("Quel montant Agrobotix a-t-elle levé ?", "12 millions EUR", "agrobotix_levee", "fact"),
    ("How much money did Agrobotix raise?", "12 millions EUR", "agrobotix_levee", "fact"),
    ("Quel est le chiffre d'affaires de Norvane Systems ?", "95 millions EUR", "norvane_bourse", None),
    ("Qui dirige Agrobotix ?", "Marc Ollivier", "agrobotix_levee", "fact"),
    ("Who is the chief executive of Pellucid Analytics?", "Sarah Whitcombe", "pellucid_ceo", "fact"),
    ("Qui est le directeur général de Pellucid Analytics ?", "Sarah Whitcombe", "pellucid_ceo", "fact"),
    ("De combien l'action Norvane Systems a-t-elle progressé ?", "8,5 %", "norvane_bourse", "fact"),
    ("By how much did Norvane Systems shares rise?", "8,5 %", "norvane_bourse", "fact"),
    ("By how much did Knowledge Atlas Technology shares rise?", "12 %", "zhipu_bourse", "fact"),
    # a day the article gives as a weekday: its words need not be found ('vendredi')
    ("De combien l'action Zhipu AI a-t-elle bondi le 9 janvier ?", "12 %", "zhipu_bourse", "fact"),
    ("By how much did Knowledge Atlas Technology shares rise on January 9?", "12 %", "zhipu_bourse", "fact"),
    ("What percentage did Vantic Batteries shares gain?", "4%", "harrowgate_accord", None),
    ("Quel pourcentage l'action Vantic Batteries a-t-elle gagné ?", "4%", "harrowgate_accord", None),
    ("Combien d'emplois le salon Technova propose-t-il ?", "1 200", "technova_salon", None),
    ("How many jobs will the Technova fair offer?", "1 200", "technova_salon", None),
    ("Combien de salariés emploie Norvane Systems ?", "650", "norvane_bourse", None),
    ("How many engineers will Pellucid Analytics hire?", "50", "pellucid_ceo", None),
    ("Quand se tiendra le salon Technova ?", "le 12 février 2025", "technova_salon", "sentence"),
    ("When will the Technova fair take place?", "12 February 2025", "technova_salon", None),
    ("En quelle année se tiendra le salon Technova ?", "2025", "technova_salon", None),
    ("In what year will the Technova fair be held?", "2025", "technova_salon", None),
    ("Où se tiendra le salon Technova ?", "Rennes", "technova_salon", None),
    ("Quelle entreprise a signé un accord avec Vantic Batteries ?", "Harrowgate Energy", "harrowgate_accord",
     None),
    ("Which company signed an agreement with Vantic Batteries?", "Harrowgate Energy", "harrowgate_accord",
     None),
    ("Quel fonds a investi dans Agrobotix ?", "Kestrel Ventures", "agrobotix_levee", None),
    ("Which fund invested in Agrobotix?", "Kestrel Ventures", "agrobotix_levee", None),
]


@pytest.mark.parametrize("question, short, doc, source", ANSWERS, ids=[a[0] for a in ANSWERS])
def test_answer(kb: KB, question: str, short: str, doc: str, source: str | None) -> None:
    answer = ask(kb.store, question)
    assert answer.found
    assert same(answer.short, short), answer.short
    assert answer.citations[0].doc == doc
    if source:
        assert answer.source == source
    assert short in answer.citations[0].text or answer.source == "fact"
    assert answer.score > 0
    check_cited(kb, answer)


def test_answer_cites_the_sentence_with_the_answer(kb: KB) -> None:
    answer = ask(kb.store, "De combien l'action Norvane Systems a-t-elle progressé ?")
    assert answer.citations[0].text == (
        "Le titre de Norvane Systems a bondi de 8,5 % jeudi à la Bourse de Paris, après l'annonce d'un"
        " contrat avec un constructeur aéronautique.")
    assert answer.kind == "change"


def test_english_question_over_a_french_article(kb: KB) -> None:
    answer = ask(kb.store, "Who is the chief executive of Agrobotix?")
    assert (answer.short, answer.citations[0].doc) == ("Marc Ollivier", "agrobotix_levee")
    assert "directeur général" in answer.citations[0].text
    check_cited(kb, answer)


def test_french_question_over_an_english_article(kb: KB) -> None:
    answer = ask(kb.store, "Combien d'ingénieurs Pellucid Analytics va-t-elle embaucher ?")
    assert (answer.short, answer.citations[0].doc) == ("50", "pellucid_ceo")
    check_cited(kb, answer)


def test_title_of_a_person(kb: KB) -> None:
    for question in ("Quel est le poste de Sarah Whitcombe ?", "What is Sarah Whitcombe's title?"):
        answer = ask(kb.store, question)
        assert answer.short is not None and answer.short.startswith("chief executive"), question
        assert answer.citations[0].doc == "pellucid_ceo"
        check_cited(kb, answer)


# --- not found -----------------------------------------------------------------------------------

NOT_FOUND_QUESTIONS = [
    # entities absent from the corpus
    "Combien Glorvik Dynamics a-t-elle levé ?",
    "How much did Glorvik Dynamics raise?",
    "Qui dirige Brennor Logistics ?",
    # known entities, facts the corpus does not state
    "Combien de salariés emploie Agrobotix ?",
    "Quel est le chiffre d'affaires d'Agrobotix ?",  # it states a funding amount, not a revenue
    "What is the revenue of Agrobotix?",
    "Quelle est la valorisation d'Agrobotix ?",
    "Quand Agrobotix a-t-elle été fondée ?",
    "Who founded Harrowgate Energy?",
    "De combien l'action Harrowgate Energy a-t-elle progressé ?",  # Vantic's shares rose, not its
]


@pytest.mark.parametrize("question", NOT_FOUND_QUESTIONS)
def test_not_found(kb: KB, question: str) -> None:
    answer = ask(kb.store, question)
    assert answer.answer == NOT_FOUND == "not found in the corpus"
    assert answer.citations == []
    assert answer.short is None and answer.source is None
    assert not answer.found
    assert answer.to_dict("q1", full=False) == {"id": "q1", "answer": NOT_FOUND, "citations": []}


def test_empty_question_is_not_found(kb: KB) -> None:
    for question in ("", "   ", "?", "Qui ?"):
        answer = ask(kb.store, question)
        assert (answer.answer, answer.citations) == (NOT_FOUND, []), question


# --- veille ask ------------------------------------------------------------------------------------


def test_cli_ask_text(cli: Cli, kb: KB) -> None:
    result = cli("ask", "Qui dirige Agrobotix ?", "--db", kb.db)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Marc Ollivier"
    answer = ask(kb.store, "Qui dirige Agrobotix ?")
    c = answer.citations[0]
    assert f"agrobotix_levee [{c.start}:{c.end}]" in lines[1]
    assert "directeur général d'Agrobotix" in result.stdout


def test_cli_ask_json(cli: Cli, kb: KB) -> None:
    result = cli("ask", "By how much did Knowledge Atlas Technology shares rise?", "--db", kb.db, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"question", "answer", "short", "kind", "source", "score", "citations"}
    assert (data["short"], data["kind"]) == ("12 %", "change")
    [c] = data["citations"]
    assert c["doc"] == "zhipu_bourse"
    assert kb.text("zhipu_bourse")[c["start"]:c["end"]] == c["text"]
    assert data["answer"].startswith("12 % — « L'action de Zhipu AI a bondi de 12 %")


def test_cli_ask_not_found(cli: Cli, kb: KB) -> None:
    result = cli("ask", "Combien Glorvik Dynamics a-t-elle levé ?", "--db", kb.db)
    assert result.exit_code == 0
    assert result.stdout.strip() == NOT_FOUND
    data = json.loads(cli("ask", "Combien Glorvik Dynamics a-t-elle levé ?", "--db", kb.db, "--json").stdout)
    assert (data["answer"], data["citations"], data["short"]) == (NOT_FOUND, [], None)


@pytest.mark.parametrize("args", [[], ["Qui dirige Agrobotix ?", "--questions", "q.jsonl"]],
                         ids=["neither", "both"])
def test_cli_ask_needs_one_question_or_a_file(cli: Cli, kb: KB, args: list[str]) -> None:
    result = cli("ask", *args, "--db", kb.db)
    assert result.exit_code == 2
    assert "give a QUESTION or --questions FILE" in result.stderr


def test_cli_ask_questions_file(cli: Cli, kb: KB, tmp_path: Path) -> None:
    path = tmp_path / "questions.jsonl"
    lines = [
        json.dumps({"id": "q1", "question": "Combien Agrobotix a-t-elle levé ?"}),
        "",  # blank lines are skipped
        '{"id": "q2", "question": "Qui dirige',  # malformed JSON
        json.dumps({"id": "q3"}),  # no question
        json.dumps({"id": "q4", "question": 42}),  # not a string
        json.dumps({"id": "q5", "question": "Combien Glorvik Dynamics a-t-elle levé ?"}),
        json.dumps({"id": "q6", "question": "When will the Technova fair take place?"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("ask", "--json", "--questions", path, "--db", kb.db)
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["q1", "q5", "q6"]  # the good lines still answered, in order
    assert all(set(r) == {"id", "answer", "citations"} for r in rows)
    q1, q5, q6 = rows
    assert same(q1["answer"].split(" — ")[0], "12 millions EUR")
    assert q1["answer"].endswith(f"« {q1['citations'][0]['text']} »")
    assert [c["doc"] for c in q1["citations"]] == ["agrobotix_levee"]
    for c in q1["citations"] + q6["citations"]:
        assert kb.text(c["doc"])[c["start"]:c["end"]] == c["text"]
    assert (q5["answer"], q5["citations"]) == (NOT_FOUND, [])
    assert q6["answer"].startswith("12 February 2025 — ")
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    for n, line in zip((3, 4, 5), errors, strict=True):
        assert line.startswith(f"Error: {path}:{n}: not a question line"), line


def test_cli_ask_questions_from_stdin(cli: Cli, kb: KB) -> None:
    data = "\n".join(json.dumps({"id": i, "question": q}) for i, q in [
        ("a", "Qui dirige Agrobotix ?"), ("b", "What is the revenue of Agrobotix?")]) + "\n"
    result = cli("ask", "--json", "--questions", "-", "--db", kb.db, input=data)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["answer"].split(" — ")[0]) for r in rows] == [("a", "Marc Ollivier"), ("b", NOT_FOUND)]
    assert result.stderr == ""


def test_cli_ask_questions_file_missing(cli: Cli, kb: KB, tmp_path: Path) -> None:
    result = cli("ask", "--json", "--questions", tmp_path / "none.jsonl", "--db", kb.db)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: [V100] ") and "none.jsonl: no such file" in lines[0]
    assert "--questions" in lines[0]


# --- what the engine reads from the index ------------------------------------------------------


def test_a_document_is_read_with_its_sentences_terms_and_mentions_from_the_index(kb: KB) -> None:
    """The sentences' terms the index holds (in their order), the document's terms gathered from
    them and its mentions read once are what tokenizing the text and asking per sentence give."""
    from veille.answer.engine import _load_doc, _load_docs, _mentions
    from veille.kb.search import tokens

    ids = [d.id for d in kb.store.documents()][::-1]
    together = _load_docs(kb.store, [ids[1], "0000000000000000", *ids, ids[0]])  # read at once
    assert list(together) == [ids[1], *ids[:1], *ids[2:]]
    for d in kb.store.documents():
        doc = _load_doc(kb.store, d.id)
        assert doc == together[d.id]
        assert doc is not None and doc.indexed is not None and doc.bounds
        assert doc.terms == {t for _, _, t in tokens(doc.text, doc.lang)}
        for sid, (start, end) in doc.bounds.items():
            assert doc.sentence_terms(sid) == {t for _, _, t in tokens(doc.text[start:end], doc.lang)}
            assert [t for _, _, t in doc.sequence(sid)] == [t for _, _, t in tokens(doc.text[start:end], doc.lang)]
            words = [(r[0], r[1], doc.text[r[0]:r[1]], r[3]) for r in kb.store.query(
                "SELECT m.start, m.end, m.text, de.type FROM mentions m JOIN doc_entities de"
                " ON de.doc = m.doc AND de.ref = m.ref WHERE m.doc = (SELECT rowid FROM documents WHERE id = ?)"
                " AND m.start >= ?"
                " AND m.end <= ? ORDER BY m.start", (d.id, start, end))]
            assert _mentions(kb.store, doc, start, end) == words  # the text's words (schema 22)


@pytest.mark.sqlite_only  # copied by SQLite's backup
def test_a_document_indexed_by_another_analyzer_is_tokenized_again(kb: KB, tmp_path: Path) -> None:
    import sqlite3

    from veille.answer.engine import _load_doc
    from veille.kb.packed import pack_sentences, unpack_sentences
    from veille.kb.search import tokens
    from veille.kb.store import SQLiteStore

    with sqlite3.connect(tmp_path / "kb.db") as copy:
        kb.store.conn.backup(copy)
    store = SQLiteStore(tmp_path / "kb.db")
    doc_id = store.documents()[0].id
    with store.write():
        store.execute("UPDATE search_docs SET version = version - 1 WHERE doc_id = ?", (doc_id,))
        seq, packed = store.query("SELECT seq, packed FROM search_docs WHERE doc_id = ?", (doc_id,))[0]
        own = unpack_sentences(seq, packed)
        store.execute("UPDATE search_docs SET packed = ? WHERE doc_id = ?",
                      (pack_sentences([(s, e) for _, s, e, _ in own], ["autre"] * len(own)), doc_id))
    doc = _load_doc(store, doc_id)
    assert doc is not None and doc.indexed is None
    start, end = doc.bounds[min(doc.bounds)]
    assert doc.sentence_terms(min(doc.bounds)) == {t for _, _, t in tokens(doc.text[start:end], doc.lang)}
    assert doc.sequence(min(doc.bounds)) == tokens(doc.text[start:end], doc.lang, start)
    assert doc.terms == {t for _, _, t in tokens(doc.text, doc.lang)}
    store.close()


def test_duplicates_are_kept_out_from_an_index(tmp_path: Path) -> None:
    """The documents a question is looked for in leave out duplicates, whose ids an index gives,
    without reading each match's row (its text comes before its status)."""
    from veille.answer.engine import _documents
    from veille.kb.search import ensure_index
    from veille.kb.store import SQLiteStore
    from veille.models import Document, content_id

    store = SQLiteStore(tmp_path / "kb.db")
    texts = {"first": "Quintal lève des fonds\n\nLa société Quintal a levé 12 millions d'euros.",
             "again": "Quintal lève des fonds\n\nLa société Quintal a levé 12 millions d'euros mardi."}
    with store.write():
        for name, text in texts.items():
            store.add_document(Document(id=content_id(text), name=name, source=f"{name}.txt", text=text,
                                        title=text.splitlines()[0], lang="fr", published="2025-01-10"))
        store.execute("UPDATE documents SET status = 'duplicate' WHERE name = 'again'")
    ensure_index(store)
    ranked: list[str] = []
    store.conn.set_trace_callback(lambda sql: ranked.append(sql) if "bm25(" in sql else None)
    question = parse_question(store, "Combien la société Quintal a-t-elle levé ?")
    assert [d.name for d in _documents(store, question).values()] == ["first"]
    assert ranked and not any("JOIN documents" in sql for sql in ranked)
    store.close()


def test_a_scaled_number_that_counts_something_is_no_sum_of_money() -> None:
    from veille.answer.extract import pick

    text = "Le gouvernement entend former un million de travailleurs, pour 3 milliards d'euros."
    found = pick("money", (), text, 0, "fr", [], [], set(), set())
    assert found is not None and "EUR" in found.text
    text = "Le gouvernement entend former un million de travailleurs d'ici 2028."
    assert pick("money", (), text, 0, "fr", [], [], set(), set()) is None


def test_a_change_asked_is_a_percentage_or_points_never_a_sum_nor_a_day() -> None:
    from veille.answer.extract import pick

    text = "HONG KONG, Feb 24, 2027 - Velmora will spend HK$3.5 billion on a new campus."
    assert pick("change", (), text, 0, "en", [], [], set(), set()) is None
    text = "The Brisac index gained 120 points on Tuesday, a day after Velmora's listing."
    found = pick("change", (), text, 0, "en", [], [], set(), set())
    assert found is not None and found.text.startswith("120")


@pytest.mark.parametrize("text", ["Velmora will spend HK$3.5 billion on a campus.",
                                  "Velmora lèvera 3,5 milliards de HK$ pour son campus."])
def test_a_dollar_with_letters_before_it_is_that_currency(text: str) -> None:
    from veille.answer.extract import pick

    found = pick("money", (), text, 0, "en", [], [], set(), set())
    assert found is not None and "HKD" in found.text


@pytest.mark.parametrize("question, kind", [
    ("What was Vantic Batteries' market share in Europe last year?", "percent"),
    ("Quelle part de marché Vantic Batteries détient-elle en Europe ?", "percent"),
    ("Quelle capacité le campus de Vantic Batteries doit-il atteindre ?", "count"),
    ("What capacity will the Vantic Batteries plant reach?", "count"),
    ("What deficit did Vantic Batteries record last year?", "money"),
])
def test_what_a_share_a_capacity_or_a_deficit_asks(kb: KB, question: str, kind: str) -> None:
    assert parse_question(kb.store, question).kind == kind


def test_another_name_of_an_entity_the_question_names_is_never_the_answer(kb: KB) -> None:
    q = parse_question(kb.store, "Which company's shares rose 12% in Zhipu's home market?")
    assert {"knowledge atlas technology", "zhipu ai"} <= q.not_answers
    # unless it asks for a name
    q = parse_question(kb.store, "Sous quel nom Zhipu AI est-elle cotée à Hong Kong ?")
    assert "knowledge atlas technology" not in q.not_answers


@pytest.mark.parametrize(("text", "lang", "past"), [
    ("What operating profit did Orvane report for the third quarter?", "en", True),
    ("What operating profit does Orvane expect for the full year?", "en", False),
    ("Quel chiffre d'affaires Orvane a-t-il réalisé au troisième trimestre ?", "fr", True),
    ("Quel chiffre d'affaires Orvane vise-t-il d'ici 2028 ?", "fr", False),
])
def test_a_question_about_what_was_weighs_goals_less(text: str, lang: str, past: bool) -> None:
    from veille.answer.facts import asks_the_past
    from veille.answer.question import Question

    q = Question(text=text, lang=lang, kind="amount", types=(), groups=[], names=set(), years=set())
    assert asks_the_past(q) is past
