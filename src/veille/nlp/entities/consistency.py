"""Consistency across a document: the mentions of one entity grouped (same name, same
gazetteer entry, a stated alias, a short form after the full name), one type and one name
for each group."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from veille.models import DocEntity, Mention, norm_name
from veille.nlp.entities.aliases import in_headline, is_short_form, stated_aliases
from veille.nlp.entities.common import CAMEL, LEX, VERSION, known_word
from veille.nlp.lexicon import cased

SOURCE_WEIGHT = {"gazetteer": 100, "user": 100, "rule": 10, "ner": 1}
ALIAS_VOTE = 10  # the type of the name an alias or a short form stands for


class _Group:
    def __init__(self, span: Span) -> None:
        self.spans: list[Span] = [span]
        self.votes: Counter[str] = Counter()
        self.gazetteer_id = ""
        self.reasons: list[str] = []

    def add(self, span: Span) -> None:
        self.spans.append(span)

    @property
    def key(self) -> str:
        return norm_name(self.spans[0].text)


def group_entities(doc: Doc, spans: list[Span], lang: str) -> list[DocEntity]:
    """The document's entities: its names grouped, typed by their votes, and named."""
    groups = _Groups(spans)
    groups.join_gazetteer()
    other_names = groups.join_stated(doc, spans, lang)
    groups.join_short_forms()
    return groups.entities(lang, other_names)


class _Groups:
    """The names of a document by normalised name, joined into entities (union-find)."""

    def __init__(self, spans: list[Span]) -> None:
        self.by_name: dict[str, _Group] = {}
        for span in spans:
            self._add(span)
        self.parent: dict[str, str] = {k: k for k in self.by_name}

    def _add(self, span: Span) -> None:
        key = norm_name(span.text)
        if not key:
            return
        group = self.by_name.get(key)
        if group is None:
            group = self.by_name[key] = _Group(span)
        else:
            group.add(span)
        if span.label_ != "MISC":
            group.votes[span.label_] += SOURCE_WEIGHT.get(span.id_, 1)
        if span.kb_id_:
            group.gazetteer_id = span.kb_id_

    def find(self, k: str) -> str:
        parent = self.parent
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(self, short: str, long: str, reason: str) -> None:
        a, b = self.find(short), self.find(long)
        if a != b:
            self.parent[a] = b
            self.by_name[b].reasons.append(f"{reason}: {self.by_name[short].spans[0].text}")

    def type_of(self, k: str) -> str:
        g = self.by_name[k]
        return g.votes.most_common(1)[0][0] if g.votes else "MISC"

    def join_gazetteer(self) -> None:
        """Names of the same gazetteer entry."""
        by_kb: dict[str, str] = {}
        for k, g in self.by_name.items():
            if g.gazetteer_id:
                if g.gazetteer_id in by_kb:
                    self.union(k, by_kb[g.gazetteer_id], "gazetteer")
                else:
                    by_kb[g.gazetteer_id] = k

    def join_stated(self, doc: Doc, spans: list[Span], lang: str) -> set[str]:
        """Stated aliases ('X, cotée ... sous le nom de Y', 'X (ABC)'); returns the names
        given after a cue ('anciennement', 'also known as'), which are not the entity's name."""
        other_names: set[str] = set()
        for alias_span, owner_span, reason in stated_aliases(doc, spans, lang):
            ks, kl = norm_name(alias_span.text), norm_name(owner_span.text)
            if ks not in self.by_name or kl not in self.by_name:
                continue
            gs, gl = self.by_name[ks].gazetteer_id, self.by_name[kl].gazetteer_id
            if gs and gl and gs != gl:
                continue
            if reason.startswith("in-document pattern: '"):
                other_names.add(alias_span.text)
            if self.type_of(kl) != "MISC":
                self.by_name[ks].votes[self.type_of(kl)] += ALIAS_VOTE  # the owner types it
            self.union(ks, kl, reason)
        return other_names

    def join_short_forms(self) -> None:
        """Short forms after the full name: 'Zhipu' after 'Zhipu AI', 'Schwan' after 'Severin
        Schwan'. Each joins the longest full name it is a short form of."""
        names = sorted(self.by_name, key=lambda k: -len(self.by_name[k].spans[0]))
        # a short form's words are all words of the full name: the cheap test comes first
        words_of = {k: {t.text for t in self.by_name[k].spans[0]} for k in names}
        for short in names:
            long = self._full_name_of(short, names, words_of)
            if long is not None:
                self.by_name[short].votes[self.type_of(long)] += ALIAS_VOTE
                self.union(short, long, "short form in document")

    def _full_name_of(self, short: str, names: list[str],
                      words_of: dict[str, set[str]]) -> str | None:
        s_span = self.by_name[short].spans[0]
        found: list[str] = []
        for long in names:
            l_span = self.by_name[long].spans[0]
            if len(l_span) <= len(s_span) or not words_of[short] <= words_of[long] \
                    or self.find(short) == self.find(long):
                continue
            if self.by_name[short].gazetteer_id and self.by_name[long].gazetteer_id:
                continue
            if _a_version_of(s_span, l_span):
                continue  # 'Exaone' and 'Exaone 4.0': a family and one of its versions
            if self._named_alone_before(short, l_span):
                continue
            if is_short_form(s_span, l_span, self._short_type(short, long), self.type_of(long)):
                found.append(long)
        if len(found) < 2 or self.type_of(found[0]) != "person":
            return found[0] if found else None
        # 'Park' after 'Min-ji Park' (a byline) and 'Park Eun-jeong': of the people's longest
        # names, the one named last before the short form
        longest = [k for k in found if len(self.by_name[k].spans[0]) == len(self.by_name[found[0]].spans[0])]

        def last_before(k: str) -> int:
            return max((sp.start for sp in self.by_name[k].spans if sp.start < s_span.start), default=-1)
        return max(longest, key=last_before)

    def _named_alone_before(self, short: str, long: Span) -> bool:
        """Whether the text names `short` on its own before it names `long`: then it is
        another body ('Air Liquide ... Air Liquide Far Eastern, la coentreprise que le
        français détient'), not the long name said short (a headline does not count)."""
        return any(sp.start < long.start and not in_headline(sp)
                   for sp in self.by_name[short].spans)

    def _short_type(self, short: str, long: str) -> str:
        """The short form's type; the full name's when only the model typed the short form
        and the gazetteer or a rule the full name."""
        by_name = self.by_name
        weak = all(sp.id_ == "ner" for sp in by_name[short].spans) and any(
            sp.id_ in ("gazetteer", "rule") for sp in by_name[long].spans)
        if weak and self.type_of(short) != self.type_of(long):
            return self.type_of(long)
        return self.type_of(short)

    def entities(self, lang: str, other_names: set[str]) -> list[DocEntity]:
        clusters: dict[str, list[str]] = defaultdict(list)
        for k in self.by_name:
            clusters[self.find(k)].append(k)
        out = []
        for root, members in clusters.items():
            entity = self._entity(root, members, lang, other_names)
            if entity is not None:
                out.append(entity)
        return out

    def _entity(self, root: str, members: list[str], lang: str,
                other_names: set[str]) -> DocEntity | None:
        votes: Counter[str] = Counter()
        gid = ""
        for k in members:
            votes.update(self.by_name[k].votes)
            gid = gid or self.by_name[k].gazetteer_id
        all_spans = [s for k in members for s in self.by_name[k].spans]
        etype = votes.most_common(1)[0][0] if votes else misc_fallback(all_spans, lang)
        if etype is None:
            return None
        name = canonical_name(all_spans, gid, other_names)
        mentions = [Mention(s.start_char, s.end_char, s.text, etype, s.id_ or "ner")
                    for s in sorted(all_spans, key=lambda s: s.start)]
        aliases = sorted({s.text for s in all_spans} - {name})
        return DocEntity(key=norm_name(name), name=name, type=etype, aliases=aliases,
                         mentions=mentions, gazetteer_id=gid or None,
                         reasons=self.by_name[root].reasons)


def _a_version_of(family: Span, version: Span) -> bool:
    """Whether `version` is `family` followed only by version words ('4.0', 'S2', 'Pro')."""
    if version.text[:len(family.text)] != family.text:
        return False
    rest = version.doc[version.start + len(family):version.end]
    return len(rest) > 0 and all(VERSION.match(t.text) or t.text in cased(LEX, "version_words")
                                 for t in rest)


def canonical_name(spans: list[Span], gazetteer_id: str,
                   other_names: set[str] | frozenset[str] = frozenset()) -> str:
    if gazetteer_id:
        from veille.nlp.gazetteer import entries

        entry = entries().get(gazetteer_id)
        if entry is not None:
            return entry.name
    first: dict[str, int] = {}
    for sp in sorted(spans, key=lambda sp: sp.start):
        first.setdefault(sp.text, sp.start)
    # the fullest name, unless the article gave it as another name of one it uses ('Tarvel,
    # anciennement Kestrel Labs'); among equally full ones, the one the article used first
    best = max(first, key=lambda t: (t not in other_names, len(t.split()), -first[t]))
    return best[0].upper() + best[1:]


def misc_fallback(spans: list[Span], lang: str) -> str | None:
    """A name the model left untyped: an organisation when it acts or looks like one."""
    for span in spans:
        if _looks_like_organization(span):
            return "organization"
    return None


def _looks_like_organization(span: Span) -> bool:
    """A word camel-cased ('Naga DataGrid') or an acronym; a capitalised subject of a verb; an unknown proper noun
    opening a sentence (it acts as its subject)."""
    text = span.text
    if any(CAMEL.match(t.text) for t in span) or (text.isupper() and len(text) >= 2 and text.isalpha()):
        return True
    first = span[0]
    if span.root.dep_ in ("nsubj", "nsubj:pass") and span.root.head.pos_ in ("VERB", "AUX") \
            and all(t.is_title or t.is_upper for t in span) \
            and not (len(span) == 1 and span.start == span.sent.start and known_word(first)):
        return True  # (not 'Headcount has grown': a word capitalised as it opens a sentence)
    return span.start == span.sent.start and first.pos_ == "PROPN" and \
        not known_word(first) and len(span) <= 3
