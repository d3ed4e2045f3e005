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

import dataclasses
import functools
import hashlib
import pickle
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import fragments, sections, seo
from .context import Ctx
from .entity_view import EntityView
from .labels import labels
from .languages import fold
from .markup import page_meta
from .searchable import mark_unsearched
from .story_view import KIND_ORDER, HomeItem, StoryView
from .storyjson import dumps, story_json, timeline_json
from .urls import Paths, Urls
from .. import __version__
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


_PAGES: OrderedDict[tuple, list] = OrderedDict()  # PageCache: key -> the PageSpecs rendered for it
PAGES_CACHE_SIZE = 50_000


class PageCache:
    """Rendered pages by what they are made from, so that a `mkdocs serve`
    rebuild renders again only the pages an edit changes: the edited story's
    pages and the pages of the entities it names (the home page is always
    rendered; the entity list and the archive's months when what they list changed).

    A story's pages show the story (its ``digest``: its article, notes and
    the entity notes it was extracted with), what the site knows of every
    entity it names (name, kind, aliases, role, whether it has a page, the
    language of its name), and the story after it (the footer's link on).
    An entity's page shows the entity and every story it appears in. The
    settings (language, URLs, site name and address) and the templates'
    files are part of every key. A page that comes to read more of the site
    must add it to its key here: tests/test_serve_incremental.py compares
    cached pages with pages rendered afresh after edits of each kind."""

    def __init__(self, r: "Renderer"):
        self.r = r
        self._sigs: dict[str, bytes] = {}
        self._stories: dict[str, tuple] = {}  # story digest -> _named(story)
        templates = sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in TEMPLATES.iterdir())
        self.base = (__version__, r.language, r.urls.directory_urls, r.site_name, r.site_url, tuple(templates))

    def entity_sig(self, eid: str) -> bytes:
        sig = self._sigs.get(eid)
        if sig is None:
            e = self.r.site.entities[eid]
            sig = self._sigs[eid] = hashlib.blake2b(pickle.dumps((e, self.r.has_page(eid), self.r.name_language(e))),
                                                    digest_size=16).digest()
        return sig

    def story_key(self, story: Story, following: Story | None) -> tuple | None:
        if not story.digest:  # a story made in code, not read from files: rendered every time
            return None
        after = (following.meta.slug, following.meta.title, following.meta.language) if following else None
        return ("story", self._named(story), self.base, after)

    def _named(self, story: Story) -> tuple:
        """The story's digest and what the site knows of every entity it names: once per build, though
        its pages and each entity page it appears on ask."""
        found = self._stories.get(story.digest)
        if found is None:
            names = sorted(_entity_ids(story) & self.r.site.entities.keys())
            found = self._stories[story.digest] = (story.digest, tuple((eid, self.entity_sig(eid)) for eid in names))
        return found

    def entity_key(self, eid: str) -> tuple | None:
        apps = self.r.site.appearances.get(eid, [])
        if any(not a.story.digest for a in apps):
            return None
        return ("entity", eid, self.base, self.entity_sig(eid), tuple((a.story.digest, a.role) for a in apps))

    def appearance_key(self, ctx, eid: str, a, sids: list[str]) -> tuple | None:
        """One story on an entity's page shows the story (title, date, its
        sentences with their links: what the story's own key holds), the
        entity's role there and which sentences are quoted, on that page."""
        own = self.story_key(a.story, None)
        if own is None:
            return None
        return ("appearance", ctx.src_uri, ctx.lang, eid, own, a.role, tuple(sids), len({m.sentence for m in a.mentions}))

    def entities_key(self, groups) -> tuple:
        """The entity list shows each entity with a page (as the site knows it) and its count."""
        return ("entities", self.base, tuple((e.id, self.entity_sig(e.id), n) for _, es in groups for e, n in es))

    def archive_key(self, month: str, stories: list[Story]) -> tuple | None:
        if any(not s.digest for s in stories):
            return None
        return ("archive", month, self.base, tuple(s.digest for s in stories))

    def get(self, key: tuple | None, render) -> list:
        if key is None:
            return render()
        pages = _PAGES.get(key)
        if pages is None:
            pages = _PAGES[key] = render()
            while len(_PAGES) > PAGES_CACHE_SIZE:
                _PAGES.popitem(last=False)
        else:
            _PAGES.move_to_end(key)
        return pages


_FRAGMENTS: OrderedDict[tuple, str] = OrderedDict()  # PageCache.appearance_key -> one story's section of an entity page
_IDS_OF: dict[str, frozenset[str]] = {}  # story digest -> every string in it that could be an entity id
_ID_LIKE = re.compile(r"[a-z0-9][a-z0-9-]{0,80}")


def _entity_ids(story: Story) -> frozenset[str]:
    """Every id-like string anywhere in the story (speakers, mentions, claims,
    fixes...): whatever field comes to name an entity is covered."""
    found = _IDS_OF.get(story.digest)
    if found is None:
        out: set[str] = set()
        stack = [story]
        while stack:
            value = stack.pop()
            if isinstance(value, str):
                if _ID_LIKE.fullmatch(value):
                    out.add(value)
            elif dataclasses.is_dataclass(value):
                stack.extend(getattr(value, f.name) for f in dataclasses.fields(value))
            elif isinstance(value, dict):
                stack.extend(value.keys())
                stack.extend(value.values())
            elif isinstance(value, (list, tuple, set, frozenset)):
                stack.extend(value)
        found = _IDS_OF[story.digest] = frozenset(out)
        if len(_IDS_OF) > PAGES_CACHE_SIZE:
            _IDS_OF.clear()
    return found


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
        self._forms: dict[str, frozenset[str]] = {}  # story slug -> the surface forms its mentions use
        self._folded: dict[str, str] = {}  # story slug -> its article's text, folded (languages.fold)
        self._name_langs: dict[str, str] = {}
        self.cache: PageCache | None = None  # set by pages()

    def render(self, template: str, src_uri: str, language: str | None = None, story: Story | None = None, **data) -> str:
        """``template`` for the page at ``src_uri``, in ``language`` (the
        site's by default; a story's pages are in the story's)."""
        ctx = Ctx(self, src_uri, language, story)
        text = self.env.get_template(template).render(ctx=ctx, L=ctx.L, T=ctx.T, story=story, **data)
        while "\n\n\n" in text:  # what re.sub(r"\n{3,}", "\n\n") does, at a tenth of the cost
            text = text.replace("\n\n\n", "\n\n")
        return text

    def page(self, template: str, src_uri: str, meta: dict, edit_path: str = "", draft: bool = False,
             language: str | None = None, **data) -> PageSpec:
        html = self.render(template, src_uri, language, **data)
        if draft:  # only ever under `mkdocs serve`: a build leaves drafts out
            html = self.render("draft.html.j2", src_uri, language) + html
        return PageSpec(src_uri, mark_unsearched(html), edit_path, meta, table_of_contents(html))

    # --- pages -----------------------------------------------------------

    def pages(self, progress=None) -> list[PageSpec]:
        """Every generated file: each story's pages and data, each entity's page, and the entity index.
        Pages come from the cache (``PageCache``) when nothing they show has changed."""
        out: list[PageSpec] = []
        cache = self.cache = PageCache(self)
        stories = self.site.stories
        for n, story in enumerate(stories, 1):
            if progress:
                progress("rendering", n, len(stories))
            following = stories[n] if n < len(stories) else None
            out.extend(cache.get(cache.story_key(story, following), lambda: self.story_pages(story)))
        for eid in sorted(self.site.entities):
            if self.has_page(eid):
                out.extend(cache.get(cache.entity_key(eid), lambda: [self.entity_page(eid)]))
        groups = self.entity_groups()
        out.extend(cache.get(cache.entities_key(groups), lambda: [self.entities_page(groups)]))
        for month, stories_of_month in self.archive_months():
            key = cache.archive_key(month, stories_of_month)
            out.extend(cache.get(key, lambda: [self.archive_month_page(month, stories_of_month)]))
        if self.archived():
            out.append(self.archive_page())
        return out

    # --- the archive --------------------------------------------------------

    def archived(self) -> bool:
        """An archive (and a home page showing only the newest) once there are more stories than fit on one."""
        return len(self.site.stories) > sections.ARCHIVE_GROUPING

    def archive_months(self) -> list[tuple[str, list[Story]]]:
        """(YYYY-MM, its stories), newest first, as ``site.stories`` is ordered; none for a small site."""
        if not self.archived():
            return []
        months: dict[str, list[Story]] = {}
        for story in self.site.stories:
            months.setdefault(story.meta.published[:7], []).append(story)
        return list(months.items())

    def month_name(self, month: str) -> str:
        return f"{self.L['months'][int(month[5:7]) - 1]} {month[:4]}"

    def archive_page(self) -> PageSpec:
        uri = self.paths.archive()
        T = self.L["text"]
        months = self.archive_months()
        years: dict[str, list] = {}
        for month, stories in months:
            years.setdefault(month[:4], []).append((month, self.month_name(month), len(stories), self.paths.archive(month)))
        lede = T["archive_lede"].format(n=len(self.site.stories))
        ctx = Ctx(self, uri)
        ld = seo.collection(self.L["nav"]["archive"], ctx.absolute(uri), lede,
                            [(self.month_name(m), ctx.absolute(self.paths.archive(m))) for m, _ in months])
        return self.page("archive.html.j2", uri, page_meta(self.L["nav"]["archive"], lede, jsonld=ld, unsearched=True),
                         years=years, lede=lede)

    def archive_month_page(self, month: str, stories: list[Story]) -> PageSpec:
        uri = self.paths.archive(month)
        name = self.month_name(month)
        lede = self.L["text"]["archive_month_lede"].format(n=len(stories), month=name)
        ctx = Ctx(self, uri)
        ld = seo.collection(name, ctx.absolute(uri), lede,
                            [(s.meta.title, ctx.absolute(self.paths.overview(s.meta.slug))) for s in stories])
        return self.page("archive_month.html.j2", uri, page_meta(name, lede, jsonld=ld, unsearched=True),
                         title=name, lede=lede, stories=[HomeItem(self, s) for s in stories])

    def has_page(self, eid: str) -> bool:
        return eid in self.site.appearances or self.site.entities[eid].curated

    # --- languages (render/languages.py) ------------------------------------------

    def story_forms(self, story: Story) -> frozenset[str]:
        """The surface forms the story's mentions use: a name among them is in the article's language."""
        forms = self._forms.get(story.meta.slug)
        if forms is None:
            forms = self._forms[story.meta.slug] = frozenset(m.text for m in story.mentions)
        return forms

    def article_folded(self, story: Story) -> str:
        folded = self._folded.get(story.meta.slug)
        if folded is None:
            folded = self._folded[story.meta.slug] = "\n".join(fold(p.text) for p in story.paragraphs)
        return folded

    def name_language(self, e) -> str:
        """An entity note's name is in the site's language; a detected
        entity's, in the language of the article it was found in."""
        lang = self._name_langs.get(e.id)
        if lang is None:
            apps = self.site.appearances.get(e.id)
            lang = self.language if e.curated or not apps else apps[0].story.meta.language
            self._name_langs[e.id] = lang
        return lang

    def story_pages(self, story: Story) -> list[PageSpec]:
        """The story's sections (``sections.SECTIONS``), then story.json and timeline.json."""
        view = StoryView(self, story)
        slug = story.meta.slug
        out = []
        for section in sections.SECTIONS:
            uri = sections.src_uri(section, slug, self.L)
            out.append(self.page(section.template, uri, view.meta(section, uri), view.edit_path(section), story.meta.draft,
                                 story.meta.language, story=story, v=view))
        out.append(PageSpec(f"{slug}/story.json", dumps(story_json(story)), story.source_path))
        out.append(PageSpec(f"{slug}/timeline.json", dumps(timeline_json(story, self.L)), story.source_path))
        return out

    def appearance(self, ctx: Ctx, e, a, sids: list[str]) -> Markup:
        """fragments.appearance, kept across `mkdocs serve` rebuilds: an entity
        named in a thousand stories has its page made again from the one
        story an edit changed, not from all of them."""
        key = self.cache.appearance_key(ctx, e.id, a, sids) if self.cache is not None else None
        if key is None:
            return fragments.appearance(ctx, e, a, sids)
        html = _FRAGMENTS.get(key)
        if html is None:
            html = _FRAGMENTS[key] = str(fragments.appearance(ctx, e, a, sids))
            while len(_FRAGMENTS) > PAGES_CACHE_SIZE:
                _FRAGMENTS.popitem(last=False)
        else:
            _FRAGMENTS.move_to_end(key)
        return Markup(html)

    def entity_page(self, eid: str) -> PageSpec:
        uri = self.paths.entity(eid)
        view = EntityView(self, eid, uri)
        e = view.e
        return self.page("entity.html.j2", uri, view.meta(), e.loc.path if e.curated and e.loc else "", e=e, v=view)

    def entities_page(self, groups=None) -> PageSpec:
        uri = self.paths.entities()
        groups = self.entity_groups() if groups is None else groups
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
                groups.append((kind, [(e, sum(len({m.sentence for m in a.mentions}) for a in self.site.appearances.get(e.id, [])))
                                      for e in es]))
        return groups

    def home_list(self, src_uri: str = "index.md") -> str:
        """The story list of the home page: every story, or, for an archive, the newest and a link to the archive."""
        ctx = Ctx(self, src_uri)
        T = self.L["text"]
        shown = self.site.stories[:sections.ARCHIVE_GROUPING] if self.archived() else self.site.stories
        ld = seo.collection(self.site_name or self.L["nav"]["home"], ctx.absolute(src_uri), T["stories"],
                            [(s.meta.title, ctx.absolute(self.paths.overview(s.meta.slug))) for s in shown])
        archive = ctx.href(self.paths.archive()) if self.archived() else ""
        return self.render("home.html.j2", src_uri, stories=[HomeItem(self, s) for s in shown],
                           jsonld=Markup(seo.to_script(ld)), archive=archive, total=len(self.site.stories))

    def entity_ref(self, ctx: Ctx, eid: str) -> dict | None:
        e = self.site.entities.get(eid)
        if e is None or not self.has_page(eid):
            return None
        return seo.entity_ref(e, ctx.absolute(self.paths.entity(eid)))
