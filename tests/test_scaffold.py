"""`penjelas story --refresh SLUG`: the scaffold's comments in notes.yml made
new from the story as it now builds, every line the editor wrote kept.

The projects are made in tmp_path (conftest.make_project); the article is
the real VOA report the walkthrough uses. The editor's edits are made here
as an editor makes them: uncommenting lines, changing a value, adding a
comment and an entity note.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, make_project
from penjelas.cli import check, scaffold

VOA = FIXTURES / "voa-kongres-diaspora.txt"
SLUG = "kongres"
DINO = "id: dino-pati-djalal\nname: Dino Pati Djalal\nkind: person\n"
FREE_COMMENT = "# checked with the desk"
OWN_REVIEW = "# REVIEW: ask the desk about the 9.000 figure"  # an editor's own review line, in their words
# What the scaffold suggests for the VOA report on this site: 15 names with no note and the
# 16 entities named (roles), 3 statements, 1 date, the summary, the issues/events template.
SCAFFOLDED = 15 + 16 + 3 + 1 + 1 + 1


def write_content(base: Path) -> Path:
    """A small site: one curated story and one entity note, so that most names
    of the VOA report have no note yet."""
    content = base / "content"
    (content / "entities").mkdir(parents=True)
    (content / "entities" / "jakarta.yml").write_text("id: jakarta\nname: Jakarta\nkind: place\n", encoding="utf-8")
    story = content / "stories" / "uji"
    story.mkdir(parents=True)
    (story / "article.md").write_text("---\ntitle: Tiba di Jakarta\npublished: 2024-06-18\nlanguage: id\n---\n"
                                      "Rombongan tiba di Jakarta pada 18 Juni.\n", encoding="utf-8")
    return content


@pytest.fixture
def project(tmp_path) -> Path:
    """The small site, with the VOA report scaffolded as story 'kongres'."""
    project = make_project(tmp_path, write_content(tmp_path / "src"))
    scaffold.scaffold(VOA.read_text(encoding="utf-8"), SLUG, project, dt.date(2025, 1, 1), published="2017-07-01")
    return project


def notes_of(project: Path) -> Path:
    return project / "content" / "stories" / SLUG / "notes.yml"


def refresh(project: Path, capsys, slug: str = SLUG) -> tuple[int, str, str]:
    code = scaffold.main(["--refresh", slug, "--root", str(project)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def errors(project: Path) -> list[str]:
    result = check.run(check.read_settings(project / "mkdocs.yml"))
    return [str(p) for p in result.problems if p.level == "error"]


def edit_as_an_editor(text: str) -> str:
    """What an editor does on a first pass: VOA is a photo credit (ignored,
    with a comment of theirs), the first statement's speaker is confirmed
    (uncommented, its review line left in), Dino Pati Djalal gets a role,
    and two comments of their own."""
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line == "# ignore:":
            out.append("ignore:")
        elif line.startswith("#   # REVIEW: 'VOA' "):
            out.append("  - VOA  # a photo credit, not a name")
            i += 1  # its alias line goes with it
        elif line == "# roles:":
            out += ["roles:", "  dino-pati-djalal: Ketua Diaspora Network"]
        elif line.startswith("#   dino-pati-djalal: "):
            pass  # the editor deletes the commented line they filled in
        elif line == "# speakers:":
            out += [FREE_COMMENT, "speakers:"]
            out += [lines[i + k][2:] for k in range(1, 5)]  # the first entry and its review line, uncommented
            i += 4
        elif line == "# summary:":
            out += [OWN_REVIEW, line]
        else:
            out.append(line)
        i += 1
    return "\n".join(out)


def written_by_the_editor(text: str) -> list[str]:
    """The lines the editor owns, found as the test wrote them: live YAML and
    the comments added by hand."""
    return [line for line in text.split("\n")
            if line.strip() and (not line.lstrip().startswith("#") or line in (FREE_COMMENT, OWN_REVIEW))]


def test_refresh_right_after_the_scaffold_changes_nothing(project, capsys):
    before = notes_of(project).read_bytes()
    code, out, err = refresh(project, capsys)
    assert (code, err) == (0, "")
    assert out.startswith("content/stories/kongres/notes.yml is up to date: nothing to renew, remove or add "
                          f"({SCAFFOLDED} suggestions still open)\n")
    assert notes_of(project).read_bytes() == before


def test_refresh_renews_the_comments_and_keeps_every_editor_line(project, capsys):
    article = (project / "content/stories/kongres/article.md").read_bytes()
    scaffolded = notes_of(project).read_text(encoding="utf-8")
    assert '#   dino-pati-djalal: ""  # no entity note yet' in scaffolded
    assert "dino-pati-djalal (Dino Pati Djalal, named in the sentence), no entity note yet" in scaffolded
    edited = edit_as_an_editor(scaffolded)
    assert edited.count("\nspeakers:\n  # REVIEW: article.md:19:2, direct, verb 'katanya'") == 1  # the edit took
    notes_of(project).write_text(edited, encoding="utf-8")
    (project / "content/entities/dino-pati-djalal.yml").write_text(DINO, encoding="utf-8")
    errors_before = errors(project)

    code, out, err = refresh(project, capsys)
    assert (code, err) == (0, "")
    # renewed: the two statements still open no longer say "no entity note yet"; removed:
    # Dino's name (he has a note), VOA's role (ignored), the confirmed statement's review line.
    # Still open: what the scaffold suggested, less the two lines the editor deleted (VOA's name,
    # Dino's role) and those three.
    assert out.splitlines() == [
        f"refreshed content/stories/kongres/notes.yml: 2 review lines renewed, 3 suggestions removed as done, 0 added ({SCAFFOLDED - 2 - 3} still open)",
        "article.md was not touched; next: `make check` lists the review lines left",
    ]
    refreshed = notes_of(project).read_text(encoding="utf-8")

    assert written_by_the_editor(refreshed) == written_by_the_editor(edited)
    assert yaml.safe_load(refreshed) == yaml.safe_load(edited)
    assert (project / "content/stories/kongres/article.md").read_bytes() == article
    # the curated entity is no longer offered anywhere, nor "no entity note yet" for him
    assert not [line for line in refreshed.split("\n") if "dino-pati-djalal" in line and "no entity note yet" in line]
    assert "content/entities/dino-pati-djalal.yml" not in refreshed
    assert "dino-pati-djalal (Dino Pati Djalal, named in the sentence): \"kongres ini" in refreshed
    # what the editor settled is no longer suggested
    assert "# REVIEW: article.md:19:2" not in refreshed  # the confirmed speaker
    assert "'VOA' (media?)" not in refreshed and 'voa: ""' not in refreshed  # ignored
    assert "# --- Statements (2) and their speakers" in refreshed
    assert "# --- Names with no entity note (13)" in refreshed
    # the other suggestions are still there, each under its review line
    assert "#   # REVIEW: article.md:23:2, direct, verb 'ujarnya': dino-pati-djalal (Dino Pati Djalal, the last named speaker): " in refreshed
    assert '#   tito-karnavian: ""  # no entity note yet' in refreshed
    assert "# REVIEW: write the summary" in refreshed and "# issues:" in refreshed
    assert errors(project) == errors_before == []

    # a second refresh changes nothing
    code, out, _ = refresh(project, capsys)
    assert code == 0 and out.startswith("content/stories/kongres/notes.yml is up to date:")
    assert notes_of(project).read_text(encoding="utf-8") == refreshed


def uncomment_block(text: str, key: str) -> str:
    """Every commented line of the live ``key:`` block uncommented, as an editor
    takes all the suggestions at once."""
    out, inside = [], False
    for line in text.split("\n"):
        if line == f"{key}:":
            inside = True
        elif inside and not line.strip():
            inside = False
        elif inside and line.startswith("#") and not line.startswith("#   # REVIEW:"):
            line = line[2:]
        out.append(line)
    return "\n".join(out)


def test_a_line_added_to_the_front_matter_renews_the_review_lines_it_moved(project, capsys):
    # `draft: true` moves the article's text one line down: the review lines of the 15 names,
    # 3 statements and the date now point one line too high. They are renewed, not removed and
    # added again.
    article = project / "content/stories/kongres/article.md"
    article.write_text(article.read_text(encoding="utf-8").replace("published: 2017-07-01\n", "published: 2017-07-01\ndraft: true\n"),
                       encoding="utf-8")
    date = re.compile(r"# REVIEW: article\.md:(\d+):75, 'Sabtu \(1/7\)'")
    line = int(date.search(notes_of(project).read_text(encoding="utf-8")).group(1))
    code, out, err = refresh(project, capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (f"refreshed content/stories/kongres/notes.yml: 19 review lines renewed, "
                                   f"0 suggestions removed as done, 0 added ({SCAFFOLDED} still open)")
    assert int(date.search(notes_of(project).read_text(encoding="utf-8")).group(1)) == line + 1


def test_suggestions_under_a_live_key_uncomment_into_valid_yaml(project, capsys):
    edited = edit_as_an_editor(notes_of(project).read_text(encoding="utf-8"))
    notes_of(project).write_text(edited, encoding="utf-8")
    assert refresh(project, capsys)[0] == 0
    refreshed = notes_of(project).read_text(encoding="utf-8")
    assert "\n# speakers:\n" not in refreshed and "\n# roles:\n" not in refreshed and "\n# ignore:\n" not in refreshed
    taken = uncomment_block(uncomment_block(uncomment_block(refreshed, "speakers"), "roles"), "ignore")
    data = yaml.safe_load(taken)
    assert [s["phrase"] for s in data["speakers"]][0] == "Ayo satu menit standing applause untuk Indonesia, untuk"
    assert len(data["speakers"]) == 3
    assert data["roles"]["dino-pati-djalal"] == "Ketua Diaspora Network" and "tito-karnavian" in data["roles"]
    assert data["ignore"][0] == "VOA" and "Barack Obama" in data["ignore"]


HAND_WRITTEN = """\
# Catatan redaksi: diperiksa 2 Juli.
summary:
  - text: |
      Ribuan diaspora berkumpul di Jakarta.

      # Baris ini teks, bukan komentar.
    cite: ["Ribuan peserta Kongres Diaspora Indonesia"]

speakers:
  - phrase: Ayo satu menit
    speaker: dino-pati-djalal
"""


def test_refresh_of_notes_written_by_hand_only_appends(project, capsys):
    notes_of(project).write_text(HAND_WRITTEN, encoding="utf-8")
    code, out, err = refresh(project, capsys)
    assert (code, err) == (0, "")
    assert re.match(r"refreshed content/stories/kongres/notes\.yml: 0 review lines renewed, 0 suggestions removed as done, "
                    r"(\d+) added \(\1 still open\)\n", out)
    refreshed = notes_of(project).read_text(encoding="utf-8")
    assert refreshed.startswith(HAND_WRITTEN)
    added = refreshed[len(HAND_WRITTEN):].split("\n")
    assert all(not line.strip() or line.startswith("#") for line in added)
    assert "# summary:" not in refreshed and "# REVIEW: write the summary" not in refreshed  # it has one
    assert "#   - phrase: Ayo satu menit" not in refreshed  # the editor set that speaker
    assert added[:2] == ["#   # REVIEW: article.md:21:73, reported, verb 'mengungkapkan': dino-pati-djalal (Dino Pati Djalal, "
                         "named in the sentence), no entity note yet: \"kongres ini dihadiri 9 ribu orang dari dalam dan …\"",
                         "#   - phrase: kongres ini dihadiri 9 ribu orang dari dalam"]
    assert yaml.safe_load(refreshed) == yaml.safe_load(HAND_WRITTEN)
    assert refresh(project, capsys)[1].startswith("content/stories/kongres/notes.yml is up to date:")


def test_refresh_of_a_story_with_no_notes_scaffolds_them(project, capsys):
    scaffolded = notes_of(project).read_text(encoding="utf-8")
    notes_of(project).unlink()
    code, out, _ = refresh(project, capsys)
    assert code == 0 and out.startswith(f"created content/stories/kongres/notes.yml: {SCAFFOLDED} suggestions to review")
    assert notes_of(project).read_text(encoding="utf-8") == scaffolded


def test_refresh_keeps_the_byte_order_mark_and_crlf_line_ends(project, capsys):
    data = b"\xef\xbb\xbfroles:\r\n  jakarta: Tuan rumah\r\n"
    notes_of(project).write_bytes(data)
    assert refresh(project, capsys)[0] == 0
    refreshed = notes_of(project).read_bytes()
    assert refreshed.startswith(data) and b"#   voa: \"\"" in refreshed
    assert refreshed.count(b"\n") == refreshed.count(b"\r\n")


def test_refresh_of_a_missing_story_fails_clearly(project, capsys):
    assert refresh(project, capsys, "kongress") == (
        1, "", "penjelas story: no story 'kongress' in content/stories/ (did you mean 'kongres'?) (nothing was changed)\n")
    assert refresh(project, capsys, "tidak-ada") == (
        1, "", "penjelas story: no story 'tidak-ada' in content/stories/; the stories are: kongres, uji (nothing was changed)\n")
    assert refresh(project, capsys, "") == (
        1, "", "penjelas story: no SLUG given: name the story folder, e.g. make refresh SLUG=kongres-diaspora-2017\n")


def test_refresh_refuses_notes_that_are_not_valid_yaml(project, capsys):
    broken = "roles:\n  jakarta: [Tuan rumah\n"
    notes_of(project).write_text(broken, encoding="utf-8")
    code, out, err = refresh(project, capsys)
    assert (code, out) == (1, "")
    assert err.startswith("penjelas story: content/stories/kongres/notes.yml:3:1: YAML syntax error: ")
    assert err.endswith("\nnotes.yml is not valid YAML, so it was not refreshed: fix it first (nothing was changed)\n")
    assert notes_of(project).read_text(encoding="utf-8") == broken


def test_refresh_refuses_other_options(project, capsys):
    code = scaffold.main([str(VOA), "--refresh", SLUG, "--root", str(project)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == ("penjelas story: --refresh SLUG takes no ARTICLE, --slug, --title, --published or --language: "
                   "it renews notes.yml only (make refresh SLUG=my-story)\n")


# --- which comment lines are the scaffold's (the module docstring's rules) ---------

def test_classify_tells_the_scaffold_lines_from_the_editor_lines():
    lines = [
        "# yaml-language-server: $schema=../../../schemas/notes.schema.json",  # header
        "# Notes for content/stories/x/article.md",  # header
        "#",  # header (in the opening comments)
        "",
        "# --- Statements (2) and their speakers ------------------------------",  # ruler
        "# direct, reported or belief.",  # prose
        "# --- my own ruler ---",  # editor: not a section's title
        "#",  # editor: a bare '#' after the header is theirs
        "# speakers:",  # a commented key: starts a run
        "#   # REVIEW: article.md:19:2, direct, verb 'katanya': x (X, named in the sentence): \"Ayo…\"",
        "#   - phrase: Ayo satu menit",  # entry, in the run
        "# checked with the desk",  # editor: a free comment does not end the run
        "#     speaker: x",  # entry, still in the run
        "",
        "#   - phrase: my own, commented out",  # editor: after a blank line, no run
        "# REVIEW: ask the desk",  # editor: not a form the scaffold writes
        "ignore:",  # live YAML
        "  # REVIEW: 'VOA' (media?), 1 mention, first at article.md:13:138: \"(Foto:VOA)\" -> content/entities/voa.yml",
        "  - VOA",  # live YAML
        "#   - Kasablanka",  # editor: live YAML ended the run
        '#   jakarta: ""  # no entity note yet',  # a role line, anywhere
        "text: |",
        "  # inside a block of text",  # protected
    ]
    text = "\n".join(lines) + "\n"
    kinds = scaffold.classify(lines, scaffold.protected_lines(text))
    assert kinds == [
        "header", "header", "header", "blank", "ruler:speakers", "prose", "editor", "editor", "key", "review", "entry",
        "editor", "entry", "blank", "editor", "editor", "editor", "review", "editor", "editor", "role", "editor", "editor",
    ]
