"""What is left to curate: names with no note, statements with no speaker,
dates with no value, sentences that no generated page cites."""

from __future__ import annotations

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


def coverage_report(site: Site, verbose: bool = True) -> list[str]:
    lines = []
    for story in site.stories:
        path = story.source_path
        line_of = {p.index: p.line for p in story.paragraphs}
        sent = {s.id: s for s in story.sentences}
        autos = [e for st, e in site.suggestions if st is story]
        for e in autos:
            first = next((m for m in story.mentions if m.entity == e.id), None)
            where = f"{path}:{line_of[sent[first.sentence].paragraph]}:1" if first else path
            lines.append(f"{where}: suggestion: '{e.name}' ({e.kind}) has no entity note: add content/entities/{e.id}.yml or list it under 'ignore'")
        for st in story.statements:
            if st.speaker is None:
                s = sent[st.sentences[0]]
                lines.append(f"{path}:{line_of[s.paragraph]}:1: suggestion: statement in sentence {s.index} has no resolved speaker: add it under 'speakers' in notes.yml")
        for t in story.time_expressions:
            if not t.value:
                s = sent[t.sentence]
                lines.append(f"{path}:{line_of[s.paragraph]}:1: suggestion: '{t.text}' (sentence {s.index}) could not be normalised: add it under 'dates' in notes.yml")
        for s in uncited_sentences(story):
            lines.append(f"{path}:{line_of[s.paragraph]}:1: suggestion: sentence {s.index} is cited by no page: \"{s.text[:60]}\"")
    return lines
