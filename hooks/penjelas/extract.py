"""Extraction only: from one article's text (and the shared entity notes)
to its sentences, mentions, statements and time expressions.

Nothing here reads notes.yml but the two things that steer extraction
itself: story-local aliases and names to ignore. Everything else in the
notes is resolved against the result by ``notes.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Article, Entity, Mention, Meta, Sentence, Statement, TimeExpression
from .reading import schema
from .reading.sources import anchor_id, split_paragraphs
from .text import acronyms, confidence, gazetteer, dates, grouping, kinds, mentions, names, sentences as sentence_split, statements
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


def registry_index(registry: dict[str, Entity]) -> mentions.AliasIndex:
    """Every alias of the registry, indexed: made once per build, shared by its stories."""
    return mentions.AliasIndex({a: e.id for e in registry.values() for a in e.aliases})


@dataclass
class Extraction:
    """What the text of one article says, before any note is applied."""

    sentences: list[Sentence]
    mentions: list[Mention]  # in text order
    statements: list[Statement]  # in text order
    times: list[TimeExpression]  # in text order
    auto: list[Entity]  # entities detected in this article (not curated)
    known: dict[str, Entity]  # the registry and the detected entities
    position: dict[str, int] = field(default_factory=dict)  # sentence id -> its index
    # Found but below text.confidence.SHOWN: suggestions for the editor, not shown to readers.
    held_entities: list[Entity] = field(default_factory=list)
    held_mentions: list[Mention] = field(default_factory=list)
    held_statements: list[Statement] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.position = {s.id: i for i, s in enumerate(self.sentences)}


def extract(article: Article, registry: dict[str, Entity], index: mentions.AliasIndex | None = None,
            local_aliases: dict[str, list[str]] | None = None, ignore: set[str] | frozenset[str] = frozenset()) -> Extraction:
    """Extract one article. ``index`` is ``registry_index(registry)``, made once
    when there are many stories; ``local_aliases`` (entity id -> forms) are
    the story's own surface forms, already checked; ``ignore`` are
    capitalised words that are not names."""
    lang = language(article.meta.language)
    sents = split_sentences(article)
    if index is None:
        index = registry_index(registry)
    alias_map = dict(index.base)
    local_forms: list[str] = []
    for eid, forms in (local_aliases or {}).items():
        for form in forms:
            alias_map[form] = eid
            local_forms.append(form)

    # Pass 1: known aliases; the rest of the text is scanned for names.
    first = _not_cutting(mentions.match_aliases(sents, alias_map, lang, index), sents, lang)
    masked: dict[str, list[tuple[int, int]]] = {}
    for m in first:
        masked.setdefault(m.sentence, []).append((m.start, m.end))
    definitions = acronyms.find_definitions(sents, lang)
    cands = names.find_candidates(sents, masked, lang, set(ignore), definitions)
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

    _entity_confidence(auto, found)
    stmts = statements.extract(article.paragraphs, sents, found, known, lang)
    stmts.sort(key=lambda st: position[st.sentences[0]])
    times = dates.extract(sents, article.meta.published, lang)
    times.sort(key=lambda t: (position[t.sentence], t.start))
    held = _readers_view(auto, stmts, known)
    ex = Extraction(sents, [m for m in found if m.entity not in held], [st for st in stmts if st.confidence >= confidence.SHOWN],
                    times, [e for e in auto if e.id not in held], known)
    ex.held_entities = [e for e in auto if e.id in held]
    ex.held_mentions = [m for m in found if m.entity in held]
    ex.held_statements = [st for st in stmts if st.confidence < confidence.SHOWN]
    return ex


def _entity_confidence(auto: list[Entity], found: list[Mention]) -> None:
    """Each detected entity's confidence (``text.confidence``), before the
    statements are read (a name that speaks is then made surer, there)."""
    counts: dict[str, int] = {}
    for m in found:
        counts[m.entity] = counts.get(m.entity, 0) + 1
    for e in auto:
        e.confidence = confidence.entity_confidence(e.name, e.rule, counts.get(e.id, 0))


def _readers_view(auto: list[Entity], stmts: list[Statement], known: dict[str, Entity]) -> set[str]:
    """Each statement's confidence; the ids of the detected entities held back from readers."""
    held = {e.id for e in auto if e.confidence < confidence.SHOWN}
    for st in stmts:
        speaker = known.get(st.speaker) if st.speaker else None
        st.confidence = confidence.statement_confidence(st.resolved_by, st.rule, speaker.confidence if speaker else None)
    return held


NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")


def _not_cutting(found: list[Mention], sents: list[Sentence], lang) -> list[Mention]:
    """A curated alias never cuts a longer name: "Jakarta" in "Jakarta Pusat",
    "CNN" in "CNN Indonesia". Such a match is dropped, so that the longer name
    is detected; the second pass then matches the longest alias at each place."""
    text = {s.id: s.text for s in sents}
    out = []
    for m in found:
        nxt = NEXT_WORD.match(text[m.sentence], m.end)
        if nxt is not None:
            word = nxt.group(1)
            longer = f"{m.text} {word}"
            if word.lower() in lang.directions or gazetteer.is_place(longer) or gazetteer.is_media(longer) \
                    or gazetteer.is_institution(longer):
                continue
        out.append(m)
    return out


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
    for group, (kind, rule) in zip(groups, kinds.guess_kinds_and_rules(groups, lang)):
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
        if any(c.long_of for c in group.candidates) and rule in ("acronym", "default-person", "default-organization"):
            rule, kind = "defined", "organization"  # "X (BX)": a name the article abbreviates is rarely a person's
        out.append(Entity(id=eid, name=group.name, kind=kind, aliases=list(group.forms), curated=False, rule=rule))
    return out


WORD = re.compile(r"\w+")
TITLE_REACH = 200  # characters looked at around a title
TITLE_CHAINS = 20  # people introduced with a title that an abbreviated title ("Kapus") may point back to


def _title_mentions(sents, found: list[Mention], known: dict[str, Entity], lang) -> list[Mention]:
    """A bare title ("Presiden diperkirakan tiba") refers back to the last
    person introduced with that title ("Presiden Rusia Vladimir Putin")."""
    out = []
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in found:
        spans.setdefault(m.sentence, []).append((m.start, m.end))
    titled: dict[str, str] = {}
    chains: list[tuple[list[str], str]] = []  # the title chain before each person ("Kepala Puskesmas Jongkong")
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
            chain = [w.strip(",.") for w in before[k + 1:]]
            if len(chain) >= 2 and chain[0].lower() in lang.titles:
                chains.append((chain, m.entity))
        inside = {pos for a, b in spans.get(s.id, []) for pos in range(a, b)}
        for word in WORD.finditer(s.text):
            w = word.group(0)
            if word.start() in inside or not w[:1].isupper():
                continue
            entity = titled.get(w) or (_abbreviated_title(w, chains) if w.lower() in lang.titles else None)
            if entity is None:
                continue
            after = s.text[word.end():word.end() + TITLE_REACH].lstrip()
            if after[:1].isupper():
                continue  # "Presiden Joko Widodo": a title of someone else
            out.append(Mention(entity, s.id, w, word.start(), word.end(), via="title"))
    return out


def _abbreviated_title(word: str, chains: list[tuple[list[str], str]]) -> str | None:
    """"papar Kapus" after "Kepala Puskesmas Jongkong Darwiadi", "Dirjen
    menyampaikan" after "Direktur Jenderal Badan Peradilan Agama ... Muchlis":
    the person last introduced with the title the word abbreviates."""
    for chain, entity in reversed(chains[-TITLE_CHAINS:]):  # the last few: a long article stays linear
        for n in range(2, len(chain) + 1):
            if acronyms.abbreviates(word, " ".join(chain[:n])):
                return entity
    return None
