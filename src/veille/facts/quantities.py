"""Facts built around numbers: stock moves, funding, targets and counted metrics.

A number is linked to what it counts and to whom it belongs through the dependency parse:
the measure is the noun it modifies, the subject the entity doing the verb it hangs on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from veille.facts.common import (
    baseline,
    clause_bounds,
    counts_sources,
    fact,
    key,
    measure_phrase,
    name,
    quantity_token,
    ranked_measure,
    restates,
    value_args,
    with_high_end,
)
from veille.facts.frames import frames
from veille.facts.view import DocView, entity_kind, has_cue
from veille.nlp.doctext import doc_text
from veille.nlp.lexicon import load_data, words
from veille.normalize import Quantity, percent_change_sign

LEX = "lexicon/facts.yaml"
OWNER_TYPES = ("organization", "place", "person", "product", "event")


_BRACKETED = re.compile(r"\(\s*([+\-−–]?)\s*$")


def bracketed_moves(view: DocView, sent: Span) -> list[dict[str, Any]]:
    """'le Kospi a gagné 1,1 %, porté par SK hynix (+4,2 %) et Samsung (+2,6 %)': in a sentence
    about the market, a listed name followed by its signed change in brackets is its move."""
    out: list[dict[str, Any]] = []
    if not any(q.kind == "percent" and "(" in view.text[max(q.start - 4, sent.start_char):q.start]
               for q in view.quantities_in(sent)):
        return out  # no percentage in brackets: the cheap test first
    named = view.entities_in(sent.start, sent.end, ("organization", "product"))
    kinds = {entity_kind(g) for _s, g in named}
    market = words(LEX, "market_words", view.lang)
    if not has_cue(sent, view.cue("stock_cues")) and "index" not in kinds \
            and not any(t.lower_ in market for t in sent):
        return out  # not a sentence about the market
    for q in view.quantities_in(sent):
        m = _BRACKETED.search(view.text[max(q.start - 4, sent.start_char):q.start])
        if q.kind != "percent" or q.start in view.used_quantities or m is None \
                or not view.text[q.end:q.end + 3].lstrip().startswith(")"):
            continue
        opening = view.token_at(q.start - len(m.group(0)))
        before = view.doc[opening.i - 1] if opening is not None and opening.i > sent.start else None
        g = view.by_token.get(before.i) if before is not None else None
        if g is None or g["type"] not in ("organization", "product"):
            continue
        signs = m.group(1) + q.text[:1]
        if not any(c in signs for c in "+-−–"):
            continue  # '(23 %)': a share, not a change
        sign = 1 if "+" in signs else -1
        span = [s for s, h in named if h is g and s.end == before.i + 1]  # type: ignore[union-attr]
        start = span[0].start_char if span else before.idx  # type: ignore[union-attr]
        view.used_quantities.add(q.start)
        out.append(fact(view, "stock_move", {"subject": name(g), "change_pct": sign * abs(q.value)},
                        sent, start, min(q.end + 2, sent.end_char), "stock_move.bracketed",
                        entities={"subject": key(g)}, confidence=0.75,
                        date=view.stated_date(sent) or view.session))
    return out


def gapped_moves(view: DocView, sent: Span, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'Tokyo Electron a perdu 4,6 %, Advantest 3,9 % et Screen Holdings 5,2 %': after a stock
    move, each listed name followed by its own percentage, with no verb of its own, moved the
    same way."""
    moves = [f for f in facts if f["type"] == "stock_move" and f["args"].get("change_pct")]
    if not moves:
        return []
    sign = 1 if moves[-1]["args"]["change_pct"] > 0 else -1
    used = [q for q in view.quantities_in(sent) if q.start in view.used_quantities and q.kind == "percent"]
    if not used:
        return []
    out: list[dict[str, Any]] = []
    last = view.token_at(used[-1].start)
    for q in view.quantities_in(sent):
        tok = view.token_at(q.start)
        if q.kind != "percent" or q.start in view.used_quantities or tok is None or last is None \
                or tok.i <= last.i or tok.i - 1 <= sent.start:
            continue
        g = view.by_token.get(tok.i - 1)
        spans = [s for s, h in view.entities_in(sent.start, tok.i) if h is g and s.end == tok.i]
        if g is None or g["type"] not in ("organization", "product") or not spans \
                or any(t.pos_ in ("VERB", "AUX") for t in view.doc[last.i + 1:spans[0].start]):
            continue
        view.used_quantities.add(q.start)
        last = tok
        out.append(fact(view, "stock_move", {"subject": name(g), "change_pct": sign * abs(q.value)},
                        sent, spans[0].start_char, q.end, "stock_move.gapped",
                        entities={"subject": key(g)}, confidence=0.7,
                        date=view.stated_date(sent) or view.session))
    return out


def extract(view: DocView, sent: Span) -> list[dict[str, Any]]:
    """Targets and counted metrics from the sentence's figures that no frame has used."""
    out: list[dict[str, Any]] = bracketed_moves(view, sent)
    quantities = [q for q in view.quantities_in(sent) if q.kind != "ordinal"]
    if not quantities:
        return out
    # 'should account for 23% of the market in 2025', said in 2025: a forecast for this year,
    # also when someone reports it ('..., according to the report')
    # (with no horizon even for this year, the sentence states no target: its modality is not needed)
    forecast = bool(view.deadlines(sent, this_year=True)) and (
        view.modality(sent) == "projected" or _forecast(view, sent))
    deadlines = view.deadlines(sent, this_year=forecast)
    previous: tuple[dict[str, Any], Quantity, Token] | None = None
    for q in quantities:
        if q.start in view.used_quantities:
            continue
        if _changed_from(view, q):
            if q.high is None:
                continue  # 'passer de 40 à 120 mégawatts': 40 is where it starts
            q = replace(q, value=q.high, high=None)
        tok = quantity_token(view, q)
        if tok is None or _is_date_part(view, q) or _anaphoric(view, q) or counts_sources(view, q) \
                or _conversion(view, q, quantities) or _price_target(view, sent, q) \
                or _factor(view, q) or _rate(view, q, quantities) or _threshold(view, sent, q):
            continue
        own_deadlines = [d for d in deadlines if not _in_other_relative(view, tok, d)
                         and not _in_later_goal(view, q, d) and not _in_other_clause(view, sent, tok, d)]
        if own_deadlines and (forecast or has_cue(sent, view.cue("target_cues"))) \
                and not _present(view, sent, q, tok) and not _descriptive(view, tok) \
                and not _done(view, tok) and not baseline(view, q):
            target = _target(view, sent, q, tok, own_deadlines)
            if target is not None:
                if q.high is not None:
                    target["args"]["value_high"] = q.high
                out.extend(with_high_end(target))
                continue
        if _compared_only(view, q, tok, quantities):
            continue  # 'to 1.4 trillion won, from 1.1 trillion won', 'contre 3,3 milliards': the
            # figure a change starts from, stated to compare, is no figure of its own
        gapped = _gapped_metric(view, sent, q, tok, previous) if previous is not None else None
        metric = gapped or _metric(view, sent, q, tok)
        if metric is not None:
            if q.high is not None:
                metric["args"]["value_high"] = q.high
            out.extend(with_high_end(metric))
            previous = (metric, q, tok)
    return out


def _changed_from(view: DocView, q: Quantity) -> bool:
    """'La capacité doit passer de 40 à 120 mégawatts', 'to grow from 40 to 120 megawatts': a
    range after a verb of change is where the figure goes from and to; the figure is the last."""
    first = view.token_at(q.start)
    if first is None or first.i < 2:
        return False
    prep, verb = view.doc[first.i - 1], view.doc[first.i - 2]
    lemma = verb.lemma_.lower()
    if not (prep.lower_ in ("de", "from") and verb.pos_ in ("VERB", "AUX") and (
            lemma in words(LEX, "change_to_verbs", view.lang) or percent_change_sign(lemma, view.lang) != 0)):
        return False
    if q.high is not None:
        return True
    after = doc_text(view.doc)[q.end:q.end + 6].lower()  # a figure alone: 'de 40' + 'à 120 ...'
    return bool(re.match(r"\s*(?:à|to)\s+\d", after))


_CHANGE_BEFORE_FROM = re.compile(r"(?:\bup|\bdown|,|\brising|\bfalling|\bclimbing|\bdropping)\s+"
                                 r"(?:\w+\s+)?$", re.IGNORECASE)


def _compared_only(view: DocView, q: Quantity, tok: Token, quantities: list[Quantity]) -> bool:
    """'to 1.4 trillion won, from 1.1 trillion won', 'up from 74.0%', 'contre 3,3 milliards':
    the figure a change starts from, after the sentence's own figure, stated only to compare;
    not when it has its own date ('up from 421.4 billion won a year earlier', 'contre 3 100
    milliards en 2025': a figure of that time), nor another owner ('contre 21 % pour Y'), nor
    when 'from' says where from ('from over 50 countries')."""
    if not baseline(view, q) or not any(x.end <= q.start for x in quantities if x is not q):
        return False
    text = doc_text(view.doc)
    before = text[max(0, q.start - 40):q.start]
    if view.lang == "en" and re.search(r"\bfrom\s+(?:\w+\s+){0,2}$", before, re.IGNORECASE) \
            and not _CHANGE_BEFORE_FROM.search(before[:before.lower().rfind("from")]):
        return False
    if any(q.end <= d.start <= q.end + 25 for d in view.dates) or _OF_ITS_TIME.match(text, q.end):
        return False
    return _named_after_for(view, tok) is None


# a figure's own time right after it ('421.4 billion won a year earlier', 'un an plus tôt')
_OF_ITS_TIME = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:a year (?:earlier|ago|before)|a quarter earlier|the previous year|"
    r"the (?:same|year-earlier) (?:period|quarter)|last year|un an plus tôt|il y a un an|"
    r"l'an dernier|l'année dernière|l’an dernier|l’année dernière|un an auparavant)\b", re.IGNORECASE)


def _gapped_metric(view: DocView, sent: Span, q: Quantity, tok: Token,
                   previous: tuple[dict[str, Any], Quantity, Token]) -> dict[str, Any] | None:
    """'The fund will hold 40%, X 35% and Y 25%', 'A emploie 300 personnes, B 120', 'A will own
    55% and B the remaining 45%': a name right before a figure of the same kind as the
    sentence's previous one, with no verb between them, is the subject of the same measure."""
    before, pq, ptok = previous
    end = tok.i  # 'and Y the remaining 45%': a determiner and an adjective may stand between
    while end > tok.i - 3 and end - 1 > ptok.i and view.doc[end - 1].is_lower \
            and (view.doc[end - 1].pos_ in ("DET", "ADJ") or view.doc[end - 1].dep_ == "amod"):
        end -= 1
    g = view.by_token.get(end - 1)
    if g is None or g["type"] not in ("organization", "product", "place") or pq.kind != q.kind \
            or before["args"].get("unit") != value_args(q).get("unit") or tok.i <= ptok.i:
        return None
    spans = [s for s, h in view.entities_in(sent.start, end) if h is g and s.end == end]
    if not spans or spans[0].start <= ptok.i or any(
            t.pos_ in ("VERB", "AUX") or t.lower_ in ("pour", "for", "contre", "against", "versus")
            for t in view.doc[ptok.i + 1:spans[0].start]):
        return None
    args = {**{k: v for k, v in before["args"].items() if k not in ("subject", "value_high")},
            "subject": name(g), **value_args(q, view.date_for(sent, near=(q.start, q.end))[0])}
    return fact(view, "metric", args, sent, spans[0].start_char, q.end, "metric.gapped",
                entities={"subject": key(g)}, confidence=before["confidence"],
                modality=before["modality"], date=(before["date"], before["date_precision"]))


def _forecast(view: DocView, sent: Span) -> bool:
    """A sentence that says what will be, whoever says it: a verb in the future or the
    conditional, or a word of `forecast_words` ('should', 'is expected to', 'devrait')."""
    moods, tenses = view.verb_features(range(sent.start, sent.end))
    if "Fut" in tenses or "Cnd" in moods:
        return True
    text = f" {view.sentence_text(sent).lower()} "
    return any(f" {w} " in text for w in words(LEX, "forecast_words", view.lang))


def goals(view: DocView, sent: Span) -> list[dict[str, Any]]:
    """Targets with no number: 'la société, qui doit devenir rentable en 2031',
    'X aims to become a regional hub by 2030'."""
    out: list[dict[str, Any]] = []
    years = [d for d in view.dates if sent.start_char <= d.start and d.end <= sent.end_char
             and d.relation in ("on", "by", "until", "within") and d.precision == "year"]
    if not years:
        return out
    for tok in sent:
        if tok.lemma_.lower() not in ("devenir", "become", "redevenir"):
            continue
        before = {t.lower_ for t in view.doc[max(sent.start, tok.i - 3):tok.i]}
        if view.clause_modality(tok, sent) != "projected" and not before & view.cue("intent"):
            continue  # 'est devenue le centre de ...': a fact, not a goal
        attr = next((c for c in tok.children if c.pos_ in ("ADJ", "NOUN") and c.dep_ in (
            "xcomp", "obj", "attr", "acomp", "obl:mod", "amod", "nmod", "advmod")
            and c.i > tok.i), None)
        if attr is None:
            continue
        deadline = min(years, key=lambda d: abs(d.start - attr.idx))
        subjects = _subjects(view, tok)
        for subject in subjects:
            start, end = clause_bounds([tok, attr], sent)
            out.append(fact(view, "target", {"subject": name(subject),
                                             "measure": attr.text,
                                             "deadline": int(deadline.value[:4])},
                            sent, start, end, "target.become_by",
                            entities={"subject": key(subject)}, modality="projected",
                            confidence=0.5))
    return out


def _subjects(view: DocView, verb: Token) -> list[dict[str, Any]]:
    """The subject of a verb; 'les deux entreprises (devant devenir ...)' is the last two
    companies named."""
    for noun in reversed(list(view.doc[max(view.sent_of(verb.i).start, verb.i - 4):verb.i])):
        if noun.pos_ == "NOUN":
            plural = _plural_coref(view, noun)
            if plural:
                return plural
            break
    tok: Token | None = verb
    for _ in range(4):
        if tok is None:
            break
        for child in tok.children:
            if child.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            plural = _plural_coref(view, child)
            if plural:
                return plural
            g = view.entity_in_subtree(child) or view.coref(child)
            return [g] if g is not None else []
        tok = tok.head if tok.head.i != tok.i else None
    return []


def _plural_coref(view: DocView, noun: Token) -> list[dict[str, Any]]:
    """'les deux entreprises', 'both companies': the last N distinct entities of that type."""
    count = max((_small(n.lower_) for n in noun.children if n.dep_ in ("nummod", "det")),
                default=0)
    if count < 2:
        return []
    one = view.coref(noun)
    if one is None:
        return []
    before = [g for s, g in view.spans if s.end <= noun.i and g["type"] == one["type"]]
    distinct: list[dict[str, Any]] = []
    for g in reversed(before):
        if g not in distinct:
            distinct.append(g)
    return distinct[:count] if len(distinct) >= count else []


def _small(word: str) -> int:
    return {"deux": 2, "trois": 3, "two": 2, "three": 3, "both": 2, "2": 2, "3": 3}.get(word, 0)


YEAR_BEFORE = re.compile(r"(?i)\b(?:until|till|since|by|in|from|before|after|through|jusqu['’]en|"
                         r"depuis|avant|après|d['’]ici|en|dès)(?:\s+(?:at\s+least|au\s+moins|"
                         r"the\s+end\s+of|la\s+fin\s+de|fin))?\s*$")


def _is_date_part(view: DocView, q: Quantity) -> bool:
    """A number inside a date, or a year the date grammar did not take ('until at least 2025',
    'la période 2025-2027', 'the 2025-26 budget', 'la Journée de l'innovation 2025 organisée
    à ...'): a year written bare is a count only before what it counts ('2000 emplois')."""
    if any(d.start <= q.start and q.end <= d.end for d in view.dates):
        return True
    text = doc_text(view.doc)
    written = text[q.start:q.end]
    if _YEAR_RANGE_END.search(text, max(0, q.start - 5), q.start) and re.fullmatch(r"\d\d(?:\d\d)?", written):
        return True  # the end of '2025-2027', '2025-26'
    if not re.fullmatch(r"(?:19|20)\d\d", written) or q.kind != "number" or q.unit:
        return False
    if YEAR_BEFORE.search(text, max(0, q.start - 30), q.start):
        return True
    last = view.token_at(q.end - 1)  # the number's last word, then what follows it
    nxt = last.nbor() if last is not None and last.i + 1 < len(view.doc) else None
    return nxt is None or not (nxt.pos_ in ("NOUN", "PROPN", "ADJ") and not nxt.is_title or nxt.like_num)


_YEAR_RANGE_END = re.compile(r"(?:19|20)\d\d[-–/]$")


def _conversion(view: DocView, q: Quantity, quantities: list[Quantity]) -> bool:
    """'60 milliards de wons (41 millions d'euros)': the second amount restates the first."""
    return q.kind == "money" and restates(view, q, quantities)


def _rate(view: DocView, q: Quantity, quantities: list[Quantity]) -> bool:
    """'157,3 pour un dollar', '7.2 yuan per dollar': an exchange rate, not a figure."""
    text = doc_text(view.doc)
    for p in quantities:
        if p.kind == "money" and p.value == 1 and 0 < p.start - q.end <= 16:
            between = text[q.end:p.start].strip().lower()
            if between in words(LEX, "rate_links", view.lang):
                return True
    after = text[q.end:q.end + 30].lower()
    return any(p.match(after) for p in _rate_patterns(view.lang))


@cache
def _rate_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """'per dollar', 'pour un dollar' after a figure: one pattern per link word, built once."""
    units = "|".join(re.escape(u) for u in sorted(words(LEX, "rate_units"), key=len, reverse=True))
    return tuple(re.compile(rf"\s*(?:[^\W\d_]+\s+)?{re.escape(link)}\s+(?:the\s+|un\s+|one\s+)?"
                            rf"(?:{units})(?![\w-])") for link in words(LEX, "rate_links", lang))


def _threshold(view: DocView, sent: Span, q: Quantity) -> bool:
    """'proposé à partir de 5 499 yuans', 'starting at $999': a starting price or a threshold."""
    if q.kind != "money":
        return False
    before = doc_text(view.doc)[max(sent.start_char, q.start - 16):q.start].lower().rstrip()
    return any(before.endswith(cue) for cue in words(LEX, "threshold_cues", view.lang))


def _anaphoric(view: DocView, q: Quantity) -> bool:
    """'les deux pays', 'ces trois groupes': a small number written as a word after a definite
    determiner refers back to things already named; it is not a figure."""
    if q.value > 12 or any(c.isdigit() for c in q.text):
        return False
    before = doc_text(view.doc)[max(0, q.start - 6):q.start].lower().split()
    return bool(before) and before[-1] in ("les", "des", "ces", "ses", "leurs", "nos", "the",
                                           "these", "both", "aux")


def _price_target(view: DocView, sent: Span, q: Quantity) -> bool:
    """'raised their price target to $60': an analyst's view of a share price; 'against an
    average forecast of NT$53.1 billion', 'le consensus tablait sur ...': the analysts'
    expectation. Neither is a figure of the company's."""
    start = max([sent.start_char, *(x.end for x in view.quantities_in(sent) if x.end <= q.start)])
    before = doc_text(view.doc)[start:q.start].lower()  # since the previous figure
    after = doc_text(view.doc)[q.end:q.end + 30].lower()  # 'the NT$489 billion average estimate'
    return (q.kind == "money" and any(c in before for c in view.cue("price_target_cues"))) \
        or any(c in before or after.lstrip().startswith(c) for c in view.cue("consensus_cues"))


def _factor(view: DocView, q: Quantity) -> bool:
    """'diviser par dix la consommation', 'multiplied by three': a factor, not a count."""
    span = view.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    prep, verb = view.doc[span.start - 1], view.doc[span.start - 2]
    return prep.lower_ in ("par", "by") and view.is_cue(verb, "factor_verbs")


def _present(view: DocView, sent: Span, q: Quantity, tok: Token) -> bool:
    """'La société compte aujourd'hui 120 salariés (et prévoit ...)': the number's own clause
    says it holds now, with no other number between the cue and it ('30 % du PIB en 2030,
    contre 18 % aujourd'hui': only 18 % is of today)."""
    clause = view.clause(tok, sent)
    if clause is None:
        return False
    own = view.quantity_tokens
    mine = view.doc.char_span(q.start, q.end, alignment_mode="expand")
    span = {t.i for t in mine} if mine is not None else {tok.i}
    before = [t.i for t in clause if t.i in own and t.i < min(span)]
    after = [t.i for t in clause if t.i in own and t.i > max(span)]
    low, high = max(before, default=-1), min(after, default=len(view.doc))
    # the cue first: the modality (a dozen regular expressions) only when there is one
    return has_cue([t for t in clause if low < t.i < high], view.cue("present_cues")) \
        and view.clause_modality(tok, sent) != "projected"


def _in_later_goal(view: DocView, q: Quantity, deadline: Any) -> bool:
    """'l'entreprise compte 310 salariés et vise 100 milliards de wons en 2027', 'employs 310
    people and aims to ... by 2027': a goal verb coordinated after the number opens the clause
    the deadline dates; the number before it is of today."""
    if deadline.start <= q.end:
        return False
    goals = _goal_verbs(view.lang)
    lowers, lemmas = view.words()
    first, last = view.token_at(q.end - 1), view.token_at(deadline.start)
    if first is None or last is None:
        return False
    between = view.doc[first.i + 1:last.i]
    return any(t.pos_ == "CCONJ" and any(lemmas[n.i] in goals or lowers[n.i] in goals
                                         for n in view.doc[t.i + 1:t.i + 3])
               for t in between)


def _in_other_relative(view: DocView, tok: Token, deadline: Any) -> bool:
    """'un investissement de 200 millions de dollars, a précisé le groupe, qui compte doubler la
    capacité du site d'ici fin 2026': the deadline is in a relative clause the number is not
    in, so it dates that clause's plan, not the number."""
    dtok = view.token_at(deadline.start)
    if dtok is None:
        return False
    number_heads = {t.i for t in (tok, *tok.ancestors)}
    for t in (dtok, *dtok.ancestors):
        if t.i in number_heads:
            return False  # up to the clause both are in, without leaving a relative clause
        if t.dep_ in ("acl:relcl", "relcl"):
            return True
    return False


def _in_other_clause(view: DocView, sent: Span, tok: Token, deadline: Any) -> bool:
    """'Capacity stands at 60MW, and the government wants it to exceed 500MW by 2035': a
    deadline in another clause than a number stated as a fact is not that number's."""
    dtok = view.token_at(deadline.start)
    verb = view.clause_verb(tok)
    if dtok is None or verb is None or "Fin" not in verb.morph.get("VerbForm", []) \
            or not set(verb.morph.get("Tense", [])) & {"Pres", "Past", "Imp"}:
        return False  # a number a finite verb states: 'stands at', 'compte', 'a atteint'
    clause = view.clause(tok, sent) or []
    if any(t.i == dtok.i for t in clause):
        return False
    return view.clause_modality(tok, sent) != "projected" and not _forecast_clause(view, clause)


def _forecast_clause(view: DocView, clause: list[Token]) -> bool:
    """A clause with a verb in the future or the conditional, or a word of intent."""
    moods, tenses = view.verb_features(t.i for t in clause)
    return "Fut" in tenses or "Cnd" in moods or has_cue(clause, view.cue("intent"))


def _descriptive(view: DocView, tok: Token) -> bool:
    """'Le Vietnam, qui compte 100 millions d'habitants, veut ...', 'Acme, which employs 300
    people, plans ...', 'WeRide, which says it operates in 30 cities, plans ...': a figure in
    a relative clause in the present or the past (or in what such a clause reports) describes
    what the noun is; the goal is in the main clause."""
    verb = _verb_of(tok)
    intent = view.cue("intent") | view.cue("target_cues")
    if verb is None or not (_stated(verb) or _reported(verb, intent)):
        return False
    for _ in range(3):  # up what the relative clause reports: 'which says it operates'
        if verb.dep_ in ("acl:relcl", "relcl") or any(
                c.dep_.startswith("nsubj") and c.lower_ in ("qui", "which", "who", "that") for c in verb.children):
            return True
        if not (verb.dep_ in ("ccomp", "conj") or _reported(verb, intent)) or not _stated(verb.head):
            return False
        verb = verb.head
    return False


def _reported(verb: Token, intent: frozenset[str]) -> bool:
    """'qui affirme exploiter 40 entrepôts': an infinitive a verb of saying governs, not one of
    wanting ('qui veut former 5 000 ingénieurs' states a goal)."""
    return "Inf" in verb.morph.get("VerbForm", []) and verb.dep_ == "xcomp" \
        and verb.head.lower_ not in intent and verb.head.lemma_.lower() not in intent


def _verb_of(tok: Token) -> Token | None:
    """The verb a number hangs on ('100 millions d'habitants', 'in 30 cities across 10
    countries': up from the number)."""
    verb = tok.head
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _stated(verb: Token) -> bool:
    """A verb in the present or the past of the indicative: it says what is or was."""
    if verb.tag_ in ("VBZ", "VBP", "VBD"):
        return True
    morph = verb.morph
    return "Ind" in morph.get("Mood", []) and bool(set(morph.get("Tense", [])) & {"Pres", "Past", "Imp"})


@cache
def _goal_verbs(lang: str) -> frozenset[str]:
    """The verbs that state goals: the triggers of the target frames ('vouloir', 'want')."""
    return frozenset(w for f in frames(lang) if f.type == "target" and lang in f.triggers
                     for w in f.triggers[lang].lemmas)


def _done(view: DocView, tok: Token) -> bool:
    """'X a livré 258 000 voitures depuis 2024, et vise ... en 2025', 'X delivered 258,000 cars
    and aims ...': a figure a verb in the past says was reached is no goal, unless a noun of
    goals stands between them ('a fixé un objectif de 500 000')."""
    verb = _verb_of(tok)
    if verb is None or verb.lemma_.lower() in _goal_verbs(view.lang):
        return False  # 'it wanted chips to power 30% of ...': a goal, said in the past
    path = [t for t in tok.ancestors if t.i != verb.i and verb.i in {a.i for a in t.ancestors}]
    goal_nouns = view.cue("target_cues")
    if any(t.lower_ in goal_nouns or t.lemma_.lower() in goal_nouns for t in path):
        return False
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm", []):
        aux = [c for c in verb.children if c.dep_ in ("aux", "aux:tense")]
        return bool(aux) and all(
            a.tag_ in ("VBZ", "VBP", "VBD") or "Ind" in a.morph.get("Mood", []) and "Pres" in a.morph.get(
                "Tense", []) for a in aux) and not any(a.lower_ in ("will", "would") for a in aux)
    return "Past" in verb.morph.get("Tense", []) and "Ind" in verb.morph.get("Mood", [])


def clitic_measure(view: DocView, sent: Span, q: Quantity, tok: Token) -> str | None:
    """'... 120 salariés et prévoit d'en recruter 80': 'en' stands for what the sentence's
    previous number counts."""
    verb = tok.head
    if not any(c.lower_ == "en" and c.i < verb.i for c in verb.children) and not (
            verb.i > 0 and view.doc[verb.i - 1].lower_ == "en"):
        return None
    for prev in reversed([x for x in view.quantities_in(sent) if x.end <= q.start]):
        ptok = quantity_token(view, prev)
        if ptok is not None and prev.kind not in ("percent", "money", "ordinal"):
            return measure_phrase(view, prev, ptok)[0]
    return None


def _owner(view: DocView, tok: Token, types: tuple[str, ...] = OWNER_TYPES
           ) -> dict[str, Any] | None:
    """Whose number it is: the subject of the verb it hangs on."""
    head = tok.head
    return view.subject_of(head, types)


def subject_for(view: DocView, sent: Span, tok: Token) -> dict[str, Any] | None:
    """Whose figure it is (see `figure_owner`)."""
    return figure_owner(view, sent, tok)[0]


def figure_owner(view: DocView, sent: Span, tok: Token) -> tuple[dict[str, Any] | None, float]:
    """Whose figure it is, and how surely: the subject of the verb the number hangs on (1.0),
    else of the sentence (0.9), else the place the sentence names (0.8: '2 000 emplois à Hong
    Kong') or the organisation or event it names (0.6: a name merely in the sentence is more
    often with whom or where than whose figure it is), else the subject of the previous figure
    in the same paragraph (0.75)."""
    seer = view.forecaster(tok)
    if seer is None:
        return _figure_owner(view, sent, tok)
    hidden = set(range(seer.start, seer.end)) - view.sources
    view.sources |= hidden  # its figure's source, not its owner: no path may take it
    try:
        return _figure_owner(view, sent, tok)
    finally:
        view.sources -= hidden


def _figure_owner(view: DocView, sent: Span, tok: Token) -> tuple[dict[str, Any] | None, float]:
    things = ("organization", "place", "product", "event")
    subject = _named_just_before(view, tok) or _named_after_for(view, tok) or _owner(view, tok, things)
    weight = 1.0
    if subject is None:
        subject, weight = view.subject_of(sent.root, things), 0.9
    if subject is None:
        subject, weight = _opening_place(view, sent), 0.8
    if subject is None:
        subject, weight = _owner(view, tok), 0.9
    if subject is None:
        # a parse with no verb ('La ville compte ...' read as nouns): the sentence's first noun
        first_noun = next((t for t in sent if t.pos_ == "NOUN"), None)
        subject = view.coref(sent.root) or (view.coref(first_noun) if first_noun else None)
    if subject is None:
        named = [(s, g) for s, g in view.entities_in(sent.start, sent.end,
                                                     ("place", "organization", "event"))
                 if s.start not in view.sources and not _venue(s, g) and not _from_aside(view, s)
                 and not _in_another_clause(view.doc[s.start], tok)
                 and not view.aside(view.doc[s.start], sent.root)]  # 'Le site, installé à X,
        subject = named[0][1] if named else None
        weight = 0.8 if subject is not None and subject.get("type") == "place" else 0.6
        if named and subject is not None and subject["type"] == "organization" and all(
                t.pos_ in ("DET", "PUNCT") for t in view.doc[sent.start:named[0][0].start]):
            weight = 0.8  # the name opening the sentence, whatever the parse made of it
    paragraph = doc_text(view.doc).count("\n\n", 0, sent.start_char)
    if subject is None and view.last_subject is not None and view.last_paragraph == paragraph:
        subject, weight = view.last_subject, 0.75
    if subject is None:  # 'Revenue rose 11% to ...': the company the article is about
        subject, weight = view.main_entity(("organization",)), 0.6
    if subject is not None:
        view.last_subject, view.last_paragraph = subject, paragraph
    return subject, weight


def _in_another_clause(name: Token, figure: Token) -> bool:
    """'ses ventes ont reculé de 6,8 %, pénalisées par le marché des téléviseurs en Chine': a
    name in an adverbial, relative or coordinated clause the figure does not hang on says why,
    where else or what else, not whose figure it is."""
    clause = name.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("advcl", "acl", "acl:relcl", "relcl",
                                                                 "parataxis", "conj"):
        return False  # ('500 postes restent à pourvoir à Lyon': a complement of the figure's own verb)
    up = figure
    for _ in range(12):
        if up.i == clause.i:
            return False
        if up.head.i == up.i:
            break
        up = up.head
    return True


def _falling(view: DocView, q: Quantity, tok: Token) -> bool:
    """Whether a percentage is a fall, and its value below zero: after a word of falling and
    'de'/'of'/'by' ('en recul de 8 %', 'a decline of 5%', 'baisser de 2,4 %', 'down 4%'), on
    a verb of falling ('sales slipped 3.2 percent') or before a noun of falling ('a 29%
    reduction', 'a 12% fall'). A level it falls to ('tombée à 22 %', 'fell to 54%') is no fall."""
    doc = view.doc
    first = next((t for t in doc[max(tok.i - 4, 0):tok.i + 1] if t.idx >= q.start), tok)
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower_ in words(LEX, "approx_words", view.lang):
        before = doc[before.i - 1] if before.i > 0 else None
    if before is None or before.lower_ in ("à", "to", "at", "au"):
        return False

    def fall(t: Token) -> bool:
        return percent_change_sign(t.lemma_.lower(), view.lang) < 0 \
            or percent_change_sign(t.lower_, view.lang) < 0

    if before.lower_ in ("de", "d'", "d’", "of", "by"):
        return before.i > 0 and fall(doc[before.i - 1])
    if fall(before):  # 'down 4%', 'slipped 3.2 percent'
        return True
    head = tok.head
    while head.i != head.head.i and head.i < q.end and head.idx < q.end and head.idx >= q.start:
        head = head.head  # out of the figure's own tokens ('3.2' -> 'percent' -> 'slip')
    return head.i != tok.i and head.pos_ in ("VERB", "NOUN") and head.i > tok.i - 1 and fall(head) \
        and not any(c.lower_ in ("à", "to") and c.i < tok.i for c in head.children if c.i > head.i)


def _from_aside(view: DocView, span: Span) -> bool:
    """'revenue, mostly from North America and Southeast Asia, grew 6%': a name in a phrase a
    comma sets off, opening with a preposition, says where from, not whose figure."""
    doc = view.doc
    i = span.start - 1
    while i > 0 and span.start - i < 8 and doc[i].pos_ in ("DET", "CCONJ", "PROPN", "ADJ"):
        i -= 1  # (and 'Southeast Asia' after 'North America and')
    if i <= 0 or doc[i].pos_ != "ADP":
        return False
    i -= 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    return doc[i].text == ","


def _opening_place(view: DocView, sent: Span) -> dict[str, Any] | None:
    """'À Penang, 12 centres de données sont en service', 'In Johor, 17 data centres are
    running': a place a sentence opens with, set off by a comma, is where its figures are
    counted, and theirs when no one else's."""
    preps = words(LEX, "locative_preps") | words(LEX, "inside_preps")
    doc = view.doc
    i = sent.start
    while i < sent.end and doc[i].is_punct:
        i += 1
    if i >= sent.end - 2 or doc[i].lower_ not in preps:
        return None
    for span, g in view.entities_in(i + 1, min(i + 8, sent.end), ("place",)):
        between = doc[i + 1:span.start]
        if all(t.pos_ == "DET" or (t.is_lower and t.lower_ in words(LEX, "region_of_words", view.lang))
               or t.lower_ in ("de", "d'", "d’", "of") for t in between) \
                and span.end < sent.end and doc[span.end].text == ",":
            return g
        break
    return None


def _listed_measure(view: DocView, sent: Span, q: Quantity) -> tuple[str | None, list[Token]]:
    """'X en tête avec 23,4 % de parts de marché, devant Y, à 17,8 %': a figure of a list
    measures what the list's first figure of its kind does."""
    for prev in reversed([x for x in view.quantities_in(sent) if x.end <= q.start and x.kind == q.kind]):
        ptok = quantity_token(view, prev)
        if ptok is not None:
            measure, mtoks = measure_phrase(view, prev, ptok)
            if measure is not None:
                return measure, mtoks
    return None, []


def _named_after_for(view: DocView, tok: Token) -> dict[str, Any] | None:
    """'62 % du marché, contre 21 % pour Y', '40%, against 25% for Y': a figure compared with
    another is the one named right after 'pour'/'for'."""
    if not _baseline_before(view, tok):
        return None
    end = tok.i + 1
    while end < len(view.doc) and view.doc[end].i in view.quantity_tokens:
        end += 1
    if end + 1 < len(view.doc) and view.doc[end].lower_ in ("pour", "for"):
        g = view.by_token.get(end + 1)
        if g is not None and g["type"] in ("organization", "product", "place"):
            return g
    return None


def _baseline_before(view: DocView, tok: Token) -> bool:
    """Whether the figure at `tok` comes after a word of `baseline_words` ('contre', 'versus')."""
    q = next((x for x in view.quantities if x.start <= tok.idx < x.end), None)
    return q is not None and baseline(view, q)


def _named_just_before(view: DocView, tok: Token) -> dict[str, Any] | None:
    """'followed by xFusion at 12.1% and H3C at 9.8%', 'devant xFusion à 12,1 %', 'Foxconn,
    avec 40 %': a company or product named right before 'at'/'à'/'with'/'avec' and the figure
    holds it (the parse often hangs such a phrase on the verb)."""
    first = tok
    while first.i > 0 and first.nbor(-1).like_num:
        first = first.nbor(-1)
    i = first.i - 1
    if i > 0 and view.doc[i].lower_ in words(LEX, "approx_words", view.lang):
        i -= 1  # 'at about 12%'
    if i >= 1 and view.doc[i].text == "(":
        # 'devant les Philippines (1,9 million) et le Vietnam (1,7 million)': the name the
        # bracket opens after
        g = view.by_token.get(i - 1)
        return g if g is not None and g["type"] in ("organization", "product", "place") else None
    if i < 1 or view.doc[i].lower_ not in words(LEX, "holding_preps", view.lang):
        return None
    j = i - 1 if view.doc[i - 1].text != "," else i - 2
    g = view.by_token.get(j) if j >= 0 else None
    return g if g is not None and g["type"] in ("organization", "product") else None


def _venue(span: Span, g: dict[str, Any]) -> bool:
    """'au MITEC', 'at the Expo Center': a venue where something happens, not whose figure
    it is; a country, region or city after 'à'/'in' is ('2 000 emplois à Hong Kong')."""
    from veille import world
    from veille.nlp.gazetteer import entries

    doc = span.doc
    if not (span.start > 0 and doc[span.start - 1].lower_ in words(LEX, "locative_preps")):
        return False
    entry = entries().get(g.get("gazetteer_id") or "")
    if entry is not None and entry.kind in ("country", "region", "city", "district", "province"):
        return False
    return world.country(g["name"]) is None


def _named_after(view: DocView, sent: Span, cues: Iterable[str], within: int) -> dict[str, Any] | None:
    """The first organisation or person named within `within` tokens after one of the cues."""
    text = view.sentence_text(sent).lower()
    for cue in cues:
        at = text.find(cue)
        if at >= 0:
            tok = view.token_at(sent.start_char + at + len(cue) + 1)
            if tok is not None:
                ents = view.entities_in(tok.i, tok.i + within, ("organization", "person"))
                if ents:
                    return ents[0][1]
    return None


def _target(view: DocView, sent: Span, q: Quantity, tok: Token, deadlines: list[Any]
            ) -> dict[str, Any] | None:
    after = [d for d in deadlines if d.start >= q.end]
    deadline = after[0] if after else deadlines[0]
    # '... d'ici 2028 et compte recruter 300 ingénieurs cette année': a time said right after
    # the number, before the deadline, is this number's horizon
    own = [d for d in view.dates if d.relation == "on" and q.end <= d.start < min(
        q.end + 40, deadline.start if deadline.start >= q.end else sent.end_char)]
    if own:
        deadline = own[0]
        if view.default_date and deadline.value[:4] < view.default_date[:4]:
            return None  # '... up from $2.7 billion last year': a past figure, not a goal
    measure, mtoks = measure_phrase(view, q, tok)
    if measure is None:
        measure = clitic_measure(view, sent, q, tok)
    if measure is None or (mtoks and mtoks[0].lower_ in words(LEX, "not_measures", view.lang)):
        return None  # '10 000 d'ici avril': the deadline's words measure nothing
    if any(t.lower_ in words("lexicon/facts.yaml", "rank_words") for t in mtoks[:1]) or \
            tok.head.lower_ in words("lexicon/facts.yaml", "rank_words"):
        measure = f"classement rang {measure}"
    measure = ranked_measure(view, tok, measure)
    subject = subject_for(view, sent, tok)  # a goal whose owner is not named is still a goal
    args: dict[str, Any] = {"subject": name(subject), "measure": measure,
                            "deadline": int(deadline.value[:4]), **value_args(q)}
    seer = view.forecaster(tok)
    source = _according_to(view, sent) or (view.by_token.get(seer.start) if seer is not None else None)
    if source is not None:
        args["source"] = name(source)
    tokens = [tok, *mtoks]
    dtok = view.token_at(deadline.start)
    if dtok is not None:
        tokens.append(dtok)
    start, end = clause_bounds(tokens, sent)
    return fact(view, "target", args, sent, start, end, "target.deadline",
                entities={"subject": key(subject), "source": key(source)},
                modality="projected", confidence=round(0.6 * _weakness(view, q, mtoks), 3))


def _weakness(view: DocView, q: Quantity, mtoks: list[Token]) -> float:
    """How much less a figure is worth: a few things written in words ('three priorities',
    'deux personnes') seldom are a figure (0.5); a weak measure (`weak_measures`) 0.7."""
    factor = 0.5 if q.value < 10 and not any(c.isdigit() for c in q.text) else 1.0
    if mtoks and mtoks[0].lower_ in words(LEX, "weak_measures", view.lang) \
            and mtoks[0].head.lemma_.lower() not in words(LEX, "headcount_verbs", view.lang):
        factor *= 0.7  # 'deux personnes', but 'emploie 140 personnes' is a headcount
    return factor


def _according_to(view: DocView, sent: Span) -> dict[str, Any] | None:
    """'selon X', 'according to X': who says so."""
    return _named_after(view, sent, view.cue("according_to"), 6)


def _audience_of(view: DocView, sent: Span, mtoks: list[Token]) -> dict[str, Any] | None:
    """'400 participants', '12,000 attendees': the event of the sentence, else the last one
    named in the two sentences before (in the same paragraph)."""
    if not mtoks or mtoks[0].lower_ not in words("lexicon/facts.yaml", "audience_words", view.lang):
        return None
    return _thing_of(view, sent, "event")


def _spec_of(view: DocView, sent: Span, tok: Token, mtoks: list[Token]) -> dict[str, Any] | None:
    """'a model with 2.4 trillion parameters', 'une puce de 44 TOPS': a product's
    specification is the product's, not its maker's: the product the subject of the figure's
    verb names, else the product named last before the
    figure in the sentence, else the first after it, else the last named in the two sentences
    before (in the same paragraph)."""
    spec = words("lexicon/facts.yaml", "spec_words", view.lang)
    if not any(t.lower_ in spec or t.lemma_.lower() in spec for t in mtoks[:3]):
        return None
    verb = _verb_of(tok)
    subject = next((g for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                    for g in [view.entity_in_subtree(c, ("product",))] if g is not None),
                   None) if verb is not None else None
    if subject is not None:  # 'GLM-5, which replaces GLM-4.5, was trained on 28 trillion tokens'
        return subject
    named = view.entities_in(sent.start, sent.end, ("product",))
    before = [g for s, g in named if s.end <= tok.i]
    if before:
        return before[-1]
    return _thing_of(view, sent, "product")


def _thing_of(view: DocView, sent: Span, etype: str) -> dict[str, Any] | None:
    """The entity of a type the sentence names first, else the last one named in the two
    sentences before it in its paragraph, else the one the article is about."""
    here = view.entities_in(sent.start, sent.end, (etype,))
    if here:
        return here[0][1]
    first = view.sent_of(max(sent.start - 1, 0))
    first = view.sent_of(max(first.start - 1, 0))
    if "\n\n" in doc_text(view.doc)[first.start_char:sent.start_char]:
        first = sent  # another paragraph: not the same event
    before = view.entities_in(first.start, sent.start, (etype,))
    if before:
        return before[-1][1]
    return view.main_entity((etype,))  # the event the article is about


_NEXT_TWO = re.compile(r"[ \u00a0]*(l['’]|[^\W\d_]+)[ \u00a0]*([^\W\d_]+)?")


_TOKEN_PRICE = {
    "fr": re.compile(r"\s*(?:le|les|par|pour)\s+(?:(?:1\s)?million|m|1\s?000|mille)\s+(?:de\s+)?(?:jetons|tokens)"
                     r"(?P<side>\s+(?:d'|d’|en\s+)?(?:entrée|sortie))?", re.IGNORECASE),
    "en": re.compile(r"\s*(?:per|a|for\s+(?:every|each))\s+(?:(?:1\s?)?million|m|1,?000|thousand)"
                     r"(?P<side>\s+(?:input|output))?\s+tokens(?P<side2>\s+(?:of\s+)?(?:input|output))?",
                     re.IGNORECASE),
}


def _token_price(view: DocView, sent: Span, q: Quantity) -> dict[str, Any] | None:
    """'0,8 yuan par million de jetons en entrée', '$0.28 per million input tokens': the price
    of a model's tokens, the figure of the model named last before it (in the paragraph)."""
    m = _TOKEN_PRICE[view.lang].match(view.text, q.end)
    if m is None:
        return None
    side = (m.group("side") or (m.groupdict().get("side2") or "")).strip()
    measure = {"fr": "prix par million de jetons", "en": "price per million tokens"}[view.lang]
    if side:
        measure += " " + side
    paragraph = view.text.rfind("\n\n", 0, q.start)
    products = [g for s, g in view.spans if g["type"] == "product" and paragraph < s.start_char < q.start]
    subject = products[-1] if products else view.main_entity(("product",))
    if subject is None:
        return None
    args: dict[str, Any] = {"subject": name(subject), "measure": measure, **value_args(q)}
    return fact(view, "metric", args, sent, q.start, m.end(), "metric.token_price",
                entities={"subject": key(subject)}, confidence=0.6 if products else 0.45)


def _unit_price(view: DocView, q: Quantity) -> bool:
    """'5,04 ringgits le mètre', '$4.10 a share', '30 euros par utilisateur': an amount per
    unit of something other than time."""
    m = _NEXT_TWO.match(view.text, q.end)
    if not m or m.group(1).lower().replace("’", "'") not in words(LEX, "per_unit_words", view.lang):
        return False
    unit = (m.group(2) or "").lower()
    return bool(unit) and unit not in words(LEX, "time_units")


def _times_verb(view: DocView, tok: Token, mtoks: list[Token]) -> Token | None:
    """'sursouscrite 32 fois', 'oversubscribed 412 times', 'covered 26 times': the verb a
    number of times says how often happened, when it is one of `times_verbs`."""
    if not mtoks or mtoks[0].lower_ not in ("fois", "times"):
        return None
    verbs = words(LEX, "times_verbs", view.lang)
    before = [t for t in view.doc[max(tok.sent.start, tok.i - 4):tok.i] if t.lemma_.lower() in verbs
              or t.lower_ in verbs]
    return before[-1] if before else None


def _owned_by(view: DocView, tok: Token) -> dict[str, Any] | None:
    """'une coentreprise détenue à 51 % par X', 'a venture owned 51% by X': a share of what a
    verb of owning says is owned by someone is that someone's stake."""
    lowers, lemmas = view.words()
    verb = tok
    for _ in range(3):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    if lemmas[verb.i] not in words(LEX, "owning_verbs", view.lang):
        return None
    agents = words(LEX, "agent_words", view.lang)
    for i in range(max(verb.i, tok.i) + 1, min(max(verb.i, tok.i) + 5, len(view.doc))):
        if lowers[i] in agents:
            j = i + 1 + (i + 1 < len(view.doc) and view.doc[i + 1].pos_ == "DET")
            g = view.by_token.get(j)
            return g if g is not None and g["type"] in ("organization", "person", "place") else None
        if view.doc[i].pos_ in ("VERB", "PUNCT") and view.doc[i].text != "%":
            return None
    return None


def _benchmark_score(view: DocView, tok: Token) -> tuple[str | None, list[Token]]:
    """'X scored 81.3% on JMMLU', 'X obtient 71,3 % au test LiveCodeBench': a percentage a verb of
    scoring gives, on a named test, is the score on that test."""
    doc, lowers = view.doc, view.words()[0]
    node = doc[tok.i + 1] if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "%" else tok
    verb = node.head if node.dep_ in ("obj", "dobj", "npadvmod", "obl:arg", "obl") else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in words(LEX, "scoring_verbs", view.lang):
        return None, []
    k = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "%")
    if k >= len(doc) or lowers[k] not in words(LEX, "score_preps", view.lang):
        return None, []
    for j in range(k + 1, min(k + 5, tok.sent.end)):
        t = doc[j]
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
        if t.pos_ == "PROPN" or j in view.by_token or any(c.isupper() for c in t.text[1:]):
            return f"score {t.text} ({verb.text})", [verb, t]
    return None, []


def _stake_held(view: DocView, tok: Token) -> Token | None:
    """'X détiendra 51 %', 'X will hold 51% and Y 29%': the verb of owning a percentage with
    no noun of its own is the object of."""
    verb = _counting_verb(view, tok, [])
    if verb is None or verb.lemma_.lower() not in words(LEX, "owning_verbs", view.lang):
        return None
    return verb


def _counting_verb(view: DocView, tok: Token, mtoks: list[Token]) -> Token | None:
    """The verb a figure or its measure is the object of, when the verb says what the figure
    is ('contrôle 62 % du marché', 'hold 51% of the venture', 'emploie 140 personnes', 'weigh
    39 grams'), not a verb of reaching or changing, which the measure says alone."""
    for t in (tok, *mtoks[:1]):
        node = t
        for _ in range(3):
            if node.dep_ in ("obj", "dobj", "obl:arg") and node.head.pos_ == "VERB":
                verb = node.head
                light = words(LEX, "light_verbs", view.lang)
                return None if verb.lemma_.lower() in light or verb.i in view.by_token else verb
            if node.head.i == node.i or node.head.pos_ == "VERB":
                break
            node = node.head
    return None


def _metric(view: DocView, sent: Span, q: Quantity, tok: Token) -> dict[str, Any] | None:
    measure, mtoks = measure_phrase(view, q, tok)
    if (measure is None and _named_just_before(view, tok) is not None) or _named_after_for(view, tok):
        listed, ltoks = _listed_measure(view, sent, q)  # 'devant Y, à 17,8 %', 'contre 21 % pour Y'
        if listed is not None:
            measure, mtoks = listed, ltoks
    if measure is None and q.kind == "percent":
        stake = _stake_held(view, tok)
        if stake is not None:  # 'X will hold 51% and Y 29%': a stake, named by its verb
            measure, mtoks = str(load_data(LEX)["stake_words"][view.lang][0]), [stake]
        else:
            measure, mtoks = _benchmark_score(view, tok)
    head = mtoks[0].lower_ if mtoks else ""
    times = _times_verb(view, tok, mtoks)
    if times is not None:  # 'the retail tranche was oversubscribed 412 times'
        measure, mtoks, head = f"{times.text} ({mtoks[0].text})", [times, *mtoks], times.lower_
    share = q.kind == "percent" and head in ("share", "stake") and 0 < mtoks[0].i - tok.i <= 2
    if measure is None or head in words(LEX, "time_units") or (
            head in words(LEX, "not_measures", view.lang) and not share):
        return None  # 'trois ans', 'deux fois plus', 'le 20 juin' ('a 22.4% share' is one)
    if q.kind == "money":
        priced = _token_price(view, sent, q)
        if priced is not None:  # '0,8 yuan par million de jetons en entrée': a model's price
            return priced
    if q.kind == "money" and _unit_price(view, q):
        return None  # '5,04 ringgits le mètre', '$4 a share': a price
    verb = _counting_verb(view, tok, mtoks)
    if verb is not None:  # 'contrôle 62 % du marché', 'will hold 51% of the venture'
        measure = f"{measure} ({verb.text})"
    owner = _owned_by(view, tok) or _audience_of(view, sent, mtoks) or _spec_of(view, sent, tok, mtoks) \
        or (next((g for t in mtoks[:4] if t.pos_ == "NOUN" for g in [view.national(t)] if g is not None), None)
            if q.kind == "percent" else None)  # '9 % des entreprises vietnamiennes' (a count is whoever's counted)
    subject, weight = (owner, 1.0) if owner is not None else figure_owner(view, sent, tok)
    if weight < 0.75 and subject is not None and subject is view.main_entity(("organization",)) \
            and any(t.lower_ in words(LEX, "account_measures", view.lang) for t in mtoks[:3]):
        weight = 0.75  # 'Operating profit came to ...' in an article about the company
    if times is not None:  # an offering's demand: the listed company's, seldom named again
        weight = max(weight, 0.8)
    confidence = 0.6 * (weight if subject is not None else 0.6) * _weakness(view, q, mtoks)
    args: dict[str, Any] = {"subject": name(subject), "measure": measure,
                            **value_args(q, view.date_for(sent, near=(q.start, q.end))[0])}
    if q.kind == "percent" and _falling(view, q, tok):
        args["value"] = -abs(q.value)  # 'sales slipped 3.2%', 'en recul de 8 %', 'a 29% cut'
    start, end = clause_bounds([tok, *mtoks], sent)
    # 'founded in 2022, ... now used by 14,000 clinicians': a figure of today is dated today
    now = (view.default_date, view.default_precision) if _present(view, sent, q, tok) else None
    out = fact(view, "metric", args, sent, start, end, "metric.number_noun",
               entities={"subject": key(subject)}, confidence=round(confidence, 3),
               modality=view.clause_modality(tok, sent), date=now)
    source = _according_to(view, sent)
    if source is not None:
        out["source_key"] = source["key"]
    return out
