"""The newsroom's daily loop: drafts, the published address, progress,
packaging and the small things a second `make serve` or `make help` meets.
Each test builds its own small project (never the shipped content) and runs
the real commands: `mkdocs build`, `penjelas`, `pip install`, `make`.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SITE_URL, make_project, mkdocs
from penjelas.build import Progress, prepare
from penjelas.cli import check, siteurl
from test_bad_input import ARTICLE_TEXT, GOOD, SLUG, write_project

DRAFT = "kirby-khawatir"
DRAFT_ART = f"content/stories/{DRAFT}/article.md"
DRAFT_TEXT = """---
title: Kirby khawatir
published: 2024-06-19
language: id
draft: true
---
Juru bicara AS John Kirby mengatakan bahwa Amerika Serikat khawatir tentang kerja sama baru.

“Kami akan terus mengawasi,” kata Kirby.
"""
DRAFT_NOTES = f"content/stories/{DRAFT}/notes.yml"
BROKEN_DRAFT_NOTES = "annotations:\n  - phrase: kerja sama baru\n    kind: context\n    text: Belum ditulis.\n    sorces: [https://example.org/]\n"


def built(tmp_path: Path, changes: dict, env: dict | None = None) -> tuple[Path, Path, subprocess.CompletedProcess]:
    project = make_project(tmp_path, write_project(tmp_path / "src", changes) / "content")
    site = tmp_path / "site"
    return project, site, mkdocs(project, "build", "--strict", "-d", str(site), env=env)


# --- drafts -----------------------------------------------------------------------------

def test_a_draft_is_left_out_of_the_build_everywhere(tmp_path):
    project, site, result = built(tmp_path, {DRAFT_ART: DRAFT_TEXT})
    assert result.returncode == 0, result.stderr[-3000:]
    assert (site / SLUG / "index.html").is_file()  # the published story is there
    assert not (site / DRAFT).exists()  # no page, no story.json
    files = [p for p in site.rglob("*") if p.is_file() and p.suffix in (".html", ".json", ".xml")]
    assert files
    leaks = [p.relative_to(site).as_posix() for p in files if DRAFT in p.read_text(encoding="utf-8", errors="replace")
             or "Kirby khawatir" in p.read_text(encoding="utf-8", errors="replace")]
    assert leaks == []  # not in the sitemap, the search index, the home page or any entity page
    kirby = (site / "entitas" / "john-kirby" / "index.html").read_text(encoding="utf-8")
    assert "Putin ke Pyongyang" in kirby  # Kirby's page lists the published story only
    assert "draft: not published by `mkdocs build`" in result.stderr  # and the build says what it left out


def test_a_draft_s_problems_do_not_stop_the_build_but_check_lists_them(tmp_path, capsys):
    project, site, result = built(tmp_path, {DRAFT_ART: DRAFT_TEXT, DRAFT_NOTES: BROKEN_DRAFT_NOTES})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "1 problem in its files" in result.stderr
    code = check.main(["-f", str(project / "mkdocs.yml"), "--strict"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0, out  # a draft cannot block a deploy: `mkdocs build` does not read it
    [listed] = [line for line in out if line.startswith(DRAFT_NOTES)]
    assert ": error: [unknown-field]" in listed and listed.endswith("(draft: not counted)")
    assert f"{DRAFT_ART}:1:1: draft: not published by `mkdocs build` (draft: true)" in out
    assert out[-1].endswith("; 1 draft not counted (1 problem in them)")


def test_draft_must_be_true_or_false(tmp_path):
    root = write_project(tmp_path, {DRAFT_ART: DRAFT_TEXT.replace("draft: true", "draft: ya")})
    problems = [str(p) for p in prepare(root / "content", root / "docs", base=root).problems.errors]
    assert problems == [f"{DRAFT_ART}:5:8: error: [wrong-type] draft: expected true or false, got text 'ya'"]


def test_only_drafts_is_an_error_that_says_so(tmp_path):
    root = write_project(tmp_path, {"content/stories/putin-ke-pyongyang/article.md": ARTICLE_TEXT.replace("language: id", "language: id\ndraft: true")})
    errors = [str(p) for p in prepare(root / "content", root / "docs", base=root).problems.errors]
    assert errors == ["content/stories:1:1: error: [only-drafts] every story is a draft: set `draft: false` (or remove it) "
                      "in one article's front matter to publish it"]


def test_serve_shows_drafts_with_a_banner(tmp_path):
    root = write_project(tmp_path, {DRAFT_ART: DRAFT_TEXT})
    served = prepare(root / "content", root / "docs", base=root, drafts=True)
    built_ = prepare(root / "content", root / "docs", base=root)
    assert {p.src_uri for p in served.pages} - {p.src_uri for p in built_.pages} >= {f"{DRAFT}/index.md", f"{DRAFT}/artikel.md"}
    for page in served.pages:
        if page.src_uri.startswith(f"{DRAFT}/") and page.src_uri.endswith(".md"):
            assert page.content.startswith('<aside class="admonition warning pj-draft"'), page.src_uri
        elif page.src_uri.endswith(".md"):
            assert "pj-draft" not in page.content, page.src_uri
    assert "pj-draft-mark" in served.home_html and "pj-draft-mark" not in built_.home_html


# --- the published address -----------------------------------------------------------------

@pytest.mark.parametrize("url, wrong", [
    ("", "is not set"),
    ("http://127.0.0.1:8000/", "points at this machine"),
    ("http://localhost:8000/", "points at this machine"),
    ("http://[::1]:8000/", "points at this machine"),
    ("http://192.168.1.20/berita/", "points at this machine or a local network"),
    ("http://newsroom.local/", "points at this machine or a local network"),
    ("ftp://example.org/", "is not an http(s) address"),
    ("https://berita.example.org/penjelas/", None),
    ("https://owner.github.io/repo/", None),
])
def test_site_url_must_be_where_readers_go(url, wrong):
    found = siteurl.problem(url)
    assert (found is None) if wrong is None else (wrong in found and "SITE_URL" in found)


def test_make_site_warns_and_publish_refuses_a_local_site_url(tmp_path, capsys, monkeypatch):
    project = make_project(tmp_path, write_project(tmp_path / "src", {}) / "content")
    config = str(project / "mkdocs.yml")
    monkeypatch.setenv("SITE_URL", "http://127.0.0.1:8000/")
    assert siteurl.main(["-f", config]) == 0  # make site: a warning, and the build goes on
    warning = capsys.readouterr().err
    assert warning.startswith("mkdocs.yml:") and ": warning: [site-url] site_url 'http://127.0.0.1:8000/' points at this machine" in warning
    line = int(warning.split(":")[1])
    assert (project / "mkdocs.yml").read_text(encoding="utf-8").split("\n")[line - 1].startswith("site_url:")
    assert siteurl.main(["-f", config, "--require"]) == 1  # make publish stops
    assert "not publishing" in capsys.readouterr().err
    assert check.main(["-f", config, "--publish", "-q"]) == 1
    assert ": error: [site-url]" in capsys.readouterr().out
    monkeypatch.setenv("SITE_URL", SITE_URL)
    assert siteurl.main(["-f", config, "--require"]) == 0
    assert check.main(["-f", config, "--publish", "-q"]) == 0


def test_without_site_url_the_build_still_works_for_a_preview(tmp_path):
    project, site, result = built(tmp_path, {}, env={"SITE_URL": ""})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "localhost" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "127.0.0.1" not in (site / SLUG / "index.html").read_text(encoding="utf-8")


def test_the_published_address_is_in_canonical_links_and_the_sitemap(tmp_path):
    project, site, result = built(tmp_path, {}, env={"SITE_URL": "https://contoh.example.net/arsip/"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert '<link rel="canonical" href="https://contoh.example.net/arsip/putin-ke-pyongyang/">' in (site / SLUG / "index.html").read_text(encoding="utf-8")
    assert "<loc>https://contoh.example.net/arsip/putin-ke-pyongyang/</loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")


# --- progress ------------------------------------------------------------------------------

class _Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_progress_is_silent_for_a_short_build_then_per_phase(caplog):
    clock = _Clock()
    log = logging.getLogger("test.progress")
    progress = Progress(log, clock)
    with caplog.at_level(logging.INFO, logger="test.progress"):
        for n in range(1, 4):  # the first seconds: nothing
            clock.now += 0.5
            progress("reading", n, 3)
        assert caplog.messages == []
        for n in range(1, 101):
            clock.now += 0.1
            progress("extraction", n, 100)
        for n in range(1, 101):
            progress("rendering", n, 100)  # fast: only the phase's last line
    lines = caplog.messages
    assert lines[-1] == "Penjelas: rendering: 100/100 stories"
    assert "Penjelas: extraction: 100/100 stories" in lines
    extraction = [line for line in lines if "extraction" in line]
    assert 2 <= len(extraction) <= 6  # every two seconds or so, not every story
    assert [line for line in lines if "rendering" in line] == ["Penjelas: rendering: 100/100 stories"]


def test_a_long_build_shows_progress_and_quiet_stays_quiet(tmp_path, monkeypatch):
    """Through the real hook: with the threshold at zero (set via the class
    in a sitecustomize), every phase is shown; `-q` shows none of it."""
    project = make_project(tmp_path, write_project(tmp_path / "src", {}) / "content")
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "sitecustomize.py").write_text("import penjelas.build as b\nb.Progress.AFTER = 0.0\n", encoding="utf-8")
    env = {"PYTHONPATH": f"{custom}{os.pathsep}{ROOT / 'hooks'}"}
    loud = _mkdocs_keep_path(project, env, "build", "-d", str(tmp_path / "a"))
    assert loud.returncode == 0, loud.stderr[-2000:]
    for phase in ("reading", "extraction", "rendering"):
        assert f"Penjelas: {phase}: 1/1 story" in loud.stderr, loud.stderr[-2000:]
    quiet = _mkdocs_keep_path(project, env, "build", "-q", "-d", str(tmp_path / "b"))
    assert quiet.returncode == 0 and "Penjelas:" not in quiet.stderr


def _mkdocs_keep_path(project: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=project, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=300)


# --- packaging -----------------------------------------------------------------------------

def test_pip_install_gives_the_penjelas_command(tmp_path):
    """`pip install .` installs the package with its templates and the
    `penjelas` command, which works from any folder."""
    target = tmp_path / "installed"
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "node_modules", "site", "__pycache__",
                                                              "*.egg-info", "build", ".hypothesis", "audit"))
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                             "--target", str(target), str(source)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (target / "penjelas" / "render" / "templates" / "overview.html.j2").is_file()
    [entry_points] = list(target.glob("penjelas-*.dist-info/entry_points.txt"))
    assert "penjelas = penjelas.__main__:main" in entry_points.read_text(encoding="utf-8")
    project = make_project(tmp_path, write_project(tmp_path / "src", {}) / "content")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"PYTHONPATH": str(target)}
    run = subprocess.run([sys.executable, "-c", "import sys; from penjelas.__main__ import main; sys.exit(main())", "check", "-q"],
                         cwd=project, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "check ok: 0 errors, 0 warnings"
    imported = subprocess.run([sys.executable, "-c", "import penjelas; print(penjelas.__file__)"], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=60)
    assert imported.stdout.strip().startswith(str(target))


def test_runtime_requirements_leave_out_the_test_tools():
    runtime = (ROOT / "requirements.txt").read_text(encoding="utf-8").lower()
    dev = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8").lower()
    names = lambda text: {line.split("==")[0] for line in text.split("\n") if line and not line.startswith(("#", "-r"))}
    assert {"mkdocs", "mkdocs-material", "pyyaml", "markdown", "click"} <= names(runtime)
    assert not {"pytest", "playwright", "hypothesis"} & names(runtime)
    assert {"pytest", "playwright", "hypothesis"} <= names(dev) and "-r requirements.txt" in dev
    for line in runtime.split("\n") + dev.split("\n"):
        assert not line or line.startswith(("#", "-r")) or "==" in line, line  # every version pinned


# --- make ------------------------------------------------------------------------------------

def test_make_help_lists_every_target():
    result = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    listed = {line.split()[1] for line in result.stdout.splitlines() if line.startswith("  make ")}
    assert {"site", "test", "serve", "check", "status", "story", "refresh", "eval", "bench", "publish", "help"} <= listed


def test_a_second_serve_on_a_taken_port_says_so_without_a_traceback(tmp_path):
    project = make_project(tmp_path, write_project(tmp_path / "src", {}) / "content")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        result = subprocess.run([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project, env=env,
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"cannot serve on 127.0.0.1:{port}" in result.stderr and f"make serve PORT={port + 1}" in result.stderr
    assert not (project / "site").exists()  # refused before building anything
