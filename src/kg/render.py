"""The interactive network explorer: one self-contained HTML page (the only module using pyvis).

pyvis builds the vis-network nodes, edges and options; the page itself comes from
`data/templates/explorer.html`, which inlines the vendored vis-network (`data/vendor/`) instead
of pyvis's template, since that one loads Bootstrap and other assets from CDNs even with
`cdn_resources="in_line"`. Graph data travels as JSON in a `<script type="application/json">`
block (with <, >, & escaped) and every name and sentence reaches the DOM through `textContent`,
so a label such as `<img src=x onerror=alert(1)>` is shown as text.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup
from pyvis.network import Network

from .analytics import Metrics, compute
from .errors import KgError
from .namespaces import ID
from .network import RELATIONS, NetworkOptions, collapse, project
from .store import Store

__all__ = ["RenderError", "SIZE_BY", "COLOR_BY", "explorer_document", "render_explorer", "explorer_html"]

DATA_DIR = Path(__file__).parent / "data"
VENDOR_JS = DATA_DIR / "vendor" / "vis-network.min.js"
#: metrics a node can be sized by
SIZE_BY = ("pagerank", "betweenness", "eigenvector", "closeness", "degree", "weighted_degree")
COLOR_BY = ("type", "community")

TYPE_COLORS = {"Person": "#f59f00", "State": "#1c7ed6", "Organization": "#0ca678", "Place": "#868e96"}
#: relation -> (label, colour, curvature) — curvature keeps parallel edges of two relations apart
RELATION_STYLE = {
    "met": ("met", "#748ffc", {"type": "continuous", "roundness": 0.2}),
    "pledged_to": ("pledged to", "#40c057", {"type": "curvedCW", "roundness": 0.18}),
    "struck": ("struck", "#fa5252", {"type": "curvedCCW", "roundness": 0.18}),
    "spoke_about": ("spoke about", "#be4bdb", {"type": "curvedCW", "roundness": 0.32}),
}
COMMUNITY_COLORS = ("#4c6ef5", "#f76707", "#37b24d", "#e64980", "#7048e8", "#1098ad", "#f59f00",
                    "#d6336c", "#74b816", "#845ef7", "#15aabf", "#fd7e14")
OTHER_COLOR = "#adb5bd"
MIN_SIZE, MAX_SIZE = 10, 42
LABEL_CHARS = 28


class RenderError(KgError):
    """The explorer cannot be drawn: unknown size/colour option, or the page cannot be written."""


def _fmt(value: float) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:.3g}"


def _entity_path(node: str) -> str:
    """'https://w3id.org/actor-kg/id/person/x' -> 'id/person/x' (the server's entity page)."""
    base = str(ID)
    return "id/" + node[len(base):] if node.startswith(base) else ""


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _edge_items(graph: nx.Graph):
    """(source, target, relation, data) for a projection, or split by relation for a collapsed graph."""
    if graph.is_multigraph():
        for u, v, key, data in graph.edges(keys=True, data=True):
            yield u, v, data.get("relation", key), data
        return
    for u, v, data in graph.edges(data=True):
        for relation in data.get("relations") or [data.get("relation", "met")]:
            yield u, v, relation, {**data, "weight": data.get(relation, data.get("weight", 1))}


def _edge_facts(data: dict) -> list[list[str]]:
    facts = [["Evidence", _fmt(data.get("weight", 1))]]
    if data.get("events"):
        facts.append(["Events", _fmt(data["events"])])
    dates = data.get("dates") or []
    if dates:
        facts.append(["Dates", ", ".join(dates) if len(dates) <= 4 else f"{dates[0]} … {dates[-1]} ({len(dates)} days)"])
    for currency, amount in (data.get("amounts") or {}).items():
        facts.append(["Pledged", f"{currency} {_fmt(amount)}"])
    return facts


def _node_facts(attrs: dict, m) -> list[list[str]]:
    facts = []
    if m is not None:
        facts += [["PageRank", _fmt(m.pagerank)], ["Betweenness", _fmt(m.betweenness)],
                  ["Degree", f"{m.degree} ({_fmt(m.weighted_degree)} weighted)"],
                  ["Eigenvector", _fmt(m.eigenvector)], ["Closeness", _fmt(m.closeness)],
                  ["Community", str(m.community)]]
    counts = [f"{attrs.get(k, 0)} {k}" for k in ("meetings", "pledges", "strikes", "statements") if attrs.get(k)]
    if counts:
        facts.append(["Events", ", ".join(counts)])
    return facts


def _colors(graph: nx.Graph, metrics: Metrics, color_by: str) -> tuple[dict[str, str], dict]:
    """Colour per node, and the legend."""
    if color_by == "type":
        present = {graph.nodes[n].get("type", "") for n in graph}
        items = [{"label": t, "color": c} for t, c in TYPE_COLORS.items() if t in present]
        return {n: TYPE_COLORS.get(graph.nodes[n].get("type", ""), OTHER_COLOR) for n in graph}, \
            {"title": "Node colour: type", "items": items}
    community = metrics.column("community")
    sizes: dict[int, int] = {}
    for n in graph:
        c = community.get(n, -1)
        sizes[c] = sizes.get(c, 0) + 1
    colors = {n: COMMUNITY_COLORS[c] if 0 <= (c := community.get(n, -1)) < len(COMMUNITY_COLORS) else OTHER_COLOR
              for n in graph}
    items = [{"label": f"Community {c} ({sizes[c]})", "color": COMMUNITY_COLORS[c]}
             for c in sorted(sizes) if 0 <= c < len(COMMUNITY_COLORS)]
    if any(c < 0 or c >= len(COMMUNITY_COLORS) for c in sizes):
        items.append({"label": "smaller communities", "color": OTHER_COLOR})
    return colors, {"title": "Node colour: community", "items": items}


def _options(n_nodes: int) -> dict:
    return {
        "nodes": {"shape": "dot", "borderWidth": 1.5,
                  "font": {"size": 15, "face": "system-ui, sans-serif", "color": "#1f2430",
                           "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "edges": {"selectionWidth": 2, "arrowStrikethrough": False, "hoverWidth": 1.5},
        "interaction": {"hover": True, "tooltipDelay": 150, "multiselect": False},
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -160, "centralGravity": 0.015,
                                 "springLength": 170, "springConstant": 0.035, "damping": 0.5,
                                 "avoidOverlap": 0.8},
            "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 50, "fit": True},
        },
    }


def explorer_document(graph: nx.Graph, metrics: Metrics | None = None, *, size_by: str = "pagerank",
                      color_by: str = "type", base_url: str = "/", title: str = "Actor network") -> str:
    """The explorer page for `graph` (a projection from network.project, or a collapsed graph)."""
    if size_by not in SIZE_BY:
        raise RenderError(f"cannot size nodes by {size_by!r}; choose one of {', '.join(SIZE_BY)}")
    if color_by not in COLOR_BY:
        raise RenderError(f"cannot colour nodes by {color_by!r}; choose one of {', '.join(COLOR_BY)}")
    if metrics is None:
        metrics = compute(collapse(graph) if graph.is_multigraph() else graph)
    by_node = metrics.by_node()
    sizes = metrics.column(size_by)
    top = max(sizes.values(), default=0) or 1
    colors, legend = _colors(graph, metrics, color_by)
    edge_list = list(_edge_items(graph))
    n_edges: dict[str, int] = {}
    for u, v, *_ in edge_list:
        n_edges[u] = n_edges.get(u, 0) + 1
        n_edges[v] = n_edges.get(v, 0) + 1

    # directed=True: pyvis then keeps parallel edges of different relations (and skips its
    # quadratic duplicate check); arrows are set per relation below
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.options = _options(len(graph))
    for node in sorted(graph, key=str):
        attrs = graph.nodes[node]
        name = str(attrs.get("label", node))
        color = colors[node]
        size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(max(sizes.get(node, 0), 0) / top)
        net.add_node(
            str(node), label=_short(name), shape="dot", size=size,
            font={"size": round(13 + (size - MIN_SIZE) / 2.5)},
            color={"background": color, "border": "#ffffff", "highlight": {"background": color, "border": "#1f2430"},
                   "hover": {"background": color, "border": "#1f2430"}},
            kg={"name": name, "type": str(attrs.get("type", "")), "qid": str(attrs.get("qid", "")),
                "path": _entity_path(str(node)), "edges": n_edges.get(node, 0),
                "facts": _node_facts(attrs, by_node.get(node))},
        )
    relation_counts = {r: 0 for r in RELATIONS}
    all_dates: set[str] = set()
    for u, v, relation, data in sorted(edge_list, key=lambda e: (str(e[0]), str(e[1]), e[2])):
        label, color, smooth = RELATION_STYLE.get(relation, (relation, OTHER_COLOR, {"type": "continuous"}))
        relation_counts[relation] = relation_counts.get(relation, 0) + 1
        dates = list(data.get("dates") or [])
        all_dates.update(dates)
        weight = data.get("weight", 1)
        net.add_edge(
            str(u), str(v), id=f"{u} {relation} {v}",
            color={"color": color, "highlight": color, "hover": color, "opacity": 0.7},
            width=0.8 + 1.4 * math.log2(weight) if weight >= 1 else 0.8, smooth=smooth,
            arrows={"to": {"enabled": not data.get("symmetric", relation == "met"), "scaleFactor": 0.6}},
            kg={"relation": relation, "dates": dates, "evidence": list(data.get("evidence") or []),
                "source": str(graph.nodes[u].get("label", u)), "target": str(graph.nodes[v].get("label", v)),
                "facts": _edge_facts(data)},
        )
    nodes, edges, _, _, _, options = net.get_network_data()
    sampled = f", estimated from {metrics.sample_k} sources" if metrics.sample_k and size_by in (
        "betweenness", "closeness") else ""
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "base": base_url.rstrip("/") + "/",
        "relations": {r: {"label": RELATION_STYLE.get(r, (r,))[0], "color": RELATION_STYLE.get(r, (r, OTHER_COLOR))[1],
                          "count": c} for r, c in relation_counts.items()},
        "relationOrder": [r for r, c in relation_counts.items() if c],
        "dates": sorted(all_dates),
        "legend": legend,
        "sizeNote": f"Node size: {size_by.replace('_', ' ')}{sampled}. Edge width: evidence count.",
        "summary": f"{len(nodes)} nodes, {len(edges)} edges, {metrics.communities} communities",
    }
    vis_js = VENDOR_JS.read_text(encoding="utf-8")
    if "</script" in vis_js.lower():  # would end the inline <script> early
        raise RenderError(f"{VENDOR_JS}: vendored script contains '</script'; re-vendor it")
    env = Environment(loader=FileSystemLoader(DATA_DIR / "templates"), autoescape=select_autoescape(["html"]))
    return env.get_template("explorer.html").render(
        title=title, vis_js=Markup(vis_js), data_json=htmlsafe_json_dumps(data, sort_keys=True))


def render_explorer(graph: nx.Graph, metrics: Metrics | None, path: str | Path, *, size_by: str = "pagerank",
                    color_by: str = "type", base_url: str = "/", title: str = "Actor network") -> Path:
    """Write the explorer for `graph` to `path` (one HTML file, no external resources)."""
    html = explorer_document(graph, metrics, size_by=size_by, color_by=color_by, base_url=base_url, title=title)
    return write_page(html, path)


def write_page(html: str, path: str | Path) -> Path:
    """Write an explorer page to `path`, creating its folder; RenderError when it cannot."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"{path}: cannot write the explorer ({exc.strerror or exc})") from exc
    return path


def explorer_html(store: Store, *, size_by: str = "pagerank", color_by: str = "type", base_url: str = "/",
                  title: str = "Actor network", **network_options) -> str:
    """The explorer page of everything in `store`; `network_options` are NetworkOptions fields
    (isolated actors are left out unless `isolates=True`)."""
    network_options.setdefault("isolates", False)
    try:
        options = NetworkOptions(**network_options)
    except TypeError as exc:
        raise RenderError(f"unknown explorer option ({exc}); use NetworkOptions fields") from exc
    projection = project(store, options)
    metrics = compute(collapse(projection, options.directed))
    return explorer_document(projection, metrics, size_by=size_by, color_by=color_by, base_url=base_url,
                             title=title)
