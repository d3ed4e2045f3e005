"""What a `mkdocs serve --dirty` rebuild must write again: `--dirty` made safe.

MkDocs' ``--dirty`` re-renders only the pages whose source file is newer
than their output, which is fast and usually wrong: a generated page has no
source file, and every page shows the navigation, so a new story or a new
title changes them all. Here the decision is made from what each page is
made of: a generated page is written again when its content changed (the
renderer hands back the very same ``PageSpec`` object for a page nothing
changed, ``render.renderer.PageCache``); every page is written again when
anything shown on all of them changed (the navigation, the theme's
templates and overrides, the hand-written pages, the configuration); the
home page when its story list changed; and the output of a page that is
gone is deleted. So an edit to one story's notes writes that story's pages
and the pages of the entities it names, and nothing is ever stale.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path


def signature(nav, paths: list[Path], config_file: Path | None, extra: str = "") -> str:
    """A digest of what every page shows: the navigation, and the files under
    ``paths`` (names, sizes, modification times), the configuration file."""
    h = hashlib.blake2b(repr(nav).encode("utf-8"), digest_size=20)
    h.update(extra.encode("utf-8"))
    for root in paths:
        if not root.exists():
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                st = os.stat(os.path.join(dirpath, name))
                h.update(f"{dirpath}/{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    if config_file is not None and config_file.exists():
        h.update(config_file.read_bytes())
    return h.hexdigest()


@dataclass
class Preview:
    """The last build's pages and signature, kept by the hook across rebuilds."""

    pages: dict = field(default_factory=dict)  # src_uri -> PageSpec
    signature: str = ""
    home: str = ""

    def plan(self, pages: list, sig: str, home: str) -> tuple[bool, set[str], set[str], bool]:
        """(everything, changed src_uris, removed src_uris, home changed), and remember this build."""
        everything = sig != self.signature
        current = {p.src_uri: p for p in pages}
        changed = {uri for uri, spec in current.items() if self.pages.get(uri) is not spec}
        removed = set(self.pages) - set(current)
        home_changed = home != self.home
        self.pages, self.signature, self.home = current, sig, home
        return everything, changed, removed, home_changed
