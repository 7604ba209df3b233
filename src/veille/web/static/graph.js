// The entity graph: fetched from the page's JSON twin (data-src), laid out in the browser by
// Cytoscape.js (vendor/cytoscape.min.js). Names are drawn on the canvas as text, never as
// markup. A click on an entity opens its profile, on a link the fact behind it.
(function () {
  "use strict";

  var COLOURS = { organization: "#2f6db5", person: "#b5482f", place: "#3d8b4f", product: "#8a4fb5", event: "#b58a2f" };
  var LINKS = { funding: "#d1495b", agreement: "#00798c", role: "#edae49", launch: "#66a182", mention: "#b8b8b8" };

  function draw(box, graph) {
    var elements = [];
    graph.nodes.forEach(function (n) {
      elements.push({ data: { id: n.id, label: n.name, type: n.type, degree: n.degree,
                              focus: n.id === box.dataset.focus ? 1 : 0 } });
    });
    graph.edges.forEach(function (e, i) {
      elements.push({ data: { id: "e" + i, source: e.source, target: e.target, kind: e.kind,
                              directed: e.directed ? 1 : 0, weight: e.weight, fact: e.facts[0] || "" } });
    });
    var style = [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 12, "min-zoomed-font-size": 6, "color": "#222", "text-valign": "bottom", "text-margin-y": 3,
        "width": "mapData(degree, 1, 12, 14, 40)", "height": "mapData(degree, 1, 12, 14, 40)",
        "background-color": "#777", "text-wrap": "ellipsis", "text-max-width": 140 } },
      { selector: "node[focus = 1]", style: { "border-width": 3, "border-color": "#111", "font-weight": "bold" } },
      { selector: "edge", style: {
        "width": "mapData(weight, 1, 6, 1.5, 6)", "curve-style": "bezier", "line-color": "#999",
        "target-arrow-color": "#999", "opacity": 0.85 } },
      { selector: "edge[directed = 1]", style: { "target-arrow-shape": "triangle" } }
    ];
    Object.keys(COLOURS).forEach(function (type) {
      style.push({ selector: 'node[type = "' + type + '"]', style: { "background-color": COLOURS[type] } });
    });
    Object.keys(LINKS).forEach(function (kind) {
      style.push({ selector: 'edge[kind = "' + kind + '"]', style: { "line-color": LINKS[kind], "target-arrow-color": LINKS[kind] } });
    });
    var cy = window.cytoscape({
      container: box, elements: elements, style: style, maxZoom: 1.5, minZoom: 0.2,
      layout: { name: elements.length > 1 ? "cose" : "grid", animate: false, randomize: true, nodeRepulsion: 120000,
                idealEdgeLength: 80, nodeOverlap: 40, componentSpacing: 60, padding: 30 }
    });
    cy.on("tap", "node", function (event) {
      window.location.href = "/entities/" + encodeURIComponent(event.target.id());
    });
    cy.on("tap", "edge", function (event) {
      var fact = event.target.data("fact");
      if (fact) {
        window.location.href = "/facts/" + encodeURIComponent(fact);
      }
    });
    box.dataset.nodes = String(cy.nodes().length);
    box.dataset.edges = String(cy.edges().length);
    box.classList.add("drawn");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("graph");
    if (!box || !window.cytoscape) {
      return;
    }
    fetch(box.dataset.src, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (graph) {
        if (!graph.nodes || graph.nodes.length === 0) {
          box.classList.add("empty");
          box.dataset.nodes = "0";
          return;
        }
        draw(box, graph);
      });
  });
})();
