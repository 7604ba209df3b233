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


# a string's hash -> the string, for every document: a hash stands for the same string in every
# vocabulary (it is the hash of the string); bounded, since a long-running process meets ever
# more words
_STRINGS: dict[int, str] = {}


def token_strings(doc: Doc, attr: int) -> list[str]:
    """Each token's string attribute (`ORTH`: its text, `LOWER`: its lower case), by position,
    read from one array: `Token.text` makes a Token and a string at every read."""
    if len(_STRINGS) > 500_000:
        _STRINGS.clear()
    read = _STRINGS
    hashes = doc.to_array(attr).tolist()
    try:
        return list(map(read.__getitem__, hashes))  # (most documents' words are all known)
    except KeyError:
        strings = doc.vocab.strings
        for h in hashes:
            if h not in read:
                read[h] = strings[h]
        return list(map(read.__getitem__, hashes))
