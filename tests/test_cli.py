"""The editor's commands: `penjelas check` (make check) and `penjelas story`
(make story), with their exact output."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT, make_project, mkdocs
from penjelas.cli import check, scaffold
from penjelas.errors import Problems
from penjelas.model import Meta, Paragraph, Sentence, Statement, Story, TimeExpression
from penjelas.report import coverage_report
from penjelas.site import Site
from penjelas.reading.sources import read_notes

VOA = FIXTURES / "voa-kongres-diaspora.txt"
LINE_RE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning|suggestion): (?P<message>.+)$")

ARTICLE = """\
---
title: Budi tiba di Jakarta
published: 2024-06-18
language: id
---
Budi Santoso tiba di Jakarta pada 18 Juni.

“Saya senang,” kata Budi Santoso.
"""
ENTITIES = {
    "budi-santoso.yml": "id: budi-santoso\nname: Budi Santoso\nkind: person\n",
    "jakarta.yml": "id: jakarta\nname: Jakarta\nkind: place\n",
}
NOTES = "roles:\n  budi-santoso: Tamu\n"
NO_URL = ("content/stories/uji/article.md:2:1: suggestion: the story has no 'url': add the original article's address to the front "
          "matter (the overview tells readers the original cannot be opened)")


def write_content(base: Path, article: str = ARTICLE, notes: str | None = NOTES) -> Path:
    content = base / "content"
    (content / "entities").mkdir(parents=True)
    for name, text in ENTITIES.items():
        (content / "entities" / name).write_text(text, encoding="utf-8")
    story = content / "stories" / "uji"
    story.mkdir(parents=True)
    (story / "article.md").write_text(article, encoding="utf-8")
    if notes is not None:
        (story / "notes.yml").write_text(notes, encoding="utf-8")
    return content


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project whose content/ is one small, fully curated story."""
    return make_project(tmp_path, write_content(tmp_path / "src"))


def run_check(project: Path, capsys, *args: str) -> tuple[int, list[str]]:
    code = check.main([*args, "-f", str(project / "mkdocs.yml")])
    return code, capsys.readouterr().out.splitlines()


# --- check --------------------------------------------------------------------

def test_check_clean_content(project, capsys):
    assert run_check(project, capsys) == (0, [NO_URL, "check ok: 0 errors, 0 warnings, 1 suggestion"])


def test_check_reports_a_broken_note_by_file_line_and_column(project, capsys):
    (project / "content/stories/uji/notes.yml").write_text(
        "roles:\n"
        "  budi-santoso: Tamu\n"
        "annotations:\n"
        "  - phrase: tiba di Jakarta\n"
        "    kind: corection\n"
        "    text: Budi tiba sehari lebih awal.\n", encoding="utf-8")
    assert run_check(project, capsys) == (1, [
        "content/stories/uji/notes.yml:5:11: error: [bad-choice] annotations[1].kind: 'corection' is not one of context, correction, unverified (did you mean 'correction'?)",
        "check FAILED: 1 error, 0 warnings, 0 suggestions",
    ])


def test_check_reports_every_problem_in_one_run(project, capsys):
    (project / "content/stories/uji/notes.yml").write_text("roles:\n  budi-santosa: Tamu\n", encoding="utf-8")
    article = project / "content/stories/uji/article.md"
    article.write_text(ARTICLE.replace("language: id", "language: id\nurl: ftp://example.org/a"), encoding="utf-8")
    code, lines = run_check(project, capsys)
    assert code == 1
    assert lines == [
        "content/stories/uji/article.md:5:6: error: [bad-url] url: 'ftp://example.org/a' is not an http(s) URL",
        "content/stories/uji/notes.yml:2:17: error: [unknown-entity] unknown entity 'budi-santosa' (did you mean 'budi-santoso'?): add content/entities/budi-santosa.yml or fix the id",
        "check FAILED: 2 errors, 0 warnings, 0 suggestions",
    ]


def test_check_reports_a_yaml_syntax_error(project, capsys):
    (project / "content/entities/jakarta.yml").write_text("id: jakarta\nname: 'Jakarta\nkind: place\n", encoding="utf-8")
    code, lines = run_check(project, capsys)
    assert code == 1
    assert len(lines) == 2 and lines[-1] == "check FAILED: 1 error, 0 warnings, 0 suggestions"
    assert LINE_RE.match(lines[0]).group("path", "level") == ("content/entities/jakarta.yml", "error")
    assert "YAML syntax error" in lines[0] and "line 2, column 7" in lines[0]


def test_check_strict_counts_warnings(project, capsys):
    article = project / "content/stories/uji/article.md"
    article.write_text(ARTICLE.replace("language: id", "# REVIEW: language: detected\nlanguage: id"), encoding="utf-8")
    warning = "content/stories/uji/article.md:4:1: warning: [review] marked for review: language: detected"
    assert run_check(project, capsys) == (0, [warning, NO_URL, "check ok: 0 errors, 1 warning, 1 suggestion"])
    assert run_check(project, capsys, "--strict") == (1, [warning, NO_URL, "check FAILED (--strict: warnings count): 0 errors, 1 warning, 1 suggestion"])


def test_check_coverage_report_points_at_the_words(project, capsys):
    article = project / "content/stories/uji/article.md"
    article.write_text(ARTICLE + "\nSiti Aminah, istrinya, menyusul pada malam hari. Mereka menginap dua malam.\n", encoding="utf-8")
    assert run_check(project, capsys) == (0, [
        "content/stories/uji/article.md:10:1: suggestion: 'Siti Aminah' (person) has no entity note: add content/entities/siti-aminah.yml or list it under 'ignore' in notes.yml",
        "content/stories/uji/article.md:10:33: suggestion: 'pada malam hari' (sentence 3) could not be normalised: add it under 'dates' in notes.yml",
        "content/stories/uji/article.md:10:50: suggestion: sentence 4 is cited by no page: \"Mereka menginap dua malam.\"",
        NO_URL,
        "check ok: 0 errors, 0 warnings, 4 suggestions",
    ])
    assert run_check(project, capsys, "--quiet") == (0, ["check ok: 0 errors, 0 warnings"])


def test_check_without_mkdocs_yml(tmp_path, capsys):
    assert check.main(["-f", str(tmp_path / "mkdocs.yml")]) == 2
    assert capsys.readouterr().err == f"penjelas check: {tmp_path / 'mkdocs.yml'} not found: run it from the project folder, or pass -f path/to/mkdocs.yml\n"


def test_review_markers_are_searched_in_yaml_only(tmp_path):
    content = write_content(tmp_path, ARTICLE + "\nTeks # REVIEW: bukan komentar.\n",
                            "# REVIEW: write the summary\nroles:\n  budi-santoso: Tamu  # REVIEW: check the role\n")
    found = [str(p) for p in check.review_markers(content, tmp_path)]
    assert found == [
        "content/stories/uji/notes.yml:1:1: warning: [review] marked for review: write the summary",
        "content/stories/uji/notes.yml:3:23: warning: [review] marked for review: check the role",
    ]


def test_coverage_report_lists_statements_with_no_speaker():
    text = "“Kami siap,” kata seseorang.\nIa pergi."
    sents = [Sentence("s-1", 1, 1, "“Kami siap,” kata seseorang.", 0, 28), Sentence("s-2", 1, 2, "Ia pergi.", 29, 38)]
    story = Story(
        meta=Meta("x", "X", "2024-06-18", "id"), paragraphs=[Paragraph("p-1", 1, text, 7)], sentences=sents,
        entities=[], mentions=[], statements=[Statement(None, "seseorang", "kata", "direct", "Kami siap,", ["s-1"])],
        time_expressions=[TimeExpression("kemudian", "s-2", None, "unknown", 3, 8)], timeline=[], issues=[], summary=[],
        annotations=[], source_path="content/stories/x/article.md")
    assert coverage_report(Site([story], {}, {}, [])) == [
        "content/stories/x/article.md:7:2: suggestion: statement in sentence 1 has no resolved speaker (\"Kami siap,\"): add it under 'speakers' in notes.yml",
        "content/stories/x/article.md:8:4: suggestion: 'kemudian' (sentence 2) could not be normalised: add it under 'dates' in notes.yml",
    ]


def test_check_on_the_fixture_site_has_no_errors(tmp_path):
    """The shipped content/ is checked by CI with `make check ARGS=--strict`, not here: tests never depend on it."""
    project = make_project(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(project / "hooks")}
    result = subprocess.run([sys.executable, "-m", "penjelas", "check"], cwd=project, env=env, capture_output=True, text=True, timeout=120)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.match(r"^check ok: 0 errors, \d+ warnings?, \d+ suggestions?$", lines[-1])
    for line in lines[:-1]:
        assert LINE_RE.match(line), line


# --- story: the pure parts ----------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Putin Tiba di Pyongyang\n\nPresiden Rusia tiba.", "Putin Tiba di Pyongyang"),
    ("Benarkah Putin tiba?\n\nPresiden Rusia tiba.", "Benarkah Putin tiba?"),
    ("Presiden Rusia tiba di Pyongyang.\n\nIa disambut.", None),  # a sentence
    ("Ribuan peserta hadir (1/7). (Foto:VOA/Andylala)\n\nTeks.", None),  # two sentences
    ("Satu baris saja", None),  # nothing after it
    ("Kata\n\nTeks.", None),  # one word
])
def test_headline(text, expected):
    assert scaffold.headline(scaffold.paragraphs(text)) == expected


def test_paragraphs_one_per_line_when_no_blank_lines():
    assert scaffold.paragraphs("  Satu.\nDua.\r\n") == ["Satu.", "Dua."]
    assert scaffold.paragraphs("\nSatu\nbaris dua.\n\n\n\nTiga.\n") == ["Satu\nbaris dua.", "Tiga."]


@pytest.mark.parametrize("text,expected", [
    ("Presiden Rusia itu akan tiba di Pyongyang pada malam hari dan disambut oleh pemimpin negara tersebut.", "id"),
    ("The submarine was spotted in the waters near Okinawa and it left the area on the next day.", "en"),
])
def test_detect_language(text, expected):
    assert scaffold.detect_language(text)[0] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("JAKARTA, 18 Juni 2024 - Presiden tiba. Ia pergi 20 Juni 2024.", "id", ("2024-06-18", "18 Juni 2024")),
    ("Published November 18, 2004. More text.", "en", ("2004-11-18", "November 18, 2004")),
    ("Diperbarui 2017-07-01 pukul 10.00.", "id", ("2017-07-01", "2017-07-01")),
    ("Sabtu (1/7) peserta hadir.", "id", None),
    ("31 Februari 2024 tidak ada.", "id", None),
])
def test_find_date(text, lang, expected):
    assert scaffold.find_date(text, lang) == expected


@pytest.mark.parametrize("text", ["Putin", "Kongres Diaspora Indonesia ke-4 Resmi Dibuka", "yes", "2024-06-18", "a: b", "“Kutipan”",
                                  "- daftar", "#tagar", "teks # komentar", "Akhir ", "[aw/em]", "Bukan? Ya!"])
def test_scalar_reads_back_as_the_same_text(text):
    assert yaml.safe_load(f"key: {scaffold.scalar(text)}") == {"key": text}


def test_draft_from_text_with_a_headline():
    draft = scaffold.make_draft("Budi Tiba di Jakarta\n\nBudi Santoso tiba di Jakarta pada 18 Juni 2024.\n", "uji", dt.date(2025, 1, 1))
    assert scaffold.render_article(draft) == """\
---
# yaml-language-server: $schema=../../../schemas/article.schema.json
# REVIEW: title: taken from the first line of the text (removed from the body): check it is the headline, verbatim
title: Budi Tiba di Jakarta
# REVIEW: published: the first complete date in the text, '18 Juni 2024': check it is the publication date
published: 2024-06-18
# REVIEW: language: detected: 3 common Indonesian words, 0 common English words
language: id
# publisher: Who published the article.
# url: The original article.
# author: Who wrote it.
# license: Under which terms the text is reproduced.
---
Budi Santoso tiba di Jakarta pada 18 Juni 2024.
"""


def test_draft_keeps_the_front_matter_of_the_text():
    draft = scaffold.make_draft(ARTICLE.replace("language: id", "language: id\npublisher: Koran Uji"), "uji", dt.date(2025, 1, 1))
    assert (draft.title, draft.published, draft.language, draft.extra, draft.guesses) == (
        "Budi tiba di Jakarta", "2024-06-18", "id", {"publisher": "Koran Uji"}, {})
    assert draft.body == "Budi Santoso tiba di Jakarta pada 18 Juni.\n\n“Saya senang,” kata Budi Santoso.\n"


def test_draft_with_no_date_uses_today_and_says_so():
    draft = scaffold.make_draft("Budi Santoso tiba di Jakarta pada hari Jumat.", "uji", dt.date(2025, 1, 1))
    assert draft.published == "2025-01-01"
    assert draft.guesses["published"].startswith("today's date: the text has no complete date.")
    assert draft.title == "Uji"


@pytest.mark.parametrize("kwargs,message", [
    ({"published": "18-06-2024"}, "published '18-06-2024' is not a real date as YYYY-MM-DD"),
    ({"published": "2024-02-30"}, "published '2024-02-30' is not a real date as YYYY-MM-DD"),
    ({"language": "fr"}, "language 'fr' is not one of id, en"),
])
def test_draft_refuses_bad_values(kwargs, message):
    with pytest.raises(scaffold.ScaffoldError) as error:
        scaffold.make_draft("Teks.", "uji", dt.date(2025, 1, 1), **kwargs)
    assert str(error.value) == message


# --- story: the command ---------------------------------------------------------

def run_story(project: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = scaffold.main([*args, "--root", str(project)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def uncomment(notes: str, section: str) -> str:
    """The notes with one commented-out section (`# speakers:` up to the next
    blank line) made live, as an editor would."""
    out, live = [], False
    for line in notes.split("\n"):
        if line == f"# {section}:":
            live = True
        elif not line.strip():
            live = False
        out.append(line[2:] if live and line.startswith("# ") else line)
    return "\n".join(out)


def test_story_scaffolds_the_voa_article_and_the_site_builds(tmp_path, capsys):
    project = make_project(tmp_path)  # the real content, entity notes included
    code, out, err = run_story(project, capsys, str(VOA), "--slug", "kongres-diaspora-2017", "--published", "2017-07-01")
    assert (code, err) == (0, "")
    folder = project / "content/stories/kongres-diaspora-2017"
    assert out.splitlines()[:2] == [f"created {folder / 'article.md'}", f"created {folder / 'notes.yml'}"]
    assert out.splitlines()[-1] == "next: `make serve` to see the first draft, `make check` for what to review"
    article = (folder / "article.md").read_text(encoding="utf-8")
    assert article.startswith("---\n# yaml-language-server: $schema=../../../schemas/article.schema.json\n")
    assert "\npublished: 2017-07-01\n" in article
    assert article.endswith("---\n" + VOA.read_text(encoding="utf-8")), "the body is the text, verbatim"
    notes = (folder / "notes.yml").read_text(encoding="utf-8")
    assert notes.startswith("# yaml-language-server: $schema=../../../schemas/notes.schema.json\n")
    problems = Problems()
    read_notes(folder / "notes.yml", project, problems)
    assert problems.items == []
    # each kind of item is there and marked for review
    assert "#   # REVIEW: article.md:13:75, 'Sabtu (1/7)' -> 2017-07-01 (Sabtu: weekday checked)\n" \
           "#   - phrase: Sabtu (1/7)\n#     value: \"2017-07-01\"\n" in notes
    assert re.search(r"#   # REVIEW: article\.md:19:2, direct, verb 'katanya': [a-z-]+ \(", notes)
    assert "# speakers:\n" in notes and "# dates:\n" in notes and "# summary:\n" in notes

    build = mkdocs(project, "build", "--strict", "-d", str(tmp_path / "out"))
    assert build.returncode == 0, build.stderr
    assert (tmp_path / "out/kongres-diaspora-2017/artikel/index.html").is_file()

    # the review markers are what `check --strict` is waiting for
    code, lines = run_check(project, capsys, "--strict", "--quiet")
    ours = [line for line in lines if "kongres-diaspora-2017/" in line]
    assert code == 1 and ours and all(": warning: [review] marked for review: " in line for line in ours)
    assert "content/stories/kongres-diaspora-2017/notes.yml:11:1: warning: [review] marked for review: write the summary" \
           " (each `cite` is a phrase copied exactly from the article)" in ours

    # uncommented as they are, the speakers and dates overrides still build
    (folder / "notes.yml").write_text(uncomment(uncomment(notes, "speakers"), "dates"), encoding="utf-8")
    code, lines = run_check(project, capsys, "--quiet")
    assert code == 0, lines
    build = mkdocs(project, "build", "--strict", "-d", str(tmp_path / "out2"))
    assert build.returncode == 0, build.stderr


def test_story_with_a_guessed_date_warns_about_weekdays(tmp_path):
    project = make_project(tmp_path, write_content(tmp_path / "src"))
    text = "Budi Santoso tiba di Jakarta pada Sabtu (1/7).\n"
    created = scaffold.scaffold(text, "baru", project, dt.date(2025, 1, 1))
    assert created.draft.published == "2025-01-01"
    [warning] = [str(p) for p in created.warnings]
    assert warning.startswith("content/stories/baru/article.md:14:35: warning: [weekday-mismatch] 'Sabtu (1/7)': 2025-07-01 is a Selasa, not Sabtu")
    assert "the year comes from `published` (2025-01-01)" in warning  # the guessed date is what to fix


def test_story_refuses_to_overwrite(project, capsys, tmp_path):
    before = (project / "content/stories/uji/article.md").read_text(encoding="utf-8")
    assert run_story(project, capsys, str(VOA), "--slug", "uji") == (
        1, "", "penjelas story: content/stories/uji/ already exists: choose another SLUG (nothing was overwritten)\n")
    assert (project / "content/stories/uji/article.md").read_text(encoding="utf-8") == before


@pytest.mark.parametrize("args,message", [
    (["missing.txt", "--slug", "x"], "ARTICLE file not found: missing.txt"),
    (["", "--slug", "x"], "no ARTICLE given: make story ARTICLE=path/to/article.txt SLUG=my-story"),
    ([str(VOA), "--slug", ""], "no SLUG given: name the story folder, e.g. SLUG=kongres-diaspora-2017"),
    ([str(VOA), "--slug", "Kongres Diaspora"], "SLUG 'Kongres Diaspora' is not a valid slug: use lowercase letters, digits and hyphens, e.g. 'kongres-diaspora'"),
    ([str(VOA), "--slug", "x", "--published", "1/7/2017"], "published '1/7/2017' is not a real date as YYYY-MM-DD"),
])
def test_story_errors(project, capsys, args, message):
    assert run_story(project, capsys, *args) == (1, "", f"penjelas story: {message}\n")
    assert sorted(p.name for p in (project / "content/stories").iterdir()) == ["uji"]


def test_story_refuses_text_that_is_not_utf8(project, capsys, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Baris satu.\nCaf\xe9 dua.\n".encode("latin-1"))
    assert run_story(project, capsys, str(path), "--slug", "x") == (
        1, "", f"penjelas story: {path}:2:4: not valid UTF-8 (byte 0xe9): save the file as UTF-8 and try again\n")


def test_story_that_would_not_build_is_not_created(project, capsys):
    (project / "docs" / "bentrok.md").write_text("# Halaman\n", encoding="utf-8")
    code, out, err = run_story(project, capsys, str(VOA), "--slug", "bentrok", "--published", "2017-07-01")
    assert (code, out) == (1, "")
    assert err.startswith("penjelas story: the new story would not build, so it was not created:\n"
                          "content/stories/bentrok/article.md:1:1: error: [page-collision] story slug 'bentrok' collides with the hand-written page docs/bentrok.md")
    assert not (project / "content/stories/bentrok").exists()


def test_make_story_and_make_check_entry_points(tmp_path):
    """`python -m penjelas story|check`, as the Makefile runs them."""
    project = make_project(tmp_path, write_content(tmp_path / "src"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    run = lambda *a: subprocess.run([sys.executable, "-m", "penjelas", *a], cwd=project, env=env,  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    result = run("story", str(VOA), "--slug", "kongres", "--published", "2017-07-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("created content/stories/kongres/article.md\ncreated content/stories/kongres/notes.yml\n")
    result = run("check")
    assert result.returncode == 0, result.stdout
    assert run("check", "--strict").returncode == 1


# --- the walkthrough ------------------------------------------------------------

def _walkthrough() -> str:
    """The "Write your first story" section, wherever it lives (README or WALKTHROUGH.md)."""
    for name in ("WALKTHROUGH.md", "README.md"):
        path = ROOT / name
        if path.exists() and "Write your first story" in path.read_text(encoding="utf-8"):
            text = path.read_text(encoding="utf-8")
            return text[text.index("Write your first story"):]
    pytest.fail("no 'Write your first story' section in README.md or WALKTHROUGH.md")


def test_walkthrough_uses_only_real_make_targets_and_options():
    text = _walkthrough()
    targets = set(re.findall(r"^([a-z]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))
    used = set(re.findall(r"\bmake ([a-z]+)\b", text))
    assert used and used <= targets, used - targets
    assert VOA.relative_to(ROOT).as_posix() in text
    for option in re.findall(r"ARGS=\"?(--[a-z-]+)", text):
        assert option in ("--strict", "--publish", "--quiet", "--language"), option

