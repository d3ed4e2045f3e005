"""The one registry of a story's sections (its pages).

To add a section: add a ``Section`` here, its template in ``templates/``, and
its words in ``labels.py`` (both languages): ``nav[key]`` (the menu and the
story navigation), ``sections[key]`` (its address) and ``text[key_title]``,
``text[key_lede]``. The site nav, the story navigation, the pages and the
page metadata all read this list.
"""

from __future__ import annotations

from dataclasses import dataclass

# More stories than this: the home page shows the newest ones and links to the
# archive (one page per month, ``Renderer.archive_pages``), and the menu lists
# the archive's years and months instead of every story, so that no page grows
# with the archive.
ARCHIVE_GROUPING = 12


@dataclass(frozen=True)
class Section:
    key: str
    template: str
    hide: tuple[str, ...] = ()  # parts of the theme this page hides ("toc")
    jsonld: str = ""  # the StoryView method that gives the page's JSON-LD, if any
    index: bool = False  # the story's own address (<slug>/), not <slug>/<section>/


SECTIONS: tuple[Section, ...] = (
    Section("overview", "overview.html.j2", jsonld="jsonld_overview", index=True),
    Section("who", "who.html.j2", jsonld="jsonld_who"),
    Section("what", "what.html.j2"),
    Section("when", "when.html.j2", jsonld="jsonld_when"),
    Section("reactions", "reactions.html.j2", jsonld="jsonld_reactions"),
    Section("article", "article.html.j2", hide=("toc",), jsonld="jsonld_article"),
)
BY_KEY = {s.key: s for s in SECTIONS}
KEYS = tuple(s.key for s in SECTIONS)


def src_uri(section: Section, slug: str, L: dict) -> str:
    """Where the section's page lives: ``<slug>/index.md`` or ``<slug>/<address>.md``."""
    return f"{slug}/index.md" if section.index else f"{slug}/{L['sections'][section.key]}.md"


def title(section: Section, story_title: str, L: dict) -> str:
    """The page's title: the story's own, or "Siapa: <story title>"."""
    return story_title if section.index else f"{L['text'][section.key + '_title']}: {story_title}"


def description(section: Section, story_title: str, lede: str, L: dict) -> str:
    return lede if section.index else f"{L['text'][section.key + '_lede']} {story_title}"
