"""`mkdocs serve` under an editor's mistakes: breaking a note logs the error,
keeps the last good site served and lists the problem on every page (with
its place and the file's line); serve starts even on broken content; fixing
the note recovers without a restart. Every wait is bounded and the server is
always stopped.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import make_project
from test_bad_input import NOTES, NOTES_TEXT, SLUG, write_project

GOOD_NOTE = "Kunjungan pertama dalam 24 tahun."
BROKEN_NOTE = "Catatan yang tidak boleh tampil."
FIXED_NOTE = "Catatan yang sudah diperbaiki."
ERROR = (f"{NOTES}:8:5: error: [unknown-field] annotations[1]: unknown field 'sorces' (did you mean 'sources'?)")
WAIT = 90  # seconds, for any single step


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def wait_for(what: str, check, log: Path, timeout: float = WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}; server log:\n{log.read_text(encoding='utf-8', errors='replace')[-4000:]}")


@pytest.fixture
def served(tmp_path, request):
    """A project served by `mkdocs serve` on a free port; always stopped.
    Parametrised indirectly with changes to the content it starts from."""
    content = write_project(tmp_path / "src", getattr(request, "param", {})) / "content"
    project = make_project(tmp_path, content)
    port = free_port()
    log = tmp_path / "serve.log"
    # Served at the root (a published address's path would be the preview's mount point).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"SITE_URL": ""}
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}/"
        wait_for("the first build", lambda: fetch(base)[0] == 200, log)
        yield project, base, log
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=15)


def test_broken_note_keeps_last_good_site_then_recovers(served):
    project, base, log = served
    page = f"{base}{SLUG}/artikel/"
    status, html = fetch(page)
    assert status == 200 and GOOD_NOTE in html

    # Break the note: an unknown field, and a new text that must not appear.
    notes = project / NOTES
    notes.write_text(NOTES_TEXT.replace("    sources:", "    sorces:").replace(GOOD_NOTE, BROKEN_NOTE), encoding="utf-8")
    wait_for("the error in the log", lambda: ERROR in log.read_text(encoding="utf-8"), log)
    time.sleep(1)  # let a (wrong) rebuild finish, if one were under way
    for url in (page, base, f"{base}{SLUG}/"):
        status, html = fetch(url)
        assert status == 200, url
    status, html = wait_for("the banner", lambda: (lambda r: r if BANNER in r[1] else None)(fetch(page)), log)
    assert GOOD_NOTE in html and BROKEN_NOTE not in html
    for url in (base, f"{base}{SLUG}/"):  # every page says so
        assert BANNER in fetch(url)[1], url
    assert_banner_lists(html, ERROR_SHOWN, "    sorces: [https://example.org/kunjungan]")
    text = log.read_text(encoding="utf-8")
    assert "Traceback" not in text
    assert "Penjelas: 1 problem in content/" in text

    # Fix it: the server picks it up without a restart, and the banner goes.
    notes.write_text(NOTES_TEXT.replace(GOOD_NOTE, FIXED_NOTE), encoding="utf-8")
    html = wait_for("the fixed note to be served", lambda: (lambda r: r[1] if FIXED_NOTE in r[1] else "")(fetch(page)), log)
    assert GOOD_NOTE not in html and BANNER not in html and BANNER not in fetch(base)[1]
    assert "Traceback" not in log.read_text(encoding="utf-8")


BANNER = 'class="admonition failure pj-alert" role="alert"'
ERROR_SHOWN = ("<code>content/stories/putin-ke-pyongyang/notes.yml:8:5</code>: <strong>error</strong>: [unknown-field] "
               "annotations[1]: unknown field &#x27;sorces&#x27; (did you mean &#x27;sources&#x27;?)")


def assert_banner_lists(html: str, problem: str, line: str) -> None:
    """The banner shows the problem with its place, and the file's line with a caret under the column."""
    start = html.index(BANNER)
    banner = html[start: html.index("</div>", start)]
    assert problem in banner, banner
    shown = banner[banner.index(problem):]
    assert f'<pre class="pj-alert-line"><code>{html_escape(line)}\n    ^</code></pre>' in shown, shown


def html_escape(text: str) -> str:
    import html

    return html.escape(text)


BROKEN_AT_START = {NOTES: NOTES_TEXT.replace("    sources:", "    sorces:")}


@pytest.mark.parametrize("served", [BROKEN_AT_START], indirect=True, ids=["broken-at-start"])
def test_serve_starts_on_broken_content_and_shows_why(served):
    """No good build yet: the preview still starts, every page lists the
    problem above an empty site, and the fix brings the story up."""
    project, base, log = served
    status, html = fetch(base)
    assert status == 200 and BANNER in html
    assert "no version of the site has built yet" in html
    assert_banner_lists(html, ERROR_SHOWN, "    sorces: [https://example.org/kunjungan]")
    assert fetch(f"{base}{SLUG}/artikel/")[0] == 404  # nothing generated from broken content
    (project / NOTES).write_text(NOTES_TEXT, encoding="utf-8")
    html = wait_for("the story once fixed", lambda: (lambda r: r[1] if r[0] == 200 else "")(fetch(f"{base}{SLUG}/artikel/")), log)
    assert GOOD_NOTE in html and BANNER not in html
    assert "Traceback" not in log.read_text(encoding="utf-8")


DRAFT_STORY = {"content/stories/draf-baru/article.md": "---\ntitle: Draf baru\npublished: 2024-06-19\nlanguage: id\ndraft: true\n---\n"
                                                     "Juru bicara AS John Kirby mengatakan bahwa Amerika Serikat khawatir.\n"}


@pytest.mark.parametrize("served", [DRAFT_STORY], indirect=True, ids=["with-a-draft"])
def test_serve_shows_a_draft_with_its_banner(served):
    project, base, log = served
    status, html = fetch(f"{base}draf-baru/")
    assert status == 200 and 'class="admonition warning pj-draft"' in html and "draft: true" in html
    assert "pj-draft-mark" in fetch(base)[1]  # marked on the home page's list


def test_content_moved_away_and_back_is_followed(served, tmp_path):
    """A branch switch or a restore moves content/ away and back: the preview keeps rebuilding."""
    project, base, log = served
    page = f"{base}{SLUG}/artikel/"
    away = tmp_path / "content-away"
    (project / "content").rename(away)
    wait_for("the notice that content/ is gone", lambda: "content/ is gone" in log.read_text(encoding="utf-8"), log)
    away.rename(project / "content")
    wait_for("the rebuild when content/ is back", lambda: "content/ is back" in log.read_text(encoding="utf-8"), log)
    notes = project / NOTES
    notes.write_text(NOTES_TEXT.replace(GOOD_NOTE, FIXED_NOTE), encoding="utf-8")
    html = wait_for("an edit after the move to be served", lambda: (lambda r: r[1] if FIXED_NOTE in r[1] else "")(fetch(page)), log)
    assert GOOD_NOTE not in html
    assert "Traceback" not in log.read_text(encoding="utf-8")
