"""Hostile and broken input, round two: characters no text means to hold,
files too large or outside the project, links that lie, overrides that
reverse the page, invisible differences in cites, the ends of the calendar.

Each class has cases of its own here (beyond the ones in the issue). The
exact messages come from the pure API; the real ``mkdocs build`` then shows
the same problems with no traceback and site/ byte-identical.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import make_project, mkdocs
from penjelas.build import prepare
from penjelas.errors import Location, Problem
from test_bad_input import ARTICLE_TEXT, ART, NOTES, NOTES_TEXT, PUTIN, PUTIN_TEXT, SLUG, front, snapshot, write_project

PROBLEM = re.compile(r"^[^\n]+:\d+:\d+: (error|warning): \[[a-z0-9-]+\] [^\n]+$")


def problems(root: Path) -> list[str]:
    result = prepare(root / "content", root / "docs", base=root)
    out = [str(p) for p in result.problems.items]
    for line in out:
        assert PROBLEM.match(line), line
        assert line.isprintable(), repr(line)
    return out


def with_body(extra: str) -> str:
    return ARTICLE_TEXT.rstrip("\n") + "\n\n" + extra + "\n"


# --- characters that content may not hold -------------------------------------------------

@pytest.mark.parametrize("char, where, expected", [
    ("\x7f", "body", "content/stories/putin-ke-pyongyang/article.md:10:11: error: [bad-character] the text holds U+007F (the DEL control character), which content may not hold: delete it"),
    ("\x92", "body", "content/stories/putin-ke-pyongyang/article.md:10:11: error: [bad-character] the text holds U+0092 (a C1 control character; usually ’ decoded with the wrong encoding), which content may not hold: replace it with ’"),
    ("\x93", "title", "content/stories/putin-ke-pyongyang/article.md:2:16: error: [bad-character] the text holds U+0093 (a C1 control character; usually “ decoded with the wrong encoding), which content may not hold: replace it with “"),
    ("\x81", "body", "content/stories/putin-ke-pyongyang/article.md:10:11: error: [bad-character] the text holds U+0081 (a C1 control character, left by text decoded with the wrong encoding), which content may not hold: delete it"),
    ("\ufffe", "entity", "content/entities/putin.yml:2:15: error: [bad-character] the text holds U+FFFE (a noncharacter), which content may not hold: delete it"),
    ("\U0010ffff", "notes", "content/stories/putin-ke-pyongyang/notes.yml:2:14: error: [bad-character] the text holds U+10FFFF (a noncharacter), which content may not hold: delete it"),
    ("\x1b", "notes", "content/stories/putin-ke-pyongyang/notes.yml:2:14: error: [bad-character] the text holds U+001B (a control character), which content may not hold: delete it"),
    ("\x0c", "body", "content/stories/putin-ke-pyongyang/article.md:10:11: error: [bad-character] the text holds U+000C (a control character), which content may not hold: delete it"),
])
def test_a_character_no_text_means_to_hold_is_refused_at_its_place(tmp_path, char, where, expected):
    changes = {
        "body": {ART: with_body(f"Kalimat ke{char}tiga.")},
        "title": {ART: front(title=f"title: Putin ke{char} Pyongyang")},
        "entity": {PUTIN: PUTIN_TEXT.replace("name: Vladimir Putin", f"name: Vladimir{char}Putin")},
        "notes": {NOTES: NOTES_TEXT.replace("  - text: Putin", f"  - text: Put{char}in")},
    }[where]
    assert problems(write_project(tmp_path, changes)) == [expected]


@pytest.mark.parametrize("escape, code_point", [("\\x7f", "U+007F"), ("\\x92", "U+0092"), ("\\ud800", "U+D800"),
                                                ("\\uFFFF", "U+FFFF"), ("\\U0001FFFE", "U+1FFFE"), ("\\0", "U+0000")])
def test_the_same_characters_written_as_yaml_escapes_are_refused(tmp_path, escape, code_point):
    notes = NOTES_TEXT.replace("  - text: Putin berkunjung ke Pyongyang.", f'  - text: "Putin {escape} berkunjung ke Pyongyang."')
    [message] = problems(write_project(tmp_path, {NOTES: notes}))
    assert message.startswith(f"content/stories/putin-ke-pyongyang/notes.yml:2:11: error: [bad-character] the value holds {code_point} ")
    assert "written as an escape" in message


def test_many_bad_characters_are_listed_then_counted(tmp_path):
    found = problems(write_project(tmp_path, {ART: with_body("x\x7f" * 25)}))
    assert len(found) == 11
    assert found[0] == "content/stories/putin-ke-pyongyang/article.md:1:1: error: [bad-character] 15 more characters that content may not hold (the first 10 are listed)"


# --- sizes ---------------------------------------------------------------------------------

def test_a_notes_file_over_its_limit_is_refused_without_being_read(tmp_path):
    notes = NOTES_TEXT + "ignore:\n" + "  - kata\n" * 300_000  # 2.7 MB
    assert problems(write_project(tmp_path, {NOTES: notes})) == [
        "content/stories/putin-ke-pyongyang/notes.yml:1:1: error: [too-large] the file is 2.6 MB, over the limit of 2 MB for a notes "
        "file: check that this is the right file"]


def test_an_entity_file_over_its_limit_is_refused(tmp_path):
    entity = PUTIN_TEXT + "background:\n" + "  - {text: fakta, source: 'https://example.org/'}\n" * 6000
    [message] = problems(write_project(tmp_path, {PUTIN: entity}))
    assert message.startswith("content/entities/putin.yml:1:1: error: [too-large] the file is 0.3 MB, over the limit of 0.25 MB")


def test_a_huge_bad_value_is_quoted_as_a_short_excerpt(tmp_path):
    notes = NOTES_TEXT + "entities: [" + "Bukan-Id" * 20_000 + "]\n"
    [message] = problems(write_project(tmp_path, {NOTES: notes}))
    assert "is not a valid id" in message and "(160,000 characters)" in message
    assert len(message) < 300


# --- nothing from outside the project --------------------------------------------------------

def test_a_story_folder_linked_from_outside_is_refused(tmp_path):
    outside = tmp_path / "elsewhere" / "rahasia"
    outside.mkdir(parents=True)
    (outside / "article.md").write_text(ARTICLE_TEXT.replace("Putin ke Pyongyang", "Rahasia"), encoding="utf-8")
    root = write_project(tmp_path / "project", {})
    os.symlink(outside, root / "content" / "stories" / "rahasia")
    assert problems(root) == ["content/stories/rahasia:1:1: error: [outside-project] story folder is a link to a place outside the "
                              "project: copy the story into content/stories/ instead"]


def test_an_entity_file_linked_to_a_system_file_is_refused_and_not_printed(tmp_path):
    secret = tmp_path / "secret.yml"
    secret.write_text("id: secret\nname: KATA SANDI RAHASIA 12345\nkind: [tidak valid\n", encoding="utf-8")
    root = write_project(tmp_path / "project", {})
    os.symlink(secret, root / "content" / "entities" / "secret.yml")
    found = problems(root)
    assert found == ["content/entities/secret.yml:1:1: error: [outside-project] the file is a link to a place outside the project: "
                     "copy the file into content/ instead"]
    assert "RAHASIA" not in "".join(found)


def test_a_link_that_stays_inside_the_project_is_fine(tmp_path):
    root = write_project(tmp_path, {})
    shared = root / "content" / "stories" / SLUG / "notes.yml"
    (root / "content" / "shared-notes.yml").write_text(shared.read_text(encoding="utf-8"), encoding="utf-8")
    shared.unlink()
    os.symlink(root / "content" / "shared-notes.yml", shared)
    assert problems(root) == []


# --- links that tell the truth ----------------------------------------------------------------

@pytest.mark.parametrize("url, fault", [
    ("https://example.org@other.example/x", "carries a user name or password"),
    ("https://user:sandi@example.org/x", "carries a user name or password"),
    ("https://example.org\\@other.example/x", "carries a user name or password"),
    ("https://example.org\\other.example/x", "is not a valid URL"),
    ("https://exa mple.org/", "is not a valid URL"),
    ("https:///pfad", "is not a valid URL"),
    ("https://[::1/", "is not a valid URL"),
])
def test_a_source_url_that_would_mislead_is_refused(tmp_path, url, fault):
    notes = NOTES_TEXT.replace("https://example.org/kunjungan", json.dumps(url))
    [message] = problems(write_project(tmp_path, {NOTES: notes}))
    assert message.startswith("content/stories/putin-ke-pyongyang/notes.yml:8:15: error: [bad-url] annotations[1].sources[1]: ")
    assert fault in message


def test_a_link_shows_the_host_it_goes_to(tmp_path):
    notes = NOTES_TEXT.replace("https://example.org/kunjungan", '"https://WWW.Berita.Example:8443/a?b=c#d"')
    result = prepare(write_project(tmp_path, {NOTES: notes}) / "content", tmp_path / "docs", base=tmp_path)
    article = next(p.content for p in result.pages if p.src_uri == f"{SLUG}/artikel.md")
    assert ('<a class="pj-source" href="https://WWW.Berita.Example:8443/a?b=c#d" rel="noopener" title="berita.example">berita.example</a>'
            in article)


# --- no page address taken by a generated id ------------------------------------------------------

def test_a_curated_entity_cannot_take_the_entity_list_address(tmp_path):
    changes = {"content/entities/index.yml": "id: index\nname: Indeks Harga\nkind: organization\n"}
    assert problems(write_project(tmp_path, changes)) == [
        "content/entities/index.yml:1:5: error: [reserved-id] entity id 'index' is reserved: its page would take the address of the "
        "entity list; choose another id"]


def test_a_detected_name_never_takes_a_reserved_address(tmp_path):
    root = write_project(tmp_path, {ART: with_body("Index dan Index melaporkan kenaikan harga. Menurut Index, harga naik.")})
    result = prepare(root / "content", root / "docs", base=root)
    assert result.problems.errors == []
    uris = [p.src_uri for p in result.pages]
    assert "entitas/index.md" in uris and uris.count("entitas/index.md") == 1
    assert "index" not in result.site.entities and any(e.startswith("index-") for e in result.site.entities)


@pytest.mark.parametrize("slug", ["assets", "search", "pagefind", "sitemap"])
def test_a_story_cannot_take_the_theme_s_own_folders(tmp_path, slug):
    changes = {ART: None, NOTES: None, f"content/stories/{slug}/article.md": ARTICLE_TEXT}
    assert problems(write_project(tmp_path, changes)) == [
        f"content/stories/{slug}/article.md:1:1: error: [reserved-slug] story slug '{slug}' is reserved for the site's own pages: rename the folder"]


# --- the ends of the calendar ----------------------------------------------------------------------

@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-03", "9999-12-31", "9999-12-27"])
def test_relative_dates_at_the_ends_of_the_calendar_build(tmp_path, published):
    body = ("Besok, kemarin, lusa, pekan depan, pekan lalu, bulan depan, tahun lalu, Senin depan, Jumat pekan lalu, "
            "dua tahun lalu, sepekan lalu, 31 Desember, 1 Januari, Desember hingga Februari 2025, pukul 13.00 WIB.")
    article = front(published=f"published: {published}").replace("Juru bicara AS John Kirby mengatakan bahwa Amerika Serikat khawatir.", body)
    root = write_project(tmp_path, {ART: article, NOTES: None})
    result = prepare(root / "content", root / "docs", base=root)
    assert [p for p in result.problems.errors] == []
    for t in result.site.stories[0].time_expressions:
        if t.value and not t.value.startswith("T"):
            assert 1 <= int(re.match(r"\d+", t.value).group(0)) <= 9999, t


# --- messages are one line, and show what they quote ---------------------------------------------

def test_control_characters_in_a_message_are_shown_escaped():
    problem = Problem(Location("content/x.yml", 3, 1), "unknown field 'a\x1b[2K\rcheck ok\nb\u202ec'", "error", "unknown-field")
    assert str(problem) == "content/x.yml:3:1: error: [unknown-field] unknown field 'a\\x1b[2K\\rcheck ok\\nb\\u202ec'"


def test_a_key_with_an_escape_sequence_cannot_fake_a_success_line(tmp_path):
    notes = NOTES_TEXT + '"a\\e[2K\\rcheck ok": 1\n'
    [message] = problems(write_project(tmp_path, {NOTES: notes}))
    assert "\x1b" not in message and "\r" not in message
    assert message.startswith("content/stories/putin-ke-pyongyang/notes.yml:")


# --- cites that differ invisibly -------------------------------------------------------------------

def test_a_cite_missing_only_an_invisible_character_of_the_article_says_where_it_is(tmp_path):
    article = ARTICLE_TEXT.replace("akan tiba di Pyongyang", "akan tiba\u200b di Pyongyang")
    found = problems(write_project(tmp_path, {ART: article}))
    assert found == [
        "content/stories/putin-ke-pyongyang/notes.yml:3:12: error: [phrase-not-found] phrase 'akan tiba di Pyongyang' is not in the "
        "article: the article holds U+200B (zero width space) inside it, at line 6, column 40; copy the phrase from the article with "
        "that character, or delete the character from the article",
        "content/stories/putin-ke-pyongyang/notes.yml:5:13: error: [phrase-not-found] phrase 'akan tiba di Pyongyang' is not in the "
        "article: the article holds U+200B (zero width space) inside it, at line 6, column 40; copy the phrase from the article with "
        "that character, or delete the character from the article",
    ]


def test_a_cite_with_a_decomposed_accent_is_named_as_such(tmp_path):
    article = with_body("Para pengunjung kafe Café Rusia berkumpul.")
    notes = NOTES_TEXT.replace("akan tiba di Pyongyang\n    kind", "kafe Cafe\u0301 Rusia\n    kind")
    [message] = problems(write_project(tmp_path, {ART: article, NOTES: notes}))
    assert message.endswith("the article has 'kafe Café Rusia' (line 10), which differs only in the way an accent is written "
                            "(composed or decomposed): copy it from the article")


@pytest.mark.parametrize("phrase, written, differs", [
    ("Rp 466", "Rp466", "spacing or punctuation"),
    ("“kami siap”", '"kami siap"', "quotation marks, apostrophes or dashes"),
    ("JURU BICARA AS", "Juru bicara AS", "letter case"),
    ("Juru  bicara\nAS", None, None),  # runs of whitespace and line breaks already match
])
def test_a_cite_hint_names_what_differs(tmp_path, phrase, written, differs):
    article = with_body('Harga naik menjadi Rp466 per liter. "kami siap" kata warga.')
    notes = NOTES_TEXT.replace("cite: [akan tiba di Pyongyang]", f"cite: [{json.dumps(phrase, ensure_ascii=False)}]")
    found = problems(write_project(tmp_path, {ART: article, NOTES: notes}))
    if written is None:
        assert found == []
        return
    assert found == [f"content/stories/putin-ke-pyongyang/notes.yml:3:12: error: [phrase-not-found] phrase '{phrase}' is not in "
                     f"the article: the article has '{written}' (line {8 if written.startswith('Juru') else 10}), which differs only in "
                     f"{differs}: copy it from the article"]


def test_a_phrase_in_several_sentences_is_a_warning_that_says_how_many(tmp_path):
    article = with_body("Putin tiba. Putin pergi. Putin kembali.")
    notes = NOTES_TEXT.replace("cite: [akan tiba di Pyongyang]", "cite: [Putin]")
    assert problems(write_project(tmp_path, {ART: article, NOTES: notes})) == [
        "content/stories/putin-ke-pyongyang/notes.yml:3:12: warning: [ambiguous-phrase] phrase 'Putin' is in 5 sentences (1, 2, 4, 5, 6); "
        "the first is used: quote a few more words of the sentence you mean to make it unique"]


# --- the real build: no traceback, site/ left byte-identical ---------------------------------------

REAL_CASES = {
    "c1-control-in-body": {ART: with_body("Kalimat\x92 dengan apostrof rusak.")},
    "escape-in-notes": {NOTES: NOTES_TEXT.replace("  - text: Putin berkunjung ke Pyongyang.", '  - text: "Putin \\x7f."')},
    "surrogate-escape-in-entity": {PUTIN: PUTIN_TEXT.replace("role: Presiden Rusia", 'role: "Presiden \\udc00 Rusia"')},
    "reserved-entity-id": {"content/entities/index.yml": "id: index\nname: Indeks\nkind: organization\n"},
    "url-with-user-info": {NOTES: NOTES_TEXT.replace("https://example.org/kunjungan", "https://example.org@evil.example/")},
    "too-large-notes": {NOTES: NOTES_TEXT + "ignore:\n" + "  - kata\n" * 300_000},
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile-real")
    good = write_project(tmp / "good", {})
    project = make_project(tmp, good / "content")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr[-3000:]
    return project, good, snapshot(project / "site")


@pytest.mark.parametrize("case", sorted(REAL_CASES))
def test_mkdocs_build_refuses_with_the_place_and_keeps_site(built, case):
    project, good, before = built
    for rel, data in REAL_CASES[case].items():
        (project / rel).parent.mkdir(parents=True, exist_ok=True)
        (project / rel).write_text(data, encoding="utf-8", newline="")
    try:
        expected = problems(project)
        result = mkdocs(project, "build")
    finally:
        shutil.rmtree(project / "content")
        shutil.copytree(good / "content", project / "content")
    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr
    assert expected and all(message in result.stderr for message in expected)
    assert snapshot(project / "site") == before


def test_an_override_in_a_name_is_closed_on_every_page(tmp_path):
    """A right-to-left override inside a name must not reverse the words after it."""
    entity = PUTIN_TEXT.replace("name: Vladimir Putin", "name: \"Vladimir \\u202eNituP\"").replace("aliases: [Putin]", "aliases: [Putin, \"Vladimir \\u202eNituP\"]")
    root = write_project(tmp_path, {PUTIN: entity, ART: with_body("Vladimir \u202eNituP hadir.")})
    result = prepare(root / "content", root / "docs", base=root)
    assert result.problems.errors == []
    page = next(p for p in result.pages if p.src_uri == "entitas/putin.md")
    assert "Vladimir \u202eNituP\u202c <span class=\"pj-h1-kind\">(orang)</span>" in page.content
    assert page.meta["title"] == "Vladimir \u202eNituP\u202c (orang)"
    for p in result.pages:
        if isinstance(p.content, str) and "\u202e" in p.content and p.src_uri.endswith(".md") and not p.src_uri.endswith("/artikel.md"):
            # every override is closed before the tag that ends the text it sits in
            for text in re.findall(r">([^<]*\u202e[^<]*)<", p.content):
                assert text.count("\u202c") >= text.count("\u202e"), (p.src_uri, text)
    # The article itself is verbatim: its sentences and names are isolated by the style sheet instead.
    article = next(p.content for p in result.pages if p.src_uri.endswith("/artikel.md"))
    assert '<a class="pj-mention" href="../../entitas/putin/">Vladimir \u202eNituP</a>' in article
    css = (Path(__file__).resolve().parents[1] / "docs" / "assets" / "penjelas.css").read_text(encoding="utf-8")
    assert re.search(r":is\([^)]*\.pj-sent, \.pj-mention[^)]*\) \{ unicode-bidi: isolate; \}", css)
