"""An article's text as HTML with its marks, displaCy-like: each entity mention a link to its
entity with its type, each fact's evidence underlined and numbered (the number links to the
fact), and one span — the fact being viewed, a cited answer — marked as the target the page
scrolls to. Every piece of the article is escaped: nothing in it becomes markup."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from veille.records import FactSpan, Mention
from veille.web.ui import path_part


@dataclass
class Marked:
    """A fact's span as drawn: its number in the document's list of facts."""

    start: int
    end: int
    fact_id: str
    type: str
    number: int


def marked(text: str, start: int, marks: Iterable[Sequence[int]]) -> Markup:
    """A search snippet (`text` begins at offset `start`) with its matched words in <mark>."""
    out, at = [], 0
    for s, e in marks:
        s, e = s - start, e - start
        if s < at or e > len(text):
            continue
        out += [escape(text[at:s]), Markup("<mark>"), escape(text[s:e]), Markup("</mark>")]
        at = e
    out.append(escape(text[at:]))
    return Markup("").join(out)


def numbered(facts: Sequence[FactSpan]) -> tuple[list[Marked], dict[str, int]]:
    """The facts' spans, each fact numbered by its first span in text order (1, 2 ...)."""
    numbers: dict[str, int] = {}
    spans = []
    for f in sorted(facts, key=lambda f: (f.start, -f.end)):
        number = numbers.setdefault(f.fact_id, len(numbers) + 1)
        spans.append(Marked(f.start, f.end, f.fact_id, f.type, number))
    return spans, numbers


def render(text: str, mentions: Sequence[Mention] = (), facts: Sequence[FactSpan] = (),
           target: tuple[int, int] | None = None, target_fact: str | None = None,
           fact_href: Callable[[str], str] | None = None,
           entity_label: Callable[[str], str] = str) -> Markup:
    """The whole text with its marks. `target` (offsets), or every span of `target_fact`, is
    drawn as the target; its first piece has id="evidence" for the page to scroll to."""
    size = len(text)
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if 0 <= m.start < m.end <= size and (not kept or m.start >= kept[-1].end):
            kept.append(m)
    spans, _ = numbered([f for f in facts if 0 <= f.start < f.end <= size])
    targets = [target] if target and 0 <= target[0] < target[1] <= size else []
    targets += [(s.start, s.end) for s in spans if target_fact and s.fact_id == target_fact]

    def snap(point: int, is_start: bool) -> int:  # never cut a mention in two
        for m in kept:
            if m.start < point < m.end:
                return m.start if is_start else m.end
        return point

    ranges = [(snap(s.start, True), snap(s.end, False), s) for s in spans]
    goals = [(snap(a, True), snap(b, False)) for a, b in targets]
    points = sorted({0, size, *[p for r in ranges for p in r[:2]], *[p for g in goals for p in g]})
    ends: dict[int, list[Marked]] = {}
    for _, b, s in ranges:
        ends.setdefault(b, []).append(s)
    out: list[Markup] = []
    first_target = True
    mi = 0
    for p, q in zip(points, points[1:], strict=False):
        active = [s for a, b, s in ranges if a <= p and b >= q]
        aimed = any(a <= p and b >= q for a, b in goals)
        pieces: list[Markup] = []
        at = p
        while mi < len(kept) and kept[mi].start < q:
            m = kept[mi]
            if m.start >= p:
                pieces.append(escape(text[at:m.start]))
                pieces.append(_mention(m, entity_label))
                at = m.end
            mi += 1
        pieces.append(escape(text[at:q]))
        body = Markup("").join(pieces)
        if active or aimed:
            classes = ["fx"] + sorted({f"t-{s.type}" for s in active})
            if len(active) > 1:
                classes.append("fx-many")
            attrs = ""
            if aimed:
                classes.append("target")
                if first_target:
                    attrs = ' id="evidence" data-scroll-to="1"'
                    first_target = False
            body = Markup('<span class="{}"{}>').format(" ".join(classes), Markup(attrs)) + body + Markup("</span>")
        out.append(body)
        for s in ends.get(q, []):
            href = fact_href(s.fact_id) if fact_href else f"/facts/{path_part(s.fact_id)}"
            out.append(Markup('<a class="fref t-{}" href="{}" title="{}">{}</a>').format(
                s.type, href, s.type, s.number))
    return Markup("").join(out)


def _mention(m: Mention, entity_label: Callable[[str], str]) -> Markup:
    return Markup('<a class="ent e-{}" href="/entities/{}" title="{}">{}<span class="ent-label">{}</span></a>').format(
        m.type, path_part(m.entity_id), m.name, m.text, entity_label(m.type))


def excerpt_bounds(text: str, start: int, end: int, around: int = 400, least: int = 200) -> tuple[int, int]:
    """A window of the text around a span: from the start of its paragraph (at most `around`
    characters before it) to the end of a paragraph at least `least` characters after it (at
    most `around`)."""
    lo, hi = max(0, start - around), min(len(text), end + around)
    para = text.rfind("\n", lo, start)
    lo = para + 1 if para >= 0 else lo
    para = text.find("\n", min(end + least, hi), hi)
    hi = para if para >= 0 else hi
    return lo, hi
