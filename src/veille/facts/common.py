"""Building fact records: evidence spans, measure phrases and values."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from veille.facts.view import BARE_SUM, DocView
from veille.nlp.doctext import doc_text
from veille.nlp.lexicon import words
from veille.normalize import Quantity, percent_change_sign, to_usd

MEASURE_STOP = {",", ";", ":", "(", ")", "«", "»", '"', "“", "”", "."}


def fact(view: DocView, kind: str, args: dict[str, Any], sent: Span, start: int, end: int,
         rule: str, *, entities: dict[str, Any] | None = None, modality: str | None = None,
         confidence: float = 0.6, date: tuple[str | None, str | None] | None = None
         ) -> dict[str, Any]:
    """A fact record with its evidence: the words from char `start` to `end` in `sent`."""
    for q in view.quantities:  # never cut a number: '1 200 emplois', not '200 emplois'
        if q.start < start < q.end:
            start = q.start
        if q.start < end < q.end:
            end = q.end
    for first, last in view.span_chars:  # nor a name: 'Brindle Labs raised', not 'Labs raised'
        if first < start < last:
            start = first
        if first < end < last:
            end = last
    first, last = sent.start_char, sent.end_char
    start = max(start, first)
    end = min(max(end, start + 1), last)
    when = date if date is not None else view.date_for(sent, near=(start, end))
    return {
        "type": kind,
        "args": {k: v for k, v in args.items() if v not in (None, "", [])},
        "evidence": {"start": start, "end": end, "text": doc_text(view.doc)[start:end],
                     "sentence": view.sentence_text(sent)},
        "date": when[0], "date_precision": when[1],
        "modality": modality or view.modality(sent),
        "confidence": confidence, "rule": rule, "rule_version": 1,
        "entities": {k: v for k, v in (entities or {}).items() if v},
    }


def clause_bounds(tokens: list[Token], sent: Span) -> tuple[int, int]:
    """Char bounds covering tokens, widened to whole words, within the sentence."""
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return max(start, sent.start_char), min(end, sent.end_char)


def quantity_token(view: DocView, q: Quantity) -> Token | None:
    """The token carrying a quantity's number (the last numeric token of its span)."""
    return view.quantity_token(q)


@cache
def _conversion_links(lang: str) -> tuple[re.Pattern[str], ...]:
    """The words of `conversion_links` as whole words, longest first, compiled once."""
    links = sorted(words("lexicon/facts.yaml", "conversion_links", lang), key=len, reverse=True)
    return tuple(re.compile(rf"(?<![\w']){re.escape(link)}(?![\w'])") for link in links)


def restates(view: DocView, q: Quantity, quantities: list[Quantity]) -> bool:
    """'60 milliards de wons (41 millions d'euros)', '20 milliards de yens, soit environ 135
    millions de dollars', 'HK$5.6 billion, or about $715 million': a figure that restates the
    one of its kind just before it, after a bracket, a comma or a dash and words of
    `conversion_links` only."""
    text = doc_text(view.doc)
    links = _conversion_links(view.lang)
    for p in quantities:
        if p.kind != q.kind or p.end > q.start or q.start - p.end > 40:
            continue
        between = text[p.end:q.start].strip().lower()
        if not between.startswith(("(", ",", ";", "—", "–", "[")):
            continue
        rest = between[1:]
        for link in links:  # 'près de' before 'de'
            rest = link.sub(" ", rest)
        if rest.strip(" ,~≈"):
            continue
        # '10 millions, 20 millions et 30 millions' is a list: after a comma, a restatement says
        # so ('soit', 'or about') or changes the currency
        if between[0] == "(" or between[1:].strip() or p.unit != q.unit:
            return True
    return False


def measure_phrase(view: DocView, q: Quantity, tok: Token) -> tuple[str | None, list[Token]]:
    """What a number counts or measures, as words: '700 entreprises spécialisées' ->
    'entreprises spécialisées'; '70 % des recruteurs' -> 'recruteurs'; '80 milliards de
    wons (55 millions d'euros) de chiffre d'affaires' -> 'chiffre d'affaires'; 'un taux de
    croissance de 15 %' -> 'taux de croissance'; else the unit glued to it ('exceed 500MW')."""
    changed = _changed_figure(view, q)
    if changed is not None:  # 'profit of 612.4 billion won, up 21.7%': the profit's change
        return changed
    listed = _listed_before(view, q)
    if listed[0] is not None:  # '3 milliards, 32 milliards et 235 milliards de paramètres'
        return listed
    if _bracketed_after_name(view, q):  # 'devant les Philippines (1,9 million)': the list's noun
        elided = _elided(view, q)
        if elided[0] is not None:
            return elided
    measure, tokens = _measure_phrase(view, q, tok)
    if tokens and tokens[0].lower_ in words("lexicon/facts.yaml", "count_nouns", view.lang):
        counted = _counted(view, tokens[0])
        if counted:  # 'the number of AI-related jobs to reach 95,000': the jobs
            return words_text(counted), counted
    if measure is None:
        unit = doc_text(view.doc)[q.end:tok.idx + len(tok.text)]
        if unit.isalpha() and q.start >= tok.idx:
            return unit, [tok]
        return _elided(view, q)
    if q.kind == "percent":
        verb = _share_doing(view, q)
        if verb is not None:  # '41 % des entreprises utilisent ...': the share of them that do
            return f"{measure} {verb.text}", [*tokens, verb]
    return measure, tokens


def _share_doing(view: DocView, q: Quantity) -> Token | None:
    """The verb a share of a population is the subject of ('41 % des entreprises interrogées
    utilisent ...', '41% of the companies surveyed use ...'), not a copula."""
    span = view.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and t.head.pos_ == "VERB" \
                and t.head.lemma_.lower() not in ("être", "be", "have", "avoir", "représenter", "represent",
                                                   "account", "make"):
            return t.head
    return None


_BARE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|by\b|in\b|d'ici\b|en\b|à\b|au\b|avant\b|before\b|"
                         r"at\b|over\b|within\b|dans\b|pour\b|for\b|et\b|and\b|cette\b|cet\b|"
                         r"this\b|next\b|l'an\b|l'année\b)", re.IGNORECASE)


def _bracketed_after_name(view: DocView, q: Quantity) -> bool:
    """Whether a figure stands alone in brackets right after a name ('le Vietnam (1,7 million)')."""
    text = doc_text(view.doc)
    before = text[:q.start].rstrip()
    if not before.endswith("(") or not text[q.end:].lstrip().startswith(")"):
        return False
    tok = view.token_at(len(before) - 1)
    return tok is not None and tok.i > 0 and tok.i - 1 in view.by_token




def _elided(view: DocView, q: Quantity) -> tuple[str | None, list[Token]]:
    """'has 80 employees and intends to reach about 120 by the end of the year', '1,000
    robotaxis by the end of the year and over 3,000 by the end of 2026', '14 millions d'euros de
    chiffre d'affaires ... et nous visons 30 millions cette année': a bare count or sum after
    another of the sentence measures what that one does (the noun is not said again)."""
    if q.kind not in ("number", "money") or q.value != int(q.value) \
            or q.kind == "money" and not BARE_SUM.fullmatch(q.text.strip()) \
            or not _BARE_AFTER.match(doc_text(view.doc), q.end):
        return None, []  # (a count or a sum: not a score, a price or a share)
    span = view.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None, []
    sent = view.sent_of(span.start)
    for prev in reversed([x for x in view.quantities_in(sent) if x.end <= q.start and x.kind == q.kind]):
        if _bracketed_after_name(view, prev):
            continue  # 'les Philippines (1,9 million) et le Vietnam (1,7 million)': the list's head
        ptok = quantity_token(view, prev)
        if ptok is not None and (prev.value == int(prev.value) or prev.kind == "money"):
            measure, tokens = _measure_phrase(view, prev, ptok)
            if measure is not None:
                return measure, tokens
            break
    return None, []


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:et|ou|and|or)\s+)?|(?:et|ou|and|or)\s+)", re.IGNORECASE)


def _listed_before(view: DocView, q: Quantity) -> tuple[str | None, list[Token]]:
    """'en trois tailles : 3 milliards, 32 milliards et 235 milliards de paramètres', '8, 16
    and 32 gigabytes': a bare figure listed before others of its kind (nothing but commas and
    'and' between them) measures what the list's last one does, whatever the parse hung it on
    ('3 milliards' on 'famille de modèles', before the colon)."""
    text = doc_text(view.doc)
    last = q
    for nxt in sorted((x for x in view.quantities if x.start >= q.end and x.kind == q.kind),
                      key=lambda x: x.start):
        if nxt.start - last.end > 12 or not _LIST_GAP.fullmatch(text[last.end:nxt.start]):
            break
        last = nxt
    if last is q:
        return None, []
    ltok = quantity_token(view, last)
    return _measure_phrase(view, last, ltok) if ltok is not None else (None, [])


def is_rank(view: DocView, tok: Token) -> bool:
    """Whether a number is a place in a ranking: 'the top ten', 'les dix premiers pays', 'one
    of the top five economies' (a word of `rank_words` on the number, its noun or beside it)."""
    ranks = words("lexicon/facts.yaml", "rank_words")
    near = [*tok.children, tok.head, *tok.head.children] if tok.dep_ in ("nummod", "amod") \
        else [*tok.children]
    if tok.i + 1 < len(view.doc):
        near.append(view.doc[tok.i + 1])  # 'les cinq premiers'
    return any(t.lower_ in ranks for t in near if t.i != tok.i)


def ranked_measure(view: DocView, tok: Token, measure: str | None) -> str | None:
    """The measure of a rank, marked as one ('classement rang premiers pays', 'classement rang
    top'): the words that say which ranking often are not next to the number."""
    if not is_rank(view, tok) or (measure or "").startswith("classement rang"):
        return measure
    return f"classement rang {measure or 'top'}"


def _changed_figure(view: DocView, q: Quantity) -> tuple[str, list[Token]] | None:
    """'operating profit of 612.4 billion won for the quarter, up 21.7% from a year earlier',
    'un résultat de 612 milliards de wons, en hausse de 21,7 %': a percentage after a word of
    `change_after_figure` that follows another figure of the clause measures what that
    figure measures."""
    if q.kind != "percent":
        return None
    text = doc_text(view.doc)
    before = text[max(0, q.start - 30):q.start].lower().rstrip()
    cues = words("lexicon/facts.yaml", "change_after_figure", view.lang)
    cue = next((c for c in cues if before.endswith(" " + c) or before.endswith("," + c)
                or before == c), None)
    if cue is None:
        return None
    at = text.lower().rfind(cue, max(0, q.start - 30), q.start)  # where the cue starts
    tok = view.token_at(q.start)
    if tok is None:
        return None
    sent = view.sent_of(tok.i)
    prev = [x for x in view.quantities if sent.start_char <= x.start and x.end <= at
            and x.kind in ("money", "number") and ";" not in text[x.end:at]]
    for x in reversed(prev):
        xtok = quantity_token(view, x)
        if xtok is None:
            continue
        measure, tokens = _measure_phrase(view, x, xtok)
        if measure:
            return measure, tokens
    return None


def _counted(view: DocView, noun: Token) -> list[Token]:
    """What 'le nombre de ...', 'the number of ...', 'le total des ...' counts."""
    doc = view.doc
    j = noun.i + 1
    while j < len(doc) and j <= noun.i + 3 and (doc[j].lower_ in ("de", "d'", "d’", "des", "du", "of")
                                                 or doc[j].pos_ == "DET"):
        j += 1
    if j == noun.i + 1 or j >= len(doc) or doc[j].pos_ not in ("NOUN", "ADJ", "PROPN") or j in view.by_token:
        return []
    return _noun_phrase(doc, j)


def _measure_phrase(view: DocView, q: Quantity, tok: Token) -> tuple[str | None, list[Token]]:
    doc = view.doc
    in_qty = view.quantity_tokens
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    end = span.end if span is not None else tok.i + 1
    # The noun right after the quantity ('700 entreprises', '70 % des recruteurs').
    i = end
    dated = 0  # 'porter à 30 % d'ici 2028 la part des entreprises': the deadline between them
    while i < len(doc) and i < end + 12:
        t = doc[i]
        if t.lower_ in ("ici", "by") and i + 1 < len(doc) and view.in_date(doc[i + 1]):
            i += 1  # the deadline's words, then the date's
            while i < len(doc) and view.in_date(doc[i]):
                i += 1
            dated = i - end
            continue
        if t.text == "(":
            close = next((j for j in range(i, min(i + 12, len(doc))) if doc[j].text == ")"), None)
            if close is None:
                break
            i = close + 1
            continue
        if t.lower_ in ("de", "d'", "d’", "des", "du", "of", "les", "la", "le", "l'", "l’") \
                or t.pos_ == "DET" or t.i in in_qty \
                or (t.lower_ == "in" and i == end and q.kind == "money"):  # '$120 million in revenue'
            i += 1
            continue
        break
    after_in = end < len(doc) and doc[end].lower_ == "in" and q.kind == "money"
    if i < len(doc) and i > end - 1 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ") \
            and doc[i].text not in MEASURE_STOP and doc[i].i not in view.by_token \
            and i - end <= 3 + dated + _paren_len(doc, end, i):
        phrase = _noun_phrase(doc, i)
        if phrase and not any(_time_word(view, t) for t in phrase) \
                and not (after_in and not any(t.pos_ == "NOUN" for t in phrase)):
            return words_text(phrase), phrase  # (not '$1.9 billion in the first nine months')
    # '1,000 vehicles by 2025 and 3,000 in 2026': a number coordinated with one before counts
    # what that one counts
    if tok.dep_ == "conj" and tok.head.i in in_qty and tok.head.i < tok.i:
        first = next((x for x in view.quantities if x.start <= tok.head.idx < x.end), None)
        if first is not None and first is not q and first.kind == q.kind:
            return _measure_phrase(view, first, tok.head)
    # The noun the number modifies in the parse, outside the quantity itself.
    head = tok
    steps = 0
    while steps < 4:  # the words of the quantity itself ('19 % and 21 %') are no step
        if head.head.i == head.i:
            break
        head = head.head
        if head.i in in_qty:
            continue
        steps += 1
        if head.pos_ == "NOUN" and head.i not in view.by_token and not _infinitive(head):
            if _time_word(view, head):
                break  # 'nous visons 30 millions cette année': the year is no measure
            left = head.i
            if view.lang == "en":  # 'a word error rate of 7.9%': from its first modifier
                left = min([c.i for c in head.children if c.dep_ in ("compound", "amod")
                            and c.i < head.i and c.i not in view.by_token and c.i not in in_qty
                            and not any(x.like_num for x in c.subtree)], default=head.i)  # ('8-inch')
            phrase = _noun_phrase(doc, left) or _noun_phrase(doc, head.i)
            return words_text(phrase), phrase
        if head.pos_ in ("VERB", "AUX") and head.dep_.startswith("acl") and \
                head.head.pos_ == "NOUN" and head.head.i not in view.by_token:
            # 'un chiffre d'affaires dépassant les 1 000 milliards': the noun the verb qualifies
            phrase = _noun_phrase(doc, head.head.i)
            return words_text(phrase), phrase
        level = tok.i > 0 and doc[tok.i - 1].lower_ in ("to", "à") or any(
            t.lower_ in ("to", "à") and t.i < tok.i for t in [tok.head])  # 'fall to 54%': a level
        if head.pos_ in ("VERB", "AUX") and q.kind == "percent" and level:
            obj = next((c for c in head.children if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"
                        and c.i not in view.by_token and c.i not in in_qty), None)
            if obj is not None:  # 'aims to lift X's share of the market to 10%': the share
                phrase = _noun_phrase(doc, obj.i)
                return words_text(phrase), phrase
            subj = _subject_noun_up(view, head)
            if subj is not None:  # "Nvidia's share ... is expected to fall to 54%": the share
                phrase = _noun_phrase(doc, subj.i)
                return words_text(phrase), phrase
        if head.pos_ in ("VERB", "AUX") and q.kind == "percent" and not level:
            sign = percent_change_sign(head.lemma_, view.lang)
            nouns = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")
                     and c.pos_ == "NOUN" and c.i not in view.by_token]
            if sign and not nouns and head.dep_ == "xcomp":
                # 'a vu ses ventes reculer de 6,8 %': the object of the verb above changes
                nouns = [c for c in head.head.children if c.dep_ in ("obj", "dobj") and c.i < head.i
                         and c.pos_ == "NOUN" and c.i not in view.by_token]
                if nouns:
                    phrase = _noun_phrase(doc, nouns[0].i)
                    return words_text(phrase), phrase
            if sign and not nouns:
                # 'Zhipu croîtra de 127 %': a growth rate
                word = {("fr", 1): "croissance", ("fr", -1): "baisse",
                        ("en", 1): "growth", ("en", -1): "decline"}[(view.lang, sign)]
                return word, [head]
        if head.pos_ in ("VERB", "AUX") or _infinitive(head):
            # 'double its headcount to 400', 'porter ses effectifs à 400': the verb's object
            right_before = [doc[span.start - 1]] if span is not None and span.start > 0 else []
            to = next((t for t in [tok, tok.head, *tok.children, *right_before]
                       if t.lower_ in ("to", "à") and t.i < tok.i), None)
            if to is not None:
                for child in head.children:
                    if child.dep_ in ("obj", "dobj") and child.pos_ == "NOUN" and child.i < tok.i \
                            and child.i not in view.by_token and child.i not in in_qty:
                        # 'its capital spending plan': from its first modifier
                        left = min([c.i for c in child.subtree if c.dep_ in ("compound", "amod")
                                     and c.i < child.i and c.i not in view.by_token], default=child.i)
                        phrase = _noun_phrase(doc, left) or _noun_phrase(doc, child.i)
                        return words_text(phrase), phrase
            if q.kind == "money":  # 'spend $56 billion on capital expenditure', 'consacrer 2
                spent = _spent_on(view, head, tok)  # milliards à ses centres de données'
                if spent:
                    return words_text(spent), spent
            # '... dépassent de 24 %', 'le marché pourrait atteindre 870 milliards': what the
            # verb's subject names, up its chain of infinitives
            subj = _subject_noun_up(view, head, modal_only=True)
            if subj is not None and subj.i not in in_qty:
                # "Velmora's operating profit to double": from its first modifier
                left = min([c.i for c in subj.children if c.dep_ in ("compound", "amod")
                            and c.i < subj.i and c.i not in view.by_token], default=subj.i)
                phrase = _noun_phrase(doc, left) or _noun_phrase(doc, subj.i)
                if view.collective(subj):  # 'les start-up vietnamiennes ont levé': what they did
                    return f"{words_text(phrase)} {head.text}", [*phrase, head]
                return words_text(phrase), phrase
            break
    return None, []


def _spent_on(view: DocView, verb: Token, tok: Token) -> list[Token]:
    """What money a verb puts somewhere goes to: the noun after 'on'/'into' ('spend $56 billion
    on capital expenditure') or 'à'/'dans' ('consacrer 2 milliards à ses centres de données'),
    said after the amount."""
    if verb.lemma_.lower() not in words("lexicon/facts.yaml", "spending_verbs", view.lang):
        return []
    preps = {"fr": ("à", "dans"), "en": ("on", "into")}[view.lang]
    for child in verb.children:
        if child.i < tok.i or child.i in view.quantity_tokens:
            continue
        noun = None
        if child.dep_ == "prep" and child.lower_ in preps:
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ in preps
                                                  for c in child.children):
            noun = child
        if noun is not None and noun.pos_ == "NOUN" and noun.i not in view.by_token \
                and noun.i not in view.quantity_tokens:
            left = min([c.i for c in noun.subtree if c.dep_ in ("compound", "amod")
                        and c.i < noun.i and c.i not in view.by_token], default=noun.i)
            return _noun_phrase(view.doc, left) or _noun_phrase(view.doc, noun.i)
    return []


def baseline(view: DocView, q: Quantity) -> bool:
    """'half by 2027, up from about a third this year', '30 % en 2030, contre 18 %': the
    figure a change starts from, not the one it aims at."""
    before = doc_text(view.doc)[max(0, q.start - 30):q.start].lower().split()
    approx = words("lexicon/facts.yaml", "approx_words", view.lang) | {"a", "an", "un", "une"}
    while before and before[-1] in approx:  # 'from an estimated ₩280 billion'
        before.pop()
    text = " " + " ".join(before[-3:])
    return any(text.endswith(" " + w) for w in words("lexicon/facts.yaml", "baseline_words", view.lang))


def counts_sources(view: DocView, q: Quantity) -> bool:
    """'selon deux personnes proches du dossier', 'according to three people familiar with the
    matter': a count right after a word that says who tells counts the sources; it is no figure."""
    if q.kind != "number":
        return False
    before = doc_text(view.doc)[max(0, q.start - 20):q.start].lower().rstrip()
    return any(before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalpha())
               for cue in words("lexicon/facts.yaml", "source_cues", view.lang))


def _infinitive(tok: Token) -> bool:
    """'wants revenue to top ₩100 billion': a word after 'to' is a verb, whatever the tagger
    says ('top' is read as an adjective)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i == tok.i - 1 for c in tok.children)


def _subject_noun_up(view: DocView, verb: Token, modal_only: bool = False) -> Token | None:
    """The common noun a verb's subject is, up its chain of infinitives ('share' in "Nvidia's
    share is expected to fall"), or only through modal verbs ('le marché pourrait atteindre')."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                     and (c.pos_ == "NOUN" or view.collective(c)) and c.i not in view.by_token), None)
        if subj is not None:
            return subj
        # 'Son revenu récurrent annuel s'élève à ...' with the adjective read as the subject:
        # the noun it describes
        subj = next((n for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                     and c.pos_ == "ADJ" for n in c.subtree
                     if n.pos_ == "NOUN" and n.i < c.i and n.i not in view.by_token), None)
        if subj is not None:
            return subj
        # (an adjective read as the root, 'Son revenu annuel récurrent atteint ...', is climbed)
        if verb.dep_ != "xcomp" or (modal_only and verb.head.pos_ in ("VERB", "AUX") and
                                    verb.head.lemma_.lower() not in
                                    words("lexicon/facts.yaml", "modal_verbs", view.lang)):
            return None
        verb = verb.head
    return None


def _time_word(view: DocView, tok: Token) -> bool:
    """'last year', 'jeudi', 'l'an dernier': time, not what a number counts."""
    if tok.lower_ in words("lexicon/facts.yaml", "time_units"):
        return True
    return any(d.start <= tok.idx < d.end for d in view.dates)


def words_text(tokens: list[Token]) -> str:
    """The text of consecutive tokens as written ('chiffre d'affaires', not 'chiffre d' affaires')."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]


def _paren_len(doc: Any, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if t.text in ("(", ")")) * 6


def _noun_phrase(doc: Any, i: int) -> list[Token]:
    """The words naming what is counted, at most 5: in French a noun with the adjectives and
    one 'de' complement after it ('entreprises spécialisées', 'taux de croissance'); in
    English the adjectives and nouns up to the head noun ('fresh graduates', 'AI engineers')."""
    if doc.lang_ == "en" or doc[i].pos_ == "ADJ":
        run: list[Token] = []
        j = i
        while j < len(doc) and len(run) < 7 and (doc[j].pos_ in ("ADJ", "NOUN", "PROPN") or (
                _glued_hyphen(doc, j) and run) or (doc[j].dep_ == "amod" and doc[j].head.i > j)) \
                and doc[j].text not in MEASURE_STOP:  # 'annual recurring revenue'
            run.append(doc[j])
            if _glued_hyphen(doc, j + 1):  # 'high-performance GPUs', 'start-up'
                run.append(doc[j + 1])
                j += 1
            j += 1
        head = run[0].head.i if run else j
        if doc.lang_ == "en" and j < len(doc) and doc[j].lower_ in ("and", "or", "&") \
                and j < head <= j + 4 and doc[head].pos_ == "NOUN":
            run += list(doc[j:head + 1])  # '3,000 AI and data engineers': the engineers
        nouns = [k for k, t in enumerate(run) if t.pos_ == "NOUN"]
        if nouns:
            run = run[:nouns[-1] + 1] if doc.lang_ == "en" else run[:nouns[0] + 1]
            if doc.lang_ != "en":
                return run + _noun_phrase(doc, run[-1].i)[1:]
            return run
        if doc.lang_ == "en":
            return run[:1]
    out = [doc[i]]
    j = i + 1
    while j + 1 < len(doc) and _glued_hyphen(doc, j):  # 'start-up', 'data-centers'
        out += [doc[j], doc[j + 1]]
        j += 2
    while j < len(doc) and len(out) < 5:
        t = doc[j]
        if t.text in MEASURE_STOP or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            break
        if t.pos_ == "ADJ" or (t.pos_ in ("NOUN",) and out[-1].lower_ in ("de", "d'", "d’")):
            out.append(t)
        elif t.lower_ in ("de", "d'", "d’") and j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN":
            out.append(t)
        else:
            break
        j += 1
    return out


def _glued_hyphen(doc: Any, j: int) -> bool:
    """A hyphen written between two words with no space ('start-up')."""
    return 0 < j < len(doc) - 1 and doc[j].text in ("-", "‑") and not doc[j - 1].whitespace_ \
        and not doc[j].whitespace_


def value_args(q: Quantity, on: str | None = None) -> dict[str, Any]:
    """A figure's value and unit; money in another currency also in US dollars."""
    args: dict[str, Any] = {"value": q.value}
    if q.unit:
        args["unit"] = q.unit
        args.update(usd(q.value, q.unit, on, prefix="value_"))
    return args


def with_high_end(fact: dict[str, Any]) -> list[dict[str, Any]]:
    """A figure given as a range ('between US$37.5 billion and US$38.7 billion') is two facts,
    one for each end, so that either can be found and compared; the high end's value in US
    dollars at the same rate."""
    args = fact["args"]
    high = args.get("value_high")
    if high is None or high == args.get("value"):
        return [fact]
    upper = {k: v for k, v in args.items() if k != "value_high"} | {"value": high}
    if args.get("value_usd") is not None and args.get("value"):
        upper["value_usd"] = round(args["value_usd"] * high / args["value"], 2)
    return [fact, {**fact, "args": upper}]


def money(q: Quantity, on: str | None = None) -> dict[str, Any]:
    """An amount as {value, currency}, with its value in US dollars and the rate's date."""
    return {"value": q.value, "currency": q.unit, **usd(q.value, q.unit, on)}


def usd(value: float, currency: str | None, on: str | None, prefix: str = "") -> dict[str, Any]:
    if not currency or currency in ("USD", "%"):
        return {}
    when = None
    if on:
        try:
            when = date.fromisoformat((on + "-01-01")[:10] if len(on) == 4 else (
                on + "-01")[:10] if len(on) == 7 else on[:10])
        except ValueError:
            when = None
    converted = to_usd(value, currency, when)
    if converted is None:
        return {}
    return {f"{prefix}usd": round(converted[0], 2), f"{prefix}usd_rate_date": converted[1]}


def name(g: dict[str, Any] | None) -> str | None:
    return None if g is None else str(g["name"])


def key(g: dict[str, Any] | None) -> str | None:
    return None if g is None else str(g["key"])
