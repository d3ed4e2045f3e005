"""Who said what: direct quotes with their attribution, reported speech and
beliefs, with continuation forms ("ujarnya", "he said") resolved to the last
named speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Entity, Mention, Paragraph, Sentence, Statement
from .lang import Language

PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“"}
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
SPEAKING_KINDS = {"person", "organization", "media", "country", "group"}
SHORT_QUOTE_WORDS = 4  # quotes shorter than this, unattributed, are scare quotes


@dataclass
class Quote:
    paragraph: int
    start: int  # offset of the opening mark in the paragraph
    end: int  # offset just after the closing mark (or paragraph end)
    closed: bool


def find_quotes(paragraph: str, index: int) -> list[Quote]:
    """Top-level quoted spans; single quotes are left alone (apostrophes)."""
    quotes: list[Quote] = []
    i, n = 0, len(paragraph)
    while i < n:
        close = PAIRS.get(paragraph[i])
        if close is None:
            i += 1
            continue
        j = paragraph.find(close, i + 1)
        if j < 0:
            quotes.append(Quote(index, i, n, False))
            break
        quotes.append(Quote(index, i, j + 1, True))
        i = j + 1
    return quotes


class _Doc:
    """Sentences with lookups by paragraph offset, mentions by sentence."""

    def __init__(self, paragraphs, sentences, mentions, entities):
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.by_para: dict[int, list[Sentence]] = {}
        for s in sentences:
            self.by_para.setdefault(s.paragraph, []).append(s)
        self.mentions: dict[str, list[Mention]] = {}
        for m in mentions:
            self.mentions.setdefault(m.sentence, []).append(m)
        for ms in self.mentions.values():
            ms.sort(key=lambda m: m.start)
        self.entities = entities
        self.order = {s.id: k for k, s in enumerate(sentences)}

    def sentence_at(self, para: int, offset: int) -> Sentence:
        best = self.by_para[para][0]
        for s in self.by_para[para]:
            if s.start <= offset:
                best = s
        return best

    def speaking(self, m: Mention) -> bool:
        e = self.entities.get(m.entity)
        return e is not None and e.kind in SPEAKING_KINDS


def _verb_at(words: list[re.Match], lang: Language, continuation: bool = True):
    """First speech verb among ``words``: (match, kind, is_continuation)."""
    for w in words:
        low = w.group(0).lower()
        if continuation and low in lang.continuation_verbs:
            return w, "direct", True
        if low in lang.speech_verbs and low not in ("menurut", "according"):
            return w, lang.speech_verbs[low], False
    return None


def extract(paragraphs: list[Paragraph], sentences: list[Sentence], mentions: list[Mention],
            entities: dict[str, Entity], lang: Language) -> list[Statement]:
    doc = _Doc(paragraphs, sentences, mentions, entities)
    found: list[tuple[int, int, Statement]] = []  # (sentence order, offset, statement)
    quoted: dict[str, list[tuple[int, int]]] = {}  # sentence id -> spans inside attributed quotes
    skip_verbs: set[tuple[str, int]] = set()

    # Direct quotes, joined across paragraphs when a paragraph's quote stays open
    # and the next paragraph opens a quote again (the news convention).
    groups: list[list[Quote]] = []
    carry: list[Quote] | None = None
    for p in paragraphs:
        for q in find_quotes(p.text, p.index):
            if carry is not None and q.start == 0:
                carry.append(q)
            else:
                carry = None
                groups.append([q])
                carry = groups[-1]
            if q.closed:
                carry = None
        if carry and carry[-1].closed:
            carry = None
    for group in groups:
        first, last = group[0], group[-1]
        para_first = paragraphs[first.paragraph - 1].text
        para_last = paragraphs[last.paragraph - 1].text
        s_first = doc.sentence_at(first.paragraph, first.start)
        s_last = doc.sentence_at(last.paragraph, max(last.end - 1, last.start))
        inner = " ".join(paragraphs[q.paragraph - 1].text[q.start + 1:(q.end - 1 if q.closed else q.end)] for q in group)
        text = inner.strip().rstrip(",").strip()
        sids = [s.id for s in sentences if doc.order[s_first.id] <= doc.order[s.id] <= doc.order[s_last.id]]
        tail_end = s_last.end
        tail = para_last[last.end:tail_end]
        head = para_first[s_first.start:first.start]
        attribution = _attribution(tail, last.end - s_last.start, s_last, doc, lang, after=True)
        if attribution is None:
            attribution = _attribution(head, 0, s_first, doc, lang, after=False)
        n_words = len(WORD.findall(text))
        if attribution is None:
            whole = not head.strip() and not tail.strip(" .")
            if n_words < SHORT_QUOTE_WORDS or not whole:
                continue  # a scare quote inside someone else's sentence
            speaker, speaker_text, verb, how, verb_pos = None, "", "", "continuation", None
        else:
            speaker, speaker_text, verb, how, verb_pos = attribution
        if verb_pos is not None:
            skip_verbs.add(verb_pos)
        for sid in sids:
            s = doc.sentences[doc.order[sid]]
            lo = max(0, (first.start - s.start) if sid == s_first.id else 0)
            hi = min(len(s.text), (last.end - s.start) if sid == s_last.id else len(s.text))
            quoted.setdefault(sid, []).append((lo, hi))
        found.append((doc.order[s_first.id], first.start - s_first.start,
                      Statement(speaker, speaker_text, verb, "direct", text, sids, how)))

    # Reported speech and beliefs, outside attributed quotes.
    for s in sentences:
        inside = quoted.get(s.id, [])
        words = [w for w in WORD.finditer(s.text) if not any(a <= w.start() < b for a, b in inside)]
        consumed_to = -1
        for k, w in enumerate(words):
            low = w.group(0).lower()
            if w.start() <= consumed_to or (s.id, w.start()) in skip_verbs:
                continue
            if low in ("menurut", "according"):
                st = _according(s, w, words[k + 1:], doc, lang)
            elif low in lang.speech_verbs:
                prev = words[k - 1].group(0).lower() if k else ""
                if prev in ("yang", "who", "which", "membuat", "di", "untuk", "to", "be", "is", "was", "been"):
                    continue
                st = _reported(s, w, doc, lang, inside)
            else:
                continue
            if st is not None:
                consumed_to = len(s.text)
                found.append((doc.order[s.id], w.start(), st))
    found.sort(key=lambda t: (t[0], t[1]))
    statements = [st for _, _, st in found]
    _resolve_continuations(statements, doc)
    return statements


def _clean_speaker_text(text: str) -> str:
    return text.strip().strip(",:;").strip()


def _attribution(text: str, base: int, s: Sentence, doc: _Doc, lang: Language, after: bool):
    """Find "kata X" / "X said" / "ujarnya" next to a quote: (speaker, text, verb, how, verb_pos)."""
    words = list(WORD.finditer(text))
    if after:
        words = words[:6]
        hit = _verb_at(words, lang)
    else:
        hit = None
        for w in reversed(words[-8:]):
            low = w.group(0).lower()
            if low in lang.speech_verbs or low in lang.continuation_verbs:
                hit = (w, lang.speech_verbs.get(low, "direct"), low in lang.continuation_verbs)
                break
    if hit is None:
        return None
    w, _kind, continuation = hit
    verb = w.group(0)
    verb_pos = (s.id, base + w.start())
    if continuation:
        return None, "", verb, "continuation", verb_pos
    vstart, vend = base + w.start(), base + w.end()
    ms = [m for m in doc.mentions.get(s.id, []) if doc.speaking(m)]
    before = [m for m in ms if m.end <= vstart and (base if after else 0) <= m.start]
    after_ms = [m for m in ms if m.start >= vend and m.start - vend <= 40]
    if after and before:
        m = before[-1]
    elif after_ms and (after or verb.lower() in ("kata", "said", "says", "told")):
        m = after_ms[0]
    elif before:
        m = before[-1]
    else:
        gap = text[: w.start()].split() if after else text[: w.start()].split()[-2:]
        if any(g.lower().strip(",") in lang.pronouns for g in gap):
            return None, gap[-1].strip(","), verb, "pronoun", verb_pos
        tail_words = text[w.end():].split()
        if tail_words and tail_words[0].lower().strip(",.") in lang.pronouns:
            return None, tail_words[0].strip(",."), verb, "pronoun", verb_pos
        return None
    if m.start > vend:
        speaker_text = _np_after(s.text, m)
    else:
        speaker_text = _np_before(s.text, m, vstart, lang)
    return m.entity, speaker_text, verb, "name", verb_pos


def _np_before(text: str, m: Mention, verb_start: int, lang: Language) -> str:
    """The noun phrase that ends with mention ``m`` ("Juru bicara ... John Kirby")."""
    clause_start = max(text.rfind(c, 0, m.start) for c in ("”", '"', ";", "(", ":")) + 1
    comma = text.rfind(", ", 0, m.start)
    if comma >= clause_start and comma > m.start - 60:
        clause_start = comma + 2
    phrase = _clean_speaker_text(text[clause_start:m.end])
    words = phrase.split()
    if len(words) > 8:
        return m.text
    # Drop leading function words ("Sementara itu, ...", "Selain itu").
    while words and words[0].lower() in lang.function_words and words[0] != m.text.split()[0]:
        words = words[1:]
    return " ".join(words) or m.text


def _np_after(text: str, m: Mention) -> str:
    return m.text


def _reported(s: Sentence, w: re.Match, doc: _Doc, lang: Language, inside) -> Statement | None:
    verb = w.group(0)
    kind = lang.speech_verbs[verb.lower()]
    before_text = s.text[: w.start()]
    if re.search(r"\b(bahwa|that)\b", before_text):
        return None  # inside the content of an earlier verb
    ms = [m for m in doc.mentions.get(s.id, []) if doc.speaking(m) and m.end <= w.start()
          and not any(a <= m.start < b for a, b in inside)]
    content = _content_after(s.text, w.end())
    if not content:
        return None
    participle = verb.lower().endswith("ing")
    if participle:
        persons = [m for m in ms if doc.entities[m.entity].kind == "person"]
        m = persons[0] if persons else (ms[0] if ms else None)
        if m is None:
            return None
        return Statement(m.entity, m.text, verb, kind, content, [s.id], "name")
    if ms and w.start() - ms[-1].end <= 25 and not re.search(r"[.;:]|\b(dan|and)\b", s.text[ms[-1].end:w.start()]):
        m = ms[-1]
        return Statement(m.entity, _np_before(s.text, m, w.start(), lang), verb, kind, content, [s.id], "name")
    gap = before_text.split()
    if gap and gap[-1].lower().strip(",") in lang.pronouns and len(gap) <= 3:
        return Statement(None, gap[-1].strip(","), verb, kind, content, [s.id], "pronoun")
    stripped = [g.strip(",").lower() for g in gap]
    if stripped and stripped[-1] in lang.anaphora and len(gap) <= 9 and any(g in lang.titles for g in stripped):
        start = len(before_text) - len(before_text.lstrip())
        phrase = before_text.strip().rstrip(",")
        if "," in phrase:
            phrase = phrase.split(",")[-1].strip()
        return Statement(None, phrase, verb, kind, content, [s.id], "anaphora")
    return None


def _content_after(text: str, offset: int) -> str:
    rest = text[offset:].lstrip(" ,:")
    rest = re.sub(r"^(bahwa|that)\s+", "", rest)
    return rest.rstrip().rstrip(".")


def _according(s: Sentence, w: re.Match, following, doc: _Doc, lang: Language) -> Statement | None:
    ms = [m for m in doc.mentions.get(s.id, []) if doc.speaking(m) and m.start >= w.end() and m.start - w.end() <= 30]
    if not ms:
        return None
    m = ms[0]
    verb = "menurut" if w.group(0).lower() == "menurut" else "according to"
    comma = s.text.find(",", m.end)
    before = s.text[: w.start()].strip().rstrip(",")
    if before and len(before.split()) >= 3:
        content = before
    elif comma >= 0:
        content = s.text[comma + 1:].strip().rstrip(".")
    else:
        return None
    return Statement(m.entity, m.text, verb, "reported", content, [s.id], "name")


def _resolve_continuations(statements: list[Statement], doc: _Doc) -> None:
    """``ujarnya`` or an unattributed quote: the last named speaker, else the
    last person mentioned before it outside quotes."""
    last: str | None = None
    last_text = ""
    for st in statements:
        if st.speaker is not None:
            last, last_text = st.speaker, st.speaker_text
            continue
        if st.resolved_by in ("continuation", "pronoun", "anaphora"):
            candidate = last
            person = _last_person_before(doc, st.sentences[0])
            if person is not None and (candidate is None or _mentioned_after_speaker(doc, person, candidate, st.sentences[0])):
                candidate = person
            if candidate is not None:
                st.speaker = candidate
                if not st.speaker_text:
                    st.speaker_text = doc.entities[candidate].name
                last = candidate
            else:
                st.resolved_by = "none"


def _last_person_before(doc: _Doc, sid: str) -> str | None:
    k = doc.order[sid]
    for s in reversed(doc.sentences[max(0, k - 3):k + 1]):
        ms = [m for m in doc.mentions.get(s.id, []) if doc.entities.get(m.entity) and doc.entities[m.entity].kind == "person"]
        if s.id == sid:
            first_quote = min((s.text.find(c) for c in "“\"" if c in s.text), default=-1)
            ms = [m for m in ms if first_quote < 0 or m.end <= first_quote]
        if ms:
            return ms[-1].entity
    return None


def _mentioned_after_speaker(doc: _Doc, person: str, speaker: str, sid: str) -> bool:
    """Was ``person`` named more recently than ``speaker`` spoke?"""
    if person == speaker:
        return True
    k = doc.order[sid]
    for s in reversed(doc.sentences[max(0, k - 3):k]):
        ids = [m.entity for m in doc.mentions.get(s.id, [])]
        if speaker in ids:
            return False
        if person in ids:
            return True
    return False
