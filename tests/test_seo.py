"""Sharing and machines: meta tags, JSON-LD, sitemap, 404 and exports, read
from the real built site (no browser needed)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from penjelas.render.seo import to_script

SLUG = "putin-korea-utara-2024"
from conftest import SITE_URL


class Head(HTMLParser):
    """Meta tags, canonical link, JSON-LD blocks and external resources of a page."""

    def __init__(self):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.canonical = None
        self.title = ""
        self.jsonld: list[str] = []
        self.resources: list[str] = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("name") or a.get("property")):
            self.meta[a.get("name") or a.get("property")] = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "link" and a.get("rel") in ("stylesheet", "preload", "preconnect", "modulepreload"):
            self.resources.append(a.get("href", ""))
        if tag in ("script", "img", "iframe", "source", "video", "audio") and a.get("src"):
            self.resources.append(a["src"])
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in = "ld"
            self.jsonld.append("")
        if tag == "title":
            self._in = "title"

    def handle_endtag(self, tag):
        if tag in ("script", "title"):
            self._in = None

    def handle_data(self, data):
        if self._in == "ld":
            self.jsonld[-1] += data
        elif self._in == "title":
            self.title += data


def head(site: Path, path: str) -> Head:
    h = Head()
    h.feed((site / path / "index.html" if not path.endswith(".html") else site / path).read_text(encoding="utf-8"))
    return h


def jsonld(site: Path, path: str) -> list[dict]:
    return [json.loads(block) for block in head(site, path).jsonld]


def all_pages(site: Path) -> list[str]:
    out = []
    for f in sorted(site.rglob("*.html")):
        rel = f.relative_to(site).as_posix()
        out.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    assert len(out) > 10, f"only {len(out)} pages in {site}: a loop over them would prove nothing"
    return out


def test_every_page_has_description_open_graph_twitter_and_canonical(built_site):
    for path in all_pages(built_site):
        h = head(built_site, path if path.endswith(".html") else path)
        assert h.meta.get("description"), path
        for key in ("og:title", "og:type", "og:site_name", "og:locale", "twitter:card", "twitter:title"):
            assert h.meta.get(key), (path, key)
        assert h.meta.get("og:description"), path
        if path != "404.html":
            assert h.canonical == SITE_URL + path, path
            assert h.meta["og:url"] == h.canonical, path
        assert h.title.endswith(" - Penjelas") or h.title == "Penjelas", (path, h.title)


def test_titles_and_descriptions_are_plain_text(built_site):
    """What the theme puts in <title> and meta content decodes to the text
    itself: no markup, no doubled escapes."""
    h = head(built_site, "entitas/andrei-belousov/")
    assert h.title == "Andrei Belousov (orang) - Penjelas"
    assert h.meta["og:title"] == "Andrei Belousov (orang)"
    assert "Belousov" in h.meta["description"]
    assert "&amp;" not in h.meta["description"] and "<" not in h.meta["description"]
    over = head(built_site, f"{SLUG}/")
    assert over.meta["og:type"] == "article"
    assert over.meta["article:published_time"] == "2024-06-18"
    assert len(over.meta["description"]) <= 160


def test_section_titles_say_what_the_page_is(built_site):
    titles = {k: head(built_site, f"{SLUG}/{k}/").title for k in ("siapa", "apa", "kapan", "reaksi", "artikel")}
    for key, label in [("siapa", "Siapa"), ("apa", "Apa"), ("kapan", "Kapan"), ("reaksi", "Reaksi"), ("artikel", "Artikel")]:
        assert titles[key].startswith(f"{label}: Putin akan mengunjungi Korea Utara"), titles[key]


def test_news_article_on_the_article_page(built_site):
    [ld] = jsonld(built_site, f"{SLUG}/artikel/")
    assert ld["@context"] == "https://schema.org"
    assert ld["@type"] == "NewsArticle"
    assert ld["datePublished"] == "2024-06-18"
    assert ld["inLanguage"] == "id"
    # The seed's original URL is unknown: isBasedOn describes the original instead.
    assert ld["isBasedOn"]["@type"] == "NewsArticle"
    assert ld["isBasedOn"]["headline"] == "Putin akan mengunjungi Korea Utara, yang pertama dalam 24 tahun"
    assert "Negara-negara Barat yakin" in ld["articleBody"]
    names = {m["name"] for m in ld["mentions"]}
    assert {"Vladimir Putin", "Andrei Belousov", "Korea Utara"} <= names


def test_news_article_is_based_on_the_original_url(tmp_path):
    """With a known URL, isBasedOn is that URL."""
    from conftest import make_project, mkdocs

    project = make_project(tmp_path)
    article = project / "content" / "stories" / SLUG / "article.md"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("published: 2024-06-18", "published: 2024-06-18\nurl: https://example.org/berita/putin"), encoding="utf-8")
    result = mkdocs(project, "build", "--strict", "-d", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    [ld] = jsonld(tmp_path / "site", f"{SLUG}/artikel/")
    assert ld["isBasedOn"] == "https://example.org/berita/putin"


@pytest.mark.parametrize("entity, kind, wikidata", [
    ("vladimir-putin", "Person", "Q7747"),
    ("korea-utara", "Country", "Q423"),
    ("associated-press", "NewsMediaOrganization", None),
])
def test_entity_pages_say_who_with_wikidata(built_site, entity, kind, wikidata):
    [ld] = jsonld(built_site, f"entitas/{entity}/")
    assert ld["@type"] == kind
    assert ld["name"]
    if wikidata:
        assert f"https://www.wikidata.org/wiki/{wikidata}" in ld["sameAs"]
    else:
        assert all(s.startswith("https://www.wikidata.org/wiki/Q") or "wikipedia.org" in s for s in ld.get("sameAs", []))


def test_every_entity_page_has_a_schema_type(built_site):
    types = set()
    for f in (built_site / "entitas").glob("*/index.html"):
        [ld] = jsonld(built_site, f"entitas/{f.parent.name}/")
        types.add(ld["@type"])
        assert ld["@type"] in {"Person", "Organization", "NewsMediaOrganization", "Country", "Place"}
    assert {"Person", "Country"} <= types


def test_timeline_items_are_events(built_site):
    [ld] = jsonld(built_site, f"{SLUG}/kapan/")
    assert ld["@type"] == "ItemList"
    events = [i["item"] for i in ld["itemListElement"]]
    assert all(e["@type"] == "Event" and e["startDate"] for e in events)
    dates = {e["startDate"] for e in events}
    assert {"2000-07-19", "2019-04-25", "2023-09-13", "2024-06-19"} <= dates
    treaty = next(e for e in events if e["startDate"] == "2024-06-19" and e.get("citation"))
    assert all(c.startswith(("http://", "https://")) for c in treaty["citation"])
    from_article = [e for e in events if e.get("subjectOf")]
    assert from_article and all("/artikel/#s-" in s for e in from_article for s in e["subjectOf"])


def test_statements_are_quotations(built_site):
    [ld] = jsonld(built_site, f"{SLUG}/reaksi/")
    quotes = [i["item"] for i in ld["itemListElement"]]
    assert quotes and all(q["@type"] == "Quotation" and q["text"] for q in quotes)
    creators = {q.get("creator", {}).get("name") for q in quotes}
    assert {"Associated Press", "CNN", "Sky News", "John Kirby"} <= creators
    html = (built_site / SLUG / "reaksi" / "index.html").read_text(encoding="utf-8")
    for q in quotes:  # each Quotation points at its card on the page
        assert f'id="{urlsplit(q["url"]).fragment}"' in html


def test_overview_and_lists_have_structured_data(built_site):
    [over] = jsonld(built_site, f"{SLUG}/")
    assert over["@type"] == "WebPage" and over["about"]
    [home] = jsonld(built_site, "")
    assert home["@type"] == "CollectionPage"
    assert any(p["name"].startswith("Putin akan mengunjungi") for p in home["hasPart"])
    [index] = jsonld(built_site, "entitas/")
    assert index["@type"] == "CollectionPage" and len(index["hasPart"]) > 10


def test_jsonld_cannot_close_its_script_element():
    text = to_script({"text": "</script><script>alert(1)</script> & <!-- \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text)["text"] == "</script><script>alert(1)</script> & <!-- \u2028"


def test_sitemap_lists_every_page(built_site):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    locs = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    for path in all_pages(built_site):
        if path != "404.html":
            assert SITE_URL + path in locs, path


def test_404_page_helps(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert "Halaman tidak ditemukan" in html
    assert 'for="__search"' in html  # opens the search
    # The 404 page is served at any depth, so its links start from the site's own path (under the host).
    root = urlsplit(SITE_URL).path
    assert root != "/" and f'href="{root}{SLUG}/"' in html  # every story
    assert f'href="{root}entitas/"' in html


def test_exports_are_linked_and_valid(built_site):
    html = (built_site / SLUG / "index.html").read_text(encoding="utf-8")
    assert 'href="story.json"' in html and 'href="timeline.json"' in html
    for page in ("kapan", "artikel"):
        assert 'href="../timeline.json"' in (built_site / SLUG / page / "index.html").read_text(encoding="utf-8")
    timeline = json.loads((built_site / SLUG / "timeline.json").read_text(encoding="utf-8"))
    assert timeline["title"]["text"]["headline"]
    assert all({"year"} <= set(e["start_date"]) for e in timeline["events"])
    story = json.loads((built_site / SLUG / "story.json").read_text(encoding="utf-8"))
    assert story["story"]["slug"] == SLUG


def test_no_page_loads_anything_from_another_host(built_site):
    for path in all_pages(built_site):
        for url in head(built_site, path).resources:
            assert not urlsplit(url).netloc, (path, url)
    css = (built_site / "assets" / "penjelas.css").read_text(encoding="utf-8")
    assert "url(http" not in css and "@import" not in css
