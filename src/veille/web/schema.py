"""The REST API's OpenAPI schema as the repository keeps it (`docs/openapi.json`): written by
`make openapi` (scripts/openapi.py); a test fails when the file is out of date."""

from __future__ import annotations

import json

from veille.web.app import create_app


def openapi_text() -> str:
    """The schema, as stable JSON text (sorted keys, two-space indent, final newline)."""
    app = create_app(":memory:")
    return json.dumps(app.openapi(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
