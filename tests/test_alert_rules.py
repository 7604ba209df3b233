"""Watch rules: the --where language, the rules' conditions evaluated as documents are stored
(through the ingest queue's own storing step, without the language models), each match once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import Cli

from veille.errors import RuleError
from veille.ingest import dedup
from veille.ingest.annotator import Annotated
from veille.ingest.run import Outcome, _Queue
from veille.kb import monitor
from veille.kb.store import SQLiteStore
from veille.models import Document, content_id
from veille.watch import expr
from veille.watch.rules import Matcher, Spec, add

# --- the --where language ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "values", "expected"), [
    ("abs(change_pct) >= 10", {"change_pct": -12.0}, True),
    ("abs(change_pct) >= 10", {"change_pct": 9.99}, False),
    ("amount_usd >= 50e6", {"amount_usd": 60_000_000.0}, True),
    ("amount_usd >= 50e6", {"amount_usd": 49_999_999.0}, False),
    ("amount_usd >= 50e6", {"change_pct": 80.0}, False),  # a value the fact lacks: false
    ("not amount_usd >= 50e6", {}, True),
    ("10 <= change_pct < 20", {"change_pct": 15.0}, True),
    ("10 <= change_pct < 20", {"change_pct": 20.0}, False),
    ("change_pct > -5 and confidence >= 0.5 or count == 1_000", {"count": 1000.0}, True),
    ("change_pct > -5 and confidence >= 0.5", {"change_pct": -4.0, "confidence": 0.4}, False),
    ("-change_pct > 3", {"change_pct": -4.0}, True),
    ("(change_pct != 0)", {"change_pct": 0.0}, False),
])
def test_conditions_compare_the_facts_numbers(text: str, values: dict[str, float], expected: bool) -> None:
    assert expr.parse(text)(values) is expected


@pytest.mark.parametrize(("text", "said"), [
    ("__import__('os').system('true')", "function other than abs"),
    ("change_pct.real > 1", "does not allow"),
    ("amount_usd ** 2 > 1", "does not allow"),
    ("amount_usd + 1 > 1", "does not allow"),
    ("change_pct > 'dix'", "not a number"),
    ("change_pct > True", "not a number"),
    ("change_pct in [1, 2]", "comparison it does not know"),
    ("change_pct", "where a comparison is expected"),
    ("abs(change_pct)", "where a comparison is expected"),
    ("abs(change_pct, 2) > 1", "function other than abs"),
    ("(lambda: 1)() > 0", "function other than abs"),
    ("change_pct > 1 if 1 else 2", "does not allow"),
    ("abs(change_pct) >", "cannot read"),
    ("change_pct > 1; import os", "cannot read"),
    ("", "empty"),
    ("change_pct > 1e999", "not a number"),
])
def test_anything_else_is_refused_in_one_line(text: str, said: str) -> None:
    with pytest.raises(RuleError) as caught:
        expr.parse(text)
    assert caught.value.code == "V600" and said in str(caught.value) and "\n" not in str(caught.value)


def test_names_are_checked_against_the_rule_type() -> None:
    expr.parse("amount_usd >= 1", expr.names_for("funding"))
    with pytest.raises(RuleError, match="change_pct"):
        expr.parse("change_pct >= 1", expr.names_for("funding"))
    assert {"change_pct", "amount_usd", "count", "value_usd", "attendance"} <= expr.names_for(None)


def test_values_of_a_fact() -> None:
    assert expr.values_of("funding", {"amount": {"value": 30e9, "currency": "JPY", "usd": 2e8}}, 0.8) == {
        "amount": 30e9, "amount_usd": 2e8, "confidence": 0.8}
    assert expr.values_of("funding", {"amount": {"value": 5e7, "currency": "USD"}})["amount_usd"] == 5e7
    assert expr.values_of("stock_move", {"change_pct": -12.5}) == {"change_pct": -12.5}
    assert expr.values_of("event", {"attendance": 300})["count"] == 300
    assert expr.values_of("metric", {"value": 2000, "measure": "emplois"})["count"] == 2000
    assert "count" not in expr.values_of("metric", {"value": 30, "unit": "%", "measure": "part"})


# --- rules evaluated as documents are stored -------------------------------------------------------


def stored(store: SQLiteStore, matcher: Matcher | None, text: str, name: str, facts: list[dict[str, Any]],
           entities: list[dict[str, Any]], published: str = "2025-04-02") -> list[Outcome]:
    """Store a document as ingest does once its annotation is back (rules evaluated inside)."""
    outcomes: list[Outcome] = []
    queue = _Queue(store, None, outcomes.append, dedup.NearDuplicates(), matcher)  # type: ignore[arg-type]
    doc = Document(id=content_id(text), name=name, source=f"{name}.txt", text=text, lang="fr",
                   published=published, url=f"https://news.example/{name}")
    queue._store(doc, b"", Annotated(doc.id, entities=entities, facts=facts))
    return outcomes


def entity(key: str, name: str, kind: str, text: str) -> dict[str, Any]:
    start = text.index(name)
    return {"key": key, "name": name, "type": kind, "aliases": [],
            "mentions": [{"start": start, "end": start + len(name), "text": name, "label": kind}]}


def move(subject: str, pct: float, text: str, confidence: float = 0.85) -> dict[str, Any]:
    return {"type": "stock_move", "args": {"subject": subject, "change_pct": pct}, "date": "2025-04-01",
            "modality": "asserted", "confidence": confidence, "rule": "stock_move.change.v1",
            "entities": {"subject": "e1"}, "evidence": {"start": 0, "end": len(text), "text": text, "sentence": text}}


def funding(investor: str, recipient: str, value: float, currency: str, text: str) -> dict[str, Any]:
    return {"type": "funding", "args": {"subject": investor, "recipient": recipient,
                                        "amount": {"value": value, "currency": currency}},
            "date": "2025-04-02", "modality": "asserted", "confidence": 0.8, "rule": "funding.raise.v1",
            "entities": {"subject": "e2", "recipient": "e1"},
            "evidence": {"start": 0, "end": len(text), "text": text, "sentence": text}}


def rules(store: SQLiteStore, **specs: Spec) -> Matcher:
    for name, spec in specs.items():
        add(store, name, spec, [], None, [])
    matcher = Matcher.load(store)
    assert matcher is not None
    return matcher


def test_a_rule_records_each_matching_fact_once(store: SQLiteStore) -> None:
    matcher = rules(store, big=Spec(type="stock_move", where="abs(change_pct) >= 10"),
                    velmora=Spec(entity="VELMORA"), small=Spec(type="stock_move", where="abs(change_pct) < 10"))
    up = "Les actions de Velmora ont bondi de 12 % mardi."
    stored(store, matcher, up, "up", [move("Velmora", 12.0, up)], [entity("e1", "Velmora", "organization", up)])
    down = "L'action Qorvex a reculé de 14 % mardi."
    stored(store, matcher, down, "down", [move("Qorvex", -14.0, down)], [entity("e1", "Qorvex", "organization", down)])
    again = "Le titre Velmora a gagné 12 % mardi, selon la Bourse."  # the same move, stated again
    stored(store, matcher, again, "again", [move("Velmora", 12.0, again)],
           [entity("e1", "Velmora", "organization", again)])
    found = sorted((r["rule"], r["title"]) for r in monitor.matches(store))
    assert found == [("big", "stock_move: Qorvex -14 %"), ("big", "stock_move: Velmora +12 %"),
                     ("velmora", "stock_move: Velmora +12 %")]
    row = next(r for r in monitor.matches(store, "velmora"))
    assert row["evidence"] == up and row["url"] == "https://news.example/up" and row["published"] == "2025-04-02"
    data = json.loads(row["data"])
    assert data["fact"]["args"]["change_pct"] == 12.0 and data["document"]["name"] == "up"
    # a second matcher (a later ingest) over a document stored already records nothing again
    stored(store, Matcher.load(store), up, "up", [move("Velmora", 12.0, up)],
           [entity("e1", "Velmora", "organization", up)])
    assert len(monitor.matches(store)) == 3


def test_place_amount_confidence_modality_and_conflicts(store: SQLiteStore) -> None:
    matcher = rules(store, vn=Spec(type="funding", place="Vietnam", where="amount_usd >= 50e6"),
                    sure=Spec(type="stock_move", min_confidence=0.9),
                    reported=Spec(type="stock_move", modality=["reported"]),
                    clash=Spec(type="stock_move", conflicts=True))
    hanoi = "La start-up vietnamienne Velmora a levé 60 millions de dollars auprès de Brindle Capital."
    stored(store, matcher, hanoi, "hanoi",
           [funding("Brindle Capital", "Velmora", 60e6, "USD", hanoi)],
           [entity("e1", "Velmora", "organization", hanoi), entity("e2", "Brindle Capital", "organization", hanoi)])
    small = "La start-up Qorvex a levé 20 millions de dollars auprès de Brindle Capital à Hanoï, au Vietnam."
    stored(store, matcher, small, "small",
           [funding("Brindle Capital", "Qorvex", 20e6, "USD", small)],
           [entity("e1", "Qorvex", "organization", small), entity("e2", "Brindle Capital", "organization", small),
            entity("e3", "Vietnam", "place", small)])
    paris = "La start-up française Talvix a levé 90 millions de dollars auprès de Brindle Capital."
    stored(store, matcher, paris, "paris",
           [funding("Brindle Capital", "Talvix", 90e6, "USD", paris)],
           [entity("e1", "Talvix", "organization", paris), entity("e2", "Brindle Capital", "organization", paris)])
    big_vn = "Zhora a levé 80 millions de dollars auprès de Brindle Capital à Hô Chi Minh-Ville au Viêt Nam."
    stored(store, matcher, big_vn, "big_vn",
           [funding("Brindle Capital", "Zhora", 80e6, "USD", big_vn)],
           [entity("e1", "Zhora", "organization", big_vn), entity("e2", "Brindle Capital", "organization", big_vn),
            entity("e3", "Viêt Nam", "place", big_vn)])
    assert sorted(json.loads(r["data"])["document"]["name"] for r in monitor.matches(store, "vn")) == [
        "big_vn", "hanoi"]

    one = "Les actions de Velmora ont bondi de 12 % mardi."
    stored(store, matcher, one, "one", [move("Velmora", 12.0, one, confidence=0.85)],
           [entity("e1", "Velmora", "organization", one)])
    other = "Le titre Velmora a gagné 10 % mardi, selon des courtiers."
    reported = {**move("Velmora", 10.0, other, confidence=0.95), "modality": "reported"}
    stored(store, matcher, other, "other", [reported], [entity("e1", "Velmora", "organization", other)])
    assert [json.loads(r["data"])["document"]["name"] for r in monitor.matches(store, "sure")] == ["other"]
    assert [json.loads(r["data"])["document"]["name"] for r in monitor.matches(store, "reported")] == ["other"]
    assert [json.loads(r["data"])["document"]["name"] for r in monitor.matches(store, "clash")] == ["other"]


def test_a_new_entity_of_a_type(store: SQLiteStore) -> None:
    matcher = rules(store, people=Spec(new_entity="person"), orgs=Spec(new_entity="organization", place="Vietnam"))
    first = "Claire Dumont dirige Velmora à Hanoï, au Vietnam."
    stored(store, matcher, first, "first", [], [entity("e1", "Claire Dumont", "person", first),
                                                entity("e2", "Velmora", "organization", first),
                                                entity("e3", "Vietnam", "place", first)])
    second = "Claire Dumont et Hugo Lin ont rencontré Qorvex à Lyon."
    stored(store, matcher, second, "second", [], [entity("e1", "Claire Dumont", "person", second),
                                                  entity("e2", "Hugo Lin", "person", second),
                                                  entity("e3", "Qorvex", "organization", second)])
    assert sorted(r["title"] for r in monitor.matches(store, "people")) == [
        "new person: Claire Dumont", "new person: Hugo Lin"]
    assert [r["title"] for r in monitor.matches(store, "orgs")] == ["new organization: Velmora"]


def test_no_rules_means_no_work(store: SQLiteStore) -> None:
    assert Matcher.load(store) is None


# --- the command line ------------------------------------------------------------------------------


def test_alerts_commands(db: Any, cli: Cli, tmp_path: Path) -> None:
    result = cli("alerts", "add", "big-moves", "--db", db, "--type", "stock_move", "--where", "abs(change_pct) >= 10")
    assert result.exit_code == 0, result.output
    assert "stock_move where abs(change_pct) >= 10" in result.output
    result = cli("alerts", "add", "vn-funding", "--db", db, "--type", "funding", "--place", "Vietnam",
                 "--where", "amount_usd >= 50e6", "--webhook", "http://127.0.0.1:9/hook", "--email", "a@example.org")
    assert result.exit_code == 0, result.output
    listed = [json.loads(line) for line in cli("alerts", "--db", db, "--json").output.splitlines()]
    assert [r["name"] for r in listed] == ["big-moves", "vn-funding"]
    assert listed[1]["spec"] == {"type": "funding", "place": "Vietnam", "where": "amount_usd >= 50e6"}
    assert listed[1]["webhooks"] == [{"url": "http://127.0.0.1:9/hook"}] and listed[1]["emails"] == ["a@example.org"]
    for args, code, said in [
        (("add", "x", "--where", "os.system('x') > 1"), "V600", "os.system"),
        (("add", "x", "--type", "funding", "--where", "change_pct > 1"), "V600", "amount_usd"),
        (("add", "x", "--type", "stonks"), "V600", "unknown fact type"),
        (("add", "x", "--new-entity", "robot"), "V600", "unknown entity type"),
        (("add", "x", "--new-entity", "person", "--type", "funding"), "V600", "--new-entity"),
        (("add", "big-moves", "--type", "launch"), "V600", "exists already"),
        (("add", "x y"), "V600", "cannot name a rule"),
        (("add", "x", "--webhook", "ftp://example.org"), "V600", "only http and https"),
        (("add", "x", "--email", "nobody"), "V600", "not an e-mail address"),
        (("show", "nope"), "V601", "no rule named 'nope'"),
        (("remove", "nope"), "V601", "The rules are: big-moves, vn-funding"),
        (("test", "nope"), "V601", "no rule"),
    ]:
        result = cli("alerts", *args, "--db", db)
        lines = result.output.strip().splitlines()
        assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith(f"Error: [{code}]"), (args, lines)
        assert said in lines[0], (args, lines)
    assert cli("alerts", "remove", "big-moves", "--db", db).exit_code == 0
    assert [json.loads(line)["name"] for line in cli("alerts", "--db", db, "--json").output.splitlines()] == [
        "vn-funding"]


def test_the_library_api(tmp_path: Path) -> None:
    from veille import KnowledgeBase
    from veille.errors import SourceError, UnknownRule

    with KnowledgeBase(tmp_path / "kb.db") as kb:
        kb.add_alert("big", type="stock_move", where="abs(change_pct) >= 10")
        with pytest.raises(RuleError, match="amount_usd"):
            kb.add_alert("bad", type="funding", where="change_pct > 1")
        up = "Les actions de Velmora ont bondi de 12 % mardi."
        stored(kb.store, Matcher.load(kb.store), up, "up", [move("Velmora", 12.0, up)],
               [entity("e1", "Velmora", "organization", up)])
        (found,) = kb.alert_matches("big")
        assert found["title"] == "stock_move: Velmora +12 %" and found["evidence"]["text"] == up
        with pytest.raises(UnknownRule):
            kb.alert_matches("nope")
        assert kb.follow("https://news.example/feed.xml", every="30m", tags=["vn"])["every"] == 1800
        assert [s["url"] for s in kb.sources(tag="vn")] == ["https://news.example/feed.xml"]
        with pytest.raises(SourceError):
            kb.follow("https://news.example/feed.xml", every="never")
