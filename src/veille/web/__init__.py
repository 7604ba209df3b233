"""The web application and its REST API (`/api/v1`), over the library API.

    from veille.web import create_app
    app = create_app("veille.db", token="s3cret")   # any ASGI server; `veille serve` uses uvicorn
"""

from veille.web.app import create_app

__all__ = ["create_app"]
