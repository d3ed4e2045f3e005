"""The whole site: every story extracted, entities merged across stories."""

from __future__ import annotations

import hashlib
import pickle
from collections import OrderedDict
from dataclasses import dataclass, field

from . import __version__
from .errors import Problems
from .extract import build_story, registry_index
from .model import Entity, Mention, Story
from .sources import Content


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
_results: OrderedDict[str, bytes] = OrderedDict()  # content hash -> pickled (story, auto, problems)


def registry_digest(registry: dict[str, Entity]) -> bytes:
    return hashlib.sha256(pickle.dumps(registry)).digest()


def extract_story(article, registry: dict[str, Entity], use_notes: bool = True, digest: bytes | None = None,
                  index=None):
    """Extraction is pure, so the result is cached by content hash: a rebuild
    under ``mkdocs serve`` only re-extracts the stories that changed. The
    registry is hashed and indexed once per build (``digest``, ``index``),
    not once per story, and only the small pickled results are kept, never the inputs."""
    if digest is None:
        digest = registry_digest(registry)
    key = hashlib.sha256(__version__.encode() + digest + pickle.dumps((article, use_notes))).hexdigest()
    hit = _results.get(key)
    if hit is None:
        problems = Problems()
        story, auto = build_story(article, registry, problems, use_notes, index)
        hit = _results[key] = pickle.dumps((story, auto, problems))
        if len(_results) > CACHE_SIZE:
            _results.popitem(last=False)
    else:
        _results.move_to_end(key)
    return pickle.loads(hit)


def build_site(content: Content, use_notes: bool = True) -> Site:
    problems = Problems()
    problems.extend(content.problems)
    registry = content.entities
    stories: list[Story] = []
    entities: dict[str, Entity] = dict(registry)
    suggestions: list[tuple[Story, Entity]] = []
    digest = registry_digest(registry)
    index = registry_index(registry)
    for article in content.articles:
        story, auto, story_problems = extract_story(article, registry, use_notes, digest, index)
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
