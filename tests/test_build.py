"""End to end: the real `mkdocs build --strict` of this repository."""

from __future__ import annotations

import gzip
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from conftest import SITE_CONTENT, SITE_URL

SEED = "putin-korea-utara-2024"
SECTIONS = ["siapa", "apa", "kapan", "reaksi", "artikel"]
GOLDEN = Path(__file__).parent / "golden" / f"{SEED}.story.json"


def story(built_site: Path, slug: str = SEED) -> dict:
    return json.loads((built_site / slug / "story.json").read_text(encoding="utf-8"))


class _SentenceText(HTMLParser):
    """Collects the text of every element with class pj-sent, by id, without
    the sentence-number link and the note markers inside it."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str | None]] = []
        self.texts: dict[str, str] = {}
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "span" and "pj-sent" in (a.get("class") or "").split():
            self.stack.append((tag, a["id"]))
            self.texts[a["id"]] = ""
        elif self.stack:
            self.stack.append((tag, None))
            if tag == "a" and {"pj-n", "pj-note-ref"} & set((a.get("class") or "").split()):
                self.skip += 1

    def handle_endtag(self, tag):
        if self.stack:
            t, sid = self.stack.pop()
            if t == "a" and self.skip and not sid:
                self.skip = max(0, self.skip - 1) if tag == "a" else self.skip

    def handle_data(self, data):
        if self.stack and not self.skip:
            sid = next(s for _, s in reversed(self.stack) if s)
            self.texts[sid] += data


def test_every_story_page_exists(built_site):
    for slug_dir in [p.parent for p in built_site.glob("*/story.json")]:
        assert (slug_dir / "index.html").is_file()
        for section in SECTIONS:
            assert (slug_dir / section / "index.html").is_file(), f"{slug_dir.name}/{section}"
        assert (slug_dir / "timeline.json").is_file()


def test_story_json_has_the_contract_fields(built_site):
    data = story(built_site)
    assert set(data) >= {"story", "sentences", "entities", "statements", "time_expressions", "timeline", "issues"}
    assert data["story"] == {**data["story"], "slug": SEED, "published": "2024-06-18", "language": "id"}
    for s in data["sentences"]:
        assert set(s) >= {"id", "paragraph", "text"}
    for e in data["entities"]:
        assert set(e) >= {"id", "name", "kind", "aliases", "mentions", "curated"}
    for st in data["statements"]:
        assert set(st) >= {"speaker", "speaker_text", "verb", "kind", "text", "sentences"}
        assert st["kind"] in ("direct", "reported", "belief")
    for t in data["timeline"]:
        assert t["origin"] in ("article", "background")


def test_seed_article_is_verbatim_on_its_page(built_site):
    """Every sentence of the article appears verbatim, in its anchored span."""
    article = (SITE_CONTENT / "stories" / SEED / "article.md").read_text(encoding="utf-8")
    body = article.split("\n---\n", 1)[1]
    page = (built_site / SEED / "artikel" / "index.html").read_text(encoding="utf-8")
    parser = _SentenceText()
    parser.feed(page)
    data = story(built_site)
    assert len(parser.texts) == len(data["sentences"])
    for s in data["sentences"]:
        assert parser.texts[s["id"]] == s["text"]
        assert s["text"] in body
    # and together they are the whole article, paragraph by paragraph
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    rebuilt = {}
    for s in data["sentences"]:
        rebuilt.setdefault(s["paragraph"], []).append(s["text"])
    assert [" ".join(v) for _, v in sorted(rebuilt.items())] == paragraphs


def test_sentence_ids_are_stable_hashes(built_site):
    import hashlib
    for s in story(built_site)["sentences"]:
        digest = hashlib.sha1(" ".join(s["text"].split()).encode()).hexdigest()[:8]
        assert s["id"].startswith(f"s-{digest}")


def test_seed_people_media_places(built_site):
    data = story(built_site)
    ids = {e["id"]: e for e in data["entities"]}
    for person in ["vladimir-putin", "kim-jong-un", "john-kirby", "andrei-belousov", "denis-manturov", "joe-biden"]:
        assert ids[person]["kind"] == "person", person
    for media in ["associated-press", "cnn", "sky-news", "nikkei-asia"]:
        assert ids[media]["kind"] == "media", media
    kinds = {e["kind"] for e in data["entities"]}
    assert {"country", "place"} <= kinds
    names = {e["name"] for e in data["entities"]}
    assert {"Korea Utara", "Rusia", "Amerika Serikat", "Pyongyang", "Korea Selatan", "Ukraina"} <= names


def test_seed_statements(built_site):
    data = story(built_site)
    speakers = {st["speaker"] for st in data["statements"]}
    names = {e["id"]: e["name"] for e in data["entities"]}
    spoken = {names.get(s, s) for s in speakers}
    for who in ["associated-press", "cnn", "sky-news", "john-kirby", "nikkei-asia"]:
        assert who in speakers, who
    assert "Amerika Serikat" in spoken
    assert "Negara-negara Barat" in spoken
    kinds = {(names.get(st["speaker"]), st["kind"]) for st in data["statements"]}
    assert ("CNN", "direct") in kinds


def test_seed_time_expressions_and_timeline(built_site):
    data = story(built_site)
    values = {t["value"] for t in data["time_expressions"]}
    assert {"2024-06-18", "2024-06-19", "2024-06-14", "2023-09", "2019"} <= values
    background = {t["date"] for t in data["timeline"] if t["origin"] == "background"}
    assert {"2000-07-19", "2019-04-25", "2023-09-13", "2024-06-19"} <= background
    for t in data["timeline"]:
        if t["origin"] == "background":
            urls = [u["url"] if isinstance(u, dict) else u for u in t["sources"]]
            assert urls and all(u.startswith(("http://", "https://")) for u in urls)
        else:
            assert t["sentences"]


def test_seed_story_json_matches_golden(built_site):
    """The whole story.json, compared with the golden copy (any change shows).
    After a deliberate change: python tests/update_golden.py, then review the
    diff; the golden copy itself is held against the hand-made gold below."""
    assert story(built_site) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_the_golden_story_json_agrees_with_the_gold():
    """The golden story.json is not trusted because the code wrote it: every
    entity, speaker and date of the hand-made gold (tests/gold/, made by
    reading the article) is in it, as the gold says, with the seed's notes
    applied (which may add the full names the article never gives)."""
    from penjelas.cli.evaluate import load_gold, norm

    gold = load_gold(Path(__file__).parent / "gold" / f"{SEED}.yml")
    data = json.loads(GOLDEN.read_text(encoding="utf-8"))
    by_form: dict[str, dict] = {}
    for e in data["entities"]:
        for form in e["aliases"] + [e["name"]]:
            by_form.setdefault(norm(form), e)
    for g in gold.entities:
        if g.optional:
            continue
        found = {by_form[norm(f)]["id"] for f in g.forms if norm(f) in by_form}
        assert len(found) == 1, (g.name, found)  # one entity for all its forms: none split, none missing
        e = by_form[norm(g.forms[0])] if norm(g.forms[0]) in by_form else next(x for x in data["entities"] if x["id"] in found)
        assert e["kind"] == g.kind, (g.name, e["kind"], g.kind)
    forms_of = {g.name: {norm(f) for f in g.forms} for g in gold.entities}
    names = {e["id"]: {norm(e["name"]), *map(norm, e["aliases"])} for e in data["entities"]}
    # A correction may set a statement's kind right (the article says "AP yakin", AP reported it):
    # the gold reads the article's words, so the kind is not compared there.
    fixed_kind = {a["sentence"] for a in data["annotations"] if (a.get("fix") or {}).get("kind")}
    for g in gold.statements:
        if g.optional:
            continue
        hits = [st for st in data["statements"] if all(norm(p) in norm(st["text"]) for p in g.phrases)]
        assert hits, g.phrases
        assert any(st["speaker"] and names[st["speaker"]] & forms_of[g.speaker]
                   and (st["kind"] == g.kind or set(st["sentences"]) & fixed_kind) for st in hits), \
            (g.phrases, [(st["speaker"], st["kind"]) for st in hits])
    dated = {(norm(t["text"]), t["value"]) for t in data["time_expressions"]}
    for g in gold.dates:
        if g.optional:
            continue
        assert any(g.text in text or text in g.text for text, value in dated if value == g.value), (g.text, g.value)


ROOT_PATH = urlsplit(SITE_URL).path  # "/penjelas/": where the published site sits on its host


def test_every_internal_link_and_anchor_resolves(built_site):
    """Provenance links must land: every href to a page of the site exists,
    and every #fragment names an element on the target page."""
    ids_cache: dict[Path, set[str]] = {}

    def ids(path: Path) -> set[str]:
        if path not in ids_cache:
            ids_cache[path] = set(re.findall(r'\bid="([^"]+)"', path.read_text(encoding="utf-8")))
        return ids_cache[path]

    checked = 0
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for href in re.findall(r'href="([^"]+)"', text):
            href = html.unescape(href)
            if re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue
            path, _, frag = href.partition("#")
            if path.startswith("/"):  # from the host's root: the site lives under its address's path
                assert path.startswith(ROOT_PATH), f"{page.relative_to(built_site)}: {href} is outside the site ({ROOT_PATH})"
                target = (built_site / path[len(ROOT_PATH):]).resolve()
            else:
                target = (page.parent / path).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{page.relative_to(built_site)}: broken link {href}"
            if frag and target.suffix == ".html":
                assert frag in ids(target), f"{page.relative_to(built_site)}: no #{frag} in {target.relative_to(built_site)}"
            checked += 1
    assert checked > 500


def test_entity_pages_are_shared_across_stories(built_site):
    entity_pages = {p.parent.name for p in (built_site / "entitas").glob("*/index.html")}
    for path in built_site.glob("*/story.json"):
        for e in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            assert e["id"] in entity_pages


def test_home_lists_stories_newest_first(built_site):
    home = (built_site / "index.html").read_text(encoding="utf-8")
    stories = sorted((json.loads(p.read_text(encoding="utf-8"))["story"] for p in built_site.glob("*/story.json")),
                     key=lambda s: s["published"], reverse=True)
    positions = [home.index(f'href="{s["slug"]}/"') for s in stories]
    assert positions == sorted(positions)


def test_no_external_requests_in_html(built_site):
    """No stylesheet, script, font or image from another host."""
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for tag, url in re.findall(r'<(link|script|img|iframe|source)\b[^>]*?(?:href|src)="([^"]+)"', text):
            if tag == "link" and re.search(r'rel="(canonical|alternate)"', text[text.find(url) - 200:text.find(url)]):
                continue
            assert not re.match(r"^(https?:)?//", url), f"{page.relative_to(built_site)}: {tag} loads {url}"


def _index_documents(site: Path) -> dict[str, tuple[str, dict]]:
    """Pagefind's fragments (gzipped "pagefind_dcd" + JSON): page URL -> (language, document)."""
    docs = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path
        doc = json.loads(data[len(b"pagefind_dcd"):])
        docs[doc["url"]] = (path.name.split("_", 1)[0], doc)  # from the site's root: search.js adds its path
    return docs


def test_the_search_index_holds_each_page_s_text_and_no_markers(built_site):
    """Every story and entity page is indexed once, in its own language; the
    lists (home, entity index) are not; sentence numbers, note marks and page
    controls never reach the index, so snippets read as the text."""
    docs = _index_documents(built_site)
    pages = {"/" + p.relative_to(built_site).parent.as_posix() + "/" for p in built_site.rglob("index.html")
             if not p.relative_to(built_site).as_posix().startswith(("pagefind/", "assets/"))}
    pages = {p.replace("/./", "/") for p in pages}
    assert "/" not in docs and "/entitas/" not in docs  # lists of other pages
    assert pages - {"/", "/entitas/"} == set(docs), sorted(pages ^ set(docs))[:10]
    for url, (lang, doc) in docs.items():
        if url == "/tentang/":  # hand-written: it explains the markers in words
            continue
        text = doc["content"]
        for marker in ("Tampilkan", "¶", "kali disebut", "Lihat kalimat", "Loncat ke", "Lewati ke isi", "Juga disebut:", "kata kerja:"):
            assert marker not in text, (url, marker)
        assert not re.search(r"\d+[A-Z][a-z]", text.replace("G20", "")), (url, re.search(r".{20}\d+[A-Z][a-z].{20}", text))
    english = [url for url, (lang, _) in docs.items() if lang == "en"]
    # The English story's six pages (one language per story), stemmed as English.
    assert sorted(english) == sorted(f"/kapal-selam-tiongkok-2004/{p}" for p in ("", "siapa/", "apa/", "kapan/", "reaksi/", "artikel/"))
    belousov = docs["/entitas/andrei-belousov/"][1]
    assert belousov["meta"]["title"] == "Andrei Belousov (orang)"
    assert "Belousov" in belousov["meta"]["aliases"]  # weighted, and kept for ranking exact names first


def test_edit_links_open_the_content_file_a_page_is_made_from(tmp_path):
    """With a repository configured, "edit this page" opens article.md on
    Artikel and notes.yml on the other pages; an entity page, its note."""
    from conftest import make_project, mkdocs

    project = make_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("    - navigation.footer\n", "    - navigation.footer\n    - content.action.edit\n", 1)
    assert "content.action.edit" in text
    config.write_text(text + "\nrepo_url: https://example.org/newsroom/penjelas\nedit_uri: edit/main/docs/\n", encoding="utf-8")
    out = tmp_path / "site"
    result = mkdocs(project, "build", "--strict", "-d", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    base = "https://example.org/newsroom/penjelas/edit/main/"

    def edit_link(page: Path) -> str:
        found = re.findall(r'<a href="([^"]+)" title="[^"]*" class="md-content__button md-icon"', page.read_text(encoding="utf-8"))
        assert len(found) == 1, page
        return found[0]

    assert edit_link(out / SEED / "artikel" / "index.html") == base + f"content/stories/{SEED}/article.md"
    assert edit_link(out / SEED / "siapa" / "index.html") == base + f"content/stories/{SEED}/notes.yml"
    assert edit_link(out / "entitas" / "vladimir-putin" / "index.html") == base + "content/entities/vladimir-putin.yml"
