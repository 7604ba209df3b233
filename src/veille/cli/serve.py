"""`veille serve`: the web application and REST API under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from veille.cli.common import DbOption, err, fail
from veille.errors import VeilleError


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (other than loopback needs a token).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="VEILLE_TOKEN", show_envvar=False,
        help="Token for writes (Authorization: Bearer TOKEN), and for reads when not on loopback "
             "($VEILLE_TOKEN does the same).")] = None,
    allow_private_urls: Annotated[bool, typer.Option(
        "--allow-private-urls",
        help="Let URL and feed ingest reach this machine and your own network (refused by default).")] = False,
) -> None:
    """Serve the knowledge base over HTTP: its pages at / (French or English, each with a JSON
    twin at the same URL with .json), the REST API under /api/v1, its OpenAPI schema at
    /openapi.json and its documentation at /docs. Reads are open on loopback; writes
    (ingest, split, merge) need the token, which a browser gives once at /login.

    Example: veille serve --db veille.db --port 8000 --token s3cret
    """
    import uvicorn

    from veille.web import create_app

    try:
        app = create_app(db, token=token, allow_private_urls=allow_private_urls, bind_host=host)
    except VeilleError as e:
        fail(e)
    settings = app.state.settings
    shown = f"[{host}]" if ":" in host else host
    err.print(f"Serving {settings.kb_path} on http://{shown}:{port}/ (the REST API under /api/v1, its docs at "
              f"/docs); writes {'need the token' if token else 'are off: start with --token to ingest'}",
              markup=False, highlight=False, soft_wrap=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
