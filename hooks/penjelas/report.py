"""What is left to curate: names with no note, statements with no speaker,
dates with no value, sentences that no generated page cites.

Each line points at the exact line and column of article.md, in the same
``path:line:col: level: message`` format as the problems, so that editors can
jump to it; the level is ``suggestion``: none of this stops a build.
"""

from __future__ import annotations

import bisect
import functools

from .site import Site


def uncited_sentences(story) -> list:
    cited = set()
    for m in story.mentions:
        cited.add(m.sentence)
    for st in story.statements:
        cited.update(st.sentences)
    for t in story.time_expressions:
        cited.add(t.sentence)
    for i in story.issues:
        for c in i.claims:
            cited.update(c.sentences)
    for p in story.summary:
        cited.update(p.sentences)
    for a in story.annotations:
        cited.add(a.sentence)
    return [s for s in story.sentences if s.id not in cited]


def position(story, sentence, offset: int = 0) -> tuple[int, int]:
    """1-based (line, column) in article.md of ``offset`` in ``sentence``."""
    paragraph = story.paragraphs[sentence.paragraph - 1]
    at = sentence.start + offset
    # Line breaks looked up, not counted again from the paragraph's start:
    # a paragraph of a megabyte is asked for thousands of positions.
    breaks = _line_breaks(paragraph.text)
    k = bisect.bisect_left(breaks, at)
    return paragraph.line + k, at - (breaks[k - 1] + 1 if k else 0) + 1


@functools.lru_cache(maxsize=64)
def _line_breaks(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c == "\n"]


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def coverage_report(site: Site) -> list[str]:
    lines = []
    for story in site.stories:
        path = story.source_path
        sent = {s.id: s for s in story.sentences}

        def where(sid: str, offset: int = 0) -> str:
            line, col = position(story, sent[sid], offset)
            return f"{path}:{line}:{col}"

        autos = []
        for st, e in site.suggestions:
            if st is not story:
                continue
            mentions = [m for m in story.mentions if m.entity == e.id]
            first = mentions[0] if mentions else None
            key = position(story, sent[first.sentence], first.start) if first else (0, 0)
            place = where(first.sentence, first.start) if first else f"{path}:1:1"
            times = f", {len(mentions)} mentions" if len(mentions) > 1 else ""
            autos.append((key, f"{place}: suggestion: '{e.name}' ({e.kind}{times}) has no entity note: "
                               f"add content/entities/{e.id}.yml or list it under 'ignore' in notes.yml"))
        held: dict[str, list] = {}
        for m in story.held_mentions:  # grouped once: a long article holds back thousands
            held.setdefault(m.entity, []).append(m)
        for e in story.held_entities:
            mentions = held.get(e.id, [])
            first = mentions[0] if mentions else None
            key = position(story, sent[first.sentence], first.start) if first else (0, 0)
            place = where(first.sentence, first.start) if first else f"{path}:1:1"
            times = f", {len(mentions)} mentions" if len(mentions) > 1 else ""
            autos.append((key, f"{place}: suggestion: '{e.name}' ({e.kind}{times}, confidence {e.confidence:.2f}) is held back "
                               f"from readers: add content/entities/{e.id}.yml to show it, or list it under 'ignore' in notes.yml"))
        lines.extend(text for _, text in sorted(autos, key=lambda pair: pair[0]))
        for st in story.held_statements:
            s = sent[st.sentences[0]]
            at = max(s.text.find(st.text[:40]), 0) if st.text else 0
            who = f"'{st.speaker_text}'" if st.speaker_text else "no resolved speaker"
            lines.append(f"{where(s.id, at)}: suggestion: statement in sentence {s.index} (\"{_short(st.text, 40)}\", {who}, "
                         f"confidence {st.confidence:.2f}) is held back from readers: confirm its speaker under 'speakers' in notes.yml")
        for st in story.statements:
            if st.speaker is None:
                s = sent[st.sentences[0]]
                at = max(s.text.find(st.text[:40]), 0) if st.text else 0
                lines.append(f"{where(s.id, at)}: suggestion: statement in sentence {s.index} has no resolved speaker "
                             f"(\"{_short(st.text, 40)}\"): add it under 'speakers' in notes.yml")
        for t in story.time_expressions:
            if not t.value:
                s = sent[t.sentence]
                lines.append(f"{where(s.id, t.start)}: suggestion: '{t.text}' (sentence {s.index}) could not be normalised: add it under 'dates' in notes.yml")
        for s in uncited_sentences(story):
            lines.append(f"{where(s.id)}: suggestion: sentence {s.index} is cited by no page: \"{_short(s.text)}\"")
    return lines
