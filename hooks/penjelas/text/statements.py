"""Who said what: direct quotes with their attribution, reported speech and
beliefs, with continuation and pronoun forms ("ujarnya", "Ia menjelaskan",
"she said") resolved to the last named speaker.

Styles handled, Indonesian: “…,” kata X / “…,” ujarnya / X mengatakan, … /
Menurut X, … / Menurutnya, … / Menurut dia, … / …, kata X di Padang, Senin
(26/1). / imbuh X, tambahnya, katanya menambahkan / a quote over several
paragraphs / "…, imbuh X, …" in the middle of a sentence / "mantan Duta Besar
... ini mengungkapkan" / “…,” ucap pelatih asal Belanda itu. / "Hal itu
disampaikan oleh X" (the sentence before is X's) / "Dikutip dari data X, …".
English: "…," X said / X told Y "…" / according to X / X cited "…" / he said /
"…, the union said." / "…, the company said." (after a dateline too) / "X, an analyst at Y, said" / "the service announced"
and "according to the institute" (a description pointing back to a named body).

Every statement records how its speaker was found (``resolved_by``): by
name, or by a continuation, a pronoun or a description resolved to the last
named speaker or person.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Entity, Mention, Paragraph, Sentence, Statement
from . import confidence
from .lang import Language
from .names import DATELINE

# The rules, each with an example per language (a test checks that each
# example gives a statement found by its rule, with the speaker named).
RULES = {
    "quote-attribution-after": {"id": ("“Kami siap membantu warga,” kata Budi Santoso.", "Budi Santoso"),
                                "en": ("\"We are ready to help,\" John Smith said.", "John Smith")},
    "quote-attribution-before": {"id": ("Budi Santoso mengatakan, “Kami siap membantu warga yang terdampak.”", "Budi Santoso"),
                                 "en": ("John Smith told reporters: \"We are ready to help everyone affected.\"", "John Smith")},
    "quote-continued": {"id": ("“Kami siap,” kata Budi Santoso.\n\n“Bantuan sudah dikirim ke semua desa yang terdampak banjir.”", "Budi Santoso"),
                        "en": ("\"We are ready,\" John Smith said.\n\n\"Aid has already been sent to every village hit by the floods.\"", "John Smith")},
    "passive-attribution": {"id": ("Bantuan akan dikirim pekan depan. Hal itu disampaikan oleh Budi Santoso.", "Budi Santoso"),
                            "en": ("Aid will be sent next week. This was announced by John Smith.", "John Smith")},
    "source-opener": {"id": ("Dikutip dari data Badan Pusat Statistik, inflasi naik menjadi tiga persen.", "Badan Pusat Statistik"),
                      "en": None},  # English: "citing X" mid-sentence is read by reported-speech
    "according-to": {"id": ("Menurut Budi Santoso, bantuan akan dikirim pekan depan.", "Budi Santoso"),
                     "en": ("According to John Smith, aid will be sent next week.", "John Smith")},
    "according-pronoun": {"id": ("Budi Santoso datang ke lokasi. Menurutnya, bantuan akan dikirim pekan depan.", "Budi Santoso"),
                          "en": None},
    "parenthetical-attribution": {"id": ("Bantuan itu, kata Budi Santoso, akan dikirim pekan depan.", "Budi Santoso"),
                                  "en": ("The aid, said John Smith, will be sent next week.", "John Smith")},
    "closing-verb": {"id": ("Tim gabungan menemukan dua korban di sungai, ujar ketua majelis hakim Budi Santoso.", "Budi Santoso"),
                     "en": None},  # English: "…, said X." is read by the quote and final-attribution rules
    "reported-speech": {"id": ("Budi Santoso mengatakan bahwa bantuan akan dikirim pekan depan.", "Budi Santoso"),
                        "en": ("John Smith said that aid would be sent next week.", "John Smith")},
}

PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“"}
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
CLAUSE_MARKS = ("”", '"', ";", "(", ")", ":", "—", "–", " - ")
APPOSITIVE = re.compile(r",[^,.;:]{1,100},\s*")  # ", an analyst at Helvetia Bank, "
SPEAKING_KINDS = {"person", "organization", "media", "country", "group"}
SHORT_QUOTE_WORDS = 4  # quotes shorter than this, unattributed, are scare quotes
MAX_WORDS_VERB_TO_QUOTE = 3  # "X told reporters “…”"; more, and the quote is inside reported content
MAX_SPEAKER_GAP = 25  # characters between a speaker and its verb ("X has publicly stated")
MAX_AFTER_GAP = 40  # characters between "kata" and the speaker after it
CHAIN_REACH = 160  # characters after "kata" over which a title chain may run to the person ("kata Kepala ... X, Y")
MAX_SUBJECT_GAP = 90  # "Kementerian X dalam keterangan tertulisnya, Minggu (30/6), menyebut"
MAX_TRAILING_WORDS = 4  # "…, the union said on Thursday.": what may follow a closing attribution
MAX_DESCRIPTION_WORDS = 6  # "ucap pelatih asal Belanda itu"
DESCRIPTION_REACH = 10  # sentences back that "the institute" may point to
ACCORDING_REACH = 60  # "according to data from the industry group X"
ATTRIBUTION_WINDOW = 300  # characters either side of a quote searched for "kata X"


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
        self.starts = {sid: [m.start for m in ms] for sid, ms in self.mentions.items()}
        self.entities = entities
        self.order = {s.id: k for k, s in enumerate(sentences)}
        self.para_starts = {k: [s.start for s in ss] for k, ss in self.by_para.items()}

    def mentions_within(self, sid: str, lo: int, hi: int) -> list[Mention]:
        """Mentions of sentence ``sid`` that start in [lo, hi)."""
        starts = self.starts.get(sid, [])
        return self.mentions.get(sid, [])[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def sentence_at(self, para: int, offset: int) -> Sentence:
        """The last sentence of paragraph ``para`` that starts at or before ``offset``."""
        k = bisect.bisect_right(self.para_starts[para], offset) - 1
        return self.by_para[para][max(k, 0)]

    def speaking(self, m: Mention) -> bool:
        e = self.entities.get(m.entity)
        return e is not None and e.kind in SPEAKING_KINDS

    def kind(self, m: Mention) -> str:
        e = self.entities.get(m.entity)
        return e.kind if e else ""

    def person(self, m: Mention) -> bool:
        """A person that a pronoun or a continuation may stand for: one shown to readers."""
        e = self.entities.get(m.entity)
        return e is not None and e.kind == "person" and confidence.shown(e)


def _verb_at(words: list[re.Match], lang: Language, continuation: bool = True):
    """First speech verb among ``words``: (match, kind, is_continuation)."""
    for w in words:
        low = w.group(0).lower()
        if continuation and low in lang.continuation_verbs:
            return w, "direct", True
        if low in lang.speech_verbs and low not in lang.according:
            return w, lang.speech_verbs[low], False
    return None


def _quote_groups(paragraphs: list[Paragraph]) -> list[list[Quote]]:
    """Quotes, joined across paragraphs when a paragraph's quote stays open and
    the next paragraph opens a quote again (the news convention)."""
    groups: list[list[Quote]] = []
    carry: list[Quote] | None = None
    for p in paragraphs:
        for q in find_quotes(p.text, p.index):
            if carry is not None and q.start == 0:
                carry.append(q)
            else:
                groups.append([q])
                carry = groups[-1]
            if q.closed:
                carry = None
        if carry and carry[-1].closed:
            carry = None
    return groups


def extract(paragraphs: list[Paragraph], sentences: list[Sentence], mentions: list[Mention],
            entities: dict[str, Entity], lang: Language) -> list[Statement]:
    doc = _Doc(paragraphs, sentences, mentions, entities)
    found: list[tuple[int, int, Statement]] = []  # (sentence order, offset, statement)
    quoted: dict[str, list[tuple[int, int]]] = {}  # sentence id -> spans inside attributed quotes
    skip_verbs: set[tuple[str, int]] = set()

    for group in _quote_groups(paragraphs):
        first, last = group[0], group[-1]
        para_first = paragraphs[first.paragraph - 1].text
        para_last = paragraphs[last.paragraph - 1].text
        s_first = doc.sentence_at(first.paragraph, first.start)
        s_last = doc.sentence_at(last.paragraph, max(last.end - 1, last.start))
        inner = " ".join(paragraphs[q.paragraph - 1].text[q.start + 1:(q.end - 1 if q.closed else q.end)] for q in group)
        text = inner.strip().rstrip(",").strip()
        sids = [s.id for s in sentences[doc.order[s_first.id]:doc.order[s_last.id] + 1]]
        # Attributions sit next to the quote: look a window either side (a
        # whole long sentence each time would make long paragraphs quadratic).
        tail = para_last[last.end:min(s_last.end, last.end + ATTRIBUTION_WINDOW)]
        head_start = max(s_first.start, first.start - ATTRIBUTION_WINDOW)
        head = para_first[head_start:first.start]
        rule = "quote-attribution-after"
        attribution = _attribution(tail, last.end - s_last.start, s_last, doc, lang, after=True)
        if attribution is None:
            rule = "quote-attribution-before"
            attribution = _attribution(head, head_start - s_first.start, s_first, doc, lang, after=False)
        n_words = len(WORD.findall(text))
        if attribution is None:
            whole = not head.strip() and not tail.strip(" .")
            if n_words < SHORT_QUOTE_WORDS or not whole:
                continue  # a scare quote inside someone else's sentence
            speaker, speaker_text, verb, how, verb_pos = None, "", "", "continuation", None
            rule = "quote-continued"
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
                      Statement(speaker, speaker_text, verb, "direct", text, sids, how, rule)))

    # "Hal itu disampaikan oleh X" and "Dikutip dari data X, …".
    done: set[str] = set()
    for k, s in enumerate(sentences):
        if quoted.get(s.id):
            continue
        prev = sentences[k - 1] if k and sentences[k - 1].paragraph == s.paragraph else None
        st = _passive(s, prev, doc, lang) if prev is not None and not quoted.get(prev.id) else None
        if st is not None:
            st.rule = "passive-attribution"
            found.append((doc.order[prev.id], 0, st))
            done.update((prev.id, s.id))
            continue
        st = _sourced(s, doc, lang)
        if st is not None:
            st.rule = "source-opener"
            found.append((doc.order[s.id], 0, st))
            done.add(s.id)

    # Reported speech and beliefs, outside attributed quotes.
    for s in sentences:
        if s.id in done:
            continue
        inside = quoted.get(s.id, [])
        words = [w for w in WORD.finditer(s.text) if not any(a <= w.start() < b for a, b in inside)]
        for k, w in enumerate(words):
            low = w.group(0).lower()
            if (s.id, w.start()) in skip_verbs:
                continue
            if low in lang.according:
                st, rule = _according(s, w, doc, lang), "according-to"
            elif low in lang.according_pronoun:
                st, rule = _according_pronoun(s, w), "according-pronoun"
            elif low in lang.speech_verbs:
                prev = words[k - 1].group(0).lower() if k else ""
                if prev in lang.not_attribution:  # "yang mengatakan", "is thought"
                    continue
                st, rule = _closing_verb(s, w, doc, lang), "closing-verb"
                if st is None:
                    st, rule = _parenthetical(s, w, doc, lang), "parenthetical-attribution"
                if st is None:
                    st, rule = _reported(s, w, doc, lang, inside), "reported-speech"
            else:
                continue
            if st is not None:
                st.rule = rule
                found.append((doc.order[s.id], w.start(), st))
                break  # one statement per sentence outside quotes
    found.sort(key=lambda t: (t[0], t[1]))
    statements = [st for _, _, st in found]
    for st in statements:
        if st.speaker in entities and st.resolved_by == "name":
            confidence.spoke(entities[st.speaker])
    _resolve_continuations(statements, doc)
    return statements


PASSIVE_REACH = 80  # characters after "disampaikan oleh" where the speaker is named


def _speaker_after(s: Sentence, pos: int, doc: _Doc) -> Mention | None:
    """The first person named just after ``pos``, else the first speaker
    ("oleh Kepala Disnaker Kota Bandung, Andriani Puspitasari,": Andriani)."""
    ms = [m for m in doc.mentions.get(s.id, []) if doc.speaking(m) and pos <= m.start < pos + PASSIVE_REACH]
    people = [m for m in ms if doc.kind(m) == "person"]
    return people[0] if people else (ms[0] if ms else None)


def _passive(s: Sentence, prev: Sentence, doc: _Doc, lang: Language) -> Statement | None:
    """"Hal itu disampaikan oleh X, Kamis (22/8)." / "This was confirmed by
    X.": the sentence before is what X said."""
    words = list(WORD.finditer(s.text))
    for k, w in enumerate(words[:6]):
        if w.group(0).lower() not in lang.passive_speech:
            continue
        lead = [x.group(0).lower() for x in words[:k]]
        if not lead or not all(x in lang.pointers or x in lang.passive_auxiliaries for x in lead):
            return None
        if lead[0] not in lang.pointers:
            return None
        nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
        if nxt not in lang.agent_markers:
            return None
        m = _speaker_after(s, words[k + 1].end(), doc)
        if m is None:
            return None
        content = prev.text.strip().rstrip(".")
        return Statement(m.entity, m.text, w.group(0), "reported", content, [prev.id, s.id], "name")
    return None


def _sourced(s: Sentence, doc: _Doc, lang: Language) -> Statement | None:
    """"Dikutip dari data Kementerian X, sebanyak …": what follows the comma
    is X's."""
    low = s.text.lower().lstrip()
    opener = next((o for o in sorted(lang.source_openers, key=len, reverse=True) if low.startswith(o + " ")), None)
    if opener is None:
        return None
    start = len(s.text) - len(low) + len(opener)
    comma = s.text.find(",", start)
    if comma < 0:
        return None
    ms = [m for m in doc.mentions.get(s.id, []) if doc.speaking(m) and start <= m.start and m.end <= comma]
    content = s.text[comma + 1:].strip().rstrip(".")
    if not ms or len(WORD.findall(content)) < SHORT_QUOTE_WORDS:
        return None
    m = ms[0]
    return Statement(m.entity, m.text, opener, "reported", content, [s.id], "name")


def _clean_speaker_text(text: str) -> str:
    return text.strip().strip(",:;").strip()


def _noun_phrase_after(s: Sentence, vend: int, ms: list[Mention], doc: _Doc, lang: Language) -> Mention | None:
    """The speaker in "kata Kepala Pelaksana BPBD Sumbar Hendra Saputra di
    Padang": of the names that follow the verb with only titles between them,
    the person, else the first."""
    chain: list[Mention] = []
    role_words = lang.titles | lang.portfolios | lang.org_words | lang.descriptors
    pos = vend
    for m in ms:
        if m.start < vend or m.start - pos > MAX_AFTER_GAP:
            continue
        gap = s.text[pos:m.start]
        if "," in gap and chain:
            # "ungkap Kepala Perwakilan Bank X (BX) Provinsi Y, Dwi Putra," (rule "office-then-person")
            if (gap.count(",") == 1 and doc.kind(m) == "person" and not any(doc.kind(c) == "person" for c in chain)
                    and not any(w[:1].islower() for w in WORD.findall(gap))
                    and (s.text[m.end:m.end + 1] in (",", ".", "") or not s.text[m.end:m.end + 2].strip())):
                chain.append(m)
            break
        if any(w[:1].islower() and w.lower() not in role_words for w in WORD.findall(gap)):
            break  # "kata ketua majelis hakim X": lowercase titles and bodies may come between
        chain.append(m)
        pos = m.end
    if not chain:
        return None
    people = [m for m in chain if doc.kind(m) == "person"]
    return people[-1] if people else chain[0]


def _attribution(text: str, base: int, s: Sentence, doc: _Doc, lang: Language, after: bool):
    """Find "kata X" / "X said" / "ujarnya" next to a quote: (speaker, text, verb, how, verb_pos)."""
    words = list(WORD.finditer(text))
    if after:
        hit = _verb_at(words[:6], lang)
    else:
        hit = None
        for w in reversed(words[-8:]):
            low = w.group(0).lower()
            if low in lang.speech_verbs or low in lang.continuation_verbs:
                hit = (w, lang.speech_verbs.get(low, "direct"), low in lang.continuation_verbs)
                break
        if hit is not None and len(WORD.findall(text[hit[0].end():])) > MAX_WORDS_VERB_TO_QUOTE:
            return None  # "considered the intrusion an act of provocation and “showing off”"
    if hit is None:
        return None
    w, _kind, continuation = hit
    verb = w.group(0)
    verb_pos = (s.id, base + w.start())
    if continuation:
        return None, "", verb, "continuation", verb_pos
    vstart, vend = base + w.start(), base + w.end()
    ms = [m for m in doc.mentions_within(s.id, base, vend + CHAIN_REACH) if doc.speaking(m)]
    before = [m for m in ms if base <= m.start and m.end <= vstart]
    named_after = _noun_phrase_after(s, vend, ms, doc, lang)
    if after and before:
        m = before[-1]
    elif named_after and (after or verb.lower() in lang.plain_speech_verbs):
        m = named_after
    elif before:
        m = _appositive_person(s, before, vstart, doc) or before[-1]
    else:
        gap = text[: w.start()].split() if after else text[: w.start()].split()[-2:]
        if any(g.lower().strip(",") in lang.pronouns for g in gap):
            return None, gap[-1].strip(","), verb, "pronoun", verb_pos
        tail_words = text[w.end():].split()
        if tail_words and tail_words[0].lower().strip(",.") in lang.pronouns:
            return None, tail_words[0].strip(",."), verb, "pronoun", verb_pos
        # "…," the coach said (a description before the verb) / "…," ucap pelatih itu (after it)
        described = _description(text[: w.start()] if after and lang.definite_before_noun else text[w.end():], lang)
        if after and described:
            return None, described, verb, "anaphora", verb_pos
        return None
    speaker_text = m.text if m.start > vend else _np_before(s.text, m, lang)
    return m.entity, speaker_text, verb, "name", verb_pos


def _description(text: str, lang: Language) -> str | None:
    """"ucap pelatih asal Belanda itu", "…," the coach said: a description of
    someone named before (resolved later to the last speaker or person)."""
    words = WORD.findall(text)[-2:] if lang.definite_before_noun else WORD.findall(text)[:MAX_DESCRIPTION_WORDS]
    if lang.definite_before_noun:
        return " ".join(words) if len(words) == 2 and words[0].lower() in lang.definite and words[1].islower() else None
    for k, word in enumerate(words):
        if word.lower() in lang.anaphora and k >= 1 and words[0].lower() in lang.titles | lang.roles | lang.descriptors:
            return " ".join(words[: k + 1])
    return None


def _np_before(text: str, m: Mention, lang: Language) -> str:
    """The noun phrase that ends with mention ``m`` ("Juru bicara ... John Kirby")."""
    # A clause, or a dateline ("WASHINGTON (AP) — President Joe Biden"), ends at these.
    clause_start = max((text.rfind(c, 0, m.start) + len(c) for c in CLAUSE_MARKS if c in text[:m.start]), default=0)
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


def _closing_verb(s: Sentence, w: re.Match, doc: _Doc, lang: Language) -> Statement | None:
    """Rule "closing-verb": "Majelis menolak banding itu, ujar ketua majelis hakim
    X." and "Terhadap banjir itu, jelas X pemerintah daerah terus memantau.": a
    verb that follows what was said ("direct"), after a comma and with no quote,
    then the speaker. What follows the speaker, if more than a place or a day,
    is said too (the sentence is quoted whole)."""
    verb = w.group(0)
    if lang.speech_verbs.get(verb.lower()) != "direct" or verb[:1].isupper():
        return None
    before = s.text[: w.start()].rstrip()
    if not before.endswith(",") or before[-2:-1] in PAIRS.values() or len(WORD.findall(before)) < SHORT_QUOTE_WORDS:
        return None
    if any(q in before for q in PAIRS):
        return None  # a quote in the sentence: the quote rules attribute it
    ms = [m for m in doc.mentions.get(s.id, []) if doc.speaking(m) and m.start >= w.end()]
    m = _noun_phrase_after(s, w.end(), ms, doc, lang)
    if m is None:
        return None
    trailing = s.text[m.end:].strip().rstrip(".")
    after_comma = WORD.findall(trailing[1:]) if trailing.startswith(",") else []
    if after_comma and not (after_comma[0][:1].isupper() or after_comma[0][:1].isdigit()
                            or after_comma[0].lower() in lang.place_preps):
        return None  # "Bantuan itu, kata X, akan dikirim": an aside (parenthetical-attribution)
    if trailing.startswith(",") or len(WORD.findall(trailing)) <= MAX_TRAILING_WORDS or \
            WORD.findall(trailing)[0].lower() in lang.place_preps:
        content = DATELINE.sub("", before.rstrip(","), count=1)
    else:
        content = s.text.strip().rstrip(".")
    return Statement(m.entity, m.text, verb, "reported", content, [s.id], "name")


def _parenthetical(s: Sentence, w: re.Match, doc: _Doc, lang: Language) -> Statement | None:
    """"Penyidik, imbuh Dirmanto, juga berkoordinasi ...": the attribution
    sits between commas inside the reported sentence."""
    if not s.text[: w.start()].rstrip().endswith(",") or not w.group(0).islower():
        return None
    ms = [m for m in doc.mentions.get(s.id, []) if doc.speaking(m) and m.start >= w.end()]
    m = _noun_phrase_after(s, w.end(), ms, doc, lang)
    if m is None or not s.text[m.end:m.end + 3].lstrip().startswith(","):
        return None
    if re.search(r"[^\w\s.]", s.text[w.end():m.start]):
        return None  # "KATA: X": no aside
    before = s.text[: w.start()].rstrip().rstrip(",")
    after = s.text[m.end:].lstrip()[1:].strip().rstrip(".")
    if not re.search(r"[^\W\d_]", before) or len(re.findall(r"[^\W\d_]+", after)) < 2:
        return None  # "0, kata X, 0": no clause on either side
    # Quoted verbatim, the aside included: a statement never rewrites the article.
    return Statement(m.entity, m.text, w.group(0), "reported", s.text.strip().rstrip("."), [s.id], "name")


def _reported(s: Sentence, w: re.Match, doc: _Doc, lang: Language, inside) -> Statement | None:
    verb = w.group(0)
    kind = lang.speech_verbs[verb.lower()]
    before_text = s.text[: w.start()]
    if _has_word(before_text, lang.complementizers):
        return None  # inside the content of an earlier verb
    content = _content_after(s.text, w.end(), lang)
    if not content or _adjunct(content, lang):
        closing = _final_attribution(s, w, doc, lang)
        if closing is not None or not content:
            return closing
    first = WORD.match(content)
    if first and first.group(0).lower() in lang.speech_nouns and not _has_word(content, lang.complementizers):
        return None  # "menyampaikan pidato": speaking, but nothing said here
    ms = [m for m in doc.mentions.get(s.id, []) if doc.speaking(m) and m.end <= w.start()
          and not any(a <= m.start < b for a, b in inside)]
    if lang.participle_suffix and verb.lower().endswith(lang.participle_suffix):  # "…, stating that …": the subject of the sentence
        persons = [m for m in ms if doc.kind(m) == "person"]
        m = persons[0] if persons else (ms[0] if ms else None)
        if m is None:
            return None
        return Statement(m.entity, m.text, verb, kind, content, [s.id], "name")
    gap = before_text.split()
    stripped = [g.strip(",").lower() for g in gap]
    if ms and w.start() - ms[-1].end <= MAX_SPEAKER_GAP and not _clause_break(s.text[ms[-1].end:w.start()], lang):
        m = _appositive_person(s, ms, w.start(), doc) or ms[-1]
        between = [x.lower() for x in WORD.findall(s.text[m.end:w.start()])]
        described = any(t in lang.titles for t in stripped[:-1])
        if not (len(between) == 1 and between[0] in lang.anaphora and described):
            return Statement(m.entity, _np_before(s.text, m, lang), verb, kind, content, [s.id], "name")
        # "mantan Duta Besar Amerika Serikat ini mengungkapkan": the country
        # only describes the person; fall through to the anaphora rule.
    pronoun = _pronoun_subject(gap, lang)
    if pronoun:
        return Statement(None, pronoun, verb, kind, content, [s.id], "pronoun")
    subject = _sentence_subject(s, ms, w, doc, lang)
    if subject is not None:
        return Statement(subject.entity, _np_before(s.text, subject, lang), verb, kind, content, [s.id], "name")
    named = _definite(s, before_text, doc, lang)
    if named is not None:
        phrase = " ".join(before_text.split()[-2:]).strip(",")
        return Statement(named, phrase, verb, kind, content, [s.id], "anaphora")
    if stripped and stripped[-1] in lang.anaphora and len(gap) <= 9 and any(g in lang.titles for g in stripped):
        phrase = before_text.strip().rstrip(",")
        if "," in phrase:
            phrase = phrase.split(",")[-1].strip()
        return Statement(None, phrase, verb, kind, content, [s.id], "anaphora")
    return None


def _appositive_person(s: Sentence, ms: list[Mention], verb_start: int, doc: _Doc) -> Mention | None:
    """"Markus Weber, an analyst at Helvetia Bank, said": the person, not
    the body named in the apposition between them and the verb."""
    people = [m for m in ms if doc.kind(m) == "person"]
    if not people or people[-1] is ms[-1]:
        return None
    return people[-1] if APPOSITIVE.fullmatch(s.text[people[-1].end:verb_start]) else None


def _pronoun_subject(gap: list[str], lang: Language) -> str | None:
    """"Ia menegaskan", "Ia juga menyebut", "She later said": the pronoun
    just before the verb, skipping adverbs."""
    words = [g.strip(",") for g in gap]
    k = len(words) - 1
    while k >= 0 and words[k].lower() in lang.function_words and words[k].lower() not in lang.pronouns:
        k -= 1
    if k >= 0 and words[k].lower() in lang.pronouns and len(words) - k <= 3 and k <= 2:
        return words[k]
    return None


def _sentence_subject(s: Sentence, ms: list[Mention], w: re.Match, doc: _Doc, lang: Language) -> Mention | None:
    """The name that opens the sentence, when only an aside separates it from
    the verb: "Kementerian X dalam keterangan tertulisnya, Minggu (30/6), menyebut"."""
    if not ms or len(WORD.findall(s.text[: ms[0].start])) > 2:
        return None
    gap = s.text[ms[0].end:w.start()]
    # "Abba Musa, the head of Nigeria's National Commission ..., welcomed the move and said":
    # names inside the apposition after the subject do not compete with it.
    aside = APPOSITIVE.match(gap)
    after_aside = ms[0].end + (aside.end() if aside and doc.kind(ms[0]) == "person" else 0)
    if w.start() - after_aside > MAX_SUBJECT_GAP or _has_word(gap, lang.complementizers) or re.search(r"[.;:]", gap):
        return None
    if any(m.start >= after_aside for m in ms[1:]):
        return None
    return ms[0]


def _final_attribution(s: Sentence, w: re.Match, doc: _Doc, lang: Language) -> Statement | None:
    """"…, the Harbour Workers Union said.": the attribution closes the sentence."""
    comma = s.text.rfind(",", 0, w.start())
    if comma < 0:
        return None
    ms = [m for m in doc.mentions.get(s.id, []) if doc.speaking(m) and comma < m.start and m.end <= w.start()]
    gap = WORD.findall(s.text[comma:w.start()])
    closes = len(WORD.findall(s.text[w.end():])) <= MAX_TRAILING_WORDS
    if not ms and closes and len(gap) == 2 and gap[0].lower() in lang.definite and gap[1].islower():
        named = _entity_for_noun(s, gap[1], doc, lang)  # "…, the company said."
        if named is not None:
            return Statement(named, " ".join(gap), w.group(0), lang.speech_verbs[w.group(0).lower()],
                             DATELINE.sub("", s.text[:comma].strip(), count=1), [s.id], "anaphora")
    # "…, a spokeswoman for Environment Minister Olivia Grant said."
    if not ms or len(gap) > len(ms[-1].text.split()) + 6:
        return None
    verb = w.group(0)
    content = DATELINE.sub("", s.text[:comma].strip(), count=1)  # "NAIROBI — …, the union said."
    return Statement(ms[-1].entity, _clean_speaker_text(s.text[comma + 1:w.start()]), verb,
                     lang.speech_verbs[verb.lower()], content, [s.id], "name")


def _described_after(s: Sentence, w: re.Match, doc: _Doc, lang: Language):
    """"According to the institute, …", "Menurut lembaga tersebut, …": the
    named body (entity id), the words, and where they end."""
    m = re.match(r"\s+(?:to\s+)?(\w+)\s+(\w+)", s.text[w.end():])
    if not m:
        return None
    first, second = m.group(1), m.group(2)
    if lang.definite_before_noun and first.lower() in lang.definite:
        noun = second  # "the institute"
    elif not lang.definite_before_noun and second.lower() in lang.definite:
        noun = first  # "lembaga tersebut"
    else:
        return None
    named = _entity_for_noun(s, noun, doc, lang)
    return (named, f"{first} {second}", w.end() + m.end()) if named else None


def _entity_for_noun(s: Sentence, noun: str, doc: _Doc, lang: Language) -> str | None:
    """The entity named in the last few sentences whose name holds the
    common noun ``noun`` ("service" -> "Kenya Forest Service")."""
    if not noun.islower() or noun in lang.pronouns or noun in lang.function_words:
        return None
    k = doc.order[s.id]
    generic = noun in lang.org_nouns  # "the company": the last body named
    for prev in reversed(doc.sentences[max(0, k - DESCRIPTION_REACH):k + 1]):
        for m in reversed(doc.mentions.get(prev.id, [])):
            e = doc.entities.get(m.entity)
            if e and doc.speaking(m) and (noun.lower() in (x.lower() for x in e.name.split())
                                          or generic and e.kind == "organization"):
                return m.entity
    return None


def _definite(s: Sentence, before_text: str, doc: _Doc, lang: Language) -> str | None:
    """"the service announced", "badan tersebut menyatakan": the entity named
    in the last few sentences whose name holds that noun ("Kenya Forest Service")."""
    words = WORD.findall(before_text)[-3:]
    if len(words) < 2:
        return None
    if lang.definite_before_noun and (words[-2].lower() in lang.definite or len(words) == 3 and words[0].lower() in lang.definite):
        noun = words[-1]  # "the service", "the Munich-based company"
    elif not lang.definite_before_noun and words[-1].lower() in lang.definite:
        noun = words[-2]  # "badan tersebut"
    else:
        return None
    return _entity_for_noun(s, noun, doc, lang)  # a common noun only: "Amerika Serikat ini" names


def _content_after(text: str, offset: int, lang: Language) -> str:
    """What follows a speech verb, without "bahwa"/"that", and without a day
    before it ("said Tuesday that ...")."""
    rest = text[offset:].lstrip(" ,:")
    words = WORD.findall(rest[:40])
    if len(words) >= 2 and (words[0].lower() in lang.weekdays or words[0].lower() in lang.speech_day_words) \
            and words[1].lower() in lang.complementizers:
        rest = rest[rest.lower().find(words[1].lower()):]
    first = WORD.match(rest)
    if first and first.group(0) in lang.complementizers and rest[first.end():first.end() + 1].isspace():
        rest = rest[first.end():].lstrip()
    return rest.rstrip().rstrip(".")


def _has_word(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` holds one of ``words``, as written (lowercase)."""
    return any(w in words for w in WORD.findall(text))


def _clause_break(text: str, lang: Language) -> bool:
    """A full stop, semicolon or colon, or a conjunction ("dan", "and"): a new clause."""
    return re.search(r"[.;:]", text) is not None or _has_word(text, lang.clause_conjunctions)


def _adjunct(content: str, lang: Language) -> bool:
    """Is what follows the verb only a short adjunct ("on Thursday", "in a
    statement", "pada Senin"), so that the attribution closes the sentence?"""
    words = WORD.findall(content)
    return len(words) <= MAX_TRAILING_WORDS and bool(words) and (
        words[0].lower() in lang.function_words or words[0].lower() in lang.weekdays)


def _according(s: Sentence, w: re.Match, doc: _Doc, lang: Language) -> Statement | None:
    """"Menurut X, …", "… according to X", "Menurut dia, …"."""
    ms = [m for m in doc.mentions.get(s.id, []) if doc.speaking(m) and m.start >= w.end()
          and m.start - w.end() <= ACCORDING_REACH]
    described = _described_after(s, w, doc, lang)
    if not ms and described is not None:
        named, phrase, at = described
        before = s.text[: w.start()].strip().rstrip(",")
        content = before if len(before.split()) >= 3 else s.text[at:].lstrip(" ,").strip().rstrip(".")
        return Statement(named, phrase, lang.according_label or w.group(0).lower(),
                         "reported", content, [s.id], "anaphora") if content else None
    if not ms:
        following = WORD.findall(s.text[w.end():])[:2]
        pronoun = next((x for x in following if x.lower() in lang.pronouns), None)
        if pronoun is None:
            return None
        at = s.text.find(pronoun, w.end()) + len(pronoun)
        before = s.text[: w.start()].strip().rstrip(",")
        content = before if len(before.split()) >= 3 else s.text[at:].lstrip(" ,").strip().rstrip(".")
        return Statement(None, pronoun, w.group(0).lower(), "reported", content, [s.id], "pronoun") if content else None
    m = ms[0]
    # "Menurut Kepala Subkomite KNKT, Capt. Bambang Irawan, …": the person in the apposition.
    person = next((p for p in ms[1:] if doc.kind(p) == "person" and s.text[m.end:p.start].lstrip().startswith(",")
                   and s.text[p.end:p.end + 2].startswith(",")), None)
    if doc.kind(m) != "person" and person is None:
        person = _titled_person(s, m, [x for x in doc.mentions.get(s.id, []) if doc.speaking(x)], doc, lang)
    if doc.kind(m) != "person" and person is not None:
        m = person
    verb = lang.according_label or w.group(0).lower()
    comma = s.text.find(",", m.end)
    before = s.text[: w.start()].strip().rstrip(",")
    if before and len(before.split()) >= 3:
        content = before
    elif comma >= 0:
        content = s.text[comma + 1:].strip().rstrip(".")
    else:
        return None
    return Statement(m.entity, m.text, verb, "reported", content, [s.id], "name")


def _titled_person(s: Sentence, m: Mention, ms: list[Mention], doc: _Doc, lang: Language) -> Mention | None:
    """Rule "office-then-person": "Menurut Kepala Biro Humas Kominfo Ferdinandus
    Setu", "menurut Komandan Kodim X, Letkol Infanteri Edy Rahmatullah.", "Menurut
    Kepala Balai Besar X (BBX) Sumut, Hotmauli Sianturi, …": the office heads a
    title chain (capitalised words, a bracket, at most one comma); the person
    who ends it speaks."""
    for p in ms:
        if p.start <= m.start:
            continue
        gap = s.text[m.end:p.start]
        words = WORD.findall(gap)
        if any(w[:1].islower() and w.lower() not in lang.titles for w in words) or gap.count(",") > 1:
            return None
        if doc.kind(p) == "person":
            after = s.text[p.end:p.end + 2]
            if "," in gap and not (after[:1] in ",." or not after.strip()):
                return None
            return p
    return None


def _according_pronoun(s: Sentence, w: re.Match) -> Statement | None:
    """"Menurutnya, …" or "…, menurutnya, …": according to the last speaker."""
    before = s.text[: w.start()].strip().rstrip(",").strip()
    after = s.text[w.end():].lstrip(" ,").strip().rstrip(".")
    content = f"{before} {after}".strip() if before else after
    if not content:
        return None
    return Statement(None, w.group(0), w.group(0).lower(), "reported", content, [s.id], "pronoun")


def _resolve_continuations(statements: list[Statement], doc: _Doc) -> None:
    """``ujarnya`` or an unattributed quote: the last named speaker, else the
    last person mentioned before it outside quotes."""
    last: str | None = None
    for st in statements:
        if st.speaker is not None:
            last = st.speaker
            continue
        if st.resolved_by == "pronoun":
            subject = _previous_subject(doc, st.sentences[0])
            if subject is not None:
                st.speaker = subject
                last = subject
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


def _previous_subject(doc: _Doc, sid: str) -> str | None:
    """"Ia menegaskan", "She warned": the person who opens the nearest earlier
    sentence that names one (the subject, not the last name it mentions:
    "Bupati X meninjau lokasi bersama Komandan Y. Ia menegaskan ..." is X).
    The pronoun's own sentence counts when the person comes before it."""
    k = doc.order[sid]
    for s in reversed(doc.sentences[max(0, k - 3):k + 1]):
        text = s.text
        ms = [m for m in doc.mentions.get(s.id, []) if doc.person(m) and not _in_quote(text, m.start)]
        if s.id == sid:
            continue
        if ms:
            return ms[0].entity
    return None


def _in_quote(text: str, offset: int) -> bool:
    """Is ``offset`` inside a quotation in ``text``?"""
    opened = text[:offset].count("“") - text[:offset].count("”")
    straight = text[:offset].count('"') % 2
    return opened > 0 or straight == 1


def _last_person_before(doc: _Doc, sid: str) -> str | None:
    k = doc.order[sid]
    for s in reversed(doc.sentences[max(0, k - 3):k + 1]):
        ms = [m for m in doc.mentions.get(s.id, []) if doc.person(m)]
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
