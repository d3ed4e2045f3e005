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
import datetime as dt
import re

from .errors import Location, Problems, did_you_mean, excerpt
from .extract import Extraction, extract, registry_index
from .model import (Annotation, Article, Claim, Entity, Event, Issue, Notes, Point, Ref, Sentence, Statement, Story,
                    TimeExpression)
from .reading import schema
from .text import dates, matching, mentions
from .text.lang import language


def build_story(article: Article, registry: dict[str, Entity], problems: Problems,
                use_notes: bool = True, index=None) -> tuple[Story, list[Entity]]:
    """Extract one story and apply its notes. Returns the story and the
    auto-detected entities it uses. ``index`` is ``registry_index(registry)``,
    made once when there are many stories."""
    notes = article.notes if use_notes else Notes()
    local = {eid: forms for eid, forms in notes.aliases.items()
             if _check_entity(eid, notes.alias_locs.get(eid, Location(notes.path, 1, 1)), registry, problems)}
    _check_demonyms(local, notes, language(article.meta.language), problems)
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


def _check_demonyms(local: dict[str, list[str]], notes: Notes, lang, problems: Problems) -> None:
    """A story alias that is only a demonym ("Japanese") is never matched
    (``mentions.is_demonym``): say so, rather than leave it without effect."""
    for eid, forms in local.items():
        for form in forms:
            if mentions.is_demonym(form, lang):
                problems.warning(notes.alias_locs.get(eid, Location(notes.path, 1, 1)),
                                 f"aliases.{eid}: '{excerpt(form)}' is a demonym, a word that qualifies a noun "
                                 f"('{form} officials'), not a name: it is never linked as a mention of '{eid}'; remove it",
                                 "demonym-alias")


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
    numbers: dict[str, int] = {}
    for note in notes.annotations:
        ids = phrases.find(note.phrase)
        if ids:
            numbers[ids[0]] = numbers.get(ids[0], 0) + 1
            fix = note.fix
            if fix and fix.speaker and not _check_entity(fix.speaker, note.fix_speaker.loc, known, problems):
                fix = dataclasses.replace(fix, speaker="")
            annotations.append(Annotation(note.kind, note.phrase.value, note.text, ids[0], list(note.sources), fix, numbers[ids[0]]))
            annotated.update(ids)
    roles = {eid: role for eid, role in notes.roles.items()
             if _check_entity(eid, notes.role_locs.get(eid, Location(notes.path, 1, 1)), known, problems)}
    stmts, times = _apply_fixes(ex, annotations, stmts, times, roles)

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
            claim = Claim(c.text, by, phrases.cites(c.cites), list(c.sources), c.highlight)
            _check_attribution(claim, c, stmts, known, ex, problems)
            claims.append(claim)
        issues.append(Issue(issue.id.value, issue.title, issue.summary, claims))
    _check_unique([i.id for i in notes.issues], "issue id", problems)

    background_ids = [ref.value for ref in notes.entities if _check_entity(ref.value, ref.loc, known, problems)]
    timeline = _timeline(times, sents, notes, known, problems, phrases, ex)
    key_facts = _key_facts(notes, known, problems, phrases)
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
        key_facts=key_facts, updated=notes.updated, held_entities=[e for e in ex.held_entities if e.id not in used],
        held_mentions=ex.held_mentions, held_statements=ex.held_statements,
    )
    return story, [e for e in ex.auto if e.id in used]


def _apply_fixes(ex: Extraction, annotations: list[Annotation], stmts: list[Statement], times: list[TimeExpression],
                 roles: dict[str, str]) -> tuple[list[Statement], list[TimeExpression]]:
    """What each correction sets right, in the data derived from its
    sentence: the date of the time expression its phrase holds, the speaker
    and kind of the sentence's statements, the title of the person its phrase
    names (their role in this story). New objects replace the extracted ones."""
    by_id = {s.id: s for s in ex.sentences}
    for a in annotations:
        fix = a.fix
        if fix is None:
            continue
        sentence = by_id[a.sentence]
        at = sentence.text.find(a.phrase)
        lo, hi = (at, at + len(a.phrase)) if at >= 0 else (0, len(sentence.text))
        if fix.date:
            value, precision = schema.parse_partial_date(fix.date)
            hit = [k for k, t in enumerate(times) if t.sentence == a.sentence and t.start < hi and lo < t.end]
            if not hit:
                times.append(TimeExpression(a.phrase, a.sentence, None, "unknown", max(lo, 0), hi, rule="editor"))
                hit = [len(times) - 1]
            for k in hit:
                times[k] = dataclasses.replace(times[k], value=value, precision=precision, end_value=fix.end or None,
                                               weekday_ok=None, rule="editor")
        named = [m.entity for m in ex.mentions if m.sentence == a.sentence and m.start < hi and lo < m.end
                 and ex.known.get(m.entity) is not None and ex.known[m.entity].kind == "person"]
        if fix.title and named:
            roles[named[0]] = fix.title
        for k, st in enumerate(stmts):
            if a.sentence not in st.sentences:
                continue
            changes: dict = {}
            if fix.speaker:
                changes.update(speaker=fix.speaker, speaker_text=ex.known[fix.speaker].name, resolved_by="override")
            if fix.kind:
                changes["kind"] = fix.kind
            if fix.title and named and (changes.get("speaker") or st.speaker) == named[0]:
                changes["speaker_text"] = f"{fix.title} {ex.known[named[0]].name}"
            if changes:
                stmts[k] = dataclasses.replace(st, **changes)
    times.sort(key=lambda t: (ex.position[t.sentence], t.start))
    return stmts, times


def _check_attribution(claim: Claim, note, stmts: list[Statement], known: dict[str, Entity], ex: Extraction,
                       problems: Problems) -> None:
    """A claim credited to X must cite a sentence in which X speaks, or give a source."""
    if claim.by is None or not claim.sentences or claim.sources or claim.by not in known:
        return
    speakers = [st.speaker for st in stmts if set(st.sentences) & set(claim.sentences) and st.speaker]
    if claim.by in speakers:
        return
    names = list(dict.fromkeys(known[s].name for s in speakers if s in known))
    whose = " and ".join(f"{n}'s" for n in names) if names else "the article's own (no one speaks in it)"
    index = {s.id: s.index for s in ex.sentences}
    where = ", ".join(str(index[sid]) for sid in claim.sentences)
    problems.warning(note.by.loc, f"claim attributed to {known[claim.by].name}, but the cited sentence ({where}) is {whose}: "
                                  "cite a sentence in which they speak, give a source, or leave 'by' out", "attribution")


def _key_facts(notes: Notes, known: dict[str, Entity], problems: Problems, phrases: "_Phrases") -> dict:
    """The overview's key facts that the editor sets (who, where: entity ids;
    when: dated events), each replacing the line made from the article."""
    given = notes.key_facts
    out: dict = {}
    if "who" in given.given:
        out["who"] = [r.value for r in given.who if _check_entity(r.value, r.loc, known, problems)]
    if "where" in given.given:
        out["where"] = [r.value for r in given.where if _check_entity(r.value, r.loc, known, problems)]
    if "when" in given.given:
        out["when"] = []
        for note in given.when:
            value, precision = schema.parse_partial_date(note.date)
            out["when"].append(Event(date=value, precision=precision, title=note.title, origin="background",
                                     end=note.end, sources=list(note.sources), sentences=phrases.cites(note.cites)))
    return out


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
    """A weekday the date does not fall on. Without a year in the text, the
    year is publication's: the usual fix is then ``published`` (a scaffolded
    story dated today, say); else the article names the wrong day, which an
    annotation says. Day names are the article's language."""
    names = language(article.meta.language).weekdays
    for t in times:
        if t.weekday_ok is False and t.sentence not in annotated:
            s = next(s for s in sents if s.id == t.sentence)
            paragraph = article.paragraphs[s.paragraph - 1]
            before = paragraph.text[: s.start + t.start]  # rare: no need for report.position's line index
            line, col = paragraph.line + before.count("\n"), len(before) - before.rfind("\n")
            index = dt.date.fromisoformat(t.value[:10]).weekday()
            real = next(name for name, i in names.items() if i == index).capitalize()
            what = f"'{t.text}': {t.value} is a {real}, not {t.weekday} (sentence {s.index})"
            if not _YEAR_WRITTEN.search(t.text):
                fix = (f"the year comes from `published` ({article.meta.published}): if that is not the publication date, "
                       "correct it in the front matter of article.md; if it is, the article names the wrong day: "
                       "add an annotation (kind: correction) on the phrase")
            else:
                fix = "the article names the wrong day or date: add an annotation (kind: correction) on the phrase to say which"
            problems.warning(Location(article.path, line, col), f"{what}: {fix}", "weekday-mismatch")


_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|'\d{2}\b")


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


CLAUSE_MARKS = re.compile(r"[,;:()“”\"]")
HEADLINE_MAX = 140  # characters of an article date's headline


def _clause(text: str, start: int, end: int) -> str:
    """The clause of a sentence that a time expression dates: from the
    punctuation before it to the punctuation after it; the whole sentence
    when that clause holds little more than the date."""
    before = [m.end() for m in CLAUSE_MARKS.finditer(text, 0, start)]
    after = CLAUSE_MARKS.search(text, end)
    lo, hi = (before[-1] if before else 0), (after.start() if after else len(text))
    clause = text[lo:hi].strip(" .")
    if len((clause[: start - lo] + clause[end - lo:]).split()) < 3:
        clause = text.strip()
    clause = " ".join(clause.split())
    if len(clause) > HEADLINE_MAX:
        clause = clause[: HEADLINE_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return clause[:1].upper() + clause[1:]


def _timeline(times, sents, notes: Notes, known, problems: Problems, phrases: "_Phrases", ex: Extraction) -> list[Event]:
    """One entry per date: the article's dates (a date named in several
    sentences is one card, with each sentence), and the background events of
    the notes; a background event that the article tells of too (by the
    note's ``cite``, or by the same day and an entity of the event named in
    the sentence) takes the article's card into it."""
    by_id = {s.id: s for s in sents}
    cards: dict[tuple, Event] = {}
    for t in times:
        if not t.value or t.precision in ("unknown", "invalid"):
            continue
        date = t.value[:10] if t.precision == "minute" else t.value
        precision = "day" if t.precision == "minute" else t.precision
        if precision == "decade":
            date = t.value.split("/")[0][:4]
        end = t.end_value
        if t.within:  # "later this month": placed and related to publication as the days it means
            (date, end), precision = t.within, "day"
        key = (date, end, precision)
        card = cards.get(key)
        if card is None:
            cards[key] = Event(date=date, precision=precision, title=_clause(by_id[t.sentence].text, t.start, t.end), origin="article",
                               end=end, sentences=[t.sentence], weekday=t.weekday, weekday_ok=t.weekday_ok, text=t.text,
                               texts=[t.text])
            continue
        if t.sentence not in card.sentences:
            card.sentences.append(t.sentence)
        if t.text not in card.texts:
            card.texts.append(t.text)
        if t.weekday_ok is False:
            card.weekday_ok, card.weekday = False, t.weekday
    mentioned: dict[str, set[str]] = {}
    for m in ex.mentions:
        mentioned.setdefault(m.sentence, set()).add(m.entity)
    events = list(cards.values())
    for note in notes.events:
        value, precision = schema.parse_partial_date(note.date)
        ents = [ref.value for ref in note.entities if _check_entity(ref.value, ref.loc, known, problems)]
        cited = phrases.cites(note.cites)
        event = Event(date=value, precision=precision, title=note.title, origin="background", summary=note.summary, end=note.end,
                      sources=list(note.sources), entities=ents, sentences=list(cited))
        for card in [c for c in events if c.origin == "article"]:
            named = set().union(*(mentioned.get(sid, set()) for sid in card.sentences))
            same = bool(set(card.sentences) & set(cited)) if cited else (
                card.precision == "day" and precision == "day" and card.date == value and ents and set(ents) <= named)
            if same:
                event.sentences += [sid for sid in card.sentences if sid not in event.sentences]
                event.texts += [x for x in card.texts if x not in event.texts]
                event.weekday, event.weekday_ok = card.weekday, card.weekday_ok
                events.remove(card)
        events.append(event)
    events.sort(key=lambda e: (e.date, e.origin != "background"))
    return events
