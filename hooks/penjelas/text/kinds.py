"""Is an auto-detected name a person, an organisation, a news outlet, a
country, a place or a group? Decided from the name itself first (gazetteer,
words such as "Badan", "News", "Kabupaten"), then from the words around its
mentions ("Presiden X", "pemerintahan X", "barat daya X", "kantor berita X"),
in that order, because the name is better evidence than its context.
"""

from __future__ import annotations

from . import gazetteer
from .lang import Language
from .names import Candidate

PERSON_WORDS_MAX = 4  # longer runs of plain capitalised words are rarely a person


def _words(forms: list[str]) -> set[str]:
    return {w.lower() for f in forms for w in f.replace("-", " ").split()}


def _after_direction(c: Candidate, lang: Language) -> bool:
    """"barat daya Painan", "southwest of Okinawa" (a lowercase compass word:
    "Korea Utara Putin" says nothing)."""
    ctx = [w for w in c.context if w not in ("of", "dari")]
    return bool(ctx) and ctx[-1].islower() and (ctx[-1] in lang.directions or ctx[-1].split("-")[-1] in lang.directions)


def _media_context(c: Candidate, lang: Language) -> bool:
    """"kantor berita AP", "Publikasi Jepang Nikkei Asia", "the newspaper X"."""
    near = [w.lower() for w in c.context[-2:]]
    return any(w in lang.media_cues for w in near) or any(w in lang.media_cues for w in c.title.lower().split())


def guess_kind(name: str, cands: list[Candidate], lang: Language, forms: list[str] | None = None) -> str:
    forms = forms or [name]
    words = _words(forms)
    first = name.split()[0].lower()
    if any(gazetteer.is_country(f) for f in forms):
        return "country"
    if any(gazetteer.is_media(f) for f in forms) or words & lang.media_words:
        return "media"
    if first in lang.place_words and first not in lang.directions and not words & lang.org_words:
        return "place"
    if words & lang.org_words:
        return "organization"
    if any(gazetteer.is_city(f) or gazetteer.is_region(f) for f in forms) or any(c.dateline for c in cands):
        return "place"
    if words & lang.place_words and not all(w in lang.directions for w in words):
        return "place"
    if any(_media_context(c, lang) for c in cands):
        return "media"
    if all(f.isupper() for f in forms):
        return "organization"
    if any(t.lower().rstrip(".") in lang.titles for c in cands for t in c.title.split()):
        return "person"
    if all(w in lang.directions for w in words):
        return "group"  # "Barat": the West
    if any(c.after in lang.governance or c.follow in lang.governance for c in cands):
        return "person"  # "pemerintahan Biden", "the Biden administration"
    if any(_after_direction(c, lang) for c in cands):
        return "place"
    if cands and all(c.after_bracket for c in cands):
        return "place"  # "Balai Besar Wilayah Sungai (BBWS) Pemali Juana": where the body works
    if cands and sum(c.after in lang.place_preps for c in cands) * 2 > len(cands) and len(name.split()) == 1:
        return "place"
    if len(name.split()) <= PERSON_WORDS_MAX:
        return "person"
    return "organization"
