"""Text on its way into a page: escaped for Markdown, shortened for a
description, a date in words, and the front matter of a generated page."""

from __future__ import annotations

import datetime as dt
import html
import json
import re

from markupsafe import Markup

from . import seo
from .labels import labels

_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]<>()#+\-.!|~^=$:&\"']")


ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


DESCRIPTION_MAX = 160


def md_escape(text: str) -> Markup:
    """Text that Markdown shows as itself: every special character becomes an entity."""
    return Markup(_MD_SPECIAL.sub(lambda m: f"&#{ord(m.group(0))};", " ".join(str(text).split())))


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


def front_matter(title: str, description: str, *, boost: float | None = None, og_type: str = "website",
                 jsonld: dict | None = None, tags: list[str] | None = None, hide: list[str] | None = None,
                 published: str = "") -> Markup:
    """The YAML front matter of a generated page.

    The theme prints ``title`` and ``description`` (and search tags) as HTML
    without escaping them, so they are written here as escaped HTML text; each
    value is a JSON string, which YAML reads as a double-quoted scalar."""
    def text(value: str) -> str:
        return json.dumps(html.escape(_one_line(value)), ensure_ascii=False)

    lines = ["---", f"title: {text(title)}", f"description: {text(shorten(description))}", f"og_type: {og_type}"]
    if published:
        lines.append(f"published: {json.dumps(published)}")
    if boost:
        lines += ["search:", f"  boost: {boost}"]
    if tags:
        lines.append("tags:")
        lines += [f"  - {text(t)}" for t in tags]
    if hide:
        lines.append("hide:")
        lines += [f"  - {h}" for h in hide]
    if jsonld:
        lines.append(f"jsonld: {json.dumps(seo.to_script(jsonld), ensure_ascii=False)}")
    lines.append("---")
    return Markup("\n".join(lines))


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
