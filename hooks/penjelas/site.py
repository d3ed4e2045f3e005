"""The whole site: every story extracted, entities merged across stories."""

from __future__ import annotations

import hashlib
import pickle
from collections import OrderedDict
from dataclasses import dataclass, field

from . import __version__
from .errors import Problems
from .extract import registry_index
from .notes import build_story
from .model import Entity, Mention, Story
from .reading.sources import Content


@dataclass
class Appearance:
    story: Story
    mentions: list[Mention]
    role: str


@dataclass
class Site:
    stories: list[Story]  # newest first
    entities: dict[str, Entity]  # every entity with a page
    appearances: dict[str, list[Appearance]]  # entity id -> stories, newest first
    suggestions: list[tuple[Story, Entity]]  # auto-detected entities to curate
    problems: Problems = field(default_factory=Problems)


CACHE_SIZE = 2048
# content hash -> (story, auto, problems). The objects themselves, not copies: nothing after extraction
# changes a story (tests/test_serve_incremental.py holds a rebuild in the same process to a fresh build's bytes).
_results: OrderedDict[str, tuple] = OrderedDict()


def registry_digest(registry: dict[str, Entity]) -> bytes:
    return hashlib.sha256(pickle.dumps(registry)).digest()


def _cache_key(article, use_notes: bool, digest: bytes) -> str:
    """An article read from files carries the digest of what was read; one made in code is pickled whole."""
    source = article.digest.encode() if article.digest else pickle.dumps(article)
    return hashlib.sha256(__version__.encode() + digest + bytes([use_notes]) + source).hexdigest()


def _extract(article, registry: dict[str, Entity], use_notes: bool, index, key: str) -> tuple:
    problems = Problems()
    story, auto = build_story(article, registry, problems, use_notes, index)
    story.digest = key
    return story, auto, problems


def extract_stories(articles: list, registry: dict[str, Entity], use_notes: bool = True, progress=None) -> list[tuple]:
    """(story, auto-detected entities, problems) for each article.

    Extraction is pure, so each result is cached by content hash: a rebuild
    under ``mkdocs serve`` only re-extracts the stories that changed. The
    registry is hashed and indexed once per build, not once per story. Only
    the results are kept, never the inputs. The key is also the story's
    ``digest``, which the renderer's cache of pages keys on."""
    digest = registry_digest(registry)
    keys = [_cache_key(a, use_notes, digest) for a in articles]
    missing = [i for i, key in enumerate(keys) if key not in _results]
    if missing:
        index = registry_index(registry)
        for n, i in enumerate(missing, 1):
            if progress:
                progress("extraction", n, len(missing))
            _results[keys[i]] = _extract(articles[i], registry, use_notes, index, keys[i])
    out = []
    for key in keys:
        _results.move_to_end(key)
        out.append(_results[key])
    while len(_results) > max(CACHE_SIZE, len(keys)):
        _results.popitem(last=False)
    return out


def build_site(content: Content, use_notes: bool = True, progress=None) -> Site:
    problems = Problems()
    problems.extend(content.problems)
    registry = content.entities
    stories: list[Story] = []
    entities: dict[str, Entity] = dict(registry)
    suggestions: list[tuple[Story, Entity]] = []
    for story, auto, story_problems in extract_stories(content.articles, registry, use_notes, progress):
        problems.extend(story_problems)
        stories.append(story)
        for e in auto:
            if e.id in entities:
                known = entities[e.id]
                if not known.curated:
                    known.aliases = list(dict.fromkeys(known.aliases + e.aliases))
            else:
                entities[e.id] = Entity(**{**e.__dict__, "aliases": list(e.aliases)})
            suggestions.append((story, e))
    stories.sort(key=lambda s: (s.meta.published, s.meta.slug), reverse=True)
    appearances: dict[str, list[Appearance]] = {}
    for story in stories:
        by_entity: dict[str, list[Mention]] = {e.id: [] for e in story.entities}
        for m in story.mentions:
            by_entity.setdefault(m.entity, []).append(m)
        for eid, ms in by_entity.items():
            role = story.roles.get(eid, "")
            appearances.setdefault(eid, []).append(Appearance(story, ms, role))
    return Site(stories, entities, appearances, suggestions, problems)
