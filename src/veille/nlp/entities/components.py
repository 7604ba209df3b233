"""The entity components as spaCy registers them, in pipeline order: span cleanup, entity
rules (joining, extending and typing spans), document consistency."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from veille.nlp.entities.cleanup import is_fragment, trim
from veille.nlp.entities.common import NER_TYPES, lang_of, make_span
from veille.nlp.entities.consistency import group_entities
from veille.nlp.entities.context import context_type, list_consistency
from veille.nlp.entities.spans import (
    expand_name,
    extend,
    generic_or_modifier,
    merge_with_gazetteer,
    proper_noun_runs,
    shaped_products,
    weak_type,
)

if not Doc.has_extension("veille_entities"):
    Doc.set_extension("veille_entities", default=None)


@Language.factory("veille_span_cleanup", default_config={"version": 1})
def make_cleanup(nlp: Language, name: str, version: int) -> SpanCleanup:
    return SpanCleanup()


class SpanCleanup:
    """Maps NER labels to Veille's types; strips determiners and titles; drops fragments."""

    versioned_name = "veille.span_cleanup.v1"

    def __call__(self, doc: Doc) -> Doc:
        lang = lang_of(doc)
        out = []
        for ent in doc.ents:
            label = NER_TYPES.get(ent.label_)
            if label is None:
                continue
            span = trim(doc[ent.start:ent.end], lang)
            if span is None or is_fragment(span, lang, label):
                continue
            out.append(make_span(doc, span.start, span.end, label, "ner"))
        doc.ents = filter_spans(out)
        return doc


@Language.factory("veille_entity_rules", default_config={"version": 1})
def make_rules(nlp: Language, name: str, version: int) -> EntityRules:
    return EntityRules()


class EntityRules:
    """Joins gazetteer and NER spans, extends names to their versions and suffixes, adds
    versioned product names, and types each span from its context."""

    versioned_name = "veille.entity_rules.v1"

    def __call__(self, doc: Doc) -> Doc:
        lang = lang_of(doc)
        gazetteer = list(doc.spans.get("gazetteer", []))
        ner = [weak_type(s, doc.spans.get("gazetteer_weak", [])) for s in doc.ents]
        others = gazetteer + list(ner)
        ner = [expand_name(s, lang, others) for s in ner]
        ner = [s for s in filter_spans(ner) if not generic_or_modifier(s, lang)]
        spans = [extend(s, lang) for s in merge_with_gazetteer(doc, ner, gazetteer)]
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans.extend(shaped_products(doc, taken, lang))
        spans.extend(extend(s, lang) for s in proper_noun_runs(doc, taken, lang))  # 'Sorano' + 'AI'
        typed = _events_with_their_city([_typed(span, lang) for span in filter_spans(spans)])
        doc.ents = list_consistency(filter_spans(typed))
        return doc


def _events_with_their_city(spans: list[Span]) -> list[Span]:
    """'Bengaluru Tech Summit 2025': a city or country right before an event's name, with no
    word between, is part of the name ('Bengaluru' + 'Tech Summit 2025' is one event)."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "place" and span.label_ == "event" \
                and prev.end == span.start and span[0].is_title:
            out[-1] = make_span(span.doc, prev.start, span.end, "event", "rule")
            continue
        out.append(span)
    return out


def _typed(span: Span, lang: str) -> Span:
    """A gazetteer name as it is; another with the type its context gives, if any (the
    context decides, or confirms the model)."""
    if span.id_ == "gazetteer":
        return span
    label = context_type(span, lang)
    if label is None:
        return span
    return make_span(span.doc, span.start, span.end, label, "rule")


@Language.factory("veille_doc_consistency", default_config={"version": 1})
def make_consistency(nlp: Language, name: str, version: int) -> DocConsistency:
    return DocConsistency()


class DocConsistency:
    """One name, one type per document; short forms and stated aliases join the full name."""

    versioned_name = "veille.doc_consistency.v1"

    def __call__(self, doc: Doc) -> Doc:
        lang = lang_of(doc)
        groups = group_entities(doc, list(doc.ents), lang)
        ents = []
        for group in groups:
            for m in group.mentions:
                span = doc.char_span(m.start, m.end)
                if span is not None:
                    ents.append(make_span(doc, span.start, span.end, group.type, m.source,
                                          group.gazetteer_id or ""))
        doc.ents = filter_spans(ents)
        doc._.veille_entities = [g.record() for g in groups]
        return doc
