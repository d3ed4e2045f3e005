"""The whole site: every story extracted, entities merged across stories."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from functools import lru_cache

from . import __version__
from .errors import Problems
from .extract import build_story
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


@lru_cache(maxsize=2048)
def _cached(key: str, blob: bytes) -> bytes:
    article, registry, use_notes = pickle.loads(blob)
    problems = Problems()
    story, auto = build_story(article, registry, problems, use_notes)
    return pickle.dumps((story, auto, problems))


def extract_story(article, registry: dict[str, Entity], use_notes: bool = True):
    """Extraction is pure, so the result is cached by content hash: a rebuild
    under ``mkdocs serve`` only re-extracts the stories that changed."""
    blob = pickle.dumps((article, registry, use_notes))
    key = hashlib.sha256(__version__.encode() + blob).hexdigest()
    return pickle.loads(_cached(key, blob))


def build_site(content: Content, use_notes: bool = True) -> Site:
    problems = Problems()
    problems.extend(content.problems)
    registry = content.entities
    stories: list[Story] = []
    entities: dict[str, Entity] = dict(registry)
    suggestions: list[tuple[Story, Entity]] = []
    for article in content.articles:
        story, auto, story_problems = extract_story(article, registry, use_notes)
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
