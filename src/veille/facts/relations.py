"""Facts between entities: launches, agreements, events, roles and quotations."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from veille import world
from veille.facts.common import clause_bounds, fact, key, name, words_text
from veille.facts.view import DocView, has_cue
from veille.nlp.doctext import doc_text
from veille.nlp.lexicon import words

ENT_LEX = "lexicon/entities.yaml"
QUOTES = re.compile(r"«\s*([^»]{3,}?)\s*»|“([^”]{3,}?)”|\"([^\"]{3,}?)\"")


def launches(view: DocView, sent: Span) -> list[dict[str, Any]]:
    out = []
    verbs = view.cue_tokens("launch_verbs")
    for i in range(sent.start, sent.end):
        if i not in verbs or i in view.by_token:
            continue
        tok = view.doc[i]
        products = [(s, g) for s, g in view.entities_in(sent.start, sent.end, ("product",))
                    if tok.i < s.start <= tok.i + 12]
        subject = view.subject_of(tok, ("organization",))
        if subject is None and tok.pos_ == "NOUN":
            orgs = view.entities_in(sent.start, tok.i, ("organization",))
            subject = orgs[-1][1] if orgs else None
        if subject is None:
            continue
        if not products and tok.pos_ in ("VERB",):
            obj = next((c for c in tok.children if c.dep_ == "obj"), None)
            heads = words(ENT_LEX, "product_heads", view.lang)
            if obj is not None and obj.lower_ in heads and obj.i not in view.by_token:
                start, end = clause_bounds([tok, obj], sent)
                out.append(fact(view, "launch", {"subject": name(subject)}, sent, start, end,
                                "launch.verb_unnamed_product",
                                entities={"subject": key(subject)}, confidence=0.4))
                break
        if products:
            span, product = products[0]
            start, end = clause_bounds([tok, *span], sent)
            out.append(fact(view, "launch", {"subject": name(subject), "product": name(product)},
                            sent, start, end, "launch.verb_product",
                            entities={"subject": key(subject), "product": key(product)},
                            confidence=0.7))
            break
    return out


def agreements(view: DocView, sent: Span) -> list[dict[str, Any]]:
    cues = view.cue("agreement_cues")
    lowers, lemmas = view.words()
    found = [view.doc[i] for i in range(sent.start, sent.end)
             if (lemmas[i] in cues or lowers[i] in cues)
             and lowers[i] not in ("according", "accordingly")
             and view.doc[i].pos_ in ("NOUN", "VERB", "PROPN")]
    if not found:
        return []
    nouns = view.cue("agreement_nouns")
    signing = view.cue("signing_verbs")
    strong = [t for t in found if t.lower_ in nouns or t.lemma_.lower() in nouns]
    if not strong and not any(lemmas[i] in signing or lowers[i] in signing
                              for i in range(sent.start, sent.end)):
        return []  # 'explorer de nouveaux partenariats': no agreement is stated
    cue = next((t for t in strong + found if t.pos_ in ("NOUN", "PROPN")), found[0])
    if any(c.lower_ in ("ces", "ce", "cet", "cette", "these", "this", "those") for c in cue.children):
        return []  # 'ces accords': the agreement was stated before
    parties: list[tuple[str, str | None]] = []
    for span, g in view.entities_in(sent.start, sent.end, ("organization", "place")):
        if (g["name"], g["key"]) not in parties and not _locative(span):
            parties.append((g["name"], g["key"]))
    # 'le groupe a signé un accord avec X': the signer, named before, is a party too
    signer = next((g for t in sent if t.pos_ == "VERB" and (t.lemma_.lower() in signing or t.lower_ in signing)
                   for g in [view.subject_of(t, ("organization", "place"))] if g is not None), None)
    if signer is not None and (signer["name"], signer["key"]) not in parties:
        parties.insert(0, (signer["name"], signer["key"]))
    between = re.search(r"\b(?:entre|between)\b(.{0,160})", sent.text)
    if between:  # 'entre entreprises vietnamiennes et sud-coréennes': the countries, once each
        named = {c.code for p, _ in parties if (c := world.country(p)) is not None}
        orgs = {span[0].text for span, _g in view.entities_in(sent.start, sent.end, ("organization",))}
        between_words = re.findall(r"[\w-]+", between.group(1))
        for _s, end, country in world.find_demonyms(between_words):
            if end < len(between_words) and between_words[end] in orgs:
                continue  # 'entre l'émirati G42 et ...': the company's nationality, not a party
            if country.code not in named:
                named.add(country.code)
                parties.append((country.name(view.lang), None))
    if not parties and re.search(r"\b(?:les|des|aux) deux pays\b|\b(?:both|the two) countries\b",
                                 sent.text, re.IGNORECASE):
        parties = [(g["name"], g["key"]) for g in _main_countries(view, sent)]
    if not parties:
        return []
    phrase = [cue]
    if cue.pos_ in ("NOUN", "PROPN"):  # the words after the cue, up to a comma or bracket
        after = [t for t in cue.subtree if t.i >= cue.i]
        stop = next((k for k, t in enumerate(after) if t.text in (",", ";", "(", ":", "—")),
                    len(after))
        phrase = [t for t in after[:stop] if not t.is_punct][:8] or [cue]
    topic = words_text(phrase).strip() or cue.text
    start, end = clause_bounds(phrase or [cue], sent)
    return [fact(view, "agreement", {"parties": [p for p, _ in parties], "topic": topic}, sent,
                 start, end, "agreement.cue_parties",
                 entities={"parties": [k for _, k in parties if k]}, confidence=0.5)]


def _main_countries(view: DocView, sent: Span) -> list[dict[str, Any]]:
    """The two countries the article names most often."""
    from veille.nlp.gazetteer import entries

    table = entries()
    counts: dict[str, int] = {}
    groups: dict[str, dict[str, Any]] = {}
    for _span, g in view.spans:
        entry = table.get(g.get("gazetteer_id") or "")
        if g["type"] == "place" and (entry is None or entry.kind == "country"):
            counts[g["key"]] = counts.get(g["key"], 0) + (2 if entry is not None else 1)
            groups[g["key"]] = g
    top = sorted(counts, key=lambda k: -counts[k])[:2]
    return [groups[k] for k in top] if len(top) == 2 else []


LOCATIVE = ("à", "in", "at", "au", "aux")


def _locative(span: Span) -> bool:
    """'à Hanoï', 'in Seoul', and 'in Rotterdam and Hamburg' for both: where something happens,
    not a party to it."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    after = doc_text(span.doc)[span.end_char:span.end_char + 8].lower()
    if (prev is not None and prev.lower_ in LOCATIVE) or after.startswith(
            ("-based", "‑based", "-basée", "-basé")):  # 'a Tokyo-based developer'
        return True
    first = span.root
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first is span.root:
        return False
    return (first.dep_ == "pobj" and first.head.lower_ in LOCATIVE) or any(
        c.dep_ == "case" and c.lower_ in LOCATIVE for c in first.children) or (
        first.i > 0 and span.doc[first.i - 1].lower_ in LOCATIVE)


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


def roles(view: DocView, sent: Span) -> list[dict[str, Any]]:
    titles = words(ENT_LEX, "person_titles", view.lang)
    out = []
    for span, g in view.entities_in(sent.start, sent.end, ("person",)):
        phrase = _title_after(span, titles) or _title_before(span, titles, sent.start)
        appointed = False
        if phrase is None:
            phrase = _title_appointed(span, titles, sent.end)
            appointed = phrase is not None
        if phrase is None:
            continue
        orgs = view.entities_in(phrase.start, phrase.end, ("organization", "place"))
        if appointed and not orgs:  # 'X a annoncé la nomination de Y au poste de ...': X's
            announcer = view.subject_of(sent.root, ("organization",))
            orgs = [(s_, o) for s_, o in view.entities_in(sent.start, sent.end, ("organization",))
                    if announcer is None or o is announcer][:1]
        preferred = [o for o in orgs if o[0].start > 0
                     and view.doc[o[0].start - 1].lower_ in ("chez", "at")]
        chosen = preferred or [o for o in orgs if o[1]["type"] == "organization"][-1:] or orgs[:1]
        org = chosen[-1] if chosen else None
        args: dict[str, Any] = {"person": g["name"], "title": _title_text(phrase, org)}
        if org is None and _government_title(phrase, view.lang):
            # 'le Premier ministre chinois Li Qiang', 'the Prime Minister ... China'
            demonym = _demonym_country(phrase, view.lang)
            org = None if demonym else _country_in(view, sent, g)
            if demonym:
                args["org"] = demonym
        if org is not None:
            args["org"] = org[1]["name"]
        start = min(span.start_char, phrase.start_char)
        end = max(span.end_char, phrase.end_char)
        # a date the person says is not the role's
        skip = next(((m.start(), m.end()) for m in QUOTES.finditer(doc_text(view.doc))
                     if m.start() < sent.end_char and sent.start_char < m.end()), None)
        out.append(fact(view, "role", args, sent, start, end, "role.title_apposition",
                        entities={"person": g["key"], "org": key(org[1]) if org else None},
                        modality="asserted", confidence=0.7, date=view.date_for(sent, skip=skip)))
    return out


def _country_in(view: DocView, sent: Span, person: dict[str, Any]
                ) -> tuple[Span, dict[str, Any]] | None:
    from veille.nlp.gazetteer import entries

    table = entries()
    for span, g in view.entities_in(sent.start, sent.end, ("place",)):
        entry = table.get(g.get("gazetteer_id") or "")
        if g is not person and entry is not None and entry.kind == "country":
            return span, g
    return None


def _demonym_country(phrase: Span, lang: str) -> str | None:
    """'Premier ministre chinois' -> 'Chine', 'the South Korean minister' -> 'South Korea': the
    country's name in the document's language."""
    for _s, _e, country in world.find_demonyms([t.text for t in phrase]):
        return country.name(lang)
    return None


def _government_title(phrase: Span, lang: str) -> bool:
    titles = words("lexicon/facts.yaml", "government_titles")
    low = " ".join(t.lower_ for t in phrase)
    return any(low.startswith(t) or low.endswith(t) for t in titles)


def _title_text(phrase: Span, org: tuple[Span, dict[str, Any]] | None) -> str:
    """The title as written; "Tarrow's chief executive" -> 'chief executive' (the org is kept
    apart)."""
    text = phrase.text.strip(" ,")
    if org is not None and org[0].start == phrase.start:
        text = re.sub(r"^[^,]{1,60}?['’]s\s+", "", text)
    return text


def _title_after(span: Span, titles: frozenset[str]) -> Span | None:
    """'Tai Hui, stratège en chef chez JPMorgan,' -> the phrase after the comma."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    start = span.end + 1
    title_at = start
    while title_at < min(len(doc), start + 5) and doc[title_at].ent_type_:
        title_at += 1  # "Priya Raman, Tarrow's chief executive"
    if title_at == start or title_at >= len(doc) or doc[title_at].lower_ not in ("'s", "’s"):
        title_at = start
    else:
        title_at += 1
    if not _starts_title(doc, title_at, titles):
        return None
    # ('présidente d'Orbelle Systems': 'Systems' parsed as a verb is in a name)
    return doc[start:_title_end(doc, start, start + 16)]


TIME_WORD = re.compile(r"(?i)^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|"
                       r"mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
                       r"march|april|may|june|july|august|september|october|november|december)$")
APPOINTED = re.compile(r"^(?:,\s*)?(?:(?:a|ont) été |est |sera |has been |was |is )?"
                       r"(?:(?:nommée?s?|désignée?s?|promue?s?|appointed|named)\s)?"
                       r"(?:au poste de |à la tête de |comme |en tant que |as )?(?:nouvel(?:le)? |new )?",
                       re.IGNORECASE)


def _title_appointed(span: Span, titles: frozenset[str], sent_end: int) -> Span | None:
    """'la nomination de Park Seo-jin au poste de directrice générale', 'X a été nommé
    directeur financier', 'Y was appointed chief executive'."""
    doc = span.doc
    m = APPOINTED.match(doc_text(doc)[span.end_char:span.end_char + 80].lstrip(" "))
    if not m or not m.group():
        return None
    gap = len(doc_text(doc)[span.end_char:]) - len(doc_text(doc)[span.end_char:].lstrip(" "))
    start_tok = doc.char_span(span.end_char + gap + m.end(), span.end_char + gap + m.end() + 1,
                              alignment_mode="expand")
    if start_tok is None or not _starts_title(doc, start_tok.start, titles):
        return None
    start = start_tok.start
    return doc[start:_title_end(doc, start, min(sent_end, start + 12))]


def _title_end(doc: Any, start: int, limit: int) -> int:
    """Where a title that starts at `start` ends: at punctuation, a verb that is not part of a
    name, or a time ('depuis 2019', 'en 2023', 'since May')."""
    end = start
    while end < min(limit, len(doc)) and doc[end].text not in (",", ";", ".", ":", "(") \
            and not (doc[end].pos_ in ("VERB", "AUX") and end > start and not doc[end].ent_type_):
        if end > start and doc[end].lower_ in ("en", "in", "on", "depuis", "since", "dès", "from") \
                and end + 1 < len(doc) and (doc[end + 1].like_num or TIME_WORD.match(doc[end + 1].text)):
            break
        end += 1
    return end


def _title_before(span: Span, titles: frozenset[str], sent_start: int) -> Span | None:
    """'le vice-ministre Hoang Minh', 'Le président du groupe Mizuho, Seiji Imai'."""
    doc = span.doc
    end = span.start
    if end > 0 and doc[end - 1].text == ",":
        end -= 1
    for start in range(end - 1, max(sent_start - 1, end - 14), -1):
        if doc[start].text in (".", ";", ":", "»", "«"):
            return None
        if _starts_title(doc, start, titles) and (start == sent_start or doc[start - 1].pos_ in (
                "DET", "PUNCT", "ADP") or doc[start - 1].lower_ in ("le", "la", "l'", "l’", "the")):
            return doc[start:end] if end > start else None
    return None


def _starts_title(doc: Any, i: int, titles: frozenset[str]) -> bool:
    first = doc[i].lower_ if i < len(doc) else ""
    if " " not in first and first not in _first_words(titles):
        return False  # the cheap test first: no title begins with this word
    for n in (3, 2, 1):
        if i + n <= len(doc) and " ".join(t.lower_ for t in doc[i:i + n]) in titles:
            return doc[i].lower_ not in ("m.", "m", "mme", "mr", "mr.", "dr", "ms", "ms.", "mrs")
    return False


@lru_cache(maxsize=16)
def _first_words(titles: frozenset[str]) -> frozenset[str]:
    return frozenset(t.split(" ")[0] for t in titles)


def quotes(view: DocView) -> list[dict[str, Any]]:
    doc = view.doc
    out = []
    last_speaker: dict[str, Any] | None = None
    last_end = -1
    for m in QUOTES.finditer(doc_text(doc)):
        text = next(g for g in m.groups() if g)
        if len(text.split()) < 3 or all(w[:1].isupper() for w in text.split() if w.isalpha()):
            continue  # a term or a title in quotation marks, not a quotation
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        speaker = _speaker(view, span)
        if speaker is None and last_speaker is not None and m.start() - last_end < 400:
            speaker = last_speaker
        if speaker is None:
            continue
        last_speaker, last_end = speaker, m.end()
        first = view.sent_of(span.start)
        sent = first if first.end >= span.end else doc[first.start:span.end]
        outside = doc_text(doc)[sent.start_char:m.start()] + doc_text(doc)[m.end():sent.end_char]
        modality = "claimed" if re.search(r"présent\w* (?:cela |ça )?comme|describes? it as|"
                                          r"se présente|claims?", outside) else "asserted"
        out.append(fact(view, "quote", {"speaker": speaker["name"], "text": text.rstrip(" ,;")}, sent,
                        m.start(), m.end(), "quote.marks_speaker",
                        entities={"speaker": speaker["key"]}, modality=modality,
                        date=view.date_for(sent, skip=(m.start(), m.end())),  # not 'a year ago' quoted
                        confidence=0.7))
    out.extend(_block_quotes(view))
    return out


def _speaker(view: DocView, quote: Span) -> dict[str, Any] | None:
    """Who says it: the subject of a speech verb in the quote's sentence, or 'selon X'."""
    doc = quote.doc
    sent_start = view.sent_of(quote.start).start
    end = min(len(doc), quote.end + 25)
    stop = next((t.i for t in doc[quote.end:end] if t.text in (".", "!", "?", "«", "“")), end)
    region = list(doc[quote.end:stop]) + list(doc[sent_start:quote.start])
    for tok in region:
        if view.is_cue(tok, "speech_verbs") and tok.pos_ in ("VERB", "AUX"):
            # '« ... », a déclaré X': the speaker follows the verb
            after = view.entities_in(tok.i + 1, min(tok.i + 5, len(doc)), ("person",))
            if tok.i >= quote.end and after:
                return after[0][1]
            g = view.subject_of(tok, ("person",)) or view.subject_of(tok, ("organization",))
            if g is None and after:
                g = after[0][1]
            if g is not None:
                return g
    for cue in view.cue("according_to"):
        for tok in region:
            if tok.lower_ == cue:
                after = view.entities_in(tok.i + 1, tok.i + 6, ("person", "organization"))
                if after:
                    return after[0][1]
    return None


def _block_quotes(view: DocView) -> list[dict[str, Any]]:
    """'Selon X, directeur de Y :' followed by a paragraph: the paragraph is X's words."""
    doc = view.doc
    out = []
    # anchored at the line's start: unanchored, the lazy intro is tried from every character
    for m in re.finditer(r"(?m)^([^\n]*?)\s*:[ \t]*\n+(?!\s*[«“\"])([^\n]{20,600})$",
                         doc_text(doc)):
        intro_start = max(m.start(1), m.end(1) - 300)  # the intro: up to 300 characters
        if m.end(1) - intro_start < 10:
            continue
        intro = doc.char_span(intro_start, m.end(1), alignment_mode="expand")
        if intro is None:
            continue
        speaker = None
        low = doc_text(doc)[intro_start:m.end(1)].lower()
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


def sentence_facts(view: DocView, sent: Span) -> list[dict[str, Any]]:
    return [*launches(view, sent), *agreements(view, sent), *roles(view, sent)]


def is_cue(tok: Token, cues: frozenset[str]) -> bool:
    return tok.lower_ in cues or tok.lemma_.lower() in cues or has_cue([tok], cues)
