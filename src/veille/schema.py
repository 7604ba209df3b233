"""The fact schema, read from ``data/schema/facts.yaml``: types, roles, keys, renderings and
answer slots. Everything that needs to know what a fact of some type holds asks this module.

The file is checked when it loads; an error names the file, the line and what to change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import NoReturn

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from veille.errors import VeilleError

ROLE_KINDS = ("entity", "entities", "money", "percent", "number", "unit", "year", "words", "text")
QUESTION_KINDS = ("count", "money", "percent", "change", "date", "year", "title")
UNIT_CONDITIONS = ("unit:none", "unit:%", "unit:money")
LANGS = ("fr", "en")
SCHEMA_FILE = "veille/data/schema/facts.yaml"


class SchemaError(VeilleError):
    """The fact schema file is malformed."""

    code = "V500"


@dataclass(frozen=True)
class Role:
    """One role of a fact type: its kind, the entity types it accepts, whether it is part of
    the fact's identity and whether the fact needs it."""

    name: str
    kind: str
    accepts: tuple[str, ...] = ()
    key: bool = False
    required: bool = False

    @property
    def is_entity(self) -> bool:
        return self.kind in ("entity", "entities")


@dataclass(frozen=True)
class Slot:
    """A role that answers a kind of question, optionally narrowed by the fact's unit."""

    role: str
    unit: str = ""  # "", "unit:none", "unit:%" or "unit:money"
    fit: float = 1.0


@dataclass(frozen=True)
class FactType:
    """A type of fact as the schema describes it."""

    name: str
    label: dict[str, str]
    roles: dict[str, Role]
    render: dict[str, str]
    answers: dict[str, tuple[Slot, ...]] = field(default_factory=dict)
    dated: bool = False
    conflict: tuple[str, ...] = ()

    @property
    def key_roles(self) -> tuple[str, ...]:
        return tuple(r for r, role in self.roles.items() if role.key)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(r for r, role in self.roles.items() if role.required)

    @property
    def entity_roles(self) -> tuple[str, ...]:
        return tuple(r for r, role in self.roles.items() if role.is_entity)


@dataclass(frozen=True)
class Schema:
    """The whole schema: the fact types in the file's order, modalities and entity types."""

    types: dict[str, FactType]
    modalities: tuple[str, ...]
    entity_types: tuple[str, ...]

    def __getitem__(self, name: str) -> FactType:
        return self.types[name]

    @property
    def type_names(self) -> tuple[str, ...]:
        return tuple(self.types)

    def answering(self, kind: str) -> list[tuple[str, Slot]]:
        """(fact type, slot) pairs that answer a kind of question, types in the file's order."""
        return [(t.name, slot) for t in self.types.values() for slot in t.answers.get(kind, ())]

    def help_list(self) -> str:
        """'launch, stock_move, ... or role', for command help."""
        names = list(self.types)
        return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)


@cache
def schema() -> Schema:
    """The bundled fact schema, checked, read once per process."""
    path = resources.files("veille") / "data" / "schema" / "facts.yaml"
    return parse_schema(path.read_text(encoding="utf-8"), SCHEMA_FILE)


def fact_type(name: str) -> FactType:
    """The schema of one fact type; a clear error for an unknown name."""
    types = schema().types
    if name not in types:
        raise SchemaError(f"unknown fact type '{name}'", f"Use one of: {', '.join(types)}")
    return types[name]


# ---------------------------------------------------------------------------------------------
# Reading and checking the file


def parse_schema(text: str, origin: str = "<schema>") -> Schema:
    """Read and check a schema document; every error names `origin` and the line."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as e:
        raise SchemaError(f"{origin}: not valid YAML ({e})", "Fix the syntax at the line given") from e
    reader = _Reader(origin)
    if root is None:
        raise SchemaError(f"{origin}: the file is empty", "Describe the fact types")
    top = reader.mapping(root, "the file")
    entity_types = tuple(reader.strings(reader.need(top, "entity_types", root), "entity_types"))
    modalities = tuple(reader.strings(reader.need(top, "modalities", root), "modalities"))
    types_node = reader.need(top, "types", root)
    types = {}
    for name, node in reader.mapping(types_node, "types").items():
        types[name] = reader.fact_type(name, node, entity_types)
    if not types:
        reader.fail(types_node, "'types' is empty", "Describe at least one fact type")
    return Schema(types=types, modalities=modalities, entity_types=entity_types)


class _Reader:
    """Turns YAML nodes into schema objects, failing with the node's line."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, node: Node | None, message: str, hint: str) -> NoReturn:
        line = f":{node.start_mark.line + 1}" if node is not None else ""
        raise SchemaError(f"{self.origin}{line}: {message}", hint)

    def mapping(self, node: Node | None, what: str) -> dict[str, Node]:
        if not isinstance(node, MappingNode):
            self.fail(node, f"{what} should be a mapping", "Write it as 'key: value' lines")
        out: dict[str, Node] = {}
        for k, v in node.value:
            if not isinstance(k, ScalarNode):
                self.fail(k, f"a key of {what} is not a name", "Use plain names as keys")
            if k.value in out:
                self.fail(k, f"'{k.value}' appears twice in {what}", "Keep one of them")
            out[k.value] = v
        return out

    def need(self, items: dict[str, Node], key: str, parent: Node) -> Node:
        if key not in items:
            self.fail(parent, f"'{key}' is missing", f"Add '{key}:'")
        return items[key]

    def scalar(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode) or node.value == "":
            self.fail(node, f"{what} should be a single value", "Write one word or quoted text")
        return str(node.value)

    def strings(self, node: Node, what: str) -> list[str]:
        if not isinstance(node, SequenceNode):
            self.fail(node, f"{what} should be a list", "Write it as [a, b, c]")
        return [self.scalar(n, f"an item of {what}") for n in node.value]

    def boolean(self, node: Node, what: str) -> bool:
        value = self.scalar(node, what).lower()
        if value not in ("true", "false"):
            self.fail(node, f"{what} should be true or false, not '{value}'", "Write true or false")
        return value == "true"

    def fact_type(self, name: str, node: Node, entity_types: tuple[str, ...]) -> FactType:
        items = self.mapping(node, f"type '{name}'")
        known = {"label", "roles", "render", "answers", "dated", "conflict"}
        for k, v in items.items():
            if k not in known:
                self.fail(v, f"type '{name}' has an unknown field '{k}'",
                          f"Use only {', '.join(sorted(known))}")
        roles = {r: self.role(name, r, n, entity_types)
                 for r, n in self.mapping(self.need(items, "roles", node), f"{name}.roles").items()}
        label = self.languages(self.need(items, "label", node), f"{name}.label")
        render_node = self.need(items, "render", node)
        render = self.languages(render_node, f"{name}.render")
        for lang, template in render.items():
            for used in TEMPLATE_FIELD.findall(template):
                if used not in roles:
                    self.fail(render_node, f"{name}.render.{lang} uses '{{{used}}}', which is not a"
                              f" role of {name}", f"Use one of {', '.join(roles)}")
        answers: dict[str, tuple[Slot, ...]] = {}
        if "answers" in items:
            for kind, slots in self.mapping(items["answers"], f"{name}.answers").items():
                if kind not in QUESTION_KINDS and kind not in entity_types:
                    self.fail(slots, f"{name}.answers has an unknown question kind '{kind}'",
                              f"Use one of {', '.join(QUESTION_KINDS + entity_types)}")
                answers[kind] = tuple(self.slot(name, roles, s, slots)
                                      for s in self.strings(slots, f"{name}.answers.{kind}"))
        conflict: tuple[str, ...] = ()
        if "conflict" in items:
            conflict = tuple(self.strings(items["conflict"], f"{name}.conflict"))
            for r in conflict:
                if r not in roles:
                    self.fail(items["conflict"], f"{name}.conflict names '{r}', not a role",
                              f"Use one of {', '.join(roles)}")
        dated = self.boolean(items["dated"], f"{name}.dated") if "dated" in items else False
        return FactType(name=name, label=label, roles=roles, render=render, answers=answers,
                        dated=dated, conflict=conflict)

    def languages(self, node: Node, what: str) -> dict[str, str]:
        items = self.mapping(node, what)
        for lang in LANGS:
            if lang not in items:
                self.fail(node, f"{what} has no '{lang}'", f"Give it in {' and '.join(LANGS)}")
        return {lang: self.scalar(v, f"{what}.{lang}") for lang, v in items.items()}

    def role(self, ftype: str, name: str, node: Node, entity_types: tuple[str, ...]) -> Role:
        items = self.mapping(node, f"{ftype}.roles.{name}")
        kind = self.scalar(self.need(items, "kind", node), f"{ftype}.roles.{name}.kind")
        if kind not in ROLE_KINDS:
            self.fail(items["kind"], f"{ftype}.roles.{name} has kind '{kind}'",
                      f"Use one of {', '.join(ROLE_KINDS)}")
        accepts: tuple[str, ...] = ()
        if kind in ("entity", "entities"):
            accepts = tuple(self.strings(self.need(items, "accepts", node),
                                         f"{ftype}.roles.{name}.accepts"))
            for t in accepts:
                if t not in entity_types:
                    self.fail(items["accepts"], f"{ftype}.roles.{name} accepts '{t}', not an"
                              " entity type", f"Use one of {', '.join(entity_types)}")
        for k in items:
            if k not in ("kind", "accepts", "key", "required"):
                self.fail(items[k], f"{ftype}.roles.{name} has an unknown field '{k}'",
                          "Use kind, accepts, key or required")
        key = self.boolean(items["key"], f"{ftype}.roles.{name}.key") if "key" in items else False
        required = self.boolean(items["required"], f"{ftype}.roles.{name}.required") \
            if "required" in items else False
        return Role(name=name, kind=kind, accepts=accepts, key=key, required=required)

    def slot(self, ftype: str, roles: dict[str, Role], text: str, node: Node) -> Slot:
        m = SLOT.fullmatch(text.strip())
        if m is None:
            self.fail(node, f"{ftype}.answers: '{text}' is not a slot",
                      "Write 'role', 'role unit:none|unit:%|unit:money' and optionally '@0.8'")
        role, unit, fit = m["role"], m["unit"] or "", float(m["fit"] or 1.0)
        if role not in roles and role != "date":
            self.fail(node, f"{ftype}.answers names '{role}', not a role of {ftype}",
                      f"Use one of {', '.join([*roles, 'date'])}")
        return Slot(role=role, unit=unit, fit=fit)


TEMPLATE_FIELD = re.compile(r"\{(\w+)\}")
SLOT = re.compile(r"(?P<role>\w+)(?:\s+(?P<unit>unit:(?:none|%|money)))?(?:\s*@(?P<fit>[01](?:\.\d+)?))?")

