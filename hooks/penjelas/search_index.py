"""The site's search index: Pagefind, run over the built HTML.

Why Pagefind (measured in the issue-17 closing note): its index is static and
chunked, so a reader's browser fetches a few small files per query instead of
one JSON file that grows with the archive (lunr's was 626 KB gzipped at 100
stories and 6 MB at 1,000); it stems Indonesian ("kunjungi" finds
"mengunjungi") and English, per page language; it ships as a static binary in
the `pagefind-bin` wheel (pinned in requirements.txt), so nothing is
downloaded at build time and nothing is requested from another host.

The index is made once, from the pages MkDocs wrote (what the reader sees),
never from HTML parsed twice: Material's own search plugin is off.

Under `mkdocs serve`, indexing runs in the background after each rebuild,
at the lowest CPU priority and stopped by the next rebuild, so the preview
reloads at once and search catches up a few seconds later; meanwhile the
previous index is served, so the box never breaks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

FOLDER = "pagefind"  # under site/; a reserved story slug (reading/schema.py)
# Pagefind's own ready-made interfaces: the site has its own (docs/assets/search/search.js).
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
TIMEOUT = 1800  # seconds: a hung indexer must not hang the build


class SearchIndexFailed(Exception):
    """Pagefind failed: its message, for the build log."""


def command(site_dir: Path, output: Path) -> list[str]:
    return [sys.executable, "-m", "pagefind_bin", "--site", str(site_dir), "--output-path", str(output), "--quiet"]


def _finish(result_code: int, stdout: str, stderr: str, output: Path) -> Path:
    if result_code != 0:
        detail = (stderr or stdout).strip().splitlines()[-3:]
        raise SearchIndexFailed(f"Pagefind failed (exit {result_code}): {' / '.join(detail) or 'no message'}")
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
    return output


def _start(site_dir: Path, output: Path, background: bool = False) -> subprocess.Popen:
    """Pagefind as a child process; in the background at the lowest CPU
    priority, so that the next preview build is never slowed by it."""
    try:
        return subprocess.Popen(command(site_dir, output), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                preexec_fn=(lambda: os.nice(19)) if background and hasattr(os, "nice") else None)
    except OSError as error:
        raise SearchIndexFailed(f"Pagefind could not run ({error}): is pagefind-bin installed (requirements.txt)?") from None


def _wait(proc: subprocess.Popen) -> tuple[int, str, str]:
    try:
        stdout, stderr = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise SearchIndexFailed(f"Pagefind did not finish within {TIMEOUT} s") from None
    return proc.returncode, stdout, stderr


def build_index(site_dir: Path, output: Path | None = None) -> Path:
    """Index ``site_dir`` into ``output`` (default: site_dir/pagefind); returns it."""
    output = output or site_dir / FOLDER
    return _finish(*_wait(_start(site_dir, output)), output)


class BackgroundIndex:
    """`mkdocs serve`'s index: the last one made is served in each new build
    at once (copied in, unless a `--dirty` build kept it), and a fresh one is
    made by Pagefind at the lowest CPU priority and swapped in when done. A
    new build stops the indexer of the previous one, whose result it would
    replace anyway: under a run of edits only the last is indexed, and no
    indexer competes with the build the editor is waiting for."""

    def __init__(self, log):
        self.log = log
        self.cache = Path(tempfile.mkdtemp(prefix="penjelas-search-"))
        self.lock = threading.Lock()
        self.generation = 0
        self.last: Path | None = None  # the newest finished index, in the cache
        self.running: subprocess.Popen | None = None

    def after_build(self, site_dir: Path) -> None:
        with self.lock:
            self.generation += 1
            generation = self.generation
            if self.running is not None and self.running.poll() is None:
                self.running.terminate()
            if self.last is not None and not (site_dir / FOLDER / "pagefind-entry.json").exists():
                shutil.copytree(self.last, site_dir / FOLDER, dirs_exist_ok=True)
            out = self.cache / f"index-{generation}"
            try:
                self.running = proc = _start(site_dir, out, background=True)
            except SearchIndexFailed as error:
                self.log.error(f"Penjelas: search index not updated: {error}")
                return
        threading.Thread(target=self._index, args=(proc, out, site_dir, generation), daemon=True,
                         name="penjelas-search").start()

    def _index(self, proc: subprocess.Popen, out: Path, site_dir: Path, generation: int) -> None:
        try:
            code, stdout, stderr = _wait(proc)
            with self.lock:
                if generation != self.generation:  # stopped, or outrun by a newer build: that one indexes
                    shutil.rmtree(out, ignore_errors=True)
                    return
            _finish(code, stdout, stderr, out)
        except SearchIndexFailed as error:
            self.log.error(f"Penjelas: search index not updated: {error}")
            return
        except OSError:  # the site was rebuilt (and emptied) under the indexer: the newer build indexes itself
            shutil.rmtree(out, ignore_errors=True)
            return
        with self.lock:
            if generation != self.generation:
                shutil.rmtree(out, ignore_errors=True)
                return
            target = site_dir / FOLDER
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(out, target)
            if self.last is not None and self.last != out:
                shutil.rmtree(self.last, ignore_errors=True)
            self.last = out
        self.log.info("Penjelas: search index updated")
