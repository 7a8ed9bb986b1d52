"""The interactive graph page: pyvis over the networkx graph, one self-contained offline file.

pyvis holds the node and edge lists and the vis-network options and renders the
page from the project's own template (``templates/graph.html``), which inlines
vis-network's script and style from the pyvis package, so the page makes no
request to any other host. Every string from an article reaches the page as JSON
inside a ``<script type="application/json">`` block (with ``<``, ``>`` and ``&``
escaped) and is put on screen with ``textContent``, never as HTML.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from .network_export import importance, vocabulary

if TYPE_CHECKING:
    import networkx as nx

#: colour and shape per class (the legend)
STYLE = {
    "Zone": ("#2e7d32", "hexagon"), "Park": ("#43a047", "hexagon"), "FreeTradeZone": ("#1b5e20", "hexagon"),
    "Place": ("#1565c0", "dot"), "Country": ("#0d47a1", "dot"), "Province": ("#1976d2", "dot"),
    "City": ("#42a5f5", "dot"), "District": ("#90caf9", "dot"), "Region": ("#64b5f6", "dot"),
    "Organization": ("#6a1b9a", "box"), "Company": ("#e65100", "box"), "GovernmentBody": ("#c62828", "box"),
    "Institution": ("#8e24aa", "box"), "Project": ("#f9a825", "diamond"), "Policy": ("#00838f", "triangle"),
    "Industry": ("#6d4c41", "star"), "Person": ("#ad1457", "ellipse"), "Event": ("#ff7043", "square"),
}
FONT = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
        '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif')
_PLACEHOLDER = re.compile(r"/\*__VIS_CSS__\*/|/\*__VIS_JS__\*/|__KG_DATA__|__KG_TITLE__")
#: the page shows at most this many entities (the best-linked); kg.graphml and kg.ttl have all
MAX_NODES = 3000
#: above this many nodes the layout is a fast one, not a spring layout
_SPRING_LIMIT = 600


def layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions computed in Python, so the page draws at once with physics off.

    Up to _SPRING_LIMIT linked nodes get a spring layout; a larger graph gets a hub
    layout in linear time (its best-linked nodes by spring layout, every other
    node on rings around its best-linked neighbour). Nodes without links are set
    in rows below.
    """
    simple = skeleton(g)
    linked = sorted(n for n in simple if simple.degree(n) > 0)
    alone = sorted(n for n in simple if simple.degree(n) == 0)
    if len(linked) <= _SPRING_LIMIT:
        positions = _spring(induced(simple, linked)) if linked else {}
    else:
        positions = _hubs(induced(simple, linked))
        alone += [n for n in linked if n not in positions]
    bottom = max((y for _, y in positions.values()), default=0.0) + 160
    left = min((x for x, _ in positions.values()), default=0.0)
    per_row = max(6, int(len(alone) ** 0.5 * 1.6))
    longest = max((len(str(g.nodes[n].get("label", ""))) for n in alone), default=0)
    step = min(320, max(170, 13 * longest))  # room for the longest label of the rows
    for i, node in enumerate(alone):
        positions[node] = (round(left + (i % per_row) * step, 1), round(bottom + (i // per_row) * 90, 1))
    return positions


def skeleton(g: nx.MultiDiGraph) -> nx.Graph:
    """The undirected, attribute-free graph of g's nodes and links (cheap to build and walk)."""
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
    return simple


def induced(g: nx.Graph, nodes) -> nx.Graph:
    """The subgraph on nodes as a new graph in sorted order (a subgraph view of a small node
    set iterates in set order, which changes from one process to the next)."""
    keep = set(nodes)
    import networkx as nx

    sub = nx.Graph()
    sub.add_nodes_from(sorted(keep))
    sub.add_edges_from(sorted((u, v) if u <= v else (v, u) for u, v in g.edges(keep) if u in keep and v in keep))
    return sub


def _spring(g: nx.Graph, spread: float = 120) -> dict[str, tuple[float, float]]:
    n = g.number_of_nodes()
    import networkx as nx

    pos = nx.spring_layout(g, seed=7, k=2.5 / n ** 0.5, iterations=100)
    scale = spread * n ** 0.5
    return {node: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for node, (x, y) in pos.items()}


def _hubs(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Best-linked nodes by spring layout; every other node on rings around the node it was reached from."""
    import math
    from collections import deque

    order = sorted(g, key=lambda n: (-g.degree(n), n))
    hubs = order[: max(10, int(len(order) ** 0.5))]
    parent: dict[str, str | None] = {h: None for h in hubs}
    children: dict[str, list[str]] = {}
    queue = deque(hubs)
    while queue:  # breadth first from the hubs: each node hangs from the node that reached it
        node = queue.popleft()
        for nb in sorted(g.neighbors(node), key=lambda n: (-g.degree(n), n)):
            if nb not in parent:
                parent[nb] = node
                children.setdefault(node, []).append(nb)
                queue.append(nb)
    widest = max((len(k) for k in children.values()), default=1)
    positions = _spring(induced(g, hubs), spread=120 + 60 * widest ** 0.5)

    def place(node: str, radius: float) -> None:
        kids = children.get(node, [])
        x0, y0 = positions[node]
        ring, done = 0, 0
        while done < len(kids):
            ring += 1
            batch = kids[done:done + 8 * ring]
            for i, kid in enumerate(batch):
                angle = 2 * math.pi * i / len(batch) + ring * 0.3
                positions[kid] = (round(x0 + radius * ring * math.cos(angle), 1),
                                  round(y0 + radius * ring * math.sin(angle), 1))
            done += len(batch)
        for kid in kids:
            place(kid, max(25.0, radius * 0.5))

    for hub in hubs:
        place(hub, 60.0)
    return positions


#: the node attributes shown in the node panel
DETAIL_KEYS = ("label", "cls", "cls_zh", "aliases", "pinyin", "iri", "facts", "indicators", "evidence",
               "evidence_total", "codes")


@dataclass(frozen=True, slots=True)
class PageNode:
    label: str
    cls: str
    details: str  # script_json of the node panel's attributes


@dataclass(frozen=True, slots=True)
class PageEdge:
    source: str
    target: str
    predicate: str
    label: str
    details: str  # script_json of {"evidence", "label_en"}


def page_node(attrs: dict) -> PageNode:
    return PageNode(attrs["label"], attrs["cls"], script_json({k: attrs[k] for k in DETAIL_KEYS}))


def page_edge(source: str, target: str, predicate: str, attrs: dict) -> PageEdge:
    return PageEdge(source, target, predicate, attrs["label"],
                    script_json({"evidence": attrs["evidence"], "label_en": attrs["label_en"]}))


def generate_html(g: nx.MultiDiGraph, title: str = "知识图谱 Knowledge graph", max_nodes: int = MAX_NODES) -> str:
    """The page's HTML text; a graph of more than max_nodes entities shows its best-linked ones."""
    shown = set(best_linked(dict(g.degree()), max_nodes))
    nodes = {k: page_node(g.nodes[k]) for k in shown}
    edges = [page_edge(u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if u in shown and v in shown]
    return page_of(nodes, edges, g.number_of_nodes(), title, max_nodes)


def best_linked(degrees: dict[str, int], max_nodes: int = MAX_NODES) -> list[str]:
    """The entities on the page: all of a small graph, the max_nodes best-linked of a large one."""
    return sorted(degrees, key=lambda k: (-degrees[k], k))[:max_nodes]


def page_of(nodes: dict[str, PageNode], edges: list[PageEdge], total: int, title: str,
            max_nodes: int = MAX_NODES) -> str:
    """The page of the shown nodes of a graph of total entities (the title says when some are left out)."""
    if total > max_nodes:
        title = f"{title} — {max_nodes} / {total}"
    return render_page(nodes, edges, title)


def render_page(nodes: dict[str, PageNode], edges: list[PageEdge], title: str) -> str:
    """The page of these nodes and the edges among them (their panels' JSON made beforehand)."""
    from pyvis.network import Network

    vocab = vocabulary()
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_nodes_from((k, {"label": nodes[k].label}) for k in sorted(nodes))
    edges = sorted(edges, key=lambda e: (e.source, e.target, e.predicate))
    g.add_edges_from((e.source, e.target, e.predicate) for e in edges)
    ranks = importance(g)
    top = max(ranks.values(), default=1.0)
    positions = layout(g)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="local", heading="")
    net.set_template_dir(str(files("kg") / "templates"), "graph.html")
    ids = {key: i for i, key in enumerate(sorted(nodes))}
    net.nodes = []
    net.node_ids = []
    for key in sorted(nodes):
        node = nodes[key]
        color, shape = STYLE.get(node.cls, ("#757575", "dot"))
        x, y = positions.get(key, (0.0, 0.0))
        font = {"color": "#ffffff"} if shape in ("box", "ellipse") else {"color": "#222222"}
        net.nodes.append({"id": ids[key], "label": node.label, "group": node.cls, "shape": shape,
                          "color": color, "font": font, "x": x, "y": y,
                          "size": round(12 + 28 * (ranks.get(key, 0) / top if top else 0), 1)})
        net.node_ids.append(ids[key])
    net.edges = [{"id": i, "from": ids[e.source], "to": ids[e.target], "label": e.label,
                  "predicate": e.predicate, "arrows": "to"} for i, e in enumerate(edges)]
    net.options = {
        "physics": {"enabled": False, "stabilization": {"enabled": True, "iterations": 150, "fit": True},
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 140}},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "nodes": {"font": {"face": FONT, "size": 14}, "borderWidth": 1},
        "edges": {"font": {"face": FONT, "size": 10, "align": "middle", "color": "#555"},
                  "smooth": False, "color": {"color": "#9e9e9e", "highlight": "#333"}},
        "layout": {"improvedLayout": False},
    }
    legend = [{"cls": c, "zh": vocab[c][1], "en": vocab[c][2], "color": STYLE[c][0], "shape": STYLE[c][1],
               "count": sum(1 for n in net.nodes if n["group"] == c)} for c in STYLE]
    rest = {"title": title, "nodes": net.nodes, "edges": net.edges, "options": net.options,
            "legend": [x for x in legend if x["count"]], "font": FONT}
    # keys in sorted order, as script_json would write them: details, edgeDetails, then the rest
    details = ",".join(f'"{ids[k]}":{nodes[k].details}' for k in sorted(nodes))
    edge_details = ",".join(f'"{i}":{e.details}' for i, e in enumerate(edges))
    payload = f'{{"details":{{{details}}},"edgeDetails":{{{edge_details}}},{script_json(rest)[1:]}'
    html = net.generate_html(notebook=False)
    lib = Path(str(files("pyvis") / "lib" / "vis-9.1.2"))
    fill = {"/*__VIS_CSS__*/": (lib / "vis-network.css").read_text(encoding="utf-8"),
            "/*__VIS_JS__*/": (lib / "vis-network.min.js").read_text(encoding="utf-8"),
            "__KG_DATA__": payload, "__KG_TITLE__": _escape_text(title)}
    return _PLACEHOLDER.sub(lambda m: fill[m.group()], html)  # one pass: filled text is never rescanned


def script_json(value) -> str:
    """JSON that is safe inside a <script> element whatever the strings hold."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
