"""Exports, read back with each format's own readers: pandas and pyarrow for CSV and Parquet,
followthemoney for FtM (every entity checked against the model), networkx for GraphML and
GEXF; the facts exports select exactly what `veille facts` lists with the same filters; the
store is read row by row, never whole."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import BACKENDS, Cli, store_location
from newsroom import build

from veille.api import KnowledgeBase
from veille.kb.store import open_store

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")
nx = pytest.importorskip("networkx")
ftm_model = pytest.importorskip("followthemoney").model

pytestmark = pytest.mark.slow

@pytest.fixture(scope="module", params=BACKENDS)
def db(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Any:
    return build(store_location(request, tmp_path_factory.mktemp("export")))


@pytest.fixture(scope="module")
def texts(db: Path) -> dict[str, str]:
    store = open_store(db)
    try:
        return {d.name: d.text for d in store.documents()}
    finally:
        store.close()


def export(cli: Cli, db: Path, out: Path, *args: Any) -> Path:
    result = cli("export", *args, "--db", db, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    return out


# --- the same facts as `veille facts` --------------------------------------------------------

FILTERS = [[], ["--type", "stock_move"], ["--entity", "Velmora", "--since", "2025-04"], ["--until", "2025-04"],
           ["--conflicts"], ["--corroborated"], ["--modality", "projected"], ["--min-confidence", "0.7"],
           ["--all"], ["--entity", "Brindle Capital", "--type", "funding"]]


@pytest.mark.parametrize("options", FILTERS, ids=lambda o: " ".join(o) or "none")
def test_the_facts_exported_are_those_listed_with_the_same_filters(cli: Cli, db: Path, tmp_path: Path,
                                                                   options: list[str]) -> None:
    listed = cli("facts", "--db", db, "--json", "--limit", "10000", *options)
    assert listed.exit_code == 0
    ids = {json.loads(line)["id"] for line in listed.stdout.splitlines()}
    table = pd.read_csv(export(cli, db, tmp_path / "f.csv", "facts", "-f", "csv", *options))
    assert set(table["fact_id"]) == ids
    parquet = pq.read_table(export(cli, db, tmp_path / "f.parquet", "facts", "-f", "parquet", *options))
    assert set(parquet.column("fact_id").to_pylist()) == ids
    jsonl = cli("export", "facts", "--db", db, *options).stdout.splitlines()
    assert len(jsonl) == len(table) == parquet.num_rows  # one row per fact per document stating it


def test_filters_narrow_the_export(cli: Cli, db: Path, tmp_path: Path) -> None:
    every = pd.read_csv(export(cli, db, tmp_path / "all.csv", "facts", "-f", "csv"))
    moves = pd.read_csv(export(cli, db, tmp_path / "moves.csv", "facts", "-f", "csv", "--type", "stock_move"))
    assert 0 < len(moves) < len(every)
    assert set(moves["type"]) == {"stock_move"}


# --- CSV and Parquet --------------------------------------------------------------------------

def test_facts_csv_and_parquet_hold_the_same_flat_rows(cli: Cli, db: Path, tmp_path: Path,
                                                       texts: dict[str, str]) -> None:
    csv_rows = pd.read_csv(export(cli, db, tmp_path / "f.csv", "facts", "-f", "csv"), keep_default_na=False)
    table = pq.read_table(export(cli, db, tmp_path / "f.parquet", "facts", "-f", "parquet"))
    assert list(csv_rows.columns) == table.column_names
    assert len(csv_rows) == table.num_rows > 10
    rows = table.to_pylist()
    for row in rows:  # the evidence is the document's own words, the sentence holds them
        assert texts[row["doc"]][row["evidence_start"]:row["evidence_end"]] == row["evidence_text"]
        assert row["evidence_text"] in row["sentence"]
        assert json.loads(row["args"])
    assert table.schema.field("confidence").type == "double"
    assert table.schema.field("sources").type == "int64"
    funding = [r for r in rows if r["type"] == "funding" and r["recipient"] == "Velmora"]
    assert funding and all(r["amount_value"] == 40e6 and r["amount_currency"] == "EUR" for r in funding)
    assert all(r["subject"] == "Brindle Capital" and r["amount_usd"] > 40e6 for r in funding)
    assert {r["doc"] for r in funding} >= {"velmora_levee", "velmora_tour"}
    deal = next(r for r in rows if r["type"] == "agreement" and r["doc"] == "velmora_accord")
    assert sorted(deal["parties"]) == ["Qorvex Labs", "Velmora"]  # a list in Parquet ...
    in_csv = csv_rows[(csv_rows["type"] == "agreement") & (csv_rows["doc"] == "velmora_accord")].iloc[0]
    assert sorted(in_csv["parties"].split(" | ")) == ["Qorvex Labs", "Velmora"]  # ... joined in CSV
    move = next(r for r in rows if r["type"] == "stock_move" and r["doc"] == "velmora_recul")
    assert move["change_pct"] == -4 and move["subject"] == "Velmora" and move["summary"] == "Velmora -4 %"


def test_entities_and_mentions_tables(cli: Cli, db: Path, tmp_path: Path, texts: dict[str, str]) -> None:
    entities = pq.read_table(export(cli, db, tmp_path / "e.parquet", "entities", "-f", "parquet")).to_pylist()
    in_csv = pd.read_csv(export(cli, db, tmp_path / "e.csv", "entities", "-f", "csv"))
    assert len(entities) == len(in_csv) == len({e["id"] for e in entities})
    velmora = next(e for e in entities if e["name"] == "Velmora")
    with KnowledgeBase(db) as kb:
        profile = kb.entity("Velmora")
    assert (velmora["type"], velmora["documents"], velmora["mentions"]) == (
        "organization", profile.documents_total, profile.mentions)
    assert velmora["first_seen"] == "2025-03-06" and velmora["last_seen"] == "2025-06-18"
    mentions = pq.read_table(export(cli, db, tmp_path / "m.parquet", "mentions", "-f", "parquet")).to_pylist()
    assert len(mentions) == len(pd.read_csv(export(cli, db, tmp_path / "m.csv", "mentions", "-f", "csv")))
    for m in mentions:
        assert texts[m["doc"]][m["start"]:m["end"]] == m["text"]
    assert sum(m["entity"] == "Velmora" for m in mentions) == velmora["mentions"]


def test_entities_and_mentions_filters(cli: Cli, db: Path, tmp_path: Path) -> None:
    people = pd.read_csv(export(cli, db, tmp_path / "p.csv", "entities", "-f", "csv", "--type", "person"))
    assert set(people["type"]) == {"person"} and "Claire Dumont" in set(people["name"])
    june = pd.read_csv(export(cli, db, tmp_path / "j.csv", "entities", "-f", "csv", "--since", "2025-06"))
    assert "Orvane AI" in set(june["name"]) and "Claire Dumont" not in set(june["name"])
    mine = pd.read_csv(export(cli, db, tmp_path / "v.csv", "mentions", "-f", "csv", "--entity", "Qorvex Labs"))
    assert len(mine) > 0 and set(mine["entity"]) == {"Qorvex Labs"}
    lines = cli("export", "entities", "--db", db, "--entity", "Velmora").stdout.splitlines()
    assert lines and {json.loads(line)["name"] for line in lines} == {"Velmora"}


# --- FollowTheMoney ---------------------------------------------------------------------------

def check_ftm(lines: list[str]) -> dict[str, dict[str, Any]]:
    """Every line an FtM entity valid against its schema, referring only to entities given
    before it, of the schema the property accepts. Returns them by id."""
    seen: dict[str, dict[str, Any]] = {}
    for line in lines:
        data = json.loads(line)
        schema = ftm_model.get(data["schema"])
        assert schema is not None and not schema.abstract, data["schema"]
        assert set(data["properties"]) <= set(schema.properties), data
        assert all(data["properties"].get(p) for p in schema.required), (data["schema"], schema.required)
        schema.validate(data)  # raises InvalidData
        proxy = ftm_model.get_proxy(data)
        assert proxy.id == data["id"] and data["id"] not in seen
        for prop, values in proxy.itervalues():
            if prop.type.name == "entity":
                target = seen.get(values)
                assert target is not None, f"{data['schema']}.{prop.name} refers to {values}, not given before"
                assert ftm_model.get(target["schema"]).is_a(prop.range), (prop.name, target["schema"])
        seen[data["id"]] = data
    return seen


def test_facts_as_followthemoney(cli: Cli, db: Path, tmp_path: Path) -> None:
    out = export(cli, db, tmp_path / "facts.ftm.json", "facts", "-f", "ftm")
    entities = check_ftm(out.read_text(encoding="utf-8").splitlines())
    by_name = {e["properties"].get("name", [""])[0]: e for e in entities.values()}
    schemas = {e["schema"] for e in entities.values()}
    assert {"Company", "Person", "Article", "Ownership", "Directorship", "Event"} <= schemas
    velmora, brindle = by_name["Velmora"], by_name["Brindle Capital"]
    owned = [e for e in entities.values() if e["schema"] == "Ownership"
             and e["properties"]["asset"] == [velmora["id"]]]
    assert owned and all(e["properties"]["owner"] == [brindle["id"]] for e in owned)
    assert {e["properties"]["sharesCurrency"][0] for e in owned} == {"EUR"}
    boss = next(e for e in entities.values() if e["schema"] == "Directorship"
                and e["properties"]["director"] == [by_name["Claire Dumont"]["id"]])
    assert boss["properties"]["organization"] == [velmora["id"]]
    assert boss["properties"]["role"] == ["directrice générale"]
    for link in (e for e in entities.values() if e["schema"] not in ("Company", "Person", "Article")):
        if "proof" in link["properties"]:  # every fact proven by its articles
            assert all(entities[p]["schema"] == "Article" for p in link["properties"]["proof"])
    deal = next(e for e in entities.values() if e["schema"] == "Event"
                and "Qorvex Labs" in e["properties"]["name"][0])
    assert set(deal["properties"]["involved"]) == {velmora["id"], by_name["Qorvex Labs"]["id"]}
    articles = [e for e in entities.values() if e["schema"] == "Article"]
    assert {a["properties"]["fileName"][0] for a in articles} >= {"velmora_levee", "velmora_accord"}


def test_entities_as_followthemoney(cli: Cli, db: Path, tmp_path: Path) -> None:
    out = export(cli, db, tmp_path / "entities.ftm.json", "entities", "-f", "ftm")
    entities = check_ftm(out.read_text(encoding="utf-8").splitlines())
    names = {e["properties"]["name"][0]: e["schema"] for e in entities.values()}
    assert names["Claire Dumont"] == "Person" and names["Velmora"] in ("Company", "Organization")
    assert names["Paris"] == "Address"
    table = pd.read_csv(export(cli, db, tmp_path / "e.csv", "entities", "-f", "csv"))
    assert len(entities) == len(table)


# --- the graph --------------------------------------------------------------------------------

def test_graphml_and_gexf_read_back_in_networkx(cli: Cli, db: Path, tmp_path: Path) -> None:
    graphml = nx.read_graphml(export(cli, db, tmp_path / "g.graphml", "graph", "-f", "graphml"))
    gexf = nx.read_gexf(export(cli, db, tmp_path / "g.gexf", "graph", "-f", "gexf"))
    lines = [json.loads(line) for line in cli("export", "graph", "--db", db, "-f", "jsonl").stdout.splitlines()]
    nodes = {n["node"]["id"]: n["node"] for n in lines if "node" in n}
    edges = {(e["edge"]["source"], e["edge"]["target"], e["edge"]["kind"]): e["edge"] for e in lines if "edge" in e}
    assert set(graphml.nodes) == set(gexf.nodes) == set(nodes)
    assert {(s, t, d["kind"]) for s, t, d in graphml.edges(data=True)} == set(edges)
    assert {(s, t, d["kind"]) for s, t, d in gexf.edges(data=True)} == set(edges)
    assert all(graphml.nodes[i]["label"] == n["name"] and gexf.nodes[i]["label"] == n["name"]
               for i, n in nodes.items())
    with KnowledgeBase(db) as kb:  # the web graph, with no limit, has the same edges and weights
        web = kb.graph(limit=10_000)
        velmora, brindle = kb.resolve("Velmora").id, kb.resolve("Brindle Capital").id
    assert {(e.source, e.target, e.kind, e.weight) for e in web.edges} == {
        (s, t, d["kind"], d["weight"]) for s, t, d in graphml.edges(data=True)}
    funding = graphml.edges[brindle, velmora]
    assert funding["kind"] == "funding" and funding["weight"] == 2 and gexf.edges[brindle, velmora]["weight"] == 2
    assert funding["mutual"] is False
    assert gexf.nodes[velmora]["type"] == "organization"


def test_graph_filters(cli: Cli, db: Path, tmp_path: Path) -> None:
    roles = nx.read_gexf(export(cli, db, tmp_path / "r.gexf", "graph", "-f", "gexf", "--type", "role"))
    assert roles.number_of_edges() >= 2 and {d["kind"] for _, _, d in roles.edges(data=True)} == {"role"}
    june = nx.read_graphml(export(cli, db, tmp_path / "j.graphml", "graph", "--since", "2025-06"))
    labels = {d["label"] for _, d in june.nodes(data=True)}
    assert {"Orvane AI", "Hallam Robotics"} <= labels and "Claire Dumont" not in labels
    wrong = cli("export", "graph", "--db", db, "--type", "stock_move")
    assert wrong.exit_code == 2 and "[V320] no graph edges come from facts of type 'stock_move'" in wrong.stderr


def test_names_xml_cannot_hold_are_dropped(tmp_path: Path) -> None:
    from veille.export.graphs import write_gexf, write_graphml

    nodes = [{"id": "a", "name": "A\x01<b>&\"'", "type": "organization", "kind": None, "documents": 1,
              "mentions": 2}, {"id": "b", "name": "B", "type": "person", "kind": "person", "documents": 1,
                               "mentions": 1}]
    edges = [{"source": "b", "target": "a", "kind": "role", "directed": True, "weight": 1, "first": None,
              "last": None, "facts": ["f1"]}]
    for writer, reader in ((write_graphml, nx.read_graphml), (write_gexf, nx.read_gexf)):
        out = io.StringIO()
        assert writer(iter(nodes), iter(edges), out) == 3
        path = tmp_path / "g.xml"
        path.write_text(out.getvalue(), encoding="utf-8")
        graph = reader(path)
        assert graph.nodes["a"]["label"] == "A<b>&\"'" and list(graph.edges) == [("b", "a")]


# --- how it is written ------------------------------------------------------------------------

@pytest.mark.parametrize("kind, fmt", [("entities", "csv"), ("entities", "ftm"), ("mentions", "parquet"),
                                       ("facts", "jsonl"), ("facts", "csv"), ("facts", "parquet"), ("facts", "ftm"),
                                       ("graph", "graphml"), ("graph", "gexf")])
def test_the_store_is_read_row_by_row(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      kind: str, fmt: str) -> None:
    """No export reads a whole result into a list (Store.query): they walk cursors."""
    with KnowledgeBase(db) as kb:
        def refuse(*args: Any) -> Any:
            raise AssertionError(f"read whole: {args[1][:80]}")

        monkeypatch.setattr(type(kb.store), "query", refuse)
        assert kb.export(kind, fmt, tmp_path / f"out.{fmt}") > 0


def test_a_failed_export_leaves_the_file_as_it_was(cli: Cli, db: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "facts.csv"
    out.write_text("before\n", encoding="utf-8")
    from veille.export import tables

    def broken(rows: Iterator[Any], columns: Any, stream: Any) -> int:
        stream.write("half,")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tables, "write_csv", broken)
    result = cli("export", "facts", "--db", db, "-f", "csv", "-o", out)
    assert result.exit_code == 1 and "[V200] no space left on the disk" in result.stderr
    assert out.read_text(encoding="utf-8") == "before\n"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.csv"]


@pytest.mark.parametrize("args, code, message", [
    (["mentions", "-f", "ftm"], 2, "[V630] mentions cannot be exported as ftm. Use --format jsonl or csv or parquet"),
    (["graph", "-f", "csv"], 2, "[V630] graph cannot be exported as csv. Use --format jsonl or graphml or gexf"),
    (["facts", "-f", "xlsx"], 2, "[V630] unknown format 'xlsx'. Use --format jsonl or csv or parquet or ftm"),
    (["facts", "--since", "June"], 2, "[V320] 'June' is not a date"),
    (["entities", "--type", "robot"], 2, "[V320] unknown entity type 'robot'"),
    (["facts", "--entity", "Nobody Inc"], 1, "[V300] no entity named 'Nobody Inc'"),
    (["facts", "-o", "/nonexistent/folder/facts.jsonl"], 2, "[V630] cannot write /nonexistent/folder/facts.jsonl"),
])
def test_bad_input_is_one_coded_line(cli: Cli, db: Path, args: list[str], code: int, message: str) -> None:
    result = cli("export", *args, "--db", db)
    assert result.exit_code == code, result.output
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_a_missing_package_says_which_extra_to_install(cli: Cli, db: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    result = cli("export", "facts", "--db", db, "-f", "parquet", "-o", tmp_path / "f.parquet")
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: [V631] the Parquet export needs pyarrow, which is not installed. "
                                     "Install it: pip install 'veille[exports]'")
    assert not (tmp_path / "f.parquet").exists()


def test_exports_of_an_empty_store_read_back_empty(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    KnowledgeBase(db).close()
    assert pq.read_table(export(cli, db, tmp_path / "f.parquet", "facts", "-f", "parquet")).num_rows == 0
    assert list(pd.read_csv(export(cli, db, tmp_path / "m.csv", "mentions", "-f", "csv")).columns)[:3] == [
        "doc", "doc_id", "start"]
    assert nx.read_graphml(export(cli, db, tmp_path / "g.graphml", "graph")).number_of_nodes() == 0
    assert nx.read_gexf(export(cli, db, tmp_path / "g.gexf", "graph", "-f", "gexf")).number_of_nodes() == 0
    assert export(cli, db, tmp_path / "e.ftm", "entities", "-f", "ftm").read_text() == ""
