"""FollowTheMoney entities (https://followthemoney.tech), for Aleph and the other FtM tools:
built with the `followthemoney` package, so that every value is cleaned by its property's
type and every entity is of a schema of the model.

Entities: organisations are Companies (companies, start-ups, labs, banks, investors,
exchanges, and any organisation of no known kind that raised money), PublicBodies
(governments, ministries, agencies) or Organizations; people are People, places
Addresses, AI models and products Assets, events Events. Articles: each document stating an
exported fact. Facts: a funding between two legal entities is an
Ownership (its recipient a company) or a Payment; a person's role in an organisation is a
Directorship, a Membership or an Employment, by the title; every other fact is an Event
whose involved parties are its legal entities. Each link or event has the fact's date, its
statement in English as summary, the evidence sentence as description, and its articles as
proof. Ids: `veille-entity-<id>`, `veille-document-<id>`, `veille-fact-<id>`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from veille.export import MissingPackage
from veille.facts.render import summary
from veille.schema import schema
from veille.world import country

COMPANY_KINDS = {"company", "startup", "lab", "bank", "investor", "exchange"}
PUBLIC_KINDS = {"government", "ministry", "agency"}
DIRECTING = re.compile(
    r"\b(ceo|chief|chair\w*|president|director|directeur|directrice|pdg|président\w*|founder|fondat\w+|"
    r"co-?fond\w+|co-?founder|head|chef|managing|gérant\w*|board|administrat\w+|vice-president|"
    r"vice-président\w*|dg)\b", re.IGNORECASE)
MEMBER = re.compile(r"\b(member|membre|partner|associé\w*)\b", re.IGNORECASE)
LEGAL = ("Company", "PublicBody", "Organization", "Person")


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError as e:
        raise MissingPackage("the FollowTheMoney export needs the followthemoney package, which is not installed",
                             "Install it: pip install 'veille[exports]'") from e
    return model


def entity_id(veille_id: str) -> str:
    return f"veille-entity-{veille_id}"


def document_id(veille_id: str) -> str:
    return f"veille-document-{veille_id}"


def fact_id(veille_id: str) -> str:
    return f"veille-fact-{veille_id}"


def schema_of(entity_type: str, kind: str | None, funded: bool = False) -> str:
    """The FtM schema of a Veille entity: an organisation that raised money (`funded`) and
    is of no kind Veille knows is a Company."""
    if entity_type == "organization":
        if kind in COMPANY_KINDS or (funded and not kind):
            return "Company"
        return "PublicBody" if kind in PUBLIC_KINDS else "Organization"
    return {"person": "Person", "place": "Address", "product": "Asset", "event": "Event"}.get(entity_type, "Asset")


def entity(row: dict[str, Any]) -> dict[str, Any]:
    """A Veille entity (id, name, type, kind, aliases) as an FtM entity."""
    model = _model()
    name = schema_of(row["type"], row["kind"], row.get("funded", False))
    proxy = model.make_entity(name)
    proxy.id = entity_id(row["id"])
    proxy.add("name", row["name"])
    if name == "Address":
        proxy.add("full", row["name"])
        found = country(row["name"])
        if found is not None:
            proxy.add("country", found.code)
    else:
        proxy.add("alias", row["aliases"])
    if row.get("kind"):
        proxy.add("keywords", row["kind"])
    return dict(proxy.to_dict())


def document(row: dict[str, Any]) -> dict[str, Any]:
    """A document (without its text) as an FtM Article."""
    proxy = _model().make_entity("Article")
    proxy.id = document_id(row["id"])
    proxy.add("name", row["title"] or row["name"])
    proxy.add("title", row["title"])
    proxy.add("fileName", row["name"])
    proxy.add("publishedAt", row["published"])
    proxy.add("language", row["lang"])
    proxy.add("sourceUrl", row["url"])
    proxy.add("publisher", row["site"])
    proxy.add("author", row["author"])
    return dict(proxy.to_dict())


def fact(row: dict[str, Any]) -> dict[str, Any]:
    """A fact (kb.export.fact_roles) as one FtM link or event."""
    model = _model()
    kind, args, roles = row["type"], row["args"], row["entities"]

    def first(role: str) -> tuple[str, str, str, str | None, bool] | None:
        found = roles.get(role) or []
        return found[0] if found else None

    def schema_name(e: tuple[str, str, str, str | None, bool] | None) -> str | None:
        return schema_of(e[2], e[3], e[4]) if e else None

    proxy: Any = None
    if kind == "funding":
        investor, recipient = first("subject"), first("recipient")
        if schema_name(investor) in LEGAL and schema_name(recipient) in LEGAL and investor and recipient:
            amount = args.get("amount") if isinstance(args.get("amount"), dict) else {}
            if schema_name(recipient) == "Company":
                proxy = model.make_entity("Ownership")
                proxy.add("owner", entity_id(investor[0]))
                proxy.add("asset", entity_id(recipient[0]))
                proxy.add("ownershipType", "investment")
                proxy.add("sharesValue", _number(amount.get("value")))
                proxy.add("sharesCurrency", amount.get("currency"))
            else:
                proxy = model.make_entity("Payment")
                proxy.add("payer", entity_id(investor[0]))
                proxy.add("beneficiary", entity_id(recipient[0]))
                proxy.add("amount", _number(amount.get("value")))
                proxy.add("currency", amount.get("currency"))
                proxy.add("amountUsd", _number(amount.get("usd")))
                proxy.add("purpose", args.get("purpose"))
    elif kind == "role":
        person, org = first("person"), first("org")
        if person and org and schema_name(person) == "Person" and schema_name(org) in LEGAL[:3]:
            title = str(args.get("title") or "")
            if DIRECTING.search(title):
                proxy = model.make_entity("Directorship")
                proxy.add("director", entity_id(person[0]))
            elif MEMBER.search(title):
                proxy = model.make_entity("Membership")
                proxy.add("member", entity_id(person[0]))
            else:
                proxy = model.make_entity("Employment")
                proxy.add("employee", entity_id(person[0]))
            proxy.add("employer" if proxy.schema.name == "Employment" else "organization", entity_id(org[0]))
            proxy.add("role", title)
    if proxy is None:
        proxy = _event(model, row)
    proxy.id = fact_id(row["id"])
    statement = summary(kind, args, "en") if kind in schema().types else kind
    proxy.add("summary", statement)
    proxy.add("description", row.get("sentence"))
    proxy.add("recordId", row["id"])
    proxy.add("proof", [document_id(d) for d in row["docs"]])
    _date(proxy, row)
    return dict(proxy.to_dict())


def _event(model: Any, row: dict[str, Any]) -> Any:
    """A fact as an Event: its statement as name, its legal entities involved (an event's
    organiser as organizer), its places as location and country, its other names mentioned."""
    kind, args, roles = row["type"], row["args"], row["entities"]
    proxy = model.make_entity("Event")
    proxy.add("name", summary(kind, args, "en") if kind in schema().types else kind)
    proxy.add("keywords", kind)
    for role, found in roles.items():
        for eid, name, etype, ekind, funded in found:
            ftm = schema_of(etype, ekind, funded)
            if ftm in LEGAL:
                proxy.add("organizer" if role == "organizer" else "involved", entity_id(eid))
            elif ftm == "Address":
                proxy.add("location", name)
                place = country(name)
                if place is not None:
                    proxy.add("country", place.code)
            else:
                proxy.add("namesMentioned", name)
    return proxy


def _date(proxy: Any, row: dict[str, Any]) -> None:
    """A date FtM can hold: a year, month or day as it is; a period (a quarter, a week) as
    its first and last day."""
    value = row.get("date")
    if not value:
        return
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        proxy.add("date", value)
    elif row.get("date_start") and row.get("date_end"):
        proxy.add("startDate", row["date_start"])
        proxy.add("endDate", row["date_end"])


def _number(value: Any) -> str | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return str(int(number)) if number.is_integer() else str(number)


def stream_facts(entities: Iterator[dict[str, Any]], documents: Iterator[dict[str, Any]],
                 facts: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The entities a set of facts concerns, then the articles stating them, then the facts:
    every entity a fact refers to comes before it."""
    for row in entities:
        yield entity(row)
    for row in documents:
        yield document(row)
    for row in facts:
        yield fact(row)
