"""Why a phrase quoted in notes is not in the article, and what is close.

A phrase must be copied exactly. When it is not found, the article and the
phrase are compared again, looser and looser, so that the message can say
what differs: an invisible character in the article (with its place), a
decomposed accent, spacing, quotation marks or dashes, or letter case; and
failing all that, which words of the article come closest.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from ..reading.characters import INVISIBLE, invisible_name

_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»〝〞＂"} | {c: "'" for c in "‘’‚‛`´"} | {c: "-" for c in "‐‑‒–—―−"})
_WORDS = re.compile(r"\w+(?:\W+\w+)*")


def _fold(text: str, *, invisible: bool = True, accents: bool = True, space: bool = True,
          quotes: bool = True, case: bool = True, alnum: bool = False) -> tuple[str, list[int]]:
    """``text`` folded for a looser comparison, and the offset in ``text`` of
    each folded character (so that a match can be placed in the original)."""
    out: list[str] = []
    where: list[int] = []
    last_space = True
    for i, c in enumerate(text):
        if invisible and INVISIBLE.match(c):
            continue
        pieces = unicodedata.normalize("NFD", c) if accents else c
        for d in pieces:
            if accents and unicodedata.combining(d):
                continue
            if quotes:
                d = d.translate(_QUOTES)
            if case:
                d = d.casefold()
            if alnum and not d.isalnum():
                continue
            if space and d.isspace():
                if last_space:
                    continue
                d = " "
            last_space = d == " "
            for e in d:
                out.append(e)
                where.append(i)
    return "".join(out), where


# From the strictest comparison to the loosest: what the phrase differs in
# when it is found at that level and not before.
LEVELS = (
    ("an invisible character", dict(invisible=True, accents=False, space=False, quotes=False, case=False)),
    ("the way an accent is written (composed or decomposed)", dict(invisible=True, accents=True, space=False, quotes=False, case=False)),
    ("spacing", dict(invisible=True, accents=True, space=True, quotes=False, case=False)),
    ("quotation marks, apostrophes or dashes", dict(invisible=True, accents=True, space=True, quotes=True, case=False)),
    ("letter case", dict(invisible=True, accents=True, space=True, quotes=True, case=True)),
    ("spacing or punctuation", dict(invisible=True, accents=True, space=True, quotes=True, case=True, alnum=True)),
)


def explain_miss(phrase: str, article, sentences) -> str:
    """A suffix for "phrase '…' is not in the article": what differs, or what is close."""
    for what, level in LEVELS:
        want, _ = _fold(phrase, **level)
        if not want.strip():
            continue
        for p in article.paragraphs:
            have, where = _fold(p.text, **level)
            at = have.find(want)
            if at < 0:
                continue
            start, end = where[at], where[at + len(want) - 1] + 1
            found = p.text[start:end]
            line, col = _place(p, start)
            hidden = [(k, c) for k, c in enumerate(found) if INVISIBLE.match(c)]
            if hidden:
                k, c = hidden[0]
                line, col = _place(p, start + k)
                return (f": the article holds {invisible_name(c)} inside it, at line {line}, column {col}; copy the phrase "
                        "from the article with that character, or delete the character from the article")
            return f": the article has '{found}' (line {line}), which differs only in {what}: copy it from the article"
    return _closest(phrase, sentences)


def _place(paragraph, offset: int) -> tuple[int, int]:
    before = paragraph.text[:offset]
    return paragraph.line + before.count("\n"), offset - (before.rfind("\n") + 1) + 1


def _closest(phrase: str, sentences) -> str:
    """" (did you mean '…'?)" with the run of the article's words most like the phrase."""
    n = max(1, len(phrase.split()))
    want, _ = _fold(phrase)
    # Only runs that start with one of the phrase's words (or a near spelling of
    # its first) are compared: a long article has hundreds of thousands of runs.
    firsts = {_fold(w)[0] for w in phrase.split()}
    best = None
    for size in dict.fromkeys([n, max(1, n - 1), n + 1]):  # runs as long as the phrase first
        best_score = 0.6
        for s in sentences:
            words = list(re.finditer(r"\S+", s.text))
            starts = [k for k, w in enumerate(words) if _fold(w.group(0))[0] in firsts
                      or difflib.SequenceMatcher(None, _fold(w.group(0))[0], _fold(phrase.split()[0])[0]).ratio() > 0.75]
            for k in starts:
                chunk = words[k:k + size]
                if len(chunk) < size:
                    continue
                candidate = s.text[chunk[0].start():chunk[-1].end()]
                have, _ = _fold(candidate)
                matcher = difflib.SequenceMatcher(None, want, have, autojunk=False)
                if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
                    continue
                score = matcher.ratio()
                if score > best_score:
                    best, best_score = candidate.strip(" ,.;:"), score
        if best:
            break
    return f" (did you mean '{best}'?)" if best else ""
