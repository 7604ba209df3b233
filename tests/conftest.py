"""Shared fixtures: the CLI runner, small articles written for the tests, a session store
ingested once, the real pipelines (loaded once per process) and a loopback HTTP server."""

from __future__ import annotations

import itertools
import os
import sqlite3
import textwrap
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc
from typer.testing import CliRunner, Result

from veille.cli import app
from veille.kb.store import SharedStore, SQLiteStore, open_store, period_end, period_start

# --- articles written for the tests (never the dev corpus) ---------------------------------

ARTICLES: dict[str, str] = {
    # Two gazetteer aliases of one company (Zhipu AI = Knowledge Atlas Technology).
    "zhipu_modele.txt": """
        Zhipu AI présente un nouveau modèle de langue

        La startup chinoise Zhipu AI a présenté lundi à Pékin un nouveau modèle de langue
        destiné aux entreprises. Selon la direction, il sera ouvert aux développeurs dès le
        mois prochain, avec une version gratuite limitée.
        """,
    "atlas_bourse.txt": """
        Knowledge Atlas Technology salué par les investisseurs

        Les actions de Knowledge Atlas Technology ont progressé mardi à Hong Kong, au lendemain
        de résultats jugés solides par les analystes. Le chiffre d'affaires du groupe a doublé
        sur un an.
        """,
    # An invented company in two articles: joined by its normalised name.
    "qorvex_lyon.txt": """
        Qorvex Labs ouvre un centre de recherche à Lyon

        La startup Qorvex Labs a inauguré vendredi un centre de recherche à Lyon. Selon
        Hélène Garnier, analyste chez Oberlin Securities, l'entreprise devrait doubler ses
        effectifs d'ici deux ans. Le fonds Brindle Capital reste son principal actionnaire.
        """,
    "qorvex_levee.md": """
        # Qorvex Labs prépare une nouvelle levée de fonds

        Qorvex Labs prépare une nouvelle levée de fonds auprès d'investisseurs européens,
        selon plusieurs sources proches du dossier. La jeune pousse lyonnaise conçoit des
        modèles de langue compacts pour les industriels de la chimie.
        """,
    # In-document aliases: a listing name and an acronym in parentheses.
    "talvix_resultats.txt": """
        Talvix Robotics publie ses résultats annuels

        Talvix Robotics, cotée à la bourse de Shenzhen sous le nom de Talvix Zhineng, a publié
        mardi ses résultats annuels. Brindle Capital Partners (BCP) a renforcé sa participation
        dans le fabricant de robots industriels.
        """,
    # A short form after the full name.
    "zhora_robot.txt": """
        Zhora Robotics présente un robot humanoïde

        Zhora Robotics a présenté mercredi un robot humanoïde destiné aux entrepôts. Les
        actions de Zhora ont progressé de 5 % après l'annonce, selon les données de marché.
        """,
    # English.
    "brightwell_en.txt": """
        Brightwell opens a robotics plant in Ohio

        The company Brightwell said on Monday that it would open a robotics plant in Ohio
        next year. Its chief executive, Daniel Okafor, said the plant would employ about
        three hundred people by the end of the decade.
        """,
}


def dedent(text: str) -> str:
    return textwrap.dedent(text).strip() + "\n"


def write_articles(folder: Path, articles: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles or ARTICLES).items():
        (folder / name).write_text(dedent(text), encoding="utf-8")
    return folder


# --- the CLI ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


Cli = Callable[..., Result]


@pytest.fixture(scope="session")
def cli(runner: CliRunner) -> Cli:
    """Run `veille ARGS...` in process: cli('docs', '--db', path, input=None)."""

    def invoke(*args: Any, input: str | bytes | None = None) -> Result:
        return runner.invoke(app, [str(a) for a in args], input=input,
                             env={"COLUMNS": "500", "VEILLE_GAZETTEER": None})

    return invoke


# --- the two backends ------------------------------------------------------------------------
# Every test using the `backend` fixture (through `db`, `store`, `pg_store` ...) runs against
# SQLite and against PostgreSQL, on a throwaway cluster started once per session
# (tests/pgcluster.py). Without PostgreSQL those tests fail, saying why; VEILLE_TEST_PG=off skips
# them instead. A test about SQLite's files only is marked `sqlite_only`.

BACKENDS = ["sqlite", "postgresql"]
PG_OFF = os.environ.get("VEILLE_TEST_PG", "").lower() in ("off", "0", "no")
_NAMES = itertools.count()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: about SQLite's store files; not run on PostgreSQL")


def pytest_runtest_setup(item: pytest.Item) -> None:
    callspec = getattr(item, "callspec", None)
    if callspec is not None and "postgresql" in callspec.params.values():  # backend, corpus, kb ...
        if item.get_closest_marker("sqlite_only"):
            pytest.skip("about SQLite's store files")
        if PG_OFF:
            pytest.skip("PostgreSQL tests turned off (VEILLE_TEST_PG=off)")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """A PostgreSQL server for the session, and a template database holding the schema."""
    from pgcluster import Cluster, ClusterError

    from veille.kb.postgres import close_pool

    cluster = Cluster()
    try:
        cluster.start()
        template = cluster.create("veille_template")
        open_store(template).close()
        close_pool(template)  # a template may have no connection
    except (ClusterError, OSError, LookupError) as e:  # LookupError: no such user
        cluster.stop()
        pytest.fail(f"PostgreSQL cannot be started for the tests: {e}. Install it (make test does, with apt), "
                    "or run without the PostgreSQL tests: VEILLE_TEST_PG=off", pytrace=False)
    _CLUSTER.append(cluster)
    yield cluster
    from veille.kb.postgres import close_pools

    close_pools()
    cluster.stop()


_CLUSTER: list[Any] = []  # the session's, once started
_CREATED: list[tuple[Any, str]] = []  # the databases made in the session, dropped after the test that made them


def new_pg_database(cluster: Any, template: str = "veille_template") -> str:
    """A new Veille store in the session's cluster: empty (the schema is there already), or a
    copy of the database `template`."""
    uri = str(cluster.create(f"t{os.getpid()}_{next(_NAMES)}", template=template))
    _CREATED.append((cluster, uri))
    return uri


@pytest.fixture(autouse=True)
def _drop_test_databases() -> Iterator[None]:
    """Drop the PostgreSQL databases a test made (not those of session or module fixtures,
    made before it starts)."""
    made = len(_CREATED)
    yield
    while len(_CREATED) > made:
        cluster, uri = _CREATED.pop()
        drop_pg_database(cluster, uri)


def drop_pg_database(cluster: Any, uri: str) -> None:
    from veille.kb.postgres import close_pool

    close_pool(uri)
    cluster.drop(uri.split("/")[3].split("?")[0])


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db(backend: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Where a test's own new store is: a SQLite file, or a PostgreSQL URI (its database dropped
    after the test; its Atom files where a file's would be, not in the current folder)."""
    if backend == "sqlite":
        yield tmp_path / "kb.db"
        return
    monkeypatch.setenv("VEILLE_ALERTS_DIR", str(tmp_path / "kb-alerts"))
    yield new_pg_database(request.getfixturevalue("pg_cluster"))


# --- stores -------------------------------------------------------------------------------


def run_sql(db: Any, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """Run one statement on the store at `db` (either backend): its rows, or none for a write."""
    store = open_store(db)
    try:
        if sql.lstrip().upper().startswith("SELECT"):
            return store.query(sql, params)
        with store.write():
            store.execute(sql, params)
        return []
    finally:
        store.close()


def table_counts(path: Path | str) -> dict[str, int]:
    """Row counts of every table of a store (a file, or a PostgreSQL URI)."""
    if str(path).startswith("postgresql:"):
        store = open_store(path)
        try:
            return {t: store.query(f'SELECT count(*) FROM "{t}"')[0][0] for t in store.tables()}
        finally:
            store.close()
    conn = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


@dataclass
class Corpus:
    folder: Path
    db: Any  # a Path, or a PostgreSQL URI
    ingest_output: str
    exit_code: int
    cluster: Any = None  # the PostgreSQL cluster holding it

    @property
    def backend(self) -> str:
        return "postgresql" if self.cluster is not None else "sqlite"

    def copy(self, dest: Path) -> Any:
        """A private copy of the session store, for tests that change it (on PostgreSQL, a new
        database and its URI)."""
        if self.cluster is not None:
            return copy_pg_database(self.cluster, self.db)
        src = sqlite3.connect(str(self.db))
        dst = sqlite3.connect(str(dest))
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
        return dest


@pytest.fixture(scope="session", params=BACKENDS)
def corpus(tmp_path_factory: pytest.TempPathFactory, cli: Cli, request: pytest.FixtureRequest) -> Corpus:
    """The test articles ingested once, through the CLI, into a session store of each backend
    (read only)."""
    root = tmp_path_factory.mktemp("corpus")
    folder = write_articles(root / "articles")
    cluster = pg_cluster_of(request)
    db = new_pg_database(cluster) if cluster is not None else root / "kb.db"
    result = cli("ingest", "--db", db, "-q", folder)
    return Corpus(folder, db, result.output, result.exit_code, cluster)


def pg_cluster_of(request: pytest.FixtureRequest) -> Any:
    """The session's PostgreSQL cluster when the fixture is for the PostgreSQL backend, else None."""
    if request.param != "postgresql":
        return None
    if PG_OFF:
        pytest.skip("PostgreSQL tests turned off (VEILLE_TEST_PG=off)")
    return request.getfixturevalue("pg_cluster")


def store_location(request: pytest.FixtureRequest, folder: Path) -> Any:
    """Where a module's store goes, for a fixture parametrised by BACKENDS: a file in `folder`,
    or a new PostgreSQL database."""
    cluster = pg_cluster_of(request)
    return new_pg_database(cluster) if cluster is not None else folder / "kb.db"


def copy_pg_database(cluster: Any, uri: str) -> str:
    """A copy of a PostgreSQL store, as a new database (its URI)."""
    from veille.kb.postgres import close_pool

    close_pool(uri)  # a template may have no connection
    return new_pg_database(cluster, template=uri.split("/")[3].split("?")[0])


@pytest.fixture
def corpus_store(corpus: Corpus) -> Iterator[SharedStore]:
    store = open_store(corpus.db)
    yield store
    store.close()


@pytest.fixture
def store(db: Any) -> Iterator[SharedStore]:
    """A new store of each backend."""
    s = open_store(db)
    yield s
    s.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(tmp_path / "kb.db")
    yield s
    s.close()


# --- the real pipelines ---------------------------------------------------------------------

Annotate = Callable[[str], Doc]


def _annotator(lang: str) -> Annotate:
    from veille.nlp.pipeline import FACT_COMPONENT, get_nlp

    nlp = get_nlp(lang)

    def run(text: str) -> Doc:
        """The entity components only: fact extraction is another suite's business."""
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name != FACT_COMPONENT:
                doc = proc(doc)
        return doc

    return run


@pytest.fixture(scope="session")
def annotate_fr() -> Annotate:
    return _annotator("fr")


@pytest.fixture(scope="session")
def annotate_en() -> Annotate:
    return _annotator("en")


# --- a loopback HTTP server -------------------------------------------------------------------


@dataclass
class Page:
    body: bytes
    content_type: str
    status: int = 200


class Site:
    """What the test server serves; bodies may contain {base}, replaced by the server's URL."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.base = ""
        self.hits: list[str] = []

    def add(self, path: str, body: str | bytes, content_type: str, status: int = 200) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = Page(data, content_type, status)

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site.hits.append(self.path)
            page = site.pages.get(self.path)
            if page is None:
                page = Page(b"<html><body><h1>Not found</h1></body></html>", "text/html", 404)
            body = page.body.replace(b"{base}", site.base.encode())
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    return Handler


@pytest.fixture(scope="session")
def http_site() -> Iterator[Site]:
    """A real HTTP server on 127.0.0.1 (port chosen by the system), in a thread."""
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    port = server.server_address[1]
    site.base = f"http://127.0.0.1:{port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


# --- a store ingested once per test module ------------------------------------------------
@dataclass
class KB:
    """A store the articles of a test module were ingested into, through the CLI."""

    db: Any
    store: SharedStore

    def text(self, name: str) -> str:
        return next(d.text for d in self.store.documents() if d.name == name)


def ingested(tmp_path_factory: pytest.TempPathFactory, cli: Cli, name: str,
             articles: dict[str, str], request: pytest.FixtureRequest | None = None) -> Iterator[KB]:
    """Ingest `articles` once into a fresh store (search index built); close it after. With the
    `request` of a fixture parametrised by BACKENDS, into a store of that backend."""
    from veille.kb.search import ensure_index

    root = tmp_path_factory.mktemp(name)
    folder = write_articles(root / "articles", articles)
    cluster = pg_cluster_of(request) if request is not None else None
    db = new_pg_database(cluster) if cluster is not None else root / "kb.db"
    result = cli("ingest", "--db", db, "-q", folder)
    assert result.exit_code == 0, result.output
    store = open_store(db)
    ensure_index(store)
    yield KB(db, store)
    store.close()


# --- a store for the web interface: the session corpus and dated articles with facts --------

WEB_ARTICLES: dict[str, tuple[str, str]] = {
    # name: (published, text). Invented companies; a funding stated twice in French and once in
    # English (corroborated), two stock moves of the same day that disagree (a conflict), a
    # fall, a target, an agreement, a role, a quotation and a launch.
    "velmora_levee": ("2025-03-06", """
        Velmora lève 40 millions d'euros auprès de Brindle Capital

        La start-up lyonnaise Velmora a levé 40 millions d'euros auprès de Brindle Capital.
        « Les fonds serviront à industrialiser nos robots », a déclaré Claire Dumont, directrice générale de Velmora.
        """),
    "velmora_tour": ("2025-03-12", """
        Robotique : le tour de table de Velmora

        Velmora a levé 40 millions d'euros auprès de Brindle Capital, selon plusieurs
        investisseurs. La société vise 500 robots livrés d'ici 2027.
        """),
    "velmora_bourse": ("2025-04-02", """
        Velmora s'envole en Bourse

        Les actions de Velmora ont bondi de 12 % mardi à la Bourse de Paris, après l'annonce
        d'un contrat avec un grand distributeur.
        """),
    "velmora_titre": ("2025-04-02", """
        Le titre Velmora en forte hausse

        Le titre Velmora a gagné 10 % mardi à Paris, porté par un contrat avec un grand
        distributeur.
        """),
    "velmora_recul": ("2025-05-10", """
        Velmora recule après ses résultats

        L'action Velmora a reculé de 4 % vendredi à Paris, les investisseurs jugeant ses marges
        décevantes.
        """),
    "velmora_accord": ("2025-05-20", """
        Velmora et Qorvex Labs signent un accord

        Velmora a signé mercredi un protocole d'accord avec Qorvex Labs pour développer des
        robots d'entrepôt pilotés par des modèles de langue.
        """),
    "velmora_kestrel": ("2025-06-05", """
        Velmora lance Kestrel-3

        La start-up lyonnaise Velmora a dévoilé jeudi Kestrel-3, son robot de logistique destiné
        aux entrepôts.
        """),
    "velmora_en": ("2025-06-18", """
        Velmora opens a plant in Ohio

        Velmora said on Monday that it raised 40 million euros from Brindle Capital and would
        open a robotics plant in Ohio next year.
        """),
    # Markup in an article's text: it must show as text, never run.
    "velmora_piege": ("2025-06-20", """
        Velmora <script>document.title='pwned'</script> et le piège

        Velmora a publié <script>alert('script')</script> un texte avec
        <img src=x onerror="alert('image')"> et <b onmouseover="alert('survol')">un gras</b>
        et un lien <a href="javascript:alert('lien')">cliquez ici</a> pour tester.
        """),
}


@dataclass
class WebStore:
    db: Any  # a Path, or a PostgreSQL URI
    backend: str = "sqlite"


@pytest.fixture(scope="session")
def web_store(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> WebStore:
    """The session corpus and WEB_ARTICLES (dated), search index built: read only; copy it
    (Corpus.copy-like) for tests that write."""
    from veille.api import KnowledgeBase

    db = corpus.copy(tmp_path_factory.mktemp("web_store") / "kb.db")
    with KnowledgeBase(db) as kb:
        for name, (published, text) in WEB_ARTICLES.items():
            kb.ingest_text(dedent(text), published=published, name=name)
        kb.index()
    return WebStore(db, corpus.backend)


def copy_store(src: Any, dest: Path) -> Any:
    """A private copy of a store file (SQLite's backup: WAL content included), or of a
    PostgreSQL store (a new database: its URI)."""
    if str(src).startswith("postgresql:"):
        return copy_pg_database(_CLUSTER[0], str(src))
    a, b = sqlite3.connect(str(src)), sqlite3.connect(str(dest))
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()
    return dest


# --- what a store keeps counted -------------------------------------------------------------

def assert_counts_exact(path: Path | str) -> None:
    """The numbers a store keeps up to date (schemas 5 and 6) equal what its rows say: each
    entity's documents and mentions, each fact's statements and conflicts, the graph's edges,
    the documents by source."""
    from veille.kb.store import DOC_DAY, SOURCE_KIND, SOURCE_LABEL, first_evidence

    store = open_store(path)

    def rows(sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in store.query(sql)]

    try:
        kept = rows("SELECT id, docs, mentions FROM entities ORDER BY id")
        counted = rows(
            "SELECT e.id, (SELECT count(DISTINCT doc) FROM doc_entities WHERE entity_id = e.id),"
            " (SELECT count(*) FROM doc_entities de JOIN mentions m ON m.doc = de.doc AND m.ref = de.ref"
            "  WHERE de.entity_id = e.id) FROM entities e ORDER BY e.id")
        assert kept == counted
        stated = rows(f"SELECT f.id, f.n_sources, {first_evidence('f')}, f.first_doc, f.stated FROM facts f"
                      " ORDER BY f.id")
        newest = rows(f"SELECT f.id, count(DISTINCT ev.doc_id), min(ev.text), min(d.name), max({DOC_DAY})"
                              " FROM facts f LEFT JOIN evidence ev ON ev.fact_id = f.id"
                              " LEFT JOIN documents d ON d.id = ev.doc_id GROUP BY f.id ORDER BY f.id")
        assert stated == newest
        conflicting = rows("SELECT id, n_conflicts FROM facts ORDER BY id")
        counted = rows("SELECT f.id, (SELECT count(*) FROM facts f2 WHERE f2.conflict_key = f.conflict_key"
                               " AND f2.id != f.id) FROM facts f ORDER BY f.id")
        assert conflicting == counted
        kept = rows("SELECT kind, source, target, n FROM graph_pairs ORDER BY kind, source, target")
        aggregated = rows(
            "SELECT a.type, a.entity_id, b.entity_id, count(DISTINCT a.fact_id) FROM fact_entities a"
            " JOIN fact_entities b ON b.fact_id = a.fact_id AND b.entity_id != a.entity_id WHERE a.confidence >= 0.4"
            " AND ((a.type = 'funding' AND a.role = 'subject' AND b.role = 'recipient')"
            " OR (a.type = 'agreement' AND a.role = 'parties' AND b.role = 'parties' AND a.entity_id < b.entity_id)"
            " OR (a.type = 'role' AND a.role = 'person' AND b.role = 'org')"
            " OR (a.type = 'launch' AND a.role = 'subject' AND b.role = 'product'))"
            " GROUP BY a.type, a.entity_id, b.entity_id ORDER BY 1, 2, 3")
        assert kept == aggregated
        links = rows("SELECT kind, source, target, fact_id, date_start, date_end, confidence"
                             " FROM graph_links ORDER BY 1, 2, 3, 4")
        linked = rows(
            f"SELECT DISTINCT a.type, a.entity_id, b.entity_id, a.fact_id, {period_start('f')}, {period_end('f')},"
            " a.confidence"
            " FROM fact_entities a JOIN fact_entities b ON b.fact_id = a.fact_id AND b.entity_id != a.entity_id"
            " JOIN facts f ON f.id = a.fact_id WHERE a.confidence >= 0.4"
            " AND ((a.type = 'funding' AND a.role = 'subject' AND b.role = 'recipient')"
            " OR (a.type = 'agreement' AND a.role = 'parties' AND b.role = 'parties' AND a.entity_id < b.entity_id)"
            " OR (a.type = 'role' AND a.role = 'person' AND b.role = 'org')"
            " OR (a.type = 'launch' AND a.role = 'subject' AND b.role = 'product')) ORDER BY 1, 2, 3, 4")
        assert links == linked
        sources = rows("SELECT label, kind, n, latest FROM document_sources ORDER BY label, kind")
        grouped = rows(f"SELECT {SOURCE_LABEL} AS label, {SOURCE_KIND} AS kind, count(*), max({DOC_DAY})"
                               " FROM documents d GROUP BY label, kind ORDER BY label, kind")
        assert sources == grouped
    finally:
        store.close()
