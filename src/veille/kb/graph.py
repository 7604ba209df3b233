"""The entity graph built from facts: who funds whom (investor -> recipient), who signs with
whom (signatory <-> signatory), who holds a role where (person -> organisation), who launches
what (launcher -> product); and, around one entity, the entities named in the same
documents."""

from __future__ import annotations

from collections import Counter
from typing import Any

from veille.config import MIN_CONFIDENCE
from veille.kb.listing import CHUNK
from veille.kb.store import Store
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


def graph(store: Store, *, min_confidence: float, types: list[str] | None = None,
          entity_types: list[str] | None = None, since: str | None = None, until: str | None = None,
          entity_id: str | None = None, mentions: int = 0, limit: int = 300) -> Graph:
    """The edges of the facts of `types` (default: every type in LINKS) at least
    `min_confidence` sure, dated within `since` .. `until` when given, between entities of
    `entity_types` (default: any); only those touching `entity_id` when given, with its
    `mentions` most co-mentioned entities. The `limit` heaviest edges are kept."""
    edges: list[GraphEdge] = []
    # With no filter but types, at the default threshold: the edges kept by kb/facts.py.
    kept = not (since or until or entity_id or entity_types) and min_confidence == MIN_CONFIDENCE
    for kind in types or list(LINKS):
        if kind not in LINKS:
            continue
        source_role, target_role, directed = LINKS[kind]
        if kept:
            edges += [GraphEdge(r["source"], r["target"], kind, directed, r["n"],
                                sorted(r["ids"].split(","))[:FACT_IDS])
                      for r in store.query("SELECT source, target, n, ids FROM graph_pairs WHERE kind = ?"
                                           " ORDER BY n DESC, source, target LIMIT ?", (kind, limit))]
            continue
        # The links of facts to entities carry the facts' type and confidence: the edges are
        # read from them (the facts table only for dates); around an entity, from its own links.
        around = (" FROM fact_entities e JOIN fact_entities a ON a.fact_id = e.fact_id AND a.role = ?"
                  if entity_id else " FROM fact_entities a")
        dates = " JOIN facts f ON f.id = a.fact_id" if since or until else ""
        sql = ("SELECT a.entity_id AS s, b.entity_id AS t, count(DISTINCT a.fact_id) AS n,"
               f" group_concat(DISTINCT a.fact_id) AS ids{around}"
               " JOIN fact_entities b ON b.fact_id = a.fact_id AND b.role = ? AND b.entity_id != a.entity_id"
               f"{dates} WHERE a.type = ? AND a.confidence >= ?")
        params: list[Any] = [source_role] if entity_id else []
        params += [target_role, kind, min_confidence]
        if entity_id:
            sql += " AND e.entity_id = ? AND e.type = ?"
            params += [entity_id, kind]
        if not directed:
            sql += " AND a.entity_id < b.entity_id"
        if since:
            sql += " AND f.date_start >= ?"
            params.append(date_range(since)[0])
        if until:
            sql += " AND f.date_end <= ?"
            params.append(date_range(until)[1])
        if entity_id:
            sql += " AND ? IN (a.entity_id, b.entity_id)"
            params.append(entity_id)
        else:
            sql += " AND a.role = ?"
            params.append(source_role)
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


def co_mentioned(store: Store, entity_id: str, limit: int, sample: int = CO_SAMPLE) -> list[tuple[str, int]]:
    """The `limit` entities named in most of the entity's documents, with their numbers of
    documents in common, counted over `sample` of its documents at most: every one for most
    entities; for an entity named in more, the first by id, a sample that does not lean to any
    period since ids derive from the text."""
    return [(r[0], r[1]) for r in store.query(
        "WITH mine AS MATERIALIZED (SELECT DISTINCT doc_id FROM doc_entities WHERE entity_id = ?"
        " ORDER BY doc_id LIMIT ?)"
        " SELECT o.entity_id, count(DISTINCT o.doc_id) AS n FROM mine"
        " JOIN doc_entities o ON o.doc_id = mine.doc_id AND o.entity_id != ?"
        " GROUP BY o.entity_id ORDER BY n DESC, o.entity_id LIMIT ?", (entity_id, sample, entity_id, limit))]


def pairs_of(store: Store, where: str, params: tuple[Any, ...]) -> list[tuple[str, str, str, str]]:
    """(kind, source, target, fact id) of every edge of the facts at least as sure as the default
    threshold whose links `where` selects (on `a`, the source's link, or `b`, the target's)."""
    out: list[tuple[str, str, str, str]] = []
    for kind, (source_role, target_role, directed) in LINKS.items():
        order = " AND a.entity_id < b.entity_id" if not directed else ""
        out += [(kind, r[0], r[1], r[2]) for r in store.query(
            "SELECT DISTINCT a.entity_id, b.entity_id, a.fact_id FROM fact_entities a JOIN fact_entities b"
            " ON b.fact_id = a.fact_id AND b.role = ? AND b.entity_id != a.entity_id"
            f" WHERE a.type = ? AND a.role = ? AND a.confidence >= ?{order} AND ({where})",
            (target_role, kind, source_role, MIN_CONFIDENCE, *params))]
    return out


def add_pairs(store: Store, pairs: list[tuple[str, str, str, str]]) -> None:
    """Count new edges of facts in the kept graph (graph_pairs)."""
    store.execute_many(
        "INSERT INTO graph_pairs (kind, source, target, n, ids) VALUES (?, ?, ?, 1, ?)"
        " ON CONFLICT (kind, source, target) DO UPDATE SET n = n + 1, ids = ids || ',' || excluded.ids",
        pairs)


def recount_pairs(store: Store, entity_ids: list[str]) -> None:
    """Count again the kept edges touching these entities (after a split or a merge)."""
    marks = ",".join("?" * len(entity_ids))
    store.execute(f"DELETE FROM graph_pairs WHERE source IN ({marks}) OR target IN ({marks})",
                  (*entity_ids, *entity_ids))
    add_pairs(store, pairs_of(store, f"a.entity_id IN ({marks}) OR b.entity_id IN ({marks})",
                              (*entity_ids, *entity_ids)))
