"""Who is connected to whom in one story, drawn at build time as inline SVG.

Two entities are connected when one sentence names both (co-mention), or when
one speaks about the other (a statement whose sentences name the other).
``connections`` is pure and computes the graph; ``arc_svg`` draws it as a
vertical arc diagram: one row per entity, so labels stay readable on a phone
and the picture grows downwards, never sideways.

Everything drawn is escaped; node labels are links to the entity pages, the
arcs are decoration (the same facts are listed in text beside the picture).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Callable

from ..model import Story
from ..reading.characters import balance_bidi

MAX_NODES = 14  # penjelas.css has a highlight rule for each row, pj-n0 … pj-n13
ROW = 34  # px between rows
TOP = 20
NODE_X = 150  # the column of nodes; arcs bulge to its left
MAX_BULGE = 138
WIDTH = 380
SHAPES = {"person": "circle", "media": "square", "organization": "square", "group": "square", "country": "diamond", "place": "diamond"}


@dataclass
class Edge:
    a: str
    b: str
    together: int = 0  # sentences naming both
    speaks: dict[str, int] = field(default_factory=dict)  # speaker id -> statements about the other

    @property
    def weight(self) -> int:
        return self.together + sum(self.speaks.values())


@dataclass
class Graph:
    nodes: list[str]  # entity ids, in drawing order
    edges: list[Edge]

    def degree(self, eid: str) -> int:
        return sum(e.weight for e in self.edges if eid in (e.a, e.b))

    def neighbours(self, eid: str) -> list[tuple[str, Edge]]:
        out = [(e.b if e.a == eid else e.a, e) for e in self.edges if eid in (e.a, e.b)]
        out.sort(key=lambda x: (-x[1].weight, x[0]))
        return out


def connections(story: Story, max_nodes: int = MAX_NODES) -> Graph:
    """The co-mention and statement graph of the story's best-connected entities."""
    by_sentence: dict[str, list[str]] = {}
    for m in story.mentions:
        ids = by_sentence.setdefault(m.sentence, [])
        if m.entity not in ids:
            ids.append(m.entity)
    edges: dict[tuple[str, str], Edge] = {}

    def edge(x: str, y: str) -> Edge:
        key = (x, y) if x < y else (y, x)
        if key not in edges:
            edges[key] = Edge(*key)
        return edges[key]

    for ids in by_sentence.values():
        for i, x in enumerate(ids):
            for y in ids[i + 1:]:
                edge(x, y).together += 1
    for st in story.statements:
        if not st.speaker:
            continue
        about: list[str] = []
        for sid in st.sentences:
            for eid in by_sentence.get(sid, []):
                if eid != st.speaker and eid not in about:
                    about.append(eid)
        for eid in about:
            e = edge(st.speaker, eid)
            e.speaks[st.speaker] = e.speaks.get(st.speaker, 0) + 1

    mentions: dict[str, int] = {}
    for m in story.mentions:
        mentions[m.entity] = mentions.get(m.entity, 0) + 1
    degree: dict[str, int] = {}
    for e in edges.values():
        degree[e.a] = degree.get(e.a, 0) + e.weight
        degree[e.b] = degree.get(e.b, 0) + e.weight
    ranked = sorted(degree, key=lambda x: (-degree[x], -mentions.get(x, 0), x))[:max_nodes]
    keep = set(ranked)
    kept = _prune([e for e in edges.values() if e.a in keep and e.b in keep], ranked)
    return Graph(_order(ranked, kept), sorted(kept, key=lambda e: (e.a, e.b)))


def _prune(edges: list[Edge], nodes: list[str], strongest: int = 2) -> list[Edge]:
    """Fewer lines, same picture: keep every statement and every pair named
    together more than once, plus each entity's strongest ties, so that no
    entity is left alone. A small graph is kept whole."""
    if len(edges) <= 2 * len(nodes):
        return edges
    keep = {id(e) for e in edges if e.speaks or e.together > 1}
    for n in nodes:
        mine = sorted((e for e in edges if n in (e.a, e.b)), key=lambda e: (-e.weight, e.a, e.b))
        keep.update(id(e) for e in mine[:strongest])
    return [e for e in edges if id(e) in keep]


def _order(nodes: list[str], edges: list[Edge]) -> list[str]:
    """Greedy order that keeps strongly connected entities close together, so
    arcs stay short: start from the best connected, then always add the node
    most tied to those already placed (weighted towards the last few)."""
    if not nodes:
        return []
    weight: dict[tuple[str, str], int] = {}
    for e in edges:
        weight[(e.a, e.b)] = weight[(e.b, e.a)] = e.weight
    placed = [nodes[0]]
    rest = nodes[1:]
    while rest:
        def pull(n: str) -> tuple:
            score = sum(weight.get((n, p), 0) / (1 + (len(placed) - 1 - i)) for i, p in enumerate(placed))
            return (-score, nodes.index(n))
        nxt = min(rest, key=pull)
        placed.append(nxt)
        rest.remove(nxt)
    return placed


def _shape(kind: str, x: float, y: float) -> str:
    shape = SHAPES.get(kind, "circle")
    if shape == "square":
        return f'<rect x="{x - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" rx="2"/>'
    if shape == "diamond":
        return f'<path d="M{x:.1f} {y - 8:.1f}L{x + 8:.1f} {y:.1f}L{x:.1f} {y + 8:.1f}L{x - 8:.1f} {y:.1f}Z"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7"/>'


def _arc(ya: float, yb: float, e: Edge, cls: str) -> str:
    ya, yb = min(ya, yb), max(ya, yb)  # top to bottom, so that sweep 0 bulges left
    span = (yb - ya) / 2
    bulge = min(span, MAX_BULGE) if span else 10
    width = min(1 + e.weight * 0.6, 6)
    kind = "pj-arc-speaks" if e.speaks else "pj-arc-together"
    return (f'<path class="pj-arc {kind} {cls}" d="M{NODE_X} {ya:.1f}A{bulge:.1f} {span:.1f} 0 0 0 {NODE_X} {yb:.1f}" '
            f'stroke-width="{width:.1f}"/>')


def arc_svg(graph: Graph, name: Callable[[str], str], kind: Callable[[str], str], href: Callable[[str], str],
            node_label: Callable[[str, int], str], title_id: str) -> str:
    """The arc diagram as an inline SVG string; every text escaped."""
    if not graph.nodes:
        return ""
    y = {n: TOP + i * ROW for i, n in enumerate(graph.nodes)}
    height = TOP * 2 + (len(graph.nodes) - 1) * ROW
    def esc(text: str) -> str:
        return html.escape(balance_bidi(text))

    parts = [f'<svg class="pj-graph-svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
             f'role="group" aria-labelledby="{esc(title_id)}" focusable="false">']
    # Arcs carry the row numbers of their two ends (pj-e0 … pj-e13); the
    # stylesheet highlights a node's arcs while its link has focus or hover,
    # so the picture needs no script and no copy of the arcs.
    row = {n: i for i, n in enumerate(graph.nodes)}
    parts.append('<g class="pj-arcs" aria-hidden="true" fill="none">')
    for e in graph.edges:
        parts.append(_arc(y[e.a], y[e.b], e, f"pj-e{row[e.a]} pj-e{row[e.b]}"))
    parts.append("</g>")
    for n in graph.nodes:
        label = node_label(n, graph.degree(n))
        parts.append(
            f'<a class="pj-node pj-n{row[n]} pj-node-{esc(kind(n))}" href="{esc(href(n))}" aria-label="{esc(label)}">'
            f'<rect class="pj-node-hit" x="{NODE_X - 12}" y="{y[n] - ROW / 2 + 2:.1f}" width="{WIDTH - NODE_X + 10}" height="{ROW - 4}" rx="4"/>'
            f'<g class="pj-node-mark" aria-hidden="true">{_shape(kind(n), NODE_X, y[n])}</g>'
            f'<text x="{NODE_X + 16}" y="{y[n] + 5:.1f}" aria-hidden="true">{esc(name(n))}</text></a>'
        )
    parts.append("</svg>")
    return "".join(parts)
