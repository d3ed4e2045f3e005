"""Text on its way into a page: shortened for a description, a date in
words, and the metadata of a generated page."""

from __future__ import annotations

import datetime as dt
import html

from . import seo
from ..reading.characters import balance_bidi
from .labels import labels

DESCRIPTION_MAX = 160


def _text(text: str) -> str:
    """Escaped HTML text on one line, its bidirectional overrides closed."""
    return html.escape(balance_bidi(_one_line(text)))


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def shorten(text: str, limit: int = DESCRIPTION_MAX) -> str:
    """At most ``limit`` characters, cut at a word, with an ellipsis."""
    text = _one_line(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def page_meta(title: str, description: str, *, unsearched: bool = False, og_type: str = "website",
              jsonld: dict | None = None, tags: list[str] | None = None, hide: tuple[str, ...] | list[str] = (),
              published: str = "") -> dict:
    """The metadata of a generated page, handed to MkDocs as ``page.meta``
    (never written out as YAML front matter and parsed back).

    The theme prints ``title`` and ``description`` (and search tags) as HTML
    without escaping them, so they are given as escaped HTML text; the
    JSON-LD as a string that is safe inside a script element. An
    ``unsearched`` page (a list of other pages) is left out of the search
    index (``search: {exclude: true}``, read by overrides/partials/content.html)."""
    meta: dict = {"title": _text(title), "description": _text(shorten(description)), "og_type": og_type}
    if published:
        meta["published"] = published
    if unsearched:
        meta["search"] = {"exclude": True}
    if tags:
        meta["tags"] = [_text(t) for t in tags]
    if hide:
        meta["hide"] = list(hide)
    if jsonld:
        meta["jsonld"] = seo.to_script(jsonld)
    return meta


def format_date(value: str, precision: str, L: dict) -> str:
    months = L["months"]
    if precision == "decade":
        start = value.split("/")[0]
        return f"{start}-an" if L is labels("id") else f"{start}s"
    if precision == "week" or "W" in value:
        return value
    parts = value[:10].split("-")
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    d = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    return f"{L['weekdays'][d.weekday()]}, {d.day} {months[d.month - 1]} {d.year}"
