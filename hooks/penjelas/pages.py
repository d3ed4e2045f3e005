"""Site model -> pages (Markdown with HTML blocks) and JSON exports.

Every piece of article or note text is escaped on the way out: HTML blocks
are not parsed as Markdown, and headings go through ``md_escape``, so that no
text from content can become markup or script. Links come only from http(s)
URLs that the schema validated, and from the site's own pages.

The templates stay flat: what a page shows is computed here, in the views
(``StoryView``, ``EntityView``), and the front matter of every page (title,
description, Open Graph type, JSON-LD, search boost and tags) is built in
Python by ``front_matter``.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import posixpath
import re
from dataclasses import dataclass
from typing import Callable
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import jinja2
from markupsafe import Markup

from . import fragments
from . import graph as graphs
from . import parallel, seo
from .fragments import escape
from .labels import labels
from .model import Entity, Event, Statement, Story
from .site import Site
from .sources import anchor_id
from .storyjson import dumps, story_json, timeline_json

TEMPLATES = Path(__file__).parent / "templates"
# Material Design Icons (Apache-2.0, shipped with the theme): one per kind of
# entity, drawn inline, so that it needs no emoji font and no request.
KIND_ICONS = {
    "person": "M12 4a4 4 0 0 1 4 4 4 4 0 0 1-4 4 4 4 0 0 1-4-4 4 4 0 0 1 4-4m0 10c4.42 0 8 1.79 8 4v2H4v-2c0-2.21 3.58-4 8-4",
    "organization": "M18 15h-2v2h2m0-6h-2v2h2m2 6h-8v-2h2v-2h-2v-2h2v-2h-2V9h8M10 7H8V5h2m0 6H8V9h2m0 6H8v-2h2m0 6H8v-2h2M6 7H4V5h2m0 6H4V9h2m0 6H4v-2h2m0 6H4v-2h2m6-10V3H2v18h20V7z",
    "media": "M20 5v14H4V5zm0-2H4c-1.11 0-2 .89-2 2v14c0 1.11.89 2 2 2h16c1.11 0 2-.89 2-2V5c0-1.11-.89-2-2-2m-2 12H6v2h12zm-8-8H6v6h4zm2 2h6V7h-6zm6 2h-6v2h6z",
    "country": "M6 3a1 1 0 0 1 1 1v.88C8.06 4.44 9.5 4 11 4c3 0 3 2 5 2 3 0 4-2 4-2v8s-1 2-4 2-3-2-5-2c-3 0-4 2-4 2v7H5V4a1 1 0 0 1 1-1",
    "place": "M12 11.5A2.5 2.5 0 0 1 9.5 9 2.5 2.5 0 0 1 12 6.5 2.5 2.5 0 0 1 14.5 9a2.5 2.5 0 0 1-2.5 2.5M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7",
    "group": "M12 5.5A3.5 3.5 0 0 1 15.5 9a3.5 3.5 0 0 1-3.5 3.5A3.5 3.5 0 0 1 8.5 9 3.5 3.5 0 0 1 12 5.5M5 8c.56 0 1.08.15 1.53.42-.15 1.43.27 2.85 1.13 3.96C7.16 13.34 6.16 14 5 14a3 3 0 0 1-3-3 3 3 0 0 1 3-3m14 0a3 3 0 0 1 3 3 3 3 0 0 1-3 3c-1.16 0-2.16-.66-2.66-1.62a5.54 5.54 0 0 0 1.13-3.96c.45-.27.97-.42 1.53-.42M5.5 18.25c0-2.07 2.91-3.75 6.5-3.75s6.5 1.68 6.5 3.75V20h-13zM0 20v-1.5c0-1.39 1.89-2.56 4.45-2.9-.59.68-.95 1.62-.95 2.65V20zm24 0h-3.5v-1.75c0-1.03-.36-1.97-.95-2.65 2.56.34 4.45 1.51 4.45 2.9z",
}
KIND_ORDER = ["person", "media", "organization", "country", "group", "place"]
SPEAKER_GROUP_ORDER = ["media", "country", "person", "organization", "group", "place", "none"]
QUOTES_PER_STORY = 3  # an entity page quotes at most this many sentences of a story
QUOTED_STORIES = 20  # ... and only for its newest stories
ADMONITIONS = {"context": "info", "correction": "warning", "unverified": "question"}
NOTE_MARKS = {"context": "i", "correction": "!", "unverified": "?"}
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


class PageSpec:
    """A generated page: where it goes, which content file it comes from, and
    its content, which may still be in the making (``Renderer.pages``)."""

    __slots__ = ("src_uri", "edit_path", "_content", "_fetch")

    def __init__(self, src_uri: str, content: str | bytes | None = None, edit_path: str = "",
                 fetch: Callable[[], str | bytes] | None = None):
        if (content is None) == (fetch is None):
            raise TypeError("a page has either its content or a way to fetch it")
        self.src_uri = src_uri
        self.edit_path = edit_path  # the content file this page comes from
        self._content = content
        self._fetch = fetch

    @property
    def content(self) -> str | bytes:
        if self._content is None:
            self._content = self._fetch()
            self._fetch = None
        return self._content

    def __repr__(self) -> str:
        return f"PageSpec({self.src_uri!r})"


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


def _nth(work: parallel.InBackground, k: int, j: int) -> str | bytes:
    return work[k][j]


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


@functools.lru_cache(maxsize=4096)
def _host(url: str) -> str:
    return urlsplit(url).netloc.removeprefix("www.")


class Ctx:
    """What a template needs to link from one page to another."""

    def __init__(self, renderer: "Renderer", src_uri: str):
        self.r = renderer
        self.src_uri = src_uri
        self.url = renderer.urls.of(src_uri)
        self.L = renderer.L
        self.T = renderer.L["text"]
        self._hrefs: dict[str, str] = {}  # a page links to the same few pages again and again

    def href(self, src_uri: str, anchor: str = "") -> str:
        base = self._hrefs.get(src_uri)
        if base is None:
            if "#" in src_uri:
                return self.r.urls.rel(self.url, self.r.urls.of(src_uri) + (f"#{anchor}" if anchor else ""))
            base = self._hrefs[src_uri] = self.r.urls.rel(self.url, self.r.urls.of(src_uri))
        return f"{base}#{anchor}" if anchor else base

    def absolute(self, src_uri: str, anchor: str = "") -> str:
        """For JSON-LD: absolute with the site URL, page-relative without it."""
        if self.r.site_url:
            base = self.r.absolute_urls.get(src_uri)
            if base is None:  # urljoin is slow, and JSON-LD names the same pages again and again
                base = self.r.absolute_urls[src_uri] = urljoin(self.r.site_url, self.r.urls.of(src_uri))
            return base + (f"#{anchor}" if anchor else "")
        return self.href(src_uri, anchor)

    def cite(self, story: Story, sid: str) -> Markup:
        """The provenance marker: a small link to the sentence, whose accessible
        name says which sentence it points to."""
        s = story.sentence(sid)
        label = self.T["sentence_link"].format(n=s.index)
        href = self.href(self.r.paths.section(story.meta.slug, "article"), sid)
        label = escape(label)  # f-strings with escape(): Markup.format is the slowest part of a build
        return Markup(f'<a class="pj-cite" href="{escape(href)}" aria-label="{label}" title="{label}">{s.index}</a>')

    def cites(self, story: Story, sids) -> Markup:
        return Markup('<span class="pj-cites">{}</span>').format(Markup("").join(self.cite(story, sid) for sid in sids)) if sids else Markup("")

    def source(self, url: str) -> Markup:
        host = _host(url)
        return Markup(f'<a class="pj-source" href="{escape(url)}" rel="noopener">{escape(host or url)}</a>')

    def sources(self, urls) -> Markup:
        return Markup(", ").join(self.source(u) for u in urls)

    def entity(self, eid: str | None, text: str | None = None) -> Markup:
        if eid is None or eid not in self.r.site.entities:
            return Markup('<span class="pj-unknown">{}</span>').format(text or self.T["untitled_speaker"])
        e = self.r.site.entities[eid]
        return Markup(f'<a class="pj-entity" href="{escape(self.href(self.r.paths.entity(eid)))}">{escape(text or e.name)}</a>')

    def kind(self, kind: str) -> Markup:
        """The kind of an entity: an icon and the word, never colour alone."""
        return Markup(f'<span class="pj-kind pj-kind-{escape(kind)}"><svg class="pj-icon" viewBox="0 0 24 24" aria-hidden="true" '
                      f'focusable="false"><path d="{escape(KIND_ICONS.get(kind, KIND_ICONS["group"]))}"/></svg> '
                      f'{escape(self.L["kind_one"].get(kind, kind))}</span>')

    def origin(self, origin: str) -> Markup:
        """The origin badge, the same on every page: text first, colour second."""
        icon = "¶" if origin == "article" else "↗"
        return Markup(f'<span class="pj-badge pj-origin pj-origin-{escape(origin)}"><span aria-hidden="true">{icon}</span> '
                      f'{escape(self.L["origins"][origin])}</span>')

    def statement_kind(self, kind: str) -> Markup:
        return Markup('<span class="pj-badge pj-st pj-st-{}">{}</span>').format(kind, self.L["statement_kinds"].get(kind, kind))

    def date(self, value: str, precision: str = "day") -> str:
        return format_date(value, precision, self.L)

    def quote(self, story: Story, sid: str) -> Markup:
        s = story.sentence(sid)
        # Kept out of the search index: the article page indexes each sentence once, and
        # repeating it on every page that quotes it would drown the page's own words.
        return Markup(f'<blockquote class="pj-quote" data-search-exclude><p>{escape(s.text)} {self.cite(story, sid)}</p></blockquote>')


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


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    try:
        return jinja2.FileSystemBytecodeCache()
    except (OSError, RuntimeError):  # no usable temporary directory: compile in memory
        return None


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """One per process, so that templates compile once and not again at each
    `mkdocs serve` rebuild (the loader still reloads a template whose file
    changed). Shared by every Renderer: nothing per build may be set on it.

    Compiled templates are also kept on disk, in Jinja's per-user folder
    under the system's temporary directory: compiling them took a third of
    the hooks' time in a build of ten stories. Jinja compiles a template
    again when its source changed (it compares checksums)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        bytecode_cache=_bytecode_cache(),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        comment_start_string="{##",  # "{#id}" is Markdown's attribute list
        comment_end_string="##}",
    )
    env.filters["md"] = md_escape
    env.globals["F"] = fragments
    return env


class Renderer:
    def __init__(self, site: Site, language: str, directory_urls: bool = True, site_name: str = "", site_url: str = ""):
        self.site = site
        self.L = labels(language)
        self.language = "en" if language == "en" else "id"
        self.urls = Urls(directory_urls)
        self.paths = Paths(self.L)
        self.site_name = site_name
        self.site_url = site_url if not site_url or site_url.endswith("/") else site_url + "/"
        self.absolute_urls: dict[str, str] = {}  # src_uri -> absolute URL, for Ctx.absolute
        self.env = _environment()

    def render(self, template: str, src_uri: str, **data) -> str:
        ctx = Ctx(self, src_uri)
        text = self.env.get_template(template).render(ctx=ctx, L=self.L, T=self.L["text"], **data)
        while "\n\n\n" in text:  # what re.sub(r"\n{3,}", "\n\n") does, at a tenth of the cost
            text = text.replace("\n\n\n", "\n\n")
        return text

    # --- pages -----------------------------------------------------------

    def pages(self, jobs: int = 1, background: bool = False) -> tuple[list[PageSpec], parallel.InBackground | None]:
        """Every generated page, and the workers still making them, if any.

        One story's pages, or one entity page, make a unit; the units are
        shared among ``jobs`` processes (``parallel``). With ``background``
        the workers go on while this process returns: each page's content is
        then fetched when first read (MkDocs reads pages in this order, long
        after the workers made them); the caller closes the workers."""
        stories = self.site.stories
        entity_ids = [eid for eid in sorted(self.site.entities) if self.has_page(eid)]
        units: list = [*stories, *entity_ids]

        def contents(k: int) -> list[str | bytes]:
            return self.story_contents(units[k]) if k < len(stories) else [self.entity_content(units[k])]

        plans = [self.story_plan(s) for s in stories] + [[(self.paths.entity(eid), "")] for eid in entity_ids]
        work = parallel.in_background(contents, range(len(units)), jobs) if background else None
        out: list[PageSpec] = []
        if work is None:
            made = parallel.map_in_processes(contents, range(len(units)), jobs)
            for plan, texts in zip(plans, made):
                out.extend(PageSpec(uri, text, edit) for (uri, edit), text in zip(plan, texts))
        else:
            for k, plan in enumerate(plans):
                out.extend(PageSpec(uri, edit_path=edit, fetch=functools.partial(_nth, work, k, j)) for j, (uri, edit) in enumerate(plan))
        uri = self.paths.entities()
        groups = self.entity_groups()
        ctx = Ctx(self, uri)
        T = self.L["text"]
        ld = seo.collection(self.L["nav"]["entities"], ctx.absolute(uri), T["entities_lede"],
                            [(e.name, ctx.absolute(self.paths.entity(e.id))) for _, es in groups for e, _ in es])
        front = front_matter(self.L["nav"]["entities"], T["entities_lede"], jsonld=ld)
        out.append(PageSpec(uri, self.render("entities.md.j2", uri, front=front, groups=groups)))
        return out, work

    def has_page(self, eid: str) -> bool:
        return eid in self.site.appearances or self.site.entities[eid].curated

    STORY_PAGES = (("overview", "overview.md.j2"), ("who", "who.md.j2"), ("what", "what.md.j2"),
                   ("when", "when.md.j2"), ("reactions", "reactions.md.j2"), ("article", "article.md.j2"))

    def story_plan(self, story: Story) -> list[tuple[str, str]]:
        """(src_uri, content file) of each file a story makes, in the order of ``story_contents``."""
        slug, edit = story.meta.slug, story.source_path
        uris = [self.paths.overview(slug) if key == "overview" else self.paths.section(slug, key) for key, _ in self.STORY_PAGES]
        return [(uri, edit) for uri in uris + [f"{slug}/story.json", f"{slug}/timeline.json"]]

    def story_contents(self, story: Story) -> list[str]:
        view = StoryView(self, story)
        plan = self.story_plan(story)
        out = [self.render(tpl, uri, story=story, v=view, front=view.front(key, uri)) for (key, tpl), (uri, _) in zip(self.STORY_PAGES, plan)]
        out.append(dumps(story_json(story)))
        out.append(dumps(timeline_json(story, self.L)))
        return out

    def entity_content(self, eid: str) -> str:
        uri = self.paths.entity(eid)
        view = EntityView(self, eid, uri)
        return self.render("entity.md.j2", uri, e=view.e, v=view, front=view.front())

    def entity_groups(self):
        groups = []
        for kind in KIND_ORDER:
            es = [e for e in self.site.entities.values() if e.kind == kind and self.has_page(e.id)]
            if es:
                es.sort(key=lambda e: e.name.lower())
                groups.append((kind, [(e, sum(len(a.mentions) for a in self.site.appearances.get(e.id, []))) for e in es]))
        return groups

    def home_list(self, src_uri: str = "index.md") -> str:
        ctx = Ctx(self, src_uri)
        T = self.L["text"]
        ld = seo.collection(self.site_name or self.L["nav"]["home"], ctx.absolute(src_uri), T["stories"],
                            [(s.meta.title, ctx.absolute(self.paths.overview(s.meta.slug))) for s in self.site.stories])
        return self.render("home.md.j2", src_uri, stories=[HomeItem(self, s) for s in self.site.stories],
                           jsonld=Markup(seo.to_script(ld)))

    def nav_titles(self) -> dict[str, str]:
        return self.L["nav"]

    def entity_ref(self, ctx: Ctx, eid: str) -> dict | None:
        e = self.site.entities.get(eid)
        if e is None or not self.has_page(eid):
            return None
        return seo.entity_ref(e, ctx.absolute(self.paths.entity(eid)))


class HomeItem:
    """One story on the home page."""

    def __init__(self, r: Renderer, story: Story):
        self.story = story
        self.meta = story.meta
        self.lede = story.summary[0].text if story.summary else story.sentences[0].text if story.sentences else ""
        self.counts = {
            "entities": len({m.entity for m in story.mentions}),
            "statements": len(story.statements),
            "events": len(story.timeline),
        }


class StoryView:
    """Per-story groupings the templates show, computed once in Python."""

    def __init__(self, r: Renderer, story: Story):
        self.r = r
        self.story = story
        self.slug = story.meta.slug
        self.T = r.L["text"]
        counts: dict[str, int] = {}
        for m in story.mentions:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        self.counts = counts
        self.published = story.meta.published
        self._event_ids = self._unique_ids([anchor_id("t", f"{e.date} {e.title or e.text}") for e in story.timeline])
        self._statement_ids = self._unique_ids([anchor_id("q", f"{st.speaker_text} {st.text}") for st in story.statements])

    @staticmethod
    def _unique_ids(ids: list[str]) -> list[str]:
        seen: dict[str, int] = {}
        out = []
        for i in ids:
            seen[i] = seen.get(i, 0) + 1
            out.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
        return out

    # --- front matter and structured data ------------------------------------

    def front(self, key: str, uri: str) -> Markup:
        ctx = Ctx(self.r, uri)
        T = self.T
        m = self.story.meta
        p = self.r.paths
        article_url = ctx.absolute(p.section(self.slug, "article"))
        url = ctx.absolute(uri)
        lede = self.lede()
        if key == "overview":
            about = [ref for ref in (self.r.entity_ref(ctx, e.id) for e in self.people() + self.places()) if ref]
            return front_matter(m.title, lede, boost=2, og_type="article", published=m.published,
                                jsonld=seo.overview(self.story, url, article_url, shorten(lede), about))
        title = f"{T[key + '_title']}: {m.title}"
        if key == "article":
            urls = {e.id: ctx.absolute(p.entity(e.id)) for e in self.story.entities if self.r.has_page(e.id)}
            ld = seo.news_article(self.story, url, urls, self.r.site.entities, self.r.site_name, shorten(lede))
            return front_matter(title, f"{T['article_lede']} {m.title}", og_type="article", published=m.published,
                                jsonld=ld, hide=["toc"])
        if key == "when":
            ld = seo.events(self.story, url, article_url, self.event_id, lambda eid: self.r.entity_ref(ctx, eid))
            # Dates are a reader journey of their own ("19 Juni"): the timeline
            # ranks with the overview, above the other sections.
            return front_matter(title, f"{T['when_lede']} {m.title}", boost=2, og_type="article", published=m.published, jsonld=ld)
        if key == "reactions":
            ld = seo.quotations(self.story, url, article_url,
                                lambda st: self.r.entity_ref(ctx, st.speaker) if st.speaker else None, self.statement_id)
            return front_matter(title, f"{T['reactions_lede']} {m.title}", og_type="article", published=m.published, jsonld=ld)
        if key == "who":
            ld = seo.collection(title, url, T["who_lede"], [(e.name, ctx.absolute(p.entity(e.id)))
                                                             for _, es in self.entity_groups() for e in es if self.r.has_page(e.id)])
            return front_matter(title, f"{T['who_lede']} {m.title}", og_type="article", published=m.published, jsonld=ld)
        return front_matter(title, f"{T[key + '_lede']} {m.title}", og_type="article", published=m.published)

    def lede(self) -> str:
        if self.story.summary:
            return self.story.summary[0].text
        return self.story.sentences[0].text if self.story.sentences else self.story.meta.title

    def event_id(self, e: Event) -> str:
        # By identity, not list.index: comparing dataclasses made a 1 MB article quadratic.
        if not hasattr(self, "_event_at"):
            self._event_at = {id(x): i for i, x in enumerate(self.story.timeline)}
        return self._event_ids[self._event_at[id(e)]]

    def statement_id(self, st: Statement) -> str:
        if not hasattr(self, "_statement_at"):
            self._statement_at = {id(x): i for i, x in enumerate(self.story.statements)}
        return self._statement_ids[self._statement_at[id(st)]]

    # --- navigation ------------------------------------------------------------

    def href_section(self, ctx: Ctx, key: str) -> str:
        if key == "overview":
            return ctx.href(self.r.paths.overview(self.slug))
        return ctx.href(self.r.paths.section(self.slug, key))

    def sections(self):
        return ["overview", "who", "what", "when", "reactions", "article"]

    def data_links(self, ctx: Ctx) -> list[tuple[str, str]]:
        base = self.r.urls.of(self.r.paths.overview(self.slug))
        return [(self.r.urls.rel(ctx.url, base + "story.json"), self.T["story_json"]),
                (self.r.urls.rel(ctx.url, base + "timeline.json"), self.T["timeline_json"])]

    # --- who ---------------------------------------------------------------------

    def mention_sentences(self, eid: str) -> list[str]:
        if not hasattr(self, "_mention_sentences"):  # asked three times per entity: one pass over the mentions
            by_entity: dict[str, list[str]] = {}
            for m in self.story.mentions:
                seen = by_entity.setdefault(m.entity, [])
                if m.sentence not in seen:
                    seen.append(m.sentence)
            self._mention_sentences = by_entity
        return list(self._mention_sentences.get(eid, []))

    def entity_groups(self):
        out = []
        for kind in KIND_ORDER:
            es = [e for e in self.story.entities if e.kind == kind]
            if es:
                es.sort(key=lambda e: (-self.counts.get(e.id, 0), e.name))
                out.append((kind, es))
        return out

    def role(self, e: Entity) -> str:
        return self.story.roles.get(e.id) or e.role

    def graph(self) -> graphs.Graph:
        if not hasattr(self, "_graph"):
            self._graph = graphs.connections(self.story)
        return self._graph

    def graph_svg(self, ctx: Ctx) -> Markup:
        g = self.graph()
        ents = self.r.site.entities
        T = self.T
        L = self.r.L

        def name(eid: str) -> str:
            n = ents[eid].name if eid in ents else eid
            return n if len(n) <= 26 else n[:25] + "…"

        def href(eid: str) -> str:
            return ctx.href(self.r.paths.entity(eid)) if eid in ents and self.r.has_page(eid) else f"#{eid}"

        def label(eid: str, degree: int) -> str:
            e = ents.get(eid)
            return T["graph_node"].format(name=e.name if e else eid, kind=L["kind_one"].get(e.kind, "") if e else "", n=degree)

        return Markup(graphs.arc_svg(g, name, lambda eid: ents[eid].kind if eid in ents else "person", href, label, "graf-judul"))

    def graph_rows(self):
        """The diagram in words: each entity with whom it is connected, and how."""
        g = self.graph()
        ents = self.r.site.entities
        rows = []
        for n in g.nodes:
            links = []
            for other, e in g.neighbours(n):
                parts = []
                if e.together:
                    parts.append(self.T["together_n"].format(n=e.together))
                if e.speaks.get(n):
                    parts.append(self.T["speaks_about_n"].format(n=e.speaks[n]))
                if e.speaks.get(other):
                    parts.append(self.T["spoken_about_n"].format(n=e.speaks[other]))
                links.append((other, "; ".join(parts)))
            rows.append((n, links))
        return [(n, links) for n, links in rows if n in ents]

    # --- reactions -----------------------------------------------------------------

    def speaker_groups(self):
        groups: dict[str, dict[str, list[Statement]]] = {}
        names: dict[str, str] = {}
        for st in self.story.statements:
            e = self.r.site.entities.get(st.speaker) if st.speaker else None
            group = e.kind if e else "none"
            key = st.speaker or f"?{st.speaker_text}"
            names[key] = e.name if e else (st.speaker_text or self.T["untitled_speaker"])
            groups.setdefault(group, {}).setdefault(key, []).append(st)
        out = []
        for g in SPEAKER_GROUP_ORDER:
            if g in groups:
                out.append((g, [(k, names[k], sts) for k, sts in groups[g].items()]))
        return out

    def statement_count(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for st in self.story.statements:
            out[st.kind] = out.get(st.kind, 0) + 1
        return out

    # --- overview --------------------------------------------------------------------

    def key_claims(self):
        claims = [(i, c) for i in self.story.issues for c in i.claims if c.highlight]
        if not claims:
            claims = [(i, i.claims[0]) for i in self.story.issues if i.claims]
        return claims[:3]

    def after_publication(self) -> list[Event]:
        return [e for e in self.story.timeline if e.origin == "background" and e.date[:10] > self.published]

    def people(self):
        es = [e for e in self.story.entities if e.kind == "person" and self.counts.get(e.id)]
        es.sort(key=lambda e: (not e.curated, -self.counts.get(e.id, 0)))
        return es[:4]

    def speakers(self):
        """Who speaks in the article: media and officials, most statements first."""
        n: dict[str, int] = {}
        for st in self.story.statements:
            if st.speaker and st.speaker in self.r.site.entities:
                n[st.speaker] = n.get(st.speaker, 0) + 1
        return [self.r.site.entities[eid] for eid in sorted(n, key=lambda x: -n[x])][:5]

    def places(self):
        es = [e for e in self.story.entities if e.kind in ("place", "country") and self.counts.get(e.id)]
        es.sort(key=lambda e: -self.counts.get(e.id, 0))
        return es[:4]

    def article_days(self):
        """The days the article names, each once, with the sentences naming it."""
        days: dict[str, list[str]] = {}
        for t in self.story.time_expressions:
            if t.value and len(t.value) >= 10 and t.value[4] == "-":
                sids = days.setdefault(t.value[:10], [])
                if t.sentence not in sids:
                    sids.append(t.sentence)
        return sorted(days.items())

    # --- when --------------------------------------------------------------------

    def relation(self, e: Event) -> str:
        T = self.T
        pub = self.published
        n = len(e.date)
        if e.date == pub[:n]:
            return T["on_pub"] if n == 10 else T["before_pub"] if (e.end or "") < pub and e.end else T["on_pub"]
        return T["before_pub"] if e.date < pub[:n] else T["after_pub"]

    def timeline(self):
        """Rows of the timeline: ("year", "2019"), ("event", Event) and, where
        the publication date falls, ("pub", None)."""
        rows: list[tuple[str, object]] = []
        placed = False
        year = None
        for e in self.story.timeline:
            if not placed and e.date[:10] > self.published:
                rows.append(("pub", None))
                placed = True
            if e.date[:4] != year:
                year = e.date[:4]
                rows.append(("year", year))
            rows.append(("event", e))
        if not placed:
            rows.append(("pub", None))
        return rows

    def timeline_counts(self) -> dict[str, int]:
        out = {"article": 0, "background": 0}
        for e in self.story.timeline:
            out[e.origin] = out.get(e.origin, 0) + 1
        return out

    def weekday_note(self, e: Event) -> str:
        if not e.weekday:
            return ""
        if e.weekday_ok:
            return self.T["weekday_ok"].format(wd=e.weekday)
        real = self.r.L["weekdays"][dt.date.fromisoformat(e.date[:10]).weekday()]
        return self.T["weekday_bad"].format(wd=e.weekday, real=real)

    def date_range(self, e: Event) -> str:
        text = format_date(e.date, e.precision, self.r.L)
        if e.end:
            text += " – " + format_date(e.end, "day" if len(e.end) == 10 else "month", self.r.L)
        return text

    # --- article -------------------------------------------------------------------

    def paragraphs(self):
        """Each paragraph as HTML: anchored sentences, linked mentions, and the
        annotations of its sentences, to stand beside it."""
        ctx = Ctx(self.r, self.r.paths.section(self.slug, "article"))
        T = self.T
        by_sentence: dict[str, list] = {}
        for m in self.story.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        notes: dict[str, list] = {}
        for a in self.story.annotations:
            notes.setdefault(a.sentence, []).append(a)
        out = []
        by_paragraph: dict[int, list] = {}
        for s in self.story.sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        kinds = self.r.L["annotation_kinds"]
        for p in self.story.paragraphs:
            parts: list[str] = []
            ps = by_paragraph.get(p.index, [])
            pos = 0
            para_notes = []
            for s in ps:
                parts.append(html.escape(p.text[pos:s.start]))
                label = T["anchor_link"].format(n=s.index)
                body = _link_mentions(s.text, sorted(by_sentence.get(s.id, []), key=lambda m: m.start), ctx)
                refs = ""
                for k, a in enumerate(notes.get(s.id, [])):
                    nid = f"note-{s.id}-{k + 1}"
                    ref_label = f"{kinds[a.kind]}: {T['sentence']} {s.index}"
                    refs += (f'<a class="pj-note-ref pj-note-ref-{a.kind}" href="#{nid}" aria-label="{html.escape(ref_label)}" '
                             f'title="{html.escape(ref_label)}">{NOTE_MARKS[a.kind]}</a>')
                    para_notes.append(Note(nid, s, a, ADMONITIONS[a.kind], kinds[a.kind]))
                parts.append(
                    f'<span class="pj-sent" id="{s.id}"><a class="pj-n" href="#{s.id}" aria-label="{html.escape(label)}">{s.index}</a>'
                    f'{body}</span>{refs}'
                )
                pos = s.end
            parts.append(html.escape(p.text[pos:]))
            out.append((p, Markup("".join(parts)), para_notes))
        return out


@dataclass
class Note:
    id: str
    sentence: object
    annotation: object
    admonition: str
    label: str


class EntityView:
    """One entity's page: its card, its background and every story it is in."""

    def __init__(self, r: Renderer, eid: str, uri: str):
        self.r = r
        self.e = r.site.entities[eid]
        self.uri = uri
        self.apps = r.site.appearances.get(eid, [])
        self.total = sum(len(a.mentions) for a in self.apps)
        self.T = r.L["text"]

    def title(self) -> str:
        return f"{self.e.name} ({self.r.L['kind_one'].get(self.e.kind, self.e.kind)})"

    def role(self) -> str:
        """The one line: the role in the newest story, or the general role."""
        for a in self.apps:
            if a.role:
                return a.role
        return self.e.role

    def aliases(self) -> list[str]:
        return [a for a in self.e.aliases if a != self.e.name]

    def front(self) -> Markup:
        ctx = Ctx(self.r, self.uri)
        e = self.e
        description = self.role() or self.r.L["kind_one"].get(e.kind, e.kind)
        if self.aliases():
            description += f" {self.T['aliases']}: {', '.join(self.aliases())}."
        ld = seo.entity(e, ctx.absolute(self.uri), self.role())
        return front_matter(self.title(), description, boost=3, og_type="profile" if e.kind == "person" else "website",
                            jsonld=ld, tags=self.aliases())

    def appearances(self):
        """(appearance, sentence ids to quote) for each story, newest first: at
        most QUOTES_PER_STORY sentences, and only for the QUOTED_STORIES newest
        stories, so that an entity named in hundreds of stories keeps a small
        page (the older ones keep their heading, date and mention count)."""
        out = []
        for n, a in enumerate(self.apps):
            sids: list[str] = []
            for m in a.mentions:
                if m.sentence not in sids:
                    sids.append(m.sentence)
            out.append((a, sids[:QUOTES_PER_STORY] if n < QUOTED_STORIES else []))
        return out


def _link_mentions(text: str, ms, ctx: Ctx) -> str:
    out = []
    pos = 0
    for m in ms:
        if m.start < pos:
            continue
        out.append(html.escape(text[pos:m.start]))
        if ctx.r.has_page(m.entity) if m.entity in ctx.r.site.entities else False:
            href = ctx.href(ctx.r.paths.entity(m.entity))
            out.append(f'<a class="pj-mention" href="{html.escape(href)}">{html.escape(text[m.start:m.end])}</a>')
        else:
            out.append(html.escape(text[m.start:m.end]))
        pos = m.end
    out.append(html.escape(text[pos:]))
    return "".join(out)
