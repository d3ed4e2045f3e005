"""Abbreviations the article defines, and acronyms that spell a name.

News introduces a body once in full and then abbreviates it:
"Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "Sumatra Barat
(Sumbar)", "Kepolisian Daerah Jawa Timur (Polda Jatim)", "the Liberal
Democratic Party or LDP". The long form is found by walking back from the
bracket to the shortest run of capitalised words the abbreviation can be cut
from (the Schwartz-Hearst idea, loosened for Indonesian syllable
abbreviations such as "Polda" from "Kepolisian Daerah").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Sentence
from .lang import Language

BRACKET = re.compile(r"\(([^()]{1,40})\)")
# One to three capitalised tokens: "BMKG", "Sumbar", "Polda Jatim", "PN".
SHORT_FORM = re.compile(r"[A-Z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*){0,2}")
# "... Party or LDP", "... Hidup dan Kehutanan atau KLHK".
OR_ACRONYM = re.compile(r",?\s+(?:atau|or|alias)\s+([A-Z][A-Z0-9&]{1,9})\b")
WORD = re.compile(r"[\w'’&-]+|,")
# Lowercase words allowed inside a long form.
LINKS = frozenset("dan and of the for untuk serta & de van bin di".split())
MAX_EXTRA_WORDS = 4


@dataclass(frozen=True)
class Definition:
    """``long`` (at long_start:long_end) is abbreviated as ``short`` in one sentence."""

    sentence: str
    long: str
    long_start: int
    long_end: int
    short: str
    short_start: int
    short_end: int


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def initials(name: str) -> str:
    """"Associated Press" -> "AP"; lowercase link words do not count."""
    words = [w for w in re.findall(r"[\w'’]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words).upper()


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def abbreviates(short: str, long: str) -> bool:
    """Can ``short`` be cut from ``long``? Initials ("PPATK"), or letters in
    order with the first one taken from the first word ("Sumbar", "Polda Jatim")."""
    if len(long.split()) < 2 or len(_letters(short)) < 2:
        return False
    if initials(long) == _letters(short).upper():
        return True
    s, words = _letters(short), [_letters(w) for w in long.split() if w.strip(",")]
    words = [w for w in words if w]
    if not words or s[0] not in words[0] or not _is_subsequence(s, "".join(words)):
        return False
    # The last word must give a letter too, or the long form reaches too far.
    return _is_subsequence(s, "".join(words)) and not _is_subsequence(s, "".join(words[:-1]))


def _looks_short(text: str) -> bool:
    tokens = text.split()
    return all(len(t) <= 8 for t in tokens) and len(_letters(text)) <= 12


LONG_FORM_REACH = 400  # characters before an acronym where its long form may start


def _long_form_before(text: str, end: int, short: str) -> tuple[int, int] | None:
    """The shortest capitalised run ending at ``end`` that ``short`` abbreviates."""
    # Only the words just before: a long form is a few words, and scanning the
    # sentence from its start at every "(" made long sentences quadratic.
    words = [m for m in WORD.finditer(text, max(0, end - LONG_FORM_REACH), end)]
    # Stop at anything that cannot sit inside a name (a full stop, a quote...).
    cut = max((text.rfind(c, 0, end) for c in ".;:“”\"()"), default=-1)
    words = [w for w in words if w.start() > cut]
    limit = len(_letters(short)) + MAX_EXTRA_WORDS
    real = [w for w in words if w.group(0) != ","]
    best_initials = best_letters = None
    for k in range(1, min(limit, len(real)) + 1):
        first = real[-k]
        chunk = real[-k:]
        if not first.group(0)[:1].isupper():
            continue
        if any(not (w.group(0)[:1].isupper() or w.group(0).lower() in LINKS) for w in chunk):
            break
        long = text[first.start():real[-1].end()]
        if initials(long) == _letters(short).upper():
            best_initials = best_initials or (first.start(), real[-1].end())
        elif best_letters is None and abbreviates(short, long):
            best_letters = (first.start(), real[-1].end())
    return best_initials or best_letters


def _body_before(text: str, end: int, short: str, lang: Language) -> tuple[int, int] | None:
    """"Kantor Pencarian dan Pertolongan (Basarnas)": a body's name and the
    name everyone uses for it, though the letters do not match. Only when the
    words before the bracket open with a word for a body ("Kantor", "Badan")."""
    if " " in short:
        return None
    cut = max((text.rfind(c, 0, end) for c in ".;:“”\"()"), default=-1)
    words = [w for w in WORD.finditer(text, cut + 1, end) if w.group(0) != ","]
    run: list[re.Match] = []
    for w in reversed(words):
        if not (w.group(0)[:1].isupper() or w.group(0).lower() in LINKS):
            break
        run.insert(0, w)
    while run and not run[0].group(0)[:1].isupper():
        run.pop(0)
    # The body's word may come after a title ("Kepala Kantor ..."): start there.
    starts = [k for k, w in enumerate(run) if w.group(0).lower() in lang.org_words]
    if not starts or len(run) - starts[0] < 2:
        return None
    return run[starts[0]].start(), run[-1].end()


def find_definitions(sentences: list[Sentence], lang: Language) -> list[Definition]:
    """Every "Long Form (SHORT)", "SHORT (Long Form)" and "Long Form or SHORT"."""
    out: list[Definition] = []
    for s in sentences:
        text = s.text
        for m in BRACKET.finditer(text):
            inner = m.group(1).strip()
            a = m.start(1) + m.group(1).find(inner)
            before_end = len(text[: m.start()].rstrip())
            if SHORT_FORM.fullmatch(inner) and _looks_short(inner):
                span = _long_form_before(text, before_end, inner) or _body_before(text, before_end, inner, lang)
                if span:
                    out.append(Definition(s.id, text[span[0]:span[1]], span[0], span[1], inner, a, a + len(inner)))
                    continue
            # "BMKG (Badan Meteorologi, ...)": the short form comes first.
            prev = re.search(r"([A-Z][A-Za-z0-9&-]{1,9})$", text[:before_end])
            if prev and abbreviates(prev.group(1), inner) and all(
                    w[:1].isupper() or w.lower() in LINKS for w in re.findall(r"[\w'’&-]+", inner)):
                out.append(Definition(s.id, inner, a, a + len(inner), prev.group(1), prev.start(1), prev.end(1)))
        for m in OR_ACRONYM.finditer(text):
            span = _long_form_before(text, m.start(), m.group(1))
            if span:
                out.append(Definition(s.id, text[span[0]:span[1]], span[0], span[1], m.group(1), m.start(1), m.end(1)))
    return out
