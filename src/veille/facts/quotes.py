"""Quotations and who says them.

A quotation is words in quotation marks (« », “ ”, " ") or a paragraph after an introduction
ending with a colon. Its speaker is the person a verb of speech names around it ('a déclaré
X', 'X said', 'selon X'), a pronoun's antecedent ('a-t-il ajouté', 'Elle ajoute :'), a name
introducing it ('X (Y) : « ... »'), the subject of the sentence a short quotation is woven
into ('X a défendu un budget qui « ... »'), else the speaker of the quotation just before.
Two quotations of one speaker split by the words that attribute them stay two quotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from veille.facts.common import fact
from veille.facts.view import DocView, quotation_marks
from veille.nlp.lexicon import words

PERSONAL = frozenset({"il", "elle", "he", "she", "-t-il", "-t-elle", "t-il", "t-elle", "-il", "-elle"})
CLAIMED = re.compile(r"présent\w* (?:cela |ça )?comme|describes? it as|se présente|claims?")


@dataclass
class _Quote:
    start: int
    end: int
    text: str
    speaker: dict[str, Any]
    how: float  # how surely the speaker was found


def quotes(view: DocView) -> list[dict[str, Any]]:
    """The document's quotations with their speakers."""
    found: list[_Quote] = []
    last: _Quote | None = None
    for start, end, text in quotation_marks(view.text):
        if len(text.split()) < 3 or all(w[:1].isupper() for w in text.split() if w.isalpha()) \
                or _named_by_cue(view, start):
            continue  # a term or a title in quotation marks, not a quotation
        span = view.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        speaker, how = _speaker(view, span, last)
        if speaker is None:
            continue
        q = _Quote(start, end, text.rstrip(" ,;"), speaker, how)
        found.append(q)
        last = q
    out = [_record(view, q) for q in _joined(view, found)]
    out.extend(_block_quotes(view))
    return out


def _joined(view: DocView, found: list[_Quote]) -> list[_Quote]:
    """One quotation split by its attribution ('"A," said X. "B."') or carried over a
    paragraph's end (an opening mark the paragraph does not close, the next paragraph opening
    again) is one quotation: 'A. B', of the speaker its attribution names."""
    text = view.text
    out: list[_Quote] = []
    for q in found:
        prev = out[-1] if out else None
        how = _continues(text, prev, q) if prev is not None else None
        if prev is not None and how is not None:
            speaker, sure = (q.speaker, q.how) if how == "carried" else (prev.speaker, prev.how)
            comma = text[prev.end - 2:prev.end - 1] == "," or text[prev.end - 1:prev.end] == ","
            joined = prev.text.rstrip(" ,") + (". " if comma else " ") + q.text
            out[-1] = _Quote(prev.start, q.end, joined, speaker, sure)
            continue
        out.append(q)
    return out


def _continues(text: str, prev: _Quote, q: _Quote) -> str | None:
    """'carried' (over a paragraph's end), 'split' (by its attribution) or None."""
    gap = text[prev.end:q.start]
    if not gap.strip() and "\n" in gap:
        closed = text[prev.end - 1:prev.end] in ('"', "”", "»")
        return None if closed else "carried"
    if "\n" in gap or len(gap) > 160 or any(m in gap for m in ('"', "“", "”", "«", "»")):
        return None
    if not (text[prev.end - 2:prev.end - 1] == "," or text[prev.end - 1:prev.end] == ","):
        return None  # '"A." X said. "B."': two statements
    end = text.find("\n", q.end)
    rest = text[q.end:end if end >= 0 else len(text)]
    closed = text[q.end - 1:q.end] in ('"', "”", "»")  # 'B' goes on in the next paragraph: its own
    return "split" if closed and not rest.strip(" .") else None  # 'B' has no attribution of its own


def _named_by_cue(view: DocView, start: int) -> bool:
    """'un plan baptisé « Dix grands projets »', 'a programme called "AI for All"': a name in
    quotation marks after a naming word."""
    before = view.text[max(0, start - 30):start].rstrip(" \u00a0«“\"'").lower()
    last = before.split()[-1] if before.split() else ""
    return last in words("lexicon/facts.yaml", "naming_cues", view.lang)


def _record(view: DocView, q: _Quote) -> dict[str, Any]:
    doc = view.doc
    first = view.sent_of(_token_at(view, q.start))
    last = view.sent_of(_token_at(view, q.end - 1))
    sent = first if first.end >= last.end else doc[first.start:last.end]
    outside = view.text[sent.start_char:q.start] + view.text[q.end:sent.end_char]
    modality = "claimed" if CLAIMED.search(outside) else "asserted"
    return fact(view, "quote", {"speaker": q.speaker["name"], "text": q.text}, sent, q.start, q.end,
                "quote.marks_speaker", entities={"speaker": q.speaker["key"]}, modality=modality,
                date=view.date_for(sent, skip=(q.start, q.end)),  # not 'a year ago' quoted
                confidence=round(0.75 * q.how, 3))


def _token_at(view: DocView, char: int) -> int:
    tok = view.token_at(char)
    return tok.i if tok is not None else 0


def _speaker(view: DocView, quote: Span, last: _Quote | None) -> tuple[dict[str, Any] | None, float]:
    """Who says it, and how surely."""
    doc = quote.doc
    sent_start = view.sent_of(quote.start).start
    end = min(len(doc), quote.end + 25)
    stop = next((t.i for t in doc[quote.end:end] if t.text in (".", "!", "?", "«", "“")), end)
    region = list(doc[quote.end:stop]) + list(doc[sent_start:quote.start])
    for tok in region:
        if view.is_cue(tok, "speech_verbs") and tok.pos_ in ("VERB", "AUX"):
            if tok.i < quote.start and any(t.text in ("»", "”", '"') for t in doc[tok.i:quote.start - 1]):
                continue  # '« ... », a déclaré X. « ... »': the verb says who said the one before
            g = _said_by(view, tok, quote, last)
            if g is not None and g["type"] != "person" and tok.i > quote.end and any(
                    "\n" in t.text or "\n" in t.whitespace_ for t in doc[quote.end - 1:tok.i]):
                continue  # '« ... »\n\nTianheng a également annoncé ...': the next paragraph's news
            if g is not None:
                return g, 1.0
    for cue in view.cue("according_to"):
        for tok in region:
            if tok.lower_ == cue:
                after = view.entities_in(tok.i + 1, tok.i + 6, ("person", "organization"))
                if after:
                    return after[0][1], 1.0
    g = _introduced_by(view, quote, sent_start)
    if g is not None:
        return g, 0.95
    g = _woven_into(view, quote, sent_start)
    if g is not None:
        return g, 0.8
    if last is not None and quote.start_char - last.end < 400:
        return last.speaker, 0.85
    return None, 0.0


def _said_by(view: DocView, verb: Token, quote: Span, last: _Quote | None) -> dict[str, Any] | None:
    """The speaker a verb of speech names: after it ('« ... », a déclaré X'), its subject, or
    the person a pronoun stands for ('a-t-il ajouté', 'Elle ajoute')."""
    doc = quote.doc
    after = view.entities_in(verb.i + 1, min(verb.i + 6, len(doc)), ("person",))
    if verb.i >= quote.end and after:
        return after[0][1]
    g = view.subject_of(verb, ("person",))
    if g is not None:
        return g
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in PERSONAL for c in verb.children):
        return _person_before(view, quote, last)  # 'Elle ajoute : « ... »': whoever spoke last
    if verb.i >= quote.end:
        # '», a déclaré le vice-ministre de la Science et de la Technologie, X': a title, then
        # the name, in the same sentence
        sent = view.sent_of(verb.i)
        titles = words("lexicon/entities.yaml", "person_titles", view.lang)
        later = view.entities_in(verb.i + 1, min(verb.i + 18, sent.end), ("person",))
        if later and any(t.lower_ in titles for t in doc[verb.i + 1:later[0][0].start]):
            return later[0][1]
    g = view.subject_of(verb, ("organization",))
    if g is not None:
        return g
    if after:
        return after[0][1]
    near = doc[max(verb.i - 3, 0):min(verb.i + 3, len(doc))]
    if any(t.lower_ in PERSONAL for t in near):
        return _person_before(view, quote, last)
    return _titled(view, verb, quote)


def _titled(view: DocView, verb: Token, quote: Span) -> dict[str, Any] | None:
    """'« ... », a lancé le ministre', 'résume la fondatrice', 'the minister said': the person
    the text named last with that title (next to their name), in the 1,500 characters before."""
    doc = quote.doc
    titles = words("lexicon/entities.yaml", "person_titles", view.lang)
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    after = list(doc[verb.i + 1:min(verb.i + 4, len(doc))]) if verb.i >= quote.end else []
    title = next((t for t in [*subject, *after] if t.lower_ in titles and any(
        c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "the") for c in t.children)), None)
    if title is None:
        return None
    for s, g in reversed([(s, g) for s, g in view.spans if g["type"] == "person"
                          and s.end <= quote.start and quote.start_char - s.start_char < 1500]):
        if any(t.lower_ == title.lower_ for t in doc[s.end:min(s.end + 4, len(doc))]):
            return g  # 'X, ministre de ...'
        sent = view.sent_of(s.start)
        for t in reversed(doc[max(s.start - 10, sent.start):s.start]):
            if t.i in view.by_token and view.by_token[t.i]["type"] == "person":
                break  # another person's title
            if t.lower_ == title.lower_:
                return g  # 'le ministre de l'Économie numérique, X'
    return None


def _person_before(view: DocView, quote: Span, last: _Quote | None) -> dict[str, Any] | None:
    """The person a pronoun next to a quotation stands for: the last speaker, else the last
    person named before it."""
    if last is not None and quote.start_char - last.end < 1500:
        return last.speaker
    people = [g for s, g in view.spans if g["type"] == "person" and s.end <= quote.start
              and quote.start_char - s.start_char < 1500]
    return people[-1] if people else None


def _introduced_by(view: DocView, quote: Span, sent_start: int) -> dict[str, Any] | None:
    """'Ayu Prameswari (Lintas AI) : « ... »', 'X: "..."': a name and a colon before it."""
    doc = quote.doc
    before = doc[sent_start:quote.start]
    if not len(before) or before[-1].text != ":":
        return None
    people = view.entities_in(sent_start, quote.start, ("person",))
    return people[-1][1] if people else None


def _woven_into(view: DocView, quote: Span, sent_start: int) -> dict[str, Any] | None:
    """'Le chef de l'exécutif X a défendu un budget qui « protège l'avenir »': a short
    quotation inside a sentence whose subject is a person is that person's."""
    if quote.start == sent_start or len(quote) > 40:
        return None
    sent = view.sent_of(quote.start)
    return view.subject_of(sent.root, ("person",))


def _block_quotes(view: DocView) -> list[dict[str, Any]]:
    """'Selon X, directeur de Y :' followed by a paragraph: the paragraph is X's words."""
    doc = view.doc
    out = []
    # anchored at the line's start: unanchored, the lazy intro is tried from every character
    for m in re.finditer(r"(?m)^([^\n]*?)\s*:[ \t]*\n+(?!\s*[«“\"])([^\n]{20,600})$", view.text):
        intro_start = max(m.start(1), m.end(1) - 300)  # the intro: up to 300 characters
        if m.end(1) - intro_start < 10:
            continue
        intro = doc.char_span(intro_start, m.end(1), alignment_mode="expand")
        if intro is None:
            continue
        speaker = None
        low = view.text[intro_start:m.end(1)].lower()
        if any(c in low for c in view.cue("according_to")) or any(
                t.lemma_.lower() in view.cue("speech_verbs") for t in intro):
            people = view.entities_in(intro.start, intro.end, ("person",))
            speaker = people[0][1] if people else None
        if speaker is None:
            continue
        quote = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        if quote is None:
            continue
        out.append(fact(view, "quote", {"speaker": speaker["name"], "text": m.group(2).strip()},
                        view.sent_of(quote.start), m.start(2), m.end(2), "quote.block_after_colon",
                        entities={"speaker": speaker["key"]}, modality="asserted",
                        date=view.date_for(view.sent_of(quote.start), skip=(m.start(2), m.end(2))),
                        confidence=0.6))
    return out
