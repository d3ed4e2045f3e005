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

Under `mkdocs serve`, indexing runs in a background thread after each
rebuild, so the preview reloads at once and search catches up a few seconds
later; meanwhile the previous index is served (copied in at once), so the
box never breaks.
"""

from __future__ import annotations

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


def build_index(site_dir: Path, output: Path | None = None) -> Path:
    """Index ``site_dir`` into ``output`` (default: site_dir/pagefind); returns it."""
    output = output or site_dir / FOLDER
    try:
        result = subprocess.run(command(site_dir, output), capture_output=True, text=True, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexFailed(f"Pagefind could not run ({error}): is pagefind-bin installed (requirements.txt)?") from None
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        raise SearchIndexFailed(f"Pagefind failed (exit {result.returncode}): {' / '.join(detail) or 'no message'}")
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
    return output


class BackgroundIndex:
    """`mkdocs serve`'s index: the last one made is copied into each new
    build at once, and a fresh one is made in a thread and swapped in when
    done (unless a newer build has started since, which makes its own)."""

    def __init__(self, log):
        self.log = log
        self.cache = Path(tempfile.mkdtemp(prefix="penjelas-search-"))
        self.lock = threading.Lock()
        self.generation = 0
        self.last: Path | None = None  # the newest finished index, in the cache

    def after_build(self, site_dir: Path) -> None:
        with self.lock:
            self.generation += 1
            generation = self.generation
            if self.last is not None:
                shutil.copytree(self.last, site_dir / FOLDER, dirs_exist_ok=True)
        threading.Thread(target=self._index, args=(site_dir, generation), daemon=True, name="penjelas-search").start()

    def _index(self, site_dir: Path, generation: int) -> None:
        out = self.cache / f"index-{generation}"
        try:
            build_index(site_dir, out)
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
