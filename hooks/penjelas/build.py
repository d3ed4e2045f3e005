"""One build, independent of MkDocs: read, validate, extract, render.

``prepare`` is what the hook calls; ``penjelas check`` calls the same code
without rendering, so both report exactly the same problems.
"""

from __future__ import annotations

import datetime as dt
import html
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Location, Problems, excerpt
from .render import sections
from .render.labels import labels
from .render.renderer import PageSpec, Renderer, table_of_contents
from .render.urls import Paths
from .report import coverage_report
from .site import Site, build_site
from .reading import schema
from .reading.characters import balance_bidi
from .reading.sources import display_path, read_content



class Progress:
    """Progress of a long build, phase by phase ("extraction: 40/100
    stories"), given to ``log.info`` (so ``mkdocs build -q`` is quiet). Silent
    for the first ``AFTER`` seconds: a short build prints nothing; then at
    most one line every ``EVERY`` seconds, and each phase's last."""

    AFTER = 3.0
    EVERY = 2.0

    def __init__(self, log, clock=time.monotonic):
        self.log, self.clock = log, clock
        self.start = clock()
        self.last = 0.0

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = self.clock()
        if now - self.start < self.AFTER or (done < total and now - self.last < self.EVERY):
            return
        self.last = now
        self.log.info(f"Penjelas: {phase}: {done}/{total} stor{'y' if total == 1 else 'ies'}")


@dataclass
class SiteBuild:
    site: Site | None
    problems: Problems
    pages: list[PageSpec] = field(default_factory=list)
    home_html: str = ""  # the story list, added to the home page
    language: str = "id"
    report: list[str] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)  # article.md of each draft (left out unless prepare(drafts=True))

    def page(self, src_uri: str) -> PageSpec | None:
        """The generated page at ``src_uri``, if there is one."""
        if len(self._by_uri) != len(self.pages):
            self._by_uri = {p.src_uri: p for p in self.pages}
        return self._by_uri.get(src_uri)

    @property
    def epoch(self) -> int | None:
        """The content's own date, for reproducible builds (SOURCE_DATE_EPOCH):
        midnight UTC of the newest publication date, so that the same content
        gives the same bytes (sitemap dates included) whatever day it is built."""
        if not self.site or not self.site.stories:
            return None
        newest = max(s.meta.published for s in self.site.stories)
        return int(dt.datetime.fromisoformat(newest).replace(tzinfo=dt.timezone.utc).timestamp())

    @property
    def home_toc(self) -> list[dict]:
        return table_of_contents(self.home_html)

    @property
    def foreign_titles(self) -> dict[str, str]:
        """Story titles in another language than the site's, as the menu prints
        them (HTML text), with their language: the hook marks them (render/languages.py)."""
        if self._foreign_titles is None:
            stories = self.site.stories if self.site else []
            self._foreign_titles = {html.escape(balance_bidi(s.meta.title)): s.meta.language
                                    for s in stories if s.meta.language != self.language}
        return self._foreign_titles

    def __post_init__(self) -> None:
        self._by_uri: dict[str, PageSpec] = {}
        self._foreign_titles: dict[str, str] | None = None

    def nav(self, user_nav) -> list:
        """Beranda, the stories (by year and month once there are many), entities, the rest."""
        L = labels(self.language)
        N, sec, months = L["nav"], L["sections"], L["months"]
        stories = self.site.stories if self.site else []
        if self.site is None:  # under `mkdocs serve`, before the content has ever built: no generated pages
            return [{N["home"]: "index.md"}] + [item for item in (user_nav or []) if "index.md" not in (item.values() if isinstance(item, dict) else [item])]

        def story_entry(s):
            # The theme prints nav titles unescaped: give it HTML text.
            return {html.escape(balance_bidi(s.meta.title)): [{N[section.key]: sections.src_uri(section, s.meta.slug, L)} for section in sections.SECTIONS]}

        if len(stories) > sections.ARCHIVE_GROUPING:
            # The archive's pages, not the stories: the menu every page shows does not grow with the archive.
            paths = Paths(L)
            years: dict[str, list] = {}
            for month in dict.fromkeys(s.meta.published[:7] for s in stories):
                years.setdefault(month[:4], []).append({months[int(month[5:7]) - 1]: paths.archive(month)})
            story_nav = [paths.archive()] + [{y: ms} for y, ms in years.items()]
        else:
            story_nav = [story_entry(s) for s in stories]
        nav = [{N["home"]: "index.md"}, {N["stories"]: story_nav}, {N["entities"]: f"{sec['entities']}/index.md"}]
        if user_nav:
            nav.extend(item for item in user_nav if item not in ({"index.md"},) and "index.md" not in (item.values() if isinstance(item, dict) else [item]))
        return nav


def original_suggestions(site: Site) -> list[str]:
    """A story whose original address is unknown: its readers cannot check the text against it."""
    return [f"{s.source_path}:2:1: suggestion: the story has no 'url': add the original article's address to the front matter "
            "(the overview tells readers the original cannot be opened)" for s in site.stories if not s.meta.url]


def check_collisions(site: Site, docs_dir: Path, language: str, problems: Problems, base: Path | None) -> None:
    for story in site.stories:
        slug = story.meta.slug
        loc = Location(story.source_path, 1, 1)
        if slug in schema.RESERVED_SLUGS or slug == labels(language)["sections"]["entities"]:
            problems.error(loc, f"story slug '{slug}' is reserved for the site's own pages: rename the folder", "reserved-slug")
        for clash in (docs_dir / f"{slug}.md", docs_dir / slug):
            if clash.exists():
                problems.error(loc, f"story slug '{slug}' collides with the hand-written page {display_path(clash, base)}: rename one of them", "page-collision")


def _more_problems(content, docs_dir: Path, language: str, base: Path | None) -> Problems:
    """Content with errors is still extracted, so that a phrase missing from
    the article is reported in the same run as a typo in a field. Not when an
    entity file was unreadable: every reference to it would be a false alarm."""
    problems = content.problems
    if content.articles and not content.unreadable_entities:
        try:
            site = build_site(content)
            check_collisions(site, docs_dir, language, site.problems, base)
            problems = site.problems
        except Exception:  # the errors already found are what the editor needs
            problems = content.problems
    problems.items.sort()
    return problems


def story_folder(article_path: str) -> str:
    """The folder prefix of a story's files, as problems show their paths."""
    return article_path.rsplit("/", 1)[0] + "/" if "/" in article_path else ""


def hold_drafts(content) -> tuple[list[str], list[str]]:
    """Take the drafts out of ``content``, with the problems in their files:
    a story not yet published neither appears nor stops the build. Returns
    (their article paths, one report line for each)."""
    drafts = [a for a in content.articles if a.meta.draft]
    if not drafts:
        return [], []
    folders = {story_folder(a.path): a for a in drafts}
    held: dict[str, int] = {a.path: 0 for a in drafts}
    kept = []
    for problem in content.problems.items:
        owner = next((a for folder, a in folders.items() if folder and problem.location.path.startswith(folder)), None)
        if owner is None:
            kept.append(problem)
        else:
            held[owner.path] += 1
    content.problems.items[:] = kept
    content.articles = [a for a in content.articles if not a.meta.draft]
    report = []
    for path, n in held.items():
        more = f", {n} problem{'s' if n != 1 else ''} in its files" if n else ""
        report.append(f"{path}:1:1: draft: not published by `mkdocs build` (draft: true){more}; `mkdocs serve` and `penjelas check` show it")
    return list(held), report


def clear_caches() -> None:
    """Forget what this process has read, extracted and rendered (the caches
    that make a `mkdocs serve` rebuild fast: reading.sources._reads,
    site._results, render.renderer._PAGES and _FRAGMENTS): the next build starts afresh."""
    from . import site as site_module
    from .reading import sources
    from .render import renderer

    sources._reads.clear()
    site_module._results.clear()
    renderer._PAGES.clear()
    renderer._FRAGMENTS.clear()
    renderer._IDS_OF.clear()


def prepare(content_dir: Path, docs_dir: Path, language: str = "id", directory_urls: bool = True,
            site_name: str = "", base: Path | None = None, render: bool = True, site_url: str = "",
            drafts: bool = False, progress: "Progress | None" = None) -> SiteBuild:
    """Read, extract, render. Drafts (``draft: true``) are left out unless
    ``drafts`` (``mkdocs serve`` and ``penjelas check`` include them)."""
    content = read_content(content_dir, base, progress)
    draft_paths = [a.path for a in content.articles if a.meta.draft]
    held, draft_report = ([], []) if drafts else hold_drafts(content)
    if not content.articles and held and not content.problems.errors:
        content.problems.error(Location(display_path(content_dir / "stories", base), 1, 1),
                               "every story is a draft: set `draft: false` (or remove it) in one article's front matter to publish it", "only-drafts")
    if content.problems.errors:
        return SiteBuild(None, _more_problems(content, docs_dir, language, base), language=language, drafts=draft_paths, report=draft_report)
    site = build_site(content, progress=progress)
    problems = site.problems
    check_collisions(site, docs_dir, language, problems, base)
    problems.items.sort()
    result = SiteBuild(site, problems, language=language, drafts=draft_paths,
                       report=draft_report + coverage_report(site) + original_suggestions(site))
    if problems.errors or not render:
        return result
    renderer = Renderer(site, language, directory_urls, site_name, site_url)
    result.pages = renderer.pages(progress)
    result.home_html = renderer.home_list()
    check_page_collisions(result, docs_dir, directory_urls, base)
    return result


def check_page_collisions(result: SiteBuild, docs_dir: Path, directory_urls: bool, base: Path | None) -> None:
    """A hand-written page where a generated page goes (docs/entitas/x.md) is
    an error here, before MkDocs empties site/, rather than in on_files."""
    # docs/ is walked once (a few hand-written pages), not stat()ed twice per generated page
    written = {p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*") if p.is_file()} if docs_dir.is_dir() else set()
    for page in result.pages:
        twins = [page.src_uri]
        if directory_urls and page.src_uri.endswith("/index.md"):
            twins.append(page.src_uri[: -len("/index.md")] + ".md")
        elif directory_urls and page.src_uri.endswith(".md"):
            twins.append(page.src_uri[: -len(".md")] + "/index.md")
        for twin in twins:
            if twin in written:
                shown = display_path(docs_dir / twin, base)
                result.problems.error(Location(shown, 1, 1), f"hand-written page {shown} takes the address of the generated page {page.src_uri}: rename or move it", "page-collision")
    if result.problems.errors:
        result.problems.items.sort()
        result.pages = []


def safe_prepare(content_dir: Path, docs_dir: Path, *args, base: Path | None = None, **kwargs) -> SiteBuild:
    """``prepare``, with any failure of Penjelas itself reported as one
    problem in the same form as the others (and so no traceback, and site/
    left as it was) rather than raised."""
    try:
        return prepare(content_dir, docs_dir, *args, base=base, **kwargs)
    except Exception as error:  # a bug, or a resource the machine lacks (MemoryError)
        problems = Problems()
        problems.error(Location(display_path(content_dir, base), 1, 1),
                       f"Penjelas failed on this content ({type(error).__name__}: {excerpt(error, 200)}); this is a bug in "
                       "Penjelas: please report it with the content that causes it", "internal-error")
        return SiteBuild(None, problems)
