"""`mkdocs serve` rebuilds only what an edit changes, and never shows a stale page.

The caches (files read by their bytes, stories extracted by their content
hash, pages rendered by what they show: ``penjelas.build.clear_caches``)
must give, after every kind of edit, exactly what a build from nothing
gives. Each edit is made to a project built once in this process; the
rebuild's pages are compared with a fresh build's, page by page. Then a
real `mkdocs serve --dirty` (what `make serve` runs) is edited, and every
page it serves is compared with a fresh `mkdocs build`'s.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import make_project, mkdocs
from penjelas.build import clear_caches, prepare
from test_archive import MANY, archive_content
from test_bad_input import KIRBY, PUTIN
from test_serve import fetch, free_port, wait_for


def story(root: Path, k: int) -> Path:
    return root / "content" / "stories" / f"berita-{k:03d}"


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_summary(root):
    replace(story(root, 3) / "notes.yml", "Putin berkunjung ke Pyongyang.", "Putin berkunjung ke Pyongyang (diubah).")


def edit_title(root):  # the story before it links to it; the home page and its month list it
    replace(story(root, 4) / "article.md", "title: Berita nomor 4", "title: Judul baru nomor 4")


def edit_article(root):
    replace(story(root, 5) / "article.md", "Amerika Serikat khawatir.", "Amerika Serikat sangat khawatir.")


def edit_date(root):  # into another month: two month pages change
    path = story(root, 6) / "article.md"
    text = path.read_text(encoding="utf-8")
    assert "published: 2024-04" in text
    path.write_text(re.sub(r"published: \S+", "published: 2024-03-02", text, count=1), encoding="utf-8")


def edit_entity_name(root):  # every story names Putin
    replace(root / PUTIN, "name: Vladimir Putin", "name: Vladimir V. Putin")


def edit_entity_alias(root):
    replace(root / KIRBY, "kind: person", "kind: person\naliases: [Kirby]")


def add_story(root):
    shutil.copytree(story(root, 2), story(root, 99))
    replace(story(root, 99) / "article.md", "title: Berita nomor 2", "title: Berita tambahan")


def remove_story(root):
    shutil.rmtree(story(root, 7))


def break_and_fix(root):  # an error in between: the build after it is whole again
    notes = story(root, 8) / "notes.yml"
    good = notes.read_text(encoding="utf-8")
    notes.write_text(good.replace("cite: [akan tiba di Pyongyang]", "cite: [tidak ada di artikel]"), encoding="utf-8")
    assert prepare(root / "content", root / "docs", base=root).problems.errors
    notes.write_text(good.replace("Kunjungan pertama", "Kunjungan pertama (diperbaiki)"), encoding="utf-8")


EDITS = [edit_summary, edit_title, edit_article, edit_date, edit_entity_name, edit_entity_alias, add_story, remove_story,
         break_and_fix]


def built(root: Path) -> dict:
    result = prepare(root / "content", root / "docs", base=root)
    assert result.problems.errors == [], result.problems.errors
    pages = {p.src_uri: p for p in result.pages}
    return {"pages": pages, "home": result.home_html, "nav": result.nav(None)}


def same(a: dict, b: dict) -> list[str]:
    """The src_uris whose content, metadata, table of contents or edit link differ, and the home page and menu."""
    diff = sorted(set(a["pages"]) ^ set(b["pages"]))
    for uri in set(a["pages"]) & set(b["pages"]):
        p, q = a["pages"][uri], b["pages"][uri]
        if (p.content, p.meta, p.toc, p.edit_path) != (q.content, q.meta, q.toc, q.edit_path):
            diff.append(uri)
    diff += [name for name in ("home", "nav") if a[name] != b[name]]
    return diff


@pytest.mark.parametrize("edit", EDITS, ids=[e.__name__ for e in EDITS])
def test_a_rebuild_after_an_edit_is_a_fresh_build(tmp_path, edit):
    root = archive_content(tmp_path, MANY)
    clear_caches()
    before = built(root)
    edit(root)
    rebuilt = built(root)
    clear_caches()
    fresh = built(root)
    assert same(rebuilt, fresh) == []
    changed = same(before, rebuilt)
    assert changed, "the edit changed nothing: the test would prove nothing"
    # The cache was used: a story the edit does not touch keeps its very pages.
    untouched = "berita-015/apa.md"
    if edit not in (edit_entity_name, edit_entity_alias):  # every story names both
        assert untouched not in changed and rebuilt["pages"][untouched] is before["pages"][untouched]


def test_an_edit_to_one_story_s_notes_renders_only_its_pages_again(tmp_path):
    root = archive_content(tmp_path, MANY)
    clear_caches()
    before = built(root)
    edit_summary(root)
    after = built(root)
    renewed = {uri for uri, spec in after["pages"].items() if before["pages"].get(uri) is not spec}
    assert {u for u in renewed if u.startswith("berita-")} == {u for u in after["pages"] if u.startswith("berita-003/")}
    assert renewed - {u for u in renewed if u.startswith("berita-")} <= (
        {u for u in after["pages"] if u.startswith("entitas/")} | {u for u in after["pages"] if u.startswith("arsip/")})


# --- a real `mkdocs serve --dirty` -------------------------------------------------

_MAIN = re.compile(r'<main class="md-main".*?</main>', re.S)
_NAV = re.compile(r'<nav class="md-nav md-nav--primary".*?</nav>', re.S)
_FOOTER = re.compile(r'<footer class="md-footer">.*?</footer>', re.S)


def _body(html: str) -> str:
    """What a reader sees of a page: the menu, the main column and the footer (not the livereload script)."""
    return "\n".join(m.group(0) for rx in (_NAV, _MAIN, _FOOTER) for m in [rx.search(html)] if m)


def test_dirty_serve_never_shows_a_stale_page(tmp_path):
    root = archive_content(tmp_path / "src", MANY)
    project = make_project(tmp_path, root / "content")
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"SITE_URL": ""}
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
                                   cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for("the first build", lambda: fetch(base)[0] == 200, log)
        edit_title(project)
        remove_story(project)
        wait_for("the new title", lambda: "Judul baru nomor 4" in fetch(base)[1], log)
        wait_for("the rebuild's end", lambda: "pages written again (what this change shows)" in log.read_text(encoding="utf-8"), log)
        fresh = tmp_path / "fresh"
        result = mkdocs(project, "build", "-d", str(fresh), env={"SITE_URL": base})
        assert result.returncode == 0, result.stderr[-3000:]
        pages = sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("index.html"))
        assert len(pages) > 100
        stale = []
        for rel in pages:
            status, html = fetch(base + rel[: -len("index.html")])
            if status != 200 or _body(html) != _body((fresh / rel).read_text(encoding="utf-8")):
                stale.append(rel)
        assert stale == []
        assert fetch(base + "berita-007/")[0] == 404  # a removed story's pages are gone
        assert "every page written again" in log.read_text(encoding="utf-8")  # the first build
    finally:
        os.killpg(process.pid, 15)
        process.wait(30)
