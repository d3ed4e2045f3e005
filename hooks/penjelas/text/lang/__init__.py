"""The languages an article may be written in: the registry, as spaCy's
``spacy/lang/``. Each language lives in its own file (``id.py``, ``en.py``);
``base.py`` says what a language gives."""

from __future__ import annotations

from .base import DateRule, Language

__all__ = ["DateRule", "Language", "ENGLISH", "INDONESIAN", "LANGUAGES", "language"]
from .en import ENGLISH
from .id import INDONESIAN

LANGUAGES = {"id": INDONESIAN, "en": ENGLISH}


def language(code: str) -> Language:
    return LANGUAGES.get(code, INDONESIAN)
