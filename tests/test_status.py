"""`penjelas status`: one line per story, on a project made in tmp_path.

The fixture has two stories: 'alpha', fully curated, and 'beta', a draft
with a name that has no entity note, a quote nobody is named for, review
lines left, a warning and an error. Every expected count is worked out from
the fixture itself (its names, its files, its text), not copied from the
command's output.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, make_project
from penjelas.cli import status
from penjelas.reading import schema

DRAFTS = "draft" in schema.ARTICLE.fields  # `draft: true` front matter (the field may not exist yet)
DRAFT_LINE = "draft: true\n" if DRAFTS else ""

ENTITY_NOTES = {  # name -> file
    "Budi Santoso": ("budi-santoso.yml", "id: budi-santoso\nname: Budi Santoso\nkind: person\n"),
    "Jakarta": ("jakarta.yml", "id: jakarta\nname: Jakarta\nkind: place\n"),
}
ALPHA = """\
---
title: Budi tiba di Jakarta
published: 2024-06-18
language: id
url: https://example.com/alpha
---
Budi Santoso tiba di Jakarta pada 18 Juni.

“Saya senang,” kata Budi Santoso.
"""
ALPHA_NOTES = "roles:\n  budi-santoso: Tamu\n  jakarta: Tuan rumah\n"
BETA = f"""\
---
title: Banjir di Jakarta
published: 2024-06-20
language: id
url: https://example.com/beta
{DRAFT_LINE}---
“Air naik sangat cepat,” ujarnya.

Banjir melanda Jakarta pada 19 Juni. Siti Rahmawati memimpin evakuasi warga.

Menurut Siti Rahmawati, bantuan datang terlambat.

“Ini belum selesai, katanya.
"""
BETA_NOTES = """\
# REVIEW: write the summary
roles:
  jakarta: Kota yang terendam  # REVIEW: check with the desk
  siti-rahma: Koordinator evakuasi
"""
# What each article names, and what the fixture holds against it.
NAMED = {"alpha": ["Budi Santoso", "Jakarta"], "beta": ["Jakarta", "Siti Rahmawati"]}
NO_SPEAKER = {"alpha": 0, "beta": 1}  # beta opens with a quote before anyone is named
WARNINGS = {"alpha": 0, "beta": 1}  # beta's last paragraph opens a quote and never closes it
ERRORS = {"alpha": 0, "beta": 1}  # beta's notes give a role to 'siti-rahma', an entity that does not exist
DRAFT = {"alpha": False, "beta": DRAFTS}
FILES = {"alpha": (ALPHA, ALPHA_NOTES), "beta": (BETA, BETA_NOTES)}


def write_content(base: Path) -> Path:
    content = base / "content"
    (content / "entities").mkdir(parents=True)
    for filename, text in ENTITY_NOTES.values():
        (content / "entities" / filename).write_text(text, encoding="utf-8")
    for slug, (article, notes) in FILES.items():
        folder = content / "stories" / slug
        folder.mkdir(parents=True)
        (folder / "article.md").write_text(article, encoding="utf-8")
        (folder / "notes.yml").write_text(notes, encoding="utf-8")
    return content


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("status")
    return make_project(tmp, write_content(tmp / "src"))


def run_status(project: Path, capsys) -> tuple[int, list[str], str]:
    code = status.main(["-f", str(project / "mkdocs.yml")])
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def cells(line: str) -> list[str]:
    return re.split(r" {2,}", line.strip())


def expected_row(slug: str) -> list[str]:
    article, notes = FILES[slug]
    names = NAMED[slug]
    assert all(name in article for name in names)
    curated = sum(name in ENTITY_NOTES for name in names)
    front = article.split("---\n")[1]
    review = notes.count("# REVIEW:") + front.count("# REVIEW:")
    row = [slug, f"{curated}/{len(names)}", str(NO_SPEAKER[slug]), str(review), str(WARNINGS[slug]), str(ERRORS[slug])]
    return row + (["draft"] if DRAFT[slug] else [])


def test_status_prints_one_line_per_story_and_a_total(project, capsys):
    code, lines, err = run_status(project, capsys)
    assert (code, err) == (0, "")
    assert cells(lines[0]) == ["story", "curated", "no speaker", "review", "warnings", "errors"]
    assert [cells(line) for line in lines[1:3]] == [expected_row("alpha"), expected_row("beta")]
    rows = [expected_row(slug) for slug in sorted(FILES)]
    names = {name for slug in FILES for name in NAMED[slug]}  # an entity counts once in the total
    drafts = sum(DRAFT.values())
    total = ["total (2 stories)", f"{sum(name in ENTITY_NOTES for name in names)}/{len(names)}",
             *(str(sum(int(row[k]) for row in rows)) for k in range(2, 6))] + ([f"{drafts} draft"] if drafts else [])
    assert cells(lines[3]) == total
    assert lines[4].startswith("curated: ") and len(lines) == 6  # the legend; nothing belongs to no story


def test_status_columns_are_aligned_plain_text(project, capsys):
    _, lines, _ = run_status(project, capsys)
    table = lines[:4]
    assert all("\x1b" not in line and "\t" not in line for line in lines)
    spans = [[m.span() for m in re.finditer(r"\S+(?: \S+)*", line)] for line in table]
    assert len({s[0][0] for s in spans}) == 1  # the slugs, left-aligned
    for k in range(1, 6):  # the counts, right-aligned under their headings
        assert len({s[k][1] for s in spans}) == 1, [line for line in table]


def test_status_of_content_that_cannot_be_read(tmp_path, capsys):
    project = make_project(tmp_path, write_content(tmp_path / "src"))
    (project / "content/entities/jakarta.yml").write_text("id: jakarta\nname: [Jakarta\n", encoding="utf-8")
    code, lines, err = run_status(project, capsys)
    assert code == 1
    assert lines and all(re.match(r"^content/\S+:\d+:\d+: (error|warning): ", line) for line in lines)
    assert any(line.startswith("content/entities/jakarta.yml:3:1: error: [yaml-syntax] ") for line in lines)
    assert err.startswith("penjelas status: the content has ") and "so no story could be read" in err


def test_status_without_mkdocs_yml(tmp_path, capsys):
    code = status.main(["-f", str(tmp_path / "mkdocs.yml")])
    assert code == 2
    assert capsys.readouterr().err == (f"penjelas status: {tmp_path / 'mkdocs.yml'} not found: run it from the project folder, "
                                       "or pass -f path/to/mkdocs.yml\n")


def test_python_m_penjelas_status(project):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    result = subprocess.run([sys.executable, "-m", "penjelas", "status"], cwd=project, env=env, capture_output=True,
                            text=True, timeout=120)
    assert (result.returncode, result.stderr) == (0, "")
    assert cells(result.stdout.splitlines()[1]) == expected_row("alpha")
    listed = subprocess.run([sys.executable, "-m", "penjelas", "--help"], env=env, capture_output=True, text=True, timeout=60)
    assert re.search(r"^  status +one line per story", listed.stdout, re.M)
