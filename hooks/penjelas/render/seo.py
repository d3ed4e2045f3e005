"""Structured data for machines: schema.org JSON-LD for each kind of page.

Pure functions from the model to plain dicts; ``to_script`` serialises them so
that the text can sit inside ``<script type="application/ld+json">``: ``<``,
``>`` and ``&`` become ``\\u003c`` and friends, so article text can never close
the script element, and every other character outside ASCII is a ``\\u``
escape, so no control or invisible character reaches the page raw.

URLs come in ready-made from the caller: absolute when the site's
``site_url`` is known, page-relative otherwise (JSON-LD resolves relative
IRIs against the page's own address).
"""

from __future__ import annotations

import json
from typing import Callable

from ..model import Entity, Event, Statement, Story

SCHEMA = "https://schema.org"
ENTITY_TYPES = {
    "person": "Person",
    "organization": "Organization",
    "media": "NewsMediaOrganization",
    "group": "Organization",
    "country": "Country",
    "place": "Place",
}
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def to_script(data: dict | list) -> str:
    """JSON that is safe inside a script element (and on one line)."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), sort_keys=False)
    for char, escaped in _SCRIPT_UNSAFE.items():
        text = text.replace(char, escaped)
    return text


_EMPTY = (None, "", [], {})


def _clean(data):
    """Drop empty values, so that no property says nothing."""
    if type(data) is dict:
        out = {}
        for k, v in data.items():
            if type(v) is dict or type(v) is list:
                v = _clean(v)
            if v not in _EMPTY:
                out[k] = v
        return out
    if type(data) is list:
        out_list = []
        for v in data:
            if type(v) is dict or type(v) is list:
                v = _clean(v)
            if v not in _EMPTY:
                out_list.append(v)
        return out_list
    return data


def _date(value: str) -> str:
    """ISO 8601 with reduced precision is valid schema.org Date text."""
    return value


def entity_ref(e: Entity, url: str) -> dict:
    """A short reference to an entity, for ``mentions``, ``about`` and speakers."""
    return _clean({"@type": ENTITY_TYPES.get(e.kind, "Thing"), "@id": url + "#entitas", "name": e.name,
                   "url": url, "sameAs": [e.wikidata_url] if e.wikidata else []})


def entity(e: Entity, url: str, role: str = "") -> dict:
    """Person, Organization, NewsMediaOrganization, Country or Place, with
    ``sameAs`` pointing to Wikidata."""
    same_as = [e.wikidata_url] if e.wikidata else []
    same_as += [s for s in e.sources if s.startswith(("http://", "https://")) and "wikipedia.org" in s]
    return _clean({
        "@context": SCHEMA,
        "@type": ENTITY_TYPES.get(e.kind, "Thing"),
        "@id": url + "#entitas",
        "name": e.name,
        "alternateName": [a for a in e.aliases if a != e.name],
        "description": role or e.role,
        "url": url,
        "sameAs": same_as,
        "identifier": e.wikidata or None,
    })


def original_article(story: Story) -> dict | str:
    """What the explainer is based on: the original's URL when known,
    otherwise a description of it."""
    m = story.meta
    if m.url:
        return m.url
    return _clean({"@type": "NewsArticle", "headline": m.title, "datePublished": _date(m.published), "inLanguage": m.language,
                   "publisher": {"@type": "Organization", "name": m.publisher} if m.publisher else None,
                   "author": {"@type": "Person", "name": m.author} if m.author else None})


def news_article(story: Story, url: str, entity_urls: dict[str, str], entities: dict[str, Entity],
                 site_name: str, description: str) -> dict:
    """The article page: a NewsArticle whose ``isBasedOn`` is the original."""
    m = story.meta
    mentioned = [entity_ref(entities[e.id], entity_urls[e.id]) for e in story.entities if e.id in entity_urls and e.id in entities]
    return _clean({
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "@id": url + "#artikel",
        "headline": m.title[:110],
        "name": m.title,
        "description": description,
        "datePublished": _date(m.published),
        "inLanguage": m.language,
        "url": url,
        "mainEntityOfPage": url,
        "isBasedOn": original_article(story),
        "author": {"@type": "Person", "name": m.author} if m.author else None,
        "publisher": {"@type": "Organization", "name": m.publisher} if m.publisher else {"@type": "Organization", "name": site_name},
        "copyrightNotice": m.license or None,
        "articleBody": "\n\n".join(p.text for p in story.paragraphs),
        "mentions": mentioned,
    })


def overview(story: Story, url: str, article_url: str, description: str, about: list[dict]) -> dict:
    """The story overview: a web page about the article, based on it."""
    m = story.meta
    return _clean({
        "@context": SCHEMA,
        "@type": "WebPage",
        "@id": url,
        "name": m.title,
        "description": description,
        "inLanguage": m.language,
        "url": url,
        "isBasedOn": original_article(story),
        "mainEntity": {"@id": article_url + "#artikel"},
        "about": about,
        "datePublished": _date(m.published),
    })


def events(story: Story, url: str, article_url: str, anchor: Callable[[Event], str],
           entity_lookup: Callable[[str], dict | None]) -> dict:
    """The timeline: an ItemList of Event, each with where it comes from."""
    items = []
    for n, e in enumerate(story.timeline, 1):
        places = [ref for ref in (entity_lookup(eid) for eid in e.entities) if ref and ref.get("@type") in ("Place", "Country")]
        people = [ref for ref in (entity_lookup(eid) for eid in e.entities) if ref and ref.get("@type") not in ("Place", "Country")]
        event = {
            "@type": "Event",
            "name": e.title if e.origin == "background" else (e.title[:110] if e.title else e.text),
            "description": e.summary or None,
            "startDate": _date(e.date),
            "endDate": _date(e.end) if e.end else None,
            "url": f"{url}#{anchor(e)}",
            "location": places[0] if places else None,
            "about": people,
            "subjectOf": [f"{article_url}#{sid}" for sid in e.sentences] if e.origin == "article" else None,
            "citation": list(e.sources),
        }
        items.append({"@type": "ListItem", "position": n, "item": _clean(event)})
    return _clean({"@context": SCHEMA, "@type": "ItemList", "@id": url + "#lini-masa", "name": story.meta.title,
                   "itemListOrder": "https://schema.org/ItemListOrderAscending", "itemListElement": items})


def quotations(story: Story, url: str, article_url: str, speakers: Callable[[Statement], dict | None],
               anchor: Callable[[Statement], str]) -> dict:
    """The reactions: one Quotation per statement, with its speaker and sentence."""
    items = []
    for n, st in enumerate(story.statements, 1):
        speaker = speakers(st)
        quote = {
            "@type": "Quotation",
            "text": st.text,
            "url": f"{url}#{anchor(st)}",
            "creator": speaker or ({"@type": "Thing", "name": st.speaker_text} if st.speaker_text else None),
            "spokenByCharacter": speaker if speaker and speaker.get("@type") == "Person" else None,
            "isPartOf": {"@id": article_url + "#artikel"},
            "citation": [f"{article_url}#{sid}" for sid in st.sentences],
            "inLanguage": story.meta.language,
            "genre": st.kind,
        }
        items.append({"@type": "ListItem", "position": n, "item": _clean(quote)})
    return _clean({"@context": SCHEMA, "@type": "ItemList", "@id": url + "#pernyataan", "name": story.meta.title,
                   "itemListElement": items})


def collection(name: str, url: str, description: str, parts: list[tuple[str, str]]) -> dict:
    """A list page (home, entity index): a CollectionPage of its links."""
    return _clean({"@context": SCHEMA, "@type": "CollectionPage", "@id": url, "name": name, "description": description, "url": url,
                   "hasPart": [{"@type": "WebPage", "name": n, "url": u} for n, u in parts]})
