"""Write the REST API's OpenAPI schema to docs/openapi.json (`make openapi`).

Usage: python scripts/openapi.py [PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

from veille.web.schema import openapi_text

if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "docs" / "openapi.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(openapi_text(), encoding="utf-8")
    print(f"wrote {path}")
