"""Shared fixtures: real `mkdocs build` runs, a local HTTP server, real Chromium.

Tests build into temporary folders; nothing here touches site/ or content/.
They never read the shipped content/ either: a newsroom adds, edits and
removes stories there, and its tests must still pass. The site the tests
build is made of the fixture content in tests/fixtures/sample-site/content/ (the
three stories Penjelas first shipped with, frozen as test data).
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import warnings
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SITE_CONTENT = FIXTURES / "sample-site" / "content"  # the content every site-level test builds
PROJECT_FILES = ["mkdocs.yml", "hooks", "docs", "overrides"]
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


SITE_URL = "https://berita.example.org/penjelas/"  # what a newsroom publishes at (a path under a host, as GitHub Pages gives)
# Read by mkdocs.yml (`site_url: !ENV [SITE_URL, ""]`), in this process (penjelas check) and in every build a
# test starts; a test of an unset or local site_url sets its own.
os.environ["SITE_URL"] = SITE_URL


def mkdocs(project: Path, *args: str, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run the real mkdocs CLI in ``project``, published at ``SITE_URL`` unless ``env`` says otherwise."""
    full_env = {**os.environ, "SITE_URL": SITE_URL, **(env or {})}
    full_env.pop("PYTHONPATH", None)
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=project, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def make_project(tmp: Path, content: Path | None = None) -> Path:
    """A copy of this project in ``tmp`` (hooks, docs, mkdocs.yml), with
    ``content`` (default: the fixture site's content) copied in as content/."""
    project = tmp / "project"
    project.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, project / name)
    if content is None:
        content = SITE_CONTENT
    if content.exists():
        shutil.copytree(content, project / "content")
    return project


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The fixture site, built once per test session with --strict, by this
    project's mkdocs.yml, hooks, docs and overrides."""
    tmp = tmp_path_factory.mktemp("built")
    project = make_project(tmp)
    out = tmp / "site"
    result = mkdocs(project, "build", "--strict", "-d", str(out))
    assert result.returncode == 0, result.stderr
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture(scope="session")
def site_server(built_site, tmp_path_factory):
    """Serve the built site on 127.0.0.1 at its published address's path
    (/penjelas/, as GitHub Pages serves a project site) and yield its base URL."""
    host_root = tmp_path_factory.mktemp("host")
    mount = urlsplit(SITE_URL).path.strip("/")
    (host_root / mount).symlink_to(built_site, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(host_root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{mount}/"
    server.shutdown()


def chromium_path() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright. Missing browser: a loud skip on a
    developer machine, a failure in CI (CI is set)."""
    path = chromium_path()
    if path is None:
        message = "Chromium not found: install Debian's chromium (apt-get install chromium) to run the browser tests"
        if os.environ.get("CI"):
            pytest.fail(message)
        warnings.warn(message)
        print(f"\n*** SKIPPING BROWSER TESTS: {message} ***\n", file=sys.stderr)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
