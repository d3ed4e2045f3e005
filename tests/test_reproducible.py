"""Reproducible builds: the same content built twice gives byte-identical
sites, file for file (sitemap.xml.gz included), with or without
SOURCE_DATE_EPOCH: unset, the date comes from the content itself.

The two builds differ in everything that should not matter: the folder the
project sits in, Python's hash seed (so set and dict ordering of strings
cannot leak into the output) and the time they run at. The content is the
fixture stories written here, each also copied under two more slugs, so the
test never depends on which stories a newsroom ships.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import time
from pathlib import Path

import pytest

from conftest import make_project, mkdocs
from test_bad_input import write_project

EPOCH = "1718668800"  # 2024-06-18 00:00 UTC, the newest publication date of the fixture


def digest(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("epoch", [EPOCH, None], ids=["epoch-set", "epoch-from-content"])
def test_two_builds_are_byte_identical(tmp_path, epoch):
    content = write_project(tmp_path / "src", {}) / "content"
    first = make_project(tmp_path / "a", content)
    stories = first / "content" / "stories"
    originals = sorted(p for p in stories.iterdir() if p.is_dir())
    for story in originals:
        for copy in ("salinan-1", "salinan-2"):
            shutil.copytree(story, stories / f"{story.name}-{copy}")
    second = tmp_path / "b" / "another-checkout"
    shutil.copytree(first, second)
    sites = []
    for n, (project, seed) in enumerate(((first, "1"), (second, "4242"))):
        if n:
            time.sleep(1.1)  # a timestamp taken from the clock would now differ
        site = tmp_path / f"site-{n}"
        env = {"PYTHONHASHSEED": seed} | ({"SOURCE_DATE_EPOCH": epoch} if epoch else {})
        result = mkdocs(project, "build", "--strict", "-d", str(site), env=env)
        assert result.returncode == 0, result.stderr[-3000:]
        sites.append(site)
    a, b = digest(sites[0]), digest(sites[1])
    assert sorted(a) == sorted(b)
    assert [path for path in a if a[path] != b[path]] == []
    assert "sitemap.xml.gz" in a
    assert len([p for p in a if p.endswith("story.json")]) == 3 * len(originals)
    # The date in the sitemap and the gzip header come from the epoch (the content's), not the clock.
    assert "<lastmod>2024-06-18</lastmod>" in (sites[0] / "sitemap.xml").read_text(encoding="utf-8")
    with gzip.open(sites[0] / "sitemap.xml.gz") as stream:
        stream.read()
        assert stream.mtime == int(EPOCH)
