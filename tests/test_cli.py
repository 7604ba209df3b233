"""The command line: help texts, listing, profiles, exports and errors."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from conftest import Cli, Corpus

from veille.api import KnowledgeBase
from veille.cli import app
from veille.models import ENTITY_TYPES

# --- help --------------------------------------------------------------------------------


def command_tree() -> Iterator[tuple[list[str], Any]]:
    """Every command and subcommand of `veille`, with its path."""

    def walk(command: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
        yield path, command
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            yield from walk(sub, [*path, name])

    yield from walk(typer.main.get_command(app), [])


COMMANDS = [path for path, _ in command_tree()]


def test_the_tree_has_the_foundation_commands() -> None:
    names = {" ".join(p) for p in COMMANDS}
    assert {"", "ingest", "docs", "entity", "entities", "entities split", "entities merge",
            "export", "export entities", "export facts"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(["veille", *p]))
def test_every_command_has_help_ending_with_an_example(path: list[str], cli: Cli) -> None:
    command = dict((tuple(p), c) for p, c in command_tree())[tuple(path)]
    help_text = (command.help or "").strip()
    assert help_text, f"veille {' '.join(path)} has no help text"
    last = help_text.splitlines()[-1].strip()
    assert last.startswith("Example: veille"), f"last help line: {last!r}"
    if path:  # the example uses the command it documents
        assert last.startswith("Example: veille " + " ".join(path)), last
    first = help_text.splitlines()[0]
    assert first.strip() and not first.startswith("Example:")
    result = cli(*path, "--help")
    assert result.exit_code == 0
    assert " ".join(last.split()) in " ".join(result.stdout.split())  # shown in --help


@pytest.mark.parametrize("path", [p for p in COMMANDS if p], ids=" ".join)
def test_every_argument_and_option_has_help(path: list[str]) -> None:
    command = dict((tuple(p), c) for p, c in command_tree())[tuple(path)]
    for param in command.params:
        assert getattr(param, "help", None), f"veille {' '.join(path)}: {param.name} has no help"


# --- listing ------------------------------------------------------------------------------


def table_names(output: str) -> list[str]:
    """The first column of a Rich table's rows."""
    return [line.split("│")[1].strip() for line in output.splitlines()
            if line.startswith("│") and line.count("│") > 2]


def stems(corpus: Corpus) -> set[str]:
    return {p.stem for p in corpus.folder.iterdir()}


@pytest.mark.slow
def test_docs_lists_every_document(cli: Cli, corpus: Corpus) -> None:
    result = cli("docs", "--db", corpus.db)
    assert result.exit_code == 0
    assert set(table_names(result.stdout)) == stems(corpus)
    assert "annotated" in result.stdout and "brightwell_en" in result.stdout


@pytest.mark.slow
def test_docs_json_lines(cli: Cli, corpus: Corpus) -> None:
    result = cli("docs", "--db", corpus.db, "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["name"] for r in rows} == stems(corpus)
    by_name = {r["name"]: r for r in rows}
    assert by_name["brightwell_en"]["lang"] == "en"
    assert by_name["qorvex_levee"]["title"] == "Qorvex Labs prépare une nouvelle levée de fonds"
    assert all(r["status"] == "annotated" and r["entities"] > 0 for r in rows)


@pytest.mark.slow
def test_docs_json_includes_failures(db: Any, cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "vide.txt").write_text("")
    assert cli("ingest", "--db", db, "-q", tmp_path / "vide.txt").exit_code == 1
    rows = [json.loads(line) for line in cli("docs", "--db", db, "--json").stdout.splitlines()]
    assert rows == [{"source": str(tmp_path / "vide.txt"), "status": "failed",
                     "error": rows[0]["error"]}]
    assert "empty" in rows[0]["error"]
    text = cli("docs", "--db", db).stdout
    assert f"failed: {tmp_path / 'vide.txt'}" in text


@pytest.mark.slow
@pytest.mark.parametrize("etype, present, absent", [
    ("person", {"Hélène Garnier", "Daniel Okafor"}, {"Qorvex Labs", "Lyon"}),
    ("organization", {"Qorvex Labs", "Zhipu AI", "Oberlin Securities", "Brightwell"},
     {"Hélène Garnier", "Lyon"}),
    ("place", {"Lyon", "Ohio"}, {"Qorvex Labs", "Hélène Garnier"}),
])
def test_entities_by_type(cli: Cli, corpus: Corpus, etype: str, present: set[str],
                          absent: set[str]) -> None:
    result = cli("entities", "--db", corpus.db, "--type", etype, "--limit", "500")
    assert result.exit_code == 0
    names = set(table_names(result.stdout))
    assert present <= names
    assert not absent & names
    rows = [line.split("│") for line in result.stdout.splitlines() if line.startswith("│")]
    assert {r[2].strip() for r in rows if len(r) > 2} == {etype}


@pytest.mark.slow
def test_entities_unknown_type_is_an_error(cli: Cli, corpus: Corpus) -> None:
    result = cli("entities", "--db", corpus.db, "--type", "organisation")
    assert result.exit_code == 2
    assert "unknown type 'organisation'" in result.stderr
    assert "organization" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("search, expected", [
    ("qorvex", ["Qorvex Labs"]),
    ("QORVEX labs", ["Qorvex Labs"]),
    ("knowledge atlas", ["Zhipu AI"]),  # an alias finds the entity
    ("helene", ["Hélène Garnier"]),  # accents and case do not matter
    ("zzz-nothing", []),
])
def test_entities_search(cli: Cli, corpus: Corpus, search: str, expected: list[str]) -> None:
    result = cli("entities", "--db", corpus.db, "--search", search)
    assert result.exit_code == 0
    assert table_names(result.stdout) == expected


@pytest.mark.slow
def test_entities_are_ordered_by_documents_and_limited(cli: Cli, corpus: Corpus) -> None:
    result = cli("entities", "--db", corpus.db, "--limit", "2")
    names = table_names(result.stdout)
    assert sorted(names) == ["Qorvex Labs", "Zhipu AI"]  # the two in two documents


# --- one entity -----------------------------------------------------------------------------


@pytest.mark.slow
def test_entity_profile_text(cli: Cli, corpus: Corpus) -> None:
    result = cli("entity", "Qorvex Labs", "--db", corpus.db)
    assert result.exit_code == 0
    assert "Qorvex Labs (organization)" in result.stdout
    assert "qorvex_lyon" in result.stdout and "qorvex_levee" in result.stdout
    assert "normalised name" in result.stdout


@pytest.mark.slow
def test_entity_profile_json(cli: Cli, corpus: Corpus, corpus_store: Any) -> None:
    result = cli("entity", "zhora", "--db", corpus.db, "--json")  # by an alias, any case
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"id", "name", "type", "kind", "aliases", "mentions", "documents",
                         "facts", "related", "documents_total", "facts_total"}
    assert (data["name"], data["type"]) == ("Zhora Robotics", "organization")
    assert {a["alias"] for a in data["aliases"]} == {"Zhora Robotics", "Zhora"}
    assert [d["doc"] for d in data["documents"]] == ["zhora_robot"]
    stored = corpus_store.query(
        "SELECT count(*) FROM mentions m JOIN doc_entities de ON de.doc = m.doc"
        " AND de.ref = m.ref WHERE de.entity_id = ?", (data["id"],))[0][0]
    assert data["mentions"] == stored == sum(d["mentions"] for d in data["documents"]) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_unknown_entity_is_a_one_line_error(cli: Cli, corpus: Corpus, extra: list[str]) -> None:
    result = cli("entity", "Nobody Such Corp", "--db", corpus.db, *extra)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: [V300] no entity named 'Nobody Such Corp'")
    assert "veille entities --search" in lines[0]


# --- exports ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_export_entities_jsonl(cli: Cli, corpus: Corpus, corpus_store: Any) -> None:
    result = cli("export", "entities", "--db", corpus.db, "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == corpus_store.query("SELECT count(*) FROM doc_entities")[0][0]
    for row in rows:
        assert set(row) == {"doc", "name", "type", "aliases"}
        assert row["type"] in ENTITY_TYPES
        assert isinstance(row["aliases"], list) and row["name"] not in row["aliases"]
        assert all(isinstance(a, str) and a for a in row["aliases"])
    assert {r["doc"] for r in rows} == stems(corpus)  # document ids are the file stems
    atlas = [r for r in rows if r["doc"] == "atlas_bourse" and r["type"] == "organization"]
    assert [r["name"] for r in atlas] == ["Zhipu AI"]
    assert "Knowledge Atlas Technology" in atlas[0]["aliases"]
    qorvex = [r for r in rows if r["name"] == "Qorvex Labs"]
    assert sorted(r["doc"] for r in qorvex) == ["qorvex_levee", "qorvex_lyon"]


@pytest.mark.slow
def test_export_facts_evidence_points_into_the_document(cli: Cli, corpus: Corpus,
                                                        corpus_store: Any) -> None:
    result = cli("export", "facts", "--db", corpus.db)
    assert result.exit_code == 0
    texts = {d.name: d.text for d in corpus_store.documents()}
    for line in result.stdout.splitlines():
        row = json.loads(line)
        assert {"doc", "type", "args", "date", "modality", "evidence", "confidence",
                "rule"} <= set(row)
        ev = row["evidence"]
        assert texts[row["doc"]][ev["start"]:ev["end"]] == ev["text"]


def test_facts_below_the_threshold_are_hidden_unless_asked(cli: Cli, corpus: Corpus,
                                                           corpus_store: Any) -> None:
    everything = corpus_store.query("SELECT count(*) FROM facts")[0][0]
    sure = corpus_store.query("SELECT count(*) FROM facts WHERE confidence >= 0.4")[0][0]
    assert 0 < sure < everything  # the corpus has facts on both sides of the threshold

    def exported(*options: str) -> list[dict[str, Any]]:
        result = cli("export", "facts", "--db", corpus.db, *options)
        assert result.exit_code == 0
        return [json.loads(line) for line in result.stdout.splitlines()]

    default = exported()
    assert default and min(r["confidence"] for r in default) >= 0.4
    assert len({(r["doc"], r["type"], json.dumps(r["args"])) for r in exported("--all")}) > len(
        {(r["doc"], r["type"], json.dumps(r["args"])) for r in default})
    assert all(r["confidence"] >= 0.7 for r in exported("--min-confidence", "0.7"))
    listed = cli("facts", "--db", corpus.db, "--json", "--all", "--limit", "100000")
    assert len(listed.stdout.splitlines()) == everything
    shown = cli("facts", "--db", corpus.db, "--json", "--limit", "100000")
    assert len(shown.stdout.splitlines()) == sure


def test_export_unknown_format(cli: Cli, tmp_path: Path) -> None:
    result = cli("export", "entities", "--db", tmp_path / "kb.db", "--format", "xlsx")
    assert result.exit_code == 2
    assert "[V630] unknown format 'xlsx'" in result.stderr


def test_export_of_an_empty_store_is_empty(cli: Cli, tmp_path: Path) -> None:
    KnowledgeBase(tmp_path / "kb.db").close()
    for what in ("entities", "facts"):
        result = cli("export", what, "--db", tmp_path / "kb.db")
        assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.parametrize("args", [["docs"], ["entities"], ["facts"], ["export", "facts"], ["search", "x"],
                                  ["ask", "Qui ?"], ["entity", "X"], ["entities", "merge", "A", "B"]])
def test_a_command_that_reads_does_not_create_a_missing_store(cli: Cli, tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "mistyped.db"
    result = cli(*args, "--db", db)
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"Error: [V202] there is no store at {db}. Check --db (or $VEILLE_DB), "
                                     f"or create one with: veille ingest --db {db} FILES")
    assert not db.exists()


def test_ingest_needs_an_input(cli: Cli, tmp_path: Path) -> None:
    result = cli("ingest", "--db", tmp_path / "kb.db")
    assert result.exit_code == 2
    assert "Missing argument" in result.output


def test_db_from_the_environment(runner: Any, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    result = runner.invoke(app, ["docs"], env={"VEILLE_DB": str(db)})
    assert result.exit_code == 1 and str(db) in result.stderr  # named, not created
    assert not db.exists()
    KnowledgeBase(db).close()
    result = runner.invoke(app, ["docs"], env={"VEILLE_DB": str(db)})
    assert result.exit_code == 0


def test_annotate_a_file_of_texts_one_line_each(cli: Cli, tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Brindle Labs raised $5 million from Keel Capital.", "lang": "en",
         "date": "2025-03-02"},
        "not a JSON line",
        {"id": "b", "text": "Velmora a dévoilé Kestrel-3, son robot de logistique."},
        {"id": "c", "text": ""},
    ]
    path = tmp_path / "texts.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    encoding="utf-8")
    result = cli("annotate", "--jsonl", path)
    assert result.exit_code == 1  # two bad lines, reported; the good ones are annotated
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "b", "c"]
    a, bad, b, empty = rows
    assert a["lang"] == "en" and {f["type"] for f in a["facts"]} == {"funding"}
    assert b["lang"] == "fr" and any(f["type"] == "launch" for f in b["facts"])
    assert "texts.jsonl:2: not an annotation line" in bad["error"]
    assert "texts.jsonl:4" in empty["error"] and "empty" in empty["error"]
    assert "texts.jsonl:2" in result.stderr


def test_annotate_needs_a_text_or_a_file(cli: Cli) -> None:
    result = cli("annotate")
    assert result.exit_code == 2 and "give a TEXT or --jsonl FILE" in result.stderr


def test_messages_are_one_line_whatever_the_width(tmp_path: Path) -> None:
    """Piped to a file (no terminal, 80 columns), an error and the summary are not wrapped."""
    import subprocess
    import sys

    missing = tmp_path / ("a-rather-long-folder-name-" * 4) / "article.txt"
    run = subprocess.run([sys.executable, "-m", "veille", "ingest", "--db", str(tmp_path / "kb.db"),
                          str(missing)], capture_output=True, text=True, env={**os.environ,
                                                                              "COLUMNS": "80"})
    assert any(str(missing) in line and "no such file" in line for line in run.stderr.splitlines())
    assert run.stdout.strip().count("\n") == 0 and run.stdout.strip().endswith("1 failed")
