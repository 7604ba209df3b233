"""Events: named conferences, fairs and meetings, with their place, organiser and attendance."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from veille.facts.common import fact
from veille.facts.view import DocView
from veille.nlp.doctext import doc_text
from veille.nlp.lexicon import words

ENT_LEX = "lexicon/entities.yaml"


def _meeting_of(view: DocView, g: dict[str, Any]) -> bool:
    """'la 37e réunion de l'IBLAC', 'le sommet de l'ASEAN': an organisation's meeting."""
    words_ = words(ENT_LEX, "event_words", view.lang)
    for m in g["mentions"]:
        before = doc_text(view.doc)[max(0, m["start"] - 25):m["start"]].lower()
        last = re.findall(r"(\w+)\s+(?:de l['’]|du|de|des|of the|of)\s*$", before)
        if last and last[-1] in words_:
            return True
    return False


def events(view: DocView) -> list[dict[str, Any]]:
    out = []
    for g in view.groups:
        if not g["mentions"] or not (g["type"] == "event" or (
                g["type"] == "organization" and _meeting_of(view, g))):
            continue
        dated = [m for m in g["mentions"] if any(
            0 <= d.start - m["end"] <= 5 and d.relation == "on" for d in view.dates)]
        # else the first mention whose sentence says on which day or month it takes place
        in_dated = [m for m in g["mentions"] if _states_day(view, m["start"])]
        m = (dated or in_dated or g["mentions"])[0]
        span = view.doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None:
            continue
        sent = view.sent_of(span.start)
        args: dict[str, Any] = {"name": g["name"]}
        places = [(s, p) for s, p in view.entities_in(sent.start, sent.end, ("place",))]
        if places:
            args["place"] = places[0][1]["name"]
        organizer = _organizer(view, sent, span)
        if organizer is not None:
            args["organizer"] = organizer["name"]
        count = _attendance(view, sent)
        if count is not None:
            args["attendance"] = count
        out.append(fact(view, "event", args, sent, span.start_char, span.end_char,
                        "event.named", entities={"name": g["key"]}, confidence=0.6,
                        date=_event_date(view, span, sent),
                        modality=view.clause_modality(span.root, sent)))
    return out


def _states_day(view: DocView, char: int) -> bool:
    span = view.doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    sent = view.sent_of(span.start)
    return any(sent.start_char <= d.start and d.end <= sent.end_char and d.relation == "on"
               and d.precision in ("day", "month") for d in view.dates)


def _event_date(view: DocView, span: Span, sent: Span) -> tuple[str | None, str | None]:
    """'l'IBLAC du 12 octobre': a date right after the name; else a year in the name; else
    the sentence's or the article's date."""
    for d in view.dates:
        if 0 <= d.start - span.end_char <= 5 and d.relation == "on":
            return d.value, d.precision
    stated = [d for d in view.dates if sent.start_char <= d.start and d.end <= sent.end_char
              and d.relation == "on" and d.precision != "year"]
    if stated:
        return stated[0].value, stated[0].precision
    year = re.search(r"\b((?:19|20)\d\d)\b", span.text)
    if year:
        default = view.default_date or ""
        if default.startswith(year.group(1)):
            return view.default_date, view.default_precision
        return year.group(1), "year"
    return view.date_for(sent)


def _organizer(view: DocView, sent: Span, event: Span) -> dict[str, Any] | None:
    cues = view.cue("event_organizer_cues")
    lowers, lemmas = view.words()
    for tok in sent:
        if lowers[tok.i] in cues or lemmas[tok.i] in cues:
            after = view.entities_in(tok.i + 1, min(tok.i + 10, sent.end), ("organization",))
            if after and tok.lower_.startswith("organis") and tok.i + 1 < len(view.doc) and \
                    view.doc[tok.i + 1].lower_ in ("par", "by"):
                return after[0][1]
            subject = view.subject_of(tok, ("organization",))
            if subject is not None:
                return subject
    return None


def _attendance(view: DocView, sent: Span) -> float | None:
    attendance = words("lexicon/facts.yaml", "attendance_words", view.lang)
    for q in view.quantities_in(sent):
        if q.kind != "number":
            continue
        tail = doc_text(view.doc)[q.end:q.end + 30].lower().split()
        if tail and tail[0] in attendance:
            return q.value
    return None
