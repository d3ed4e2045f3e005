"""Nothing on the site contradicts the site: a correction, a context note or a
doubt travels with everything derived from its sentence; a correction's fix
is what derived data shows; claims are credited only where the sentence
supports it; roles, key facts, the timeline and sources say what they mean.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from penjelas.build import prepare
from test_bad_input import ARTICLE_TEXT, ART, KIRBY, NOTES, NOTES_TEXT, PUTIN, SLUG, write_project


# --- the checker: every item linked to an annotated sentence is marked ---------------------------

class _Links(HTMLParser):
    """Every provenance link of a page, with what follows it up to the next link."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "a" and "pj-cite" in cls:
            self.items.append({"href": a.get("href", ""), "flags": []})
        elif tag == "a" and "pj-flag" in cls and self.items:
            self.items[-1]["flags"].append(next(c for c in cls if c.startswith("pj-flag-")).removeprefix("pj-flag-"))


def annotated_sentences(site: Path) -> dict[str, dict[str, list[str]]]:
    """story slug -> sentence id -> the kinds of the notes beside it (from story.json)."""
    out: dict[str, dict[str, list[str]]] = {}
    for path in site.glob("*/story.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for a in data["annotations"]:
            out.setdefault(data["story"]["slug"], {}).setdefault(a["sentence"], []).append(a["kind"])
    return out


def unmarked_items(site: Path) -> tuple[int, list]:
    """Every link, on every page, to a sentence that carries a note: those that
    do not show each of its notes right after the link."""
    notes = annotated_sentences(site)
    checked, missing = 0, []
    for page in sorted(site.rglob("*.html")):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for item in parser.items:
            m = re.search(r"(?:^|/)([a-z0-9-]+)/(?:artikel|article)/#(s-[0-9a-f]{8}(?:-\d+)?)$", item["href"])
            if not m:
                continue
            kinds = notes.get(m.group(1), {}).get(m.group(2))
            if not kinds:
                continue
            checked += 1
            if sorted(item["flags"]) != sorted(kinds):
                missing.append((page.relative_to(site).as_posix(), item["href"], item["flags"], kinds))
    return checked, missing


def test_every_item_resting_on_an_annotated_sentence_is_marked(built_site):
    checked, missing = unmarked_items(built_site)
    assert checked > 30  # statements, claims, timeline entries, key facts, quoted mentions, entity pages
    assert missing == []


# --- a small story, with notes written here ------------------------------------------------------

BODY = """---
title: Putin ke Pyongyang
published: 2024-06-18
language: id
---
Presiden Rusia Vladimir Putin akan tiba di Pyongyang pada malam hari. “Kami akan bersama-sama mengatasi sanksi,” kata Putin.

Juru bicara AS John Kirby mengatakan bahwa Amerika Serikat khawatir. Kantor berita AP yakin bahwa kunjungan itu soal senjata.

(Foto: Budi Harsono/AP)
"""

ENTITIES = {
    "content/entities/associated-press.yml": "id: associated-press\nname: Associated Press\nkind: media\naliases: [AP, Kantor berita AP]\nrole: Kantor berita.\n",
    "content/entities/amerika-serikat.yml": "id: amerika-serikat\nname: Amerika Serikat\nkind: country\naliases: [AS]\n",
    "content/entities/pyongyang.yml": "id: pyongyang\nname: Pyongyang\nkind: place\nrole: Ibu kota Korea Utara.\n",
    "content/entities/budi-harsono.yml": "id: budi-harsono\nname: Budi Harsono\nkind: person\nrole: Pewarta foto.\n",
}

FIXES = NOTES_TEXT.replace("akan tiba di Pyongyang", "pada malam hari") + """\
  - phrase: pada malam hari
    kind: correction
    text: Putin mendarat pukul 02.22 pada 19 Juni, bukan malam 18 Juni.
    fix: {date: "2024-06-19"}
    sources: [https://example.org/tiba]
  - phrase: Juru bicara AS John Kirby
    kind: correction
    text: Jabatan resminya penasihat komunikasi keamanan nasional.
    fix: {title: Penasihat komunikasi}
    sources: [https://example.org/kirby]
  - phrase: Kantor berita AP yakin
    kind: correction
    text: AP melaporkan kekhawatiran, bukan keyakinannya sendiri.
    fix: {kind: reported}
    sources: [{url: "https://example.org/ap", title: "Putin to visit", publisher: "Associated Press", date: "2024-06-17"}]
roles:
  pyongyang: Tempat kunjungan.
"""


def story_site(tmp_path, notes: str = FIXES, body: str = BODY):
    root = write_project(tmp_path, {ART: body, NOTES: notes, **ENTITIES})
    result = prepare(root / "content", root / "docs", base=root)
    return result


def page(result, uri: str) -> str:
    return next(p.content for p in result.pages if p.src_uri == uri)


def test_a_date_fix_moves_the_date_everywhere_and_keeps_the_article_s_words(tmp_path):
    result = story_site(tmp_path)
    assert [str(p) for p in result.problems.errors] == []
    story = result.site.stories[0]
    evening = next(t for t in story.time_expressions if t.text == "pada malam hari")
    assert (evening.value, evening.rule) == ("2024-06-19", "editor")
    entry = next(e for e in story.timeline if e.date == "2024-06-19")
    assert entry.texts == ["pada malam hari"]  # the article's own words, beside the right date
    when = page(result, f"{SLUG}/kapan.md")
    assert "Rabu, 19 Juni 2024" in when and "<q class=\"pj-phrase\">pada malam hari</q>" in when
    overview = page(result, f"{SLUG}/index.md")
    assert "Rabu, 19 Juni 2024" in overview and "Koreksi:" in overview


def test_a_kind_fix_and_a_title_fix_reach_the_statements(tmp_path):
    story = story_site(tmp_path).site.stories[0]
    ap = next(st for st in story.statements if "senjata" in st.text)
    assert ap.kind == "reported"  # "yakin" would make it AP's belief; the correction says AP reported it
    kirby = next(st for st in story.statements if "khawatir" in st.text)
    assert kirby.speaker_text == "Penasihat komunikasi John Kirby"
    assert story.roles["john-kirby"] == "Penasihat komunikasi"


def test_flags_carry_the_kind_and_a_short_text_linked_to_the_note(tmp_path):
    reactions = page(story_site(tmp_path), f"{SLUG}/reaksi.md")
    flag = re.search(r'<a class="pj-flag pj-flag-correction" href="([^"]+)" title="Koreksi: AP melaporkan[^"]*">'
                     r'<span class="pj-flag-kind">Koreksi:</span> AP melaporkan kekhawatiran, bukan keyakinannya sendiri.</a>', reactions)
    assert flag and re.fullmatch(r"\.\./artikel/#note-s-[0-9a-f]{8}-1", flag.group(1))


def test_the_english_site_marks_in_english(tmp_path):
    """The site's own pages mark in the site's language; a story's pages in the
    story's (one language per story: this one is Indonesian), the note's text
    marked as the notes' language."""
    result = story_site(tmp_path)
    from penjelas.render.renderer import Renderer
    pages = {p.src_uri: p.content for p in Renderer(result.site, "en", True, "Penjelas").pages()}
    assert '<span class="pj-flag-kind">Correction:</span>' in pages["entities/john-kirby.md"]
    reactions = pages[f"{SLUG}/reactions.md"]
    assert '<span class="pj-flag-kind">Koreksi:</span> <span lang="en">' in reactions


def test_a_claim_credited_to_someone_the_sentence_does_not_support_is_a_warning(tmp_path):
    notes = NOTES_TEXT + """issues:
  - id: sanksi
    title: Sanksi
    claims:
      - text: Amerika Serikat khawatir.
        by: putin
        cite: [Amerika Serikat khawatir]
      - text: Putin akan mengatasi sanksi.
        by: putin
        cite: [mengatasi sanksi]
      - text: Tanpa kutipan, dengan sumber.
        by: putin
        cite: [Amerika Serikat khawatir]
        sources: [https://example.org/sumber]
"""
    warnings = [str(p) for p in prepare(write_project(tmp_path, {NOTES: notes}) / "content", tmp_path / "docs", base=tmp_path).problems.warnings]
    assert warnings == [
        "content/stories/putin-ke-pyongyang/notes.yml:14:13: warning: [attribution] claim attributed to Vladimir Putin, but the cited "
        "sentence (3) is John Kirby's: cite a sentence in which they speak, give a source, or leave 'by' out"]


def test_an_entity_page_shows_its_own_role_and_each_story_s_role_under_that_story(tmp_path):
    entity = page(story_site(tmp_path), "entitas/pyongyang.md")
    assert '<p class="pj-role"><strong class="pj-label" data-pagefind-ignore>Peran:</strong> Ibu kota Korea Utara.</p>' in entity
    assert "Peran di berita ini: Tempat kunjungan." in entity


def test_key_facts_mean_something(tmp_path):
    result = story_site(tmp_path)
    view_who = re.search(r"<dt>Siapa</dt><dd>(.*?)</dd>", page(result, f"{SLUG}/index.md"), re.S).group(1)
    where = re.search(r"<dt>Di mana</dt><dd>(.*?)</dd>", page(result, f"{SLUG}/index.md"), re.S).group(1)
    assert "Budi Harsono" not in view_who  # a photo credit is no actor
    assert "Vladimir Putin" in view_who and "John Kirby" in view_who
    assert "Pyongyang" in where and "Amerika Serikat" not in where  # "Juru bicara AS": a title, not a place


def test_the_editor_sets_a_key_facts_line(tmp_path):
    notes = FIXES + "key_facts:\n  where: [amerika-serikat]\n  when:\n    - {date: 2024-06-19, title: Traktat ditandatangani, sources: [https://example.org/t]}\n"
    overview = page(story_site(tmp_path, notes), f"{SLUG}/index.md")
    where = re.search(r"<dt>Di mana</dt><dd>(.*?)</dd>", overview, re.S).group(1)
    assert "Amerika Serikat" in where and "Pyongyang" not in where
    assert "Traktat ditandatangani" in overview


def test_one_key_claim_per_issue(tmp_path):
    notes = NOTES_TEXT + """issues:
  - id: a
    title: Isu A
    claims:
      - {text: Satu., cite: [mengatasi sanksi], highlight: true}
      - {text: Dua., cite: [mengatasi sanksi], highlight: true}
  - id: b
    title: Isu B
    claims:
      - {text: Tiga., cite: [khawatir], highlight: true}
"""
    overview = page(story_site(tmp_path, notes), f"{SLUG}/index.md")
    claims = re.search(r'<ol class="pj-claims pj-keyclaims">(.*?)</ol>', overview, re.S).group(1)
    assert claims.count("<li>") == 2 and "Satu." in claims and "Dua." not in claims and "Tiga." in claims


def test_the_timeline_has_one_card_per_date_with_a_headline(tmp_path):
    body = ARTICLE_TEXT.replace("Juru bicara AS John Kirby mengatakan bahwa Amerika Serikat khawatir.",
                                "Pada 18 Juni, Kirby menggelar jumpa pers di Washington. Pertemuan pada 18 Juni itu tertutup.")
    story = story_site(tmp_path, NOTES_TEXT, body).site.stories[0]
    cards = [e for e in story.timeline if e.date == "2024-06-18"]
    assert len(cards) == 1 and len(cards[0].sentences) == 3 and cards[0].texts == ["18 Juni"]
    assert cards[0].title == "Presiden Rusia Vladimir Putin akan tiba di Pyongyang pada 18 Juni"


def test_a_background_event_the_article_tells_of_is_one_entry(tmp_path):
    notes = NOTES_TEXT + """events:
  - date: 2024-06-18
    title: Putin tiba di Pyongyang
    entities: [putin]
    sources: [https://example.org/tiba]
"""
    story = story_site(tmp_path, notes, ARTICLE_TEXT).site.stories[0]
    on_the_day = [e for e in story.timeline if e.date == "2024-06-18"]
    assert len(on_the_day) == 1 and on_the_day[0].origin == "background" and on_the_day[0].sentences
    assert on_the_day[0].texts == ["18 Juni"]


@pytest.mark.parametrize("value, published, relation", [
    ("2024-06", "2024-06-18", "on"), ("2024", "2024-06-18", "on"), ("2024-05", "2024-06-18", "before"),
    ("2024-06-19", "2024-06-18", "after"), ("2025", "2024-06-18", "after"), ("2024-W25", "2024-06-18", "on"),
])
def test_the_relation_to_publication_holds_at_every_precision(value, published, relation, tmp_path):
    from penjelas.model import Event
    from penjelas.render.story_view import StoryView
    from penjelas.render.renderer import Renderer
    result = story_site(tmp_path)
    view = StoryView(Renderer(result.site, "id"), result.site.stories[0])
    view.published = published
    precision = {4: "year", 7: "month", 10: "day"}.get(len(value), "week")
    assert view.relation(Event(value, precision, "x", "article")) == relation


def test_sources_show_their_title_and_publisher(tmp_path):
    article = page(story_site(tmp_path), f"{SLUG}/artikel.md")
    # An English title on an Indonesian page says so (text.langid: "to").
    assert ('<a class="pj-source" href="https://example.org/ap" rel="noopener" title="example.org" lang="en">Putin to visit</a> '
            '<span class="pj-source-pub">(Associated Press)</span>') in article
    assert '<a class="pj-source" href="https://example.org/tiba" rel="noopener" title="example.org">example.org</a>' in article


def test_a_story_without_its_original_address_says_so_and_is_listed(tmp_path):
    result = story_site(tmp_path)
    assert any("[" not in line and "suggestion: the story has no 'url'" in line for line in result.report)
    overview = page(result, f"{SLUG}/index.md")
    assert 'class="admonition warning pj-no-original"' in overview
