"""The facts component: every fact extractor over one document."""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from veille.facts import engine, events, quantities, quotes, roles
from veille.facts.common import fact, measure_phrase, money
from veille.facts.frames import frames
from veille.facts.view import DocView
from veille.nlp.doctext import doc_text, forget
from veille.nlp.lexicon import words

LEX = "lexicon/facts.yaml"

if not Doc.has_extension("veille_facts"):
    Doc.set_extension("veille_facts", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


@Language.factory("veille_facts", default_config={"version": 1})
def make_facts(nlp: Language, name: str, version: int) -> FactsComponent:
    preload("en" if nlp.lang == "en" else "fr")
    return FactsComponent()


def preload(lang: str) -> None:
    """Read the data the extractors need (schema, frames, lexicons, countries, currencies,
    date words) when the pipeline is built, not while the first document waits."""
    from veille import world
    from veille.normalize import find_dates, find_quantities
    from veille.schema import schema

    schema()
    engine.preload(lang)
    world.countries()
    find_quantities("12,5 millions d'euros, 3 % et 4 000 yens" if lang == "fr" else "$12.5 million, 3%", lang)
    find_dates("le 3 mars 2025, d'ici 2030" if lang == "fr" else "on March 3, 2025, by 2030", lang, None)


class FactsComponent:
    """Extracts launches, stock moves, funding, agreements, events, metrics, targets, quotes
    and roles, into doc._.veille_facts (plain dicts, so they cross process boundaries)."""

    versioned_name = "veille.facts.v1"

    def __call__(self, doc: Doc) -> Doc:
        doc._.veille_facts = extract_facts(doc, doc._.published)
        forget(doc)  # the last component: the kept text need not travel with the Doc
        return doc


def extract_facts(doc: Doc, published: str | None = None) -> list[dict[str, Any]]:
    view = DocView(doc, published)
    facts: list[dict[str, Any]] = []
    for sent in view.sentences:
        found = engine.sentence_facts(view, sent)
        facts.extend(found)
        facts.extend(quantities.gapped_moves(view, sent, found))
        facts.extend(quantities.extract(view, sent))
        facts.extend(quantities.goals(view, sent))
        facts.extend(roles.roles(view, sent))
    facts.extend(events.events(view))
    facts.extend(quotes.quotes(view))
    facts = dedupe_funding(led_after(view, dedupe_roles(facts)))
    facts.extend(listed_spending(view, facts))
    facts.extend(spending_plans(view, facts))
    facts = governments_for_countries(view, capitals_for_countries(view, facts))
    return own_claims(people_s_figures(view, held_by(facts)), view)


_SCALED = re.compile(r"(?i)\b(?:milliards?|millions?|billions?|trillions?|bn|mn|m|k)\b")


def listed_spending(view: DocView, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'would spend 3.2 billion yuan on its next chip, 1.5 billion yuan on software tools and
    900 million yuan on a research centre', 'investira 150 milliards de yens, dont 45
    milliards pour une grappe de GPU': the sums listed after the one a funding's verb spends,
    each with its own purpose, are fundings of the same spender."""
    cues = words(LEX, "spending_list_links", view.lang)
    preps = words(LEX, "spending_purpose_preps", view.lang)
    link = re.compile(r"(?:,|(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(cues - {","}, key=len, reverse=True))
                      + r"))\s*(?:about|around|some|environ|près de|quelque)?\s*$")
    text = doc_text(view.doc)
    taken = {(q.start, q.end) for f in facts for q in view.quantities if f["type"] == "funding"
             and f["evidence"]["start"] <= q.start and q.end <= f["evidence"]["end"]
             and q.value == (f["args"].get("amount") or {}).get("value")}  # a funding's own sum
    out = []
    for f in facts:
        amount = f["args"].get("amount")
        if f["type"] != "funding" or not f["rule"].startswith("funding.invest") or not amount:
            continue
        span = view.doc.char_span(f["evidence"]["start"], f["evidence"]["end"], alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = view.sent_of(span[0].i)
        money_in = [q for q in view.quantities if q.kind in ("money", "number") and sent.start_char <= q.start
                    and q.end <= sent.end_char]
        own = next((q for q in money_in if q.value == amount["value"]
                    and f["evidence"]["start"] <= q.start < f["evidence"]["end"]), None)
        if own is None:
            continue
        prev = own
        for q in [q for q in money_in if q.start > own.end]:
            if q.kind == "number":  # 'dont 45 milliards pour ...': the currency of the sum before
                if not _SCALED.search(q.text):
                    break
                q = dataclasses.replace(q, kind="money", unit=own.unit)
            between = text[prev.end:q.start].lower()
            after = text[q.end:sent.end_char].lstrip()
            first = after.split(" ", 1)[0].lower() if after else ""
            if len(between) > 160 or ";" in between or not link.search(between) or first not in preps:
                break
            purpose = re.split(r"[,;.]|\s(?:and|et|including|dont)\s", after[len(first):], maxsplit=1)[0].strip()
            prev = q
            if (q.start, q.end) in taken:
                continue
            end = q.end + len(text[q.end:sent.end_char]) - len(after) + len(first) + 1 + len(purpose)
            made = fact(view, "funding", {"subject": f["args"].get("subject"), "amount": money(q),
                                          "purpose": re.sub(r"^(?:the|a|an|les?|la|l'|une?|des)\s*", "", purpose)},
                        sent, q.start, end, "funding.listed", entities={"subject": f["entities"].get("subject")},
                        modality=f["modality"], confidence=round(f["confidence"] * 0.9, 3))
            out.append(made)
    return out


def spending_plans(view: DocView, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'X will spend 2.4 trillion won on AI capital expenditure by the end of 2028', 'X
    consacrera 2 milliards d'euros à ses centres de données d'ici 2028': money a company is to
    spend by a horizon is a funding (money it commits) and a goal of its own, with the
    horizon as deadline. Money one means to raise or attract by a horizon ('vise à attirer 500
    milliards de bahts d'investissements d'ici 2027', 'aims to attract RM500 billion in
    investment by 2030') is a goal only: nothing is raised yet, the funding goes."""
    out = []
    for f in list(facts):
        invest = f["type"] == "funding" and f["rule"].startswith("funding.invest")
        raise_ = f["type"] == "funding" and f["rule"].startswith("funding.raise")
        if not (invest or raise_) or f["args"].get("recipient") or not f["args"].get("subject"):
            continue
        span = view.doc.char_span(f["evidence"]["start"], f["evidence"]["end"], alignment_mode="expand")
        # the frame's own verb ('Lei Jun s'est engagé à y consacrer': the second one)
        triggers = _raise_verbs(view.lang) if raise_ else _trigger_lemmas(view.lang, "funding.invest")
        verb = next((t for t in span or [] if t.pos_ == "VERB" and t.lemma_.lower() in triggers
                     and _to_come(view, t)), None)
        if verb is None:
            continue
        sent = view.sent_of(verb.i)
        horizons = [d for d in view.deadlines(sent, this_year=True) if d.start >= verb.idx]
        # the sum's own horizon: no other figure between them ('15 milliards sur cinq ans, dont
        # 6,5 milliards dès 2026': 2026 is the part's)
        horizons = [d for d in horizons if not any(
            f["evidence"]["end"] <= q.start and q.end <= d.start for q in view.quantities)]
        if not horizons:
            continue
        amount = f["args"]["amount"]
        measure = f["args"].get("purpose") or (_raised_measure(view, f) if raise_ else None) \
            or {"fr": "investissement", "en": "investment"}[view.lang]
        args = {"subject": f["args"]["subject"], "measure": measure, "value": amount["value"],
                "unit": amount.get("currency"), "deadline": int(horizons[0].value[:4])}
        if amount.get("usd") is not None:
            args.update(value_usd=amount["usd"], value_usd_rate_date=amount.get("usd_rate_date"))
        evidence = dict(f["evidence"])
        out.append({**f, "type": "target", "args": args, "evidence": evidence,
                    "modality": "projected", "confidence": round(f["confidence"] * 0.85, 3),
                    "rule": "target.spending", "entities": {
                        "subject": f["entities"].get("subject")} if f["entities"].get("subject") else {}})
        if raise_:
            facts.remove(f)
    return out


@cache
def _trigger_lemmas(lang: str, rule: str) -> frozenset[str]:
    return frozenset(w for f in frames(lang) if f.rule == rule for w in f.triggers[lang].lemmas)


def _raise_verbs(lang: str) -> frozenset[str]:
    return words("lexicon/facts.yaml", "raise_goal_verbs", lang)


def _raised_measure(view: DocView, f: dict[str, Any]) -> str | None:
    """What the sum to be raised is of, said after it ('500 milliards de bahts
    d'investissements', 'RM500 billion in investment')."""
    for q in view.quantities:
        if q.kind == "money" and f["evidence"]["start"] <= q.start < f["evidence"]["end"] + 40 \
                and q.value == f["args"]["amount"]["value"]:
            tok = view.quantity_token(q)
            if tok is not None:
                return measure_phrase(view, q, tok)[0]
    return None


def _to_come(view: DocView, verb: Token) -> bool:
    """Whether a verb says what is to be done: a future or conditional ('consacrera', 'will
    spend', 'would spend'), or an infinitive under a verb of intent ('plans to spend')."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children):
        return True
    if "Fut" in verb.morph.get("Tense", []) or "Cnd" in verb.morph.get("Mood", []):
        return True
    intent = words("lexicon/facts.yaml", "intent_verbs", view.lang)
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in intent


def capitals_for_countries(view: DocView, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'Hanoï espère entrer dans les 30 premiers', 'Beijing wants domestic chips to ...': a
    capital whose goal it is stands for its country (the document's entity for it, when it
    names it)."""
    from veille import world

    for f in facts:
        if f["type"] != "target" or not f["args"].get("subject"):
            continue
        country = world.country_of_capital(str(f["args"]["subject"]))
        if country is None:
            continue
        named = next((g for _s, g in view.spans if g["type"] == "place"
                      and world.country(g["name"]) is country), None)
        f["args"]["subject"] = named["name"] if named is not None else country.name(view.lang)
        f["entities"]["subject"] = named["key"] if named is not None else None
    return facts


def governments_for_countries(view: DocView, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'La Thaïlande se dote d'un plan de 15 milliards de bahts' in an article that names 'le
    gouvernement thaïlandais': the money a country spends or commits, and the goal it sets
    itself, are its government's, when the article names that government."""
    from veille import world

    governments: dict[int, dict[str, Any]] = {}
    for _s, g in view.spans:  # (the gazetteer's governments, 'Government of Thailand')
        if g["type"] == "organization" and str(g["name"]).startswith("Government of "):
            country = world.country(str(g["name"]).removeprefix("Government of ").removeprefix("the "))
            if country is not None:
                governments.setdefault(id(country), g)
    if not governments:
        return facts
    for f in facts:
        if not (f["type"] == "funding" and not f["rule"].startswith(("funding.raise", "funding.receive"))
                or f["type"] == "target" and f["rule"].startswith("target.spending")):
            continue
        country = world.country(str(f["args"].get("subject") or ""))
        government = governments.get(id(country)) if country is not None else None
        if government is not None:
            f["args"]["subject"], f["entities"]["subject"] = government["name"], government["key"]
    return facts


def led_after(view: DocView, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'X a bouclé un tour de 40 millions d'euros. L'opération est menée par Y.': a sentence
    that opens on the round and says who led it makes Y the investor of the funding the
    sentence before states, and X its recipient; the evidence runs over both sentences."""
    text = doc_text(view.doc)
    lowers = view.words()[0]
    nouns = words(LEX, "round_nouns", view.lang)
    cues = [c.split() for c in words(LEX, "led_by", view.lang)]
    for k, sent in enumerate(view.sentences[1:], 1):
        head = [i for i in range(sent.start, min(sent.end, sent.start + 3)) if lowers[i] in nouns]
        if not head or view.doc[sent.start].pos_ != "DET":
            continue
        leader = None
        for i in range(head[0] + 1, min(sent.end, head[0] + 8)):
            cue = next((c for c in cues if lowers[i:i + len(c)] == c), None)
            if cue is not None:
                named = view.entities_in(i + len(cue), min(sent.end, i + len(cue) + 4), ("organization",))
                leader = next(((sp, g) for sp, g in named if sp.start <= i + len(cue) + 1), None)
                break
        before = view.sentences[k - 1]
        if leader is None or "\n\n" in text[before.end_char:sent.start_char]:
            continue
        span, g = leader
        stated = [f for f in facts if f["type"] == "funding" and not f["args"].get("recipient")
                  and before.start_char <= f["evidence"]["start"] < before.end_char
                  and f["entities"].get("subject") != g["key"]]
        for f in stated[-1:]:
            f["args"]["recipient"], f["args"]["subject"] = f["args"].get("subject"), g["name"]
            f["entities"]["recipient"], f["entities"]["subject"] = f["entities"].get("subject"), g["key"]
            f["evidence"].update(end=span.end_char, text=text[f["evidence"]["start"]:span.end_char],
                                 sentence=text[before.start_char:sent.end_char])
            f["rule"] = "funding.led_after"
    return facts


def held_by(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'Young Liu expects revenue to ...' where Young Liu is Foxconn's chairman: the goal or
    the figure is Foxconn's, and its source is the person (the article's roles say whose)."""
    orgs: dict[str, tuple[str, str | None]] = {}
    for f in facts:
        if f["type"] == "role" and f["args"].get("org"):
            orgs.setdefault(f["args"]["person"], (f["args"]["org"], f["entities"].get("org")))
    for f in facts:
        if f["type"] not in ("target", "metric", "launch"):
            continue
        person = f["args"].get("subject")
        if person in orgs:
            f["args"]["subject"], key = orgs[person]
            if f["type"] != "launch":  # 'X unveiled Y': the launch is X's company's
                f["args"].setdefault("source", person)
                if f["entities"].get("subject"):
                    f["entities"].setdefault("source", f["entities"]["subject"])
            f["entities"]["subject"] = key
    return facts


def people_s_figures(view: DocView, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A figure whose owner came out as a person the article gives no role ('notre chiffre
    d'affaires a doublé', says the founder in an interview) is the figure of the organisation
    the article is about, told by that person; without such an organisation it is dropped."""
    people = {g["key"] for _s, g in view.spans if g["type"] == "person"}
    main: dict[str, Any] | None = None
    out = []
    for f in facts:
        if f["type"] == "metric" and f["entities"].get("subject") in people:
            main = main or view.main_entity(("organization",))
            if main is None:
                continue
            f["args"]["source"] = f["args"]["subject"]
            f["entities"]["source"] = f["entities"]["subject"]
            f["args"]["subject"], f["entities"]["subject"] = main["name"], main["key"]
            f["confidence"] = round(f["confidence"] * 0.8, 3)
        out.append(f)
    return out


def own_claims(facts: list[dict[str, Any]], view: DocView | None = None) -> list[dict[str, Any]]:
    """'Selon M. Chen, Xuhui compte ...' where Chen holds a role at Xuhui: the subject's own
    claim, not hearsay; and a company's own figure or funding it says of itself ('Vetrix
    said it had raised ...', 'Velmora says it has 45 million users') is a claim too."""
    if view is not None:
        for f in facts:
            if f["type"] in ("metric", "funding") and f["modality"] == "asserted":
                tok = view.token_at(f["evidence"]["start"])
                if tok is not None and view.said_of_itself(tok):
                    f["modality"] = "claimed"
    orgs: dict[str, set[str]] = {}
    for f in facts:
        if f["type"] == "role" and f["args"].get("org"):
            orgs.setdefault(f["entities"].get("person", ""), set()).add(f["args"]["org"])
    for f in facts:
        source = f.pop("source_key", None)
        if source and f["modality"] == "reported":
            subject = f["args"].get("subject")
            if subject and subject in orgs.get(source, set()):
                f["modality"] = "claimed"
    return facts


def dedupe_funding(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'Tandem raises $85 million' (headline) and '... raised $85 million in a round led by
    Northgate': one funding, stated fully where the investor is named."""
    def amount(f: dict[str, Any]) -> tuple[Any, Any]:
        a = f["args"].get("amount") or {}
        return a.get("value"), a.get("currency")

    given = {(f["args"]["recipient"], amount(f)) for f in facts
             if f["type"] == "funding" and f["args"].get("recipient")}
    kept = [f for f in facts if not (
        f["type"] == "funding" and not f["args"].get("recipient")
        and (f["args"].get("subject"), amount(f)) in given)]
    # 'after HK$3.1 billion IPO' (headline) and 'raised HK$3.12 billion': the rounded amount
    # restates the precise one of the same company
    funding = [f for f in kept if f["type"] == "funding" and amount(f)[0]]
    rounded = {id(f) for f in funding for g in funding if g is not f
               and f["args"].get("subject") == g["args"].get("subject")
               and f["args"].get("recipient") == g["args"].get("recipient")
               and amount(f)[1] == amount(g)[1] and amount(f)[0] != amount(g)[0]
               and abs(amount(f)[0] - amount(g)[0]) <= 0.02 * abs(amount(g)[0])
               and _digits(amount(f)[0]) < _digits(amount(g)[0])}
    return [f for f in kept if id(f) not in rounded]


def _digits(value: float) -> int:
    """How many significant digits a value is written with (3.1e9: 2; 3.12e9: 3)."""
    return len(f"{value:.15g}".replace(".", "").replace("-", "").strip("0").split("e")[0])


def dedupe_roles(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One role per person and title in a document: the fullest statement of it. A title is
    restated by another of the same person whose words include all of its own ('directeur' and
    'directeur général de X'; the one with an organisation and more words is kept, else the
    first); two titles of one person that differ ('chief technology officer of X', then 'chief
    executive of Y') are two roles."""
    roles = [f for f in facts if f["type"] == "role"]

    def words_of(f: dict[str, Any]) -> set[str]:
        return set(str(f["args"].get("title", "")).lower().split())

    def fuller(f: dict[str, Any], g: dict[str, Any]) -> bool:
        """Whether g restates f at least as fully (and, when as fully, came first)."""
        if g["args"]["person"] != f["args"]["person"] or not words_of(f) <= words_of(g):
            return False
        richer = (bool(g["args"].get("org")), len(words_of(g)))
        mine = (bool(f["args"].get("org")), len(words_of(f)))
        return richer > mine or (richer == mine and roles.index(g) < roles.index(f))

    dropped = {id(f) for f in roles if any(g is not f and fuller(f, g) for g in roles)}
    return [f for f in facts if id(f) not in dropped]
