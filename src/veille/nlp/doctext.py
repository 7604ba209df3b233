"""A document's text, computed once: spaCy's `Doc.text` joins every token's text on each
access, and the components read it thousands of times per document."""

from __future__ import annotations

from spacy.tokens import Doc

KEY = "veille_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in `doc.user_data` until `forget` (the tokens do not change)."""
    text = doc.user_data.get(KEY)
    if not isinstance(text, str):
        text = doc.user_data[KEY] = doc.text
    return text


def forget(doc: Doc) -> None:
    """Drop the kept text (the last component does, so that it is not serialised)."""
    doc.user_data.pop(KEY, None)
