"""The site model -> pages (Markdown with HTML blocks) and JSON exports.

Every piece of article or note text is escaped on the way out: HTML blocks
are not parsed as Markdown, and headings go through ``md_escape``, so that no
text from content can become markup or script. Links come only from http(s)
URLs that the schema validated, and from the site's own pages.

The templates stay flat: what a page shows is computed in the views
(``StoryView``, ``EntityView``), and the front matter of every page (title,
description, Open Graph type, JSON-LD, search boost and tags) is built in
Python by ``markup.front_matter``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import fragments, seo
from .context import Ctx
from .entity_view import EntityView
from .labels import labels
from .markup import front_matter, md_escape
from .story_view import KIND_ORDER, HomeItem, StoryView
from .storyjson import dumps, story_json, timeline_json
from .urls import Paths, Urls
from ..model import Story
from ..site import Site

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class PageSpec:
    """A generated page: where it goes, its content, and the content file it
    comes from (for the page's "edit" link)."""

    src_uri: str
    content: str | bytes
    edit_path: str = ""


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

    def pages(self) -> list[PageSpec]:
        """Every generated page: each story's, each entity's, and the entity index."""
        out: list[PageSpec] = []
        for story in self.site.stories:
            out.extend(PageSpec(uri, text, edit) for (uri, edit), text in zip(self.story_plan(story), self.story_contents(story)))
        for eid in sorted(self.site.entities):
            if self.has_page(eid):
                e = self.site.entities[eid]
                out.append(PageSpec(self.paths.entity(eid), self.entity_content(eid), e.loc.path if e.loc else ""))
        uri = self.paths.entities()
        groups = self.entity_groups()
        ctx = Ctx(self, uri)
        T = self.L["text"]
        ld = seo.collection(self.L["nav"]["entities"], ctx.absolute(uri), T["entities_lede"],
                            [(e.name, ctx.absolute(self.paths.entity(e.id))) for _, es in groups for e, _ in es])
        front = front_matter(self.L["nav"]["entities"], T["entities_lede"], jsonld=ld)
        out.append(PageSpec(uri, self.render("entities.md.j2", uri, front=front, groups=groups)))
        return out

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

    def entity_ref(self, ctx: Ctx, eid: str) -> dict | None:
        e = self.site.entities.get(eid)
        if e is None or not self.has_page(eid):
            return None
        return seo.entity_ref(e, ctx.absolute(self.paths.entity(eid)))
