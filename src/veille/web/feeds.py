"""The watch rules' Atom feeds, served: `/alerts.atom` (every rule) and `/alerts/RULE.atom`,
the same feeds `veille watch` and `veille ingest` write as files (`veille.watch.deliver`), for
a feed reader to subscribe to. Read like the pages: open on loopback, else with the token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from veille.web.app import Settings, read_access

router = APIRouter(include_in_schema=False)
Read = Annotated[Settings, Depends(read_access)]
ATOM_TYPE = "application/atom+xml; charset=utf-8"


@router.get("/alerts.atom")
def all_alerts(s: Read, request: Request) -> Response:
    """The latest matches of every rule."""
    from veille.watch.deliver import atom

    with s.kb() as kb:
        return Response(atom(kb.store, None, str(request.base_url)), media_type=ATOM_TYPE)


@router.get("/alerts/{rule}.atom")
def rule_alerts(rule: str, s: Read, request: Request) -> Response:
    """The latest matches of one rule (404 for a rule that does not exist)."""
    from veille.kb import monitor
    from veille.watch.deliver import atom

    with s.kb() as kb:
        monitor.rule(kb.store, rule)  # NotFound: the API's 404
        return Response(atom(kb.store, rule, str(request.base_url)), media_type=ATOM_TYPE)
