"""Watch rules: conditions over the structured store, evaluated on each newly stored fact (and
each new entity) while a document is stored, each match recorded once with its evidence.

A rule is one of two kinds:

- a fact rule: its fact `type`; an `entity` in one of its roles (by any alias) or an
  `entity_type` there; a `place` the article names (the place or any of its names, or the
  country's demonym in the evidence sentence: "vietnamienne" is Vietnam); a `where`
  condition on its numbers (`veille.watch.expr`); its `modality`; a `min_confidence`
  (default: the configured threshold); `conflicts`: only a fact giving another value than a
  stored one for the same measure;
- a new-entity rule (`new_entity`: an entity type, or "any"): an entity no document named
  before appears, optionally of a `place`.

Matches are recorded in the store's `alert_matches` (unique per rule and item: ingesting the
same article again, or another stating the same fact, repeats nothing), with one delivery per
webhook and e-mail address of the rule, sent later (`veille.watch.deliver`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from veille import config
from veille.errors import RuleError, VeilleError
from veille.kb import monitor
from veille.kb.store import Store
from veille.models import Document, norm_name
from veille.schema import schema
from veille.watch import expr

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass
class Spec:
    """What a rule looks for (stored as JSON)."""

    type: str | None = None
    entity: str | None = None
    entity_type: str | None = None
    place: str | None = None
    where: str | None = None
    modality: list[str] = field(default_factory=list)
    min_confidence: float | None = None
    conflicts: bool = False
    new_entity: str | None = None  # an entity type, or "any": a new-entity rule

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, False, [])}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Spec:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def describe(self) -> str:
        """One line: 'stock_move where abs(change_pct) >= 10'."""
        parts = [f"new {self.new_entity if self.new_entity != 'any' else 'entity'}" if self.new_entity
                 else (self.type or "any fact")]
        if self.entity:
            parts.append(f"about {self.entity}")
        if self.entity_type:
            parts.append(f"with a {self.entity_type}")
        if self.place:
            parts.append(f"in {self.place}")
        if self.where:
            parts.append(f"where {self.where}")
        if self.modality:
            parts.append("modality " + "/".join(self.modality))
        if self.min_confidence is not None:
            parts.append(f"confidence >= {self.min_confidence:g}")
        if self.conflicts:
            parts.append("in conflict with a stored fact")
        return " ".join(parts)


def check(name: str, spec: Spec) -> expr.Condition | None:
    """RuleError unless the rule can be made: a good name, known types, a --where of the
    language over names its facts have. Returns the parsed --where."""
    if not NAME.match(name):
        raise RuleError(f"'{name}' cannot name a rule",
                        "Use up to 64 letters, digits, '-', '_' or '.', starting with a letter or digit")
    s = schema()
    if spec.type is not None and spec.type not in s.types:
        raise RuleError(f"unknown fact type '{spec.type}'", "Use one of: " + ", ".join(s.types))
    for kind in filter(None, [spec.entity_type, spec.new_entity if spec.new_entity != "any" else None]):
        if kind not in s.entity_types:
            raise RuleError(f"unknown entity type '{kind}'", "Use one of: " + ", ".join(s.entity_types))
    for m in spec.modality:
        if m not in s.modalities:
            raise RuleError(f"unknown modality '{m}'", "Use one of: " + ", ".join(s.modalities))
    if spec.min_confidence is not None and not 0 <= spec.min_confidence <= 1:
        raise RuleError(f"--min-confidence {spec.min_confidence:g} is not between 0 and 1", "Give a number from 0 to 1")
    if spec.new_entity and (spec.type or spec.where or spec.conflicts or spec.modality or spec.entity
                            or spec.entity_type):
        raise RuleError("--new-entity looks for entities, not facts: it takes only --place",
                        "Drop --type, --entity, --entity-type, --where, --modality and --conflicts, "
                        "or make two rules")
    if spec.where is None:
        return None
    return expr.parse(spec.where, expr.names_for(spec.type))


@dataclass
class Rule:
    """A stored rule, ready to evaluate."""

    name: str
    spec: Spec
    condition: expr.Condition | None
    channels: list[tuple[str, str]]  # (webhook|email, target)
    place_keys: frozenset[str] = frozenset()
    place_country: str | None = None  # alpha-2 code when the place is a country
    entity_key: str | None = None

    @classmethod
    def from_row(cls, row: Any) -> Rule:
        spec = Spec.from_dict(json.loads(row["spec"]))
        condition = expr.parse(spec.where) if spec.where else None
        channels = [("webhook", w["url"]) for w in json.loads(row["webhooks"])]
        channels += [("email", e) for e in json.loads(row["emails"])]
        keys: set[str] = set()
        code = None
        if spec.place:
            from veille.world import country

            keys.add(norm_name(spec.place))
            found = country(spec.place)
            if found is not None:
                code = found.code
                keys.update(norm_name(n) for n in found.strong_names())
        return cls(row["name"], spec, condition, channels, frozenset(keys), code,
                   norm_name(spec.entity) if spec.entity else None)


class Matcher:
    """The store's rules, evaluated on each document as it is stored."""

    def __init__(self, store: Store, rules: list[Rule]) -> None:
        self.store = store
        self.rules = rules
        self.floor = config.min_confidence()
        self.found: list[int] = []  # ids of the matches recorded, for the deliveries

    @classmethod
    def load(cls, store: Store) -> Matcher | None:
        """The store's rules, or None when it has none (nothing to evaluate)."""
        rows = monitor.rules(store)
        return cls(store, [Rule.from_row(r) for r in rows]) if rows else None

    def on_document(self, doc: Document, new_facts: Iterable[str]) -> list[int]:
        """Evaluate every rule on the facts a document brought to the store and on the entities
        it names first (inside the caller's transaction); the ids of the matches recorded."""
        found: list[int] = []
        places: set[str] | None = None
        facts = monitor.facts_info(self.store, new_facts)
        for fact in facts:
            args = json.loads(fact["args"])
            values = expr.values_of(fact["type"], args, fact["confidence"])
            entities = monitor.fact_entities(self.store, fact["id"])
            evidence = monitor.fact_evidence(self.store, fact["id"], doc.id)
            for rule in self.rules:
                spec = rule.spec
                if spec.new_entity or not self._fact_ok(rule, fact, values, entities):
                    continue
                if rule.place_keys:
                    places = monitor.document_places(self.store, doc.id) if places is None else places
                    sentence = evidence["sentence"] or evidence["text"] if evidence else ""
                    if not self._in_place(rule, places, sentence):
                        continue
                match_id = self._record_fact(rule, doc, fact, args, evidence)
                if match_id is not None:
                    found.append(match_id)
        entity_rules = [r for r in self.rules if r.spec.new_entity]
        if entity_rules:
            for entity in monitor.new_entities(self.store, doc.id):
                for rule in entity_rules:
                    if rule.spec.new_entity not in ("any", entity["type"]):
                        continue
                    if rule.place_keys:
                        places = monitor.document_places(self.store, doc.id) if places is None else places
                        if not self._in_place(rule, places, doc.text[:2000]):
                            continue
                    match_id = self._record_entity(rule, doc, entity)
                    if match_id is not None:
                        found.append(match_id)
        self.found.extend(found)
        return found

    def _fact_ok(self, rule: Rule, fact: Any, values: dict[str, float], entities: list[Any]) -> bool:
        spec = rule.spec
        if spec.type and fact["type"] != spec.type:
            return False
        floor = spec.min_confidence if spec.min_confidence is not None else self.floor
        if fact["confidence"] < floor:
            return False
        if spec.modality and fact["modality"] not in spec.modality:
            return False
        if spec.conflicts and not fact["n_conflicts"]:
            return False
        if spec.entity_type and not any(e["type"] == spec.entity_type for e in entities):
            return False
        if rule.entity_key and not any(rule.entity_key in json.loads(e["norms"] or "[]") for e in entities):
            return False
        return rule.condition is None or rule.condition(values)

    @staticmethod
    def _in_place(rule: Rule, places: set[str], sentence: str) -> bool:
        if rule.place_keys & places:
            return True
        if rule.place_country is None or not sentence:
            return False
        from veille.world import find_demonyms

        words = re.findall(r"[\w'-]+", sentence)
        return any(c.code == rule.place_country for _, _, c in find_demonyms(words))

    def _record_fact(self, rule: Rule, doc: Document, fact: Any, args: dict[str, Any], evidence: Any) -> int | None:
        from veille.facts.render import summary

        try:
            said = summary(fact["type"], args, "fr" if doc.lang == "fr" else "en")
        except (KeyError, ValueError):
            said = fact["type"]
        said_evidence = {"text": evidence["text"] if evidence else None,
                         "sentence": evidence["sentence"] if evidence else None}
        data = {"rule": rule.name, "kind": "fact",
                "fact": {"id": fact["id"], "type": fact["type"], "args": args, "date": fact["date"],
                         "modality": fact["modality"], "confidence": fact["confidence"],
                         "conflicts": fact["n_conflicts"]},
                "evidence": said_evidence, "document": _document(doc)}
        return monitor.record_match(self.store, rule.name, "fact", fact["id"], doc.id, f"{fact['type']}: {said}",
                                    said_evidence["text"], said_evidence["sentence"], doc.url,
                                    doc.published, data, rule.channels)

    def _record_entity(self, rule: Rule, doc: Document, entity: Any) -> int | None:
        data = {"rule": rule.name, "kind": "entity",
                "entity": {"id": entity["id"], "name": entity["name"], "type": entity["type"]},
                "document": _document(doc)}
        return monitor.record_match(self.store, rule.name, "entity", entity["id"], doc.id,
                                    f"new {entity['type']}: {entity['name']}", None, None, doc.url,
                                    doc.published, data, rule.channels)


def _document(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "name": doc.name, "title": doc.title, "url": doc.url or None,
            "source": doc.source, "published": doc.published}


def add(store: Store, name: str, spec: Spec, webhooks: list[str], secret_env: str | None, emails: list[str],
        grouped: bool = False, replace: bool = False) -> None:
    """Store a rule after checking it (RuleError: one line saying what is wrong)."""
    from veille.ingest.fetch import parse_url

    check(name, spec)
    for url in webhooks:
        try:
            parse_url(url)
        except VeilleError as e:
            raise RuleError(f"--webhook {e.message}", e.hint) from None
    if secret_env is not None and not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", secret_env):
        raise RuleError(f"--secret-env {secret_env!r} is not an environment variable's name",
                        "Give the variable's name, such as VEILLE_WEBHOOK_SECRET, not the secret itself")
    for address in emails:
        if not re.match(r"^[^@\s<>,]+@[^@\s<>,]+$", address):
            raise RuleError(f"--email {address!r} is not an e-mail address", "Give one address per --email")
    hooks = [{"url": url, **({"secret_env": secret_env} if secret_env else {})} for url in webhooks]
    monitor.add_rule(store, name, spec.to_dict(), hooks, emails, grouped, replace)


SAMPLES: dict[str, dict[str, Any]] = {
    "stock_move": {"subject": "Example Robotics", "change_pct": 12.5},
    "funding": {"subject": "Example Capital", "recipient": "Example Robotics",
                "amount": {"value": 60000000.0, "currency": "USD"}},
}


def send_test(store: Store, name: str, policy: Any) -> list[tuple[str, str | None]]:
    """Send a sample of a rule to each of its webhooks and addresses now: (target, error or None)."""
    from veille.kb.store import now
    from veille.watch import deliver

    row = monitor.rule(store, name)
    latest = monitor.matches(store, name, 1)
    if latest:
        sample = {"match_id": latest[0]["id"], "rule": name, "title": latest[0]["title"],
                  "at": latest[0]["at"], "data": latest[0]["data"]}
    else:
        spec = Spec.from_dict(json.loads(row["spec"]))
        kind = spec.type if spec.type in SAMPLES else "funding"
        args = SAMPLES[kind]
        data = {"rule": name, "kind": "fact",
                "fact": {"id": "sample", "type": kind, "args": args, "date": None, "modality": "asserted",
                         "confidence": 1.0, "conflicts": 0},
                "evidence": {"text": "(a sample sent by veille alerts test)", "sentence": None},
                "document": {"id": None, "name": "sample", "title": "A sample", "url": None,
                             "source": "veille alerts test", "published": None}}
        sample = {"match_id": None, "rule": name, "title": f"{kind}: a sample", "at": now(), "data": data}
    results: list[tuple[str, str | None]] = []
    for hook in json.loads(row["webhooks"]):
        try:
            deliver.post_webhook(hook["url"], deliver.payload(_Row(sample), "test"), hook.get("secret_env"),
                                 policy, "test")
            results.append((hook["url"], None))
        except VeilleError as e:
            results.append((hook["url"], str(e)))
    for address in json.loads(row["emails"]):
        try:
            body = deliver.payload(_Row(sample), "test")
            deliver.Smtp.from_env().send(deliver.message(address, name, [body]))
            results.append((address, None))
        except VeilleError as e:
            results.append((address, str(e)))
    return results


class _Row(dict[str, Any]):
    """A dict read like an sqlite3.Row (keys())."""
