"""Hostile text: whatever an article or a note holds renders as inert text.

One story whose every field (front matter, body, summary, issues, claims,
events, annotations, roles, entity names, aliases, roles and background) holds
script tags, event-handler attributes, javascript: links, Markdown and Jinja
syntax, HTML entities and zero-width characters. It must build with --strict;
the HTML must hold none of it as markup; the text must show as written; and
in Chromium no dialog may open, on any page or in the search results.
"""

from __future__ import annotations

import gzip
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import make_project, mkdocs

SLUG = "teks-berbahaya"
MARK = "pwned"  # every payload carries it, so that a leak is easy to spot

HOSTILE = [
    '<script>alert("pwned-script")</script>',
    '<img src=x onerror="alert(\'pwned-onerror\')">',
    '<a href="javascript:alert(\'pwned-href\')">klik</a>',
    "[tautan](javascript:alert('pwned-md')) <javascript:alert('pwned-auto')>",
    "{{ 7*7 }} {% if true %}jinja{% endif %} {# komentar #} {{ config }}",
    "&lt;b&gt;tebal&lt;/b&gt; &amp; &#60;script&#62; &copy;",
    "nol\u200blebar\u200c\u200d\u2060\ufeffkarakter",
    "**tebal** _miring_ `kode` # judul {: onclick=\"alert('pwned-attr')\" }",
    "<svg onload=\"alert('pwned-svg')\"></svg>",
    "</p></li></ul></div><iframe src=\"javascript:alert('pwned-frame')\"></iframe>",
    "x\" onmouseover=\"alert('pwned-break')\" y=\"'><script>alert('pwned-break2')</script>",
    "<!-- komentar --> <style>body{display:none}</style> ~~coret~~ | a | b |",
    # Characters text may hold that a page must still not act on: overrides,
    # isolates, a line separator, astral and combining characters, a soft hyphen.
    "nama\u202eterbalik dan \u2067isolasi\u2069 lalu baris\u2028pemisah 😀 \U0001F1EE\U0001F1E9 e\u0301 lu\u00adnak",
]


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON strings are YAML


def write_hostile_content(root: Path) -> None:
    H = HOSTILE
    story = root / "content" / "stories" / SLUG
    story.mkdir(parents=True)
    (root / "content" / "entities").mkdir(parents=True)
    body = "\n\n".join(f"Presiden Budi Santoso mengatakan bahwa teks {i} ini aman. {h} Kalimat {i} ini tetap ada." for i, h in enumerate(H))
    (story / "article.md").write_text(
        "---\n"
        f"title: {_q('Judul ' + H[0] + ' ' + H[4])}\n"
        "published: 2024-06-18\nlanguage: id\n"
        f"publisher: {_q(H[1])}\nauthor: {_q(H[2])}\nlicense: {_q(H[7])}\n"
        "url: \"https://example.org/berita?a=1&b=<script>alert('pwned-url')</script>\"\n"
        "---\n" + body + "\n", encoding="utf-8")
    (root / "content" / "entities" / "budi-santoso.yml").write_text(
        "id: budi-santoso\nname: Budi Santoso\nkind: person\naliases: [Budi]\n"
        f"role: {_q(H[8] + ' ' + H[3])}\nwikidata: Q7747\n"  # only an id is taken (the catalogue: bad-wikidata)
        "background:\n" + "".join(f"  - text: {_q(h)}\n    source: https://example.org/{i}\n" for i, h in enumerate(H)),
        encoding="utf-8")
    (root / "content" / "entities" / "jahat.yml").write_text(
        f"id: jahat\nname: {_q('Jahat ' + H[0])}\nkind: organization\n"
        f"aliases: [{_q('Orang <b>Jahat</b>')}]\nrole: {_q(H[9])}\n", encoding="utf-8")
    notes = {
        "summary": [{"text": h, "sources": ["https://example.org/ringkasan"]} for h in H],
        "issues": [{"id": "isu", "title": H[0] + H[10], "summary": H[1],
                    "claims": [{"text": h, "by": "budi-santoso", "cite": [f"teks {i} ini aman"], "highlight": True} for i, h in enumerate(H)]}],
        "events": [{"date": "2024-06-20", "title": h, "summary": H[(i + 1) % len(H)],
                    "sources": ["https://example.org/peristiwa"], "entities": ["jahat"]} for i, h in enumerate(H)],
        "annotations": [{"phrase": f"Kalimat {i} ini tetap ada.", "kind": "correction", "text": h,
                         "sources": ["https://example.org/a?x=\"><script>alert('pwned-src')</script>"]} for i, h in enumerate(H[:4])]
                       + [{"phrase": f"teks {i} ini aman", "kind": "unverified", "text": h} for i, h in enumerate(H[4:], 4)],
        "roles": {"budi-santoso": H[11] + " " + H[2], "jahat": H[6]},
    }
    (story / "notes.yml").write_text(json.dumps(notes, ensure_ascii=False, indent=1), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    src = tmp / "src"
    write_hostile_content(src)
    project = make_project(tmp, src / "content")
    result = mkdocs(project, "build", "--strict", "-d", str(tmp / "site"))
    assert result.returncode == 0, result.stderr[-4000:]
    return tmp / "site"


class _Markup(HTMLParser):
    """Every element and attribute of a page, and its visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._raw: str | None = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._raw = tag
            self._type = dict(attrs).get("type", "")

    def handle_endtag(self, tag):
        if tag == self._raw:
            self._raw = None

    def handle_data(self, data):
        if self._raw == "script":
            self.scripts.append((self._type, data))
        elif self._raw is None:
            self.text.append(data)


def parse(path: Path) -> _Markup:
    page = _Markup()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def flat(text: str) -> str:
    return " ".join(text.split())


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert len(found) > 10, f"only {len(found)} pages in {site}: a loop over them would prove nothing"
    return found


def test_no_payload_becomes_markup(hostile_site):
    leaks = []
    for path in pages(hostile_site):
        page = parse(path)
        where = path.relative_to(hostile_site)
        for tag, attrs in page.elements:
            for name, value in attrs.items():
                if name.startswith("on"):
                    leaks.append((where, tag, name, value))
                if name in ("href", "src", "action", "formaction", "xlink:href", "data") and value \
                        and re.match(r"\s*(javascript|vbscript|data):", value, re.I):
                    leaks.append((where, tag, name, value))
                if not re.fullmatch(r"[a-z][a-z0-9:_.-]*", name):  # a name made of a broken-out value
                    leaks.append((where, tag, name, value))
            if tag in ("iframe", "object", "embed", "style", "b") or (tag == "img" and attrs.get("src") == "x"):
                leaks.append((where, tag, attrs))
        for kind, script in page.scripts:
            if kind == "application/ld+json":
                json.loads(script)  # data, and it did not break out of its element
                if "<" in script:
                    leaks.append((where, "json-ld", script[:80]))
            elif MARK in script or "alert" in script:
                leaks.append((where, "script", script[:80]))
    assert leaks == []


def test_payload_shows_as_written(hostile_site):
    article = flat("".join(parse(hostile_site / SLUG / "artikel" / "index.html").text))
    overview = flat("".join(parse(hostile_site / SLUG / "index.html").text))
    entity = flat("".join(parse(hostile_site / "entitas" / "budi-santoso" / "index.html").text))
    for h in HOSTILE:
        assert flat(h) in article, h
        assert flat(h) in overview, h
        assert flat(h) in entity, h
    assert "49" not in article  # {{ 7*7 }} was not evaluated
    assert "\u200b" in article and "\u2060" in article  # zero-width characters are kept, not acted on


def test_titles_are_text_everywhere(hostile_site):
    """Material prints titles unescaped in <title>, the nav and search results."""
    html = (hostile_site / SLUG / "index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "<" not in title and "&lt;script&gt;" in title
    description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
    assert "<" not in description
    # The search index holds the pages' text, not their markup: Pagefind's fragments (gzipped
    # "pagefind_dcd" + JSON), one per page, keep the title as the reader reads it. (That search
    # shows it as text is test_no_dialog_fires_in_the_browser's part.)
    docs = {}
    for path in (hostile_site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        doc = json.loads(data[len(b"pagefind_dcd"):])
        docs[doc["url"].rstrip("/").rsplit("/", 1)[-1]] = doc
    assert flat(docs[SLUG]["meta"]["title"]) == flat("Judul " + HOSTILE[0] + " " + HOSTILE[4])


def test_story_json_keeps_the_text(hostile_site):
    data = json.loads((hostile_site / SLUG / "story.json").read_text(encoding="utf-8"))
    assert data["story"]["title"] == "Judul " + HOSTILE[0] + " " + HOSTILE[4]
    texts = " ".join(s["text"] for s in data["sentences"])
    for h in HOSTILE:
        assert flat(h) in flat(texts)


@pytest.mark.browser
def test_no_dialog_fires_in_the_browser(hostile_site, browser):
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(hostile_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    dialogs: list[str] = []
    context = browser.new_context()
    context.route(re.compile(r"^(?!http://127\.0\.0\.1).*"), lambda route: route.abort())
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for path in pages(hostile_site):
            rel = path.relative_to(hostile_site).as_posix()
            page.goto(base + rel, wait_until="load")
            # Fire mouseover and focus everywhere: handlers, if any had leaked, would run.
            page.evaluate("""() => document.querySelectorAll('body *').forEach(e => {
                e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
                e.dispatchEvent(new FocusEvent('focus'));
            })""")
            assert page.evaluate("document.querySelectorAll('iframe, img[src=x], [onerror], [onload], [onmouseover]').length") == 0, rel
            assert dialogs == [], rel
        # Material's search renders result titles as HTML: search for the payloads.
        page.goto(base + f"{SLUG}/", wait_until="load")
        page.keyboard.press("/")
        for query in ("pwned", "alert", "Judul", "onerror"):
            page.fill("input.md-search__input", "")
            page.type("input.md-search__input", query, delay=20)  # key events: Material searches on keyup
            page.wait_for_selector(".md-search-result__item", timeout=45_000)  # the worker indexes first; CI may be busy
            page.wait_for_timeout(200)
            page.evaluate("""() => document.querySelectorAll('.md-search-result *').forEach(
                e => e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})))""")
        assert page.evaluate("document.querySelectorAll('.md-search-result script, .md-search-result img, .md-search-result iframe').length") == 0
    finally:
        context.close()
        server.shutdown()
    assert dialogs == []
