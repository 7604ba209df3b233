"""People's roles: a person, a title and the organisation or country where it is held.

A title is a phrase built around a head word of ``lexicon/roles.yaml`` ('senior analyst at
X', 'le ministre du Numérique', 'Japan's Prime Minister'), next to a person's name: after it
('X, analyste chez Y'), before it ('le président sud-coréen X', 'OpenAI chief executive X'),
or after a copula ('X, who is chairman', 'X a été nommé directeur'). Founders come from verbs
of founding ('fondée en 2021 par X et Y'). The organisation is the one the phrase names, else
the country an adjective or a possessive gives, else, for a company's or a state's title, the
company or the country the text is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from veille.facts.common import fact, key, words_text
from veille.facts.view import DocView, in_subject
from veille.nlp import gazetteer
from veille.nlp.doctext import doc_text
from veille.nlp.lexicon import cased, load_data, words
from veille.world import country_of_demonym, find_demonyms

LEX = "lexicon/roles.yaml"
BREAK = frozenset({".", ";", ":", "«", "»", '"', "“", "”", "(", ")", "—", "–", "!", "?"})
STOP_AFTER = frozenset({"qui", "who", "which", "that", "dont", "où", "where", "and", "et"})
TIME_WORDS = frozenset({"depuis", "since", "dès", "until", "jusqu'en"})
LEAD_POS = frozenset({"DET", "ADP", "PUNCT", "ADV", "CCONJ", "SCONJ", "PRON", "VERB", "AUX"})
QUOTE_CHARS = frozenset({"«", "»", '"', "“", "”"})

Org = tuple[Any, float]  # an entity group (or a name) and the path's weight


@dataclass
class Title:
    """A title phrase: its words, where its head word ends, its organisation."""

    tokens: list[Token]
    head: int  # index in `tokens` of the head's last word
    org: Org | None = None

    @property
    def text(self) -> str:
        """The title's words, without an organisation named before it ("Tarrow's chief
        executive", 'OpenAI chief executive' -> 'chief executive')."""
        toks = _without_honours(self.tokens)
        for k in range(min(self.head, len(toks) - 1), -1, -1):
            if toks[k].lower_ in ("'s", "’s") or (toks[k].ent_type_ and k < self.head
                                                  and toks[k].lower_ not in ("chief",)):
                toks = toks[k + 1:]
                break
        return _runs_text(toks).strip(" ,") or _runs_text(self.tokens).strip(" ,")


def _without_honours(tokens: list[Token]) -> list[Token]:
    """'Prime Minister Datuk Seri' -> 'Prime Minister': an honour before the name is no part of
    the title."""
    words_ = [t.text for t in tokens]
    for honour in sorted(cased("lexicon/entities.yaml", "honours"), key=len, reverse=True):
        h = honour.split()
        if len(words_) > len(h) and words_[-len(h):] == h:
            return tokens[:-len(h)]
    return tokens


def _runs_text(tokens: list[Token]) -> str:
    """The words of tokens that need not follow each other, each run as written."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return " ".join(words_text(r) for r in runs)


def roles(view: DocView, sent: Span) -> list[dict[str, Any]]:
    """The roles one sentence states."""
    out: list[dict[str, Any]] = respective_titles(view, sent)
    paired = {f["entities"].get("person") for f in out}
    lowers, respectively = view.words()[0], words(LEX, "respectively", view.lang)
    cue = next((i for i in range(sent.start, sent.end) if lowers[i] in respectively), sent.end)
    for span, person in view.entities_in(sent.start, sent.end, ("person",)):
        # 'sa cofondatrice, X, devient directrice générale': a title before the name and one
        # after its copula are two
        titles = _after(view, sent, span) or _before(view, sent, span) + _copula(view, sent, span)
        titles += _verb_copula(view, sent, span, titles)
        titles += _appointed(view, sent, span, titles)
        if person["key"] in paired:  # 'X et Y, respectivement directeur général et ...': paired
            titles = [t for t in titles if all(x.i < cue for x in t.tokens)]
        for t in titles:
            org = t.org or _org_of(view, sent, t, span)
            out.append(_record(view, sent, person, span, t, org))
    if not out:
        out.extend(_described(view, sent))
    out.extend(founders(view, sent))
    out.extend(board_seats(view, sent, out))
    return out


def respective_titles(view: DocView, sent: Span) -> list[dict[str, Any]]:
    """'X, Y and Z, who serve respectively as chief executive, chief technology officer and
    chief product officer', 'X et Y, respectivement directeur général et directrice technique':
    as many titles as names, listed in the same order (`respectively`), held at the company
    the sentence is about."""
    lowers = view.words()[0]
    cues = words(LEX, "respectively", view.lang)
    cue = next((i for i in range(sent.start, sent.end) if lowers[i] in cues), None)
    if cue is None:
        return []
    people = view.entities_in(sent.start, cue, ("person",))
    if len(people) < 2:
        return []
    # the titles: after the cue, else (the cue ends the list) between the last name and the cue
    at_end = cue + 1 >= sent.end or view.doc[cue + 1].is_punct
    start, end = (people[-1][0].end, cue) if at_end else (cue + 1, sent.end)
    separators = (",", ";", "and", "et", "&")
    lead = words(LEX, "respective_lead", view.lang)
    segments: list[list[Token]] = [[]]
    for t in view.doc[start:end]:
        if t.lower_ in separators:
            segments.append([])
        elif t.text in BREAK or t.pos_ == "VERB" and segments[-1] or t.i in view.by_token:
            break  # (a name after the titles is their complement: 'directrice technique de X')
        else:
            segments[-1].append(t)
    after = next((g for t in view.doc[start:end] if t.i in view.by_token
                  for g in [view.by_token[t.i]] if g["type"] == "organization"), None)
    titles: list[Title] = []
    for seg in segments:
        while seg and (seg[0].lower_ in lead or seg[0].pos_ in ("DET", "ADP", "AUX", "PRON", "VERB")):
            seg = seg[1:]
        while seg and seg[-1].pos_ in ("DET", "ADP"):
            seg = seg[:-1]
        heads = [k for k, t in enumerate(seg) if _head_at(view, t.i, t.i + 1)]
        if seg and heads:
            titles.append(Title(seg, heads[-1]))
    if 2 <= len(titles) < len(people):
        people = people[-len(titles):]  # 'X a lancé la société avec Y et Z, ... respectivement'
    if len(titles) != len(people):
        return []
    # the company named after the titles ('directrice technique de X'), else the sentence's
    # subject, else the article's (not a former employer named with the people)
    org = after or view.subject_of(sent.root, ("organization",)) or view.main_entity(("organization",))
    return [_record(view, sent, person, span, title, (org, 0.85) if org is not None else None,
                    rule="role.respectively")
            for (span, person), title in zip(people, titles, strict=True)]


def board_seats(view: DocView, sent: Span, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'X rejoint le conseil d'administration de Y', 'X, ..., who joins Y's board', 'fait son
    entrée au conseil d'administration de Y', 'X will chair the board': a seat on the board of
    the company named with it (its possessor or its 'de' complement), else of the company the
    article is about."""
    data = load_data(LEX)
    boards: dict[str, list[str]] = data["board_words"][view.lang]
    joining = words(LEX, "board_joining_verbs", view.lang)
    entering = words(LEX, "board_joining_nouns", view.lang)  # 'fait son entrée au conseil'

    chairing = words(LEX, "board_chairing_verbs", view.lang)
    lowers, lemmas = view.words()
    out: list[dict[str, Any]] = []
    for i in range(sent.start, sent.end):
        if lowers[i] not in boards or view.doc[i].pos_ != "NOUN":
            continue
        after = boards[lowers[i]]
        rest = doc_text(view.doc)[view.doc[i].idx + len(view.doc[i].text):].lstrip().lower()
        if after and not any(rest.startswith(a) for a in after):
            continue
        board = view.doc[i]
        verb = next((t for t in [board.head, board.head.head] if t.pos_ in ("VERB", "NOUN")
                     and (t.lemma_.lower() in joining | chairing or t.lower_ in joining
                          or any(c.lower_ in entering for c in t.children))), None)
        if verb is None:
            continue
        kind = "chair" if verb.lemma_.lower() in chairing else "member"
        acting = verb if verb.pos_ == "VERB" else verb.head
        person = view.subject_of(acting, ("person",))
        if person is None and not any(c.dep_.startswith("nsubj") for c in acting.children):
            # 'X, associé chez Y, rejoint ...' with the parse's subject lost: the name opening
            # the sentence
            person = next((g for s, g in view.entities_in(sent.start, sent.end, ("person",))
                           if s.start == sent.start), None)
        if person is None:
            continue
        span = next((s for s, g in view.entities_in(sent.start, sent.end, ("person",)) if g is person), None)
        if span is None or any(f["entities"].get("person") == person["key"] and f["rule"].startswith(
                "role.title") and any(w in f["args"]["title"] for w in ("conseil", "board", "chair",
                                                                         "président")) for f in found):
            continue
        org = next((g for s, g in view.entities_in(i - 3, min(sent.end, i + 8), ("organization",))
                    if s.start > i or view.doc[s.end].lower_ in ("'s", "’s")), None) \
            or view.main_entity(("organization",))
        if org is None:
            continue
        title = Title([board], 0)
        made = _record(view, sent, person, span, title, (org, 0.85), rule="role.board")
        made["args"]["title"] = str(data["board_titles"][view.lang][kind])
        out.append(made)
    return out


def _described(view: DocView, sent: Span) -> list[dict[str, Any]]:
    """'Kim X likes to say ... The co-founder and chief executive of Upstage, ..., spent':
    a sentence whose subject is a definite title and no name is about the person the
    sentence before had as its subject, in the same paragraph."""
    lowers = view.words()[0]
    if lowers[sent.start] not in ("the", "le", "la", "l'", "l’"):
        return []
    titles = _phrase_from(view, sent, sent.start, 4)
    if not titles:
        return []
    last = max(tok.i for t in titles for tok in t.tokens)
    verb = next((t.i for t in view.doc[last + 1:sent.end] if t.pos_ in ("VERB", "AUX")), sent.end)
    if view.entities_in(sent.start, verb, ("person",)):
        return []  # 'The chief executive of X, Jane Doe, said': the name is there
    person = _previous_person(view, sent)
    if person is None:
        return []
    span, g = person
    out = []
    for t in titles:
        ids = {x.i for x in t.tokens}
        named = [g for s, g in view.entities_in(min(ids), max(ids) + 1, ("organization",))
                 if s.start in ids and s.start > t.tokens[t.head].i]
        org = t.org or ((named[0], 1.0) if named else None)
        if org is None:
            continue  # 'the minister' alone: whose, the sentence does not say
        record = _record(view, sent, g, span, t, org, rule="role.described")
        record["confidence"] = round(record["confidence"] * 0.8, 3)
        out.append(record)
    return out


def _previous_person(view: DocView, sent: Span) -> tuple[Span, dict[str, Any]] | None:
    """The person who was the subject of the sentence just before, in the same paragraph."""
    if sent.start == 0:
        return None
    before = view.sent_of(sent.start - 1)
    if "\n\n" in view.text[before.end_char:sent.start_char]:
        return None
    subjects = [(s, g) for s, g in view.entities_in(before.start, before.end, ("person",))
                if in_subject(s.root)]
    return subjects[0] if len(subjects) == 1 else None


def _record(view: DocView, sent: Span, person: dict[str, Any], span: Span, t: Title,
            org: Org | None, rule: str = "role.title") -> dict[str, Any]:
    args: dict[str, Any] = {"person": person["name"], "title": t.text}
    weight = 1.0
    org_key = None
    if org is not None:
        value, weight = org
        args["title"] = _title_without_org(view, t, value)
        args["org"] = value["name"] if isinstance(value, dict) else str(value)
        org_key = key(value) if isinstance(value, dict) else None
    start = min(span.start_char, t.tokens[0].idx)
    end = max(span.end_char, t.tokens[-1].idx + len(t.tokens[-1].text))
    # a date the person speaks of in a quotation is not the role's
    skip = next(((a, b) for a, b in view.quotation_spans()
                 if a < sent.end_char and sent.start_char < b), None)
    return fact(view, "role", args, sent, start, end, rule,
                entities={"person": person["key"], "org": org_key}, modality="asserted",
                confidence=round(0.8 * weight, 3), date=view.state_date(sent, skip=skip))


def _title_without_org(view: DocView, t: Title, org: Any) -> str:
    """'partner at hedge fund X' -> 'partner', 'directeur général d'Air Liquide' -> 'directeur
    général' when X, Air Liquide, is the organisation: the title, without where it is held."""
    toks = t.tokens
    if not isinstance(org, dict):
        return t.text
    inside = [s for s, g in view.entities_in(toks[0].i, toks[-1].i + 1, ("organization", "place"))
              if g is org]
    if not inside:
        return t.text
    if _ministry(view, t):
        return t.text  # 'ministre de l'Économie numérique': the portfolio is the title's
    cues = words(LEX, "title_org_cues", view.lang)
    at = [k for k in range(t.head + 1, len(toks)) if toks[k].lower_ in cues and toks[k].i < inside[0].start]
    if not at:
        return t.text
    # 'analyste chez la société de courtage X', 'head of sales at X': before the first word of
    # where; 'directrice des opérations de X': before the last 'de', keeping what it is of
    where = [k for k in at if toks[k].lower_ in words(LEX, "title_place_cues", view.lang)]
    return words_text(toks[:where[0] if where else at[-1]])


# ---------------------------------------------------------------------------------------------
# Where the title stands


def _head_at(view: DocView, i: int, end: int) -> int:
    """The number of words of a title head starting at word i (0 when none does)."""
    heads = words(LEX, "title_heads", view.lang)
    lowers = view.words()[0]
    for n in (3, 2, 1):
        if i + n <= end and " ".join(lowers[i:i + n]) in heads:
            return n
    return 0


def _after(view: DocView, sent: Span, span: Span) -> list[Title]:
    """'X, analyste chez Y', 'X, co-founder and chief executive of Y', 'X, an analyst at Y'."""
    doc = view.doc
    i = span.end
    if i >= sent.end or doc[i].text != ",":
        return []
    return _phrase_from(view, sent, i + 1, limit=6)


def _phrase_from(view: DocView, sent: Span, start: int, limit: int) -> list[Title]:
    """Titles in the phrase starting at word `start`: determiners and modifiers, a head within
    `limit` words, its complement; titles coordinated by 'et'/'and' share the complement."""
    doc = view.doc
    skip = words(LEX, "skip_before", view.lang)
    modifiers = words(LEX, "title_modifiers", view.lang)
    lowers = view.words()[0]
    i = start
    while i < sent.end:
        n = next((n for n in (3, 2, 1) if i + n <= sent.end and _as_written(view, i, i + n) in skip), 0)
        if not n:
            break
        i += n
    first = i
    heads: list[tuple[int, int]] = []  # (start, end) of each head word
    while i < min(sent.end, first + limit):
        n = _head_at(view, i, sent.end)
        if n:
            while _head_at(view, i + n, sent.end):  # 'chief executive officer', 'senior vice president'
                n += _head_at(view, i + n, sent.end)
            heads.append((i, i + n))
            i += n
            # 'co-founder and chief executive', 'fondateur et PDG'
            if i + 1 < sent.end and lowers[i] in ("and", "et", "&", "/") and (
                    _head_at(view, i + 1, sent.end) or _head_within(view, i + 1, sent.end, 3)):
                i += 1
                continue
            break
        t = doc[i]
        if t.text in BREAK or t.text == "," or (t.pos_ in ("VERB", "AUX") and lowers[i] not in modifiers) \
                or i in view.by_token and view.by_token[i]["type"] == "person":
            return []  # ('managing' tagged as a verb still opens 'managing director')
        i += 1
    if not heads:
        return []
    end = _complement_end(view, sent, heads[-1][1])
    # 'executive vice-president of X and president of Y': a second title with its own complement
    more: list[Title] = []
    for k in range(heads[-1][1] + 1, end - 1):
        if lowers[k] in ("and", "et") and _head_at(view, k + 1, sent.end):
            more = _phrase_from(view, sent, k + 1, limit=2)
            if more:
                end = k
            break
    out = []
    shared = heads[-1][1]  # the complement the titles share, without the last one's own
    while shared < end and doc[shared].pos_ == "ADJ":  # adjectives ('cofondateur et directeur
        shared += 1  # général de X': the co-founder of X, not 'cofondateur général')
    for n, (h0, h1) in enumerate(heads):
        begin = first if n == 0 else heads[n - 1][1] + 1
        while begin < h0 and lowers[begin] in ("and", "et"):
            begin += 1
        tail = heads[-1][1] if n == len(heads) - 1 else shared
        toks = [doc[k] for k in range(begin, h1)] + [doc[k] for k in range(tail, end)]
        out.append(Title(toks, h1 - begin - 1))
    return out + more


def _as_written(view: DocView, i: int, j: int) -> str:
    """Words i to j as written, lower-cased ('jusqu'ici', 'until now')."""
    doc = view.doc
    return view.text[doc[i].idx:doc[j - 1].idx + len(doc[j - 1])].lower()


def _head_within(view: DocView, i: int, end: int, n: int) -> bool:
    return any(_head_at(view, k, end) for k in range(i, min(end, i + n)))


def _complement_end(view: DocView, sent: Span, i: int) -> int:
    """Where a title's complement ends: 'de la Science et de la Technologie', 'chez Y',
    'of LG AI Research', 'chargée de l'Asie-Pacifique' - at a comma, a verb, a relative
    pronoun or another person."""
    doc = view.doc
    lowers = view.words()[0]
    end = i
    limit = min(sent.end, i + 16)
    while end < limit:
        t = doc[end]
        if t.text in QUOTE_CHARS:  # 'directeur du secteur « smart-living »'
            end += 1
            continue
        if t.text in BREAK or t.text == "," or lowers[end] in ("qui", "who", "which", "that", "dont"):
            break
        if t.pos_ in ("VERB", "AUX") and not (t.tag_ == "VBN" or "VerbForm=Part" in str(t.morph)) \
                and end not in view.by_token:
            break
        g = view.by_token.get(end)
        if g is not None and g["type"] == "person":
            break
        if g is not None:  # a name is taken whole: 'directeur de l'Agence nationale de ...'
            span = next((s for s, e in view.entities_in(end, end + 30) if e is g and s.start == end), None)
            if span is not None:
                end = span.end
                limit = max(limit, min(sent.end, end + 2))
                continue
        if any(d.start <= t.idx < d.end for d in view.dates) or t.lower_ in TIME_WORDS:
            break  # 'depuis 2019', 'on Monday', 'since May'
        end += 1
    while end > i and (doc[end - 1].lower_ in words(LEX, "org_preps", view.lang)
                       or doc[end - 1].pos_ in ("DET", "CCONJ", "ADP")):
        end -= 1
    return end


def _before(view: DocView, sent: Span, span: Span) -> list[Title]:
    """'le président sud-coréen X', 'Le ministre du Numérique, X', 'OpenAI chief executive X',
    'Japan's Prime Minister X', 'son patron X'."""
    doc = view.doc
    end = span.start
    if end > sent.start and doc[end - 1].text == ",":
        end -= 1
    start = end
    while start > max(sent.start, end - 14):
        t = doc[start - 1]
        if t.text in BREAK or t.pos_ in ("VERB", "AUX") and start - 1 not in view.by_token:
            break
        if t.text == "," and not (start < end and doc[start].text[:1].isupper()
                                  and start - 2 >= sent.start and doc[start - 2].text[:1].isupper()):
            break
        g = view.by_token.get(start - 1)
        if g is not None and g["type"] == "person":
            break
        start -= 1
    comma = end < span.start
    for i in range(start, end):
        n = _head_at(view, i, end)
        if n:
            if not comma and doc[end - 1].pos_ == "ADP":
                continue  # 'directeur financier de X': X is where, not who
            titles = _phrase_from(view, sent, i, limit=1)
            if not titles:
                continue
            first = i  # the words right before the title, back to a preposition, a date or
            while first > start and doc[first - 1].pos_ != "ADP" \
                    and not view.in_date(doc[first - 1]):  # a possessive: 'créé en février par le
                first -= 1  # président', 'a nommé jeudi sa directrice générale'
                if doc[first].lower_ in words(LEX, "possessives", view.lang):
                    first += 1
                    break
            lead = [doc[k] for k in range(first, i)]
            skip = words(LEX, "skip_before", view.lang)
            while lead and (lead[0].pos_ in LEAD_POS or lead[0].lower_ in skip) \
                    and lead[0].i not in view.by_token:
                lead = lead[1:]  # 'Selon le vice-ministre', 'the chief executive'
            titles[0].tokens = [*lead, *titles[0].tokens]
            titles[0].head += len(lead)
            for title in titles:
                title.tokens = [x for x in title.tokens if x.i < end]
            return [title for title in titles if title.tokens]
    return []


def _copula(view: DocView, sent: Span, span: Span) -> list[Title]:
    """'X, who is chairman and chief executive', 'X a été nommé directeur financier', 'X was
    appointed chief executive', 'X en est le directeur général'."""
    cues = words(LEX, "copulas", view.lang)
    lowers = view.words()[0]
    i = span.end + (1 if span.end < sent.end and view.doc[span.end].text == "," else 0)
    of_it = i < sent.end and lowers[i] in words(LEX, "of_it_clitics", view.lang)
    i += of_it
    for n in (3, 2, 1):
        if i + n <= sent.end and " ".join(lowers[i:i + n]) in cues:
            j = i + n
            while j < sent.end and lowers[j] in cues:  # 'a été nommé au poste de'
                j += 1
            titles = _phrase_from(view, sent, j, limit=4)
            if of_it:  # 'X en est le directeur général': of the company the paragraph is about
                g = _subject_before(view, sent, ("organization",)) or view.main_entity(("organization",))
                for t in titles:
                    t.org = (g, 0.85) if g is not None else None
            return titles
    return []


def _verb_copula(view: DocView, sent: Span, span: Span, found: list[Title]) -> list[Title]:
    """'X, formerly head of sales at Y, joined as chief operating officer': the title the
    person's own verb gives, past an apposition."""
    root = span.root
    if root.dep_ == "appos":  # 'A third co-founder, X, ... joined as'
        root = root.head
    if not root.dep_.startswith("nsubj") or root.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = root.head
    start = min([c.i for c in verb.children if c.dep_.startswith("aux")] + [verb.i])
    if start <= span.end + 1 or start >= sent.end:
        return []  # right after the name: _copula's
    cues = words(LEX, "copulas", view.lang)
    lowers = view.words()[0]
    taken = {t.i for title in found for t in title.tokens}
    for n in (3, 2, 1):
        if start + n <= sent.end and " ".join(lowers[start:start + n]) in cues:
            j = start + n
            while j < sent.end and lowers[j] in cues:
                j += 1
            titles = [t for t in _phrase_from(view, sent, j, limit=4) if not taken & {x.i for x in t.tokens}]
            # 'X, l'autre cofondateur de Sillage, reste directeur technique': the company the
            # apposition names, unless it is a former one ('X, formerly head of sales at Y,
            # joined as ...'): then the one the text is about
            apposition = view.doc[span.end:start]
            former = any(t.lower_ in words(LEX, "former_words", view.lang) for t in apposition)
            # 'X, a Y vice president who ran ..., becomes chief operating officer': a post one
            # moves to is not at the company the apposition names
            former = former or " ".join(lowers[start:start + n]) in words(LEX, "becoming_copulas", view.lang)
            named = [g for _s, g in view.entities_in(span.end, start, ("organization",))]
            for t in titles:
                ids = [x.i for x in t.tokens]
                if not view.entities_in(min(ids), max(ids) + 1, ("organization", "place")):
                    g = named[-1] if named and not former else (
                        _subject_before(view, sent, ("organization",)) or view.main_entity(("organization",)))
                    t.org = (g, 0.8) if g is not None else None
            return titles
    return []


def _appointed(view: DocView, sent: Span, span: Span, found: list[Title]) -> list[Title]:
    """'Velmora named X, who ..., as chief operating officer', 'le groupe a nommé X au poste de
    directrice financière': the person is the object of a verb of appointing (`appointing_verbs`)
    and the title follows one of `appointed_as`; it is held at the verb's subject."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("dobj", "obj", "oprd", "obl:arg", "dep") or verb.lemma_.lower() not in \
            words(LEX, "appointing_verbs", view.lang):
        return []
    cues = words(LEX, "appointed_as", view.lang)
    lowers = view.words()[0]
    for k in range(span.end, sent.end):
        tok = view.doc[k]
        if tok.head.i != verb.i and tok.head.head.i != verb.i:
            continue
        for n in (3, 2, 1):
            if " ".join(lowers[k:k + n]) in cues:
                g = view.subject_of(verb, ("organization",))
                titles = []
                for t in _phrase_from(view, sent, k + n, limit=4):
                    ids = {x.i for x in t.tokens}
                    same = next((f for f in found if ids & {x.i for x in f.tokens}), None)
                    if same is not None:  # found as the copula's: only its organisation is new
                        t, ids = same, {x.i for x in same.tokens}
                    else:
                        titles.append(t)
                    if g is not None and t.org is None and not view.entities_in(
                            min(ids), max(ids) + 1, ("organization",)):
                        t.org = (g, 0.85)
                return titles
    return []


# ---------------------------------------------------------------------------------------------
# Where the title is held


def _org_of(view: DocView, sent: Span, t: Title, person: Span) -> Org | None:
    lang = view.lang
    doc = view.doc
    head_word = " ".join(x.lower_ for x in t.tokens[:t.head + 1][-3:])
    ids = {x.i for x in t.tokens}
    named = [(s, g) for s, g in view.entities_in(min(ids), max(ids) + 1, ("organization", "place"))
             if s.start in ids]
    after = [(s, g) for s, g in named if s.start > t.tokens[t.head].i]
    if any(g["type"] == "organization" for _s, g in after):
        # 'a partner at Hong Kong-based hedge fund X': the place only describes the firm
        after = [(s, g) for s, g in after if g["type"] == "organization"]
    before = [(s, g) for s, g in named if s.end <= t.tokens[t.head].i + 1]
    preferred = [(s, g) for s, g in after if s.start > 0 and doc[s.start - 1].lower_ in ("chez", "at")]
    placed = [(s, g) for s, g in after if not (s.start > 0 and doc[s.start - 1].lower_ in
                                               words("lexicon/facts.yaml", "locative_preps"))]
    ministry = _ministry(view, t)
    if ministry is not None:
        ministry = _named_ministry(view, ministry)
    first = t.tokens[0].i
    owner = _companys(view, first)
    if owner is not None:
        return owner, 0.9  # "the company's founder and chief executive, previously ... at X"
    possessive = first > sent.start and doc[first - 1].lower_ in words(LEX, "possessives", lang) or \
        t.tokens[0].lower_ in words(LEX, "possessives", lang)
    if after and not (preferred or placed) and possessive:
        # 'its vice-president for cloud in Southeast Asia': where the office is, not whose
        after = [(s, g) for s, g in after if g["type"] != "place"]
    if preferred or placed or after:
        # 'analyste chez X', 'head of X', "l'ambassadeur de X au Vietnam"
        held = (preferred or placed or after)[0][1]
        if ministry and (ministry is held or isinstance(ministry, str) and held["name"] in ministry):
            return ministry, 0.9  # 'ministre de l'Économie numérique': the portfolio's ministry
        return held, 1.0
    if ministry:
        return ministry, 0.9
    led = _leads_in_relative(view, sent, person)
    if led is not None:
        return led, 0.9  # 'Minister X, who chairs the NSTC', 'la ministre X, qui dirige l'agence Y'
    if before:
        return before[-1][1], 1.0  # 'OpenAI chief executive', 'Japan's Prime Minister'
    head_ids = {x.i for x in t.tokens[:t.head + 1]}
    for s, _e, country in find_demonyms([x.text for x in t.tokens], lang):
        if s <= t.head + 1 or t.tokens[s].head.i in head_ids:  # 'le président sud-coréen',
            return _country_entity(view, sent, country.name(lang)), 1.0  # not 'de la filiale allemande'
    if possessive:
        g = _subject_before(view, sent, ("organization",), same_sentence=True)
        if g is not None:
            return g, 0.85  # 'son patron X', 'its chief executive, X'
    group = _of_the_company(view, t)
    if group is not None:
        return group, 0.8  # 'président du groupe', 'chief executive of the company'
    title = _runs_text(t.tokens).strip(" ,").lower().replace("’", "'")  # "de l'exploitation"
    if _head_of_state(t) and _country_in(view, sent) is None:
        company = _companys_president(view, t)
        if company is not None:
            return company, 0.6  # 'President X told a news conference', in a company's results
    state_title = _is_state_title(view, title, head_word)
    if state_title or _head_of_state(t):
        state = _country_in(view, sent) or _main_country(view)
        if state is not None or state_title:
            return (state, 0.8) if state is not None else None
    if title.split()[-1:] and title.split()[-1] in words(LEX, "state_if_country") and not any(
            g["type"] == "organization" for _s, g in view.entities_in(sent.start, sent.end)) \
            and any(x.lower_ in words(LEX, "state_words", lang) for x in sent):
        state = _country_in(view, sent) or _main_country(view)  # 'le gouvernement du président X'
        if state is not None:
            return state, 0.75
    if any(c in title for c in words(LEX, "company_titles", lang)):
        g = _subject_before(view, sent, ("organization",), same_sentence=True)
        if g is not None:
            return g, 0.75
        g = view.main_entity(("organization",))  # 'said chairman X': the article's company
        return (g, 0.6) if g is not None else None
    return None


def _companys(view: DocView, first: int) -> dict[str, Any] | None:
    """"the company's founder", "the start-up's chief executive": a title after a company noun in
    the possessive is held at the company that noun stands for."""
    doc = view.doc
    # the possessive opens the title ('company 's founder'), or a title coordinated before it
    # ("the company's founder and chief executive")
    at = next((i for i in range(first + 1, max(first - 6, 0), -1) if i < len(doc)
               and doc[i].lower_ in ("'s", "’s")), None)
    if at is None or at < 1 or doc[at - 1].i in view.by_token or any(
            doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";") for j in range(at + 1, first)):
        return None
    noun = doc[at - 1]
    nouns = load_data("lexicon/facts.yaml")["coreference"]["organization"]
    if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
        return None
    g = view.coref(noun)
    return g if g is not None and g["type"] == "organization" else None


def _of_the_company(view: DocView, t: Title) -> dict[str, Any] | None:
    """'président du groupe', 'directeur général de la société', 'chief executive of the
    company': the organisation the article is about."""
    nouns = load_data("lexicon/facts.yaml")["coreference"]["organization"]
    toks = t.tokens[t.head + 1:]
    for k, tok in enumerate(toks[1:], 1):
        j = k - 1
        while j > 0 and toks[j].pos_ == "ADJ" and toks[j].is_lower:
            j -= 1  # 'of the sovereign fund', 'de la jeune société'
        prev = " ".join(x.lower_ for x in toks[max(0, j - 1):j + 1])
        if tok.lower_ in nouns and (prev.endswith(("du", "de la", "de l'", "of the"))
                                   or toks[j].lower_ in ("du",)):
            return view.coref(tok) or view.main_entity(("organization",))
    return None


def _head_of_state(t: Title) -> bool:
    """'President Lee Jae-myung', 'le président X': the title on its own before a name (the
    English one capitalised) is a head of state's; a company's president is named with the
    company ('le président de X', 'son président')."""
    if len(t.tokens) != 1:
        return False
    word = t.tokens[0]
    return word.text in ("President", "Vice-President", "Premier") or (
        word.lower_ in ("président", "présidente") and word.i > 0
        and word.nbor(-1).lower_ in ("le", "la", "du", "au") and word.nbor(1).ent_type_ != "")


def _leads_in_relative(view: DocView, sent: Span, person: Span) -> dict[str, Any] | None:
    """'X, who chairs the NSTC', 'X, qui préside le conseil Y': the organisation a relative
    clause right after the person's name says the person leads (`relative_leading_verbs`)."""
    doc = view.doc
    i = person.end
    if i + 2 >= sent.end or doc[i].text != "," or doc[i + 1].lower_ not in ("who", "qui"):
        return None
    verb = doc[i + 2]
    if verb.lemma_.lower() not in words(LEX, "relative_leading_verbs", view.lang) \
            or not (verb.tag_ in ("VBZ", "VBP") or "Pres" in verb.morph.get("Tense", [])):
        return None  # 'X, who headed Y until June': a former post
    named = view.entities_in(verb.i + 1, min(verb.i + 12, sent.end), ("organization",))
    return named[0][1] if named else None


def _companys_president(view: DocView, t: Title) -> dict[str, Any] | None:
    """'President Haruki Mizuno told a news conference': a president no gazetteer knows as a
    head of state, in an article a company is named in more often than any country, is the
    company's (many companies call their chief executive so). The French 'le président X' is a
    head of state's unless the gazetteer knows X as no official ('le président Lei Jun')."""
    person = view.by_token.get(t.tokens[-1].i + 1)
    entry = gazetteer.entries().get(person.get("gazetteer_id") or "") if person is not None else None
    if entry is not None and entry.kind == "official" or entry is None and t.tokens[0].is_lower:
        return None
    company = view.main_entity(("organization",))
    if company is None or view._public_body(company):
        return None
    if entry is not None:
        return company  # a founder or a chief executive the gazetteer knows
    country = _main_country(view)
    mentions = [g["key"] for _s, g in view.spans]
    if country is not None and mentions.count(country["key"]) >= mentions.count(company["key"]):
        return None
    return company


def _is_state_title(view: DocView, title: str, head_word: str) -> bool:
    state = words(LEX, "state_titles", view.lang)
    if any(f" {s} " in f" {title} " for s in state):
        return not any(w in title.split() for w in words(LEX, "state_if_country"))
    return False


def _ministry(view: DocView, t: Title) -> str | None:
    """'ministre du Numérique' -> 'Ministère du Numérique'; 'Minister of State for Digital
    Development' -> 'Ministry of Digital Development'; 'Science Minister' -> 'Ministry of
    Science'."""
    lang = view.lang
    ministers = words(LEX, "ministers", lang)
    toks = t.tokens
    head_end = t.head + 1
    head = " ".join(x.lower_ for x in toks[max(0, head_end - 3):head_end])
    if not any(head.endswith(m) for m in ministers):
        return None
    if any(head.endswith(w) for w in words(LEX, "heads_of_government", lang)):
        return None  # 'Prime Minister X' heads a government, not a 'Ministry of Prime'
    word = str(load_data(LEX)["ministry_word"][lang])
    rest = [x for x in toks[head_end:] if country_of_demonym(x.text, lang) is None]
    if rest and rest[0].lower_ in ("de", "du", "des", "d'", "d’", "of", "for"):
        if lang == "en" and rest[0].lower_ == "for":
            return f"{word} of {words_text(rest[1:])}" if rest[1:] else None
        if lang == "fr":  # 'le ministre kényan de l'Économie': 'Ministère kényan de l'Économie'
            country = next((c for _s, _e, c in find_demonyms([x.text for x in toks], lang)), None)
            if country is not None and country.fr.demonyms:
                word = f"{word} {country.fr.demonyms[0]}"
        return f"{word} {words_text(rest)}"
    ranks = words(LEX, "minister_ranks", lang)
    lead = [x for x in toks[:t.head] if x.text[:1].isupper() and x.pos_ in ("NOUN", "PROPN", "ADJ")
            and country_of_demonym(x.text, lang) is None and x.i not in view.by_token
            and x.lower_ not in ranks]  # 'Deputy Minister X' names no 'Ministry of Deputy'
    if lang == "en" and lead:
        return f"{word} of {' '.join(x.text for x in lead)}"  # 'Science Minister X'
    return None


def _named_ministry(view: DocView, ministry: str) -> Any:
    """The ministry a title names, as the document names it in full when it does ('Science
    Minister X' and 'the Ministry of Science and ICT'), else as the title gives it."""
    wanted = re.findall(r"[\w'’-]+", ministry.lower())
    for _s, g in view.spans:
        name = re.findall(r"[\w'’-]+", g["name"].lower())  # ('Ministry of Trade, Industry and Energy')
        if g["type"] == "organization" and len(name) > len(wanted) and name[:len(wanted)] == wanted:
            return g
    return ministry


def _country_entity(view: DocView, sent: Span, name: str) -> Any:
    """The document's entity for a country named by an adjective, when it names it too."""
    from veille.world import country

    wanted = country(name)
    for _s, g in view.spans:
        if g["type"] == "place" and wanted is not None and country(g["name"]) is wanted:
            return g
    return name


def _country_in(view: DocView, sent: Span) -> dict[str, Any] | None:
    from veille.world import country

    for _s, g in view.entities_in(sent.start, sent.end, ("place",)):
        if country(g["name"]) is not None:
            return g
    return None


def _main_country(view: DocView) -> dict[str, Any] | None:
    from veille.world import country

    counts: dict[str, int] = {}
    groups: dict[str, dict[str, Any]] = {}
    for _s, g in view.spans:
        if g["type"] == "place" and country(g["name"]) is not None:
            counts[g["key"]] = counts.get(g["key"], 0) + 1
            groups[g["key"]] = g
    if not counts:
        return None
    return groups[max(counts, key=lambda k: counts[k])]


def _subject_before(view: DocView, sent: Span, types: tuple[str, ...],
                    same_sentence: bool = False) -> dict[str, Any] | None:
    """The entity the text is about: the subject of this sentence (when asked) or of the
    sentences before it in the paragraph."""
    if same_sentence:
        g = view.subject_of(sent.root, types)
        if g is not None:
            return g
    idx = view.sentence_index(sent)
    text = view.text
    for back in range(1, 4):
        if idx - back < 0:
            return None
        prev = view.sentences[idx - back]
        if "\n\n" in text[prev.start_char:sent.start_char]:
            return None
        g = view.subject_of(prev.root, types)
        if g is None:
            named = view.entities_in(prev.start, prev.end, types)
            g = named[0][1] if named else None
        if g is not None:
            return g
    return None


# ---------------------------------------------------------------------------------------------
# Founders


def founders(view: DocView, sent: Span) -> list[dict[str, Any]]:
    """'fondée en 2021 par X et Y', 'X, founded by Y and Z', 'Y founded X in 2022 with Z'."""
    verbs = _founding(view.lang)
    starting = words(LEX, "starting_verbs", view.lang)
    leading: dict[str, str] = load_data(LEX)["leading_verbs"][view.lang]
    lowers, lemmas = view.words()
    out: list[dict[str, Any]] = []
    particles: dict[str, str] = load_data(LEX)["starting_particles"][view.lang]
    for i in range(sent.start, sent.end):
        if lemmas[i] not in verbs and lowers[i] not in verbs and lemmas[i] not in starting \
                and lemmas[i] not in particles and lowers[i] not in leading and lemmas[i] not in leading:
            continue  # (most words: no verb of founding, starting or leading)
        lead = leading.get(lowers[i]) or leading.get(lemmas[i])
        phrasal = lemmas[i] in particles and view.doc[i].pos_ == "VERB" and any(
            c.dep_ == "prt" and c.lower_ == particles[lemmas[i]] for c in view.doc[i].children)
        start = (lemmas[i] in starting or phrasal) and view.doc[i].pos_ == "VERB" \
            and not _passive_form(view.doc[i]) \
            or lemmas[i] in starting and any(c.dep_.startswith("aux") and c.lemma_ == "avoir"
                                             for c in view.doc[i].children)
        if (lemmas[i] not in verbs and lowers[i] not in verbs and not lead and not start) \
                or i in view.by_token:
            continue
        tok = view.doc[i]
        people = [] if start else _founders_after(view, sent, tok)
        org = None
        if lead:  # 'X, chaired by Y', 'X, présidée par Y': passive only
            org = _founded(view, sent, tok) if people and _passive_form(tok) else None
            for span, g in (people if org is not None else []):
                made = _record(view, sent, g, span, Title([tok], 0), (org, 0.8), rule="role.led_by")
                made["args"]["title"] = lead
                out.append(made)
            continue
        if people:  # passive: 'X, fondée par ...', 'Fondée par ..., X a levé'
            org = _founded(view, sent, tok)
        else:
            subject = view.subject_of(tok, ("person",))
            # a verb of starting founds only the company a definite noun stands for ('a lancé la
            # société'), not a named body someone creates ('créer un Institut de ...')
            obj = next(((None if start and not _company_noun(view, c)
                         else view.entity_in_subtree(c, ("organization",)))
                        or _company(view, c) for c in tok.children if c.dep_ in ("obj", "dobj")), None)
            if subject is not None and obj is not None:
                people = [(s, g) for s, g in view.entities_in(sent.start, sent.end, ("person",))
                          if g is subject][:1]
                pronoun = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")
                                and c.pos_ == "PRON"), None)
                if not people and pronoun is not None:  # 'Elle a lancé la société avec ...'
                    people = [(view.doc[pronoun.i:pronoun.i + 1], subject)]
                people += [(s, g) for s, g in _persons_after(view, sent, tok, ("with", "avec"))
                           if g is not subject]
                org = obj
        if not people or org is None:
            continue
        several = len({g["key"] for _s, g in people}) > 1
        word = load_data(LEX)["founder_title"][view.lang]["several" if several else "one"]
        for span, g in people:
            title = Title([tok], 0)
            made = _record(view, sent, g, span, title, (org, 0.9), rule="role.founded_by")
            made["args"]["title"] = str(word)
            out.append(made)
    return out


def _company_noun(view: DocView, noun: Token) -> bool:
    """'a lancé la société X': a noun only a company is, naming the company it heads."""
    return noun.lemma_.lower() in words("lexicon/entities.yaml", "company_only_heads", view.lang)


def _company(view: DocView, noun: Token) -> dict[str, Any] | None:
    """'a fondé l'entreprise', 'founded the company': the company the noun stands for."""
    g = view.coref(noun)
    return g if g is not None and g["type"] == "organization" else None


@cache
@cache
def _founding(lang: str) -> frozenset[str]:
    return words(LEX, "founding_verbs", lang) | frozenset(
        {"fondé", "fondée", "fondés", "fondées", "cofondé", "cofondée", "founded", "co-founded"})


def _passive_form(tok: Token) -> bool:
    """A past participle ('chaired', 'présidée'), not 'chairs' or 'préside'."""
    return tok.tag_ == "VBN" or "VerbForm=Part" in str(tok.morph)


def _founders_after(view: DocView, sent: Span, tok: Token) -> list[tuple[Span, dict[str, Any]]]:
    return _persons_after(view, sent, tok, ("par", "by"))


def _persons_after(view: DocView, sent: Span, tok: Token, cues: tuple[str, ...]
                   ) -> list[tuple[Span, dict[str, Any]]]:
    """The people named after 'par'/'by' (or 'with') within the founding phrase, however many
    ('par X, ancien ..., Y et Z')."""
    doc = view.doc
    cue = next((k for k in range(tok.i + 1, min(sent.end, tok.i + 9)) if doc[k].lower_ in cues
                and not any(doc[j].is_punct for j in range(tok.i + 1, k))), None)
    if cue is None:
        return []
    out: list[tuple[Span, dict[str, Any]]] = []
    k = cue + 1
    while k < sent.end and k < cue + 60:
        t = doc[k]
        if t.text in (".", ";", ":") or (t.pos_ in ("VERB", "AUX") and k not in view.by_token
                                         and "VerbForm=Part" not in str(t.morph)):
            break
        g = view.by_token.get(k)
        if g is not None and g["type"] == "person" and all(x[1] is not g for x in out):
            span = next(s for s, e in view.entities_in(k, k + 8, ("person",)) if e is g)
            out.append((span, g))
            k = span.end
            continue
        if g is not None and g["type"] == "organization" and not out \
                and not _describes_next_person(view, sent, k):
            break
        k += 1
    return out


def _describes_next_person(view: DocView, sent: Span, k: int) -> bool:
    """'by former Samsung engineer X', 'par l'ancien patron de Sogou X': the organisation at
    `k` only describes the person named right after it."""
    for j in range(k + 1, min(sent.end, k + 5)):
        t = view.doc[j]
        if t.is_punct or t.pos_ in ("CCONJ", "VERB", "AUX"):
            return False
        g = view.by_token.get(j)
        if g is not None and g["type"] == "person":
            return True
    return False


def _founded(view: DocView, sent: Span, tok: Token) -> dict[str, Any] | None:
    """What was founded: the name the participle describes, the passive subject, or the
    subject of the sentence's main clause ('Fondée en 2021 par X et Y, Lintas AI a ...')."""
    types = ("organization",)
    if tok.dep_ in ("acl", "acl:relcl", "relcl", "amod", "appos") or tok.head.i < tok.i:
        g = view.entity_in_subtree(tok.head, types)
        if g is not None:
            return g
    for c in tok.children:
        if c.dep_ in ("nsubj:pass", "nsubjpass", "nsubj"):
            g = view.entity_in_subtree(c, types) or view.coref(c)
            if g is not None and g["type"] == "organization":
                return g
    before = [g for s, g in view.entities_in(sent.start, tok.i, types)]
    if before:
        return before[-1]
    # 'Fondée en 2021 par X et Y, Velmora emploie ...': the subject of the main clause after
    for s, g in view.entities_in(tok.i, sent.end, types):
        if s.root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
            return g
    g = view.subject_of(sent.root, types)
    if g is not None:
        return g
    if tok.i == sent.start:  # 'Fondée en 2021 par X et Y, deux ingénieurs, la start-up Z ...'
        # not an organisation that only completes a noun ('deux anciens chercheurs de l'Institut X')
        for span, g in view.entities_in(tok.i, sent.end, types):
            k = span.start - 1
            while k > tok.i and view.doc[k].pos_ == "DET":
                k -= 1
            if view.doc[k].pos_ != "ADP":
                return g
    return _subject_before(view, sent, types)
