"""Reproducible builds: the same content built twice with SOURCE_DATE_EPOCH
set gives byte-identical sites, file for file (sitemap.xml.gz included).

The two builds differ in everything that should not matter: the folder the
project sits in and Python's hash seed (so set and dict ordering of strings
cannot leak into the output), and they run at different times.
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
    second = tmp_path / "b" / "another-checkout"
    shutil.copytree(first, second)
    sites = []
    for n, (project, seed) in enumerate(((first, "1"), (second, "4242"))):
        if n:
            time.sleep(1.1)  # a timestamp taken from the clock would now differ
        site = tmp_path / f"site-{n}"
        result = mkdocs(project, "build", "--strict", "-d", str(site),
                        env={"SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr[-3000:]
        sites.append(site)
    a, b = digest(sites[0]), digest(sites[1])
    assert sorted(a) == sorted(b)
    assert [path for path in a if a[path] != b[path]] == []
    assert "sitemap.xml.gz" in a and "search/search_index.json" in a
    assert len([p for p in a if p.endswith("story.json")]) >= 1
    # The date in the sitemap and the gzip header come from SOURCE_DATE_EPOCH, not the clock.
    assert "<lastmod>2024-06-18</lastmod>" in (sites[0] / "sitemap.xml").read_text(encoding="utf-8")
    with gzip.open(sites[0] / "sitemap.xml.gz") as stream:
        stream.read()
        assert stream.mtime == int(EPOCH)
