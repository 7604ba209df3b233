"""The entity graph (nodes, then edges: kb.export.graph_nodes and graph_edges) as GraphML and
GEXF for Gephi, yEd, Cytoscape or networkx, and as JSON lines. The XML is written element by
element as the rows come, never built whole in memory (networkx would hold the whole graph).

The graph is directed: investor -> recipient, person -> organisation, launcher -> product.
An agreement links its parties both ways; it is written once, from the smaller id, with
`mutual` true (networkx and Gephi's readers take a graph directed or not, never mixed). Two
entities linked by facts of two kinds have two edges (a multigraph)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from veille.export.jsonl import dumps

NODE_ATTRS = (("type", "string"), ("kind", "string"), ("documents", "int"), ("mentions", "int"))
EDGE_ATTRS = (("kind", "string"), ("weight", "int"), ("mutual", "boolean"), ("first", "string"),
              ("last", "string"), ("facts", "string"))
# Characters XML 1.0 cannot hold, even escaped (an article's name may carry them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


def _attr(value: Any) -> str:
    return quoteattr(_text(value))


def _edge_values(edge: dict[str, Any]) -> dict[str, Any]:
    return {"kind": edge["kind"], "weight": edge["weight"], "mutual": not edge["directed"],
            "first": edge["first"], "last": edge["last"], "facts": " ".join(edge["facts"])}


def _edge_id(edge: dict[str, Any]) -> str:
    return f"{edge['kind']}:{edge['source']}:{edge['target']}"


def write_graphml(nodes: Iterator[dict[str, Any]], edges: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """GraphML (http://graphml.graphdrawing.org): keys, then nodes, then edges. Returns the
    number of nodes and edges written."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
              ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
              ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
              ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    out.write('  <key id="label" for="node" attr.name="label" attr.type="string"/>\n')
    for name, kind in NODE_ATTRS:
        out.write(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n')
    for name, kind in EDGE_ATTRS:
        out.write(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>\n')
    out.write('  <graph id="veille" edgedefault="directed">\n')
    n = 0
    for node in nodes:
        data = "".join(f'<data key="n_{name}">{escape(_text(node[name]))}</data>'
                       for name, _ in NODE_ATTRS if node.get(name) is not None)
        out.write(f'    <node id={_attr(node["id"])}><data key="label">{escape(_text(node["name"]))}</data>'
                  f'{data}</node>\n')
        n += 1
    for edge in edges:
        values = _edge_values(edge)
        data = "".join(f'<data key="e_{name}">{escape(_text(values[name]))}</data>'
                       for name, _ in EDGE_ATTRS if values.get(name) is not None)
        out.write(f'    <edge id={_attr(_edge_id(edge))} source={_attr(edge["source"])}'
                  f' target={_attr(edge["target"])}>{data}</edge>\n')
        n += 1
    out.write("  </graph>\n</graphml>\n")
    return n


def write_gexf(nodes: Iterator[dict[str, Any]], edges: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """GEXF 1.2 (https://gexf.net), Gephi's own format: attribute declarations, then nodes,
    then edges (weighted by their number of facts)."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
              '  <meta><creator>Veille</creator><description>The entity graph built from facts'
              '</description></meta>\n'
              '  <graph defaultedgetype="directed" mode="static">\n'
              '    <attributes class="node" mode="static">\n')
    for name, kind in NODE_ATTRS:
        out.write(f'      <attribute id="{name}" title="{name}" type="{_gexf_type(kind)}"/>\n')
    out.write('    </attributes>\n    <attributes class="edge" mode="static">\n')
    for name, kind in EDGE_ATTRS:
        if name != "weight":  # an edge's own attribute in GEXF
            out.write(f'      <attribute id="{name}" title="{name}" type="{_gexf_type(kind)}"/>\n')
    out.write("    </attributes>\n    <nodes>\n")
    n = 0
    for node in nodes:
        values = "".join(f'<attvalue for="{name}" value={_attr(node[name])}/>'
                         for name, _ in NODE_ATTRS if node.get(name) is not None)
        out.write(f'      <node id={_attr(node["id"])} label={_attr(node["name"])}>'
                  f'<attvalues>{values}</attvalues></node>\n')
        n += 1
    out.write("    </nodes>\n    <edges>\n")
    for edge in edges:
        values_of = _edge_values(edge)
        values = "".join(f'<attvalue for="{name}" value={_attr(values_of[name])}/>'
                         for name, _ in EDGE_ATTRS if name != "weight" and values_of.get(name) is not None)
        out.write(f'      <edge id={_attr(_edge_id(edge))} source={_attr(edge["source"])}'
                  f' target={_attr(edge["target"])} label={_attr(edge["kind"])} weight="{edge["weight"]}">'
                  f'<attvalues>{values}</attvalues></edge>\n')
        n += 1
    out.write("    </edges>\n  </graph>\n</gexf>\n")
    return n


def _gexf_type(kind: str) -> str:
    return {"int": "integer"}.get(kind, kind)


def write_graph_jsonl(nodes: Iterator[dict[str, Any]], edges: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """One JSON line per node ({"node": ...}), then one per edge ({"edge": ...})."""
    n = 0
    for node in nodes:
        out.write(dumps({"node": node}) + "\n")
        n += 1
    for edge in edges:
        out.write(dumps({"edge": edge}) + "\n")
        n += 1
    return n
