"""An archive of many stories: the home page shows the newest, the archive
lists every story once by month, and no page's menu grows with the archive.

The stories are written here (the small test story under many slugs and
dates), never read from the shipped content/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import make_project, mkdocs
from penjelas.build import prepare
from penjelas.render import sections
from test_bad_input import GOOD, SLUG, front, write_project

MANY = sections.ARCHIVE_GROUPING + 8  # an archive: more stories than the home page shows


def archive_content(root: Path, n: int) -> Path:
    """``n`` stories, one every nine days back from 2024-06-18, each with its own title."""
    import datetime as dt

    changes = {}
    for k in range(n):
        day = dt.date(2024, 6, 18) - dt.timedelta(days=9 * k)
        slug = f"berita-{k:03d}"
        changes[f"content/stories/{slug}/article.md"] = front(title=f"title: Berita nomor {k}", published=f"published: {day}")
        changes[f"content/stories/{slug}/notes.yml"] = GOOD[f"content/stories/{SLUG}/notes.yml"]
    changes[f"content/stories/{SLUG}/article.md"] = None
    changes[f"content/stories/{SLUG}/notes.yml"] = None
    return write_project(root, changes)


def _pages(root: Path):
    result = prepare(root / "content", root / "docs", base=root)
    assert result.problems.errors == []
    return result, {p.src_uri: p for p in result.pages}


def _links(html: str) -> list[str]:
    return re.findall(r'href="([^"#]+)"', html)


def test_a_small_site_lists_every_story_on_the_home_page_and_has_no_archive(tmp_path):
    result, pages = _pages(archive_content(tmp_path, sections.ARCHIVE_GROUPING))
    assert not [uri for uri in pages if uri.startswith("arsip/")]
    assert len(re.findall(r'class="pj-card pj-story"', result.home_html)) == sections.ARCHIVE_GROUPING
    assert "pj-archive-link" not in result.home_html


def test_the_home_page_shows_the_newest_stories_and_links_to_the_archive(tmp_path):
    result, pages = _pages(archive_content(tmp_path, MANY))
    cards = re.findall(r'<h3><a href="([^"]+)">([^<]+)</a>', result.home_html)
    assert [title for _, title in cards] == [f"Berita nomor {k}" for k in range(sections.ARCHIVE_GROUPING)]
    assert f'<a href="arsip/">Semua {MANY} berita, menurut bulan terbit, di arsip</a>' in result.home_html


def test_the_archive_lists_every_story_once_in_its_month(tmp_path):
    import datetime as dt

    result, pages = _pages(archive_content(tmp_path, MANY))
    index = pages["arsip/index.md"].content
    months = [uri for uri in pages if re.fullmatch(r"arsip/\d{4}/\d{2}/index\.md", uri)]
    expected: dict[str, list[int]] = {}
    for k in range(MANY):
        day = dt.date(2024, 6, 18) - dt.timedelta(days=9 * k)
        expected.setdefault(f"{day:%Y/%m}", []).append(k)
    assert sorted(months) == sorted(f"arsip/{m}/index.md" for m in expected)
    seen = []
    for month, ks in expected.items():
        html = pages[f"arsip/{month}/index.md"].content
        titles = re.findall(r'<h3><a href="[^"]+">Berita nomor (\d+)</a>', html)
        assert titles == [str(k) for k in ks]  # newest first
        assert f"{len(ks)} berita terbit pada" in html
        assert f'href="{month}/"' in index
        seen += titles
    assert sorted(map(int, seen)) == list(range(MANY))
    assert f"Semua {MANY} berita di situs ini" in index
    # Lists of other pages are not search results: each story is found on its own pages.
    assert pages["arsip/index.md"].meta["search"] == {"exclude": True}
    assert all(pages[uri].meta["search"] == {"exclude": True} for uri in months)


def test_an_archive_page_links_only_to_pages_that_exist(tmp_path):
    result, pages = _pages(archive_content(tmp_path, MANY))
    for uri in [u for u in pages if u.startswith("arsip/")]:
        base = uri.rsplit("/", 1)[0]
        for href in _links(pages[uri].content):
            if href.startswith("http"):
                continue
            parts = []
            for part in Path(base, href).parts:
                if part == "..":
                    parts.pop()
                elif part != ".":
                    parts.append(part)
            target = "/".join(parts) + "/index.md"
            assert target in pages, (uri, href)


def test_archive_is_a_reserved_story_slug(tmp_path):
    root = write_project(tmp_path, {"content/stories/arsip/article.md": GOOD[f"content/stories/{SLUG}/article.md"]})
    result = prepare(root / "content", root / "docs", base=root)
    assert [p.code for p in result.problems.errors] == ["reserved-slug"]


def _menu(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    start = html.index('<nav class="md-nav md-nav--primary"')
    return html[start:html.index("</nav>", start)]


def test_a_story_page_s_menu_does_not_grow_with_the_archive(tmp_path):
    """Built with mkdocs: the menu of a story's page names no other story, and
    is the same size with 20 stories as with 40 (the archive's months only)."""
    sizes = {}
    for n in (MANY, 2 * MANY):
        project = make_project(tmp_path / str(n), archive_content(tmp_path / f"src{n}", n) / "content")
        out = tmp_path / f"site{n}"
        result = mkdocs(project, "build", "--strict", "-d", str(out))
        assert result.returncode == 0, result.stderr[-3000:]
        menu = _menu(out / "berita-000" / "artikel" / "index.html")
        assert "Berita nomor 1<" not in menu and "Berita nomor 1 " not in menu
        assert 'href="../../arsip/"' in menu
        sizes[n] = len(re.sub(r'<li class="md-nav__item">\s*<a href="[^"]*arsip/\d{4}/[^"]*"[^>]*>.*?</a>\s*</li>', "", menu, flags=re.S))
        # Every month page is in the sitemap and the menu, and opens.
        for month in (out / "arsip").glob("*/*/index.html"):
            assert month.stat().st_size > 0
    assert sizes[MANY] == pytest.approx(sizes[2 * MANY], rel=0.1)
