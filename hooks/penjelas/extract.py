"""From one validated article (plus its notes and the shared entity notes) to
a ``Story``: sentences, mentions, statements, dates, timeline and issues.

Problems in the notes that only show once the article is read (a phrase that
is not in the article, an unknown entity id) are reported here, each at the
line of the note at fault.
"""

from __future__ import annotations

import re

from .errors import Location, Problems, did_you_mean, excerpt
from .model import (Annotation, Article, Claim, Entity, Event, Issue, Mention, Meta, Point,
                    Sentence, Statement, Story, TimeExpression)
from .reading import schema
from .reading.sources import anchor_id, split_paragraphs
from .text import acronyms, dates, grouping, kinds, mentions, names, sentences as sentence_split, statements
from .text.lang import language


def article_from_text(body: str, published: str, language: str = "id", slug: str = "teks") -> Article:
    """An article from a literal body (paragraphs separated by blank lines),
    with no notes: for tests and for trying extraction on a snippet."""
    meta = Meta(slug=slug, title=slug, published=published, language=language)
    return Article(meta=meta, paragraphs=split_paragraphs(body, 1), path=f"<{slug}>", body_line=1)


def split_sentences(article: Article) -> list[Sentence]:
    lang = language(article.meta.language)
    out: list[Sentence] = []
    seen: dict[str, int] = {}
    for p in article.paragraphs:
        for start, end in sentence_split.split(p.text, lang):
            text = p.text[start:end]
            sid = anchor_id("s", text)
            seen[sid] = seen.get(sid, 0) + 1
            if seen[sid] > 1:
                sid = f"{sid}-{seen[sid]}"
            out.append(Sentence(sid, p.index, len(out) + 1, text, start, end))
    return out


class _Phrases:
    """Resolves phrases quoted in notes to the sentences that hold them."""

    def __init__(self, article: Article, sents: list[Sentence], problems: Problems):
        self.article = article
        self.sents = sents
        self.problems = problems
        self._flat = [" ".join(p.text.split()) for p in article.paragraphs]  # notes quote dozens of phrases

    def find(self, phrase: str, loc: Location) -> list[str]:
        want = " ".join(phrase.split())
        for p, flat in zip(self.article.paragraphs, self._flat):
            at = flat.find(want)
            if at < 0:
                continue
            # map flat offsets back to sentences of this paragraph
            ids = []
            for s in (s for s in self.sents if s.paragraph == p.index):
                s_flat_start = len(" ".join(p.text[: s.start].split())) + (1 if s.start else 0)
                s_flat_end = s_flat_start + len(" ".join(s.text.split()))
                if s_flat_start < at + len(want) and at < s_flat_end:
                    ids.append(s.id)
            return ids or [s.id for s in self.sents if s.paragraph == p.index][:1]
        words = {w for s in self.sents for w in re.findall(r"\w+(?:\s+\w+){0,3}", s.text)}
        self.problems.error(loc, f"phrase '{excerpt(phrase)}' is not in the article{did_you_mean(phrase, words)}", "phrase-not-found")
        return []


def _items(seq) -> list[tuple[dict, Location]]:
    return list(zip(seq or [], getattr(seq, "locs", [])))


def _cites(rec: dict, phrases: _Phrases) -> list[str]:
    out: list[str] = []
    for phrase, loc in _items(rec.get("cite")):
        for sid in phrases.find(phrase, loc):
            if sid not in out:
                out.append(sid)
    return out


def _check_entity(eid: str | None, loc: Location, known: dict[str, Entity], problems: Problems) -> bool:
    if eid is None or eid in known:
        return True
    problems.error(loc, f"unknown entity '{eid}'{did_you_mean(eid, known)}: add content/entities/{eid}.yml or fix the id", "unknown-entity")
    return False


def registry_index(registry: dict[str, Entity]) -> mentions.AliasIndex:
    """Every alias of the registry, indexed: made once per build, shared by its stories."""
    return mentions.AliasIndex({a: e.id for e in registry.values() for a in e.aliases})


def build_story(article: Article, registry: dict[str, Entity], problems: Problems,
                use_notes: bool = True, index: mentions.AliasIndex | None = None) -> tuple[Story, list[Entity]]:
    """Extract one story. Returns it and the auto-detected entities it found.
    ``index`` is ``registry_index(registry)``, made once when there are many stories."""
    lang = language(article.meta.language)
    notes = article.notes.raw if use_notes else {}
    sents = split_sentences(article)
    phrases = _Phrases(article, sents, problems)

    # Story-local aliases from the notes.
    if index is None:
        index = registry_index(registry)
    alias_map = dict(index.base)
    local_forms: list[str] = []
    local_aliases = notes.get("aliases") or {}
    for eid, forms in local_aliases.items():
        if _check_entity(eid, local_aliases.locs[eid], registry, problems):
            for form in forms:
                alias_map[form] = eid
                local_forms.append(form)

    # Pass 1: known aliases; the rest of the text is scanned for names.
    first = mentions.match_aliases(sents, alias_map, lang, index)
    masked: dict[str, list[tuple[int, int]]] = {}
    for m in first:
        masked.setdefault(m.sentence, []).append((m.start, m.end))
    ignore = set(notes.get("ignore") or [])
    definitions = acronyms.find_definitions(sents, lang)
    cands = names.find_candidates(sents, masked, lang, ignore, definitions)
    auto = _auto_entities(cands, registry, alias_map, lang, index, local_forms)
    known = dict(registry)
    for e in auto:
        known[e.id] = e
        for a in e.aliases:
            alias_map.setdefault(a, e.id)

    # Pass 2: every alias of every entity, then bare titles ("Presiden").
    found = mentions.match_aliases(sents, alias_map, lang, index)
    found += _title_mentions(sents, found, known, lang)
    position = {s.id: i for i, s in enumerate(sents)}  # a dict: list.index made a 1 MB article quadratic
    found.sort(key=lambda m: (position[m.sentence], m.start))

    # Statements, then speaker overrides from the notes.
    stmts = statements.extract(article.paragraphs, sents, found, known, lang)
    for rec, loc in _items(notes.get("speakers")):
        hit = [st for st in stmts if rec["phrase"] in st.text]
        if not hit:
            ids = phrases.find(rec["phrase"], rec.locs["phrase"])
            if not ids:
                continue
            hit_new = Statement(None, "", "", rec.get("kind", "reported"), _sentence_text(sents, ids), ids, "override")
            stmts.append(hit_new)
            hit = [hit_new]
        speaker = rec.get("speaker")
        if speaker is not None and not _check_entity(speaker, rec.locs["speaker"], known, problems):
            continue
        for st in hit:
            st.speaker = speaker
            st.speaker_text = known[speaker].name if speaker else st.speaker_text
            st.resolved_by = "override"
            if rec.get("kind"):
                st.kind = rec["kind"]
    order = {s.id: i for i, s in enumerate(sents)}
    stmts.sort(key=lambda st: order[st.sentences[0]])

    # Dates, then date overrides.
    times = dates.extract(sents, article.meta.published, lang)
    for rec, loc in _items(notes.get("dates")):
        hit = [t for t in times if rec["phrase"] in t.text or t.text in rec["phrase"]]
        if not hit:
            ids = phrases.find(rec["phrase"], rec.locs["phrase"])
            if not ids:
                continue
            s = next(s for s in sents if s.id == ids[0])
            at = s.text.find(rec["phrase"])
            t = TimeExpression(rec["phrase"], ids[0], None, "unknown", max(at, 0), max(at, 0) + len(rec["phrase"]))
            times.append(t)
            hit = [t]
        value, precision = schema.parse_partial_date(rec["value"])
        for t in hit:
            t.value, t.precision = value, precision
    times.sort(key=lambda t: (order[t.sentence], t.start))
    annotated = set()

    # Curated notes: summary, issues, events, annotations, roles.
    annotations = []
    for rec, loc in _items(notes.get("annotations")):
        ids = phrases.find(rec["phrase"], rec.locs["phrase"])
        if ids:
            annotations.append(Annotation(rec["kind"], rec["phrase"], rec["text"], ids[0], list(rec.get("sources", []))))
            annotated.update(ids)
    summary = [Point(r["text"], _cites(r, phrases), list(r.get("sources", []))) for r, _ in _items(notes.get("summary"))]
    issues = []
    for rec, loc in _items(notes.get("issues")):
        claims = []
        for c, cloc in _items(rec.get("claims")):
            by = c.get("by")
            if by is not None:
                _check_entity(by, c.locs["by"], known, problems)
            cites = _cites(c, phrases)
            if not cites and not c.get("sources"):
                problems.error(cloc, "claim has neither 'cite' (a phrase of the article) nor 'sources': every claim needs provenance",
                               "no-provenance")
            claims.append(Claim(c["text"], by, cites, list(c.get("sources", [])), bool(c.get("highlight"))))
        issues.append(Issue(rec["id"], rec["title"], rec.get("summary", ""), claims))
    _check_unique([(r["id"], r.locs["id"]) for r, _ in _items(notes.get("issues"))], "issue id", problems)
    for rec, loc in _items(notes.get("summary")):
        if not rec.get("cite") and not rec.get("sources"):
            problems.error(loc, "summary point has neither 'cite' (a phrase of the article) nor 'sources': every point needs provenance",
                           "no-provenance")

    background_ids = []
    for eid, loc in _items(notes.get("entities")):
        if _check_entity(eid, loc, known, problems):
            background_ids.append(eid)
    roles = {}
    for eid, role in (notes.get("roles") or {}).items():
        if _check_entity(eid, notes["roles"].locs[eid], known, problems):
            roles[eid] = role

    timeline = _timeline(times, sents, notes, known, problems, article.meta.published)

    for t in times:
        if t.weekday_ok is False and t.sentence not in annotated:
            s = next(s for s in sents if s.id == t.sentence)
            p = article.paragraphs[s.paragraph - 1]
            problems.warning(Location(article.path, p.line, 1),
                             f"'{t.text}': {t.value} is a {dates.weekday_name(t.value)}, not {t.weekday} (sentence {s.index}: \"{_short(s.text)}\"); add an annotation to confirm", "weekday-mismatch")

    # The entities of this story, in order of first mention, then background ones.
    used: list[str] = []
    for m in found:
        if m.entity not in used:
            used.append(m.entity)
    extra = background_ids + [st.speaker for st in stmts if st.speaker] + [c.by for i in issues for c in i.claims if c.by]
    for e in timeline:
        extra.extend(e.entities)
    for eid in extra:
        if eid in known and eid not in used:
            used.append(eid)
    story_entities = [known[eid] for eid in used]
    auto_used = [e for e in auto if e.id in used]
    story = Story(
        meta=article.meta, paragraphs=article.paragraphs, sentences=sents, entities=story_entities,
        mentions=found, statements=stmts, time_expressions=times, timeline=timeline, issues=issues,
        summary=summary, annotations=annotations, roles=roles, source_path=article.path,
        notes_path=article.notes.path if use_notes else "",
    )
    return story, auto_used


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _sentence_text(sents: list[Sentence], ids: list[str]) -> str:
    return " ".join(s.text for s in sents if s.id in ids)


def _check_unique(pairs, what: str, problems: Problems) -> None:
    seen: dict[str, Location] = {}
    for value, loc in pairs:
        if value in seen:
            problems.error(loc, f"{what} '{value}' is used twice (first at line {seen[value].line})", "duplicate-id")
        seen.setdefault(value, loc)


def _timeline(times, sents, notes, known, problems, published) -> list[Event]:
    events: list[Event] = []
    by_id = {s.id: s for s in sents}
    for t in times:
        if not t.value or t.precision in ("unknown", "invalid"):
            continue
        date = t.value[:10] if t.precision == "minute" else t.value
        precision = "day" if t.precision == "minute" else t.precision
        if precision == "decade":
            date = t.value.split("/")[0][:4]
        events.append(Event(date=date, precision=precision, title=by_id[t.sentence].text, origin="article",
                            end=t.end_value, sentences=[t.sentence], weekday=t.weekday,
                            weekday_ok=t.weekday_ok, text=t.text))
    for rec, loc in _items(notes.get("events")):
        value, precision = schema.parse_partial_date(rec["date"])
        ents = []
        for eid, eloc in _items(rec.get("entities")):
            if _check_entity(eid, eloc, known, problems):
                ents.append(eid)
        events.append(Event(date=value, precision=precision, title=rec["title"], origin="background",
                            summary=rec.get("summary", ""), end=rec.get("end"),
                            sources=list(rec.get("sources", [])), entities=ents))
    events.sort(key=lambda e: (e.date, e.origin != "background"))
    return events


def _auto_entities(cands, registry, alias_map, lang, index: mentions.AliasIndex, local_forms: list[str]) -> list[Entity]:
    """Group the capitalised candidates into entities (``text.grouping``),
    guess each one's kind (``text.kinds``), and mark it not curated.

    A short form of a curated person ("Kirby" for "John Kirby") and a name
    equal to a curated entity's id become story aliases of that entity
    instead (added to ``alias_map``)."""
    fresh = [c for c in cands if c.text not in alias_map]

    def curated_people(word: str) -> set[str]:
        """The curated people with a name of several words that starts or ends with ``word``
        (the registry's names, looked up in the index, and this story's own)."""
        names = index.by_end.get(word, []) + [a for a in local_forms if word in (mentions.name_ends(a) or ())]
        return {alias_map[a] for a in names if alias_map[a] in registry and registry[alias_map[a]].kind == "person"}

    out = []
    taken = set(registry) | schema.RESERVED_ENTITY_IDS  # a detected name "Index" must not take the entity list's address
    groups = grouping.group_candidates(fresh, lang)
    for group, kind in zip(groups, kinds.guess_kinds(groups, lang)):
        people = curated_people(group.name) if len(group.forms) == 1 else set()
        if len(people) == 1:
            alias_map.setdefault(group.name, next(iter(people)))
            continue
        eid = mentions.slugify(group.name)
        if eid in registry:
            for form in group.forms:
                alias_map.setdefault(form, eid)
            continue
        base, n = eid, 2
        while eid in taken:
            eid, n = f"{base}-{n}", n + 1
        taken.add(eid)
        out.append(Entity(id=eid, name=group.name, kind=kind, aliases=list(group.forms), curated=False))
    return out


WORD = re.compile(r"\w+")
TITLE_REACH = 200  # characters looked at around a title


def _title_mentions(sents, found: list[Mention], known: dict[str, Entity], lang) -> list[Mention]:
    """A bare title ("Presiden diperkirakan tiba") refers back to the last
    person introduced with that title ("Presiden Rusia Vladimir Putin")."""
    out = []
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in found:
        spans.setdefault(m.sentence, []).append((m.start, m.end))
    titled: dict[str, str] = {}
    by_sentence: dict[str, list[Mention]] = {}
    for m in found:
        by_sentence.setdefault(m.sentence, []).append(m)
    for s in sents:
        for m in sorted(by_sentence.get(s.id, []), key=lambda m: m.start):
            e = known.get(m.entity)
            if e is None or e.kind != "person":
                continue
            before = s.text[max(0, m.start - TITLE_REACH): m.start].split()
            # walk back over capitalised words to the title that opens the run
            k = len(before) - 1
            while k >= 0 and before[k][:1].isupper():
                if before[k].lower() in lang.titles:
                    titled[before[k]] = m.entity
                k -= 1
        inside = {pos for a, b in spans.get(s.id, []) for pos in range(a, b)}
        for word in WORD.finditer(s.text):
            w = word.group(0)
            if w not in titled or word.start() in inside:
                continue
            after = s.text[word.end():word.end() + TITLE_REACH].lstrip()
            if after[:1].isupper():
                continue  # "Presiden Joko Widodo": a title of someone else
            out.append(Mention(titled[w], s.id, w, word.start(), word.end(), via="title"))
    return out
