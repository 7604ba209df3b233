"""Hostile use of the command line and of stores: numbers too large for SQLite, stores that
are missing, damaged, foreign, read-only or not files at all, queries built to be slow, text
made to hijack a terminal, closed pipes, unexpected errors. Every case: the exit status, one
clear line (`Error: [Vnnn] ...` naming the item and the fix), no traceback."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import Cli, Corpus

from veille.api import KnowledgeBase
from veille.errors import StoreError
from veille.kb.store import SQLiteStore, open_store

ROOT = Path(__file__).resolve().parent.parent
HUGE = "99999999999999999999"  # larger than SQLite's integers
READING = [["docs"], ["entities"], ["facts"], ["export", "facts"], ["export", "entities"], ["search", "robot"],
           ["ask", "Qui a levé des fonds ?"], ["entity", "Qorvex Labs"]]


def one_error_line(result: object, code: str | None = None) -> str:
    stderr = result.stderr  # type: ignore[attr-defined]
    output = result.output  # type: ignore[attr-defined]
    assert "Traceback" not in output and "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Error: " + (f"[{code}]" if code else "")), lines[0]
    return lines[0]


@pytest.fixture
def kb_copy(corpus: Corpus, tmp_path: Path) -> Path:
    return corpus.copy(tmp_path / "kb.db")


# --- numbers and options ---------------------------------------------------------------------


@pytest.mark.parametrize("args", [["facts", "--limit", HUGE], ["entities", "--limit", HUGE],
                                  ["search", "robot", "--limit", HUGE], ["facts", "--limit", "-1"],
                                  ["entities", "--limit", "-5"], ["search", "robot", "--limit", "-3"],
                                  ["facts", "--min-confidence", "2"], ["facts", "--min-confidence", "nan"],
                                  ["ingest", "-j", "0", "x.txt"], ["facts", "--limit", "1e3"]],
                         ids=" ".join)
def test_numbers_out_of_range_are_usage_errors(cli: Cli, kb_copy: Path, args: list[str]) -> None:
    result = cli(*args, "--db", kb_copy)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "Invalid value" in result.output


def test_the_library_takes_any_limit(kb_copy: Path) -> None:
    with KnowledgeBase(kb_copy) as kb:
        assert len(kb.facts(limit=10**20)) == len(kb.facts(limit=10**6)) > 0
        assert len(kb.entities(limit=-5)) == 0
        assert len(kb.documents(limit=10**30, offset=10**30)) == 0
        assert kb.search("robot", limit=10**25, offset=-4)


@pytest.mark.parametrize("value", ["99999-99", "2025-13-45", "'; DROP TABLE facts; --", "x" * 10_000])
@pytest.mark.parametrize("option", ["--since", "--until"])
def test_bad_dates_are_refused_with_the_fix(cli: Cli, kb_copy: Path, option: str, value: str) -> None:
    result = cli("facts", option, value, "--db", kb_copy)
    assert result.exit_code in (1, 2)
    line = one_error_line(result)
    assert "YYYY" in line and len(line) < 600


# --- stores that are not what they should be ------------------------------------------------


@pytest.mark.parametrize("args", READING, ids=" ".join)
def test_a_url_as_store_is_refused_and_nothing_is_created(cli: Cli, tmp_path: Path, args: list[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for db, words, code in (("postgres://x/y", "cannot reach the PostgreSQL store", "V205"),
                            ("postgresql://u:p@h/db", "postgresql://u:***@h/db", "V205"),
                            ("mysql://x/y", "an address", "V200"), ("sqlite:///x.db", "an address", "V200")):
        result = cli(*args, "--db", db)
        assert result.exit_code == 1
        assert words in one_error_line(result, code)
    assert list(tmp_path.iterdir()) == []


def test_ingest_into_a_url_creates_no_folder(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Velmora ouvre une usine à Lyon, a annoncé jeudi la société.", encoding="utf-8")
    result = cli("ingest", "--db", "postgres://x/y", "a.txt")
    assert result.exit_code == 1 and "PostgreSQL" in one_error_line(result, "V205")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("what", ["folder", "text", "foreign", "dev-null", "empty-wal-only"])
@pytest.mark.parametrize("args", [["docs"], ["search", "robot"], ["ingest", "a.txt"]], ids=" ".join)
def test_something_else_as_store_is_refused_and_left_as_it_is(cli: Cli, tmp_path: Path, what: str,
                                                             args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Velmora ouvre une usine à Lyon, a annoncé jeudi la société.", encoding="utf-8")
    db = tmp_path / "store.db"
    if what == "folder":
        db.mkdir()
    elif what == "text":
        db.write_text("These are my notes, not a database.\n" * 50, encoding="utf-8")
    elif what == "foreign":
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE notes (x)")
        conn.execute("INSERT INTO notes VALUES ('mine')")
        conn.commit()
        conn.close()
    elif what == "dev-null":
        db = Path("/dev/null")
    else:
        (tmp_path / "store.db-wal").write_bytes(b"")
    before = _snapshot(db)
    monkeypatch.chdir(tmp_path)
    result = cli(*args, "--db", db)
    if what == "empty-wal-only":  # no store beside its leftover WAL file: missing for readers
        assert result.exit_code in (0, 1)
        return
    assert result.exit_code == 1, result.output
    line = one_error_line(result)
    assert "[V20" in line and str(db) in line
    assert _snapshot(db) == before


def _snapshot(path: Path) -> object:
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    if not path.is_file():
        return None
    return path.read_bytes()


def _damage(db: Path, where: float) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = db.stat().st_size
    with db.open("r+b") as f:
        f.seek(int(size * where) // 4096 * 4096)
        f.write(bytes((i * 37 + 11) % 256 for i in range(8192)))


@pytest.mark.parametrize("where", [0.0005, 0.3, 0.6, 0.9])
@pytest.mark.parametrize("args", [*READING, ["ingest", "a.txt"]], ids=" ".join)
@pytest.mark.sqlite_only  # bytes of the file overwritten
def test_a_damaged_store_is_reported_by_every_command(cli: Cli, kb_copy: Path, tmp_path: Path, args: list[str],
                                                      where: float, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Velmora ouvre une usine à Lyon, a annoncé jeudi la société.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _damage(kb_copy, where)
    result = cli(*args, "--db", kb_copy)
    assert result.exit_code == 1, result.output
    line = one_error_line(result)
    assert ("[V201]" in line and "damaged" in line) or ("[V200]" in line and "not a Veille store" in line), line
    assert str(kb_copy) in line and "--db" in line


@pytest.mark.sqlite_only  # the file's permissions
def test_a_read_only_store_is_read(cli: Cli, kb_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As for a store whose file the user may not write (the tests run as root, who may: the
    check is made to answer as it would for anyone else)."""
    from veille.kb import store as store_module

    monkeypatch.setattr(store_module, "_writable", lambda path: False)
    for args in READING:
        result = cli(*args, "--db", kb_copy)
        assert result.exit_code == 0, (args, result.output)
    (kb_copy.parent / "a.txt").write_text("Velmora ouvre une usine à Lyon, a annoncé jeudi la société.",
                                          encoding="utf-8")
    result = cli("ingest", "--db", kb_copy, kb_copy.parent / "a.txt")
    assert result.exit_code == 1
    assert "read-only" in one_error_line(result, "V203")
    result = cli("entities", "merge", "Qorvex Labs", "Brindle Capital", "--db", kb_copy)
    assert result.exit_code == 1 and "read-only" in one_error_line(result, "V203")


def test_a_read_only_store_opens_without_its_wal_files(kb_copy: Path) -> None:
    with KnowledgeBase(kb_copy, read_only=True) as kb:
        assert kb.store.read_only and kb.stats().documents > 0
        with pytest.raises(StoreError, match="read-only"):
            kb.merge("Qorvex Labs", "Brindle Capital")


def test_six_processes_create_one_store_at_once(tmp_path: Path) -> None:
    script = ("import sys; from veille.kb.store import SQLiteStore, open_store\n"
              "SQLiteStore(sys.argv[1]).close()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for round_ in range(12):  # one process in a hundred met a locked store switching to WAL
        db = tmp_path / f"new{round_}.db"
        procs = [subprocess.Popen([sys.executable, "-c", script, str(db)], stderr=subprocess.PIPE, text=True,
                                  env=env) for _ in range(6)]
        for proc in procs:
            _, stderr = proc.communicate(timeout=120)
            assert proc.returncode == 0, stderr
        store = SQLiteStore(db)
        versions = [r[0] for r in store.query("SELECT version FROM schema_version ORDER BY version")]
        store.close()
        assert versions == sorted(set(versions)) and versions[0] == 1


# --- queries ---------------------------------------------------------------------------------


@pytest.mark.parametrize("query", [
    " ".join(["robot"] * 5000),  # one word 5,000 times: was quadratic
    " ".join(["AI"] * 20_000),
    " ".join(f"mot{i}" for i in range(65)),  # too many different words: refused
    '"' * 1001, "-", "*", "-robot", "OR", "OR OR OR", "NEAR(a b)", "robot*" * 200, "a" * 50_000,
    "🙂 🤖", "'; DROP TABLE documents; --", "\x1b[31mrobot", "title:robot", "^robot", "robot:",
])
def test_any_query_answers_quickly_or_says_why_not(cli: Cli, kb_copy: Path, query: str) -> None:
    start = time.monotonic()
    result = cli("search", "--db", kb_copy, "--", query)
    assert time.monotonic() - start < 5
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output + result.stderr
    if result.exit_code == 1:
        assert "[V3" in one_error_line(result)


@pytest.mark.parametrize("question", ["", " ", "?", " ".join(["Qorvex"] * 5000), "🙂" * 1000, "\x00\x1b[2J",
                                      "Qui " * 10_000])
def test_any_question_is_answered_or_refused_cleanly(cli: Cli, kb_copy: Path, question: str) -> None:
    start = time.monotonic()
    result = cli("ask", question, "--db", kb_copy)
    assert time.monotonic() - start < 20
    assert result.exit_code in (0, 1) and "Traceback" not in result.output + result.stderr
    assert "\x1b" not in result.stdout


# --- what reaches a terminal -----------------------------------------------------------------


@pytest.fixture
def poisoned(tmp_path: Path) -> Path:
    """A store whose names and text hold terminal escapes, markup and bidi controls (as a store
    written by an older version, or by hand, may)."""
    db = tmp_path / "poison.db"
    store = SQLiteStore(db)
    text = "Velmora \x1b[31mrouge\x1b[0m a levé [bold]40[/bold] millions\x07 à Lyon \u202eelbarud."
    with store.write():
        store.execute("INSERT INTO documents (id, name, source, title, lang, text, status, ingested_at) VALUES"
                      " ('d1', ?, ?, ?, 'fr', ?, 'annotated', '2025-01-01')",
                      ("ev\x1b]0;pwned\x07il", "/tmp/\x1b[2Jx.txt", "Titre \x1b[5m[/x]", text))
        store.execute("INSERT INTO entities (id, name, type, kind, gazetteer_id, created_at)"
                      " VALUES ('e1', ?, 'organization', NULL, NULL, 'now')",
                      ("Vel\x1b[31mmora [/red]",))
        store.add_alias("e1", "Vel\x1b[31mmora [/red]", "normalised name")
        store.execute("INSERT INTO doc_entities VALUES ((SELECT rowid FROM documents WHERE id = 'd1'),"
                      " 'k', ?, 'organization', '[]', 'e1', 'new entity', 0)",
                      ("Vel\x1b[31mmora",))
        store.execute("INSERT INTO mentions (doc, ref, start, end, text, source)"
                      " VALUES ((SELECT rowid FROM documents WHERE id = 'd1'), 0, 0, 7, 'Velmora', 'model')")
        store.execute("INSERT INTO facts (id, type, args, date, modality, confidence, rule, rule_version) VALUES"
                      " ('f1', 'funding', ?, '2025', 'asserted', 0.9, 'x', 1)",
                      (json.dumps({"recipient": "Vel\x1b[31mmora", "amount": {"value": 1e308, "currency": "EUR"}}),))
        store.execute("INSERT INTO evidence_spans (fact_id, doc, start, end, sentence_start, sentence_end)"
                      " SELECT 'f1', rowid, 0, 40, 0, ? FROM documents WHERE id = 'd1'", (len(text),))
        store.execute("INSERT INTO fact_entities (fact_id, role, entity_id) VALUES ('f1', 'recipient', 'e1')")
        store.record_failure("/tmp/\x1b[2Jbad.txt", "V100", "[V100] /tmp/\x1b[2Jbad.txt: empty")
    store.close()
    return db


@pytest.mark.parametrize("args", [["docs"], ["docs", "--json"], ["entities"], ["entity", "Vel\x1b[31mmora [/red]"],
                                  ["entity", "Vel\x1b[31mmora [/red]", "--json"], ["facts", "--all"],
                                  ["facts", "--all", "--json"], ["search", "Lyon"], ["search", "Lyon", "--json"],
                                  ["export", "facts", "--all"], ["export", "entities"],
                                  ["ask", "Combien Velmora a-t-elle levé ?", "--all"]],
                         ids=lambda a: " ".join(x.replace("\x1b", "ESC") for x in a))
def test_no_control_character_reaches_the_terminal(cli: Cli, poisoned: Path, args: list[str]) -> None:
    result = cli(*args, "--db", poisoned)
    assert result.exit_code == 0, result.output
    out = result.stdout + result.stderr
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "Traceback" not in out
    if "--json" in args or args[0] == "export":
        for line in result.stdout.splitlines() if "entity" not in args else [result.stdout]:
            value = json.loads(line)  # valid JSON: escapes as \u001b, no Infinity
            assert "Infinity" not in json.dumps(value)


# --- errors at the edge ----------------------------------------------------------------------


def test_an_unexpected_error_is_one_line_and_debug_shows_where(cli: Cli, kb_copy: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.api import KnowledgeBase as KB

    def broken(self: object, *args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(KB, "documents", broken)
    result = cli("docs", "--db", kb_copy)
    assert result.exit_code == 70
    line = one_error_line(result, "V900")
    assert "ZeroDivisionError: a bug" in line and "--debug" in line
    result = cli("--debug", "docs", "--db", kb_copy)
    assert result.exit_code == 70 and "Traceback" in result.stderr and "broken" in result.stderr


def test_out_of_memory_is_one_line(cli: Cli, kb_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.api import KnowledgeBase as KB

    def exhausted(self: object, *args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(KB, "export", exhausted)
    result = cli("export", "facts", "--db", kb_copy)
    assert result.exit_code == 1 and "out of memory" in one_error_line(result, "V901")


def test_debug_anywhere_on_the_line(kb_copy: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run([sys.executable, "-m", "veille", "docs", "--db", str(kb_copy), "--debug"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_a_closed_pipe_ends_the_output_quietly(kb_copy: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    export = subprocess.Popen([sys.executable, "-m", "veille", "export", "facts", "--all", "--db", str(kb_copy)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert export.stdout is not None
    export.stdout.readline()
    export.stdout.close()  # like `| head -1`
    _, stderr = export.communicate(timeout=60)
    assert export.returncode == 0, stderr
    assert b"Traceback" not in stderr and b"Exception ignored" not in stderr


def test_a_store_on_a_path_with_a_missing_folder_is_created_by_ingest_only(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "new" / "deeper" / "kb.db"
    assert cli("docs", "--db", db).exit_code == 1 and not db.parent.exists()
    (tmp_path / "a.txt").write_text("Velmora ouvre une usine à Lyon, a annoncé jeudi la société.", encoding="utf-8")
    result = cli("ingest", "--db", db, "-q", tmp_path / "a.txt")
    assert result.exit_code == 0 and db.exists()
    shutil.rmtree(tmp_path / "new")


def test_a_damaged_signature_is_computed_again(cli: Cli, kb_copy: Path, tmp_path: Path) -> None:
    store = open_store(kb_copy)
    with store.write():
        store.execute("UPDATE documents SET minhash = ?", (b"\x00\xff\x00\xff",))  # what a bad page left
    store.close()
    (tmp_path / "b.txt").write_text("Brindle Capital ouvre un bureau à Nantes, a annoncé jeudi la société.",
                                    encoding="utf-8")
    result = cli("ingest", "--db", kb_copy, "-q", tmp_path / "b.txt")
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout


# --- files the other commands read ------------------------------------------------------------


@pytest.mark.parametrize(("data", "code", "words"), [
    (bytes(range(256)) * 20, 1, "standard input: a binary file"),
    (b"", 1, "empty"),
    ("Zhipu AI a bondi de 30 % jeudi à Hong Kong.".encode("utf-16"), 0, ""),
    ("« Zhipu AI a bondi de 30 % jeudi », dit l’analyste.".encode("cp1252"), 0, ""),
], ids=["binary", "empty", "utf-16", "cp1252"])
def test_annotate_reads_standard_input_as_ingest_reads_a_file(cli: Cli, data: bytes, code: int, words: str) -> None:
    result = cli("annotate", "-", input=data)
    assert result.exit_code == code, result.output
    if code:
        assert words in one_error_line(result, "V100")
    else:
        assert json.loads(result.stdout)["entities"][0]["text"] == "Zhipu AI"


@pytest.mark.parametrize("what", ["random", "folder", "missing", "mixed"])
@pytest.mark.parametrize("option", ["--jsonl", "--questions"])
def test_a_bad_lines_file_is_reported_line_by_line(cli: Cli, kb_copy: Path, tmp_path: Path, what: str,
                                                   option: str) -> None:
    path = tmp_path / "lines.jsonl"
    if what == "random":
        path.write_bytes(bytes((i * 131 + 7) % 256 for i in range(3000)))
    elif what == "folder":
        path.mkdir()
    elif what == "mixed":
        key = "text" if option == "--jsonl" else "question"
        path.write_bytes(b'{"id": 1, "%s": "Velmora a lev\xc3\xa9 3 M\xe2\x82\xac jeudi."}\n\xff\xfe{"id": 2}\n[1, 2]\n'
                         b'"x"\n{"%s": 5}\n' % (key.encode(), key.encode()))
    args = ["annotate", option, path] if option == "--jsonl" else ["ask", option, path, "--db", kb_copy]
    result = cli(*args)
    assert result.exit_code == 1 and "Traceback" not in result.output + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors and all(line.startswith("Error: ") for line in errors)
    if what in ("folder", "missing"):
        assert "[V100]" in one_error_line(result) and option in errors[0]
    if what == "mixed":
        assert len(errors) == 4 and all(f"{path}:" in line for line in errors)


def test_an_unreadable_folder_is_one_failure_and_the_rest_is_read(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """As for a folder the user may not read (the tests run as root, who may)."""
    from veille.ingest.readers import FailedItem, expand

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("b", encoding="utf-8")
    real = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(expand([str(tmp_path)]))
    assert [Path(str(f)).name for f in found if not isinstance(f, FailedItem)] == ["a.txt"]
    failed = [f for f in found if isinstance(f, FailedItem)]
    assert len(failed) == 1 and failed[0].source.endswith("locked")
    assert "cannot be read (permission denied)" in str(failed[0].error)


def test_a_file_that_cannot_be_opened_is_named_with_the_reason(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.ingest import readers
    from veille.ingest.readers import FailedItem, read

    path = tmp_path / "secret.txt"
    path.write_text("Velmora", encoding="utf-8")
    real = os.open

    def refuse(file: object, *args: object, **kwargs: object) -> int:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real(file, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(readers.os, "open", refuse)
    [item] = list(read(str(path)))
    assert isinstance(item, FailedItem)
    assert str(item.error) == f"[V100] {path}: permission denied. Check the file's permissions"


@pytest.mark.parametrize("option", ["--jsonl", "--questions"])
def test_a_device_given_as_a_lines_file_is_refused_at_once(cli: Cli, kb_copy: Path, option: str) -> None:
    args = ["annotate", option, "/dev/zero"] if option == "--jsonl" else ["ask", option, "/dev/zero", "--db", kb_copy]
    start = time.monotonic()
    result = cli(*args)
    assert result.exit_code == 1 and time.monotonic() - start < 10
    line = one_error_line(result, "V100")
    assert "/dev/zero: a device, not a file" in line and option in line


@pytest.mark.parametrize("option", ["--jsonl", "--questions"])
def test_a_line_over_the_size_limit_is_skipped_and_the_next_read(cli: Cli, kb_copy: Path, tmp_path: Path,
                                                               option: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_MAX_BYTES", "2000")
    key = "text" if option == "--jsonl" else "question"
    path = tmp_path / "lines.jsonl"
    good_line = json.dumps({"id": 1, key: "Qui a levé des fonds ?"}) + "\n"
    path.write_text(good_line + json.dumps({"id": 2, key: "x " * 5000}) + "\n" + good_line, encoding="utf-8")
    args = ["annotate", option, path] if option == "--jsonl" else ["ask", option, path, "--db", kb_copy]
    result = cli(*args)
    assert result.exit_code == 1
    line = one_error_line(result)
    assert f"{path}:2: a line of over" in line and "VEILLE_MAX_BYTES" in line
    assert len(result.stdout.splitlines()) == 2


def test_standard_input_over_the_size_limit_is_refused(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_MAX_BYTES", "1000")
    result = cli("annotate", "-", input=b"Zhipu AI a bondi. " * 1000)
    assert result.exit_code == 1
    line = one_error_line(result, "V100")
    assert "standard input" in line and "limit" in line and "VEILLE_MAX_BYTES" in line
