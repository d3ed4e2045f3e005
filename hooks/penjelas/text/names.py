"""Capitalised names in running text: the candidates for auto-detected entities.

A run of capitalised words is rarely one name. News stacks a title, a
country and a name ("Presiden Rusia Vladimir Putin", "juru bicara ... AS John
Kirby", "Publikasi Jepang Nikkei Asia", "Kabid Humas Polda Jatim Kombes
Dirmanto Santoso"). So each run is

1. trimmed of what is not a name: titles and their portfolios ("Menteri Luar
   Negeri"), descriptors ("Publikasi", "Negara-negara", "Ibu Kota"),
   demonyms ("Chinese"), and a sentence's first word when the article also
   writes it in lowercase;
2. split where a known name ends: a country or city from the gazetteer, an
   acronym, an abbreviation the article defines, or a name the article also
   uses on its own; then trimmed again, since a title may follow
   ("... Polda Jatim Kombes Dirmanto Santoso");
3. stripped of a clitic ("Korea Utaralah") when the bare name is known.

What is left is dropped when it cannot be a name: a lone sentence-initial
word the article never capitalises elsewhere, a month, a code ("Type 09-1"),
an event ("World War II"), or words of a title-case heading that the body
never capitalises.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Sentence
from . import gazetteer
from .acronyms import Definition
from .lang import Language

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’]\w+)*")  # "U.S." is one token
OPEN_QUOTES = "“\"‘'(«["
LEADING = re.compile(r"[\s“\"‘'(«\[]*")
WINDOW = 200  # characters before a name that its context is read from
APPOSITION_WORDS = 7  # "X, one of Europe's largest solar panel makers,"
HEADING_END = re.compile(r"[.!?…:;\"”’)]\s*$")
# "DURBAN, South Africa — ", "NAIROBI — ", "WASHINGTON (AP) — ", "JAKARTA, KOMPAS.com - ",
# "Jakarta (ANTARA) - ", "Liputan6.com, Jakarta - ": the place a story was filed from.
DATELINE = re.compile(r"^(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*)(?:\s*\([^()\n]{1,30}\))?"
                      r"(?:, (?P<outlet>[^—–\n]{1,40}?))?\s+[—–-]{1,2}\s+")
MAX_HEADING_WORDS = 12
LEAD = 12  # characters kept before a name: ", serta ", " dan "
PERSON_NAME_WORDS = 4  # "Hadi Zainal Abidin", "Muhammad Arif Anwar Saputra"
ROMAN = re.compile(r"[IVXLC]+")
DEGREE = re.compile(r",\s*((?:[A-Z][A-Za-z]{0,4}\.?\s?){1,4}(?:,\s*(?:[A-Z][A-Za-z]{0,4}\.?\s?){1,4})*)")


def _roman(word: str) -> bool:
    return ROMAN.fullmatch(word) is not None


def degree_spans(text: str, lang: Language) -> list[tuple[int, int]]:
    """", S.Sos", ", S.H., M.H.", ", SKM": degrees after a name, to be skipped."""
    out = []
    for m in DEGREE.finditer(text):
        before = TOKEN.findall(text[max(0, m.start() - 30):m.start()])
        if not before or not is_cap(before[-1]):
            continue  # a degree follows a name
        parts = m.group(1).split(",")
        if all("".join(c for c in p if c.isalpha()).lower() in lang.degrees for p in parts if p.strip()):
            end = m.end(1)
            while end > m.start(1) and text[end - 1].isspace():
                end -= 1
            out.append((m.start(1), end))
    return out


@dataclass
class Candidate:
    text: str
    sentence: str
    start: int
    end: int
    title: str = ""  # title word(s) that came before it ("Presiden", "Kepala")
    after: str = ""  # the lowercase word just before the run ("di", "ke", "in")
    context: list[str] = field(default_factory=list)  # up to four words before the name, as written
    follow: str = ""  # the word after the name, lowercased
    long_of: str = ""  # for a defined abbreviation: the long form
    dateline: bool = False  # the place a wire story opens with ("NAIROBI —")
    outlet: bool = False  # the outlet after the dateline's comma ("Ternate, InfoPublik –")
    after_bracket: bool = False  # "Kejaksaan Negeri (Kejari) Surabaya": qualifies the body before it
    after_comma: bool = False  # "His lawyer, Susan Park", "Stadion Sultan Agung, Bantul"
    apposition: list[str] = field(default_factory=list)  # "Riverton, a city of ...": the words after a comma
    lead: str = ""  # the few characters just before the name (", dan "): what joins it to a name before


def _words_of(text: str) -> set[str]:
    return {w.lower() for w in text.split()}


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def sentence_initial(text: str, start: int) -> bool:
    """Is ``start`` the first word of ``text`` (after spaces and opening quotes)?"""
    return LEADING.match(text).end() == start


def _low(word: str) -> str:
    return word.lower().rstrip(".")


def _bare(word: str, lang: Language) -> str:
    """"Japan's" -> "Japan" (English possessive)."""
    for c in lang.clitics:
        if lang.possessive and word.endswith(c):
            return word[: -len(c)]
    return word


def _is_reduplicated(word: str) -> bool:
    """"Negara-negara", "pejabat-pejabat": a plural common noun."""
    parts = word.lower().split("-")
    return len(parts) == 2 and parts[0] == parts[1]


class _Article:
    """What the whole article says about its words, computed once."""

    def __init__(self, sentences: list[Sentence], lang: Language, definitions: list[Definition]):
        self.lang = lang
        self.lowercase: set[str] = set()
        self.mid_caps: set[str] = set()
        self.tails: Counter[str] = Counter()  # how often each run and each tail of a run occurs
        self.headings = _headings(sentences)
        for s in sentences:
            for m in TOKEN.finditer(s.text):
                w = m.group(0)
                if not is_cap(w):
                    self.lowercase.add(w.lower())
                elif s.id not in self.headings and not sentence_initial(s.text, m.start()) and not (
                        s.text[max(0, m.start() - 3):m.start()].rstrip().endswith(("—", "–"))):
                    self.mid_caps.add(_bare(w, lang))
        self.defined = {d.long for d in definitions} | {d.short for d in definitions}
        self.lexicon = _lexicon(lang)
        # Runs of lowercase words ("wilayah bebas korupsi"): a capitalised run that
        # the article also writes so is a common noun phrase, not a name.
        self.lower_phrases: set[str] = set()
        for s in sentences:
            toks = [m.group(0) for m in TOKEN.finditer(s.text)]
            for i in range(len(toks)):
                for n in range(2, PERSON_NAME_WORDS + 1):
                    chunk = toks[i:i + n]
                    if len(chunk) < n or not all(t.islower() for t in chunk):
                        break
                    self.lower_phrases.add(" ".join(chunk))
        self.standalone: set[str] = set()
        self.governed: set[str] = set()  # names written after a body word or title ("Pemprov Sumbar")
        self.dateline: dict[str, tuple[int, int]] = {}  # sentence id -> (place end, text start)
        self.outlet: dict[str, tuple[int, int]] = {}  # sentence id -> span of the outlet in the dateline
        if sentences:
            m = DATELINE.match(sentences[0].text)
            if m and (m.group("place").isupper() or gazetteer.is_place(m.group("place"))):
                self.dateline[sentences[0].id] = (m.end("place"), m.end())
                if m.group("outlet") and not _words_of(m.group("place")) & lang.media_words:
                    # rule "dateline-outlet": "Ternate, InfoPublik – ...": the name after the
                    # dateline's place and comma, before the dash, is the publisher
                    self.outlet[sentences[0].id] = (m.start("outlet"), m.end("outlet"))
            elif m:  # "Liputan6.com, Jakarta - ": the dateline still ends there
                self.dateline[sentences[0].id] = (-1, m.end())

    def note_governed(self, words: list[str]) -> None:
        """Rule "governed-name": "Polda Banten", "Dinas Kesehatan Sumbar",
        "Gubernur Sumbar" (alone): the rest of a run that opens with a body word or
        prefix, or a regional title and one word, names a region or body, never a
        person's first name."""
        lang = self.lang
        if len(words) < 2:
            return
        first = _low(words[0])
        rest = words[1:]
        if any(_low(w) in lang.titles or _low(w) in lang.rank_branches for w in rest):
            return
        if first in lang.org_words or first.startswith(lang.org_prefixes) or (
                first in lang.region_titles and len(rest) == 1):
            self.governed.add(" ".join(rest))

    def initial(self, s: Sentence, start: int) -> bool:
        """Does the word at ``start`` open its sentence (or follow the dateline)?"""
        return sentence_initial(s.text, start) or self.dateline.get(s.id, (0, -1))[1] == start

    def known(self, name: str) -> bool:
        return (name in self.defined or name in self.standalone or gazetteer.is_place(name)
                or gazetteer.is_media(name))

    def strong(self, name: str) -> bool:
        """A name that never continues into the next one: a country, city,
        region, an abbreviation the article defines, or an acronym."""
        if name in self.defined or gazetteer.is_place(name):
            return True
        return (" " not in name and len(name) >= 2 and name.isupper() and name.isalpha()
                and name.lower() not in self.lang.org_words)


_LEXICON: dict[int, tuple[Language, frozenset[str]]] = {}


def _lexicon(lang: Language) -> frozenset[str]:
    """Every word of the language's lists that is never a personal name."""
    held = _LEXICON.get(id(lang))
    if held is None or held[0] is not lang:
        words = (lang.titles | lang.portfolios | lang.org_words | lang.place_words | lang.media_words | lang.directions
                 | lang.function_words | lang.descriptors | frozenset(lang.months) | frozenset(lang.weekdays)
                 | lang.event_words | lang.designator_words | lang.unit_words | lang.rank_branches | lang.org_nouns
                 | frozenset(w.lower() for w in lang.common_acronyms) | lang.demonyms) - lang.name_titles
        held = _LEXICON[id(lang)] = (lang, frozenset(words))
    return held[1]


def _headings(sentences: list[Sentence]) -> set[str]:
    """Sentences that are a title-case heading: alone in their paragraph,
    short, no closing punctuation, mostly capitalised."""
    by_para: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_para.setdefault(s.paragraph, []).append(s)
    out = set()
    for group in by_para.values():
        if len(group) != 1:
            continue
        s = group[0]
        words = TOKEN.findall(s.text)
        if 0 < len(words) <= MAX_HEADING_WORDS and not HEADING_END.search(s.text):
            if sum(is_cap(w) for w in words) * 2 >= len(words) and len(words) > 1:
                out.add(s.id)
    return out


def _runs(s: Sentence, spans: list[tuple[int, int]], lang: Language) -> list[list[re.Match]]:
    """Runs of capitalised tokens, joined by single spaces, by ". " after an
    abbreviated title ("Prof. Ratna"), or by a connector ("Bank of Japan")."""
    masked = {i for a, b in spans for i in range(a, b)}
    tokens = [m for m in TOKEN.finditer(s.text) if m.start() not in masked]
    out: list[list[re.Match]] = []
    i = 0
    while i < len(tokens):
        if not is_cap(tokens[i].group(0)):
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < len(tokens):
            gap = s.text[run[-1].end():tokens[j].start()]
            word = tokens[j].group(0)
            prev = run[-1].group(0).lower()
            if is_cap(word) and (gap.isspace() and gap.count("\n") == 0 or gap == ""
                                 or (gap == ". " and prev in lang.abbreviations and prev in lang.titles)
                                 or (gap == ". " and len(prev) == 1 and len(run) <= 4)):  # "F. Hery", "Gatot S. Dewa"
                run.append(tokens[j])
                j += 1
            elif (gap == " " and (word in lang.connectors or _joins_a_body(run, tokens[j + 1:j + 2], word, lang))
                  and j + 1 < len(tokens) and is_cap(tokens[j + 1].group(0))
                  and s.text[tokens[j].end():tokens[j + 1].start()] == " "):
                run.extend([tokens[j], tokens[j + 1]])
                j += 2
            else:
                break
        out.append(run)
        i = j
    return out


def _split_coordinated(runs: dict[str, list[list[re.Match]]], lang: Language) -> None:
    """Rule "coordinated-bodies": "the Institute of Marine Science and Ocean
    Watch": a run joined by "and"/"dan" is two names when the article also
    writes the part after the coordinator as a name on its own ("Ocean Watch
    says ..."): one body's name would not be cut so."""
    alone = set()
    for rs in runs.values():
        for run in rs:
            words = [t.group(0) for t in run]
            alone.add(" ".join(words))
            alone.update(_possessive_free(" ".join(words[:k + 1])) for k, w in enumerate(words)
                         if _possessive_free(w) != w)  # "Ocean Watch's Jakarta office"
    for sid, rs in runs.items():
        out = []
        for run in rs:
            words = [t.group(0) for t in run]
            cut = next((j for j in range(1, len(words) - 1) if words[j] in lang.coordinators
                        and _possessive_free(" ".join(words[j + 1:])) in alone), None)
            out.extend([run[:cut], run[cut + 1:]] if cut else [run])
        rs[:] = out


def _possessive_free(text: str) -> str:
    return re.sub(r"['’]s$", "", text)


def _joins_a_body(run: list[re.Match], following: list[re.Match], word: str, lang: Language) -> bool:
    """"Kantor Pencarian dan Pertolongan", "Commission for Museums and
    Monuments": "dan"/"and" inside a body's name, but not between two bodies
    ("Universitas Indonesia dan Universitas Gadjah Mada", "Bank X dan BRI")."""
    if word not in lang.coordinators or len(run) < 2 or not following:
        return False
    nxt = following[0].group(0)
    words = [_low(t.group(0)) for t in run]
    return (any(w in lang.org_words for w in words) and _low(nxt) not in lang.org_words
            and not nxt.isupper() and not any(t.group(0).isupper() for t in run))


def _strip_front(words: list[str], k: int, initial: bool, art: _Article, in_title: bool = False) -> tuple[int, list[str]]:
    """Skip titles, descriptors, demonyms and common words at ``words[k:]``
    (``in_title``: the run continues a title, so a portfolio opens it)."""
    lang = art.lang
    titles: list[str] = []
    if in_title and k < len(words) and _low(words[k]) in lang.portfolios and _low(words[k]) not in lang.titles:
        j = k
        while j < len(words) - 1 and _low(words[j]) in lang.portfolios:
            j += 1
        return j, [words[k]]  # "..., dan Keamanan Wiranto": the end of the title, then the name
    n = len(words)
    while k < n:
        low = _low(words[k])
        phrase = next((p for p in lang.descriptor_phrases
                       if p[0] == low and tuple(_low(w) for w in words[k:k + len(p)]) == p), None)
        if phrase and k + len(phrase) < n:
            k += len(phrase)
            continue
        if low in lang.titles or (low in lang.rank_branches and titles and _low(titles[-1]) in lang.ranks):
            titles.append(words[k])  # "Letjen TNI": the branch belongs to the rank
            k += 1
            continue
        if titles and _roman(words[k]) and k + 1 < n and lang.roman_numerals:
            titles.append(words[k])  # rule "numbered-title": "Wakil Ketua Umum II Nanang": the title's number
            k += 1
            continue
        if low in lang.function_words or low in lang.months or low in lang.weekdays:
            k += 1
            continue
        if low in lang.portfolios:
            # "Menteri Luar Negeri", "Foreign Minister": only inside a title.
            j = k
            while j < n and _low(words[j]) in lang.portfolios:
                j += 1
            if (titles and _low(words[j - 1]) in lang.field_words and j < n - 1 and _low(words[j]) not in art.lexicon
                    and not words[j].isupper()):
                j += 1  # rule "title-field": "Ketua Bidang Prestasi KONI": the field after "Bidang" is the title's
            if titles or (j < n and _low(words[j]) in lang.titles):
                k = j
                continue
            break
        if low in lang.demonyms or any(p in lang.demonyms for p in low.split("-")):
            if _names_a_body(words[k + 1:], lang):
                break  # "Australian Marine Conservation Society": part of the name
            k += 1
            continue
        if low in lang.descriptors or _is_reduplicated(low):
            k += 1
            continue
        if k == 0 and initial and low not in lang.org_words | lang.place_words and (
                low in art.lowercase or low in lang.org_nouns or _possessed(words, art)):
            k += 1  # "Kunjungan Putin": the article also writes "kunjungan", or "Putin" is the name
            continue
        break
    return k, titles


def _possessed(words: list[str], art: _Article) -> bool:
    """"Kunjungan Putin berlangsung": a sentence-initial noun and the name it
    belongs to. The first word is never capitalised mid-sentence, the rest is."""
    if not art.lang.possessor_after or len(words) < 2 or art.known(" ".join(words)):
        return False
    # The rest must occur elsewhere too, not only after this word.
    return words[0] not in art.mid_caps and art.tails[" ".join(words[1:])] >= 2


def _names_a_body(rest: list[str], lang: Language) -> bool:
    """Do the words after a demonym name a body ("... Conservation Society")
    rather than follow a title ("Chinese Vice Foreign Minister Wu")?"""
    for w in rest:
        low = _low(w)
        if low in lang.titles:
            return False
        if low in lang.org_words or low in lang.media_words:
            return True
    return False


def _strip_back(words: list[str], k: int, end: int, lang: Language) -> int:
    while end > k:
        low = _low(words[end - 1])
        if low in lang.months or low in lang.weekdays or low in lang.function_words or low in lang.connectors:
            end -= 1
        else:
            break
    return end


_GENERIC: dict[int, tuple[Language, frozenset[str]]] = {}


def _generic(words: list[str], lang: Language) -> bool:
    """Only title, organisation or place words: "Presiden", "Kota", "Badan"."""
    held = _GENERIC.get(id(lang))
    if held is None or held[0] is not lang:
        held = _GENERIC[id(lang)] = (lang, lang.titles | lang.org_words | lang.place_words)
    generic = held[1]
    return all(_low(w) in generic for w in words)


def _person_like(rest: list[str], art: _Article) -> bool:
    """One to four words that can only be a personal name: capitalised, not
    all capitals, none a title, body, place, month or other lexicon word."""
    lang = art.lang
    if not 1 <= len(rest) <= PERSON_NAME_WORDS:
        return False
    for w in rest:
        low = _low(w)
        if w.isupper() and len(w) > 1 or not w[:1].isupper() or any(c.isdigit() for c in w):
            return False
        if low in art.lexicon or low.startswith(lang.org_prefixes + lang.place_prefixes):
            return False
        if gazetteer.is_place(w) or gazetteer.is_media(w) or gazetteer.is_institution(w):
            return False
    return not gazetteer.is_place(" ".join(rest))


def _ends_a_body(head: list[str], art: _Article) -> bool:
    """Does ``head`` end with a name that never runs into the next one: an
    acronym ("... DPR RI"), a known place or body, a word such as "Kemenkes",
    a name the article uses on its own, or a compass word after one ("KONI Pusat")?"""
    lang = art.lang
    text = " ".join(head)
    last = head[-1]
    if text in art.standalone or text in art.defined or art.strong(text):
        return True
    if last.isupper() and len(last) >= 2 and last.isalpha() and not _roman(last):
        return True
    if gazetteer.is_place(last) or gazetteer.is_institution(last) or gazetteer.is_media(last):
        return True
    if _low(last).startswith(lang.org_prefixes):
        return True
    return len(head) >= 2 and _low(last) in lang.directions and _ends_a_body(head[:-1], art)


def _split_point(words: list[str], art: _Article, titled: bool = False) -> int | None:
    """Where the first name of ``words`` ends, if another follows it.
    ``titled``: a title came before the run ("Kepala Puskesmas X Darwiadi")."""
    lang = art.lang
    joined = " ".join(words)
    if gazetteer.is_place(joined) or gazetteer.is_media(joined) or gazetteer.is_institution(joined) or joined in art.defined:
        return None  # "CNN Indonesia", "Bank Indonesia": one known name
    # "Ketua Umum KONI Pusat Marciano Norman", "Wakil Ketua Komisi X DPR RI Hetifah
    # Sjaifudian", "Kepala Puskesmas Jongkong Darwiadi": a title, the body it heads, the person.
    strong_cut = standalone_cut = full_cut = None
    for k in range(len(words) - 1, 0, -1):
        rest, head = words[k:], words[:k]
        if not _person_like(rest, art) or _generic(head, lang) and not words[k - 1].isupper():
            continue
        if not (titled or " ".join(rest) in art.standalone):
            continue
        if _person_like(head, art) and not (" ".join(head) in art.governed and " ".join(rest) in art.standalone):
            continue  # "Gubernur Sumbar Mahyeldi" where the article writes "Pemprov Sumbar" and "Mahyeldi"
        bare_head = head[:]
        while len(bare_head) > 1 and _low(bare_head[-1]) in lang.rank_branches:
            bare_head.pop()
        if len(bare_head) > 1 and _low(bare_head[-1]) in lang.titles:
            continue  # "BNPB Letjen TNI Suharyanto": the rank and its branch belong to the person
        # (a title inside the head, "Biro Humas Kominfo", is part of the office: rule "office-inside-title")
        if " ".join(head) in art.standalone or " ".join(head) in art.defined:
            if len(rest) >= 2 and " ".join(rest) in art.standalone:
                full_cut = k  # "Sumbar Mahyeldi Ansharullah": "Mahyeldi Ansharullah" stands alone too
            standalone_cut = standalone_cut or k
        elif _ends_a_body(head, art):
            strong_cut = strong_cut or k
    if full_cut and (not strong_cut or strong_cut <= full_cut):
        standalone_cut = full_cut  # rule "full-name-cut": the longest name the article writes alone wins
    if standalone_cut and strong_cut and standalone_cut > strong_cut:
        # "KONI Pusat Marciano Norman" (the article also writes "KONI Pusat Marciano") or
        # "BPBD Kapuas Hulu Gunawan" (and "di Kapuas Hulu"): the words between are a name of their own?
        if " ".join(words[strong_cut:standalone_cut]) not in art.standalone:
            standalone_cut = None
    if standalone_cut or strong_cut:
        return max(k for k in (standalone_cut, strong_cut) if k)
    for k in range(1, len(words) - 1):
        # "Kodim Pekalongan Letkol Bagus Wicaksono": a rank starts the next name.
        low = _low(words[k])
        if low in lang.titles and low not in lang.name_titles and _low(words[k - 1]) not in lang.titles:
            head, rest = words[:k], words[k + 1:]
            if (not _generic(head, lang) or all(w.isupper() for w in head)) and any(
                    _low(w) not in lang.titles | lang.portfolios for w in rest):
                return k  # "Panglima TNI Marsekal Hadi Tjahjanto": an acronym is a name, not a generic word
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        rest = words[k:]
        if lang.possessive and any(words[k - 1].endswith(c) for c in lang.clitics):
            if art.known(_bare(head, lang)) or _bare(head, lang) in art.mid_caps and k == 1:
                return k
            continue
        if _generic(rest, lang) or all(_low(w) in lang.directions for w in rest):
            continue  # "Jakarta Selatan", "Korea Utara": one name
        rest_text = " ".join(rest)
        rest_known = art.known(rest_text) or _low(rest[0]) in lang.titles
        if art.strong(head):
            if any(_low(w) in lang.org_words | lang.media_words for w in rest) and not rest_known:
                continue  # "Kenya Forest Service", "Bank Indonesia": one name
            if len(rest) >= 2 or rest_known:
                return k
        elif head in art.standalone and rest_known:
            return k
    # "kota Kasablanka Jakarta": a name, then the city or country it is in.
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if k == 1 and _low(words[0]) in lang.place_openers:
            continue  # rule "place-opener": "New Guinea", "San Marino": the first word opens a place name
        if (gazetteer.is_country(tail) or gazetteer.is_city(tail)) and not any(
                _low(w) in lang.org_words | lang.place_words | lang.media_words | lang.titles for w in words[:k]):
            return k
    return None


def _clitic_free(text: str, art: _Article) -> str:
    """"Korea Utaralah" -> "Korea Utara" when the bare name is known."""
    for c in art.lang.clitics:
        if text.endswith(c) and len(text) > len(c) + 2:
            bare = text[: -len(c)]
            if art.lang.possessive or art.known(bare) or bare in art.mid_caps or bare in art.standalone:
                return bare
    return text


def _adjective_free(text: str, lang: Language) -> str:
    """"Munich-based" -> "Munich": the adjective names a place."""
    for suffix in lang.adjective_suffixes:
        if text.lower().endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


def _unit_cuts(words: list[str], lang: Language) -> list[int]:
    """"Puskesmas Jongkong Kecamatan Jongkong Kabupaten Kapuas Hulu", "Gedung
    DPD RI Komplek Parlemen Senayan": a unit word after a name starts the next
    name (each unit is a place of its own, in the one after it)."""
    cuts = []
    for k in range(1, len(words) - 1):
        low, prev = _low(words[k]), _low(words[k - 1])
        if low in lang.unit_words and prev not in lang.titles and prev not in lang.unit_words \
                and prev not in lang.place_words and prev not in lang.connectors:
            cuts.append(k)
    return cuts


def _pieces(s: Sentence, run: list[re.Match], art: _Article, split: bool) -> list[tuple[int, int, list[str]]]:
    """(first token, end token, titles) of each name in one run."""
    words = [t.group(0) for t in run]
    if _low(words[0]) in art.lang.event_words:
        return []  # "Festival Kopi Solok", "World War II": an event
    initial = art.initial(s, run[0].start())
    out = []
    bounds = [0] + _unit_cuts(words, art.lang) + [len(words)]
    if len(words) > 1 and art.lang.speech_verbs.get(_low(words[0])) == "direct" and \
            s.text[:run[0].start()].rstrip().endswith(QUOTE_COMMA):
        bounds[0] = 1  # rule "capitalised-verb": "…,” Kata Rasyid Dongoran.": the verb, then the speaker
    titled_before = _title_before(s, run[0].start(), art.lang)
    for lo, hi in zip(bounds, bounds[1:]):
        part = words[:hi]
        k, titles = _strip_front(part, lo, initial and lo == 0, art, titled_before and lo == 0)
        while k < hi:
            end = _strip_back(part, k, hi, art.lang)
            if end <= k:
                break
            cut = _split_point(part[k:end], art, bool(titles) or titled_before) if split else None
            if cut is None:
                out.append((k, end, titles))
                break
            out.append((k, k + cut, titles))
            # "Presiden Rusia Vladimir Putin": the title goes on to the name after the country.
            k, more = _strip_front(part, k + cut, False, art)
            titles = titles + more
    return out


QUOTE_COMMA = (",”", ',"', ",’", "”", '"')


def _title_before(s: Sentence, start: int, lang: Language) -> bool:
    """"Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto": the
    run opens inside a title that a comma or "dan" broke off."""
    before = TOKEN.findall(s.text[max(0, start - 60):start])[-4:]
    return any(is_cap(w) and (_low(w) in lang.titles or _low(w) in lang.portfolios) for w in before)


def _known_parts(run: list[re.Match], art: _Article) -> list[list[re.Match]]:
    parts: list[list[re.Match]] = [[]]
    for t in run:
        if _bare(t.group(0), art.lang) in art.mid_caps:
            parts[-1].append(t)
        elif parts[-1]:
            parts.append([])
    return [p for p in parts if p]


def _keep(s: Sentence, run: list[re.Match], a: int, b: int, text: str, art: _Article, ignore: set[str]) -> bool:
    lang = art.lang
    words = [t.group(0) for t in run[a:b]]
    low_words = [_low(w) for w in words]
    initial = art.initial(s, run[a].start())
    if text in ignore or not text:
        return False
    if len(words) == 1:
        w = words[0]
        if len(w) == 1:
            return False  # an initial on its own
        if w.upper() in lang.common_acronyms:
            return False  # "PHK", "CEO", "Lansia", "Covid-19": a common noun abbreviated, a disease
        bare = re.split(r"['’]", low_words[0])[0]
        if bare in lang.months or bare in lang.weekdays:
            return False  # "Saturday", "Saturday's", "October": a date, never a name
        if initial and low_words[0] in lang.numbers and not text.isupper():
            return False  # rule "initial-number": "Lima orang tewas": five, not the city of Lima
        if (initial and text not in art.mid_caps and not text.isupper() and not gazetteer.is_place(text)
                and s.id not in art.headings):
            return False
        if low_words[0] in lang.demonyms or any(p in lang.demonyms for p in low_words[0].split("-")):
            return False
        if low_words[0] in lang.designator_words or low_words[0] in lang.titles | lang.portfolios:
            return False  # "Type 09-1"; "Environment" left over from "Environment Minister"
        preceding = s.text[max(0, run[a].start() - 12):run[a].start()].split()
        if preceding and preceding[-1][:1].isdigit():
            return False  # "3M Plus", "Covid-19 Varian": part of a code
        following = s.text[run[a].end():run[a].end() + 3].lstrip()
        if following[:1].isdigit() and not gazetteer.is_place(text):
            return False  # "Type 09-1", "Pasal 340": a code
        if low_words[0] in lang.directions:
            return not initial  # "Barat" mid-sentence: the West
        if w.isdigit():
            return False
    if _generic(words, lang):
        return False
    if all(_roman(w) or w.isdigit() for w in words):
        return False  # "PON XX", "Komisi II": a number
    if len(words) > 1 and " ".join(low_words) in art.lower_phrases:
        return False  # "Wilayah Bebas Korupsi", "Masyarakat Umum": the article also writes it in lowercase
    if low_words[0] in lang.event_words or low_words[-1] in lang.event_words:
        return False
    if len(words) > 1 and low_words[-1] in lang.designator_words:
        return False  # "Han Class": a model, not a person, body or place
    if len(words) > 1 and any(w in lang.event_words for w in low_words):
        return False
    return True


def find_candidates(sentences: list[Sentence], masked: dict[str, list[tuple[int, int]]], lang: Language,
                    ignore: set[str], definitions: list[Definition] | None = None) -> list[Candidate]:
    """Capitalised names that are not known aliases (``masked``), with the
    long and short forms of every abbreviation the article defines."""
    definitions = definitions or []
    art = _Article(sentences, lang, definitions)
    spans = {s.id: list(masked.get(s.id, [])) + degree_spans(s.text, lang) for s in sentences}
    for d in definitions:
        spans.setdefault(d.sentence, []).extend([(d.long_start, d.long_end), (d.short_start, d.short_end)])
    runs = {s.id: _runs(s, spans[s.id], lang) for s in sentences}
    _split_coordinated(runs, lang)
    for s in sentences:
        for run in runs[s.id]:
            words = [t.group(0) for t in run]
            art.tails.update(" ".join(words[k:]) for k in range(len(words)))
            art.note_governed(words)
    for sid in art.headings:
        # In a title-case heading only words the body capitalises are names.
        runs[sid] = [sub for run in runs[sid] for sub in _known_parts(run, art)]
    # First pass: the names the article uses on their own.
    for s in sentences:
        for run in runs[s.id]:
            for a, b, _ in _pieces(s, run, art, split=False):
                art.standalone.add(_bare(s.text[run[a].start():run[b - 1].end()], lang))
    out: list[Candidate] = []
    for s in sentences:
        for run in runs[s.id]:
            for a, b, titles in _pieces(s, run, art, split=True):
                start, end = run[a].start(), run[b - 1].end()
                text = _adjective_free(_clitic_free(s.text[start:end], art), lang)
                if not _keep(s, run, a, b, text, art, ignore):
                    continue
                cand = _candidate(s, text, start, titles)
                cand.dateline = art.dateline.get(s.id, (-1, 0))[0] == end
                o_start, o_end = art.outlet.get(s.id, (-1, -1))
                cand.outlet = o_start <= start and end <= o_end and not gazetteer.is_place(text)
                out.append(cand)
    _titles_across_brackets(out, definitions, sentences, lang)
    by_id = {s.id: s for s in sentences}
    for d in definitions:
        s = by_id[d.sentence]
        if d.short.upper() in lang.common_acronyms:
            continue  # rule "common-definition": "Tempat Kejadian Perkara (TKP)": a common noun spelled out
        out.append(_candidate(s, d.long, d.long_start, _defined_titles(s, d, art)))
        out.append(_candidate(s, d.short, d.short_start, [], long_of=d.long))
    out.sort(key=lambda c: (c.sentence, c.start))
    return out


def _defined_titles(s: Sentence, d: Definition, art: _Article) -> list[str]:
    """Rule "titled-definition": "Presiden Joko Widodo (Jokowi)": a title just
    before a defined name that can only be a person's is that person's title."""
    lang = art.lang
    if not _person_like(d.long.split(), art):
        return []
    head = s.text[max(0, d.long_start - WINDOW):d.long_start]
    if not head.endswith(" ") or head.endswith("  ") or not head.split():
        return []
    last = head.split()[-1]
    if is_cap(last) and _low(last) in lang.titles and _low(last) not in lang.name_titles:
        return [last]
    return []


def _titles_across_brackets(cands: list[Candidate], definitions: list[Definition], sentences: list[Sentence],
                            lang: Language) -> None:
    """"Ketua Umum Partai X (PDI-P) Megawati": the titles before a defined
    body belong to the name after its bracket, as in "Presiden Rusia Vladimir Putin"."""
    text = {s.id: s.text for s in sentences}
    for c in cands:
        if not c.after_bracket or c.title:
            continue
        for d in definitions:
            t = text[d.sentence]
            if d.sentence == c.sentence and d.short_end < c.start and not t[d.short_end:c.start].strip(" )"):
                titles = []
                for word in reversed(TOKEN.findall(t[max(0, d.long_start - WINDOW):d.long_start])):
                    if _low(word) not in lang.titles and _low(word) not in lang.portfolios:
                        break
                    titles.insert(0, word)  # "Ketua Umum": a title and its portfolio
                if not any(_low(w) in lang.titles for w in titles):
                    titles = _office_title(t[max(0, d.long_start - 2 * WINDOW):d.long_start], lang)
                if any(_low(w) in lang.titles for w in titles):
                    c.title = " ".join(titles)


OFFICE_WORDS = 10  # words of an office ("Pusat Data Informasi dan Hubungan Masyarakat") between a title and a body


def _office_title(head: str, lang: Language) -> list[str]:
    """Rule "office-title": "Kepala Pusat Data Informasi dan Hubungan Masyarakat
    Badan X (BX) Sutopo": the title that opens the office before a defined body."""
    words = TOKEN.findall(head)
    for word in reversed(words[-OFFICE_WORDS:]):
        low = _low(word)
        if is_cap(word) and low in lang.titles and low not in lang.name_titles:
            return [word]
        if not (is_cap(word) or low in lang.coordinators or low in lang.connectors):
            return []
    return []


def _candidate(s: Sentence, text: str, start: int, titles: list[str], long_of: str = "") -> Candidate:
    head = s.text[max(0, start - WINDOW):start]
    before = TOKEN.findall(head)
    rest = s.text[start + len(text):start + len(text) + WINDOW]
    follow = TOKEN.match(rest.lstrip(" ,"))
    apposition = TOKEN.findall(rest[1:80].split(",")[0])[:APPOSITION_WORDS] if rest.startswith(",") else []
    return Candidate(text, s.id, start, start + len(text), title=" ".join(titles),
                     after=before[-1].lower() if before else "", context=before[-4:],
                     follow=follow.group(0).lower() if follow else "", long_of=long_of,
                     after_bracket=head.rstrip().endswith(")"),
                     after_comma=head.rstrip().endswith(","), apposition=[w.lower() for w in apposition],
                     lead=head[-LEAD:])
