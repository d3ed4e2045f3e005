"""The reader's explainer, measured in real Chromium at 1280 px (desktop) and
390 px (a phone, touch): the article page without holes, each note beside
its own sentence (or right after it, folded, on a phone), the phrase it is
about highlighted, notes shown, hidden and filtered by kind with a count,
what the marks mean; sentence references read "k. 24" on every page, with a
preview of the sentence and no request; dark mode follows the system and
reads well; no Tab stop is invisible; every correction is in the story's
corrections log, with its date when the notes give one.

The site is the fixture site (conftest's built_site): its story
putin-korea-utara-2024 has context, correction and unverified notes.
"""

from __future__ import annotations

import colorsys
import json
import re
from urllib.parse import urlsplit

import pytest

from test_browser import AXE, AXE_RUN, DESKTOP, MOBILE, SLUG, Session, html_pages, parse  # noqa: F401

ARTICLE = f"{SLUG}/artikel/"
EN = "kapal-selam-tiongkok-2004"  # the fixture's English story
WIDTHS = {"desktop": DESKTOP, "phone": MOBILE}
KINDS = ("context", "correction", "unverified")


class Reader(Session):
    """``Session`` (only the local server, errors and foreign requests
    recorded), with browser-context options: a colour scheme, script off."""

    def __init__(self, browser, base: str, viewport: dict = DESKTOP, **options):
        self.base = base
        self.foreign, self.failed, self.errors = [], [], []
        mobile = viewport["width"] < 600
        self.context = browser.new_context(viewport=viewport, is_mobile=mobile, has_touch=mobile, service_workers="block", **options)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("response", lambda r: self.failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)


@pytest.fixture
def open_reader(browser, site_server):
    made: list[Reader] = []

    def make(width: str = "desktop", **options) -> Reader:
        r = Reader(browser, site_server, WIDTHS[width], **options)
        made.append(r)
        return r
    yield make
    for r in made:
        r.close()
        assert r.foreign == [], f"requests to other hosts: {r.foreign}"
        assert r.errors == [], r.errors


@pytest.fixture(scope="module")
def story(built_site) -> dict:
    return json.loads((built_site / SLUG / "story.json").read_text(encoding="utf-8"))


# Every sentence's line boxes and every note's box, in page coordinates.
LAYOUT = """() => {
  const y = (r) => ({top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right});
  const sentences = [...document.querySelectorAll('.pj-article .pj-sent')].map(s => {
    const rects = [...s.getClientRects()].filter(r => r.width > 0);
    return {id: s.id, first: y(rects[0]), last: y(rects[rects.length - 1]),
            right: Math.max(...rects.map(r => r.right))};
  });
  const notes = [...document.querySelectorAll('.pj-article details.pj-note')].map(n => ({
    sid: n.dataset.s, kind: n.className.match(/pj-note-(context|correction|unverified)/)[1], open: n.open,
    visible: n.checkVisibility(), body: n.querySelector('.pj-note-body').checkVisibility(),
    box: y(n.getBoundingClientRect()), id: n.querySelector('.pj-note-body').id,
    after: (() => { let e = n.previousElementSibling; while (e && !e.classList.contains('pj-sent')) e = e.previousElementSibling; return e && e.id; })(),
  }));
  const line = parseFloat(getComputedStyle(document.querySelector('.pj-article')).lineHeight);
  const column = document.querySelector('.pj-para').getBoundingClientRect();
  return {sentences, notes, line, column: {left: column.left, right: column.right}};
}"""


def layout(page) -> dict:
    out = page.evaluate(LAYOUT)
    out["by_id"] = {s["id"]: s for s in out["sentences"]}
    return out


def largest_gap(lay) -> float:
    """The largest vertical space between one sentence's last line and the next's first."""
    s = lay["sentences"]
    return max(b["first"]["top"] - a["last"]["bottom"] for a, b in zip(s, s[1:]))


# --- 1. the article page without holes; each note beside its own sentence ---------------------------

@pytest.mark.browser
@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
def test_the_text_column_has_no_holes_on_a_wide_screen(open_reader, script):
    page = open_reader("desktop", java_script_enabled=script).goto(ARTICLE)
    lay = layout(page)
    assert len(lay["notes"]) == 20
    gap = largest_gap(lay)
    assert gap < 2 * lay["line"], f"a hole of {gap:.0f} px between two sentences (a line is {lay['line']:.0f} px)"
    # The notes stand in the margin, never over the text.
    text_right = max(s["right"] for s in lay["sentences"])
    assert all(n["box"]["left"] >= text_right for n in lay["notes"]), "a note covers the text"


@pytest.mark.browser
def test_each_note_stands_beside_its_own_sentence(open_reader, story):
    page = open_reader("desktop").goto(ARTICLE)
    lay = layout(page)
    line = lay["line"]
    assert sorted(n["id"] for n in lay["notes"]) == sorted(f"note-{a['sentence']}-{i}" for a, i in _numbered(story["annotations"]))
    seen: set[str] = set()
    previous = None
    for n in lay["notes"]:
        s = lay["by_id"][n["sid"]]
        assert n["after"] == n["sid"], "in the text, the note follows its own sentence"
        if n["sid"] not in seen:  # the first note of a sentence: at its first line
            assert abs(n["box"]["top"] - s["first"]["top"]) <= line, (n["id"], n["box"]["top"], s["first"]["top"])
        # every note starts within its sentence's lines, or right below the notes before it
        assert s["first"]["top"] - 4 <= n["box"]["top"] <= max(s["last"]["bottom"], previous or 0) + 12, n["id"]
        if previous is not None:
            assert n["box"]["top"] >= previous - 1, f"{n['id']} overlaps the note before it"
        previous = n["box"]["bottom"]
        seen.add(n["sid"])
    # Opening a note moves the notes after it down, never over it.
    page.locator("details.pj-note summary").nth(0).click()
    page.wait_for_timeout(100)
    after = layout(page)["notes"]
    assert after[0]["open"] and after[0]["body"]
    assert all(b["box"]["top"] >= a["box"]["bottom"] - 1 for a, b in zip(after, after[1:]))


@pytest.mark.browser
def test_without_script_a_note_is_beside_its_sentence_s_last_line(open_reader):
    lay = layout(open_reader("desktop", java_script_enabled=False).goto(ARTICLE))
    previous = 0
    for n in lay["notes"]:
        s = lay["by_id"][n["sid"]]
        # a float starts at the top of its line box, a little above the text's own top
        assert s["first"]["top"] - lay["line"] / 2 <= n["box"]["top"] <= max(s["last"]["bottom"], previous) + 12, n["id"]
        previous = n["box"]["bottom"]


@pytest.mark.browser
@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
def test_on_a_phone_notes_follow_their_sentence_and_fold(open_reader, script):
    page = open_reader("phone", java_script_enabled=script).goto(ARTICLE)
    lay = layout(page)
    width = lay["column"]["right"] - lay["column"]["left"]
    previous = {}
    for n in lay["notes"]:
        s = lay["by_id"][n["sid"]]
        above = previous.get(n["sid"], s["last"]["bottom"])  # the sentence, or the note of the same sentence before it
        assert 0 <= n["box"]["top"] - above <= lay["line"], (n["id"], n["box"]["top"], above)
        assert n["box"]["right"] - n["box"]["left"] >= 0.9 * width, "a box across the text, not beside it"
        assert not n["open"] and not n["body"], "folded by default on a phone"
        previous[n["sid"]] = n["box"]["bottom"]
    if script:  # (without script, Material's own header title is wider than a phone)
        assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]
    assert page.evaluate("[...document.querySelectorAll('.pj-article *')].every(e => e.getBoundingClientRect().right <= innerWidth + 1)")
    summary = page.locator("details.pj-note > summary").nth(2)
    summary.tap() if script else summary.click()
    assert layout(page)["notes"][2]["body"], "a tap opens it"
    summary.tap() if script else summary.click()
    assert not layout(page)["notes"][2]["body"], "a second tap folds it"


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_phrase_of_each_note_is_highlighted_in_its_kind(open_reader, story, width):
    page = open_reader(width).goto(ARTICLE)
    marked = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.pj-article .pj-sent')].map(s =>
        [s.id, [...s.querySelectorAll('mark.pj-mark')].map(m => [m.className.match(/pj-mark-(\\w+)/)[1], m.textContent])]))""")
    for a in story["annotations"]:
        text = "".join(t for kind, t in marked[a["sentence"]] if kind == a["kind"])
        assert " ".join(a["phrase"].split()) in " ".join(text.split()), (a["phrase"], marked[a["sentence"]])
    bg = page.evaluate("getComputedStyle(document.querySelector('mark.pj-mark-correction')).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")


def _numbered(annotations):
    n: dict[str, int] = {}
    for a in annotations:
        n[a["sentence"]] = n.get(a["sentence"], 0) + 1
        yield a, n[a["sentence"]]


# --- readable notes; kinds told apart; no doubled quotes -------------------------------------------

def _rgb(css: str) -> tuple[float, float, float, float]:
    parts = [float(x) for x in re.findall(r"[\d.]+", css)]
    return (parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else 1.0)


def _luminance(rgb) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _over(fg, bg):
    a = fg[3]
    return tuple(fg[i] * a + bg[i] * (1 - a) for i in range(3))


def contrast(fg_css: str, bg_css: str) -> float:
    bg = _rgb(bg_css)
    fg = _over(_rgb(fg_css), bg)
    hi, lo = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def hue(css: str) -> float:
    r, g, b, _ = _rgb(css)
    return colorsys.rgb_to_hls(r / 255, g / 255, b / 255)[0] * 360


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_notes_are_readable_and_unverified_is_not_green(open_reader, width, scheme):
    page = open_reader(width, color_scheme=scheme).goto(ARTICLE)
    page.evaluate("document.querySelectorAll('details.pj-note').forEach(n => n.open = true)")
    m = page.evaluate("""() => {
        const css = (sel, pseudo) => getComputedStyle(document.querySelector(sel), pseudo || null);
        const note = (k) => document.querySelector('details.pj-note-' + k);
        return {
          body: parseFloat(css('.pj-para').fontSize), text: parseFloat(css('.pj-note-body p').fontSize),
          src: parseFloat(css('.pj-note .pj-srcnote').fontSize), srcColor: css('.pj-note .pj-srcnote').color,
          kinds: Object.fromEntries(['context', 'correction', 'unverified'].map(k => [k, {
            bg: getComputedStyle(note(k)).backgroundColor, border: getComputedStyle(note(k)).borderLeftColor,
            label: getComputedStyle(note(k).querySelector('.pj-note-kind')).color,
            mark: getComputedStyle(note(k).querySelector('.pj-kmark')).backgroundColor,
            markText: getComputedStyle(note(k).querySelector('.pj-kmark')).color,
            ref: getComputedStyle(document.querySelector('a.pj-note-ref-' + k)).backgroundColor,
            text: getComputedStyle(note(k).querySelector('.pj-note-body p')).color}]))};
    }""")
    assert m["text"] >= 0.88 * m["body"], f"note text {m['text']} px beside body text {m['body']} px"
    assert m["src"] >= 0.8 * m["body"], f"the Sumber line is {m['src']} px"
    for kind, c in m["kinds"].items():
        assert contrast(m["srcColor"], c["bg"]) >= 4.5, (kind, "Sumber", m["srcColor"], c["bg"])
        assert contrast(c["text"], c["bg"]) >= 4.5, (kind, "text")
        assert contrast(c["label"], c["bg"]) >= 4.5, (kind, "label")
        assert contrast(c["markText"], c["mark"]) >= 4.5, (kind, "mark")
        assert c["mark"] == c["ref"] == c["border"], (kind, "one colour for the mark in the text, on the box and its border", c)
    unverified = m["kinds"]["unverified"]
    for what in ("bg", "border", "mark"):
        assert not 75 <= hue(unverified[what]) <= 170, f"unverified {what} is green: {unverified[what]}"
    assert abs(hue(unverified["bg"]) - hue(unverified["border"])) < 25, "box and mark are one colour"


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_quote_marks_are_never_doubled_nor_left_open(open_reader, width):
    page = open_reader(width).goto(ARTICLE)
    page.evaluate("document.querySelectorAll('details').forEach(n => n.open = true)")
    quotes = "\"'“”„‘’«»"
    phrases = page.evaluate("[...document.querySelectorAll('.pj-phrase')].map(e => [e.tagName, e.textContent])")
    assert any(tag == "SPAN" for tag, _ in phrases), "the fixture has a phrase that brings its own quote marks"
    for tag, text in phrases:
        if tag == "Q":  # the browser adds quote marks around a <q>: the words must bring none
            assert text[:1] not in quotes and text[-1:] not in quotes, text
    shown = page.evaluate("document.querySelector('.md-content').innerText")
    assert not re.search(r"““|””|\"\"", shown)
    # The fixture's "“Pertukaran ... tajam" opens a quote the phrase does not close: shown as a whole quote.
    for text in page.evaluate("[...document.querySelectorAll('.pj-note-body p:first-child, .pj-log-item')].map(e => e.innerText)"):
        assert text.count("“") == text.count("”"), text


# --- filters, counts and the legend ------------------------------------------------------------------

VISIBLE = """() => Object.fromEntries(['context', 'correction', 'unverified'].map(k => [k, [
    [...document.querySelectorAll('details.pj-note-' + k)].filter(e => e.checkVisibility()).length,
    [...document.querySelectorAll('a.pj-note-ref-' + k)].filter(e => e.checkVisibility()).length,
    [...document.querySelectorAll('.pj-article mark.pj-mark-' + k)].filter(e => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)').length]]))"""


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
def test_notes_are_shown_hidden_and_filtered_by_kind_with_counts(open_reader, story, width, script):
    page = open_reader(width, java_script_enabled=script).goto(ARTICLE)
    total = {k: sum(a["kind"] == k for a in story["annotations"]) for k in KINDS}
    assert all(total.values())
    for k in KINDS:
        assert page.inner_text(f"label.pj-chip-{k} .pj-note-count") == f"({total[k]})"
    shown = page.evaluate(VISIBLE)
    assert {k: v[:2] for k, v in shown.items()} == {k: [n, n] for k, n in total.items()}, "every note and its mark show"
    page.locator("#pj-kind-context").click()
    shown = page.evaluate(VISIBLE)
    assert shown["context"] == [0, 0, 0], shown
    assert shown["correction"][:2] == [total["correction"]] * 2 and shown["unverified"][:2] == [total["unverified"]] * 2
    page.locator("#pj-notes-on").click()
    assert page.evaluate(VISIBLE) == {k: [0, 0, 0] for k in KINDS}
    if script:
        assert page.is_disabled("#pj-kind-correction"), "without notes, their kinds cannot be chosen"
    page.locator("#pj-notes-on").click()
    page.locator("#pj-kind-context").click()
    assert {k: v[:2] for k, v in page.evaluate(VISIBLE).items()} == {k: [n, n] for k, n in total.items()}
    button = page.locator("button.pj-notes-all")
    if not script:
        assert not button.is_visible(), "a button that needs script is not shown without it"
        return
    label = button.inner_text()
    button.click()
    assert page.evaluate("[...document.querySelectorAll('details.pj-note')].every(n => n.open)")
    assert button.inner_text() != label and button.get_attribute("aria-expanded") == "true"
    button.click()
    assert page.evaluate("[...document.querySelectorAll('details.pj-note')].every(n => !n.open)")


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_link_to_a_note_opens_it_even_when_its_kind_is_hidden(open_reader, story, width):
    page = open_reader(width).goto(ARTICLE)
    a = next(x for x in story["annotations"] if x["kind"] == "unverified")
    page.locator("#pj-kind-unverified").click()
    page.evaluate("id => { location.hash = id }", f"note-{a['sentence']}-1")
    page.wait_for_timeout(150)
    body = page.locator(f"#note-{a['sentence']}-1")
    assert body.is_visible() and page.is_checked("#pj-kind-unverified")
    box = body.bounding_box()
    assert 0 <= box["y"] < WIDTHS[width]["height"]


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_legend_explains_the_marks_and_the_sentence_numbers(open_reader, width):
    page = open_reader(width).goto(ARTICLE)
    legend = page.locator("details.pj-legend-box")
    legend.locator("summary").click()
    text = legend.inner_text()
    for mark, kind in (("i", "Konteks"), ("!", "Koreksi"), ("?", "Belum terverifikasi")):
        assert legend.locator(f".pj-kmark:text-is('{mark}')").count() == 1
        assert re.search(rf"{kind}: \w+", text), kind
    assert "k.\u00a012 kalimat ke-12 artikel" in text.replace("\n", " ")


# --- 2. sentence references: "k. 24" everywhere, with a preview -----------------------------------------

def test_sentence_references_use_one_notation_on_every_page(built_site):
    """Every sentence reference of every page reads "k. 24", never "¶24" or a bare
    number, and its accessible name says it is sentence 24."""
    checked = 0
    for path in html_pages(built_site):
        f = built_site / (path + "index.html" if path == "" or path.endswith("/") else path)
        html = f.read_text(encoding="utf-8")
        english = 'lang="en"' in html[:300]
        for attrs, text in re.findall(r'<a class="(?:pj-cite|pj-sref|pj-n|pj-note-back)"([^>]*)>([^<]*)</a>', html):
            label = re.search(r'aria-label="[^"]*?(\d+)', attrs)
            assert re.fullmatch(r"(s|k)\.\u00a0\d+", text), (path, text)
            assert label and text.endswith(label.group(1)), (path, attrs, text)
            assert text.startswith("s." if english else "k."), (path, text)
            checked += 1
    assert checked > 300
    assert "¶" not in (built_site / "tentang" / "index.html").read_text(encoding="utf-8")


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_sentence_reference_previews_its_sentence_without_a_request(open_reader, story, width):
    r = open_reader(width)
    page = r.goto(f"{SLUG}/reaksi/")
    sentences = {s["id"]: s["text"] for s in story["sentences"]}
    requests: list[str] = []
    page.on("request", lambda q: requests.append(q.url) if not q.url.endswith("favicon.png") else None)  # the tab's icon comes when it comes
    cites = page.locator("a.pj-cite[title]").element_handles()  # handles: the preview takes the title away
    assert len(cites) > 5
    assert page.evaluate("getComputedStyle(document.querySelector('a.pj-cite'), '::before').content") in ("none", "normal")
    first = cites[0]
    sid = urlsplit(first.get_attribute("href")).fragment
    first.focus()
    tip = page.locator(".pj-preview")
    assert tip.is_visible() and sentences[sid] in tip.inner_text()
    assert first.get_attribute("aria-describedby") == "pj-preview"
    assert first.get_attribute("title") is None, "no second tooltip from the browser"
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    other = cites[3]
    sid = urlsplit(other.get_attribute("href")).fragment
    if width == "phone":
        other.tap()  # a first tap shows the sentence, and stays on the page
        assert tip.is_visible() and sentences[sid] in tip.inner_text()
        assert page.url.endswith("/reaksi/")
        assert requests == [], "the preview needs no request"
        tip.locator("a").tap()  # the preview's link opens the sentence
        page.wait_for_url(re.compile(rf"/artikel/#{sid}$"))
    else:
        other.hover()
        assert tip.is_visible() and sentences[sid] in tip.inner_text()
        box, pop = other.bounding_box(), tip.bounding_box()
        assert pop["y"] >= box["y"] + box["height"] - 1 or pop["y"] + pop["height"] <= box["y"] + 1, "beside the link, not over it"
        page.mouse.move(5, 5)
        page.wait_for_timeout(450)
        assert not tip.is_visible()
        assert requests == [], "the preview needs no request"
        other.click()
        page.wait_for_url(re.compile(rf"/artikel/#{sid}$"))


REFERENCES = "a.pj-cite, a.pj-sref, a.pj-n, a.pj-note-back"


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_sentence_references_read_as_one_notation_in_the_browser(open_reader, width):
    """What a reader sees and hears, on each kind of page that cites sentences:
    "k. 24" (an English story: "s. 24") and a name that says "sentence 24"."""
    r = open_reader(width)
    seen = 0
    for path, prefix in ((f"{SLUG}/", "k."), (f"{SLUG}/apa/", "k."), (f"{SLUG}/kapan/", "k."), (f"{SLUG}/reaksi/", "k."),
                         (ARTICLE, "k."), ("entitas/vladimir-putin/", "k."), (f"{EN}/reaksi/", "s."), (f"{EN}/artikel/", "s.")):
        page = r.goto(path)
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        refs = page.eval_on_selector_all(REFERENCES, """as => as.filter(a => a.checkVisibility())
            .map(a => [a.textContent.trim(), a.getAttribute('aria-label') || ''])""")
        assert refs, path
        for text, name in refs:
            assert re.fullmatch(rf"{re.escape(prefix)}\s\d+", text), (path, text)
            assert re.search(rf"\b(kalimat|sentence) {text.split()[-1]}\b", name), (path, text, name)
        seen += len(refs)
        assert "¶" not in page.inner_text(".md-content"), path
    assert seen > 100


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_without_script_a_sentence_reference_is_a_plain_link_with_its_sentence_as_title(open_reader, story, width):
    page = open_reader(width, java_script_enabled=False).goto(f"{SLUG}/reaksi/")
    sentences = {s["id"]: s["text"] for s in story["sentences"]}
    cite = page.locator("a.pj-cite[title]").first
    sid = urlsplit(cite.get_attribute("href")).fragment
    assert cite.get_attribute("title") == sentences[sid]
    cite.tap() if width == "phone" else cite.click()  # one tap: the link, no preview first
    page.wait_for_url(re.compile(rf"/artikel/#{sid}$"))
    assert page.evaluate("document.querySelector(':target').id") == sid


# --- 7. dark mode, the colour toggle, no invisible Tab stops -----------------------------------------------

def test_the_colour_choice_is_applied_before_the_page_body_is_parsed(built_site):
    """The reader's colours are set by the header's own script, before the
    article exists, on every page: never by a script that restyles the whole
    page after it loads (Material's palette component did, three times: a
    phone's performance score fell below 95 on long pages). Material must
    find nothing to mount."""
    for path in html_pages(built_site):
        html = (built_site / (path + "index.html" if path == "" or path.endswith("/") else path)).read_text(encoding="utf-8")
        assert 'data-md-component="palette"' not in html, path
        toggle, apply, main = html.find("data-pj-palette"), html.find("window.__pj_palette(saved"), html.find("<main")
        assert 0 < toggle < apply < main, (path, toggle, apply, main)


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_dark_mode_follows_the_system_and_every_penjelas_element_reads(open_reader, width):
    page = open_reader(width, color_scheme="dark").goto(ARTICLE)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    assert _luminance(_rgb(page.evaluate("getComputedStyle(document.body).backgroundColor"))) < 0.05
    # Everything Penjelas draws on this page, in view: notes open, the legend, a preview.
    page.evaluate("""() => { document.querySelectorAll('details').forEach(d => d.open = true);
                             document.querySelector('.pj-log a.pj-sref').focus(); }""")
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(AXE_RUN) == []
    light = open_reader(width, color_scheme="light").goto(ARTICLE)
    assert light.evaluate("document.body.dataset.mdColorScheme") == "default"


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_colour_toggle_works_by_keyboard(open_reader, width):
    page = open_reader(width, color_scheme="dark").goto(ARTICLE)
    chosen = "(__md_get('__palette') || {}).index"  # the choice, stored as Material stores it
    shown = "[...document.querySelectorAll('[data-pj-palette] > button')].findIndex(b => !b.hidden)"
    assert page.evaluate(chosen) is None and page.evaluate(shown) == 0, "first visit: the system's choice"
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate", "the system's choice, before any"
    states = []
    for _ in range(3):
        # One real button shows, the one for the current choice; its name says what a press does.
        button = page.locator("[data-pj-palette] > button:visible")
        assert button.count() == 1
        box = button.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24 and button.get_attribute("aria-label")
        button.focus()
        page.keyboard.press("Enter")
        page.wait_for_timeout(100)
        states.append((page.evaluate(chosen), page.evaluate("document.body.dataset.mdColorScheme")))
        assert page.evaluate(chosen) == page.evaluate(shown)
        assert page.evaluate("document.activeElement.matches('[data-pj-palette] > button:not([hidden])')"), "focus stays on the toggle"
    # Each press is the next choice, round: system (here dark), light, dark.
    assert [i for i, _ in states] == [1, 2, 0]
    assert {i: scheme for i, scheme in states} == {0: "slate", 1: "default", 2: "slate"}
    # The choice holds on the next page; "the system's" follows the system as it changes.
    page.keyboard.press("Enter")  # -> light
    page.goto(page.url.replace("/artikel/", "/siapa/"))
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default" and page.evaluate(shown) == 1
    page.locator("[data-pj-palette] > button:visible").click()  # -> dark
    page.locator("[data-pj-palette] > button:visible").click()  # -> the system's
    page.emulate_media(color_scheme="light")
    page.wait_for_function("document.body.dataset.mdColorScheme === 'default'")
    page.emulate_media(color_scheme="dark")
    page.wait_for_function("document.body.dataset.mdColorScheme === 'slate'")
    assert page.evaluate("document.querySelector('meta[name=color-scheme]').content") == "dark"


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("path", ["", ARTICLE, f"{SLUG}/reaksi/"])
def test_no_tab_stop_is_invisible(open_reader, width, path):
    page = open_reader(width).goto(path)
    seen, bad = [], []
    for _ in range(150):
        page.keyboard.press("Tab")
        page.wait_for_timeout(20)
        stop = page.evaluate("""() => { const e = document.activeElement; if (!e || e === document.body) return null;
            const r = e.getBoundingClientRect();
            return [e.tagName + '.' + (e.getAttribute('class') || '') + '#' + e.id, r.width, r.height,
                    e.checkVisibility({visibilityProperty: true})]; }""")
        if stop is None:
            break
        if stop[0] in seen[:1]:
            break  # round again
        seen.append(stop[0])
        if not (stop[1] > 0 and stop[2] > 0 and stop[3]):
            bad.append(stop)
    assert len(seen) > 5
    assert bad == []


# --- 8. the corrections log -------------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_corrections_log_lists_every_correction_and_unverified_note(open_reader, story, width):
    page = open_reader(width).goto(ARTICLE)
    order = {s["id"]: s["index"] for s in story["sentences"]}
    wanted = sorted((a for a in story["annotations"] if a["kind"] in ("correction", "unverified")),
                    key=lambda a: order[a["sentence"]])
    log = page.locator("section.pj-log")
    assert log.locator("h2").inner_text() == "Koreksi dan catatan"
    items = page.evaluate("""() => [...document.querySelectorAll('.pj-log-item')].map(li => ({
        kind: li.className.match(/pj-log-(correction|unverified)/)[1],
        sentence: new URL(li.querySelector('a.pj-sref').href).hash.slice(1),
        sources: [...li.querySelectorAll('a.pj-source')].map(a => a.href), text: li.innerText}))""")
    assert [(i["kind"], i["sentence"]) for i in items] == [(a["kind"], a["sentence"]) for a in wanted]
    for item, a in zip(items, wanted):
        assert [u.rstrip("/") for u in item["sources"]] == [s["url"].rstrip("/") for s in a["sources"]]
        assert " ".join(a["text"].split()) in " ".join(item["text"].split())
    counts = log.locator(".pj-log-counts").inner_text()
    assert f"Koreksi: {sum(a['kind'] == 'correction' for a in wanted)}" in counts
    assert "Diperbarui" not in log.inner_text(), "the fixture's notes give no date: none is shown"
    # The log's sentence link lands on the sentence.
    first = log.locator("a.pj-sref").first
    sid = urlsplit(first.get_attribute("href")).fragment
    first.click() if width == "desktop" else first.dispatch_event("click")
    page.wait_for_timeout(100)
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == sid


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_the_overview_links_to_the_corrections_log(open_reader, width):
    page = open_reader(width).goto(f"{SLUG}/")
    link = page.locator("p.pj-log-link a")
    assert "Koreksi: 5" in page.locator("p.pj-log-link").inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/artikel/#koreksi-dan-catatan$"))
    box = page.locator("#koreksi-dan-catatan").bounding_box()
    assert 0 <= box["y"] < WIDTHS[width]["height"]


# --- the `updated` field (no browser) --------------------------------------------------------------------------

def test_the_log_shows_the_notes_updated_date_and_nothing_without_it(tmp_path):
    from test_corrections import FIXES, page as page_of, story_site
    from test_bad_input import SLUG as SMALL

    dated = story_site(tmp_path / "dated", FIXES + "updated: 2024-07-01\n")
    assert [str(p) for p in dated.problems.errors] == []
    article, overview = page_of(dated, f"{SMALL}/artikel.md"), page_of(dated, f"{SMALL}/index.md")
    assert '<p class="pj-log-counts">Koreksi: 3 · Belum terverifikasi: 0 · Diperbarui: Senin, 1 Juli 2024</p>' in article
    assert "Diperbarui: Senin, 1 Juli 2024" in overview and f'href="artikel/#koreksi-dan-catatan"' in overview
    undated = story_site(tmp_path / "undated")
    article = page_of(undated, f"{SMALL}/artikel.md")
    assert '<p class="pj-log-counts">Koreksi: 3 · Belum terverifikasi: 0</p>' in article and "Diperbarui" not in article


def test_a_story_without_corrections_says_so(tmp_path):
    from test_bad_input import NOTES_TEXT, SLUG as SMALL
    from test_corrections import page as page_of, story_site

    result = story_site(tmp_path, NOTES_TEXT)  # one context note
    article = page_of(result, f"{SMALL}/artikel.md")
    assert "Belum ada koreksi atau catatan belum terverifikasi untuk berita ini." in article
    assert "pj-log-link" not in page_of(result, f"{SMALL}/index.md")


def test_a_bad_updated_date_is_an_error_at_its_place(tmp_path):
    from test_corrections import FIXES, story_site
    from test_bad_input import NOTES

    result = story_site(tmp_path, FIXES + "updated: 2024-13-01\n")
    line = (FIXES + "updated: 2024-13-01\n").count("\n")
    assert [str(p) for p in result.problems.errors] == [
        f"{NOTES}:{line}:10: error: [bad-date] updated: invalid date '2024-13-01' (expected a real date as YYYY-MM-DD)"]


ENGLISH = """---
title: Putin in Pyongyang
published: 2024-06-18
language: en
---
President Vladimir Putin will arrive in Pyongyang on the evening of June 18. John Kirby said the United States was worried.
"""


def test_an_english_story_names_the_log_in_english(tmp_path):
    from test_corrections import story_site
    from test_bad_input import SLUG as SMALL
    from penjelas.render.renderer import Renderer

    notes = ("annotations:\n  - phrase: on the evening of June 18\n    kind: correction\n    text: He landed at 02.22 on 19 June.\n"
             "    sources: [https://example.org/landed]\nupdated: 2024-07-01\n")
    result = story_site(tmp_path, notes, ENGLISH)
    assert [str(p) for p in result.problems.errors] == []
    pages = {p.src_uri: p.content for p in Renderer(result.site, "en", True, "Penjelas").pages()}
    article = pages[f"{SMALL}/article.md"]
    assert '<h2 id="corrections-and-notes">Corrections and notes</h2>' in article
    assert "Updated: Monday, 1 July 2024" in article and "s.\u00a01" in article


# --- axe on every kind of page: desktop and phone, light and dark, notes open ------------------------------

AXE_PAGES = {
    "beranda": "", "ringkasan": f"{SLUG}/", "siapa": f"{SLUG}/siapa/", "apa": f"{SLUG}/apa/", "kapan": f"{SLUG}/kapan/",
    "reaksi": f"{SLUG}/reaksi/", "artikel": ARTICLE, "entitas": "entitas/", "entitas-orang": "entitas/vladimir-putin/",
    "entitas-negara": "entitas/korea-utara/", "en-ringkasan": f"{EN}/", "en-siapa": f"{EN}/siapa/", "en-apa": f"{EN}/apa/",
    "en-kapan": f"{EN}/kapan/", "en-reaksi": f"{EN}/reaksi/", "en-artikel": f"{EN}/artikel/", "tentang": "tentang/", "404": "404.html",
}


# AXE_RUN's serious and critical violations, and the lesser ones Lighthouse still counts against a
# score of 100 (a role on a <label>: Material's header buttons had one).
AXE_ALL = AXE_RUN.replace("['serious', 'critical'].includes(v.impact)", "(['serious', 'critical'].includes(v.impact) || v.id === 'aria-allowed-role')")
assert AXE_ALL != AXE_RUN


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation_on_any_kind_of_page(open_reader, width, scheme):
    """axe-core (local: node_modules or tests/fixtures/axe-core), WCAG 2.2 target
    size included, on every kind of page with every <details> open (notes,
    legend, connections, mentions): no serious or critical violation."""
    r = open_reader(width, color_scheme=scheme)
    found = {}
    for kind, path in AXE_PAGES.items():
        page = r.goto(path)
        assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        page.add_script_tag(path=str(AXE))
        if violations := page.evaluate(AXE_ALL):
            found[kind] = violations
    assert found == {}, found


# --- 4. one language per story: what shows ----------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_no_markup_shows_and_translations_are_never_quoted(open_reader, width):
    r = open_reader(width)
    translations = 0
    for section in ("", "siapa/", "apa/", "kapan/", "reaksi/", "artikel/"):
        page = r.goto(f"{EN}/{section}")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        text = page.inner_text(".md-content")
        assert not re.search(r"\{\{|\}\}|\[\[|\]\]|'{3}", text), section
        for before, words, after, lang in page.eval_on_selector_all(".pj-translation", """ts => ts.map(t => {
                const r = document.createRange(); r.setStart(t.parentNode, 0); r.setEndBefore(t);
                const a = document.createRange(); a.setStartAfter(t); a.setEnd(t.parentNode, t.parentNode.childNodes.length);
                return [r.toString().slice(-1), t.querySelector('i').innerText, a.toString().slice(0, 1), t.closest('[lang]').lang]; })"""):
            assert before not in "“\"‘" and after not in "”\"’", (section, before, words, after)
            assert words[:1] not in "“\"" and lang == "id", words  # the editors' Indonesian, marked as theirs
            translations += 1
    assert translations >= 2
    page = r.goto(f"{EN}/apa/")
    assert page.locator(".pj-translation .pj-tr-mark").first.is_visible()


# --- 6. entity data: each form once, the unmentioned apart, Wikidata ------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_entity_cards_list_each_form_once_and_the_unmentioned_apart(open_reader, width):
    page = open_reader(width).goto(f"{SLUG}/siapa/")
    cards = page.eval_on_selector_all(".pj-entity-card", """cs => cs.map(c => ({
        id: c.id, name: c.querySelector('h3').innerText.trim(),
        forms: c.querySelector('.pj-aliases') ? c.querySelector('.pj-aliases').innerText.split(':').slice(1).join(':').split(',').map(f => f.trim()) : [],
        counted: !!c.querySelector('.pj-count'),
        apart: !!(document.getElementById('tidak-disebut') &&
                  (document.getElementById('tidak-disebut').compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)),
        shown: c.checkVisibility()}))""")
    assert len(cards) > 20 and all(c["shown"] for c in cards)
    for c in cards:
        assert len(c["forms"]) == len(set(c["forms"])) and c["name"] not in c["forms"], c
        assert c["counted"] != c["apart"], f"{c['id']}: a count only for the named, and the unnamed apart"
    by_id = {c["id"]: c for c in cards}
    assert "Kim" in by_id["kim-jong-un"]["forms"] and "Putin" in by_id["vladimir-putin"]["forms"]
    assert by_id["kurt-campbell"]["apart"] and not by_id["vladimir-putin"]["apart"]
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    # An entity with a Wikidata id shows it, as a link to its item.
    page = open_reader(width).goto("entitas/vladimir-putin/")
    link = page.locator("a.pj-wikidata")
    assert link.is_visible() and re.fullmatch(r"https://www\.wikidata\.org/wiki/Q\d+", link.get_attribute("href"))


@pytest.mark.browser
@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_kind_without_notes_has_no_filter(open_reader, width):
    """The English story has no unverified note: no "Unverified (0)" to choose."""
    page = open_reader(width).goto(f"{EN}/artikel/")
    for kind in KINDS:
        n = page.locator(f"details.pj-note-{kind}").count()
        chip = page.locator(f"label.pj-chip-{kind}")
        assert chip.count() == (1 if n else 0), kind
        if n:
            assert chip.is_visible() and chip.locator(".pj-note-count").inner_text() == f"({n})"
    assert page.locator("details.pj-note-unverified").count() == 0, "the fixture's English story has none"
