"""What every fact extractor needs to know about one annotated document."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from typing import Any

from spacy.attrs import IDX, LEMMA, LOWER, MORPH, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from veille.nlp.doctext import doc_text
from veille.nlp.lexicon import load_data, words
from veille.normalize import DateValue, Quantity, classify_modality, find_dates, find_quantities
from veille.normalize.dates import date_relations, weekday_year

LEX = "lexicon/facts.yaml"
QUOTES = re.compile(r"«\s*([^»]{3,}?)\s*»|“([^”]{3,}?)”")
STRAIGHT = re.compile(r'"')
_YEAR = re.compile(r"\b(19|20)\d\d\b")


class DocView:
    """A document with its entities by token, quantities, dates and a reference date."""

    def __init__(self, doc: Doc, published: str | None) -> None:
        self.doc = doc
        self.lang = "en" if doc.lang_ == "en" else "fr"
        # sentences once: spaCy's Token.sent walks the whole document on every call
        self.sentences: list[Span] = list(doc.sents)
        self._starts = [s.start for s in self.sentences]
        self._offsets: list[int] = doc.to_array([IDX]).tolist() if len(doc) else []
        self.groups: list[dict[str, Any]] = list(doc._.veille_entities or [])
        self.by_token: dict[int, dict[str, Any]] = {}
        self.spans: list[tuple[Span, dict[str, Any]]] = []
        for g in self.groups:
            for m in g["mentions"]:
                span = self.span_at(m["start"], m["end"])
                if span is None:
                    continue
                self.spans.append((span, g))
                for tok in span:
                    self.by_token[tok.i] = g
        self.spans.sort(key=lambda p: p[0].start)
        self._span_starts = [span.start for span, _g in self.spans]
        # the characters of each name, read once (a Span's start_char makes a Token each time)
        self.span_chars = [(span.start_char, span.end_char) for span, _g in self.spans]
        # 'selon X', 'according to X': X is a source, not the subject of the sentence.
        self.sources: set[int] = set()
        self._words: tuple[list[str], list[str]] | None = None
        cues = words(LEX, "according_to", self.lang)
        lowers = self.words()[0]
        for span, _g in self.spans:
            before = " ".join(lowers[max(span.start - 3, 0):span.start])
            if any(before.endswith(c) or f"{c} " in before + " " for c in cues):
                self.sources.update(range(span.start, span.end))
        # every date expression with its relation, found once for the whole text ('d'ici
        # 2030' makes its sentence a projection); find_dates below reuses the same search
        self.date_relations = date_relations(doc_text(doc), self.lang)
        self.ref = _parse_iso(published)
        self.dates = self._with_anaphoric_deadlines(
            [d for d in self._find_dates()
             if not any(s.start_char <= d.start and d.end <= s.end_char for s, _g in self.spans)])
        self._date_starts = [d.start for d in self.dates]  # sorted: found left to right
        # the day the article came out (a role holds then), and the day its news happened
        self.published_day: str | None = None
        self.default_date, self.default_precision = self._default_date(published)
        self.quantities = _elided_currencies(
            [q for q in find_quantities(doc_text(doc), self.lang) if not self._inside_entity(q.start, q.end)],
            doc_text(doc))
        # their starts, for bisection when sorted (find_quantities finds them left to right)
        starts = [q.start for q in self.quantities]
        self._q_starts: list[int] | None = starts if starts == sorted(starts) else None
        self.modalities: dict[int, str] = {}
        self.clause_modalities: dict[tuple[int, int], str] = {}
        self._clauses: dict[tuple[int, int, int], list[Token]] = {}
        self._features: list[tuple[tuple[str, ...], tuple[str, ...]]] | None = None
        self._cue_tokens: dict[str, frozenset[int]] = {}
        self._stems: list[tuple[str, str]] | None = None  # each distinct word with its stem
        self.last_subject: dict[str, Any] | None = None
        # the recipient of the last funding stated, and its sentence's index (a valuation after
        # a round is the funded company's)
        self.last_funded: tuple[dict[str, Any], int] | None = None
        # the trading session of the last stock move that stated its date (see facts/engine.py)
        self.session: tuple[str, str] | None = None
        self.used_quantities: set[int] = set()  # starts of figures a fact already states
        self._quoted: list[tuple[int, int]] | None = None
        self._descriptions: list[tuple[int, str, frozenset[str], dict[str, Any]]] | None = None
        self._quantity_tokens: dict[int, Token | None] = {}
        self.trigger_cache: dict[Any, Any] = {}
        self._cue_positions: dict[str, list[int]] = {}
        self.last_paragraph = -1
        self.quantity_tokens: set[int] = set()
        for q in self.quantities:
            span = self.span_at(q.start, q.end)
            if span is not None:
                self.quantity_tokens.update(t.i for t in span)

    @property
    def text(self) -> str:
        """The document's text, joined once (spaCy's Doc.text joins every token each time)."""
        return doc_text(self.doc)

    def sentence_index(self, sent: Span) -> int:
        """The position of a sentence among the document's sentences."""
        return max(bisect_right(self._starts, sent.start) - 1, 0)

    def quotation_spans(self) -> list[tuple[int, int]]:
        """Character spans of the text in quotation marks, found once."""
        if self._quoted is None:
            self._quoted = [(start, end) for start, end, _ in quotation_marks(self.text)]
        return self._quoted

    # entities ---------------------------------------------------------------------------
    def sent_of(self, i: int) -> Span:
        """The sentence holding token i."""
        return self.sentences[max(bisect_right(self._starts, i) - 1, 0)]

    def entity(self, tok: Token | None) -> dict[str, Any] | None:
        return None if tok is None else self.by_token.get(tok.i)

    def entities_in(self, start: int, end: int, types: tuple[str, ...] = ()) -> list[
            tuple[Span, dict[str, Any]]]:
        """Entity mentions between token positions start and end, optionally of some types."""
        out = []
        for n in range(bisect_left(self._span_starts, start), len(self.spans)):
            s, g = self.spans[n]
            if s.start > end:  # sorted by start: none of the rest ends by `end`
                break
            if s.end <= end and (not types or g["type"] in types):
                out.append((s, g))
        return out

    def entity_in_subtree(self, tok: Token, types: tuple[str, ...] = ()) -> dict[str, Any] | None:
        """The entity a noun phrase names: the token itself, else the first one in its subtree."""
        g = self.by_token.get(tok.i)
        if g is not None and (not types or g["type"] in types) and tok.i not in self.sources:
            return g
        if self._countrys_company(tok) is not None:
            return None  # "South Korea's largest internet company" is a company, not the country
        # not inside a clause that describes it ('The company, founded by former
        # Google researcher X, raised ...' is not Google)
        for i in range(tok.left_edge.i, tok.right_edge.i + 1):
            g = self.by_token.get(i)
            if g is None or i in self.sources or (types and g["type"] not in types):
                continue
            t = self.doc[i]
            if i != tok.i and tok.is_ancestor(t) and not self.aside(t, tok) \
                    and not self.based(t, g) and not _related(t, tok) and not _set_off(t, tok) \
                    and not self._formerly(tok, t):
                return g
        return None

    def based(self, tok: Token, g: dict[str, Any]) -> bool:
        """'The Beijing-based designer', 'San Francisco-based Databricks', 'la société basée à
        Séoul': the place (any word of its name) says where the thing is, it is not the thing."""
        if g["type"] != "place":
            return False
        last = tok
        while last.i + 1 < len(self.doc) and self.by_token.get(last.i + 1) is g:
            last = self.doc[last.i + 1]
        after = self.text[last.idx + len(last.text):last.idx + len(last.text) + 8].lower()
        return after.startswith(("-based", "‑based", " based", "-basé"))

    def _formerly(self, top: Token, t: Token) -> bool:
        """'X, the company's chief executive, previously a vice-president at Microsoft': a name
        after a word of the past (`former_words`) in the phrase says where one was, not who."""
        if not (top.i < t.i <= top.i + 30):
            return False
        former = words("lexicon/roles.yaml", "former_words", self.lang)
        return any(x.lower_ in former for x in self.doc[top.i + 1:t.i])

    @staticmethod
    def aside(t: Token, top: Token) -> bool:
        """Whether a word hangs on `top` through a describing clause (acl, relcl, parataxis)."""
        for _ in range(50):
            if t.i == top.i or t.head.i == t.i:
                break
            if t.dep_ in ("acl", "acl:relcl", "relcl", "parataxis"):
                return True
            t = t.head
        return False

    def sentence_text(self, sent: Span) -> str:
        """A sentence's text, sliced from the document's (Span.text joins its tokens)."""
        return doc_text(self.doc)[sent.start_char:sent.end_char]

    def coref(self, tok: Token) -> dict[str, Any] | None:
        """'l'entreprise', 'la ville', 'il': the most recent entity of the matching type."""
        table = load_data(LEX)["coreference"]
        low = tok.lower_
        if tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "-" and not tok.whitespace_:
            low = self._word_at(tok)  # 'la start-up' in three tokens
        pronoun = tok.pos_ == "PRON" or low in _POSSESSIVE_DETS  # (then whether it is definite does not matter)
        definite = pronoun or any(c.dep_ in ("det", "nmod:poss", "poss") and c.lower_ in (
            "le", "la", "l'", "l’", "les", "cette", "ce", "cet", "the", "this", "that")
            for c in tok.children) or self._countrys_company(tok) is not None
        if tok.pos_ != "PRON" and not definite and low not in _POSSESSIVE_DETS:
            return None
        reported = self._reported_subject(tok) or self._owner_of_figure_noun(tok)
        if reported is not None:
            return reported
        if tok.pos_ == "PRON" and low in ("il", "elle"):
            return self._il_elle(tok)
        if tok.pos_ == "PRON" and low in ("l'", "l’", "la", "le") and tok.dep_ in ("obj", "iobj"):
            # '... une série B, menée par X, l'a valorisée 650 milliards': an object pronoun is
            # not its own clause's subject nor a name in it, but what the sentences before
            # were about (the pronouns of the sentence's first word)
            return self._il_elle(self.doc[self.sent_of(tok.i).start])
        if tok.pos_ == "PRON" and low == "it" and tok.dep_.startswith("nsubj"):
            # 'The company said it aims to ...': in a clause under the sentence's main one, the
            # main clause's subject
            root = self.sent_of(tok.i).root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.i < tok.i and c.pos_ != "PRON"), None) if tok.head.i != root.i else None
            if subj is not None:
                g = self.entity_in_subtree(subj, ("organization",)) or self.coref(subj)
                if g is not None and g["type"] == "organization":
                    return g
        if low in table["government"] or tok.lemma_.lower() in table["government"]:
            return self._government(tok)
        if low in table["state"] and tok.pos_ in ("NOUN", "PROPN") \
                and all(c.dep_ in ("det", "punct") for c in tok.children):
            return self._state(tok)
        if low in table["country"] or tok.lemma_.lower() in table["country"]:
            return self._country_before(tok)
        if low in table["first_person"]:
            # 'Nous visons l'équilibre en 2027', an interview's answer: the company it is about;
            # in quotation marks, 'nous' is whoever speaks
            quoted = any(a <= tok.idx < b for a, b in self.quotation_spans())
            return None if quoted else self.main_entity(("organization",))
        headed = self._named_by_head(tok) or self._described(tok)
        if headed is not None:
            return headed
        if low in table["facility"] or tok.lemma_.lower() in table["facility"]:
            return self._facility_owner(tok)
        programme = self._programme_before(tok)
        if programme is not None:
            return programme
        for etype, nouns in table.items():
            if etype in ("government", "first_person", "country", "facility", "state"):
                continue
            if low in nouns or tok.lemma_.lower() in nouns:
                before = [(s, g) for s, g in self.spans if s.end <= tok.i and g["type"] == etype]
                if etype == "organization" and (low in _company_nouns()
                                                or tok.lemma_.lower() in _company_nouns()):
                    before = [(s, g) for s, g in before if not self._public_body(g)]
                    own = self._speaker_org(tok)
                    if own is not None:
                        return own
                if not before:
                    continue
                # the most recent one that was the subject of its sentence, else the most recent
                recent = [(s, g) for s, g in before if tok.idx - s.start_char < 400]
                named = [(s, g) for s, g in recent if in_subject(s.root)
                         or s.start == self.sent_of(s.start).start]
                if etype == "organization" and (low in _company_nouns() or tok.lemma_.lower() in _company_nouns()):
                    # 'Amazon invested in 2025. The company was valued at ...': not the investor
                    named = [(s, g) for s, g in named if not _invests(s) and not _cast_as(s)]
                if named:
                    # of the latest sentence's, the main clause's subject before a subordinate
                    # one's ('Shares of X rose after Y raised its target. The company ...': X)
                    last = self.sent_of(named[-1][0].start)
                    main_clause = [(s, g) for s, g in named if last.start <= s.start
                                   and not self.aside(s.root, last.root) and not _subordinate(s.root)]
                    if main_clause and main_clause[-1] is not named[-1]:
                        named = named[:-1] + [main_clause[-1]]
                subjects = [g for _s, g in named]
                if low in _POSSESSIVE_DETS:
                    described = self._described_since(named[-1][0].end if named else tok.i,
                                                      self.sent_of(tok.i))
                    if described is not None and described["type"] == etype:
                        return described
                if subjects:
                    return subjects[-1]
                if etype == "organization":  # none the subject lately: the one the article is about
                    main = self.main_entity(("organization",))
                    if main is not None and any(g is main for _s, g in before):
                        return main
                return before[-1][1]
        return None

    def _named_by_head(self, tok: Token) -> dict[str, Any] | None:
        """'the campus' after 'the Kulai AI Campus', 'le fonds' after 'le Fonds national pour
        l'innovation': the latest entity named before whose name has this noun as its head (the
        last word in English, the first in French), in the last 1,500 characters."""
        if tok.pos_ != "NOUN":
            return None
        forms = {tok.lower_, tok.lemma_.lower()}
        for span, g in reversed(self.spans):
            if span.end > tok.i or span.start == tok.i:
                continue
            if tok.idx - span.start_char > 1500:
                return None
            words = g["name"].lower().split()
            if len(words) > 1 and (words[0] if self.lang == "fr" else words[-1]) in forms:
                return g
        return None

    def _described(self, tok: Token) -> dict[str, Any] | None:
        """'the sovereign fund' after 'Oman Investment Authority, the sultanate's sovereign
        wealth fund', 'la start-up' after 'Nordgraph, une start-up berlinoise': the latest
        organisation or product described before by this noun, with every word that qualifies
        it here among the words it was described with. A bare generic noun ('the company') is
        left to the latest subject."""
        if tok.pos_ != "NOUN":
            return None
        word = self._word_at(tok)
        mods = {self._word_at(c) for c in tok.children if c.dep_ in ("amod", "compound")
                and c.pos_ in ("ADJ", "NOUN") and c.is_lower} - {word}
        if not mods and word in words(LEX, "generic_descriptions", self.lang):
            return None
        for at, head, described, g in reversed(self.descriptions()):
            if at < tok.i and head in (word, tok.lemma_.lower()) and mods <= described:
                return g
        return None

    def _word_at(self, tok: Token) -> str:
        """The whitespace-delimited word a token is part of, lower-cased ('start-up')."""
        text = self.text
        start = text.rfind(" ", 0, tok.idx) + 1
        end = min((i for i in (text.find(" ", tok.idx), text.find("\n", tok.idx)) if i >= 0),
                  default=len(text))
        return text[start:end].strip(",.;:()\"'’").lower()

    def descriptions(self) -> list[tuple[int, str, frozenset[str], dict[str, Any]]]:
        """The nouns organisations and products are described by where they are named: in
        apposition ('X, une start-up berlinoise', "X, the sultanate's sovereign wealth fund")
        or before the name ('la jeune pousse parisienne X', 'Seoul chipmaker X'); as (the head
        noun's index, its word, every word with its lemma, entity), in the order of the text."""
        if self._descriptions is not None:
            return self._descriptions
        out: list[tuple[int, str, frozenset[str], dict[str, Any]]] = []
        doc = self.doc
        for span, g in self.spans:
            if g["type"] not in ("organization", "product"):
                continue
            toks: list[Token] = []
            i = span.end
            if span.start in self.sources:
                continue  # 'Selon X, le marché ...': what follows is the sentence, not X
            if i + 1 < len(doc) and doc[i].text == ",":
                i += 1
                if doc[i].pos_ == "DET":
                    i += 1
                j = i  # "the sultanate's": past the possessor
                while j < len(doc) and j < i + 3 and doc[j].pos_ in ("NOUN", "PROPN"):
                    j += 1
                if j > i and j < len(doc) and doc[j].lower_ in ("'s", "’s"):
                    i = j + 1
                while i < len(doc) and len(toks) < 6 and (doc[i].pos_ in ("ADJ", "NOUN") and doc[i].is_lower
                                                          or doc[i].text in ("-", "\u2011")):
                    toks.append(doc[i])
                    i += 1
            else:
                k = span.start - 1
                while k >= 0 and len(toks) < 5 and (
                        doc[k].pos_ in ("ADJ", "NOUN") and (doc[k].is_lower or doc[k].pos_ == "ADJ")
                        or doc[k].text in ("-", "\u2011")) and k not in self.by_token:
                    toks.insert(0, doc[k])
                    k -= 1
            nouns = [t for t in toks if t.pos_ == "NOUN"]
            if not nouns:
                continue
            head = nouns[0] if self.lang == "fr" else nouns[-1]
            if head.i > span.start and head.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
                continue  # 'Pour X, la demande pourrait ...': the subject of what follows
            described = frozenset({self._word_at(t) for t in toks if t.text not in ("-", "\u2011")}
                                  | {t.lemma_.lower() for t in toks})
            out.append((head.i, self._word_at(head), described, g))
        self._descriptions = out
        return out

    @staticmethod
    def _public_body(g: dict[str, Any]) -> bool:
        """A ministry, an agency, a council: what 'the company' does not stand for."""
        return bool(_public_body_words() & set(g["name"].lower().split())) or g.get("kind") in (
            "government", "ministry", "agency", "international")

    def _speaker_org(self, tok: Token) -> dict[str, Any] | None:
        """'X, executive vice-president of Baidu, told reporters the company aims ...': in what a
        person says, 'the company' is the one the person's title names."""
        verb = tok.head
        for _ in range(6):
            if verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i:
                speaker = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
                if speaker is None:
                    return None
                g = self.by_token.get(speaker.i)
                if g is None or g["type"] != "person":
                    return None
                for t in speaker.subtree:
                    org = self.by_token.get(t.i)
                    if org is not None and org["type"] == "organization" and not self._public_body(org):
                        return org
                return None
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _il_elle(self, tok: Token) -> dict[str, Any] | None:
        """French 'il' and 'elle' stand for a person or a company ('la start-up ..., avec qui
        elle a signé'): the subject of the sentence's main clause when the pronoun is in
        another clause, else the latest subject before it, of either type."""
        sent = self.sent_of(tok.i)
        root = sent.root
        if tok.head.i != root.i:
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")
                         and c.i < tok.i and c.pos_ != "PRON"), None)
            if subj is not None:
                g = self.entity_in_subtree(subj, ("person", "organization")) or self.coref(subj)
                if g is not None and g["type"] in ("person", "organization"):
                    return g
        before = [(s, g) for s, g in self.spans if s.end <= tok.i and tok.idx - s.start_char < 1500
                  and g["type"] in ("person", "organization")]
        subjects = [(s, g) for s, g in before if in_subject(s.root) or s.start == self.sent_of(s.start).start
                    or (s.end < len(self.doc) and self._name_right_before(self.doc[s.end], (g["type"],)) is g)]
        near = [(s, g) for s, g in before if tok.idx - s.start_char < 400]
        described = self._described_since(subjects[-1][0].end if subjects else sent.start, sent)
        if described is not None:
            return described
        if subjects and tok.idx - subjects[-1][0].start_char < 400:
            return subjects[-1][1]
        # 'Aya Morimoto reçoit ... Elle a passé ... qu'elle a compris ... Elle a lancé': pronouns
        # since the last named subject stand for it, unless a subject noun standing for something
        # came after it ('Le royaume entend ... Il vise')
        since = subjects[-1][0].end if subjects else max(sent.start - 1, 0)
        for t in reversed(self.doc[since:sent.start]):
            if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ == "NOUN":
                g = self.coref(t)
                if g is not None and g["type"] in ("person", "organization", "place"):
                    return g
        if subjects:
            return subjects[-1][1]
        return near[-1][1] if near else None

    def _described_since(self, since: int, sent: Span) -> dict[str, Any] | None:
        """'... a racheté X, une start-up berlinoise. La start-up berlinoise avait levé ... Elle
        ...', '... Ses salariés': a subject the text described since the last named one."""
        for t in reversed(self.doc[since:sent.start]):
            if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ == "NOUN":
                g = self._described(t)
                if g is not None:
                    return g
        return None

    def _reported_subject(self, tok: Token) -> dict[str, Any] | None:
        """'X a annoncé qu'il investirait ...', 'X said it would ...': the pronoun right after
        'que'/'that' is the sentence's opening name, the one who reports (the parse of such
        sentences is too often wrong to follow it)."""
        if tok.pos_ != "PRON" or tok.i == 0 or tok.nbor(-1).lower_ not in ("que", "qu'", "qu’", "that"):
            return None
        sent = self.sent_of(tok.i)
        opening = [(sp, g) for sp, g in self.spans if sent.start <= sp.start < tok.i]
        if not opening or any(t.pos_ not in ("DET", "PUNCT", "SPACE")
                              for t in self.doc[sent.start:opening[0][0].start]):
            return None
        g = opening[0][1]
        return g if g["type"] in ("organization", "person") else None

    def in_date(self, tok: Token) -> bool:
        """Whether a word belongs to a date expression ('jeudi', 'le 3 juin')."""
        i = bisect_right(self._date_starts, tok.idx) - 1
        return i >= 0 and tok.idx < self.dates[i].end

    def _country_before(self, tok: Token) -> dict[str, Any] | None:
        """The country a word like 'le royaume' or 'the country' stands for: the last one
        named before it, else the one the article names most."""
        from veille import world

        named = [g for s, g in self.spans if g["type"] == "place" and world.country(g["name"]) is not None]
        before = [(s, g) for s, g in self.spans if s.end <= tok.i and g["type"] == "place"
                  and world.country(g["name"]) is not None]
        # "The project is Oman's bid for a share of what drew billions to the UAE and Saudi
        # Arabia. The country's capacity ...": the latest one that was a subject or an owner
        # in the last sentences, else the latest one named
        topical = [g for s, g in before if tok.idx - s.start_char < 600 and (
            in_subject(s.root) or s.root.dep_ in ("poss", "nmod:poss"))]
        if topical:
            return topical[-1]
        if before:
            return before[-1][1]
        if not named:
            return self._demonym_before(tok)
        counts = Counter(g["key"] for g in named)
        return next(g for g in named if counts[g["key"]] == max(counts.values()))

    def _programme_before(self, tok: Token) -> dict[str, Any] | None:
        """'Ce programme devra former 300 000 personnes', 'The programme has supported 410
        companies': the programme named last before (a product named beside a word of
        `programme_nouns`, or by a head of `programme_heads`), within a few sentences."""
        nouns = words("lexicon/entities.yaml", "programme_nouns", self.lang)
        if tok.lower_ not in nouns and tok.lemma_.lower() not in nouns:
            return None
        heads = words("lexicon/entities.yaml", "programme_heads", self.lang)
        doc = self.doc
        for s, g in reversed(self.spans):
            if s.end > tok.i or tok.idx - s.start_char > 800:
                continue
            if g["type"] != "product":
                continue
            beside = [doc[s.start - 1].lower_ if s.start > 0 else "", doc[s.end].lower_ if s.end < len(doc) else ""]
            if s[0].lower_ in heads or any(w in nouns for w in beside):
                return g
        return None

    def _facility_owner(self, tok: Token) -> dict[str, Any] | None:
        """'... a GPU data centre that KT Cloud is building in Gasan-dong. The facility is
        scheduled to open ...', 'X is building a plant in Y. The site will ...': the company the
        sentence that introduced the site says builds or runs it (the subject of the clause on
        it, or of the verb it is the object of), in the two sentences before."""
        table = load_data(LEX)["coreference"]["facility"]
        orgs = ("organization",)
        sent = self.sent_of(tok.i)
        start = self.sent_of(sent.start - 1).start if sent.start > 0 else sent.start
        start = self.sent_of(start - 1).start if start > 0 else start
        for t in reversed(self.doc[start:sent.start]):
            if t.pos_ != "NOUN" or (t.lower_ not in table and t.lemma_.lower() not in table):
                continue
            for c in t.children:
                if c.dep_ in ("relcl", "acl:relcl", "acl"):
                    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubj:pass")), None)
                    g = (self.entity_in_subtree(subj, orgs) or self.coref(subj)) if subj is not None else None
                    if g is not None and g["type"] == "organization":
                        return g
                if c.dep_ in ("poss", "nmod:poss"):
                    g = self.by_token.get(c.i)
                    if g is not None and g["type"] == "organization":
                        return g
            if t.dep_ in ("obj", "dobj") and t.head.pos_ == "VERB":
                return self.subject_of(t.head, orgs)
            return None
        return None

    def _demonym_before(self, tok: Token) -> dict[str, Any] | None:
        """'Le gouvernement chilien ... placer le pays parmi ...' where no country is named: the
        country of the last adjective of nationality before the word (in the same paragraph)."""
        from veille import world

        paragraph = doc_text(self.doc).rfind("\n\n", 0, tok.idx)
        adjectives = [t for t in self.doc[:tok.i] if t.pos_ == "ADJ" and t.idx > paragraph]
        found = list(world.find_demonyms([t.text for t in adjectives], self.lang))
        if not found:
            return None
        country = found[-1][2]
        return {"name": country.name(self.lang), "type": "place", "key": ""}

    def _government(self, tok: Token) -> dict[str, Any] | None:
        """'le gouvernement', 'the government' with no adjective: the government the article
        named before ('le gouvernement indien'), else the country it is about."""
        from veille import world

        gov_words = load_data(LEX)["coreference"]["government"]
        for _s, g in reversed([(s, g) for s, g in self.spans if s.end <= tok.i]):
            if g["type"] == "organization" and any(
                    w in gov_words for w in g["name"].lower().split()):
                return g
        countries = [(s, g) for s, g in self.spans
                     if g["type"] == "place" and world.country(g["name"]) is not None]
        if not countries:
            return None
        counts = Counter(g["key"] for _s, g in countries)
        top = max(counts.values())
        return next(g for _s, g in countries if counts[g["key"]] == top)

    def _state(self, tok: Token) -> dict[str, Any] | None:
        """'the state', "l'État": the place the gazetteer does not know (a province, a state)
        the article names more than any country before it ('le Karnataka ... L'État veut'),
        else the government (see `_government`)."""
        from veille import world
        from veille.nlp.gazetteer import entries

        known = entries()
        counts: Counter[str] = Counter()
        regions: dict[str, dict[str, Any]] = {}
        for span, g in self.spans:
            if span.end > tok.i or g["type"] != "place":
                continue
            if world.country(g["name"]) is not None:
                counts["country:" + g["key"]] += 1
                continue
            if known.get(g.get("gazetteer_id") or "") is None:  # (no continent, city or country)
                counts[g["key"]] += 1
                regions[g["key"]] = g
        if counts:
            top, _n = counts.most_common(1)[0]
            if top in regions:
                return regions[top]
        return self._government(tok)

    def _seated_company(self, noun: Token) -> dict[str, Any] | None:
        """'le groupe de Yokohama', 'the Shenzhen-based company': a company named by where it is
        based stands for the company the text spoke of, not for the place."""
        if noun.lower_ not in _company_nouns() and noun.lemma_.lower() not in _company_nouns():
            return None
        places = [c for c in noun.children if c.i in self.by_token and self.by_token[c.i]["type"] == "place"
                  and c.dep_ in ("nmod", "compound", "amod", "pobj", "npadvmod")]
        places += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.i in self.by_token and self.by_token[p.i]["type"] == "place"]
        if not places or any(c.dep_ == "nmod" and c.i in self.by_token
                             and self.by_token[c.i]["type"] != "place" for c in noun.children):
            return None
        g = self.coref(noun)
        return g if g is not None and g["type"] == "organization" else None

    def subject_of(self, verb: Token, types: tuple[str, ...] = ("organization", "person", "place",
                                                                 "product", "event")
                   ) -> dict[str, Any] | None:
        """The entity doing what a verb says: its subject, up the chain of verbs if needed."""
        tok: Token | None = verb
        for _ in range(4):
            if tok is None:
                break
            bare = self._name_right_before(tok, types)
            if bare is not None:
                return bare
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "csubj"):
                    before = self._relative_antecedent(child)
                    if before is not None and before["type"] in types:
                        return before  # 'les équipes de X, qui compte 160 salariés': X
                    # 'les start-up indonésiennes' are Indonesia's, not the article's start-up
                    g = (self.national(child) if self.collective(child) else None) \
                        or self._seated_company(child) \
                        or self.entity_in_subtree(child, types) or self.coref(child) or next(
                        (p for c in child.children if c.dep_ in ("poss", "nmod:poss")
                         or c.lower_ in _POSSESSIVE_DETS  # 'Son revenu ... atteint'
                         for p in [self.coref(c)] if p is not None), None) \
                        or self.national(child) \
                        or next((n for t in child.subtree if t.pos_ == "NOUN" and t.i != child.i
                                 for n in [self.national(t)] if n is not None), None)
                    # ('Its shares fell', 'the Chinese market'; '60 % des banques malaisiennes')
                    if g is not None and g["type"] in types:
                        return g
            if tok.dep_ in ("acl", "acl:relcl", "relcl", "appos") and tok.head.i in self.by_token \
                    and not _finite_read_as_participle(tok):
                g = self.by_token[tok.head.i]
                if g["type"] in types:
                    return g
            tok = tok.head if tok.head.i != tok.i else None
        return None

    def _name_right_before(self, verb: Token, types: tuple[str, ...]) -> dict[str, Any] | None:
        """'Fondée en 2023 par X, ancien patron de Y, Baichuan emploie 600 personnes': a finite
        verb the parse gave no subject, right after a name that follows a comma or opens the
        sentence, has that name for subject (the parse hung it on the phrase before)."""
        if verb.pos_ not in ("VERB", "AUX") or verb.i == 0 or any(
                c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl", "expl:subj")
                and "Part" not in c.morph.get("VerbForm", [])  # ('Fondée ...' read as one)
                for c in verb.children) or verb.dep_ in ("acl", "acl:relcl", "relcl", "xcomp", "ccomp",
                                                         "advcl", "csubj"):
            return None
        if not ({"Fin"} & set(verb.morph.get("VerbForm", []))) and verb.tag_ not in ("VBZ", "VBD", "VBP"):
            return None
        g = self.by_token.get(verb.i - 1)
        if g is None or g["type"] not in types:
            return None
        span = next((s for s, h in self.spans if h is g and s.end == verb.i), None)
        if span is None or not (span.start == self.sent_of(span.start).start
                                or self.doc[span.start - 1].text == ","):
            return None
        return g

    def _owner_of_figure_noun(self, pron: Token) -> dict[str, Any] | None:
        """"The country's capacity stands at 60MW, and the government wants it to exceed
        500MW": 'it' stands for the subject noun before it in the sentence, whose owner is
        the entity meant."""
        if pron.pos_ != "PRON" or pron.lower_ != "it":
            return None
        sent = self.sent_of(pron.i)
        above = {pron.head.i}  # 'the government wants it to ...': not the government
        verb = pron.head
        while verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            above.add(verb.i)
        for t in reversed(self.doc[sent.start:pron.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.i not in self.by_token and t.head.i not in above:
                if t.pos_ != "NOUN":
                    return None
                owner = next((c for c in t.children if c.dep_ == "poss"), None)
                if owner is None:
                    return None
                return self.by_token.get(owner.i) or self.coref(owner)
        return None

    def _relative_antecedent(self, pron: Token) -> dict[str, Any] | None:
        """The name right before a relative pronoun ('X, qui', 'X, which'), which it stands
        for whatever noun the parse hangs the clause on."""
        if pron.pos_ != "PRON" or pron.lower_ not in ("qui", "which", "who") or pron.i < 2:
            return None
        at = pron.i - 1 if pron.nbor(-1).text != "," else pron.i - 2
        g = self.by_token.get(at)
        if g is None:
            return None
        name = self.doc[at]
        while name.head.i in self.by_token and self.by_token[name.head.i] is g and name.head.i != name.i:
            name = name.head
        noun = name.head
        if name.dep_ in ("nmod", "pobj") and noun.pos_ == "NOUN" and noun.i != name.i:
            # 'les équipes de X, qui compte': X, since the verb is singular and the teams are
            # not; 'le gouvernement de X, qui a attiré': either, left to the parse
            verb = pron.head
            numbers = {*verb.morph.get("Number", []), *(
                n for c in verb.children if c.dep_.startswith("aux") for n in c.morph.get("Number", []))}
            nouns = set(noun.morph.get("Number", []))
            if not numbers or not nouns or nouns & numbers:
                return None
        return g

    def _countrys_company(self, tok: Token) -> Token | None:
        """"South Korea's largest internet company", "China's biggest chipmaker": a company
        noun whose possessor is a place; the place's token, else None."""
        if tok.pos_ != "NOUN" or (tok.lower_ not in _company_nouns()
                                  and tok.lemma_.lower() not in _company_nouns()):
            return None
        for c in tok.children:
            if c.dep_ in ("poss", "nmod:poss"):
                g = self.by_token.get(c.i)
                if g is not None and g["type"] == "place":
                    return c
        return None

    def forecaster(self, tok: Token) -> Span | None:
        """'IDC expects the market to exceed $140bn', 'Gartner prévoit que le marché atteindra 3
        milliards', 'le cabinet s'attend à ce que 70 % des entreprises ...': the name of whoever
        foresees a figure said in a clause with a subject of its own (a verb of
        `forecasting_verbs` above it), unless that subject is theirs ('its revenue')."""
        verbs = words(LEX, "forecasting_verbs", self.lang)
        inner: Token | None = None  # the clause's own subject
        node = tok
        for _ in range(6):
            if node.head.i == node.i:
                return None
            child, node = node, node.head
            if node.lemma_.lower() in verbs and node.pos_ in ("VERB", "AUX") and inner is not None:
                break
            if inner is None:
                if child.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and node.pos_ in ("VERB", "AUX"):
                    inner = child  # '70 % ... utilisent'
                elif node.pos_ in ("VERB", "AUX"):
                    inner = next((c for c in node.children if c.i != child.i
                                  and c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
                elif node.pos_ in ("NOUN", "PROPN") and child.dep_ == "acl" and child.pos_ == "VERB":
                    inner = node  # 'que le marché atteindra ...' read as the noun's clause
        else:
            return None
        seer = next((c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
        if seer is None or inner is None:
            return None
        g = self.entity_in_subtree(seer, ("organization", "person")) or self.coref(seer)
        if g is None or not self._forecasts_for_a_living(seer, g):
            return None  # 'Acme expects revenue to ...': a company foresees its own figures
        own = [c for c in node.subtree if c.dep_ in ("poss", "nmod:poss", "det:poss")]
        if any((self.coref(c) or self.by_token.get(c.i) or {}).get("key") == g.get("key") for c in own):
            return None  # 'Acme expects its revenue to ...': its own figure
        spans = [s for s, h in self.spans if h is g and s.start <= seer.i < s.end]
        if spans:
            return spans[0]
        at = seer.i
        return self.doc[at:at + 1]

    def _forecasts_for_a_living(self, seer: Token, g: dict[str, Any]) -> bool:
        """An analyst or a research firm: one the gazetteer knows as such (kind research), or
        one the text calls so ('le cabinet américain', 'the research firm')."""
        if entity_kind(g) == "research":
            return True
        nouns = words(LEX, "forecaster_nouns", self.lang)
        return seer.lower_ in nouns or seer.lemma_.lower() in nouns or any(
            c.lower_ in nouns for c in seer.children if c.dep_ in ("compound", "amod", "nmod"))

    def collective(self, noun: Token) -> bool:
        """'les start-up vietnamiennes', 'Indian generative-AI start-ups', 'Thai companies':
        the companies of a country taken together (a plural of `national_collectives`), whose
        figures are the country's."""
        if noun.lower_ not in load_data(LEX)["national_collectives"] \
                and noun.lemma_.lower() not in load_data(LEX)["national_collectives"]:
            return False  # the cheap test first
        plural = noun.tag_ in ("NNS", "NNPS") or "Plur" in noun.morph.get("Number", []) or any(
            c.dep_ == "det" and ("Plur" in c.morph.get("Number", []) or c.lower_ in ("les", "des", "ces"))
            for c in noun.children)  # 'les start-up', invariable
        nouns = load_data(LEX)["national_collectives"]
        return plural and (noun.lower_ in nouns or noun.lemma_.lower() in nouns)

    def national(self, noun: Token) -> dict[str, Any] | None:
        """'the Chinese robot market', 'le marché sud-coréen': the country whose adjective
        qualifies a market, an economy or a sector (a company's nationality is not its owner:
        'une start-up chinoise' is not China), as the entity the document names for it, else by
        its name alone."""
        from veille import world

        things = load_data(LEX)["national_things"]
        if noun.lower_ not in things and noun.lemma_.lower() not in things \
                and not self.collective(noun):
            return None
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
                and not any(g.dep_ == "case" for g in c.children)]
        # 'Norwegian AI start-ups': the adjective of the compound before the noun
        mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
        # '9 % des entreprises vietnamiennes' with the adjective hung on '%': the one right after
        # (French) or before (English) the noun is the noun's all the same
        near = noun.i + 1 if self.lang == "fr" else noun.i - 1
        if 0 <= near < len(noun.doc) and noun.doc[near].pos_ == "ADJ" and noun.doc[near] not in mods:
            mods.append(noun.doc[near])
        texts = [c.text for c in mods]
        for _s, _e, country in world.find_demonyms(texts, self.lang):
            for _span, g in self.spans:
                if g["type"] == "place" and world.country(g["name"]) == country:
                    return g
            return {"name": country.name(self.lang), "type": "place", "key": ""}
        return None

    def main_entity(self, types: tuple[str, ...]) -> dict[str, Any] | None:
        """The entity of those types the document names most often (first named on a tie):
        what an article is about, when a sentence does not say."""
        counts: dict[str, int] = {}
        first: dict[str, dict[str, Any]] = {}
        for _span, g in self.spans:
            if g["type"] in types:
                counts[g["key"]] = counts.get(g["key"], 0) + 1
                first.setdefault(g["key"], g)
        if not counts:
            return None
        return first[max(counts, key=lambda k: (counts[k], -list(first).index(k)))]

    def _inside_entity(self, start: int, end: int) -> bool:
        return any(s.start_char <= start and end <= s.end_char and g["type"] in ("product", "event")
                   for s, g in self.spans)

    # time and modality --------------------------------------------------------------------
    def _with_anaphoric_deadlines(self, dates: list[DateValue]) -> list[DateValue]:
        """'D'ici là, la direction vise 20 000 PME', 'à la même échéance', 'by then': the
        deadline the text gave last, in this paragraph or the one before, said again."""
        text = doc_text(self.doc)
        lower = text.lower().replace("’", "'")
        found: list[DateValue] = []
        for phrase in words(LEX, "anaphoric_deadlines", self.lang):
            at = lower.find(phrase)
            while at >= 0:
                end = at + len(phrase)
                if (at == 0 or not lower[at - 1].isalnum()) and (end == len(lower) or not lower[end].isalnum()):
                    before = [d for d in dates if d.end <= at and d.relation in ("by", "end")
                              and text.count("\n\n", d.end, at) <= 1]
                    if before:
                        last = before[-1]
                        found.append(DateValue(at, end, text[at:end], last.value, last.precision,
                                               "by", True, last.mod))
                at = lower.find(phrase, end)
        return sorted(dates + found, key=lambda d: d.start) if found else dates

    def _find_dates(self) -> list[DateValue]:
        if self.ref is not None:
            return find_dates(doc_text(self.doc), self.lang, self.ref)
        text = doc_text(self.doc)
        found = find_dates(text, self.lang, None)
        this_year = date.today().year
        years = Counter(int(m.group(0)) for m in _YEAR.finditer(text) if int(m.group(0)) <= this_year)
        # A day and month with no year ('le 29 octobre') takes the year its weekday says
        # ('Tuesday (June 3)': 2025), else the article's most cited year.
        cited = years.most_common(1)[0][0] if years else this_year
        year = weekday_year(text, self.lang, cited, this_year) or (cited if years else None)
        if year is None:
            return found
        pseudo = date(year, 12, 31)
        known = {(d.start, d.end) for d in found}
        # 'dans les 10 prochaines années' counts from the article's year.
        extra = [d for d in find_dates(doc_text(self.doc), self.lang, pseudo)
                 if (d.start, d.end) not in known and any(c.isdigit() for c in d.text)
                 and ((d.precision == "day" and d.relation == "on") or d.relation == "within")]
        return sorted(found + extra, key=lambda d: d.start)

    def _default_date(self, published: str | None) -> tuple[str | None, str | None]:
        if published:
            self.published_day = published[:10]
            return self._lead_day(published[:10]) or published[:10], "day"
        days = [d for d in self.dates if d.precision == "day" and d.relation == "on"]
        if days:
            self.published_day = days[0].value
            return self._lead_day(days[0].value) or days[0].value, "day"
        years = [d for d in self.dates if d.precision == "year" and d.relation == "on"
                 and int(d.value[:4]) <= date.today().year]
        if years:
            return Counter(d.value for d in years).most_common(1)[0][0], "year"
        return None, None

    def _lead_day(self, published: str) -> str | None:
        """'..., the two companies announced on Monday', 'a annoncé mardi' in the article's
        first paragraph of prose: the day its news happened, a few days before the article
        came out, which is the date its undated facts hold at."""
        text = doc_text(self.doc)
        start = 0
        for para in text.split("\n\n"):
            if len(para.strip()) >= 120:  # prose, not a title, byline or dateline
                break
            start += len(para) + 2
        else:
            return None
        lead = [d for d in self.dates if start <= d.start < start + len(para)]
        if not lead and self.ref is None:
            # no date of publication given: 'on Monday' in the lead reads against the dateline's
            ref = _parse_iso(published)
            lead = [d for d in find_dates(para, self.lang, ref) if d.precision == "day"] if ref else []
        if not lead or lead[0].precision != "day" or lead[0].relation != "on":
            return None
        try:
            days = (date.fromisoformat(published) - date.fromisoformat(lead[0].value)).days
        except ValueError:
            return None
        return lead[0].value if 0 < days <= 6 else None

    def date_for(self, sent: Span, skip: tuple[int, int] | None = None,
                 near: tuple[int, int] | None = None) -> tuple[str | None, str | None]:
        """The date a sentence's facts hold at: one it states (outside `skip`, the characters
        of a quotation; the nearest to the characters `near` when it states several), else
        the article's."""
        return self.stated_date(sent, skip, near) or (self.default_date, self.default_precision)

    def state_date(self, sent: Span, skip: tuple[int, int] | None = None) -> tuple[str | None, str | None]:
        """The date a state the sentence describes holds at (a person's title): one the sentence
        states, else the day the article came out, not the day of its news."""
        if self.published_day is not None:
            return self.stated_date(sent, skip) or (self.published_day, "day")
        return self.date_for(sent, skip)

    def stated_date(self, sent: Span, skip: tuple[int, int] | None = None,
                    near: tuple[int, int] | None = None) -> tuple[str, str] | None:
        """The date a sentence states for its facts (see `date_for`), or None."""
        limit = int((self.default_date or str(date.today().year))[:4])
        stated = [d for d in self.dates if d.start >= sent.start_char
                  and d.end <= sent.end_char and d.relation == "on"
                  and not (skip and skip[0] <= d.start < skip[1])
                  and int(d.value[:4]) <= limit  # a later year is a horizon, not a date
                  and not self._open_part(d)]
        if stated:
            if near is not None:  # 'founded in 2023 ..., raised 12 billion yen ... last year'
                best = min(stated, key=lambda d: (max(d.start - near[1], near[0] - d.end, 0), -len(d.value)))
            else:
                best = max(stated, key=lambda d: len(d.value))
            return best.value, best.precision
        return None

    def _open_part(self, d: DateValue) -> bool:
        """A quarter or half not over when the article came out ('for the April-June quarter,
        X expects ...', said in May): the horizon of what the sentence says, not its date."""
        return d.precision in ("quarter", "half") and self.default_date is not None \
            and d.last_day >= self.default_date[:10]

    def deadlines(self, sent: Span, this_year: bool = False) -> list[DateValue]:
        """Horizons: 'd'ici 2030', 'by 2027', 'fin 2026', and a later year than the article's
        ('expects revenue of $4 billion in 2026'); with `this_year`, the article's year too (a
        goal for 'this year', 'in 2025' said in 2025)."""
        now = int((self.default_date or "0")[:4] or 0)
        later = (lambda y: y >= now) if this_year else (lambda y: y > now)
        # with `this_year`, also a part of this year or a later one ('for the second quarter',
        # 'au premier semestre 2026'): the horizon of a forecast made for it
        periods = ("year", "quarter", "half") if this_year else ("year",)
        return [d for d in self.dates if d.start >= sent.start_char and d.end <= sent.end_char
                and d.precision not in ("decade", "century")  # ('cette décennie': no year)
                and (d.relation in ("by", "until", "within", "end") or (
                    d.relation == "on" and d.precision in periods and now and later(int(d.value[:4]))))]

    def verb_features(self, indices: Iterable[int]) -> tuple[list[str], list[str]]:
        """The moods of the tokens at `indices` and the tenses of their verbs."""
        if self._features is None:
            strings = self.doc.vocab.strings
            read: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]] = {}
            self._features = []
            for m, p in self.doc.to_array([MORPH, POS]).tolist():
                feats = read.get((m, p))  # each distinct morphology read once
                if feats is None:
                    feats = read[m, p] = _features(strings[m], p in _VERBAL)
                self._features.append(feats)
        moods: list[str] = []
        tenses: list[str] = []
        for i in indices:
            mood, tense = self._features[i]
            moods.extend(mood)
            tenses.extend(tense)
        return moods, tenses

    def modality(self, sent: Span) -> str:
        if sent.start not in self.modalities:
            moods, tenses = self.verb_features(range(sent.start, sent.end))
            start, end = sent.start_char, sent.end_char
            dates = [(r, s - start, e - start) for r, s, e in self.date_relations
                     if s >= start and e <= end]
            self.modalities[sent.start] = classify_modality(
                self.sentence_text(sent), self.lang, verb_moods=moods, verb_tenses=tenses, dates=dates)
        return self.modalities[sent.start]

    def clause_modality(self, tok: Token, sent: Span) -> str:
        """The modality of the clause a word belongs to: its governing verb with that verb's
        own dependents, not the other clauses of the sentence ('70 % chercheront ..., tandis
        que 60 % concernent ...'). 'Selon X' anywhere in the sentence still counts."""
        verb = self.clause_verb(tok)
        if verb is None:
            return self.modality(sent)
        if (verb.i, sent.start) not in self.clause_modalities:  # the figures of one clause
            self.clause_modalities[verb.i, sent.start] = self._clause_modality(verb, sent)
        return self.clause_modalities[verb.i, sent.start]

    def _clause_modality(self, verb: Token, sent: Span) -> str:
        clause = self._clause_of(verb, sent)
        text = "".join(t.text_with_ws for t in clause)
        low = self.sentence_text(sent).lower()
        for cue in self.cue("according_to"):
            at = low.find(cue)
            if at >= 0 and cue not in text.lower():
                # who says so, in its words: 'selon la direction' claims, 'selon X' reports
                said = " ".join(low[at:].split()[:len(cue.split()) + 3]).rstrip(",.;")
                text = f"{said}, {text}"
        if verb.dep_ == "ccomp" and verb.head.i < verb.i and any(t.lower_ in _future_in_past(self.lang)
                                                                for t in clause) \
                and verb.head.lemma_.lower() in words(LEX, "speech_verbs", self.lang):
            text = f"{verb.head.text} {text}"  # 'said it would spend': what is to come, as said
        moods, tenses = self.verb_features(t.i for t in clause)
        found = classify_modality(text, self.lang, verb_moods=moods, verb_tenses=tenses,
                                  dates=self._dates_in(clause, len(text)))
        return found

    def said_of_itself(self, tok: Token) -> bool:
        """Whether a word's clause is what its own subject says of itself: 'Vetrix said it had
        raised ...', 'Orsa a indiqué avoir levé ...', 'Velmora says it has 45 million users'."""
        verb = self.clause_verb(tok)
        if verb is None:
            return False
        speech = words(LEX, "speech_verbs", self.lang)
        if verb.lemma_.lower() in speech and any(c.dep_ == "xcomp" and c.pos_ == "VERB"
                                                 for c in verb.children):
            verb = next(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB")
        head = verb.head
        if verb.dep_ not in ("ccomp", "xcomp") or head.i == verb.i or head.lemma_.lower() not in speech:
            return False
        speaker = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if speaker is None or speaker.pos_ == "PRON" and speaker.lower_ in ("je", "i", "nous", "we"):
            return False
        said = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if said is None:  # 'a indiqué avoir levé': the same subject
            return verb.dep_ == "xcomp" or verb.tag_ in ("VBG",) or "VerbForm=Inf" in str(verb.morph)
        if said.pos_ == "PRON":
            return said.lower_ in ("it", "they", "il", "elle", "ils", "elles")
        a, b = self.entity_in_subtree(speaker), self.entity_in_subtree(said)
        return a is not None and a is b

    def _dates_in(self, clause: list[Token], length: int) -> list[tuple[str, int, int]]:
        """The date expressions lying within a clause's words, with offsets into the text of
        the clause (the words joined with their spaces, after any prefix: it ends at
        `length`)."""
        runs: list[tuple[int, int, int]] = []  # (first char, end char, offset in the text)
        offset = length - sum(len(t.text_with_ws) for t in clause)
        for t in clause:
            if runs and runs[-1][1] == t.idx:
                runs[-1] = (runs[-1][0], t.idx + len(t.text_with_ws), runs[-1][2])
            else:
                runs.append((t.idx, t.idx + len(t.text_with_ws), offset))
            offset += len(t.text_with_ws)
        return [(r, s - first + at, e - first + at) for r, s, e in self.date_relations
                for first, end, at in runs if first <= s and e <= end]

    def clause(self, tok: Token, sent: Span) -> list[Token] | None:
        """The words of the clause a word belongs to: its governing verb and that verb's
        dependents, without the verb's subordinate or coordinated clauses; None without a verb."""
        verb = self.clause_verb(tok)
        return None if verb is None else self._clause_of(verb, sent)

    def clause_verb(self, tok: Token) -> Token | None:
        """The verb governing a word's clause, None if there is none near."""
        verb: Token | None = tok
        for _ in range(6):
            if verb is None or verb.pos_ in ("VERB", "AUX"):
                break
            verb = verb.head if verb.head.i != verb.i else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ in ("xcomp", "aux", "aux:pass", "aux:tense", "cop") and verb.head.pos_ in (
                "VERB", "AUX"):
            verb = verb.head
        return verb

    def _clause_of(self, verb: Token, sent: Span) -> list[Token]:
        key = (verb.i, sent.start, sent.end)
        if key not in self._clauses:  # the same clause is asked for by several tests
            self._clauses[key] = self._clause_words(verb, sent)
        return list(self._clauses[key])

    def _clause_words(self, verb: Token, sent: Span) -> list[Token]:
        skip: set[int] = set()
        for child in verb.subtree:
            # another clause hanging from the verb, or from one of its words ('signed an
            # agreement under which X will ...': the relative clause is the agreement's)
            if child.i != verb.i and child.i not in skip and child.pos_ in ("VERB", "AUX") \
                    and child.dep_ in _OTHER_CLAUSES:
                skip.update(t.i for t in child.subtree)
        return [t for t in verb.subtree if t.i not in skip and sent.start <= t.i < sent.end]

    def quantities_in(self, sent: Span) -> list[Quantity]:
        start, end = sent.start_char, sent.end_char
        starts = self._q_starts
        if starts is None:
            return [q for q in self.quantities if q.start >= start and q.end <= end]
        out = []
        for k in range(bisect_left(starts, start), len(starts)):
            if starts[k] > end:  # sorted by start: none of the rest ends by `end`
                break
            q = self.quantities[k]
            if q.end <= end:
                out.append(q)
        return out

    def token_at(self, char: int) -> Token | None:
        """The word holding a character (the one before it when the character is a space)."""
        if not self._offsets or char < 0:
            return None
        return self.doc[max(bisect_right(self._offsets, char) - 1, 0)]

    def span_at(self, start: int, end: int) -> Span | None:
        """The words covering characters `start` to `end` (Doc.char_span's 'expand' mode,
        by bisection on the words' offsets)."""
        if not self._offsets or end <= start:
            return None
        first = max(bisect_right(self._offsets, start) - 1, 0)
        last = bisect_right(self._offsets, end - 1)
        return self.doc[first:last] if last > first else None

    def quantity_token(self, q: Quantity) -> Token | None:
        """The token carrying a quantity's number (the last numeric token of its span)."""
        if q.start not in self._quantity_tokens:
            span = self.span_at(q.start, q.end)
            found = None
            if span is not None and len(span):
                nums = [t for t in span if t.like_num or any(c.isdigit() for c in t.text)]
                found = nums[-1] if nums else span[-1]
            self._quantity_tokens[q.start] = found
        return self._quantity_tokens[q.start]

    def cue(self, key: str) -> frozenset[str]:
        return words(LEX, key, self.lang)

    def is_cue(self, tok: Token, key: str) -> bool:
        """A word of a cue list, as written, as lemma, or by its Snowball stem ('présente',
        whose lemma the model leaves as is, is 'présenter')."""
        return tok.i in self.cue_tokens(key)

    def cue_tokens(self, key: str) -> frozenset[int]:
        """The positions of the document's words that are words of a cue list (`is_cue`),
        found once per list."""
        hits = self._cue_tokens.get(key)
        if hits is None:
            cues, stems = words(LEX, key, self.lang), cue_stems(key, self.lang)
            lowers, lemmas = self.words()
            # each distinct word and lemma tested once, then the positions of those that are
            if self._stems is None:  # stemmed once for all the lists
                lang = self.lang
                self._stems = [(low, stem(low, lang)) for low in set(lowers)]
            forms = {low for low, stemmed in self._stems if low in cues or stemmed in stems}
            lemma_hits = cues.intersection(lemmas)
            hits = frozenset(i for i, (low, lemma) in enumerate(zip(lowers, lemmas, strict=True))
                             if low in forms or lemma in lemma_hits) \
                if forms or lemma_hits else frozenset()  # (no word of the list: no position)
            self._cue_tokens[key] = hits
        return hits

    def cue_positions(self, key: str) -> list[int]:
        """The sorted positions of the document's words that are, or begin, a cue of a list
        (as written or as lemma, single words and phrases), found once per list."""
        cached = self._cue_positions.get(key)
        if cached is None:
            cues = self.cue(key)
            lowers, lemmas = self.words()
            phrases = [tuple(c.split()) for c in _phrases(cues)]
            firsts = {p[0] for p in phrases}  # most words begin no phrase
            cached = [i for i, (low, lemma) in enumerate(zip(lowers, lemmas, strict=True))
                      if low in cues or lemma in cues
                      or low in firsts and any(low == p[0] and tuple(lowers[i:i + len(p)]) == p
                                               for p in phrases)]
            self._cue_positions[key] = cached
        return cached

    def words(self) -> tuple[list[str], list[str]]:
        """Every word of the document in lower case, and its lemma in lower case, by
        position: read once instead of at every test of a word."""
        if self._words is None:
            strings = self.doc.vocab.strings
            lowers: list[str] = []
            lemmas: list[str] = []
            if len(_READ) > 500_000:  # (bounded: a long-running process meets ever more words)
                _READ.clear()
                _FOLDED.clear()
            read, folded = _READ, _FOLDED  # each distinct word read from the string store once
            for low, lemma in self.doc.to_array([LOWER, LEMMA]).tolist():
                word = read.get(low)
                if word is None:
                    word = read[low] = strings[low]
                lowers.append(word)
                lower_lemma = folded.get(lemma)
                if lower_lemma is None:
                    lower_lemma = folded[lemma] = strings[lemma].lower()
                lemmas.append(lower_lemma)
            self._words = lowers, lemmas
        return self._words


# a string's hash -> the string, and a lemma's hash -> its lower case, for every document: a
# hash stands for the same string in every vocabulary (it is the hash of the string)
_READ: dict[int, str] = {}
_FOLDED: dict[int, str] = {}
_VERBAL = (POS_IDS["VERB"], POS_IDS["AUX"])
# the relations that open a clause of its own under a verb or one of its words
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "conj", "acl:relcl", "relcl", "parataxis", "acl"})


@lru_cache(maxsize=4096)
def _features(morph: str, verbal: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The moods of a token's morphology ('Mood=Cnd|Number=Sing|...') and, for a verb, its
    tenses."""
    feats = dict(f.split("=", 1) for f in morph.split("|") if "=" in f)
    moods = tuple(feats["Mood"].split(",")) if "Mood" in feats else ()
    tenses = tuple(feats["Tense"].split(",")) if verbal and "Tense" in feats else ()
    return moods, tenses


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Any:
    import Stemmer

    return Stemmer.Stemmer("english" if lang == "en" else "french")


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    return str(_stemmer(lang).stemWord(word))


@cache
def cue_stems(key: str, lang: str) -> frozenset[str]:
    return frozenset(stem(w, lang) for w in words(LEX, key, lang) if " " not in w and len(w) > 3)


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def has_cue(tokens: Span | list[Token], cues: frozenset[str]) -> bool:
    """Whether one of the words is a cue, as written or as lemma, or the words hold a cue
    of several words."""
    for t in tokens:
        if t.lower_ in cues or t.lemma_.lower() in cues:
            return True
    phrases = _phrases(cues)
    if not phrases:
        return False
    text = " " + " ".join(t.lower_ for t in tokens) + " "
    return any(f" {c} " in text for c in phrases)


@lru_cache(maxsize=256)
def _phrases(cues: frozenset[str]) -> tuple[str, ...]:
    """The cues of several words in a cue list."""
    return tuple(c for c in cues if " " in c)


def in_subject(tok: Token) -> bool:
    """A name that is its clause's subject or part of it ('Le titre Orbelle a gagné ...'), not
    the employer in a person's title ('Ancienne ingénieure de Naver, elle a bâti ...')."""
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep" \
                and tok.head.head.pos_ == "NOUN" and not _is_title(tok.head.head):
            tok = tok.head.head  # 'Shares of X rose', as the French 'Le titre X'
            continue
        if tok.dep_ not in ("nmod", "appos", "flat:name", "compound", "nmod:poss", "poss") \
                or tok.head.i == tok.i:
            return False
        if tok.dep_ == "nmod" and tok.head.pos_ == "NOUN" and _is_title(tok.head):
            return False
        tok = tok.head
    return False


def _is_title(noun: Token) -> bool:
    """Whether a noun is a person's title or trade ('ingénieure', 'analyst', 'directeur')."""
    titles = _all_titles()
    return noun.lower_ in titles or noun.lemma_.lower() in titles


@cache
def _all_titles() -> frozenset[str]:
    return words("lexicon/entities.yaml", "person_titles", "fr") | words(
        "lexicon/entities.yaml", "person_titles", "en")


def quotation_marks(text: str) -> list[tuple[int, int, str]]:
    """The spans of text in quotation marks, (start, end, words inside), in text order. French
    and curly marks pair as written; straight marks pair within a paragraph, an opening mark
    before a word and a closing one after it; a quotation the paragraph does not close runs to
    its end and goes on in the next paragraph's opening mark (the English convention for a
    quotation of several paragraphs)."""
    out = [(m.start(), m.end(), next(g for g in m.groups() if g)) for m in QUOTES.finditer(text)]
    offset = 0
    for para in text.split("\n"):
        opening: int | None = None
        for m in STRAIGHT.finditer(para):
            i = m.start()
            before = para[i - 1] if i > 0 else " "
            after = para[i + 1] if i + 1 < len(para) else " "
            if opening is None and not after.isspace() and (before.isspace() or before in "([—–-"):
                opening = i
            elif opening is not None and not before.isspace():
                inner = para[opening + 1:i]
                if len(inner.strip()) >= 3:
                    out.append((offset + opening, offset + i + 1, inner.strip()))
                opening = None
        if opening is not None and len(para[opening + 1:].strip()) >= 3:  # not closed here
            out.append((offset + opening, offset + len(para), para[opening + 1:].strip()))
        offset += len(para) + 1
    return sorted(out)


def _set_off(t: Token, top: Token) -> bool:
    """'Overseas revenue, mostly from North America and Southeast Asia, grew 6%': a name in a
    prepositional phrase set off by commas after the noun says where from or with what, it
    is not what the noun names ('Its parent, Alibaba Group, ...' is)."""
    x = t
    for _ in range(8):
        if x.head.i == top.i or x.head.i == x.i:
            break
        x = x.head
    if x.head.i != top.i or x.left_edge.i <= top.i:
        return False
    doc = t.doc
    before = doc[x.left_edge.i - 1]
    prep = x.pos_ == "ADP" or any(c.dep_ == "case" for c in x.children)
    return before.text == "," and prep


def _related(t: Token, top: Token) -> bool:
    """'l'un des principaux investisseurs d'OpenAI', 'a key supplier to Nvidia': a name that
    complements a noun of relation (`relation_nouns`) through 'de'/'of'/'to' is the other
    party, not the thing ('le fournisseur Foxconn' is Foxconn)."""
    nouns = _relation_nouns()
    x = t
    for _ in range(6):
        if x.i == top.i or x.head.i == x.i:
            return False
        head = x.head
        via = any(c.dep_ == "case" and c.lower_ in _COMPLEMENT_PREPS for c in x.children)
        if head.pos_ == "ADP" and head.i != top.i:  # English: 'supplier to Nvidia'
            via = head.lower_ in _COMPLEMENT_PREPS
            head = head.head
        if via and (head.lower_ in nouns or head.lemma_.lower() in nouns):
            return True
        x = head
    return False


_COMPLEMENT_PREPS = frozenset({"de", "d'", "d’", "du", "des", "of", "to", "for"})


@cache
def _relation_nouns() -> frozenset[str]:
    return frozenset(load_data(LEX)["relation_nouns"])


def entity_kind(g: dict[str, Any]) -> str | None:
    """The kind the gazetteer gives an entity ('index', 'research', 'government'), else its own."""
    from veille.nlp.gazetteer import entries

    entry = entries().get(g.get("gazetteer_id") or "")
    return entry.kind if entry is not None else g.get("kind")


# 'Son revenu atteint ...': a possessive determiner refers back like 'its'
_POSSESSIVE_DETS = frozenset({"son", "sa", "ses", "leur", "leurs"})


@cache
def _future_in_past(lang: str) -> frozenset[str]:
    """The words of a future seen from the past ('would'), from the modality lexicon."""
    from veille.normalize._resources import load_yaml

    return frozenset(str(w).lower() for w in load_yaml("modality.yaml")["future_in_past"][lang]["words"])


# a sum written with a scale word and no currency ('30 millions', '2.6 billion')
BARE_SUM = re.compile(r"[\d\s.,\u202f\u00a0]+(?:milliards?|millions?|billions?|trillions?|bn|mn|crores?|lakhs?)",
                      re.IGNORECASE)
_NOTHING_COUNTED_AFTER = re.compile(r"\s*(?:[,.;:)]|$|cette\b|cet\b|this\b|next\b|last\b|l'an\b|l'année\b|"
                                    r"en\b|in\b|d'ici\b|by\b|à\b|au\b|et\b|and\b|pour\b|for\b)", re.IGNORECASE)


def _elided_currencies(quantities: list[Quantity], text: str) -> list[Quantity]:
    """'14 millions d'euros de chiffre d'affaires en 2025, et nous visons 30 millions cette
    année', 'revenue of $2.1 billion and 2.6 billion next year': a number written with a scale
    word and no unit, after a sum in the same sentence and with no noun of its own after it, is
    a sum in that sum's currency."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if q.kind == "number" and q.unit is None and prev is not None and prev.kind == "money" \
                and prev.unit and q.value >= 1_000_000 and BARE_SUM.fullmatch(q.text.strip()) \
                and not re.search(r"[.!?]\s", text[prev.end:q.start]) and q.start - prev.end < 200 \
                and _NOTHING_COUNTED_AFTER.match(text, q.end):
            q = replace(q, kind="money", unit=prev.unit)
        out.append(q)
    return out


@cache
def _company_nouns() -> frozenset[str]:
    return frozenset(load_data(LEX)["company_nouns"])


def _invests(span: Span) -> bool:
    """Whether a name is the subject of a verb of investing, or named by a relative clause of
    one ('X invested', 'X, which led the round')."""
    verbs = _investing_verbs()
    root = span.root
    while root.dep_ in ("compound", "flat", "flat:name", "conj", "appos") and root.head is not root:
        root = root.head  # 'Lightspeed' in 'Lightspeed India Partners and X joined'
    return root.dep_.startswith("nsubj") and root.head.lemma_.lower() in verbs or any(
        c.dep_.startswith(("relcl", "acl")) and c.lemma_.lower() in verbs for c in root.children)


def _subordinate(tok: Token) -> bool:
    """Whether a word stands in an adverbial or complement clause of its sentence."""
    for _ in range(50):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in ("advcl", "ccomp", "xcomp", "csubj"):
            return True
        tok = tok.head
    return False


def _cast_as(span: Span) -> bool:
    """Whether a name is the subject of a copula that gives it a part other than a company's
    ('X and Y are the lead managers', 'X est le conseil de l'opération', 'X is among the
    shareholders'): not 'the company' a later sentence speaks of."""
    root = span.root
    while root.dep_ in ("compound", "flat", "flat:name", "conj", "appos") and root.head is not root:
        root = root.head
    if not root.dep_.startswith("nsubj"):
        return False
    head = root.head
    nouns = _company_nouns()
    if head.pos_ == "NOUN" and any(c.dep_ == "cop" for c in head.children):
        return head.lemma_.lower() not in nouns and head.lower_ not in nouns
    if head.lemma_ != "be":
        return False
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "among":
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        if c.dep_ in ("attr", "prep", "pobj") and c.pos_ == "NOUN":
            return c.lemma_.lower() not in nouns and c.lower_ not in nouns
    return False


@cache
def _investing_verbs() -> frozenset[str]:
    return frozenset(load_data(LEX)["investing_verbs"])


@cache
def _public_body_words() -> frozenset[str]:
    return frozenset(load_data(LEX)["public_body_words"])


def _finite_read_as_participle(tok: Token) -> bool:
    """'Le concurrent X, contrôlé par l'État, construit un centre': 'construit' read as a
    participle describing the noun before it; a participle with a direct object is a verb of
    its own, and that noun is not its subject."""
    return "Part" in tok.morph.get("VerbForm", []) and tok.dep_ == "acl" \
        and any(c.dep_ in ("obj", "dobj") for c in tok.children)
