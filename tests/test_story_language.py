"""Issue 19: one language per story, navigation that stays in the story,
entity data that agrees with itself, and a connection picture that works by
tap. Pages of the fixture site (its English story is kapal-selam-tiongkok-2004),
small stories written here, and real Chromium at desktop (1280) and phone
(390, touch) widths.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import SITE_URL
from penjelas.build import prepare
from penjelas.render import graph as graphs
from penjelas.render.languages import fold, mark_chrome, mark_titles, notes_html
from penjelas.text import mentions
from penjelas.text.lang import ENGLISH, INDONESIAN
from penjelas.text.langid import guess
from penjelas.model import Sentence
from test_browser import DESKTOP, MOBILE, Session

EN = "kapal-selam-tiongkok-2004"  # the English story
ID = "putin-korea-utara-2024"  # an Indonesian one, followed by kongres-diaspora-indonesia-2017
SECTIONS = ("", "siapa/", "apa/", "kapan/", "reaksi/", "artikel/")
MOUNT = urlsplit(SITE_URL).path


def html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def article_part(page: str) -> str:
    """The page's own content (what Penjelas renders), without the theme's chrome
    (and without the search index's markers, render/searchable.py)."""
    own = re.search(r'<div class="pj-search-body" data-pagefind-body>(.*?)</article>', page, re.S).group(1)
    return own.replace(" data-pagefind-ignore", "")


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


# --- A. one language per story --------------------------------------------------------------

@pytest.mark.parametrize("section", SECTIONS)
def test_every_page_of_an_english_story_is_in_english(built_site, section):
    page = html(built_site, f"{EN}/{section}")
    assert page.startswith("<!doctype html>") or "<html" in page
    assert re.search(r'<html lang="en"', page)
    own = article_part(page)
    nav = re.search(r'<nav class="pj-storynav"[^>]*>.*?</nav>', own, re.S).group(0)
    assert [re.sub(r"<[^>]+>", "", a) for a in re.findall(r"<a [^>]*>.*?</a>", nav)] == \
        ["Overview", "Who", "What", "When", "Reactions", "Article"]
    text = visible_text(own)
    for indonesian_label in ("kata kerja", "Setiap kalimat", "kali disebut", "disebut dalam", "Sumber:", "Terbit", "Lihat kalimat"):
        assert indonesian_label not in text, (section, indonesian_label)
    # The site's chrome stays in the site's language, and says so; the page's own title in it says its language.
    assert re.search(r'<header class="md-header[^"]*" lang="id"', page)
    assert re.search(r'<footer class="md-footer" lang="id"', page)
    assert re.search(r'<div class="md-sidebar md-sidebar--primary" lang="id"', page)
    assert '<div class="md-header__topic" data-md-component="header-topic" lang="en"' in page


def test_a_caption_is_in_one_language(built_site):
    """"Wu Daiwei stating" stood in an Indonesian caption ("kata kerja: stating")."""
    reactions = article_part(html(built_site, f"{EN}/reaksi/"))
    caption = re.search(r"<figcaption>.*?Wu Daiwei.*?</figcaption>", reactions, re.S).group(0)
    assert '<span class="pj-sr">verb: </span><em>stating</em>' in caption
    assert ">reported speech<" in caption


def test_an_indonesian_story_keeps_indonesian_pages(built_site):
    for section in SECTIONS:
        page = html(built_site, f"{ID}/{section}")
        assert re.search(r'<html lang="id"', page), section
        assert '<span lang="id">' not in article_part(page), section  # the notes are in the page's language: nothing to mark


def test_editors_notes_on_an_english_story_say_they_are_indonesian(built_site):
    overview = article_part(html(built_site, f"{EN}/"))
    assert '<li><span lang="id">Sebuah kapal selam nuklir Tiongkok' in overview
    who = article_part(html(built_site, f"{EN}/siapa/"))
    assert '<strong class="pj-label">Role in this story:</strong> <span lang="id">' in who
    # A curated name the article does not write so is the editors' (Indonesian) ...
    assert re.search(r'<h3 id="h-jepang"><a class="pj-entity" href="[^"]+/jepang/" lang="id">Jepang</a></h3>', who)
    # ... one it writes so is the page's: no lang to add.
    assert re.search(r'<a class="pj-entity" href="[^"]+/hu-jintao/">Hu Jintao</a>', overview)


def test_a_translation_is_marked_as_one_never_quoted(built_site):
    """The notes render the article's English "technical error" as “kesalahan
    teknis”: a translation, not a quotation of anyone."""
    pages = "".join(article_part(html(built_site, f"{EN}/{s}")) for s in SECTIONS)
    assert "“kesalahan teknis”" not in pages and "“pamer”" not in pages
    assert re.search(r'<span class="pj-translation" title="[^"]+"><i>kesalahan teknis</i> <span class="pj-tr-mark">\(terjemahan\)</span></span>',
                     pages)


def test_quotes_and_titles_carry_their_language_outside_their_story(built_site):
    entity = article_part(html(built_site, "entitas/jepang/"))
    assert re.search(r'<blockquote class="pj-quote"[^>]*><p><span lang="en">Tenuous relations', entity)
    assert re.search(r'<h3 id="b-kapal-selam-tiongkok-2004"><a href="[^"]+"><span lang="en">Chinese submarine', entity)
    home = html(built_site, "")
    assert re.search(r'<h3><a href="[^"]+"><span lang="en">Chinese submarine enters Japanese waters</span></a></h3>', home)
    # The menu (site chrome) names the English story in English, on every page that lists the stories.
    menu = html(built_site, f"{ID}/")
    assert re.search(r'<span class="md-ellipsis">\s*<span lang="en">Chinese submarine enters Japanese waters</span>', menu)
    # An English source title on an Indonesian page, and a source's English words inside an Indonesian note.
    putin = article_part(html(built_site, f"{ID}/artikel/"))
    assert re.search(r'<a class="pj-source" [^>]*lang="en">Before Summit With North Korea', putin)
    assert '<span lang="en">“Is it capabilities that allow them' in putin


def test_no_wiki_or_template_markup_reaches_a_reader(built_site):
    for f in built_site.rglob("*.html"):
        text = visible_text(f.read_text(encoding="utf-8"))
        assert not re.search(r"\{\{[A-Za-z]|\[\[", text), f


def test_the_article_page_marks_notes_in_the_notes_language(built_site):
    article = article_part(html(built_site, f"{EN}/artikel/"))
    note = re.search(r'<details class="pj-note pj-note-correction".*?</details>', article, re.S).group(0)
    assert "lang=" not in note.split(">", 1)[0]  # the note's frame, labels and phrase: the page's language
    assert '<span lang="id">Menurut pemerintah Jepang' in note


# --- A. the pieces, with literals -----------------------------------------------------------

def test_notes_html_tells_quotations_apart():
    article = fold("It was due to a \"technical error\" and was \"regrettable.\"")
    tr = ("terjemahan", "Terjemahan redaksi")
    # The article's own words, quoted in the notes: left as they are (in the article's language).
    assert notes_html("Ia menyebut “technical error”.", "id", "en", article, tr) == 'Ia menyebut <span lang="en">“technical error”</span>.'
    # A source's words in another language.
    assert notes_html("Kirby: “We are not concerned about the trip.”", "id", "id", "", tr) == \
        'Kirby: <span lang="en">“We are not concerned about the trip.”</span>'
    # The editors' translation of an English article's words: never in quotation marks.
    assert notes_html("karena “kesalahan teknis” saat latihan", "id", "en", article, tr) == \
        'karena <span class="pj-translation" title="Terjemahan redaksi"><i>kesalahan teknis</i> ' \
        '<span class="pj-tr-mark">(terjemahan)</span></span> saat latihan'
    # In an Indonesian story, an Indonesian quotation is a quotation.
    assert notes_html("frasa “teknologi penting” itu", "id", "id", fold("Rusia mentransfer teknologi penting."), tr) == \
        "frasa “teknologi penting” itu"
    assert notes_html("<b>“x”</b>", "id", "en", "", tr).startswith("&lt;b&gt;")  # escaped, always


def test_language_is_guessed_from_function_words_only():
    assert guess("Japan says it got apology in sub incident") == "en"
    assert guess("telah ditangani dengan semestinya") == "id"
    assert guess("kesalahan teknis") is None and guess("Type 091 submarine") is None and guess("") is None


def test_chrome_and_menu_titles_are_marked():
    page = ('<html lang="en"><div data-md-component="skip"><header class="md-header md-header--shadow" data-md-component="header">'
            '<div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">Who: X</span></div></header>'
            '<span class="md-ellipsis">\n    Chinese submarine\n  </span><footer class="md-footer">')
    out = mark_chrome(page, "id", "en")
    assert '<header class="md-header md-header--shadow" lang="id" data-md-component="header">' in out
    assert '<div data-md-component="skip" lang="id">' in out and '<footer class="md-footer" lang="id">' in out
    assert '<div class="md-header__topic" data-md-component="header-topic" lang="en">' in out
    assert mark_chrome(page, "id", "id") == page
    assert '<span class="md-ellipsis">\n    <span lang="en">Chinese submarine</span>\n  </span>' in mark_titles(out, {"Chinese submarine": "en"})


def _sentences(text: str) -> list[Sentence]:
    return [Sentence("s-1", 1, 1, text, 0, len(text))]


def test_a_demonym_is_never_an_entity_mention():
    sents = _sentences("Many Japanese officials said Japan's navy and the Sino-Japanese talks met the Japanese Self-Defense Forces.")
    found = mentions.match_aliases(sents, {"Japanese": "jp", "Japan": "jp", "Sino-Japanese": "jp",
                                           "Japanese Self-Defense Forces": "sdf"}, ENGLISH)
    assert [(m.text, m.entity) for m in found] == [("Japan", "jp"), ("Japanese Self-Defense Forces", "sdf")]
    assert mentions.is_demonym("Japanese", ENGLISH) and mentions.is_demonym("Sino-Japanese", ENGLISH)
    assert not mentions.is_demonym("Japanese Self-Defense Forces", ENGLISH) and not mentions.is_demonym("Japan", ENGLISH)


def test_orang_jepang_names_the_country():
    """Indonesian has no demonym of this form: "orang Jepang" (Japanese people) writes the country's name."""
    found = mentions.match_aliases(_sentences("Banyak orang Jepang dan pejabat Jepang hadir."), {"Jepang": "jepang"}, INDONESIAN)
    assert [m.text for m in found] == ["Jepang", "Jepang"]
    assert not mentions.is_demonym("Jepang", INDONESIAN)


def test_the_english_story_links_japan_but_not_japanese(built_site):
    article = article_part(html(built_site, f"{EN}/artikel/"))
    linked = re.findall(r'<a class="pj-mention" href="[^"]+">([^<]+)</a>', article)
    assert "Japan" in linked and "China" in linked
    assert "Japanese" not in linked and "Chinese" not in linked


# --- B. story navigation stays in the story -------------------------------------------------

def footer_links(page: str) -> list[tuple[str, str, str]]:
    """(direction, title, href) of the footer's links."""
    nav = re.search(r'<nav class="md-footer__inner.*?</nav>', page, re.S).group(0)
    out = []
    for a in re.finditer(r'<a href="([^"]*)" class="md-footer__link[^"]*"[^>]*>(.*?)</a>', nav, re.S):
        direction = re.search(r'md-footer__direction">\s*(.*?)\s*</span>', a.group(2), re.S).group(1)
        title = re.sub(r"<[^>]+>", "", re.search(r'md-ellipsis"[^>]*>(.*?)</div>', a.group(2), re.S).group(1)).strip()
        out.append((direction, title, a.group(1)))
    return out


def test_previous_and_next_stay_within_the_story(built_site):
    names = ["Ringkasan", "Siapa", "Apa", "Kapan", "Reaksi", "Artikel"]
    for i, section in enumerate(SECTIONS):
        links = footer_links(html(built_site, f"{ID}/{section}"))
        prev, nxt = links[0], links[-1]
        if i == 0:
            assert prev[:2] == ("Daftar berita", "Beranda")  # leaving the story says where to
        else:
            assert prev[:2] == ("Sebelumnya", names[i - 1])
        if i < 5:
            assert nxt[:2] == ("Selanjutnya", names[i + 1])
    # From the last page: on to the next story, saying so ...
    assert footer_links(html(built_site, f"{ID}/artikel/"))[-1] == \
        ("Berita berikutnya", "Kongres Diaspora Indonesia ke-4 Resmi Dibuka", "../../kongres-diaspora-indonesia-2017/")
    # ... or, after the last story, back to this one's start.
    assert footer_links(html(built_site, f"{EN}/artikel/"))[-1] == ("Kembali ke awal berita ini", "Ringkasan", "../")


def test_menu_and_home_page_say_the_same_word(built_site):
    home = html(built_site, "")
    assert re.search(r'<h2 id="berita">Berita</h2>', home)
    assert re.search(r'<span class="md-ellipsis">\s*Berita\s*</span>', home)
    assert "Cerita" not in visible_text(home)


# --- C. consistent entity data --------------------------------------------------------------

def cards(page: str) -> dict[str, str]:
    return {m.group(1): m.group(0) for m in re.finditer(r'<section class="pj-card pj-entity-card" id="([^"]+)".*?</section>', page, re.S)}


def test_one_count_everywhere(built_site):
    """"17 kali disebut" above "(16)": mentions above sentences. Now both count sentences."""
    for story in (ID, EN):
        page = article_part(html(built_site, f"{story}/siapa/"))
        for eid, card in cards(page).items():
            count = re.search(r'<span class="pj-count">(?:disebut dalam|named in) (\d+) (?:kalimat|sentences?)</span>', card)
            listed = re.search(r'pj-mentions-toggle">[^<]*\((\d+)\)</summary>', card)
            if listed is None:  # not named in the article: no count at all
                assert count is None and "0 kalimat" not in card, eid
                continue
            assert count and count.group(1) == listed.group(1), (story, eid)
            assert int(listed.group(1)) == card.count('<blockquote class="pj-quote"')
    putin = article_part(html(built_site, "entitas/vladimir-putin/"))
    assert "disebut dalam 16 kalimat" in putin


def test_each_form_is_listed_once_and_every_form_is_listed(built_site):
    page = cards(article_part(html(built_site, f"{ID}/siapa/")))
    putin = re.search(r'<p class="pj-aliases"><strong class="pj-label">Juga disebut:</strong> (.*?)</p>', page["vladimir-putin"]).group(1)
    assert "Vladimir Putin" not in putin and "Putin" in putin.split(", ")
    kim = re.search(r'<p class="pj-aliases"><strong class="pj-label">Disebut sebagai:</strong> (.*?)</p>', page["kim-jong-un"]).group(1)
    assert "Kim" in kim.split(", ")  # the only name the article gives him


def test_entities_the_article_never_names_stand_apart(built_site):
    page = article_part(html(built_site, f"{ID}/siapa/"))
    background = page[page.index('<h2 id="tidak-disebut">'):]
    named = page[:page.index('<h2 id="tidak-disebut">')]
    for eid in ("kurt-campbell", "kim-hong-kyun", "rodong-sinmun"):
        assert f'id="{eid}"' in background and f'<section class="pj-card pj-entity-card" id="{eid}"' not in named
    assert "0 kalimat" not in page and "0 kali" not in page


def test_siapa_has_a_jump_list_by_kind(built_site):
    page = article_part(html(built_site, f"{ID}/siapa/"))
    jump = re.search(r'<nav class="pj-jump".*?</nav>', page, re.S).group(0)
    targets = re.findall(r'href="#([a-z-]+)"', jump)
    assert targets[:3] == ["person", "media", "country"] and "tidak-disebut" in targets
    for t in targets:
        assert f'<h2 id="{t}">' in page
    assert re.search(r'Orang <span class="pj-jump-n">\(6\)</span>', jump)


STORY = """---
title: Dua kali dalam satu kalimat
published: 2024-06-18
language: id
---
Budi Santoso bertemu Budi Santoso lagi. Budi pulang.
"""


def test_a_name_twice_in_one_sentence_counts_once_everywhere(tmp_path):
    root = tmp_path / "content"
    (root / "stories" / "dua").mkdir(parents=True)
    (root / "stories" / "dua" / "article.md").write_text(STORY, encoding="utf-8")
    (root / "entities").mkdir()
    (root / "entities" / "budi.yml").write_text("id: budi\nname: Budi Santoso\nkind: person\naliases: [Budi]\n", encoding="utf-8")
    result = prepare(root, tmp_path / "docs", base=tmp_path)
    pages = {p.src_uri: p.content for p in result.pages}
    assert "disebut dalam 2 kalimat" in pages["dua/siapa.md"] and "(2)</summary>" in pages["dua/siapa.md"]
    assert "disebut dalam 2 kalimat" in pages["entitas/budi.md"]
    assert "disebut dalam 2 kalimat" in pages["entitas/index.md"]
    assert "Juga disebut:</strong> Budi</p>" in pages["dua/siapa.md"]  # the name itself is not repeated


def test_curated_wikidata_ids_are_item_ids():
    """Every `wikidata` of the fixture's entity notes is an item id (Q and digits), shown as a link."""
    for f in (Path(__file__).parent / "fixtures" / "sample-site" / "content" / "entities").glob("*.yml"):
        m = re.search(r"^wikidata: (.*)$", f.read_text(encoding="utf-8"), re.M)
        if m:
            assert re.fullmatch(r"Q[1-9]\d*", m.group(1).strip()), f


# --- D. who is connected to whom ------------------------------------------------------------

def test_the_connection_picture_holds_every_person_of_the_story(built_site):
    page = article_part(html(built_site, f"{ID}/siapa/"))
    picture = re.search(r'<section class="pj-graph".*?</section>', page, re.S).group(0)
    rows = re.findall(r'<li class="pj-conn pj-conn-([a-z]+)" id="hub-([a-z0-9-]+)">', picture)
    people = [eid for kind, eid in rows if kind == "person"]
    assert set(people) == {"vladimir-putin", "kim-jong-un", "andrei-belousov", "denis-manturov", "joe-biden", "john-kirby"}
    named = set(cards(page[:page.index('<h2 id="tidak-disebut">')]))
    assert {eid for _, eid in rows} == named and len(rows) >= 20


def test_connection_list_for_forty_names_stays_one_row_each():
    nodes = [f"e{i}" for i in range(40)]
    g = graphs.Graph(nodes, [graphs.Edge(a, b, together=1) for a, b in zip(nodes, nodes[1:])])
    from penjelas.render.labels import labels
    out = graphs.connection_list(g, [("person", "Orang", nodes)], str, lambda n: None, lambda n: f"#{n}", labels("id")["text"])
    assert out.count('<details class="pj-conn-item"') == 40 and "<svg class=\"pj-graph-svg\"" not in out


# --- in Chromium: desktop and phone -----------------------------------------------------------

@pytest.fixture(params=["desktop", "phone"])
def screen(request, browser, site_server):
    s = Session(browser, site_server, DESKTOP if request.param == "desktop" else MOBILE)
    s.kind = request.param
    yield s
    s.close()
    assert s.foreign == [], s.foreign
    assert s.errors == [], s.errors


def lang_of(page, selector: str) -> str:
    return page.eval_on_selector(selector, "e => e.closest('[lang]').getAttribute('lang')")


@pytest.mark.browser
def test_browser_an_english_story_reads_in_one_language(screen):
    for section in SECTIONS:
        page = screen.goto(f"{EN}/{section}")
        assert page.evaluate("document.documentElement.lang") == "en"
        assert page.locator(".pj-storynav a").first.inner_text().strip() == "Overview"
        assert lang_of(page, ".md-header") == "id" and lang_of(page, ".md-footer") == "id"
    page = screen.goto(f"{EN}/reaksi/")
    assert lang_of(page, "figure.pj-statement blockquote p") == "en"
    assert lang_of(page, ".pj-flag .pj-flag-kind") == "en"
    assert page.eval_on_selector(".pj-flag", "a => a.querySelector('[lang]').getAttribute('lang')") == "id"
    page = screen.goto("entitas/jepang/")
    assert lang_of(page, f"section[aria-labelledby='b-{EN}'] blockquote.pj-quote p > span") == "en"
    assert lang_of(page, "h1") == "id"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"]


@pytest.mark.browser
def test_browser_next_stays_in_the_story_then_says_it_leaves(screen):
    page = screen.goto(f"{ID}/")
    seen = [urlsplit(page.url).path]
    for _ in range(5):
        link = page.locator("a.md-footer__link--next")
        assert link.locator(".md-footer__direction").inner_text().strip() == "Selanjutnya"
        link.click()
        page.wait_for_load_state()
        seen.append(urlsplit(page.url).path)
    assert seen == [f"{MOUNT}{ID}/{s}" for s in SECTIONS]
    last = page.locator("a.md-footer__link--next")
    assert last.locator(".md-footer__direction").inner_text().strip() == "Berita berikutnya"
    assert "Kongres Diaspora Indonesia" in last.inner_text()
    last.click()
    page.wait_for_url(re.compile(r"/kongres-diaspora-indonesia-2017/$"))


@pytest.mark.browser
def test_browser_jump_list_and_counts(screen):
    page = screen.goto(f"{ID}/siapa/")
    page.locator(".pj-jump a[href='#country']").click()
    page.wait_for_function("location.hash === '#country'")
    top = page.evaluate("document.getElementById('country').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"] / 2
    counts = page.eval_on_selector_all(".pj-entity-card", """cs => cs.map(c => {
        const n = c.querySelector('.pj-count'), t = c.querySelector('.pj-mentions-toggle');
        return [n ? n.textContent.match(/\\d+/)[0] : null, t ? t.textContent.match(/\\((\\d+)\\)/)[1] : null]; })""")
    assert counts and all(a == b for a, b in counts), counts


@pytest.mark.browser
def test_browser_first_tap_shows_connections_second_goes_to_the_page(screen):
    page = screen.goto(f"{ID}/siapa/")
    row = page.locator("#hub-kim-jong-un details")
    summary = row.locator("summary")
    summary.scroll_into_view_if_needed()
    box = summary.bounding_box()
    assert box["height"] >= 44  # a thumb-sized row
    if screen.kind == "phone":
        summary.tap()
    else:
        summary.click()
    page.wait_for_timeout(100)
    assert urlsplit(page.url).path.endswith(f"{ID}/siapa/")  # the first tap does not leave the page
    assert row.evaluate("d => d.open")
    assert row.evaluate("d => getComputedStyle(d).borderTopColor") != page.locator("#hub-andrei-belousov details").evaluate(
        "d => getComputedStyle(d).borderTopColor")  # the open one is highlighted
    ties = row.locator(".pj-tie a")
    assert "Vladimir Putin" in [ties.nth(i).inner_text() for i in range(ties.count())]
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    # Another name closes this one (one open at a time: the list stays short on a phone).
    other = page.locator("#hub-vladimir-putin details")
    (other.locator("summary").tap if screen.kind == "phone" else other.locator("summary").click)()
    page.wait_for_timeout(100)
    assert other.evaluate("d => d.open") and not row.evaluate("d => d.open")
    link = other.locator("a.pj-conn-page")
    assert link.is_visible() and "Vladimir Putin" in link.inner_text()
    (link.tap if screen.kind == "phone" else link.click)()
    page.wait_for_url(re.compile(r"/entitas/vladimir-putin/$"))


@pytest.mark.browser
def test_browser_names_fit_at_twenty_rows(screen):
    page = screen.goto(f"{ID}/siapa/")
    rows = page.eval_on_selector_all("section.pj-graph summary", """ss => ss.map(s => {
        const n = s.querySelector('.pj-conn-name'); const r = s.getBoundingClientRect();
        return [r.height, n.scrollWidth <= n.clientWidth + 1, r.right <= document.documentElement.clientWidth + 1]; })""")
    assert len(rows) >= 20
    assert all(h >= 44 and fits and inside for h, fits, inside in rows), rows
