"""Reproducible builds: the same content built twice with SOURCE_DATE_EPOCH
set gives byte-identical sites, file for file (sitemap.xml.gz included).

The two builds differ in everything that should not matter: the folder the
project sits in, Python's hash seed (so set and dict ordering of strings
cannot leak into the output), the time they run at, and the number of
processes that extract and render the stories (``PENJELAS_JOBS``: one, then
two forked workers; the content is the three stories, each also copied under
two more slugs, so that both extraction and rendering are shared out).
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import time
from pathlib import Path

from conftest import make_project, mkdocs

EPOCH = "1718668800"  # 2024-06-18 00:00 UTC


def digest(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    first = make_project(tmp_path / "a")
    stories = first / "content" / "stories"
    for story in sorted(p for p in stories.iterdir() if p.is_dir()):
        for copy in ("salinan-1", "salinan-2"):
            shutil.copytree(story, stories / f"{story.name}-{copy}")
    second = tmp_path / "b" / "another-checkout"
    shutil.copytree(first, second)
    sites = []
    for n, (project, seed, jobs) in enumerate(((first, "1", "1"), (second, "4242", "2"))):
        if n:
            time.sleep(1.1)  # a timestamp taken from the clock would now differ
        site = tmp_path / f"site-{n}"
        result = mkdocs(project, "build", "--strict", "-d", str(site),
                        env={"SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": seed, "PENJELAS_JOBS": jobs})
        assert result.returncode == 0, result.stderr[-3000:]
        sites.append(site)
    a, b = digest(sites[0]), digest(sites[1])
    assert sorted(a) == sorted(b)
    assert [path for path in a if a[path] != b[path]] == []
    assert "sitemap.xml.gz" in a and "search/search_index.json" in a
    assert len([p for p in a if p.endswith("story.json")]) == 9
    # The date in the sitemap and the gzip header come from SOURCE_DATE_EPOCH, not the clock.
    assert "<lastmod>2024-06-18</lastmod>" in (sites[0] / "sitemap.xml").read_text(encoding="utf-8")
    with gzip.open(sites[0] / "sitemap.xml.gz") as stream:
        stream.read()
        assert stream.mtime == int(EPOCH)
