"""Fact frames as data: for each fact type, the words that state it (triggers) and how each of
its roles is reached from them in the parse (paths), read from ``data/frames/<type>.yaml``.

A frame file looks like this (see the bundled ones for all the paths and their options)::

    type: launch
    frames:
      verb:                            # the frame's name: its facts record 'launch.verb'
        confidence: 0.8
        triggers:
          fr: {lemmas: [lancer, dévoiler], phrases: [mettre en service], pos: [VERB]}
          en: {lemmas: [launch, unveil], phrases: [roll out], pos: [VERB]}
        roles:
          subject: [subject, agent, {path: before, weight: 0.7}]
          product: [object, named_as, {path: near, within: 10, weight: 0.8}]

Roles are filled in the order written; each takes the first path that finds a value of a kind
the schema accepts (``union: true`` gathers what every path finds, for list roles). Files are
checked when they load: an error names the file, the frame and what to change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from veille.schema import SchemaError, schema

LANGS = ("fr", "en")
ELISIONS = re.compile(r"\b(s|d|l|qu|n|j|m|t|c)['’]\s*", re.IGNORECASE)
ELIDED = {"s": "se", "d": "de", "l": "le", "qu": "que", "n": "ne", "j": "je", "m": "me",
          "t": "te", "c": "ce"}


@dataclass(frozen=True)
class Path:
    """One way of reaching a role's value from a trigger, with its options."""

    name: str
    weight: float = 1.0
    options: dict[str, Any] = field(default_factory=dict)

    def words(self, key: str, lang: str) -> tuple[str, ...]:
        """A word-list option, for the document's language (lists may be keyed by language)."""
        value = self.options.get(key)
        if isinstance(value, dict):
            value = value.get(lang) or []
        return tuple(str(v).lower() for v in value or ())


@dataclass(frozen=True)
class RoleSpec:
    name: str
    paths: tuple[Path, ...]
    union: bool = False
    organizations_named: str = ""  # a lexicon list: an organisation fills the role only when
    # its name holds one of its words ('launch': a programme or a plant, not a company)
    named: str = ""  # a lexicon list: anything fills the role only when its name holds one of
    # its words ('a adopté la Feuille de route nationale ...': a plan, not someone's product)


@dataclass(frozen=True)
class Triggers:
    """The words of a frame in one language: lemmas (or forms) of single words, phrases of
    several words (matched on lemmas, then on the words as written), allowed parts of speech."""

    lemmas: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    pos: frozenset[str]
    lexicon: str = ""  # 'change': the rise and fall words of the normalisation library


@dataclass(frozen=True)
class Frame:
    """A way a fact type is stated: its triggers per language and its role paths."""

    type: str
    name: str
    triggers: dict[str, Triggers]
    roles: tuple[RoleSpec, ...]
    confidence: float = 0.7
    modality: str | None = None  # a modality every fact of the frame has ('projected')
    context: tuple[str, ...] = ()  # cue lists one of which the sentence must hold
    context_window: int = 0  # ... or one of that many sentences before it in its paragraph
    reject_context: tuple[str, ...] = ()  # cue lists none of which the trigger's clause holds
    distinct: tuple[tuple[str, str], ...] = ()  # role pairs that may not name the same entity
    not_determined_by: tuple[str, ...] = ()  # determiners that make a noun trigger anaphoric
    requires: tuple[str, ...] = ()  # roles this frame needs beyond the schema's required ones
    governed_by: dict[str, frozenset[str]] = field(default_factory=dict)  # verbs a noun needs
    governs: tuple[str, ...] = ()  # relations one of the trigger's dependents must have
    requires_one_of: tuple[str, ...] = ()  # roles of which the fact needs at least one
    # whether a country's companies taken together as the trigger's subject ('les start-up
    # vietnamiennes ont levé ...') make it a statistic, no fact of this frame
    not_collective: bool = False
    # a role of which each entity found makes a fact of its own ('a lancé le X et la tablette Y')
    each: tuple[str, ...] = ()
    # roles that need at least so many values ('X rachète Y': two parties, not one)
    min_found: dict[str, int] = field(default_factory=dict)

    @property
    def rule(self) -> str:
        return f"{self.type}.{self.name}"


class FrameError(SchemaError):
    """A frame file is malformed."""

    code = "V501"


PATHS = ("subject", "agent", "object", "passive_subject", "prep", "verb_prep", "named_as", "near",
         "before", "previous", "opening", "quantity", "measure", "trigger_word", "possessor", "demonyms",
         "phrase_after", "country_pair", "purpose", "deadline", "goal_object", "according_to",
         "rank_measure", "main", "value_owner", "described", "role", "relative_partner",
         "relative_object", "funded", "owner_of", "ranked", "full_year",
         "national_measure")
FRAME_FIELDS = {"confidence", "triggers", "roles", "modality", "context", "reject_context",
                "distinct", "not_determined_by", "requires", "governed_by", "context_window",
                "governs", "requires_one_of", "not_collective", "each", "min_found"}


def normalise_phrase(text: str) -> tuple[str, ...]:
    """'s'associer à' -> ('se', 'associer', 'à'): elisions written out, as lemmas are."""
    return tuple(ELISIONS.sub(lambda m: ELIDED[m[1].lower()] + " ", text.lower()).split())


def parse_frames(data: Any, origin: str) -> list[Frame]:
    """Check and read one frame file."""
    def fail(message: str, hint: str) -> None:
        raise FrameError(f"{origin}: {message}", hint)

    if not isinstance(data, dict) or not isinstance(data.get("frames"), dict):
        fail("expected a mapping with 'type' and 'frames'", "See the docstring of veille.facts.frames")
    ftype = str(data.get("type", ""))
    if ftype not in schema().types:
        fail(f"type '{ftype}' is not a fact type of the schema", f"Use one of {schema().help_list()}")
    roles_of = schema()[ftype].roles
    frames = []
    for name, raw in data["frames"].items():
        where = f"frame '{name}'"
        if not isinstance(raw, dict):
            fail(f"{where} should be a mapping", "Give it triggers and roles")
        for k in raw:
            if k not in FRAME_FIELDS:
                fail(f"{where} has an unknown field '{k}'", f"Use {', '.join(sorted(FRAME_FIELDS))}")
        triggers = {}
        for lang, t in (raw.get("triggers") or {}).items():
            if lang not in LANGS or not isinstance(t, dict):
                fail(f"{where}: triggers are keyed by language ({', '.join(LANGS)})",
                     "Write triggers: {fr: {lemmas: [...]}, en: {...}}")
            triggers[lang] = Triggers(
                lemmas=frozenset(str(w).lower() for w in t.get("lemmas") or []),
                phrases=tuple(normalise_phrase(str(p)) for p in t.get("phrases") or []),
                pos=frozenset(str(p) for p in t.get("pos") or []),
                lexicon=str(t.get("lexicon") or ""))
        if not triggers:
            fail(f"{where} has no triggers", "Give trigger lemmas or phrases for fr and/or en")
        specs = []
        for role, paths in (raw.get("roles") or {}).items():
            if role not in roles_of:
                fail(f"{where} fills '{role}', not a role of {ftype}", f"Use one of {', '.join(roles_of)}")
            union = False
            named = only = ""
            if isinstance(paths, dict):
                union = bool(paths.get("union"))
                named = str(paths.get("organizations_named") or "")
                only = str(paths.get("named") or "")
                paths = paths.get("paths")
            if not isinstance(paths, list) or not paths:
                fail(f"{where}: role '{role}' needs a list of paths", f"Use paths among {', '.join(PATHS)}")
            specs.append(RoleSpec(role, tuple(_path(p, f"{where}, role '{role}'", fail) for p in paths),
                                  union, named, only))
        missing = [r for r in schema()[ftype].required if r not in {s.name for s in specs}]
        if missing:
            fail(f"{where} never fills {', '.join(missing)}, which {ftype} requires",
                 "Add paths for it")
        distinct = tuple(tuple(pair) for pair in raw.get("distinct") or [])
        requires = tuple(str(r) for r in raw.get("requires") or [])
        for r in requires:
            if r not in {s.name for s in specs}:
                fail(f"{where} requires '{r}' but has no paths for it", "Add paths for it")
        each = tuple(str(r) for r in raw.get("each") or [])
        min_found = {str(r): int(n) for r, n in (raw.get("min_found") or {}).items()}
        for r in min_found:
            if r not in {s.name for s in specs}:
                fail(f"{where}: min_found '{r}' but it has no paths for it", "Name one of its roles")
        for r in each:
            if r not in {s.name for s in specs}:
                fail(f"{where}: each '{r}' but it has no paths for it", "Name one of its roles")
        frames.append(Frame(
            type=ftype, name=str(name), triggers=triggers, roles=tuple(specs),
            confidence=float(raw.get("confidence", 0.7)), modality=raw.get("modality"),
            context=tuple(raw.get("context") or ()), context_window=int(raw.get("context_window", 0)),
            reject_context=tuple(raw.get("reject_context") or ()),
            distinct=distinct,  # type: ignore[arg-type]
            not_determined_by=tuple(str(w).lower() for w in raw.get("not_determined_by") or ()),
            requires=requires,
            governed_by={lang: frozenset(str(w).lower() for w in ws)
                         for lang, ws in (raw.get("governed_by") or {}).items()},
            governs=tuple(str(d) for d in raw.get("governs") or ()),
            requires_one_of=tuple(str(r) for r in raw.get("requires_one_of") or ()),
            not_collective=bool(raw.get("not_collective", False)), each=each, min_found=min_found))
    return frames


def _path(raw: Any, where: str, fail: Any) -> Path:
    if isinstance(raw, str):
        raw = {"path": raw}
    if not isinstance(raw, dict) or raw.get("path") not in PATHS:
        fail(f"{where}: '{raw}' is not a path", f"Use one of {', '.join(PATHS)}")
    options = {k: v for k, v in raw.items() if k not in ("path", "weight")}
    return Path(name=str(raw["path"]), weight=float(raw.get("weight", 1.0)), options=options)


FRAME_FILES = ("stock_move", "funding", "metric", "target", "launch", "agreement")


@cache
def frames(lang: str) -> tuple[Frame, ...]:
    """Every bundled frame that has triggers in a language, in the order of FRAME_FILES."""
    out: list[Frame] = []
    for name in FRAME_FILES:
        path = resources.files("veille") / "data" / "frames" / f"{name}.yaml"
        origin = f"veille/data/frames/{name}.yaml"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            raise FrameError(f"{origin}: not valid YAML ({e})", "Fix the syntax at the line given") from e
        out += [f for f in parse_frames(data, origin) if lang in f.triggers]
    return tuple(out)
