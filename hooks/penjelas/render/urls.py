"""Where each page of the site lives (src_uri) and the URLs between pages,
the way MkDocs makes them."""

from __future__ import annotations

import posixpath

def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for two site-relative paths, without its two getcwd() calls."""
    if path.startswith("/") or start.startswith("/"):
        return posixpath.relpath(path, start)
    p = [x for x in posixpath.normpath(path).split("/") if x and x != "."]
    s = [x for x in posixpath.normpath(start).split("/") if x and x != "."]
    if ".." in p or ".." in s:
        return posixpath.relpath(path, start)
    i = 0
    while i < len(p) and i < len(s) and p[i] == s[i]:
        i += 1
    return "/".join([".."] * (len(s) - i) + p[i:]) or "."


class Urls:
    """Site-relative URLs of pages, the way MkDocs makes them."""

    def __init__(self, directory_urls: bool = True):
        self.directory_urls = directory_urls
        self._rel: dict[tuple[str, str], str] = {}  # relpath is slow and pages repeat their links

    def of(self, src_uri: str) -> str:
        if not src_uri.endswith(".md"):
            return src_uri
        stem = src_uri[:-3]
        if self.directory_urls:
            if stem == "index" or stem.endswith("/index"):
                return stem[: -len("index")]
            return stem + "/"
        return stem + ".html"

    def rel(self, from_url: str, to_url: str) -> str:
        anchor = ""
        if "#" in to_url:
            to_url, anchor = to_url.split("#", 1)
            anchor = "#" + anchor
        path = self._rel.get((from_url, to_url))
        if path is None:
            base = from_url.rstrip("/") if from_url.endswith("/") or not from_url else posixpath.dirname(from_url)
            target = to_url or "."
            path = _relpath(target, base or ".")
            if to_url.endswith("/") and not path.endswith("/"):
                path += "/"
            if path == "./":
                path = "./"
            self._rel[(from_url, to_url)] = path
        return path + anchor


class Paths:
    """Where each page of the site lives (src_uri)."""

    def __init__(self, L: dict):
        self.sec = L["sections"]

    def overview(self, slug: str) -> str:
        return f"{slug}/index.md"

    def section(self, slug: str, key: str) -> str:
        return f"{slug}/{self.sec[key]}.md"

    def entity(self, eid: str) -> str:
        return f"{self.sec['entities']}/{eid}.md"

    def entities(self) -> str:
        return f"{self.sec['entities']}/index.md"

    def archive(self, month: str = "") -> str:
        """The archive's index, or one month's page (``month`` as YYYY-MM)."""
        return f"{self.sec['archive']}/{month[:4]}/{month[5:7]}/index.md" if month else f"{self.sec['archive']}/index.md"
