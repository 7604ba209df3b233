"""A property-based run of the REST API's OpenAPI schema (schemathesis): every operation is
called with data generated from the schema, valid and invalid, against the app on a small
store with a token (so that the writes run too). No answer may be a server error, and every
answer must conform to the schema: its status documented, its body of the documented shape,
invalid input refused, the token required where the schema says so.

URL ingest never leaves this machine: every host name resolves to 127.0.0.1 here, which the
server's default fetch policy refuses."""

from __future__ import annotations

import ipaddress
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from conftest import WebStore, copy_store
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS

from veille.web import create_app

pytestmark = pytest.mark.slow

TOKEN = "fuzz-token-7c1e"
EXAMPLES = 20  # per operation and generation mode: the whole run takes about 20 s

# The app is made when the module is collected, over an empty store that the `store` fixture
# fills with a copy of the web store before the first call (each request opens the file anew):
# schemathesis loads the schema from the app itself, at /openapi.json.
_folder = tempfile.TemporaryDirectory(prefix="veille-fuzz-")
DB = Path(_folder.name) / "kb.db"
APP = create_app(DB, token=TOKEN)
# The token is given as the schema's bearer scheme, so that schemathesis sends it where the
# schema asks for it and also tries every operation without it and with a wrong one.
CONFIG = schemathesis.Config.from_dict({"auth": {"openapi": {"HTTPBearer": {"bearer": TOKEN}}}})
schema = schemathesis.openapi.from_asgi("/openapi.json", APP, config=CONFIG)
# The server checks what a schema cannot say, and answers 400 with the documented error body: a
# search with neither words nor a filter, an empty file, a date that does not exist. Those
# answers are still checked for their status and shape; only "valid data must be accepted" is
# left out.
EXCLUDED = [c for c in CHECKS.get_all() if c.__name__ == "positive_data_acceptance"]


@schema.hook
def filter_body(context: schemathesis.HookContext, body: object) -> bool:
    """An uploaded file is bytes, whatever value was generated for it: schemathesis counts a
    file part generated as a boolean or a number (sent as the bytes 'false' or '0') as invalid
    data that the server should refuse, where the server rightly takes it as a file."""
    if context.operation is not None and context.operation.path == "/api/v1/ingest/file" and isinstance(body, dict):
        return isinstance(body.get("file", ""), str | bytes)
    return True


@pytest.fixture(scope="module", autouse=True)
def store(web_store: WebStore) -> Iterator[Path]:
    """The web store copied into the app's file (the writes change it)."""
    copy_store(web_store.db, DB)
    yield DB
    _folder.cleanup()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every host resolves to loopback, so URL ingest is refused before any connection."""
    monkeypatch.setattr("veille.ingest.fetch.resolve", lambda host, port: [ipaddress.ip_address("127.0.0.1")])
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy",
                "VEILLE_ALLOW_PRIVATE_URLS"):
        monkeypatch.delenv(var, raising=False)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_no_server_error_and_answers_conform(case: schemathesis.Case) -> None:
    case.call_and_validate(excluded_checks=EXCLUDED)
