"""The entity graph built from facts: who funds whom (investor -> recipient), who signs with
whom (signatory <-> signatory), who holds a role where (person -> organisation), who launches
what (launcher -> product); and, around one entity, the entities named in the same
documents."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from veille.config import MIN_CONFIDENCE
from veille.kb.listing import CHUNK
from veille.kb.store import Store, period_end, period_start
from veille.normalize import date_range
from veille.records import Graph, GraphEdge, GraphNode

# fact type -> (role of the edge's source, role of its target, directed)
LINKS: dict[str, tuple[str, str, bool]] = {
    "funding": ("subject", "recipient", True),
    "agreement": ("parties", "parties", False),
    "role": ("person", "org", True),
    "launch": ("subject", "product", True),
}
MENTION = "mention"
FACT_IDS = 20  # fact ids kept on an edge
CO_SAMPLE = 500  # documents of an entity over which the entities named with it are counted
# An edge of one fact: link type, source, target, fact id, its first and last day, confidence.
Link = tuple[str, str, str, str, "str | None", "str | None", float]


def graph(store: Store, *, min_confidence: float, types: list[str] | None = None,
          entity_types: list[str] | None = None, since: str | None = None, until: str | None = None,
          entity_id: str | None = None, mentions: int = 0, limit: int = 300) -> Graph:
    """The edges of the facts of `types` (default: every type in LINKS) at least
    `min_confidence` sure, dated within `since` .. `until` when given, between entities of
    `entity_types` (default: any); only those touching `entity_id` when given, with its
    `mentions` most co-mentioned entities. The `limit` heaviest edges are kept."""
    edges: list[GraphEdge] = []
    # With no filter but types and dates, at least as sure as the default threshold: the edges
    # kb/facts.py keeps as it stores facts.
    kept = not (entity_id or entity_types) and min_confidence >= MIN_CONFIDENCE
    first = date_range(since)[0] if since else None
    last = date_range(until)[1] if until else None
    for kind in types or list(LINKS):
        if kind not in LINKS:
            continue
        source_role, target_role, directed = LINKS[kind]
        if kept:
            edges += [GraphEdge(source, target, kind, directed, n, sorted(ids.split(","))[:FACT_IDS])
                      for source, target, n, ids in kept_edges(store, kind, min_confidence, first, last, limit)]
            continue
        # The links of facts to entities carry the facts' type and confidence: the edges are
        # read from them. Around an entity, from its own links; else from the facts of the type
        # (an index of the facts by type), each one's links in the source role by the primary key.
        if entity_id:
            around = " FROM fact_entities e JOIN fact_entities a ON a.fact_id = e.fact_id AND a.role = ?"
            dates = " JOIN facts f ON f.id = a.fact_id" if since or until else ""
        else:
            around = " FROM facts f CROSS JOIN fact_entities a ON a.fact_id = f.id AND a.role = ?"
            dates = ""
        sql = ("SELECT a.entity_id AS s, b.entity_id AS t, count(DISTINCT a.fact_id) AS n,"
               f" group_concat(DISTINCT a.fact_id) AS ids{around}"
               " JOIN fact_entities b ON b.fact_id = a.fact_id AND b.role = ? AND b.entity_id != a.entity_id"
               f"{dates} WHERE a.type = ? AND a.confidence >= ?")
        params: list[Any] = [source_role, target_role, kind, min_confidence]
        if entity_id:
            sql += " AND e.entity_id = ? AND e.type = ?"
            params += [entity_id, kind]
        else:
            sql += " AND f.type = ?"
            params.append(kind)
        if not directed:
            sql += " AND a.entity_id < b.entity_id"
        if since:
            sql += f" AND {period_start('f')} >= ?"
            params.append(date_range(since)[0])
        if until:
            sql += f" AND {period_end('f')} <= ?"
            params.append(date_range(until)[1])
        if entity_id:
            sql += " AND ? IN (a.entity_id, b.entity_id)"
            params.append(entity_id)
        if entity_types:
            marks = ",".join("?" * len(entity_types))
            sql += (f" AND (SELECT type FROM entities WHERE id = a.entity_id) IN ({marks})"
                    f" AND (SELECT type FROM entities WHERE id = b.entity_id) IN ({marks})")
            params += [*entity_types, *entity_types]
        sql += " GROUP BY a.entity_id, b.entity_id ORDER BY n DESC, a.entity_id, b.entity_id LIMIT ?"
        params.append(limit)
        edges += [GraphEdge(r["s"], r["t"], kind, directed, r["n"], sorted(r["ids"].split(","))[:FACT_IDS])
                  for r in store.query(sql, tuple(params))]
    if entity_id and mentions:
        edges += [GraphEdge(entity_id, other, MENTION, False, n)
                  for other, n in co_mentioned(store, entity_id, mentions)]
    edges.sort(key=lambda e: (-e.weight, e.kind, e.source, e.target))
    truncated = len(edges) > limit
    edges = edges[:limit]
    degree: Counter[str] = Counter()
    for e in edges:
        degree[e.source] += 1
        degree[e.target] += 1
    if entity_id:
        degree[entity_id] += 0
    ids = sorted(degree)
    nodes: list[GraphNode] = []
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        nodes += [GraphNode(r["id"], r["name"], r["type"], degree[r["id"]]) for r in store.query(
            f"SELECT id, name, type FROM entities WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk))]
    nodes.sort(key=lambda n: (-n.degree, n.name))
    return Graph(nodes, edges, truncated)


def kept_edges(store: Store, kind: str, min_confidence: float, first: str | None, last: str | None,
               limit: int) -> list[tuple[str, str, int, str]]:
    """(source, target, facts, their ids) of the `limit` heaviest edges of a link type, counted
    over the facts at least `min_confidence` sure (not below the default threshold) whose
    period lies within `first` .. `last` (ISO days; None: unbounded), from the kept edges.

    Undated at the default threshold, they are the first rows of graph_pairs_weight. Otherwise
    they are counted from graph_links: first over the pairs linked by two facts or more
    (graph_pairs), which holds the heaviest when the lightest of them still weighs two (a pair
    linked by one fact weighs one at most), else over every edge of the period."""
    if first is None and last is None and min_confidence == MIN_CONFIDENCE:
        return [(r[0], r[1], r[2], r[3]) for r in store.query(
            "SELECT source, target, n, ids FROM graph_pairs WHERE kind = ?"
            " ORDER BY n DESC, source, target LIMIT ?", (kind, limit))]
    conditions = [(column, value) for column, value in (("date_start >=", first), ("date_end <=", last),
                                                         ("confidence >=", min_confidence)) if value is not None]
    params = [value for _, value in conditions]

    def where(prefix: str) -> str:
        return "".join(f" AND {prefix}{column} ?" for column, _ in conditions)

    order = " GROUP BY l.source, l.target ORDER BY n DESC, l.source, l.target LIMIT ?"
    heavy = store.query(  # the pairs in order of weight, each one's edges by its primary key
        "SELECT l.source, l.target, count(*) AS n, group_concat(l.fact_id) FROM graph_pairs p"
        " CROSS JOIN graph_links l ON l.kind = p.kind AND l.source = p.source AND l.target = p.target"
        f" WHERE p.kind = ? AND p.n >= 2{where('+l.')}{order}", (kind, *params, limit))
    if len(heavy) == limit and heavy[-1][2] >= 2:
        return [(r[0], r[1], r[2], r[3]) for r in heavy]
    return [(r[0], r[1], r[2], r[3]) for r in store.query(  # a range of graph_links_dated
        f"SELECT l.source, l.target, count(*) AS n, group_concat(l.fact_id) FROM graph_links l"
        f" WHERE l.kind = ?{where('l.')}{order}", (kind, *params, limit))]


def co_mentioned(store: Store, entity_id: str, limit: int, sample: int = CO_SAMPLE) -> list[tuple[str, int]]:
    """The `limit` entities named in most of the entity's documents, with their numbers of
    documents in common, counted over `sample` of its documents at most: every one for most
    entities; for an entity named in more, the first by id, a sample that does not lean to any
    period since ids derive from the text. Its documents are named by number (schema 30): the
    first by id are found through their ids only when it has more than `sample` of them."""
    named = store.query("SELECT docs FROM entities WHERE id = ?", (entity_id,))
    mine = ("SELECT DISTINCT doc FROM doc_entities WHERE entity_id = ? LIMIT ?"  # all of them
            if named and named[0][0] <= sample else
            "SELECT DISTINCT de.doc, d.id FROM doc_entities de JOIN documents d ON d.rowid = de.doc"
            " WHERE de.entity_id = ? ORDER BY d.id LIMIT ?")
    return [(r[0], r[1]) for r in store.query(
        f"WITH mine AS MATERIALIZED ({mine})"
        " SELECT o.entity_id, count(DISTINCT o.doc) AS n FROM mine"
        " JOIN doc_entities o ON o.doc = mine.doc AND o.entity_id != ?"
        " GROUP BY o.entity_id ORDER BY n DESC, o.entity_id LIMIT ?", (entity_id, sample, entity_id, limit))]


def pairs_of(store: Store, where: str, params: tuple[Any, ...]) -> list[Link]:
    """Every edge of the facts at least as sure as the default threshold whose links `where`
    selects (on `a`, the source's link, or `b`, the target's)."""
    out: list[Link] = []
    for kind, (source_role, target_role, directed) in LINKS.items():
        order = " AND a.entity_id < b.entity_id" if not directed else ""
        out += [(kind, r[0], r[1], r[2], r[3], r[4], r[5]) for r in store.query(
            f"SELECT DISTINCT a.entity_id, b.entity_id, a.fact_id, {period_start('f')}, {period_end('f')}, a.confidence"
            " FROM fact_entities a JOIN fact_entities b"
            " ON b.fact_id = a.fact_id AND b.role = ? AND b.entity_id != a.entity_id"
            " JOIN facts f ON f.id = a.fact_id"
            f" WHERE a.type = ? AND a.role = ? AND a.confidence >= ?{order} AND ({where})",
            (target_role, kind, source_role, MIN_CONFIDENCE, *params))]
    return out


def add_pairs(store: Store, links: list[Link]) -> None:
    """Keep new edges of facts in the graph's tables (graph_links, and their counts by pair in
    graph_pairs)."""
    store.execute_many(
        "INSERT INTO graph_links (kind, source, target, fact_id, date_start, date_end, confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", links)
    _count(store, {link[:3] for link in links})


def drop_pairs(store: Store, links: list[Link]) -> None:
    """Forget edges of facts (their fact gone, or linked, dated or sure otherwise now)."""
    store.execute_many("DELETE FROM graph_links WHERE kind = ? AND source = ? AND target = ? AND fact_id = ?",
                       [link[:4] for link in links])
    _count(store, {link[:3] for link in links})


def _count(store: Store, pairs: set[tuple[str, str, str]]) -> None:
    """Count these pairs' edges again, their fact ids in order: the same whatever the order the
    edges came in."""
    for kind, source, target in sorted(pairs):
        ids = sorted(r[0] for r in store.query(
            "SELECT fact_id FROM graph_links WHERE kind = ? AND source = ? AND target = ?", (kind, source, target)))
        if ids:
            store.execute("INSERT INTO graph_pairs (kind, source, target, n, ids) VALUES (?, ?, ?, ?, ?)"
                          " ON CONFLICT (kind, source, target) DO UPDATE SET n = excluded.n, ids = excluded.ids",
                          (kind, source, target, len(ids), ",".join(ids)))
        else:
            store.execute("DELETE FROM graph_pairs WHERE kind = ? AND source = ? AND target = ?",
                          (kind, source, target))


def relink(store: Store, fact_ids: list[str]) -> None:
    """Keep the edges of these facts as their links to entities, dates and confidence now are
    (a fact stored, drawn again from a better statement, or gone)."""
    where = "a.fact_id IN (SELECT value FROM json_each(?))"
    ids = json.dumps(sorted(set(fact_ids)))
    stored = {tuple(r) for r in store.query(
        "SELECT kind, source, target, fact_id, date_start, date_end, confidence FROM graph_links a"
        f" WHERE {where}", (ids,))}
    wanted = set(pairs_of(store, where, (ids,)))
    drop_pairs(store, sorted(stored - wanted, key=lambda link: link[:4]))  # type: ignore[arg-type]
    add_pairs(store, sorted(wanted - stored, key=lambda link: link[:4]))


def recount_pairs(store: Store, entity_ids: list[str]) -> None:
    """Keep again the edges touching these entities (after a split or a merge)."""
    marks = ",".join("?" * len(entity_ids))
    for table in ("graph_pairs", "graph_links"):
        store.execute(f"DELETE FROM {table} WHERE source IN ({marks}) OR target IN ({marks})",
                      (*entity_ids, *entity_ids))
    # the edges whose source is one of them, then those whose target is: each read from these
    # entities' own links (the index of an entity's links), not from every link of a type
    links = {link for end in ("a", "b") for link in pairs_of(store, f"{end}.entity_id IN ({marks})", tuple(entity_ids))}
    add_pairs(store, sorted(links, key=lambda link: link[:4]))
