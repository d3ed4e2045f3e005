"""The machine-readable exports: story.json and TimelineJS3's timeline.json."""

from __future__ import annotations

import json

from ..model import Story

_ONE_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def dumps(data: dict) -> str:
    """JSON that reads well and is written by the C encoder: one top-level key
    per line, each item of a top-level list on its own line. (``indent=2``
    makes ``json`` fall back to its pure-Python encoder: a tenth of the speed,
    and a twentieth of a large build's hook time.)"""
    lines = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            items = ",\n".join("    " + _ONE_LINE(v) for v in value)
            lines.append(f"  {_ONE_LINE(key)}: [\n{items}\n  ]")
        else:
            lines.append(f"  {_ONE_LINE(key)}: {_ONE_LINE(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _sources(sources) -> list:
    """Each source as its URL, or as {url, title, publisher, date} when more is known of it."""
    out = []
    for src in sources:
        more = {k: getattr(src, k, "") for k in ("title", "publisher", "date")}
        out.append({"url": str(src), **{k: v for k, v in more.items() if v}} if any(more.values()) else str(src))
    return out


def story_json(story: Story) -> dict:
    m = story.meta
    by_entity: dict[str, list] = {}
    held: dict[str, list] = {}
    for mention in story.held_mentions:
        held.setdefault(mention.entity, []).append(
            {"sentence": mention.sentence, "text": mention.text, "start": mention.start, "end": mention.end, "via": mention.via})
    for mention in story.mentions:
        by_entity.setdefault(mention.entity, []).append(
            {"sentence": mention.sentence, "text": mention.text, "start": mention.start, "end": mention.end, "via": mention.via})
    return {
        "story": {"slug": m.slug, "title": m.title, "publisher": m.publisher or None, "url": m.url or None,
                  "published": m.published, "language": m.language, "author": m.author or None, "license": m.license or None},
        "paragraphs": [{"id": p.id, "index": p.index} for p in story.paragraphs],
        "sentences": [{"id": s.id, "paragraph": s.paragraph, "index": s.index, "text": s.text} for s in story.sentences],
        "entities": [_entity(e, story, by_entity) for e in story.entities],
        "statements": [_statement(st) for st in story.statements],
        "time_expressions": [
            {"text": t.text, "sentence": t.sentence, "value": t.value, "precision": t.precision, "end": t.end_value,
             "weekday": t.weekday, "weekday_ok": t.weekday_ok, "time": t.time, "within": list(t.within) if t.within else None,
             "rule": t.rule or None}
            for t in story.time_expressions
        ],
        "timeline": [
            {"date": e.date, "end": e.end, "precision": e.precision, "title": e.title, "summary": e.summary or None,
             "origin": e.origin, "texts": list(e.texts) or None, "sentences": list(e.sentences), "sources": _sources(e.sources), "entities": list(e.entities),
             "weekday_ok": e.weekday_ok}
            for e in story.timeline
        ],
        "issues": [
            {"id": i.id, "title": i.title, "summary": i.summary or None,
             "claims": [{"text": c.text, "by": c.by, "sentences": list(c.sentences), "sources": _sources(c.sources)} for c in i.claims]}
            for i in story.issues
        ],
        "summary": [{"text": p.text, "sentences": list(p.sentences), "sources": _sources(p.sources)} for p in story.summary],
        "annotations": [{"kind": a.kind, "phrase": a.phrase, "text": a.text, "sentence": a.sentence, "sources": _sources(a.sources),
                         "fix": {k: v for k, v in a.fix.__dict__.items() if v} if a.fix else None}
                        for a in story.annotations],
        # What extraction found but is not sure of: for the editor, never shown to readers.
        "suggestions": {"entities": [_entity(e, story, held) for e in story.held_entities],
                        "statements": [_statement(st) for st in story.held_statements]},
    }


def _entity(e, story: Story, by_entity: dict[str, list]) -> dict:
    return {"id": e.id, "name": e.name, "kind": e.kind,
            "aliases": list(dict.fromkeys(e.aliases + [m["text"] for m in by_entity.get(e.id, [])])),
            "role": story.roles.get(e.id) or e.role or None, "wikidata": e.wikidata or None, "curated": e.curated,
            "confidence": e.confidence, "rule": e.rule or ("curated" if e.curated else None), "mentions": by_entity.get(e.id, [])}


def _statement(st) -> dict:
    return {"speaker": st.speaker, "speaker_text": st.speaker_text, "verb": st.verb, "kind": st.kind, "text": st.text,
            "sentences": list(st.sentences), "speaker_resolved_by": st.resolved_by, "rule": st.rule or None,
            "confidence": st.confidence}


def _tl_date(value: str) -> dict:
    if "-W" in value:  # an ISO week: TimelineJS3 wants its Monday
        import datetime as dt
        year, week = value.split("-W")
        value = dt.date.fromisocalendar(int(year), int(week[:2]), 1).isoformat()
    parts = value[:10].split("-")
    keys = ["year", "month", "day"]
    return {k: str(int(v)) for k, v in zip(keys, parts)}


def timeline_json(story: Story, L: dict) -> dict:
    """TimelineJS3 JSON: https://timeline.knightlab.com/docs/json-format.html"""
    events = []
    for e in story.timeline:
        item = {
            "start_date": _tl_date(e.date),
            "text": {"headline": e.title if e.origin == "background" else e.text, "text": e.summary or (e.title if e.origin == "article" else "")},
            "group": L["origins"][e.origin],
        }
        if e.end:
            item["end_date"] = _tl_date(e.end)
        events.append(item)
    return {"title": {"text": {"headline": story.meta.title, "text": story.meta.publisher or ""}}, "events": events}
