"""Who is connected to whom in one story, shown at build time as a grouped list.

Two entities are connected when one sentence names both (co-mention), or when
one speaks about the other (a statement whose sentences name the other).
``connections`` is pure and computes the graph of every entity the article
names; ``connection_list`` shows it as a list grouped by kind, one row per
entity, each a ``<details>``: a tap (or Enter) opens it, highlighted, with
the names it is connected to, strongest first, each with a bar as long as
the tie is strong, and a visible link to the entity's page. It reads the
same at four entities or forty, on a phone or a wide screen, with no script
and no hover; an arc diagram did neither (a tap went straight to the page,
and its arcs tangled past a dozen names).

Everything shown is escaped by the caller's ``name_html`` or here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Callable

from ..model import Story

LINKS_SHOWN = 12  # an entity's strongest ties listed; the rest are counted
BAR = 100  # the bars' width in their own units (they are scaled by the stylesheet)


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


def connections(story: Story, max_nodes: int | None = None) -> Graph:
    """The co-mention and statement graph of every entity the article names
    (``max_nodes``: only the best connected), best connected first."""
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
    ranked = sorted(mentions, key=lambda x: (-degree.get(x, 0), -mentions[x], x))[:max_nodes]
    keep = set(ranked)
    kept = [e for e in edges.values() if e.a in keep and e.b in keep]
    return Graph(ranked, sorted(kept, key=lambda e: (e.a, e.b)))


def _bar(value: float, top: float) -> str:
    width = max(4.0, BAR * value / top) if top else 0.0
    return (f'<svg class="pj-bar" viewBox="0 0 {BAR} 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">'
            f'<rect width="{width:.1f}" height="8" rx="2"/></svg>')


def how(edge: Edge, node: str, T: dict) -> str:
    """The tie in words, from ``node``'s side: "3 kalimat bersama; berbicara tentangnya 1×"."""
    parts = []
    if edge.together:
        parts.append(T["together_n"].format(n=edge.together))
    if edge.speaks.get(node):
        parts.append(T["speaks_about_n"].format(n=edge.speaks[node]))
    other = edge.b if edge.a == node else edge.a
    if edge.speaks.get(other):
        parts.append(T["spoken_about_n"].format(n=edge.speaks[other]))
    return "; ".join(parts)


def connection_list(graph: Graph, groups: list[tuple[str, str, list[str]]], name_html: Callable[[str], str],
                    page_href: Callable[[str], str | None], card_href: Callable[[str], str | None], T: dict) -> str:
    """The graph as a list grouped by kind (``groups``: (kind, its label, the
    ids in order)): one ``<details>`` per entity, its ties inside. ``name_html``
    gives an entity's name as HTML (escaped, with its language); ``page_href``
    its page and ``card_href`` its card on this page (None: none)."""
    if not graph.nodes:
        return ""
    esc = html.escape
    degree = {n: graph.degree(n) for n in graph.nodes}
    top_degree = max(degree.values()) or 1
    top_edge = max((e.weight for e in graph.edges), default=1)
    out = [f'<div class="pj-conns"><p class="pj-conns-how">{esc(T["graph_how"])}</p>']
    for kind, label, ids in groups:
        ids = [n for n in ids if n in degree]
        if not ids:
            continue
        out.append(f'<h3 class="pj-conns-kind" id="hub-{esc(kind)}">{esc(label)}</h3><ul class="pj-conns-list">')
        for n in ids:
            ties = graph.neighbours(n)
            count = T["graph_n_one"] if len(ties) == 1 else T["graph_n"].format(n=len(ties))
            out.append(f'<li class="pj-conn pj-conn-{esc(kind)}" id="hub-{esc(n)}"><details class="pj-conn-item" name="pj-hub">'
                       f'<summary><span class="pj-conn-name">{name_html(n)}</span> <span class="pj-conn-n">{esc(count)}</span>'
                       f'{_bar(degree[n], top_degree)}</summary><div class="pj-conn-body">')
            go = []
            if page_href(n):
                go.append(f'<a class="pj-conn-page" href="{esc(page_href(n))}">{esc(T["graph_page"].format(name=_plain(name_html(n))))}</a>')
            if card_href(n):
                go.append(f'<a href="{esc(card_href(n))}">{esc(T["graph_card"])}</a>')
            if go:
                out.append(f'<p class="pj-conn-go">{" · ".join(go)}</p>')
            if not ties:
                out.append(f'<p class="pj-conn-alone">{esc(T["graph_alone"])}</p>')
            else:
                out.append('<ul class="pj-conn-ties">')
                for other, e in ties[:LINKS_SHOWN]:
                    speaks = " pj-tie-speaks" if e.speaks else ""
                    out.append(f'<li class="pj-tie{speaks}"><a href="#hub-{esc(other)}">{name_html(other)}</a> '
                               f'{_bar(e.weight, top_edge)} <span class="pj-tie-how">{esc(how(e, n, T))}</span></li>')
                if len(ties) > LINKS_SHOWN:
                    out.append(f'<li class="pj-tie pj-tie-more">{esc(T["graph_more"].format(n=len(ties) - LINKS_SHOWN))}</li>')
                out.append("</ul>")
            out.append("</div></details></li>")
        out.append("</ul>")
    out.append("</div>")
    return "".join(out)


def _plain(name_html: str) -> str:
    """The text of a name given as HTML (for a label that is escaped again)."""
    text = name_html
    while "<" in text and ">" in text:
        a = text.index("<")
        b = text.index(">", a)
        text = text[:a] + text[b + 1:]
    return html.unescape(text)
