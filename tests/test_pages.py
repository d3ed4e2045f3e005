"""Rendering: exact output of the small pure pieces (page metadata, URLs,
the connection graph), and whole generated pages from small stories written
here, with hostile text that must stay inert."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from penjelas.render import graph as graphs
from penjelas.render.labels import labels
from penjelas.render.markup import page_meta, shorten
from penjelas.render.renderer import Renderer, table_of_contents
from penjelas.render.urls import Urls
from penjelas.site import build_site
from penjelas.reading.sources import read_content

ARTICLE = """---
title: {title}
published: 2024-06-18
language: id
---
{body}
"""

ENTITIES = {
    "budi": "id: budi\nname: Budi Santoso\nkind: person\naliases: [Budi Santoso, Budi]\nrole: Menteri contoh.\nwikidata: Q1\n",
    "ani": "id: ani\nname: Ani Wijaya\nkind: person\naliases: [Ani Wijaya, Ani]\nrole: Juru bicara contoh.\n",
    "kota": "id: kota\nname: Kota Contoh\nkind: place\naliases: [Kota Contoh]\n",
    "warta": "id: warta\nname: Warta Harian\nkind: media\naliases: [Warta Harian]\n",
}


def make_site(tmp_path: Path, body: str, title: str = "Judul contoh", entities: dict[str, str] = ENTITIES, notes: str = ""):
    root = tmp_path / "content"
    story = root / "stories" / "contoh"
    story.mkdir(parents=True)
    (story / "article.md").write_text(ARTICLE.format(title=title, body=body), encoding="utf-8")
    if notes:
        (story / "notes.yml").write_text(notes, encoding="utf-8")
    (root / "entities").mkdir()
    for eid, text in entities.items():
        (root / "entities" / f"{eid}.yml").write_text(text, encoding="utf-8")
    content = read_content(root)
    assert not content.problems.errors, [str(p) for p in content.problems.items]
    return build_site(content)


def render(site, language: str = "id") -> dict[str, str]:
    pages = Renderer(site, language, True, "Penjelas").pages()
    return {p.src_uri: p.content for p in pages}


def specs(site, language: str = "id") -> dict:
    return {p.src_uri: p for p in Renderer(site, language, True, "Penjelas").pages()}


# --- small pure pieces ---------------------------------------------------------------

def test_page_meta_is_escaped_html_text_and_script_safe_json():
    meta = page_meta('Judul "kutip" <b>\nbaris', "Deskripsi & lain", unsearched=True, og_type="article",
                     jsonld={"@type": "Thing", "name": "</script>\u2028é"}, tags=["A & B"], hide=["toc"], published="2024-06-18")
    assert meta == {
        "title": "Judul &quot;kutip&quot; &lt;b&gt; baris",
        "description": "Deskripsi &amp; lain",
        "og_type": "article",
        "published": "2024-06-18",
        "search": {"exclude": True},
        "tags": ["A &amp; B"],
        "hide": ["toc"],
        "jsonld": '{"@type":"Thing","name":"\\u003c/script\\u003e\\u2028\\u00e9"}',
    }


def test_table_of_contents_nests_sections_under_the_title():
    html = '<h1 id="judul">Judul <span>(orang)</span></h1>\n<h2 id="a">A &amp; B</h2><p>x</p><h3 id="c">C</h3><h2 id="b">B</h2>'
    assert table_of_contents(html) == [{"level": 1, "id": "judul", "name": "Judul (orang)", "children": [
        {"level": 2, "id": "a", "name": "A &amp; B", "children": []}, {"level": 2, "id": "b", "name": "B", "children": []}]}]


@pytest.mark.parametrize("text, limit, expected", [
    ("pendek", 160, "pendek"),
    ("satu dua tiga empat", 12, "satu dua…"),
    ("satu, dua, tiga", 11, "satu, dua…"),
])
def test_shorten(text, limit, expected):
    assert shorten(text, limit) == expected


@pytest.mark.parametrize("directory_urls, src, dst, expected", [
    (True, "", "a/", "a/"),
    (True, "a/b/", "a/", "../"),
    (True, "a/", "a/b/#s-1", "b/#s-1"),
    (True, "a/b/", "c/d/", "../../c/d/"),
    (True, "a/b/", "a/story.json", "../story.json"),
    (False, "a/b.html", "a/index.html", "index.html"),
    (False, "index.html", "a/c.html#x", "a/c.html#x"),
])
def test_relative_urls(directory_urls, src, dst, expected):
    assert Urls(directory_urls).rel(src, dst) == expected


# --- the connection graph --------------------------------------------------------------

BODY = (
    "Budi bertemu Ani di Kota Contoh. Budi dan Ani lalu makan siang.\n\n"
    "“Pertemuan Budi berjalan baik,” kata Warta Harian.\n\n"
    "Ani kembali ke Kota Contoh."
)


def test_connections_count_sentences_and_statements(tmp_path):
    site = make_site(tmp_path, BODY)
    story = site.stories[0]
    g = graphs.connections(story)
    edges = {(e.a, e.b): (e.together, dict(e.speaks)) for e in g.edges}
    assert edges[("ani", "budi")][0] == 2
    assert edges[("ani", "kota")][0] == 2
    assert edges[("budi", "kota")][0] == 1
    assert edges[("budi", "warta")] == (1, {"warta": 1})  # Warta Harian speaks about Budi
    assert set(g.nodes) == {"ani", "budi", "kota", "warta"}
    assert g.degree("ani") == 4


def test_connection_list_escapes_and_links():
    g = graphs.Graph(nodes=["x", "y", "z"], edges=[graphs.Edge("x", "y", together=1, speaks={"y": 1})])
    names = {"x": "&lt;b&gt;X&amp;Co&lt;/b&gt;", "y": "Y", "z": "Z"}  # name_html gives escaped HTML
    out = graphs.connection_list(g, [("person", "Orang", ["x", "y", "z"])], names.__getitem__,
                                 lambda n: f"../entitas/{n}/", lambda n: f"#{n}", labels("id")["text"])
    assert "<b>" not in out and "&lt;b&gt;X&amp;Co&lt;/b&gt;" in out
    assert out.count('<details class="pj-conn-item" name="pj-hub">') == 3  # every entity, tied or not
    assert 'href="../entitas/x/">Buka halaman &lt;b&gt;X&amp;Co&lt;/b&gt;</a>' in out  # a visible link to the page
    assert '<li class="pj-tie pj-tie-speaks"><a href="#hub-y">Y</a>' in out
    assert "1 kalimat bersama; dibicarakannya 1×" in out  # from x's side: y speaks about x
    assert "Tidak disebut bersama nama lain dalam satu kalimat." in out  # z


def test_connections_list_every_entity_the_article_names(tmp_path):
    """Every person of the story is in the picture, connected or not (an arc
    diagram of the best-connected fourteen left some out)."""
    names = ["Agus Salim", "Rina Wulandari", "Joko Susilo", "Siti Rahma", "Bambang Hartono", "Dewi Lestari", "Hendra Gunawan",
             "Maya Sari", "Taufik Hidayat", "Lina Marlina", "Rudi Hartanto", "Nur Aini", "Eko Prasetyo", "Wati Suryani",
             "Yusuf Kalla", "Fitri Handayani", "Arif Rahman", "Sri Mulyani", "Dedi Kurnia", "Tuti Alawiyah"]
    body = "\n\n".join(f"{a} bertemu {b} di Kota Contoh." for a, b in zip(names[::2], names[1::2])) + "\n\nAni datang sendiri."
    site = make_site(tmp_path, body)
    g = graphs.connections(site.stories[0])
    people = {m.entity for m in site.stories[0].mentions}
    assert set(g.nodes) == people and len(people) >= 21 and "ani" in people


# --- whole pages ----------------------------------------------------------------------

def test_pages_of_a_story(tmp_path):
    pages = render(make_site(tmp_path, BODY))
    for uri in ("contoh/index.md", "contoh/siapa.md", "contoh/apa.md", "contoh/kapan.md", "contoh/reaksi.md",
                "contoh/artikel.md", "contoh/story.json", "contoh/timeline.json", "entitas/budi.md", "entitas/index.md"):
        assert uri in pages, uri
    entity = pages["entitas/budi.md"]
    meta = specs(make_site(tmp_path / "again", BODY))["entitas/budi.md"].meta
    assert meta["title"] == "Budi Santoso (orang)" and meta["tags"] == ["Budi"]
    assert '<h1 id="budi-santoso-orang">Budi Santoso <span class="pj-h1-kind">(orang)</span></h1>' in entity
    assert "https://www.wikidata.org/wiki/Q1" in entity
    who = pages["contoh/siapa.md"]
    assert '<section class="pj-graph"' in who and who.count('<details class="pj-conn-item"') == 4
    assert pages["contoh/artikel.md"].count('class="pj-sent"') == 4


def test_statement_card_has_speaker_verb_kind_and_sentence(tmp_path):
    reactions = render(make_site(tmp_path, BODY))["contoh/reaksi.md"]
    card = re.search(r'<figure class="pj-statement.*?</figure>', reactions, re.S).group(0)
    assert "<blockquote><p>Pertemuan Budi berjalan baik</p></blockquote>" in card
    assert 'href="../../entitas/warta/">Warta Harian</a>' in card
    assert "<em>kata</em>" in card
    assert 'class="pj-badge pj-st pj-st-direct" data-pagefind-ignore>kutipan langsung<' in card  # a label, not searched
    assert re.search(r'<a class="pj-cite" href="../artikel/#s-[0-9a-f]{8}" aria-label="Lihat kalimat 3 di artikel"', card)


def test_annotation_stands_beside_its_sentence(tmp_path):
    notes = ("annotations:\n"
             "  - phrase: \"makan siang\"\n    kind: correction\n    text: \"Sebenarnya makan malam.\"\n"
             "    sources: [\"https://example.org/koreksi\"]\n")
    article = render(make_site(tmp_path, BODY, notes=notes))["contoh/artikel.md"]
    block = re.search(r'<div class="pj-para pj-has-notes"[^>]*>.*?</details>', article, re.S).group(0)
    assert "Budi dan Ani lalu makan siang." in re.sub(r"<[^>]+>", "", block)
    # Right after its sentence, whose phrase is highlighted: the mark (!), then the note.
    # (the last word and the mark are one piece of the line: pj-nw)
    assert re.search(r'lalu <mark class="pj-mark pj-mark-correction">makan </mark><span class="pj-nw"><mark class="pj-mark pj-mark-correction">siang</mark>\.'
                     r'<a class="pj-note-ref pj-note-ref-correction" href="#note-s-[0-9a-f]{8}-1"[^>]*>!</a></span></span>'
                     r'<details class="pj-note pj-note-correction" data-s="s-[0-9a-f]{8}"', block)
    assert '<span class="pj-note-kind">Koreksi</span>' in block
    assert re.search(r'<a class="pj-note-back" href="#s-[0-9a-f]{8}" aria-label="kembali ke kalimat 2"[^>]*>k.\u00a02</a>', block)
    assert 'href="https://example.org/koreksi"' in block


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[klik](javascript:alert(3))",
    "\"><svg onload=alert(4)>",
    "{{ 7*7 }} {% raw %}",
    "&lt;b&gt;entitas&lt;/b&gt;",
]


class Tags(HTMLParser):
    """The real tags of a page: what a browser would build from it."""

    def __init__(self):
        super().__init__()
        self.forbidden: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "object", "embed", "style"):
            self.forbidden.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.forbidden.append(f"{tag}[{name}]")
            if name in ("href", "src", "xlink:href"):
                self.hrefs.append(value or "")


def test_hostile_text_stays_text(tmp_path):
    body = BODY + "\n\n" + " ".join(f"Ani menulis {h} di sini." for h in HOSTILE)
    title = '"Judul <script>alert(5)</script> & co"'
    notes = ("annotations:\n"
             "  - phrase: \"makan siang\"\n    kind: context\n    text: \"<iframe src=x></iframe> [x](javascript:alert(6))\"\n")
    pages = render(make_site(tmp_path, body, title=title, notes=notes))
    for uri, text in pages.items():
        if uri.endswith(".json"):
            continue
        tags = Tags()
        tags.feed(text)  # the page's HTML, as MkDocs publishes it
        assert not tags.forbidden, (uri, tags.forbidden)
        for href in tags.hrefs:
            assert href.startswith(("http://", "https://", "#", "../", "./")) or re.match(r"^[a-z0-9-]+(/|\.json)", href), (uri, href)
    article = pages["contoh/artikel.md"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&amp;lt;b&amp;gt;entitas&amp;lt;/b&amp;gt;" in article  # entities in the text are shown, not decoded


def test_english_site_uses_english_labels_and_slugs(tmp_path):
    pages = render(make_site(tmp_path, BODY), language="en")
    assert "contoh/who.md" in pages and "entities/budi.md" in pages
    assert '"Budi Santoso (person)"' in pages["entities/budi.md"]
    # The story is Indonesian: its pages are in Indonesian (one language per story), at English addresses.
    assert "Siapa terhubung dengan siapa" in pages["contoh/who.md"]
