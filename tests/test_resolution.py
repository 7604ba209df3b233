"""Cross-document entity resolution: gazetteer, normalised names, in-document aliases, short
forms, and the user's split and merge decisions (kept by later ingests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import Annotate, Cli, Corpus, assert_counts_exact, dedent, table_counts

from veille.kb.resolve import resolve_document, split
from veille.kb.store import SQLiteStore, open_store, reason
from veille.models import DocEntity, Mention

# --- helpers ------------------------------------------------------------------------------------


def doc_entity(store: SQLiteStore, doc: str, name: str) -> dict[str, Any]:
    """The row of document `doc` whose name or in-document aliases include `name`."""
    rows = store.query("SELECT d.id AS doc_id, de.key, de.name, de.type, de.aliases, de.entity_id,"
                       f" {reason('de')} AS reason, d.name AS doc FROM doc_entities de"
                       " JOIN documents d ON d.rowid = de.doc WHERE d.name = ?", (doc,))
    found = [dict(r) for r in rows if name == r["name"] or name in json.loads(r["aliases"])]
    assert len(found) == 1, f"{doc}: {[(r['name'], r['aliases']) for r in rows]}"
    return found[0]


def alias_reasons(store: SQLiteStore, entity_id: str) -> dict[str, str]:
    return {a["alias"]: a["reason"] for a in store.aliases(entity_id)}


def profile_json(cli: Cli, db: Path, name: str) -> dict[str, Any]:
    result = cli("entity", name, "--db", db, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def groups(doc: Any) -> list[dict[str, Any]]:
    return list(doc._.veille_entities or [])


def group_of(doc: Any, name: str) -> dict[str, Any] | None:
    for g in groups(doc):
        if g["name"] == name or name in g["aliases"]:
            return g
    return None


def ent(key: str, name: str, etype: str, aliases: list[str] | None = None,
        gazetteer_id: str | None = None) -> DocEntity:
    return DocEntity(key=key, name=name, type=etype, aliases=aliases or [],
                     mentions=[Mention(0, len(name), name, etype)], gazetteer_id=gazetteer_id)


def add_doc(store: SQLiteStore, doc_id: str, name: str) -> None:
    store.execute("INSERT INTO documents (id, name, source, text, status, ingested_at)"
                  " VALUES (?, ?, ?, 'texte', 'annotated', '2025-01-01T00:00:00Z')",
                  (doc_id, name, f"{name}.txt"))


# --- resolution rules on DocEntity records (no model) ----------------------------------------


def test_same_normalised_name_same_type_joins(store: SQLiteStore) -> None:
    add_doc(store, "d1", "one")
    add_doc(store, "d2", "two")
    first = resolve_document(store, "d1", [ent("k", "Société Numérique Éthérine", "organization")])
    second = resolve_document(store, "d2", [ent("k", "SOCIETE NUMERIQUE ETHERINE",
                                                "organization")])
    assert first["k"] == second["k"]
    reasons = [r[0] for r in store.query(f"SELECT {reason('de')} FROM doc_entities de ORDER BY doc")]
    # each says which of its names the other shares, whichever came first
    assert reasons == ["normalised name: Société Numérique Éthérine", "normalised name: SOCIETE NUMERIQUE ETHERINE"]


def test_same_name_other_type_stays_apart(store: SQLiteStore) -> None:
    add_doc(store, "d1", "one")
    add_doc(store, "d2", "two")
    a = resolve_document(store, "d1", [ent("k", "Marlow", "person")])
    b = resolve_document(store, "d2", [ent("k", "Marlow", "place")])
    assert a["k"] != b["k"]


def test_a_gazetteer_entity_gets_the_entry_name_and_aliases(store: SQLiteStore) -> None:
    add_doc(store, "d1", "one")
    out = resolve_document(store, "d1", [ent("k", "Zhipu AI", "organization",
                                             ["Knowledge Atlas Technology"], "zhipu ai")])
    row = store.entity(out["k"])
    assert (row["name"], row["gazetteer_id"]) == ("Zhipu AI", "zhipu ai")
    reasons = alias_reasons(store, out["k"])
    assert reasons["Knowledge Atlas Technology"] == "gazetteer"
    assert reasons["Z.ai"] == "gazetteer"  # from the gazetteer, not the document


def test_a_name_two_entities_share_goes_to_the_first_created_even_in_the_same_second(
        store: SQLiteStore) -> None:
    # Creation times have a precision of one second; a tie must not leave the choice to the
    # query plan (it made the same ingest attach a name to either entity from run to run).
    for entity_id, name in (("e-z-first", "Orvane Systems"), ("e-a-second", "Orvane Capital")):
        store.execute("INSERT INTO entities (id, name, type, created_at)"
                      " VALUES (?, ?, 'organization', '2026-01-01T00:00:00Z')", (entity_id, name))
    store.add_alias("e-a-second", "Orvane", "normalised name")
    store.add_alias("e-z-first", "Orvane", "normalised name")
    assert [r["id"] for r in store.entities_by_alias("orvane")] == ["e-z-first", "e-a-second"]
    add_doc(store, "d1", "one")
    assert resolve_document(store, "d1", [ent("k", "Orvane", "organization")]) == {
        "k": "e-z-first"}


def test_resolving_a_document_twice_is_idempotent(store: SQLiteStore) -> None:
    add_doc(store, "d1", "one")
    found = [ent("a", "Velmora", "organization"), ent("b", "Hélène Garnier", "person")]
    first = resolve_document(store, "d1", found)
    counts = {t: store.query(f"SELECT count(*) FROM {t}")[0][0]
              for t in ("entities", "aliases", "doc_entities", "mentions")}
    assert resolve_document(store, "d1", found) == first
    assert {t: store.query(f"SELECT count(*) FROM {t}")[0][0] for t in counts} == counts


def entity_rows(store: SQLiteStore) -> list[tuple[str, str, int, int]]:
    return [tuple(r) for r in store.query("SELECT id, name, docs, mentions FROM entities ORDER BY id")]


@pytest.mark.parametrize("order", [(1, 2, 3), (3, 2, 1), (1, 3, 2), (2, 1, 3)])
def test_a_document_naming_two_entities_as_one_joins_them_in_any_order(
        store: SQLiteStore, order: tuple[int, ...]) -> None:
    docs = {1: [ent("k", "Tessaly", "organization")],
            2: [ent("k", "Tessaly Robotique", "organization")],
            3: [ent("k", "Tessaly Robotique", "organization", ["Tessaly"]),
                ent("p", "Inès Varga", "person")]}
    keys = {}
    for n in order:
        add_doc(store, f"d{n}", str(n))
        keys[n] = resolve_document(store, f"d{n}", docs[n])
    rows = sorted(entity_rows(store), key=lambda r: r[1])
    # one company, named by its fullest name, with an id that follows from it, and its counts
    assert [r[1:] for r in rows] == [("Inès Varga", 1, 1), ("Tessaly Robotique", 3, 3)]
    company = rows[1][0]
    assert keys[order[-1]]["k"] == company
    assert {r[0] for r in store.query("SELECT DISTINCT entity_id FROM doc_entities")} == {r[0] for r in rows}
    assert set(alias_reasons(store, company)) == {"Tessaly", "Tessaly Robotique"}


def test_a_surname_joins_no_one_across_documents(store: SQLiteStore) -> None:
    """Each article's 'Lee' is its own Lee: the short form joined John Lee, Jasmine Lee and Lee
    Jae-myung into whichever was stored first."""
    for n, (name, aliases) in enumerate([("John Lee", ["Lee"]), ("Jasmine Lee", ["Lee"]), ("Lee", []),
                                         ("Lee", []), ("John Lee", [])]):
        add_doc(store, f"d{n}", str(n))
        resolve_document(store, f"d{n}", [ent("k", name, "person", aliases)])
    assert sorted(r[1:3] for r in entity_rows(store)) == [("Jasmine Lee", 1), ("John Lee", 2), ("Lee", 2)]


def test_a_document_joining_two_entities_does_not_undo_a_users_split(store: SQLiteStore) -> None:
    add_doc(store, "d1", "one")
    whole = resolve_document(store, "d1", [ent("k", "Tessaly Robotique", "organization", ["Tessaly"])])["k"]
    apart = split(store, whole, "Tessaly")
    add_doc(store, "d2", "two")
    again = resolve_document(store, "d2", [ent("k", "Tessaly Robotique", "organization", ["Tessaly"])])["k"]
    assert again in (whole, apart)
    assert {r[0] for r in entity_rows(store)} == {whole, apart}


# --- the real pipeline on the session corpus ------------------------------------------------


@pytest.mark.slow
def test_corpus_ingested_cleanly(corpus: Corpus) -> None:
    assert corpus.exit_code == 0, corpus.ingest_output
    assert "0 failed" in corpus.ingest_output


@pytest.mark.slow
def test_two_gazetteer_aliases_in_two_documents_are_one_entity(
        corpus_store: SQLiteStore, corpus: Corpus, cli: Cli) -> None:
    zhipu = doc_entity(corpus_store, "zhipu_modele", "Zhipu AI")
    atlas = doc_entity(corpus_store, "atlas_bourse", "Knowledge Atlas Technology")
    assert zhipu["entity_id"] == atlas["entity_id"]
    assert zhipu["reason"] == atlas["reason"] == "gazetteer"
    entity = corpus_store.entity(zhipu["entity_id"])
    assert entity["gazetteer_id"] == "zhipu ai" and entity["type"] == "organization"
    reasons = alias_reasons(corpus_store, zhipu["entity_id"])
    assert reasons["Zhipu AI"] == reasons["Knowledge Atlas Technology"] == "gazetteer"
    data = profile_json(cli, corpus.db, "Knowledge Atlas Technology")
    assert data["id"] == zhipu["entity_id"] and data["name"] == "Zhipu AI"
    assert {d["doc"]: d["why"] for d in data["documents"]} == {
        "zhipu_modele": "gazetteer", "atlas_bourse": "gazetteer"}


@pytest.mark.slow
def test_a_name_in_no_gazetteer_joins_by_normalised_name(corpus_store: SQLiteStore) -> None:
    lyon = doc_entity(corpus_store, "qorvex_lyon", "Qorvex Labs")
    levee = doc_entity(corpus_store, "qorvex_levee", "Qorvex Labs")
    assert lyon["entity_id"] == levee["entity_id"]
    assert lyon["reason"] == levee["reason"] == "normalised name: Qorvex Labs"  # in any order
    entity = corpus_store.entity(lyon["entity_id"])
    assert entity["gazetteer_id"] is None and entity["type"] == "organization"
    assert alias_reasons(corpus_store, lyon["entity_id"]) == {"Qorvex Labs": "normalised name"}


@pytest.mark.slow
def test_listing_name_is_an_alias_stated_in_the_document(corpus_store: SQLiteStore) -> None:
    row = doc_entity(corpus_store, "talvix_resultats", "Talvix Zhineng")
    assert row["name"] == "Talvix Robotics" and row["type"] == "organization"
    reasons = alias_reasons(corpus_store, row["entity_id"])
    assert reasons["Talvix Zhineng"].startswith("in-document pattern")
    assert "sous le nom de" in reasons["Talvix Zhineng"]
    (found,) = corpus_store.entities_by_alias("Talvix Zhineng")
    assert found["id"] == row["entity_id"]


@pytest.mark.slow
def test_acronym_in_parentheses_is_an_alias(corpus_store: SQLiteStore) -> None:
    row = doc_entity(corpus_store, "talvix_resultats", "BCP")
    assert row["name"] == "Brindle Capital Partners"
    assert alias_reasons(corpus_store, row["entity_id"])["BCP"] == \
        "in-document pattern: parenthesis"


@pytest.mark.slow
def test_short_form_after_the_full_name(corpus_store: SQLiteStore) -> None:
    row = doc_entity(corpus_store, "zhora_robot", "Zhora")
    assert row["name"] == "Zhora Robotics" and row["type"] == "organization"
    assert alias_reasons(corpus_store, row["entity_id"])["Zhora"] == "short form in document"
    names = [r["name"] for r in corpus_store.query(
        "SELECT de.name FROM doc_entities de JOIN documents d ON d.rowid = de.doc"
        " WHERE d.name = 'zhora_robot'")]
    assert "Zhora" not in names


# --- in-document patterns on single sentences ------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("text, alias, owner", [
    pytest.param("Talvix Robotics, cotée à la bourse de Shenzhen sous le nom de Talvix Zhineng, "
                 "a publié mardi ses résultats annuels.", "Talvix Zhineng", "Talvix Robotics",
                 id="cotee-sous-le-nom-de"),
    pytest.param("La startup Qorvex Labs (QLX) a levé 20 millions d'euros auprès de fonds "
                 "européens.", "QLX", "Qorvex Labs", id="fr-acronym-in-parentheses"),
    pytest.param("The National Robotics Council (NRC) published a report on Tuesday.",
                 "NRC", "National Robotics Council", id="en-acronym-in-parentheses"),
    pytest.param(
        "Qorvex Labs, cotée à la bourse de Shenzhen sous le nom de Qorvex Technology, a publié "
        "ses résultats.", "Qorvex Technology", "Qorvex Labs", id="cotee-owner-parse"),
    pytest.param(
        "Le Centre national d'études avancées (CNEA) a publié un rapport sur l'emploi.",
        "CNEA", "Centre national d'études avancées", id="fr-long-institution-acronym"),
])
def test_stated_alias_joins_its_owner(annotate_fr: Annotate, annotate_en: Annotate, text: str,
                                      alias: str, owner: str) -> None:
    doc = (annotate_en if text.startswith("The ") else annotate_fr)(text)
    group = group_of(doc, alias)
    assert group is not None, groups(doc)
    assert group["name"] == owner
    assert alias in group["aliases"]
    assert any(r.startswith("in-document pattern") for r in group["reasons"])


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    pytest.param("Zhora Robotics a présenté un robot humanoïde. Les actions de Zhora ont "
                 "progressé de 5 %.", id="stock-cue"),
    pytest.param("Zhora Robotics a présenté un robot humanoïde à Shenzhen. Zhora prévoit les "
                 "premières livraisons en juin.", id="subject"),  # NER says PER for 'Zhora'
])
def test_short_form_joins_the_full_name(annotate_fr: Annotate, text: str) -> None:
    doc = annotate_fr(text)
    group = group_of(doc, "Zhora")
    assert group is not None and group["name"] == "Zhora Robotics", groups(doc)
    assert group["type"] == "organization"
    assert "short form in document: Zhora" in group["reasons"]


# --- split and merge through the CLI -------------------------------------------------------

NEW_ATLAS = dedent("""
    Nouvelle levée de fonds pour Knowledge Atlas Technology

    Knowledge Atlas Technology a levé des fonds auprès de plusieurs investisseurs régionaux,
    a indiqué vendredi un porte-parole du groupe lors d'une conférence de presse à Pékin.
    """)
NEW_ZHIPU = dedent("""
    Zhipu AI ouvre un bureau à Singapour

    La startup Zhipu AI a ouvert jeudi un bureau à Singapour pour servir ses clients d'Asie du
    Sud-Est, a indiqué un responsable de l'entreprise lors d'une conférence de presse.
    """)
NEW_BRINDLE = dedent("""
    Brindle Capital Partners investit dans la robotique

    Brindle Capital Partners a annoncé lundi un nouvel investissement dans une jeune pousse
    spécialisée dans les robots d'entrepôt, sans préciser le montant de l'opération.
    """)


@pytest.mark.slow
def test_split_then_a_new_document_keeps_the_split(corpus: Corpus, cli: Cli,
                                                   tmp_path: Path) -> None:
    db = corpus.copy(tmp_path / "kb.db")
    zhipu_id = profile_json(cli, db, "Zhipu AI")["id"]

    result = cli("entities", "split", "Zhipu AI", "Knowledge Atlas Technology", "--db", db)
    assert result.exit_code == 0, result.output
    atlas = profile_json(cli, db, "Knowledge Atlas Technology")
    assert atlas["id"] != zhipu_id
    assert {d["doc"]: d["why"] for d in atlas["documents"]} == {"atlas_bourse": "user split"}
    zhipu = profile_json(cli, db, "Zhipu AI")
    assert zhipu["id"] == zhipu_id
    assert [d["doc"] for d in zhipu["documents"]] == ["zhipu_modele"]
    assert "Knowledge Atlas Technology" not in {a["alias"] for a in zhipu["aliases"]}

    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "atlas_levee.txt").write_text(NEW_ATLAS, encoding="utf-8")
    (folder / "zhipu_singapour.txt").write_text(NEW_ZHIPU, encoding="utf-8")
    result = cli("ingest", "--db", db, "-q", folder)
    assert result.exit_code == 0, result.output
    assert "2 added" in result.stdout

    atlas = profile_json(cli, db, "Knowledge Atlas Technology")
    assert {d["doc"] for d in atlas["documents"]} == {"atlas_bourse", "atlas_levee"}
    assert "Zhipu AI" not in {a["alias"] for a in atlas["aliases"]}
    zhipu = profile_json(cli, db, "Zhipu AI")
    assert zhipu["id"] == zhipu_id
    assert {d["doc"] for d in zhipu["documents"]} == {"zhipu_modele", "zhipu_singapour"}
    assert_counts_exact(db)  # the split, then the ingest, kept every count right
    assert (atlas["documents_total"], zhipu["documents_total"]) == (2, 2)


@pytest.mark.slow
def test_merge_then_a_new_document_keeps_the_merge(corpus: Corpus, cli: Cli,
                                                   tmp_path: Path) -> None:
    db = corpus.copy(tmp_path / "kb.db")
    keep = profile_json(cli, db, "Brindle Capital")
    other = profile_json(cli, db, "Brindle Capital Partners")
    assert keep["id"] != other["id"]

    result = cli("entities", "merge", "Brindle Capital", "Brindle Capital Partners", "--db", db)
    assert result.exit_code == 0, result.output
    merged = profile_json(cli, db, "BCP")
    assert merged["id"] == keep["id"]
    assert {d["doc"] for d in merged["documents"]} == {"qorvex_lyon", "talvix_resultats"}
    reasons = {a["alias"]: a["reason"] for a in merged["aliases"]}
    assert reasons["Brindle Capital Partners"] == "user merge"
    assert reasons["BCP"] == "user merge"
    store = open_store(db)
    with pytest.raises(Exception, match="no entity"):
        store.entity(other["id"])
    store.close()

    new = tmp_path / "brindle_robots.txt"
    new.write_text(NEW_BRINDLE, encoding="utf-8")
    assert cli("ingest", "--db", db, "-q", new).exit_code == 0
    merged = profile_json(cli, db, "Brindle Capital Partners")
    assert merged["id"] == keep["id"]
    why = {d["doc"]: d["why"] for d in merged["documents"]}
    assert why["brindle_robots"] == "user merge"
    assert_counts_exact(db)
    assert merged["documents_total"] == 3 and merged["mentions"] >= 3


@pytest.mark.slow
def test_merging_an_entity_with_itself_changes_nothing(corpus: Corpus, cli: Cli,
                                                       tmp_path: Path) -> None:
    db = corpus.copy(tmp_path / "kb.db")
    before = table_counts(db)
    result = cli("entities", "merge", "Zhipu AI", "Knowledge Atlas Technology", "--db", db)
    assert result.exit_code == 0
    assert table_counts(db) == before


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["split", "Nobody Such Corp", "Nobody"],
    ["merge", "Zhipu AI", "Nobody Such Corp"],
    ["merge", "Nobody Such Corp", "Zhipu AI"],
])
def test_split_or_merge_of_an_unknown_entity_fails_on_one_line(
        corpus: Corpus, cli: Cli, tmp_path: Path, args: list[str]) -> None:
    db = corpus.copy(tmp_path / "kb.db")
    result = cli("entities", *args, "--db", db)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: [V300]")
    assert "Nobody Such Corp" in lines[0]
