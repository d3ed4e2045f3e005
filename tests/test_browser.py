"""What readers see, in a real browser: Debian's Chromium through Playwright.

Every page is served from 127.0.0.1 and every request to any other host is
aborted and recorded, so these tests also prove that the site works offline:
search runs in Material's web worker from local files, styles are local.
axe-core is injected from node_modules (npm ci) or from the vendored copy in
tests/fixtures/axe-core/, never from a CDN.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import SITE_URL

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
AXE = next(p for p in (ROOT / "node_modules" / "axe-core" / "axe.min.js", ROOT / "tests" / "fixtures" / "axe-core" / "axe.min.js")
           if p.exists())
SLUG = "putin-korea-utara-2024"
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}
# One page of each kind, for the checks that are too slow to run on all 76.
KINDS = {
    "beranda": "",
    "ringkasan": f"{SLUG}/",
    "siapa": f"{SLUG}/siapa/",
    "apa": f"{SLUG}/apa/",
    "kapan": f"{SLUG}/kapan/",
    "reaksi": f"{SLUG}/reaksi/",
    "artikel": f"{SLUG}/artikel/",
    "entitas": "entitas/",
    "entitas-orang": "entitas/andrei-belousov/",
    "entitas-negara": "entitas/korea-utara/",
    "tentang": "tentang/",
    "404": "404.html",  # what a real host serves for a missing page
}


class Session:
    """A browser context that lets only the local server through, and
    remembers what it blocked, what failed and what the pages logged."""

    def __init__(self, browser, base: str, viewport: dict = DESKTOP):
        self.base = base
        self.foreign: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        mobile = viewport["width"] < 600
        self.context = browser.new_context(viewport=viewport, is_mobile=mobile, has_touch=mobile, service_workers="block")
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(f"{self.page.url}: console.{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"{self.page.url}: {e}"))
        self.page.on("response", lambda r: self.failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)

    def _route(self, route):
        url = route.request.url
        if url.startswith(self.base) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def goto(self, path: str, wait: str = "load"):
        self.page.goto(self.base + path, wait_until=wait)
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture
def session(browser, site_server):
    s = Session(browser, site_server)
    yield s
    s.close()
    assert s.foreign == [], f"requests to other hosts: {s.foreign}"


def html_pages(site: Path) -> list[str]:
    """Every HTML page of the built site, as a path relative to its root URL."""
    out = []
    for f in sorted(site.rglob("*.html")):
        rel = f.relative_to(site).as_posix()
        out.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    assert len(out) > 10, f"only {len(out)} pages in {site}: a loop over them would prove nothing"
    return out


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])


def parse(site: Path, path: str) -> _Links:
    f = site / (path + "index.html" if path == "" or path.endswith("/") else path)
    p = _Links()
    p.feed(f.read_text(encoding="utf-8"))
    return p


# --- search ---------------------------------------------------------------------

def search(page, query: str) -> list[tuple[str, str]]:
    """Type ``query`` into Material's search (a keypress at a time, as a reader
    would: Material listens to key events) and return (href, title) of the
    results, best first."""
    page.wait_for_selector("input.md-search__input", state="attached")
    page.evaluate("document.querySelector('#__search').checked = true")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=15)
    # The list says which query it shows once its first results are drawn
    # (search.js): the last keystroke's, not an earlier one's ("DPR" for "DPRK").
    page.wait_for_function(
        """(q) => { const l = document.querySelector('.md-search-result__list');
                    return l && l.dataset.pjQuery === q.trim() && l.querySelectorAll('.md-search-result__item').length > 0 }""",
        arg=query, timeout=15_000)
    out = []
    for a in page.query_selector_all(".md-search-result__item > a"):
        title = a.query_selector("h1, h2")
        out.append((a.get_attribute("href"), title.inner_text() if title else ""))
    return out


def path_of(href: str) -> str:
    """The page a link goes to, relative to the site (which is served under its address's path)."""
    path = urlsplit(href).path
    return path[len(MOUNT):] if path.startswith(MOUNT) else path.lstrip("/")


MOUNT = urlsplit(SITE_URL).path  # "/penjelas/"


def pages_in_order(results) -> list[str]:
    """The pages of the results, best first (Material lists a page, then its sections)."""
    out: list[str] = []
    for href, _ in results:
        if path_of(href) not in out:
            out.append(path_of(href))
    return out


@pytest.mark.parametrize("query, expected, rank, title", [
    ("Belousov", "entitas/andrei-belousov/", 1, "Andrei Belousov (orang)"),
    ("DPRK", "entitas/korea-utara/", 1, "Korea Utara (negara)"),  # an alias, not the name
    ("Korea Utara", "entitas/korea-utara/", 2, "Korea Utara (negara)"),  # the story's own title says it too
])
def test_search_finds_the_entity_page(session, query, expected, rank, title):
    results = search(session.goto(""), query)
    assert expected in pages_in_order(results)[:rank], results[:6]
    assert title in [t for h, t in results if path_of(h) == expected], results[:6]


def test_search_finds_a_date(session):
    results = search(session.goto(""), "19 Juni")
    top = [(path_of(h), t) for h, t in results[:6]]
    assert any(p == f"{SLUG}/kapan/" and "19 Juni" in t for p, t in top), top


def test_search_finds_a_topic(session):
    results = search(session.goto(""), "sanksi")
    top = [(path_of(h), urlsplit(h).fragment, t) for h, t in results[:4]]
    assert top[0][0] == f"{SLUG}/apa/", top
    assert any(frag == "sanksi" for _, frag, _ in top), top


def test_search_result_titles_say_what_the_page_is(session):
    results = search(session.goto(""), "Kirby")
    titles = [t for _, t in results]
    assert "John Kirby (orang)" in titles
    assert any(t.startswith("Siapa: ") for t in titles), titles
    assert any(t.startswith("Reaksi: ") for t in titles), titles


def test_search_splits_on_hyphens_and_punctuation(session):
    # "Negara-negara Barat" is indexed as "negara", "negara", "barat".
    results = search(session.goto(""), "Barat")
    assert any(path_of(h) == "entitas/negara-negara-barat/" for h, _ in results[:5]), results[:5]


def all_result_links(page) -> list[tuple[str, str, str]]:
    """(href, title, snippet) of every result link, pages and their sentences and sections."""
    out = []
    for a in page.query_selector_all(".md-search-result a.md-search-result__link"):
        title = a.query_selector("h1, h2")
        snippet = a.query_selector("p")
        out.append((a.get_attribute("href"), title.inner_text() if title else "", snippet.inner_text() if snippet else ""))
    return out


def test_a_sentence_result_lands_on_the_sentence(session):
    """A hit in the article is a sub-result linked to its sentence: following
    it opens the article at that sentence, highlighted, not at the top."""
    page = session.goto("")
    page.wait_for_selector("input.md-search__input", state="attached")
    page.keyboard.press("/")  # as a reader opens it
    page.type("input.md-search__input", "didampingi", delay=40)
    # While typing, only the best page is shown; the rest follow when typing stops.
    def sentence_links():
        return [a for a in page.query_selector_all(".md-search-result a.md-search-result__link")
                if path_of(a.get_attribute("href") or "") == f"{SLUG}/artikel/"
                and urlsplit(a.get_attribute("href")).fragment.startswith("s-") and a.is_visible()]
    shown = []
    for _ in range(60):
        shown = sentence_links()
        if shown:
            break
        page.wait_for_timeout(250)
    links = all_result_links(page)
    assert shown, links[:8]
    title = shown[0].query_selector("h2").inner_text()
    assert title.startswith("Kalimat "), title
    shown[0].click()
    page.wait_for_url(re.compile(r"/artikel/#s-"))
    target = page.evaluate("(() => { const t = document.querySelector(':target'); return t && [t.tagName, t.className, t.textContent] })()")
    assert target and target[0] == "SPAN" and "pj-sent" in target[1] and "didampingi" in target[2], target
    top = page.evaluate("document.querySelector(':target').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"], top  # in view, not six screens down


@pytest.mark.parametrize("query, found", [
    ("kunjungi", "mengunjungi"),  # Indonesian: the stem, not the exact word
    ("kekhawatiran", "khawatir"),
    ("entering", "entered"),  # English, on the English story's article page (html lang="en")
])
def test_search_finds_other_forms_of_a_word(session, query, found):
    page = session.goto("")
    search(page, query)
    page.wait_for_timeout(800)  # typing has stopped: every page's results are shown
    snippets = " ".join(f"{t} {p}" for _, t, p in all_result_links(page)).lower()
    assert found in snippets, snippets[:600]


def test_snippets_read_as_text_without_markers_or_controls(session):
    page = session.goto(f"{SLUG}/")
    search(page, "Belousov")
    snippets = [p for _, _, p in all_result_links(page) if p]
    assert snippets
    for text in snippets:
        assert not re.search(r"\d[A-Z]", text), text  # a sentence number glued to its sentence ("20Selama")
        for marker in ("Tampilkan", "¶", "kali disebut", "Lihat kalimat", "Wikidata", "sumber:", "Loncat"):
            assert marker not in text, (marker, text)
    assert session.foreign == []


def test_search_fetches_only_from_the_site(session):
    page = session.goto(f"{SLUG}/artikel/")
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    search(page, "Manturov")
    assert requests and all(url.startswith(session.base) for url in requests), requests
    assert any("/pagefind/" in url for url in requests)
    assert session.foreign == []


# --- the article, mentions and sentence anchors ------------------------------------

def test_clicking_a_mention_opens_its_entity_page(session):
    page = session.goto(f"{SLUG}/artikel/")
    link = page.locator("a.pj-mention", has_text="Andrei Belousov").first
    link.click()
    page.wait_for_url(re.compile(r"/entitas/andrei-belousov/$"))
    assert "Andrei Belousov" in page.locator("h1").inner_text()


def test_a_provenance_link_lands_on_the_highlighted_sentence(session):
    """Journey 2: from a claim on Apa, one click to the highlighted sentence."""
    page = session.goto(f"{SLUG}/apa/")
    cite = page.locator("a.pj-cite").first
    label = cite.get_attribute("aria-label")
    assert re.fullmatch(r"Lihat kalimat \d+ di artikel", label)
    sid = urlsplit(cite.get_attribute("href")).fragment
    cite.click()
    page.wait_for_url(re.compile(rf"/artikel/#{sid}$"))
    target = page.locator(":target")
    assert target.get_attribute("id") == sid
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    box = target.bounding_box()
    assert 0 <= box["y"] < DESKTOP["height"], "the sentence is scrolled into view"


def test_every_sentence_anchor_resolves_and_is_highlighted(session, built_site):
    """Every link to a sentence (#s-…) on every page points at an element that
    exists; on the article page, each such sentence is highlighted as :target."""
    targets: dict[str, set[str]] = {}
    parsed: dict[str, _Links] = {}
    missing = []
    for path in html_pages(built_site):
        links = parse(built_site, path)
        for href in links.hrefs:
            url = urlsplit(urljoin("http://x/" + path, href))
            tpath = url.path.lstrip("/")
            if url.netloc != "x" or not url.fragment or tpath.endswith(".json"):
                continue
            if tpath not in parsed:
                parsed[tpath] = parse(built_site, tpath)
            if url.fragment not in parsed[tpath].ids:  # every anchor on the site, not only sentences
                missing.append(f"{path}: {href}")
            if url.fragment.startswith("s-"):
                targets.setdefault(tpath, set()).add(url.fragment)
    assert not missing, missing[:10]
    assert sum(len(v) for v in targets.values()) > 20
    page = session.page
    for tpath, sids in sorted(targets.items()):
        session.goto(tpath)
        unlit = page.evaluate("""async (sids) => {
            const bad = [];
            for (const sid of sids) {
                location.hash = sid;
                await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                const t = document.querySelector(':target');
                const bg = t ? getComputedStyle(t).backgroundColor : '';
                if (!t || t.id !== sid || bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') bad.push(sid);
            }
            return bad; }""", sorted(sids))
        assert unlit == [], f"{tpath}: not highlighted: {unlit}"


def test_every_sentence_of_the_article_has_a_visible_anchor(session):
    page = session.goto(f"{SLUG}/artikel/")
    anchors = page.evaluate("""() => [...document.querySelectorAll('.pj-sent')].map(s => {
        const a = s.querySelector('a.pj-n');
        return a && a.getAttribute('href') === '#' + s.id && a.offsetWidth > 0 && /kalimat \\d+/.test(a.getAttribute('aria-label'));
    })""")
    assert anchors and all(anchors)


# --- every page: console, requests, layout -----------------------------------------

def test_no_page_logs_an_error_or_calls_another_host(session, built_site):
    for path in html_pages(built_site):
        session.goto(path)
    session.goto(f"{SLUG}/artikel/#{'s-does-not-exist'}")
    assert session.errors == []
    assert session.failed == []
    assert session.foreign == []


def test_exports_are_linked_and_served(session):
    page = session.goto(f"{SLUG}/")
    hrefs = page.eval_on_selector_all(".pj-data a", "els => els.map(a => a.href)")
    assert [h.rsplit("/", 1)[1] for h in hrefs] == ["story.json", "timeline.json"]
    for href in hrefs:
        response = page.request.get(href)
        assert response.ok and response.json(), href
    kapan = session.goto(f"{SLUG}/kapan/")
    assert kapan.locator(".pj-data a[href$='timeline.json']").count() == 1


@pytest.mark.parametrize("kind", ["beranda", "ringkasan", "siapa", "kapan", "reaksi", "artikel", "entitas-orang", "404"])
def test_phone_layout_never_scrolls_sideways(browser, site_server, kind):
    s = Session(browser, site_server, MOBILE)
    try:
        page = s.goto(KINDS[kind])
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= MOBILE["width"], f"{kind}: {width}px wide"
        nav = page.locator(".pj-storynav a")
        for i in range(nav.count()):
            box = nav.nth(i).bounding_box()
            assert box["height"] >= 40 and box["width"] >= 44, "story navigation is thumb-sized"
        cites = page.locator("a.pj-cite:visible")
        for i in range(min(cites.count(), 5)):
            box = cites.nth(i).bounding_box()
            assert box["height"] >= 24 and box["width"] >= 24, "provenance links are at least 24 px"
    finally:
        s.close()
    assert s.foreign == []


# --- pictures: the timeline and the connection diagram ---------------------------

def test_timeline_is_usable_with_a_keyboard(session):
    page = session.goto(f"{SLUG}/kapan/")
    events = page.locator("li.pj-event")
    n = events.count()
    origins = page.eval_on_selector_all("li.pj-event", "els => els.map(e => e.querySelector('.pj-origin').textContent.trim())")
    assert {o.lstrip("↗").strip() for o in origins} == {"dari artikel", "latar belakang"}  # the icon is decoration
    assert page.locator("li.pj-publine").count() == 1
    # Tab reaches the entries; arrow keys switch the origin filter.
    page.focus("#tl-semua")
    page.keyboard.press("ArrowRight")
    assert page.is_checked("#tl-artikel")
    visible = page.eval_on_selector_all("li.pj-event", "els => els.filter(e => e.offsetParent !== null).map(e => e.className)")
    assert visible and all("pj-origin-article" in c for c in visible)
    page.keyboard.press("ArrowRight")
    assert page.is_checked("#tl-latar")
    visible = page.eval_on_selector_all("li.pj-event", "els => els.filter(e => e.offsetParent !== null).map(e => e.className)")
    assert visible and all("pj-origin-background" in c for c in visible)
    page.keyboard.press("ArrowRight")
    assert page.is_checked("#tl-semua")
    first = events.first
    first.focus()
    assert first.evaluate("e => document.activeElement === e && getComputedStyle(e).outlineStyle !== 'none'")
    page.keyboard.press("Tab")
    assert n > 5


def test_connection_diagram_is_drawn_and_reachable_by_keyboard(session):
    """Who is connected to whom: one row per name; Enter on a row opens it,
    highlighted, with its ties; a visible link in it goes to the entity page."""
    page = session.goto(f"{SLUG}/siapa/")
    rows = page.locator("section.pj-graph details.pj-conn-item")
    assert rows.count() >= 20  # every entity the article names
    row = rows.first
    summary = row.locator("summary")
    assert summary.locator(".pj-bar").count() == 1
    before = row.evaluate("d => getComputedStyle(d).borderColor")
    summary.focus()
    summary.press("Enter")
    assert row.evaluate("d => d.open")
    assert row.evaluate("d => getComputedStyle(d).borderColor") != before  # highlighted
    ties = row.locator(".pj-tie")
    assert ties.count() >= 3 and ties.first.locator(".pj-tie-how").inner_text()
    link = row.locator("a.pj-conn-page")
    assert link.is_visible()
    link.focus()
    link.press("Enter")
    page.wait_for_url(re.compile(r"/entitas/[a-z0-9-]+/$"))


# --- accessibility ----------------------------------------------------------------

AXE_RUN = """async () => {
    const r = await axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}});
    return r.violations.filter(v => ['serious', 'critical'].includes(v.impact))
        .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
}"""


@pytest.mark.parametrize("kind", list(KINDS))
def test_axe_finds_no_serious_violation(browser, site_server, kind):
    """On a phone, as Lighthouse audits; WCAG 2.2 target size included."""
    s = Session(browser, site_server, MOBILE)
    try:
        page = s.goto(KINDS[kind])
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(AXE_RUN)
    finally:
        s.close()
    assert result == [], f"{kind}: {result}"
    assert s.foreign == []


def test_axe_with_the_search_dialog_open(session):
    page = session.goto(f"{SLUG}/")
    search(page, "Putin")
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(AXE_RUN) == []
    assert page.get_attribute(".md-search", "aria-label")


# --- offline --------------------------------------------------------------------

def test_offline_site_keeps_search_and_styling(session):
    """Every request beyond 127.0.0.1 is aborted (the Session does it): the
    stylesheets still apply and search still answers from the local worker."""
    page = session.goto(f"{SLUG}/artikel/", wait="networkidle")
    header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert header not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.evaluate("getComputedStyle(document.querySelector('.pj-storynav ul')).display") in ("grid", "flex")
    fonts = page.evaluate("[...document.styleSheets].filter(s => s.href && !s.href.startsWith(location.origin)).length")
    assert fonts == 0
    assert search(page, "Manturov")
    assert session.foreign == []
