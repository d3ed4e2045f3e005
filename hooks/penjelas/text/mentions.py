"""Finding who and what an article mentions.

Two passes: known aliases are matched longest first; what is left is scanned
for capitalised names, which become auto-detected entities; then every alias
of every entity is matched again, so each mention is found once and in full.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..model import Entity, Mention, Sentence
from . import gazetteer
from .lang import Language

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
OPEN_QUOTES = "“\"‘'(«["


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "entitas"


def _alias_pattern(aliases: list[str], lang: Language) -> re.Pattern | None:
    if not aliases:
        return None
    ordered = sorted(set(aliases), key=lambda a: (-len(a), a))
    clitics = "|".join(re.escape(c) for c in lang.clitics)
    body = "|".join(re.escape(a) for a in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?=(?:{clitics})?(?![\w-]))")


def match_aliases(sentences: list[Sentence], alias_map: dict[str, str], lang: Language) -> list[Mention]:
    """Every occurrence of every alias, longest first; ``alias_map`` is alias -> entity id."""
    pattern = _alias_pattern(list(alias_map), lang)
    if pattern is None:
        return []
    found = []
    for s in sentences:
        for m in pattern.finditer(s.text):
            found.append(Mention(alias_map[m.group(0)], s.id, m.group(0), m.start(), m.end()))
    return found


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


@dataclass
class Candidate:
    text: str
    sentence: str
    start: int
    end: int
    title: str = ""  # title word(s) that came before it
    after: str = ""  # the word before the run (di, ke, in...)
    gloss: list[str] = field(default_factory=list)  # names given in brackets after it


def _article_lowercase_words(sentences: list[Sentence]) -> set[str]:
    words = set()
    for s in sentences:
        for m in TOKEN.finditer(s.text):
            w = m.group(0)
            if w[:1].islower():
                words.add(w)
    return words


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].strip()
    return not before or all(c in OPEN_QUOTES for c in before)


def find_candidates(sentences: list[Sentence], masked: dict[str, list[tuple[int, int]]], lang: Language, ignore: set[str]) -> list[Candidate]:
    """Capitalised runs that are not known aliases, trimmed of titles and common words."""
    lowercase = _article_lowercase_words(sentences)
    mid_caps = set()
    for s in sentences:
        for m in TOKEN.finditer(s.text):
            if _is_cap(m.group(0)) and not _sentence_initial(s.text, m.start()):
                mid_caps.add(m.group(0))
    out: list[Candidate] = []
    for s in sentences:
        spans = masked.get(s.id, [])
        tokens = [m for m in TOKEN.finditer(s.text) if not any(a <= m.start() < b for a, b in spans)]
        i = 0
        while i < len(tokens):
            if not _is_cap(tokens[i].group(0)):
                i += 1
                continue
            run = [tokens[i]]
            j = i + 1
            while j < len(tokens):
                gap = s.text[run[-1].end():tokens[j].start()]
                word = tokens[j].group(0)
                if gap.strip() == "" and _is_cap(word) and " " in gap or (gap == "" and _is_cap(word)):
                    run.append(tokens[j])
                    j += 1
                elif (gap.strip() == "" and word in lang.connectors and j + 1 < len(tokens)
                      and _is_cap(tokens[j + 1].group(0)) and s.text[tokens[j].end():tokens[j + 1].start()].strip() == ""):
                    run.extend([tokens[j], tokens[j + 1]])
                    j += 2
                else:
                    break
            out.extend(_trim_run(s, run, lang, lowercase, mid_caps, ignore))
            i = j
    return out


def _trim_run(s: Sentence, run, lang: Language, lowercase: set[str], mid_caps: set[str], ignore: set[str]) -> list[Candidate]:
    words = [t.group(0) for t in run]
    title_words: list[str] = []
    k = 0
    initial = _sentence_initial(s.text, run[0].start())
    while k < len(words):
        w = words[k]
        low = w.lower()
        is_title = low in lang.titles
        is_common = (low in lang.function_words or low in lang.months or low in lang.weekdays
                     or (low in lowercase and (title_words or (k == 0 and initial))))
        if is_title or is_common:
            if is_title or title_words:
                title_words.append(w)
            k += 1
            continue
        break
    end = len(words)
    while end > k and (words[end - 1].lower() in lang.months or words[end - 1].lower() in lang.weekdays
                       or words[end - 1].lower() in lang.function_words):
        end -= 1
    while end > k and words[end - 1].lower() in lang.connectors:
        end -= 1
    if k >= end:
        return []
    name_tokens = run[k:end]
    text = s.text[name_tokens[0].start():name_tokens[-1].end()]
    for clitic in lang.clitics:
        if len(name_tokens) == 1 and text.endswith(clitic) and len(text) > len(clitic) + 2 and text[: -len(clitic)] in mid_caps:
            text = text[: -len(clitic)]
    if text in ignore or text.lower() in lang.titles:
        return []
    first_initial = _sentence_initial(s.text, name_tokens[0].start())
    if len(name_tokens) == 1 and first_initial and text not in mid_caps and not text.isupper():
        return []
    if all(t.group(0).lower() in lang.place_words | lang.org_words | lang.titles for t in name_tokens):
        return []
    before = s.text[: name_tokens[0].start()].split()
    return [Candidate(text, s.id, name_tokens[0].start(), name_tokens[0].start() + len(text),
                      title=" ".join(title_words), after=before[-1].lower() if before else "")]


def guess_kind(name: str, cands: list[Candidate], lang: Language, speakers: set[str]) -> str:
    words = name.split()
    lows = {w.lower() for w in words}
    if gazetteer.is_country(name):
        return "country"
    if lows & lang.org_words:
        return "organization"
    if lows & lang.place_words:
        return "place"
    if any(c.title and c.title.split()[0].lower() in lang.titles for c in cands):
        return "person"
    if name.isupper():
        return "organization"
    if any(c.after in {"di", "ke", "dari", "in", "at", "to", "near"} for c in cands):
        return "place"
    if len(words) >= 2 or name in speakers:
        return "person"
    return "organization"
