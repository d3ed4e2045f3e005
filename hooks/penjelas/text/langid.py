"""Which language a short piece of text is in (a quotation inside a note, a
source's title), told from the function words each language's lexicon
gives (``text/lang``): no model and no word list of its own. A text with
none of them, or as many of one language's as of another's, is not guessed."""

from __future__ import annotations

import re

from .lang import LANGUAGES

WORD = re.compile(r"[^\W\d_]+")


def guess(text: str) -> str | None:
    """The code of the language whose function words ``text`` holds most of, or None."""
    words = [w.lower() for w in WORD.findall(text)]
    if not words:
        return None
    scores = {code: sum(w in lang.function_words for w in words) for code, lang in LANGUAGES.items()}
    best = max(scores.values())
    winners = [code for code, n in scores.items() if n == best]
    return winners[0] if best and len(winners) == 1 else None
