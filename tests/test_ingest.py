"""Ingesting files, folders and standard input: cleaning, language, duplicates, failures."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES, Cli, dedent, run_sql, table_counts, write_articles

from veille import config
from veille.errors import InputError
from veille.export.jsonl import entity_rows, fact_rows
from veille.ingest import annotator as annotator_module
from veille.ingest import dedup
from veille.ingest import run as run_module
from veille.ingest.clean import LANG_FIRST, decode, detect_language
from veille.ingest.readers import expand
from veille.ingest.run import Report, ingest
from veille.kb.store import SQLiteStore, open_store
from veille.models import content_id

FR = dedent("""
    Velmora ouvre une usine de batteries à Dunkerque

    La startup Velmora a annoncé jeudi l'ouverture d'une usine de batteries à Dunkerque.
    Le site emploiera environ deux cents personnes dès la fin de l'année prochaine, selon
    la direction, qui espère doubler sa production en trois ans.
    """)
EN = dedent("""
    Harlow Dynamics opens a research lab in Leeds

    The company Harlow Dynamics said on Tuesday that it had opened a research lab in Leeds.
    The lab will hire about eighty engineers over the next two years, its founder said,
    and will focus on small language models for hospitals.
    """)
DE = dedent("""
    Velmora eröffnet eine Batteriefabrik in Dünkirchen

    Das Unternehmen Velmora hat am Donnerstag die Eröffnung einer Batteriefabrik in
    Dünkirchen angekündigt. Das Werk soll bis Ende nächsten Jahres rund zweihundert
    Menschen beschäftigen, teilte die Geschäftsführung mit.
    """)

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Velmora ouvre un centre à Lille | Le Courrier Tech</title>
<meta property="og:title" content="Velmora ouvre un centre de recherche à Lille">
<meta property="og:site_name" content="Le Courrier Tech">
<meta name="author" content="Camille Rousseau">
<meta property="article:published_time" content="2025-03-14T08:30:00+01:00">
</head>
<body>
<div id="cookie-banner" class="cookie-consent">Nous utilisons des cookies pour améliorer
votre navigation. Accepter les cookies ou Refuser</div>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/eco">Économie</a></li>
<li><a href="/abonnement">Abonnez-vous</a></li></ul></nav></header>
<main><article>
<h1>Velmora ouvre un centre de recherche à Lille</h1>
<p>La startup Velmora a inauguré vendredi un centre de recherche consacré à l'intelligence
artificielle dans le quartier d'Euralille. Le site accueillera une centaine d'ingénieurs d'ici
la fin de l'année, selon la direction de l'entreprise.</p>
<p>Le fondateur de Velmora, Julien Marchetti, a expliqué que l'entreprise souhaitait se
rapprocher des universités de la région. Le centre travaillera sur des modèles de langue
compacts destinés aux industriels.</p>
<p>Velmora avait levé vingt millions d'euros l'an dernier auprès du fonds Brindle Capital,
qui reste son principal actionnaire.</p>
</article></main>
<footer><p>Mentions légales - Plan du site - Contactez-nous - © 2025 Le Courrier Tech,
tous droits réservés</p></footer>
</body>
</html>
"""
BOILERPLATE = ["cookies", "Accepter", "Accueil", "Abonnez-vous", "Mentions légales",
               "Plan du site", "Contactez-nous", "droits réservés"]

# A long article, so that changing one sentence keeps it a near duplicate.
LONG = dedent("""
    Velmora accélère son expansion en Europe

    La startup lyonnaise Velmora a annoncé mardi l'ouverture de trois nouveaux bureaux en Europe.
    L'entreprise, fondée il y a quatre ans par deux anciens chercheurs, conçoit des batteries.
    Ses clients sont surtout des industriels de la chimie, de l'automobile et de l'énergie.
    Le premier bureau ouvrira à Munich au printemps, suivi de Milan puis de Barcelone à l'automne.
    Chaque site devrait accueillir une vingtaine de personnes dès la première année.
    La direction explique vouloir se rapprocher de ses clients allemands et italiens.
    Les équipes commerciales seront recrutées localement, tandis que la recherche restera à Lyon.
    Le marché européen des batteries spécialisées progresse rapidement depuis deux ans.
    Plusieurs concurrents américains ont pourtant renoncé à s'y implanter durablement.
    Velmora mise sur la sobriété de ses cellules, un argument qui séduit les industriels.
    Ses batteries se recyclent directement dans les usines, sans filière extérieure.
    Cette approche réduit aussi la facture énergétique, selon plusieurs clients interrogés.
    Un fabricant de pièces détachées affirme avoir divisé par deux ses délais de contrôle.
    La jeune pousse compte aujourd'hui cent quarante salariés, dont une majorité d'ingénieurs.
    Elle prévoit d'en embaucher soixante de plus avant la fin de l'année prochaine.
    Son chiffre d'affaires a triplé l'an dernier, sans que le montant exact soit communiqué.
    Les fondateurs n'excluent pas une nouvelle levée de fonds dans les dix-huit mois.
    Ils disent toutefois privilégier la rentabilité plutôt qu'une croissance à tout prix.
    Les syndicats de la métallurgie suivent ces déploiements avec une attention particulière.
    Ils réclament des formations pour les opérateurs dont les tâches vont changer.
    La région a promis de financer une partie de ces formations dès l'an prochain.
    Un premier programme pilote doit démarrer en septembre dans deux usines de l'Isère.
    Les résultats seront présentés lors d'un colloque organisé à Grenoble en décembre.
    """)
CHANGED = ("Deux rivaux britanniques viennent au contraire d'annoncer leur arrivée sur le "
           "continent.")


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def run(store: SQLiteStore, *paths: Path | str) -> Report:
    return ingest(store, [str(p) for p in paths])


def statuses(report: Report) -> list[str]:
    """Outcomes come in the order items are settled: read failures and duplicates at once,
    annotated documents when their batch is done."""
    return [o.status for o in report.outcomes]


def by_source(report: Report) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for o in report.outcomes:
        out.setdefault(Path(o.source).name, []).append(o.status)
    return out


def doc_by_name(store: SQLiteStore, name: str) -> dict[str, Any]:
    """A stored document's row, its text as it reads (SQLite keeps it compressed)."""
    from veille.kb.packed import unzip_text

    rows = store.query("SELECT * FROM documents WHERE name = ?", (name,))
    assert len(rows) == 1, f"{len(rows)} documents named {name}"
    row = {key: rows[0][key] for key in rows[0].keys()}
    row["text"] = unzip_text(row["text"])
    return row


def undecodable_bytes() -> bytes:
    """High bytes only: no NULs or control characters (so not 'binary'), not UTF-8, and
    nothing charset detection is sure of."""
    rng = random.Random(7)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(600))


# --- files ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_text_file_is_stored_with_its_clean_text(store: SQLiteStore, tmp_path: Path) -> None:
    path = write(tmp_path / "velmora.txt", FR.replace("\n", "\r\n") + "   \n\n\n\n")
    report = run(store, path)
    assert statuses(report) == ["added"]
    doc = doc_by_name(store, "velmora")
    assert doc["text"] == FR.strip()
    assert doc["title"] == "Velmora ouvre une usine de batteries à Dunkerque"
    assert doc["source"] == str(path)
    assert doc["lang"] == "fr"
    assert doc["status"] == "annotated"
    assert doc["id"] == content_id(FR)


@pytest.mark.slow
def test_markdown_file_title_has_no_heading_marks(store: SQLiteStore, tmp_path: Path) -> None:
    path = write(tmp_path / "notes" / "velmora-md.md", "# " + FR)
    assert statuses(run(store, path)) == ["added"]
    doc = doc_by_name(store, "velmora-md")
    assert doc["title"] == "Velmora ouvre une usine de batteries à Dunkerque"
    assert "Dunkerque" in doc["text"]


@pytest.mark.slow
def test_html_boilerplate_is_removed_and_metadata_kept(store: SQLiteStore,
                                                       tmp_path: Path) -> None:
    path = write(tmp_path / "velmora-lille.html", HTML)
    assert statuses(run(store, path)) == ["added"]
    doc = doc_by_name(store, "velmora-lille")
    text = doc["text"]
    assert "centre de recherche consacré à l'intelligence artificielle" in text
    assert "Brindle Capital" in text
    for word in BOILERPLATE:
        assert word not in text, f"boilerplate {word!r} kept in the stored text"
    assert "<" not in text and "&nbsp;" not in text
    assert doc["title"] == "Velmora ouvre un centre de recherche à Lille"
    assert text.startswith(doc["title"])
    assert doc["published"] == "2025-03-14"
    assert doc["author"] == "Camille Rousseau"
    assert doc["site"] == "Le Courrier Tech"
    assert doc["lang"] == "fr"


@pytest.mark.slow
def test_latin1_french_is_decoded(store: SQLiteStore, tmp_path: Path) -> None:
    path = write(tmp_path / "latin1.txt", FR.encode("cp1252"))
    assert statuses(run(store, path)) == ["added"]
    assert "l'année prochaine" in doc_by_name(store, "latin1")["text"]


@pytest.mark.slow
def test_a_file_named_directly_is_read_whatever_its_extension(store: SQLiteStore,
                                                               tmp_path: Path) -> None:
    path = write(tmp_path / "depeche.log", FR)
    assert statuses(run(store, path)) == ["added"]
    assert doc_by_name(store, "depeche")["text"] == FR.strip()


# --- folders ----------------------------------------------------------------------------------


def make_tree(root: Path) -> Path:
    write(root / "a.txt", FR)
    write(root / "sub" / "b.md", EN)
    write(root / "sub" / "deeper" / "c.html", HTML)
    write(root / "sub" / "report.pdf", "%PDF-1.4 not an article we can read")
    write(root / "data.json", '{"text": "not an article"}')
    write(root / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(root / ".hidden" / "d.txt", DE)
    write(root / "sub" / ".draft.txt", DE)
    return root


def test_folders_are_expanded_recursively_with_supported_extensions(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "in")
    found = [Path(p).relative_to(root).as_posix() for p in expand([str(root)])]
    assert found == ["a.txt", "sub/b.md", "sub/deeper/c.html"]


def test_expand_keeps_order_and_passes_urls_and_stdin(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "in")
    items = list(expand(["-", "https://example.org/a.html", str(root / "data.json"),
                         str(tmp_path / "missing.txt")]))
    assert items == ["-", "https://example.org/a.html", str(root / "data.json"),
                     str(tmp_path / "missing.txt")]


@pytest.mark.slow
def test_folder_ingest_skips_unsupported_files(store: SQLiteStore, tmp_path: Path) -> None:
    root = make_tree(tmp_path / "in")
    report = run(store, root)
    assert statuses(report) == ["added", "added", "added"]
    names = {d.name for d in store.documents()}
    assert names == {"a", "b", "c"}
    assert store.failures() == []


# --- standard input -------------------------------------------------------------------------


@pytest.mark.slow
def test_stdin_through_the_cli(db: Any, cli: Cli, tmp_path: Path) -> None:
    result = cli("ingest", "--db", db, "-q", "-", input=EN)
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout
    store = open_store(db)
    doc = doc_by_name(store, "stdin")
    assert doc["source"] == "-"
    assert doc["text"] == EN.strip()
    assert doc["lang"] == "en"
    assert doc["status"] == "annotated"
    store.close()


def test_empty_stdin_fails_with_a_message(db: Any, cli: Cli, tmp_path: Path) -> None:
    result = cli("ingest", "--db", db, "-q", "-", input="  \n")
    assert result.exit_code == 1
    assert "standard input: empty" in result.stderr
    store = open_store(db)
    assert [f["source"] for f in store.failures()] == ["-"]
    store.close()


def test_binary_stdin_fails_with_a_message(cli: Cli, tmp_path: Path) -> None:
    result = cli("ingest", "--db", tmp_path / "kb.db", "-q", "-", input=b"\x7fELF\x00\x00" * 50)
    assert result.exit_code == 1
    assert "standard input: a binary file" in result.stderr


# --- language ---------------------------------------------------------------------------------


FR_PROSE = ("Le marché a salué jeudi l'annonce du nouveau modèle, et les analystes estiment que la "
            "société devrait doubler ses ventes d'ici la fin de l'année prochaine. ")


def test_language_is_read_from_the_start_of_long_texts() -> None:
    assert detect_language(FR_PROSE * 40) == "fr"
    assert detect_language("Nvidia shares rose 4 % on Thursday after the launch. " * 60) == "en"
    assert detect_language("GLM-5 !") is None  # too few words to tell


def test_a_doubtful_start_is_settled_by_reading_further() -> None:
    # A table whose words look Portuguese opens a French article: its first 1,000 characters
    # alone lean Portuguese, by too small a margin, so the identifier reads on.
    table = ("Tabela de cotações: NVDA 131,2 ; AMD 98,7 ; TSMC 185,4 ; ASML 702,1. " * 20)
    text = table[:LANG_FIRST] + FR_PROSE * 30
    assert detect_language(text[:LANG_FIRST] + " fin") == "pt"
    assert detect_language(text) == "fr"


@pytest.mark.slow
def test_language_is_identified_and_unsupported_ones_are_kept_unannotated(
        store: SQLiteStore, tmp_path: Path) -> None:
    paths = [write(tmp_path / f"{lang}.txt", text) for lang, text in
             (("fr", FR), ("en", EN), ("de", DE))]
    report = run(store, *paths)
    assert by_source(report) == {"fr.txt": ["added"], "en.txt": ["added"],
                                 "de.txt": ["not_annotated"]}
    fr, en, de = (doc_by_name(store, n) for n in ("fr", "en", "de"))
    assert (fr["lang"], en["lang"], de["lang"]) == ("fr", "en", "de")
    assert (fr["status"], en["status"], de["status"]) == ("annotated", "annotated",
                                                          "not_annotated")
    assert de["note"] and "'de'" in de["note"] and "without annotations" in de["note"]
    assert de["text"] == DE.strip()
    assert store.query("SELECT count(*) FROM doc_entities WHERE doc = (SELECT rowid FROM documents WHERE id = ?)",
                       (de["id"],))[0][0] == 0
    assert store.query("SELECT count(*) FROM doc_entities WHERE doc = (SELECT rowid FROM documents WHERE id = ?)",
                       (fr["id"],))[0][0] > 0
    assert store.failures() == []


# --- duplicates -------------------------------------------------------------------------------


@pytest.mark.slow
def test_exact_duplicates_are_unchanged(store: SQLiteStore, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", FR)
    copy = write(tmp_path / "copie.txt", FR)
    spaced = write(tmp_path / "spaced.txt", FR.replace(" ", "  ").replace("\n", "\r\n"))
    report = run(store, a, a, copy, spaced)
    assert by_source(report) == {"a.txt": ["unchanged", "added"], "copie.txt": ["unchanged"],
                                 "spaced.txt": ["unchanged"]}
    assert {o.doc_id for o in report.outcomes} == {content_id(FR)}
    assert [d.name for d in store.documents()] == ["a"]
    # and again in a later run
    assert statuses(run(store, copy)) == ["unchanged"]
    assert len(store.documents()) == 1


def test_near_duplicate_estimate_is_above_the_threshold() -> None:
    changed = LONG.replace("Plusieurs concurrents américains ont pourtant renoncé à s'y "
                           "implanter durablement.", CHANGED)
    assert changed != LONG
    assert dedup.minhash(LONG).jaccard(dedup.minhash(changed)) >= dedup.THRESHOLD
    assert dedup.minhash(LONG).jaccard(dedup.minhash(FR)) < 0.2


def test_minhash_survives_the_store_round_trip() -> None:
    m = dedup.minhash(LONG)
    back = dedup.from_bytes(dedup.to_bytes(m))
    assert back.jaccard(m) == 1.0
    index = dedup.NearDuplicates()
    index.add("x", back)
    index.add("same", dedup.minhash(LONG))
    index.add("other", dedup.minhash(FR))
    assert index.similar("same") == {"x": 1.0}
    assert index.similar("other") == {}


def near_copy(tmp_path: Path) -> tuple[Path, Path]:
    orig = write(tmp_path / "in" / "a_orig.txt", LONG)
    changed = LONG.replace("Plusieurs concurrents américains ont pourtant renoncé à s'y "
                           "implanter durablement.", CHANGED)
    return orig, write(tmp_path / "in" / "b_copy.txt", changed)


@pytest.mark.slow
def test_near_duplicate_in_a_later_run(store: SQLiteStore, tmp_path: Path) -> None:
    orig, copy = near_copy(tmp_path)
    assert statuses(run(store, orig)) == ["added"]
    report = run(store, copy)
    assert statuses(report) == ["duplicate"]
    first = doc_by_name(store, "a_orig")
    dup = doc_by_name(store, "b_copy")
    assert dup["status"] == "duplicate"
    assert dup["duplicate_of"] == first["id"]
    assert first["name"] in dup["note"]  # the note names the original the copy is linked to
    assert CHANGED in dup["text"]
    assert store.query("SELECT count(*) FROM doc_entities WHERE doc = (SELECT rowid FROM documents WHERE id = ?)",
                       (dup["id"],))[0][0] == 0


@pytest.mark.slow
def test_near_duplicate_in_the_same_batch(store: SQLiteStore, tmp_path: Path) -> None:
    """The original is still waiting for annotation when its copy is read."""
    orig, _copy = near_copy(tmp_path)
    report = run(store, orig.parent)
    assert statuses(report) == ["added", "duplicate"]
    dup = doc_by_name(store, "b_copy")
    assert dup["duplicate_of"] == doc_by_name(store, "a_orig")["id"]


@pytest.mark.slow
def test_docs_command_shows_duplicates(db: Any, cli: Cli, tmp_path: Path) -> None:
    orig, copy = near_copy(tmp_path)
    result = cli("ingest", "--db", db, "-q", orig, copy)
    assert result.exit_code == 0, result.output
    assert "1 duplicates" in result.stdout
    assert "near duplicate of" in result.stderr
    listing = cli("docs", "--db", db)
    assert "duplicate of" in listing.stdout


# --- idempotence ------------------------------------------------------------------------------


@pytest.mark.slow
def test_ingesting_a_folder_twice_changes_nothing(db: Any, cli: Cli, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", {k: ARTICLES[k] for k in
                                              ("qorvex_lyon.txt", "qorvex_levee.md",
                                               "zhipu_modele.txt", "atlas_bourse.txt")})
    write(folder / "de.txt", DE)
    near_copy(folder / "near")
    write(folder / "vide.txt", "")
    first = cli("ingest", "--db", db, "-q", folder)
    assert first.exit_code == 1  # the empty file
    before = table_counts(db)
    assert before["documents"] == 7 and before["failures"] == 1
    assert before["doc_entities"] > 0 and before["aliases"] > 0
    second = cli("ingest", "--db", db, "-q", folder)
    assert second.exit_code == 1
    assert "0 added" in second.stdout and "7 unchanged" in second.stdout
    assert table_counts(db) == before


# --- worker processes -------------------------------------------------------------------------


def _snapshot(store: SQLiteStore) -> dict[str, object]:
    docs = store.query("SELECT name, status, duplicate_of FROM documents ORDER BY name")
    return {"documents": [tuple(r) for r in docs],
            "entities": sorted(map(repr, entity_rows(store))),
            "facts": sorted(map(repr, fact_rows(store))),
            "mentions": store.query("SELECT count(*) FROM mentions")[0][0]}


@pytest.mark.slow
def test_two_worker_processes_store_what_one_process_stores(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in")
    write(folder / "de.txt", DE)
    near_copy(folder / "near")
    snapshots, reports = [], []
    for n in (1, 2):
        store = SQLiteStore(tmp_path / f"kb{n}.db")
        reports.append(ingest(store, [str(folder)], n_process=n))
        snapshots.append(_snapshot(store))
        store.close()
    one, two = snapshots
    assert one["facts"] and one["entities"] and one["mentions"]
    assert two == one
    assert statuses(reports[1]) == statuses(reports[0])  # stored in the order submitted
    assert {o.status for o in reports[1].outcomes} == {"added", "duplicate", "not_annotated"}


FORK = "fork" in multiprocessing.get_all_start_methods()


def _fails_on(marker: str, die: bool = False) -> object:
    """A stand-in for the pipeline call that breaks on texts holding `marker`: it raises, or
    with `die` the worker process exits at once, as one killed for lack of memory would."""
    real = annotator_module.annotate
    parent = os.getpid()

    def annotate(items: list[tuple[str, dict[str, object]]], lang: str) -> object:
        if any(marker in text for text, _ in items):
            if die and os.getpid() != parent:
                os._exit(3)
            raise ValueError(f"{marker} broke the pipeline")
        return real(items, lang)

    return annotate


@pytest.mark.slow
@pytest.mark.skipif(not FORK, reason="the stand-in reaches workers by fork")
@pytest.mark.parametrize("n_process", [1, 2])
def test_a_document_that_breaks_the_pipeline_fails_alone(
        store: SQLiteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n_process: int) -> None:
    folder = write_articles(tmp_path / "in")
    write(folder / "panne.txt", FR.replace("Dunkerque.", "Dunkerque. PANNE42."))
    monkeypatch.setattr(annotator_module, "annotate", _fails_on("PANNE42"))
    report = ingest(store, [str(folder)], n_process=n_process)
    outcome = by_source(report)
    assert outcome.pop("panne.txt") == ["failed"]
    assert set(map(tuple, outcome.values())) == {("added",)}
    failed = report.failed[0]
    assert failed.message.startswith("[V500]") and "PANNE42 broke the pipeline" in failed.message
    assert store.query("SELECT code FROM failures")[0][0] == "V500"
    assert not store.query("SELECT 1 FROM documents WHERE name = 'panne'")


@pytest.mark.slow
@pytest.mark.skipif(not FORK, reason="the stand-in reaches workers by fork")
def test_a_worker_process_that_dies_fails_its_batch_and_the_ingest_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_articles(tmp_path / "in")
    write(folder / "a_panne.txt", FR.replace("Dunkerque.", "Dunkerque. PANNE42."))
    monkeypatch.setattr(run_module, "BATCH", 1)
    monkeypatch.setattr(annotator_module, "annotate", _fails_on("PANNE42", die=True))
    store = SQLiteStore(tmp_path / "kb.db")
    report = ingest(store, [str(folder)], n_process=2)
    outcome = by_source(report)
    assert outcome["a_panne.txt"] == ["failed"]
    assert "annotation worker failed" in report.failed[0].message
    assert "--workers 1" in report.failed[0].message
    assert all(len(v) == 1 and v[0] in ("added", "failed") for v in outcome.values())
    assert report.count("added") >= 1  # a new pool took the batches after the broken one
    monkeypatch.undo()
    again = ingest(store, [str(folder)], n_process=2)
    assert again.count("added") == len(report.failed) and not again.failed
    assert store.query("SELECT count(*) FROM failures")[0][0] == 0
    store.close()


# A `veille ingest` whose batches hold one document and take a second more than they would, so
# that it is surely still running when it is interrupted; everything else is the real thing.
SLOW_INGEST = """
import signal, sys, time
# Ctrl-C as at a terminal, even when this test runs in the background, where the shell
# starts commands with SIGINT ignored and Python then keeps ignoring it
signal.signal(signal.SIGINT, signal.default_int_handler)
from veille.ingest import annotator, run
real = annotator.annotate
def slow(items, lang):
    time.sleep(1.0)
    return real(items, lang)
annotator.annotate = slow
run.BATCH = 1
from veille.cli import app
app(sys.argv[1:], prog_name="veille")
"""


@pytest.mark.slow
@pytest.mark.skipif(not FORK, reason="the slowed-down stand-in reaches workers by fork")
def test_ctrl_c_stops_an_ingest_with_workers_cleanly(db: Any, cli: Cli, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in")
    for name, text in (("fr.txt", FR), ("en.txt", EN), ("long.txt", LONG)):
        write(folder / name, text)
    proc = subprocess.Popen([sys.executable, "-c", SLOW_INGEST, "ingest", "--db", str(db), "-q",
                             "-j", "2", str(folder)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _stored(db) < 1:  # the first document is in: the workers are at work
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, stderr
    assert "Interrupted: the store keeps its" in stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    kept = _stored(db)
    assert 1 <= kept < 10
    again = cli("ingest", "--db", db, "-q", folder)
    assert again.exit_code == 0, again.output
    assert f"{10 - kept} added" in again.stdout and f"{kept} unchanged" in again.stdout


def _stored(db: Any) -> int:
    if isinstance(db, str):  # PostgreSQL
        return int(run_sql(db, "SELECT count(*) FROM documents")[0][0])
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        conn.close()


# --- bad inputs -------------------------------------------------------------------------------


def test_undecodable_case_really_is_undecodable() -> None:
    data = undecodable_bytes()
    assert b"\x00" not in data
    with pytest.raises(InputError, match="undecodable"):
        decode("x", data)


BAD = {
    "binary.txt": (b"\x00\x01\x02ELF" * 200, "binary"),
    "empty.txt": (b"", "empty"),
    "blank.md": (b" \n\n \t\n", "empty"),
    "garbled.txt": (undecodable_bytes(), "undecodable"),
    "huge.txt": (("Velmora " * 400).encode(), "limit"),
}


@pytest.mark.slow
def test_bad_inputs_are_recorded_and_the_batch_goes_on(db: Any, cli: Cli, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config, "MAX_BYTES", 2000)
    earlier = write(tmp_path / "earlier.txt", EN)
    assert cli("ingest", "--db", db, "-q", earlier).exit_code == 0
    before = table_counts(db)

    bad = {name: write(tmp_path / "in" / name, data) for name, (data, _) in BAD.items()}
    missing = tmp_path / "in" / "absent.txt"
    good = write(tmp_path / "good.txt", FR)
    args = [bad["binary.txt"], bad["empty.txt"], good, bad["blank.md"], bad["garbled.txt"],
            missing, bad["huge.txt"]]
    result = cli("ingest", "--db", db, "-q", *args)

    assert result.exit_code == 1
    assert "1 added" in result.stdout and "6 failed" in result.stdout
    store = open_store(db)
    failures = {f["source"]: f for f in store.failures()}
    expected = {**{str(p): BAD[n][1] for n, p in bad.items()}, str(missing): "no such file"}
    assert set(failures) == set(expected)
    for source, words in expected.items():
        error = failures[source]["error"]
        assert "\n" not in error
        assert source in error
        assert words in error
        assert failures[source]["code"].startswith("V1")
        assert f"Error: {error}" in result.stderr.splitlines()
    assert sum(line.startswith("Error: ") for line in result.stderr.splitlines()) == 6
    # the good file went in, and nothing stored before is lost
    assert {d.name for d in store.documents()} == {"earlier", "good"}
    after = table_counts(db)
    for table in ("documents", "doc_entities", "mentions", "entities"):
        assert after[table] > before[table]
    assert doc_by_name(store, "earlier")["status"] == "annotated"
    store.close()


@pytest.mark.slow
def test_a_fixed_file_clears_its_failure(store: SQLiteStore, tmp_path: Path) -> None:
    path = write(tmp_path / "later.txt", "")
    assert statuses(run(store, path)) == ["failed"]
    assert [f["source"] for f in store.failures()] == [str(path)]
    write(path, FR)
    assert statuses(run(store, path)) == ["added"]
    assert store.failures() == []


def test_failure_message_of_each_kind(store: SQLiteStore, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Failures need no model: read and clean fail before annotation."""
    monkeypatch.setattr(config, "MAX_BYTES", 2000)
    for name, (data, words) in BAD.items():
        path = write(tmp_path / name, data)
        report = run(store, path)
        assert statuses(report) == ["failed"], name
        message = report.outcomes[0].message
        assert words in message and str(path) in message, message
    report = run(store, tmp_path / "nowhere.txt")
    assert "no such file" in report.outcomes[0].message
    assert len(store.failures()) == len(BAD) + 1
    assert store.documents() == []


def test_size_limit_is_checked_before_reading(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.ingest.readers import FailedItem, read

    monkeypatch.setattr(config, "MAX_BYTES", 100)
    path = write(tmp_path / "big.txt", "x" * 101)
    (item,) = read(str(path))
    assert isinstance(item, FailedItem)
    assert "limit" in str(item.error)
    write(path, "Velmora " * 10)
    (item,) = read(str(path))
    assert not isinstance(item, FailedItem)
