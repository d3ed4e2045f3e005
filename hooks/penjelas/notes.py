"""notes.yml resolved against the extracted story: phrases to sentences,
speaker and date overrides, issues and claims, background events,
annotations, roles and background entities.

Problems that only show once the article is read (a phrase that is not in
the article, an unknown entity id) are reported here, each at the place of
the note at fault. Nothing extracted is changed in place: an override makes
a new statement or time expression.
"""

from __future__ import annotations

import dataclasses

from .errors import Location, Problems, did_you_mean, excerpt
from .extract import Extraction, extract, registry_index
from .model import (Annotation, Article, Claim, Entity, Event, Issue, Notes, Point, Ref, Sentence, Statement, Story,
                    TimeExpression)
from .reading import schema
from .text import dates, matching


def build_story(article: Article, registry: dict[str, Entity], problems: Problems,
                use_notes: bool = True, index=None) -> tuple[Story, list[Entity]]:
    """Extract one story and apply its notes. Returns the story and the
    auto-detected entities it uses. ``index`` is ``registry_index(registry)``,
    made once when there are many stories."""
    notes = article.notes if use_notes else Notes()
    local = {eid: forms for eid, forms in notes.aliases.items()
             if _check_entity(eid, notes.alias_locs.get(eid, Location(notes.path, 1, 1)), registry, problems)}
    ex = extract(article, registry, index if index is not None else registry_index(registry), local, set(notes.ignore))
    return resolve(article, ex, notes, problems)


class _Phrases:
    """Resolves phrases quoted in notes to the sentences that hold them."""

    def __init__(self, article: Article, sents: list[Sentence], problems: Problems):
        self.article = article
        self.sents = sents
        self.problems = problems
        self._flat = [" ".join(p.text.split()) for p in article.paragraphs]  # notes quote dozens of phrases
        self._by_paragraph: dict[int, list[Sentence]] = {}
        for s in sents:
            self._by_paragraph.setdefault(s.paragraph, []).append(s)

    def find(self, ref: Ref) -> list[str]:
        """The sentences that hold the phrase's first occurrence. A phrase
        held by several sentences is used at its first, with a warning; one
        not in the article is an error with a hint (``text.matching``)."""
        want = " ".join(ref.value.split())
        hits: list[list[str]] = []
        for p, flat in zip(self.article.paragraphs, self._flat):
            at = flat.find(want) if want else -1
            while at >= 0 and len(hits) < 50:
                hits.append(self._sentences_at(p, at, len(want)))
                at = flat.find(want, at + 1)
        if not hits:
            hint = matching.explain_miss(ref.value, self.article, self.sents)
            self.problems.error(ref.loc, f"phrase '{excerpt(ref.value)}' is not in the article{hint}", "phrase-not-found")
            return []
        distinct = list(dict.fromkeys(sid for ids in hits for sid in ids[:1]))
        if len(distinct) > 1:
            numbers = ", ".join(str(self._index(sid)) for sid in distinct[:6]) + ("…" if len(distinct) > 6 else "")
            self.problems.warning(ref.loc, f"phrase '{excerpt(ref.value)}' is in {len(distinct)} sentences ({numbers}); the first is "
                                           "used: quote a few more words of the sentence you mean to make it unique", "ambiguous-phrase")
        return hits[0]

    def _index(self, sid: str) -> int:
        return next(s.index for s in self.sents if s.id == sid)

    def _sentences_at(self, p, at: int, length: int) -> list[str]:
        """The sentences of paragraph ``p`` that the flattened span [at, at+length) touches."""
        ids = []
        for s in self._by_paragraph.get(p.index, []):
            s_flat_start = len(" ".join(p.text[: s.start].split())) + (1 if s.start else 0)
            s_flat_end = s_flat_start + len(" ".join(s.text.split()))
            if s_flat_start < at + length and at < s_flat_end:
                ids.append(s.id)
        return ids or [s.id for s in self._by_paragraph.get(p.index, [])][:1]

    def cites(self, refs: list[Ref]) -> list[str]:
        out: list[str] = []
        for ref in refs:
            for sid in self.find(ref):
                if sid not in out:
                    out.append(sid)
        return out


def _check_entity(eid: str | None, loc: Location, known: dict[str, Entity], problems: Problems) -> bool:
    if eid is None or eid in known:
        return True
    problems.error(loc, f"unknown entity '{eid}'{did_you_mean(eid, known)}: add content/entities/{eid}.yml or fix the id", "unknown-entity")
    return False


def _known(ref: Ref | None, known: dict[str, Entity], problems: Problems) -> str | None:
    """The entity id of ``ref`` when it is known (an unknown one is reported)."""
    if ref is None:
        return None
    return ref.value if _check_entity(ref.value, ref.loc, known, problems) else None


def _check_unique(refs: list[Ref], what: str, problems: Problems) -> None:
    seen: dict[str, Location] = {}
    for ref in refs:
        if ref.value in seen:
            problems.error(ref.loc, f"{what} '{ref.value}' is used twice (first at line {seen[ref.value].line})", "duplicate-id")
        seen.setdefault(ref.value, ref.loc)


def resolve(article: Article, ex: Extraction, notes: Notes, problems: Problems) -> tuple[Story, list[Entity]]:
    """The story: what was extracted, with the notes applied."""
    sents, known = ex.sentences, ex.known
    phrases = _Phrases(article, sents, problems)
    stmts = _speakers(ex, notes, phrases, problems)
    times = _dates(ex, notes, phrases)

    annotations = []
    annotated: set[str] = set()
    for note in notes.annotations:
        ids = phrases.find(note.phrase)
        if ids:
            annotations.append(Annotation(note.kind, note.phrase.value, note.text, ids[0], list(note.sources)))
            annotated.update(ids)

    summary = []
    for note in notes.summary:
        summary.append(Point(note.text, phrases.cites(note.cites), list(note.sources)))
        if not note.has_cite and not note.sources:
            problems.error(note.loc, "summary point has neither 'cite' (a phrase of the article) nor 'sources': every point needs provenance",
                           "no-provenance")
    issues = []
    for issue in notes.issues:
        claims = []
        for c in issue.claims:
            by = c.by.value if c.by is not None else None
            if c.by is not None:
                _check_entity(by, c.by.loc, known, problems)
            if not c.has_cite and not c.sources:
                problems.error(c.loc, "claim has neither 'cite' (a phrase of the article) nor 'sources': every claim needs provenance",
                               "no-provenance")
            claims.append(Claim(c.text, by, phrases.cites(c.cites), list(c.sources), c.highlight))
        issues.append(Issue(issue.id.value, issue.title, issue.summary, claims))
    _check_unique([i.id for i in notes.issues], "issue id", problems)

    background_ids = [ref.value for ref in notes.entities if _check_entity(ref.value, ref.loc, known, problems)]
    roles = {eid: role for eid, role in notes.roles.items()
             if _check_entity(eid, notes.role_locs.get(eid, Location(notes.path, 1, 1)), known, problems)}
    timeline = _timeline(times, sents, notes, known, problems)
    _weekday_warnings(article, times, sents, annotated, problems)

    # The entities of this story, in order of first mention, then background ones.
    used = list(dict.fromkeys(m.entity for m in ex.mentions))
    extra = background_ids + [st.speaker for st in stmts if st.speaker] + [c.by for i in issues for c in i.claims if c.by]
    for e in timeline:
        extra.extend(e.entities)
    for eid in extra:
        if eid in known and eid not in used:
            used.append(eid)
    story = Story(
        meta=article.meta, paragraphs=article.paragraphs, sentences=sents, entities=[known[eid] for eid in used],
        mentions=ex.mentions, statements=stmts, time_expressions=times, timeline=timeline, issues=issues,
        summary=summary, annotations=annotations, roles=roles, source_path=article.path, notes_path=notes.path,
    )
    return story, [e for e in ex.auto if e.id in used]


def _speakers(ex: Extraction, notes: Notes, phrases: _Phrases, problems: Problems) -> list[Statement]:
    """The statements with the notes' speaker overrides applied; an override
    whose phrase is in no statement makes a statement of its sentence."""
    stmts = list(ex.statements)
    for note in notes.speakers:
        hit = [k for k, st in enumerate(stmts) if note.phrase.value in st.text]
        if not hit:
            ids = phrases.find(note.phrase)
            if not ids:
                continue
            text = " ".join(s.text for s in ex.sentences if s.id in ids)
            stmts.append(Statement(None, "", "", note.kind or "reported", text, ids, "override"))
            hit = [len(stmts) - 1]
        speaker = note.speaker.value if note.speaker else None
        if note.speaker is not None and not _check_entity(speaker, note.speaker.loc, ex.known, problems):
            continue
        for k in hit:
            st = stmts[k]
            stmts[k] = dataclasses.replace(st, speaker=speaker, speaker_text=ex.known[speaker].name if speaker else st.speaker_text,
                                           resolved_by="override", kind=note.kind or st.kind)
    stmts.sort(key=lambda st: ex.position[st.sentences[0]])
    return stmts


def _dates(ex: Extraction, notes: Notes, phrases: _Phrases) -> list[TimeExpression]:
    """The time expressions with the notes' values applied; a phrase that is
    no time expression becomes one."""
    times = list(ex.times)
    for note in notes.dates:
        phrase = note.phrase.value
        hit = [k for k, t in enumerate(times) if phrase in t.text or t.text in phrase]
        if not hit:
            ids = phrases.find(note.phrase)
            if not ids:
                continue
            s = next(s for s in ex.sentences if s.id == ids[0])
            at = max(s.text.find(phrase), 0)
            times.append(TimeExpression(phrase, ids[0], None, "unknown", at, at + len(phrase), rule="editor"))
            hit = [len(times) - 1]
        value, precision = schema.parse_partial_date(note.value)
        for k in hit:
            times[k] = dataclasses.replace(times[k], value=value, precision=precision, rule="editor")
    times.sort(key=lambda t: (ex.position[t.sentence], t.start))
    return times


def _weekday_warnings(article: Article, times, sents, annotated: set[str], problems: Problems) -> None:
    for t in times:
        if t.weekday_ok is False and t.sentence not in annotated:
            s = next(s for s in sents if s.id == t.sentence)
            p = article.paragraphs[s.paragraph - 1]
            problems.warning(Location(article.path, p.line, 1),
                             f"'{t.text}': {t.value} is a {dates.weekday_name(t.value)}, not {t.weekday} (sentence {s.index}: "
                             f"\"{_short(s.text)}\"); add an annotation to confirm", "weekday-mismatch")


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _timeline(times, sents, notes: Notes, known, problems: Problems) -> list[Event]:
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
    for note in notes.events:
        value, precision = schema.parse_partial_date(note.date)
        ents = [ref.value for ref in note.entities if _check_entity(ref.value, ref.loc, known, problems)]
        events.append(Event(date=value, precision=precision, title=note.title, origin="background",
                            summary=note.summary, end=note.end, sources=list(note.sources), entities=ents))
    events.sort(key=lambda e: (e.date, e.origin != "background"))
    return events

