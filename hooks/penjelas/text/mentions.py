"""Finding who and what an article mentions, by alias.

Two passes (driven by ``extract``): known aliases are matched longest first;
what is left is scanned for capitalised names (``names``), which become
auto-detected entities; then every alias of every entity is matched again, so
each mention is found once and in full. An alias also matches with a clitic
or possessive attached ("Korea Utaralah", "Japan's").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..model import Mention, Sentence
from .lang import Language

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
WORD = re.compile(r"\w+")
OPEN_QUOTES = "“\"‘'(«["


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "entitas"


def _alias_pattern(aliases: list[str], lang: Language) -> re.Pattern | None:
    if not aliases:
        return None
    ordered = sorted(set(aliases), key=lambda a: (-len(a), a))
    clitics = "|".join(re.escape(c) for c in lang.clitics + lang.adjective_suffixes)  # "Utaralah", "Munich-based"
    body = "|".join(re.escape(a) for a in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?=(?:{clitics})?(?![\w-]))")


@functools.lru_cache(maxsize=65536)
def _first_word(alias: str) -> str:
    """The word an occurrence of ``alias`` starts with; "" (always kept) when it starts otherwise."""
    first = WORD.match(alias)
    return first.group(0) if first else ""


class AliasIndex:
    """The aliases of the site-wide registry, indexed once per build.

    The registry grows with the archive: a story that looped over all of it
    (to pick the aliases that can occur, or the people a short name may
    stand for) made a build quadratic in the number of stories. A story
    looks up only the words it contains instead."""

    def __init__(self, alias_map: dict[str, str]):
        self.base = dict(alias_map)
        self.aliases = frozenset(alias_map)
        self.by_first: dict[str, list[str]] = {}  # first word -> aliases
        self.by_end: dict[str, list[str]] = {}  # first or last word of a name of several words -> aliases
        for alias in alias_map:
            self.by_first.setdefault(_first_word(alias), []).append(alias)
            ends = name_ends(alias)
            if ends is not None:
                for w in dict.fromkeys(ends):
                    self.by_end.setdefault(w, []).append(alias)

    def candidates(self, words, alias_map: dict[str, str]) -> list[str]:
        """Aliases of ``alias_map`` that start with one of ``words``:
        the indexed ones, and those added since (notes, auto-detected)."""
        out = [a for w in words for a in self.by_first.get(w, ())]
        out += [a for a in alias_map.keys() - self.aliases if _first_word(a) in words]
        return out


@functools.lru_cache(maxsize=65536)
def name_ends(alias: str) -> tuple[str, str] | None:
    """First and last word of a name of several words; None for one word."""
    words = alias.split()
    return (words[0], words[-1]) if len(words) > 1 else None


def is_demonym(form: str, lang: Language) -> bool:
    """Is ``form`` only a demonym or an adjective of one ("Japanese",
    "Sino-Japanese"), in the language's lexicon? Such a word qualifies a noun
    ("Japanese waters", "the Japanese ambassador"): it never names the
    country, so it is never a mention of it. A name that begins with one
    ("Japanese Self-Defense Forces") is a name."""
    words = [w for w in re.split(r"[\s-]+", form.lower()) if w]
    return bool(words) and all(w in lang.demonyms for w in words)


def match_aliases(sentences: list[Sentence], alias_map: dict[str, str], lang: Language,
                  index: AliasIndex | None = None) -> list[Mention]:
    """Every occurrence of every alias, longest first; ``alias_map`` is alias -> entity id
    (``index``, when given, indexes most of it: see ``AliasIndex``). An alias
    that is only a demonym (``is_demonym``) is not matched."""
    # Only aliases whose first word occurs can match; leaving out the others changes nothing.
    text = "\n".join(s.text for s in sentences)
    words = set(WORD.findall(text))
    words |= {w[: -len(c)] for w in words for c in lang.clitics if w.endswith(c)} | {""}
    if index is None:
        present = [alias for alias in alias_map if _first_word(alias) in words and alias in text]
    else:
        present = [alias for alias in index.candidates(words, alias_map) if alias in text]
    if lang.demonyms:
        present = [alias for alias in present if not is_demonym(alias, lang)]
    pattern = _alias_pattern(present, lang)
    if pattern is None:
        return []
    found = []
    for s in sentences:
        for m in pattern.finditer(s.text):
            found.append(Mention(alias_map[m.group(0)], s.id, m.group(0), m.start(), m.end()))
    return found
