"""The site model -> pages (HTML) and JSON exports.

Pages are rendered to HTML here, once, with Jinja's autoescaping: every
piece of article or note text is escaped on the way out, and no text from
content ever passes through a Markdown or YAML parser, so none of it can
become markup or script. Links come only from http(s) URLs that the schema
validated, and from the site's own pages. A page's metadata (title,
description, Open Graph type, JSON-LD, search exclusion and tags) goes to MkDocs
as Python values (``PageSpec.meta``), never as front matter to be parsed.

The templates stay flat: what a page shows is computed in the views
(``StoryView``, ``EntityView``); which pages a story has, in ``sections``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import fragments, sections, seo
from .context import Ctx
from .entity_view import EntityView
from .labels import labels
from .markup import page_meta
from .searchable import mark_unsearched
from .story_view import KIND_ORDER, HomeItem, StoryView
from .storyjson import dumps, story_json, timeline_json
from .urls import Paths, Urls
from ..model import Story
from ..reading.characters import balance_bidi
from ..site import Site

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class PageSpec:
    """A generated file: where it goes, its content (HTML for a page), the
    page's metadata and table of contents (``table_of_contents``), and the
    content file it comes from (for the "edit" link; "" for none)."""

    src_uri: str
    content: str | bytes
    edit_path: str = ""
    meta: dict = field(default_factory=dict)
    toc: list[dict] = field(default_factory=list)


_HEADING = re.compile(r'<h([12]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
_TAG = re.compile(r"<[^>]+>")


def table_of_contents(page_html: str) -> list[dict]:
    """The page's headings as MkDocs' table-of-contents tokens: its title
    (h1), with its sections (h2) under it, as Python-Markdown's toc
    extension gives them; the titles are HTML text."""
    tokens: list[dict] = []
    for m in _HEADING.finditer(page_html):
        token = {"level": int(m.group(1)), "id": m.group(2), "name": _TAG.sub("", m.group(3)).strip(), "children": []}
        if token["level"] == 2 and tokens and tokens[-1]["level"] == 1:
            tokens[-1]["children"].append(token)
        else:
            tokens.append(token)
    return tokens


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """One per process, so that templates compile once and not again at each
    `mkdocs serve` rebuild (the loader still reloads a template whose file
    changed). Shared by every Renderer: nothing per build may be set on it.
    (Compiled templates are not kept on disk: Jinja's bytecode cache keys a
    template by its source only, so code compiled under other settings,
    such as no autoescaping, would be run.)"""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        comment_start_string="{##",
        comment_end_string="##}",
        # Every value a template prints: a bidirectional override in it is
        # closed at its end, so it cannot reverse the page's words after it.
        finalize=lambda value: balance_bidi(value) if type(value) is str else value,
    )
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

    def page(self, template: str, src_uri: str, meta: dict, edit_path: str = "", draft: bool = False, **data) -> PageSpec:
        html = self.render(template, src_uri, **data)
        if draft:  # only ever under `mkdocs serve`: a build leaves drafts out
            html = self.render("draft.html.j2", src_uri) + html
        return PageSpec(src_uri, mark_unsearched(html), edit_path, meta, table_of_contents(html))

    # --- pages -----------------------------------------------------------

    def pages(self, progress=None) -> list[PageSpec]:
        """Every generated file: each story's pages and data, each entity's page, and the entity index."""
        out: list[PageSpec] = []
        for n, story in enumerate(self.site.stories, 1):
            if progress:
                progress("rendering", n, len(self.site.stories))
            out.extend(self.story_pages(story))
        for eid in sorted(self.site.entities):
            if self.has_page(eid):
                out.append(self.entity_page(eid))
        out.append(self.entities_page())
        return out

    def has_page(self, eid: str) -> bool:
        return eid in self.site.appearances or self.site.entities[eid].curated

    def story_pages(self, story: Story) -> list[PageSpec]:
        """The story's sections (``sections.SECTIONS``), then story.json and timeline.json."""
        view = StoryView(self, story)
        slug = story.meta.slug
        out = []
        for section in sections.SECTIONS:
            uri = sections.src_uri(section, slug, self.L)
            out.append(self.page(section.template, uri, view.meta(section, uri), view.edit_path(section), story.meta.draft, story=story, v=view))
        out.append(PageSpec(f"{slug}/story.json", dumps(story_json(story)), story.source_path))
        out.append(PageSpec(f"{slug}/timeline.json", dumps(timeline_json(story, self.L)), story.source_path))
        return out

    def entity_page(self, eid: str) -> PageSpec:
        uri = self.paths.entity(eid)
        view = EntityView(self, eid, uri)
        e = view.e
        return self.page("entity.html.j2", uri, view.meta(), e.loc.path if e.curated and e.loc else "", e=e, v=view)

    def entities_page(self) -> PageSpec:
        uri = self.paths.entities()
        groups = self.entity_groups()
        ctx = Ctx(self, uri)
        T = self.L["text"]
        ld = seo.collection(self.L["nav"]["entities"], ctx.absolute(uri), T["entities_lede"],
                            [(e.name, ctx.absolute(self.paths.entity(e.id))) for _, es in groups for e, _ in es])
        return self.page("entities.html.j2", uri, page_meta(self.L["nav"]["entities"], T["entities_lede"], jsonld=ld, unsearched=True), groups=groups)

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
        return self.render("home.html.j2", src_uri, stories=[HomeItem(self, s) for s in self.site.stories],
                           jsonld=Markup(seo.to_script(ld)))

    def entity_ref(self, ctx: Ctx, eid: str) -> dict | None:
        e = self.site.entities.get(eid)
        if e is None or not self.has_page(eid):
            return None
        return seo.entity_ref(e, ctx.absolute(self.paths.entity(eid)))
