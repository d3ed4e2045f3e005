"""How long `mkdocs serve` takes to show an edit to a story's notes.yml.

A copy of the project (the default site, content/ included) is served from a
temporary folder; the summary of one story is edited and the served overview
page is polled until the edit shows. Nothing in the repository is touched.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PROJECT_FILES = ["mkdocs.yml", "hooks", "docs", "overrides"]
FIXTURE = ROOT / "tests" / "fixtures" / "sample-site" / "content"  # never the shipped content/
POLL = 0.02


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None


def _wait_for(url: str, needle: str, timeout: float) -> float | None:
    """Seconds until ``url`` serves a page containing ``needle``, or None."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        body = _get(url)
        if body is not None and needle in body:
            return time.perf_counter() - start
        time.sleep(POLL)
    return None


def _story(project: Path) -> Path:
    """The story with the most notes: the slowest to rebuild (the seed, by default)."""
    folders = sorted(p.parent for p in (project / "content" / "stories").rglob("article.md"))
    size = lambda f: (f / "notes.yml").stat().st_size if (f / "notes.yml").exists() else -1  # noqa: E731
    return max(folders, key=lambda f: (size(f), (f / "article.md").stat().st_size))


def _edit_summary(notes: Path, marker: str) -> None:
    """Put ``marker`` at the end of the first summary point (or add one)."""
    data = yaml.safe_load(notes.read_text(encoding="utf-8")) if notes.exists() else None
    data = data or {}
    summary = data.setdefault("summary", [])
    if summary:
        summary[0]["text"] = f"{summary[0]['text'].split(' bench')[0]} {marker}"
    else:
        summary.append({"text": marker, "sources": ["https://example.org/"]})
    notes.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


def measure(workdir: Path | None = None, samples: int = 3, timeout: float = 30.0, content: Path | None = None,
            dirty: bool = True, start_timeout: float = 1800.0) -> dict:
    """Serve a copy of the project with ``content`` (default: the fixture
    site's) as `make serve` does (``--dirty``: Penjelas writes again only
    what an edit changes); edit notes.yml ``samples`` times; return latencies."""
    own = workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="penjelas-serve-")) if own else workdir
    project = workdir / "project"
    project.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, project / name)
    shutil.copytree(content or FIXTURE, project / "content")
    story = _story(project)
    slug = story.name
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{slug}/"
    env = {**os.environ}
    env.pop("PYTHONPATH", None)
    log = open(workdir / "serve.log", "w", encoding="utf-8")
    start = time.perf_counter()
    env["SITE_URL"] = ""  # the preview is served at the root
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", *(["--dirty"] if dirty else []),
                             "-a", f"127.0.0.1:{port}"],
                            cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        first = _wait_for(url, "</html>", start_timeout)
        if first is None:
            raise RuntimeError(f"mkdocs serve did not serve {url} within {timeout} s; see {workdir / 'serve.log'}")
        first = time.perf_counter() - start
        time.sleep(0.5)  # let the watcher settle after the first build
        latencies = []
        for k in range(samples):
            marker = f"bench{k}x{int(time.time() * 1000) % 100000}"
            edited = time.perf_counter()
            _edit_summary(story / "notes.yml", marker)
            seen = _wait_for(url, marker, timeout)
            if seen is None:
                raise RuntimeError(f"the edit did not show within {timeout} s; see {workdir / 'serve.log'}")
            latencies.append(time.perf_counter() - edited)
            time.sleep(0.3)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        if own:
            shutil.rmtree(workdir, ignore_errors=True)
    return {"story": slug, "first_build": first, "samples": latencies, "latency": statistics.median(latencies)}


if __name__ == "__main__":
    result = measure()
    print(f"mkdocs serve: first page after {result['first_build']:.2f} s; notes.yml edit of '{result['story']}' shown after "
          + ", ".join(f"{s:.2f}" for s in result["samples"]) + f" s (median {result['latency']:.2f} s, target 2 s)")
