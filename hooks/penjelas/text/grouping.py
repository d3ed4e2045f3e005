"""Which candidate names are one entity.

Joined: an abbreviation and the long form the article gives it; the names
of one country ("AS", "Amerika Serikat"); an all-capitals dateline and the
name ("NAIROBI", "Nairobi"); two spellings one letter apart
("Self-Defence Forces", "Self-Defense Forces"); an acronym that spells the
initials of exactly one name ("AP", "Associated Press"); and a short form of
exactly one fuller name ("Dwikorita" -> "Dwikorita Karnawati", "Solok" ->
"Kabupaten Solok"); a nickname the article gives ("X atau yang akrab disapa
Y", "X, known as Y"). A short form that could belong to two names joins neither.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import gazetteer
from .acronyms import initials
from .lang import Language
from .names import Candidate


@dataclass
class Group:
    name: str  # the fullest form: what the entity is called
    forms: list[str]  # the name first, then the other forms in order of appearance
    candidates: list[Candidate] = field(default_factory=list)


class _Union:
    def __init__(self, items: list[str]):
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _one_edit(a: str, b: str) -> bool:
    """Exactly one letter substituted, inserted or deleted."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1:]


def _other_unit(words: list[str], cands: list[Candidate], lang: Language) -> bool:
    """"Kabupaten Bandung" and the city "Bandung" are two places, unless the
    bare name comes with the unit's head ("Bupati Pekalongan")."""
    unit, bare = words[0].lower(), " ".join(words[1:])
    head = lang.separate_units.get(unit)
    if head is None or not gazetteer.is_city(bare):
        return False
    return not any(c.text == bare and head in c.title.lower().split() for c in cands)


def _is_acronym(text: str) -> bool:
    return text.isupper() and text.isalpha() and 2 <= len(text) <= 6


def group_candidates(cands: list[Candidate], lang: Language) -> list[Group]:
    texts = list(dict.fromkeys(c.text for c in cands))
    uf = _Union(texts)
    generic = lang.org_words | lang.media_words | lang.place_words | lang.titles

    for c in cands:  # abbreviations the article defines
        if c.long_of and c.long_of in uf.parent:
            uf.union(c.long_of, c.text)
    by_country: dict[str, str] = {}
    for t in texts:  # the names of one country or place
        key = gazetteer.place_key(t)
        if key:
            uf.union(by_country.setdefault(key, t), t)
    upper = {t.upper(): t for t in texts if not t.isupper()}
    for t in texts:  # "NAIROBI" and "Nairobi"
        if t.isupper() and len(t) > 3 and t in upper:
            uf.union(upper[t], t)
    masked: dict[tuple, str] = {}
    for t in texts:  # spellings one letter apart, in one word of a longer name
        words = t.split()
        if len(words) < 2 or len(t) < 10:
            continue
        for i, w in enumerate(words):
            key = (len(words), i, tuple(words[:i] + words[i + 1:]))
            other = masked.setdefault(key, t)
            if other != t and min(len(w), len(other.split()[i])) >= 5 and _one_edit(w, other.split()[i]):
                uf.union(other, t)
    for t in texts:  # "Japanese Self-Defense Forces" and "Self-Defence Forces"
        words = t.split()
        if len(words) > 2 and words[0].lower() in lang.demonyms:
            base = words[1:]
            if " ".join(base) in uf.parent:
                uf.union(" ".join(base), t)
                continue
            for i, w in enumerate(base):
                other = masked.get((len(base), i, tuple(base[:i] + base[i + 1:])))
                if other and _one_edit(w, other.split()[i]):
                    uf.union(other, t)
                    break
    spelled: dict[str, set[str]] = {}
    for t in texts:  # acronyms spelling the initials of a name
        words = t.split()
        if len(words) >= 2 and all(w[:1].isupper() or w.lower() in lang.connectors for w in words):
            spelled.setdefault(initials(t), set()).add(uf.find(t))
    for t in texts:
        if _is_acronym(t) and len(spelled.get(t, ())) == 1 and uf.find(t) == t:
            uf.union(next(iter(spelled[t])), t)

    for c, prev in _nicknames(cands, lang):  # "Yoga Pratama atau yang akrab disapa Yogi"
        uf.union(prev.text, c.text)

    # Short forms: "Kabupaten Solok" -> "Solok" first, then "Ratna Kusumawardani" -> "Ratna".
    admin: dict[str, set[str]] = {}
    shorts = {c.text for c in cands if c.long_of}  # "Polda" of "Kepolisian Daerah (Polda)": "Polda Sulteng" is it too
    personal: dict[str, set[str]] = {}
    for t in texts:
        words = t.split()
        if len(words) < 2:
            continue
        if words[0].lower() in lang.place_words and not _other_unit(words, cands, lang):
            admin.setdefault(" ".join(words[1:]), set()).add(t)
        if (words[0].isupper() or words[0] in shorts) and len(words[0]) >= 2 and (gazetteer.is_place(" ".join(words[1:]))
                                                          or all(w.lower() in lang.directions for w in words[1:])):
            admin.setdefault(words[0], set()).add(t)  # "BPBD Sumbar" -> "BPBD", "KONI Pusat" -> "KONI"
        if words[-1].lower() in lang.unit_suffixes and len(words) == 2:
            admin.setdefault(words[0], set()).add(t)  # rule "unit-suffix": "Bantul Regency" -> "Bantul"
        if words[-1].lower() in lang.org_words and not gazetteer.is_place(" ".join(words[:-1])):
            admin.setdefault(" ".join(words[:-1]), set()).add(t)  # "Rajawali FC" -> "Rajawali"
        if not any(w.lower() in generic for w in words) and not gazetteer.is_place(t) and not any(w.isupper() for w in words):
            for k in range(1, len(words)):  # "Sri Mulyani", "Indrawati", "Mulyani Indrawati"
                personal.setdefault(" ".join(words[:k]), set()).add(t)
                personal.setdefault(" ".join(words[k:]), set()).add(t)
            for w in words[1:-1]:  # "Arif" for "Muhammad Arif Anwar"
                personal.setdefault(w, set()).add(t)
            if len(words) >= 3:  # rule "first-and-last": "Muhammad Anwar" for "Muhammad Arif Anwar"
                personal.setdefault(f"{words[0]} {words[-1]}", set()).add(t)
    for t in texts:
        fulls = {uf.find(f) for f in admin.get(t, ())} - {uf.find(t)}
        if len(fulls) == 1:
            uf.union(fulls.pop(), t)
    sizes: dict[str, int] = {}
    for t in texts:
        sizes[uf.find(t)] = sizes.get(uf.find(t), 0) + 1
    for t in texts:
        if t.isupper() or gazetteer.is_place(t) or sizes[uf.find(t)] > 1:
            continue  # already placed by a surer rule
        fulls = {uf.find(f) for f in personal.get(t, ())} - {uf.find(t)}
        if len(fulls) == 1:
            uf.union(fulls.pop(), t)

    members: dict[str, list[str]] = {}
    for t in texts:
        members.setdefault(uf.find(t), []).append(t)
    by_text: dict[str, list[Candidate]] = {}
    for c in cands:
        by_text.setdefault(c.text, []).append(c)
    longs = {c.long_of for c in cands if c.long_of}
    groups = []
    for forms in members.values():
        name = _head(forms, longs, lang)
        ordered = [name] + [f for f in forms if f != name]
        groups.append(Group(name, ordered, [c for f in ordered for c in by_text.get(f, [])]))
    return groups


def _nicknames(cands: list[Candidate], lang: Language) -> list[tuple[Candidate, Candidate]]:
    """(nickname, full name) for "X atau yang akrab disapa Y", "X, known as Y":
    a one-word name right after a cue that follows a name of several words."""
    cues = [[w.lower() for w in cue.replace(",", " ").split()] for cue in lang.nickname_cues]
    by_sentence: dict[str, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    out = []
    for c in cands:
        if " " in c.text or c.text.isupper():
            continue
        context = [w.lower() for w in c.context]
        cue = next((q for q in cues if q and context[-len(q):] == q), None)
        if cue is None:
            continue
        reach = sum(len(w) + 2 for w in cue) + 2
        before = [p for p in by_sentence[c.sentence] if p.end <= c.start and c.start - p.end <= reach]
        if before:
            prev = max(before, key=lambda p: p.end)
            if " " in prev.text and not prev.text.isupper():
                out.append((c, prev))
    return out


def _head(forms: list[str], longs: set[str], lang: Language) -> str:
    """The long form of an abbreviation, else the fullest name (not all
    capitals, not led by a demonym: "Self-Defence Forces", not "Japanese
    Self-Defense Forces")."""
    defined = [f for f in forms if f in longs]
    if defined:
        return max(defined, key=len)
    pool = [f for f in forms if not f.isupper() and f.split()[0].lower() not in lang.demonyms] or forms
    best = pool[0]
    for f in pool[1:]:
        if (len(f.split()), len(f)) > (len(best.split()), len(best)):
            best = f
    return best
