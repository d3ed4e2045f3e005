"""Is an auto-detected name a person, an organisation, a news outlet, a
country, a place or a group? Decided from the name itself first (gazetteer,
words such as "Badan", "News", "Kabupaten"), then from the words around its
mentions ("Presiden X", "His lawyer, X,", "X, a city of", "pemerintahan X",
"barat daya X", "kantor berita X", "budget airline X", "perusahaan rintisan
niaga elektronik X", "X shares", "Direktur Utama X, <person>,"), in that order, because the name is better
evidence than its context. A name with no evidence at all is guessed a person
(news names people more often than anything else), and then a second look at
its neighbours may overrule that ("Stadion Sultan Agung, Bantul": a place).
"""

from __future__ import annotations

import re

from . import gazetteer
from .lang import Language
from .names import Candidate

PERSON_WORDS_MAX = 4  # longer runs of plain capitalised words are rarely a person
ROLE_REACH = 3  # words before "X," that may name X's role ("His lawyer, X")
PLACES = {"place", "country"}
# Titles that are adjectives, naming no role on their own ("by late afternoon, X said").
ADJECTIVE_TITLES = frozenset("late former acting mantan mendiang almarhum almarhumah".split())


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


def _role_before(c: Candidate, lang: Language) -> bool:
    """"His lawyer, Susan Park", "Kuasa hukum terdakwa, Made Sutarja"."""
    return c.after_comma and any(w.lower() in lang.roles or w.lower() in lang.descriptors
                                 or (w.lower() in lang.titles and w.lower() not in ADJECTIVE_TITLES)
                                 for w in c.context[-ROLE_REACH:])


def _apposition(c: Candidate, lang: Language) -> set[str]:
    """The words of "X, a city of 90,000 people," "X, seorang petani,": only
    a phrase that opens with a determiner is an apposition."""
    if c.apposition and c.apposition[0] in lang.determiners:
        return set(c.apposition)
    return set()


def _noun_phrase_before(c: Candidate, lang: Language) -> list[str]:
    """The lowercase words just before the name that may describe it: "budget
    airline X", "perusahaan rintisan niaga elektronik X"; the walk stops at a
    function word or, in Indonesian, a verb ("perusahaan itu dipimpin X")."""
    out: list[str] = []
    for w in reversed(c.context):
        low = w.lower()
        if not w.islower() and low in lang.org_nouns:
            out.append(low)  # "Brokerage X" at a sentence start
            break
        if not w.islower() or low in lang.function_words or low in lang.titles:
            break
        if lang.verb_prefixes and low.startswith(lang.verb_prefixes) and low not in lang.org_nouns:
            break
        out.append(low)
    return out


def _body_context(c: Candidate, lang: Language) -> bool:
    """A lowercase word for a body just before the name ("the industry group
    X", "perusahaan X", "perusahaan rintisan niaga elektronik X"), or in the
    apposition after it ("X, one of Europe's largest makers"), or, for a
    one-word name, just before its comma ("pesaingnya, X")."""
    bodies = lang.org_words | lang.org_nouns
    if c.after_comma:
        near = []
        if " " not in c.text and c.context:
            last = c.context[-1].lower()
            near = [last, last[:-3] if last.endswith("nya") else last]
    else:
        near = _noun_phrase_before(c, lang)
    return any(w in bodies for w in near) or bool(_apposition(c, lang) & bodies)


def _place_noun_near(c: Candidate, lang: Language) -> bool:
    """Rule "place-noun-near": a lowercase place noun just before the name ("di
    desa Jemblung", "bendungan Bili-Bili", "the volcano Anak Krakatau", "the
    island of New Guinea") or just after it ("the Jakarta Marriott hotel")."""
    nouns = lang.place_words - lang.directions - NOT_PLACE_NOUNS
    ctx = c.context[:-1] if c.context and c.context[-1] in ("of", "dari") else c.context
    if ctx and ctx[-1].islower() and ctx[-1] in nouns:
        return True
    return c.follow in nouns and c.follow not in lang.function_words


# Place words that are no noun for a place on their own ("central", "the republic", "daya").
NOT_PLACE_NOUNS = frozenset("central republic kingdom north south east west tengah daya hilir hulu".split())


def _shares(c: Candidate, lang: Language) -> bool:
    """"X shares fell", "saham X": a listed company."""
    return c.follow in lang.share_words or bool(c.context) and c.context[-1].lower() in lang.share_words


def _guess(name: str, cands: list[Candidate], lang: Language, forms: list[str],
           passed: frozenset[int] = frozenset()) -> tuple[str, bool, str]:
    """(kind, sure, rule): ``sure`` is False when nothing but the default spoke.
    ``passed``: ids of mentions whose title belongs to the name after their
    comma ("Direktur Utama X, Hendra Wiratama": X is the body he heads)."""
    words = _words(forms)
    first = name.split()[0].lower()
    if any(gazetteer.is_institution(f) for f in forms) and not any(gazetteer.is_place(f) for f in forms):
        return "organization", True, "institution"
    if any(gazetteer.is_country(f) for f in forms):
        return "country", True, "country"
    if any(c.outlet for c in cands) and not any(gazetteer.is_country(f) for f in forms) and not words & lang.place_words:
        return "media", True, "dateline-outlet"  # "Ternate, InfoPublik – ...": the publisher
    if first.startswith(lang.place_prefixes) and len(first) > 5:
        return "place", True, "place-prefix"  # "Mapolsek Bayah": the police station
    if any(gazetteer.is_media(f) for f in forms) or words & lang.media_words:
        # before "org-prefix": "Tribrata News Polda X" is the police's outlet, not the police
        return "media", True, "media-name"
    if any(w.startswith(lang.org_prefixes) for w in words if len(w) > 4):
        return "organization", True, "org-prefix"  # "Kemenkes", "Bappeda", "Polres Lebak"
    if first in lang.place_words and first not in lang.directions and not words & lang.org_words:
        return "place", True, "place-word"
    parts = name.split()
    if len(parts) > 1 and gazetteer.is_place(parts[0]) and all(w.lower() in lang.directions for w in parts[1:]):
        return "place", True, "place-direction"  # "Jakarta Pusat", "Jakarta Selatan"
    if any(gazetteer.is_institution(w) for w in name.split()):
        return "organization", True, "institution"  # "BPBD Sumbar", "KONI Pusat"
    if words & lang.org_words:
        return "organization", True, "org-word"
    if any(gazetteer.is_city(f) or gazetteer.is_region(f) for f in forms) or any(c.dateline for c in cands):
        return "place", True, "place-gazetteer"
    if any(_media_context(c, lang) for c in cands):
        return "media", True, "media-context"
    if all(f.isupper() for f in forms):
        return "organization", True, "acronym"
    if any(c.after in lang.governance or c.follow in lang.governance for c in cands):
        return "person", True, "governance"  # "pemerintahan Biden", "the Biden administration"
    if any(t.lower().rstrip(".") in lang.titles | lang.portfolios for c in cands if id(c) not in passed for t in c.title.split()):
        return "person", True, "title-before"
    if any(id(c) in passed for c in cands) and len(name.split()) == 1:
        return "organization", True, "head-of-body"  # "Direktur Utama X, Hendra Wiratama,": X is what he heads
    if any(_role_before(c, lang) for c in cands) or any(_apposition(c, lang) & lang.roles for c in cands):
        return "person", True, "role-before"  # "His lawyer, Susan Park"; "Mark Ellison, a spokesman"
    if any(_body_context(c, lang) or _shares(c, lang) for c in cands):
        return "organization", True, "body-context"  # "the industry group X"; "X, one of Europe's largest makers"
    if any(_apposition(c, lang) & lang.place_words for c in cands):
        return "place", True, "apposition-place"  # "Riverton, a city of 90,000 people"
    if any(_place_noun_near(c, lang) for c in cands):
        return "place", True, "place-noun-near"  # "di desa Jemblung", "the volcano Anak Krakatau", "the X Marriott hotel"
    if words & lang.place_words and not all(w in lang.directions for w in words):
        return "place", True, "place-word-any"
    if all(w in lang.directions for w in words):
        return "group", True, "direction-group"  # "Barat": the West
    if any(_after_direction(c, lang) for c in cands):
        return "place", True, "after-direction"
    if cands and all(c.after_bracket for c in cands):
        return "place", True, "after-bracket"  # "Balai Besar Wilayah Sungai (BBWS) Pemali Juana": where the body works
    if cands and sum(c.after in lang.place_preps for c in cands) * 2 >= len(cands) and len(name.split()) == 1:
        return "place", True, "place-preposition"
    if len(name.split()) <= PERSON_WORDS_MAX:
        return "person", False, "default-person"
    return "organization", False, "default-organization"


def guess_kind(name: str, cands: list[Candidate], lang: Language, forms: list[str] | None = None) -> str:
    return _guess(name, cands, lang, forms or [name])[0]


def guess_kinds(groups, lang: Language) -> list[str]:
    return [k for k, _ in guess_kinds_and_rules(groups, lang)]


def guess_kinds_and_rules(groups, lang: Language) -> list[tuple[str, str]]:
    """(kind, rule) of each group (``grouping.Group``). A guess made by default
    yields to a neighbour: a name after "<place>, " is a place too
    ("Stadion Sultan Agung, Bantul", "Kabupaten Solok, Sumatra Barat")."""
    ends: dict[tuple[str, int], int] = {}
    starts: dict[tuple[str, int], Candidate] = {}
    for i, g in enumerate(groups):
        for c in g.candidates:
            ends[(c.sentence, c.end)] = i
            starts[(c.sentence, c.start)] = c
    group_index = {id(c): i for i, g in enumerate(groups) for c in g.candidates}
    passed: set[int] = set()
    for g in groups:
        for c in g.candidates:
            nxt = starts.get((c.sentence, c.end + 2))
            if c.title and nxt is not None and nxt.after_comma and " " in nxt.text and not nxt.title:
                passed.add(id(c))  # "Direktur Utama X, Hendra Wiratama": the title is Hendra's
    guesses = [_guess(g.name, g.candidates, lang, g.forms, frozenset(passed)) for g in groups]
    kinds = [k for k, _, _ in guesses]
    rules = [r for _, _, r in guesses]
    for i, (g, (kind, sure, _rule)) in enumerate(zip(groups, guesses)):
        if sure or " " in g.name:
            continue  # a two-word unknown after "<place>, " is usually a person: "Kabupaten X, Agus Prasetyo,"
        for c in g.candidates:
            before = ends.get((c.sentence, c.start - 2))
            if c.after_comma and before is not None and kinds[before] in PLACES:
                kinds[i], rules[i] = "place", "after-place-comma"
                break
    for i, (g, (kind, sure, _rule)) in enumerate(zip(groups, guesses)):
        if sure:
            continue
        for c in g.candidates:
            # rule "before-place-comma": "di Mandailing Natal, Sumatra Utara": after a place
            # preposition and before ", <place>", a name is a place (a person is rarely "in" one)
            nxt = starts.get((c.sentence, c.end + 2))
            if c.after in lang.place_preps and nxt is not None and nxt.after_comma and kinds[group_index[id(nxt)]] in PLACES:
                kinds[i], rules[i] = "place", "before-place-comma"
                break
    _lists(groups, guesses, kinds, rules, ends, lang)
    for i, g in enumerate(groups):
        if rules[i] in NOMINAL_RULES and _nominal(g.name, lang):
            rules[i] = "common-noun-phrase"  # shown to the editor only: "Peningkatan Gizi" is a programme, not a person
        elif rules[i] in ("acronym", "default-person", "default-organization") and CODE.fullmatch(g.name):
            rules[i] = "code"  # rule "code": "D2", "C-4", "B-52": a product or model code, not a body
        elif rules[i] == "default-person" and _acronym_inside(g.name):
            rules[i] = "person-with-acronym"  # "QRIS Nasional", "ISS Photograph": a person's name holds no acronym
    return list(zip(kinds, rules))


NOMINAL_RULES = frozenset("default-person default-organization list-member title-before".split())


def _acronym_inside(name: str) -> bool:
    """Rule "person-with-acronym": a name guessed a person by default that holds an
    acronym ("QRIS Nasional", "Rancangan Permenko PMK") is rather a thing or a body."""
    words = name.split()
    return len(words) > 1 and any(len(w) >= 2 and w.isalpha() and w.isupper() and not ROMAN.fullmatch(w) for w in words)


ROMAN = re.compile(r"[IVX]+")
CODE = re.compile(r"[A-Z]{1,3}-?\d{1,4}[A-Z]?")


def _nominal(name: str, lang: Language) -> bool:
    """Rule "common-noun-phrase": a name of several words whose first word is a
    derived common noun (``lang.nominal_pattern``) and no word of the lexicon."""
    words = name.split()
    return (len(words) > 1 and bool(lang.nominal_pattern)
            and re.fullmatch(lang.nominal_pattern, words[0].lower()) is not None)


def _lists(groups, guesses, kinds: list[str], rules: list[str], ends: dict, lang: Language) -> None:
    """"di Silat Hilir, Suhaid, Selimbau dan Kecamatan Semitau", "Putin dan
    Kim": names in one list are of one kind, so a name guessed by default
    takes the kind of a sure member. A list ends with "dan"/"and": names
    joined by commas alone may be a place and its official ("Kabupaten X,
    Agus Prasetyo,")."""
    separators = [", " + c + " " for c in lang.coordinators] + [" " + c + " " for c in lang.coordinators] + [", "]
    at: dict[tuple[str, int], tuple[int, Candidate]] = {}
    for i, g in enumerate(groups):
        for c in g.candidates:
            at[(c.sentence, c.end)] = (i, c)
    previous: dict[int, tuple[Candidate, bool]] = {}  # candidate -> (the one before it in a list, joined by a coordinator)
    for g in groups:
        for c in g.candidates:
            for sep in separators:
                hit = at.get((c.sentence, c.start - len(sep)))
                if hit is not None and c.lead.endswith(sep):
                    previous[id(c)] = (hit[1], sep != ", ")
                    break
    group_of = {id(c): i for i, g in enumerate(groups) for c in g.candidates}
    following = {id(p): c for c, (p, _) in ((c, previous[id(c)]) for g in groups for c in g.candidates if id(c) in previous)}
    for g in groups:
        for c in g.candidates:
            if id(c) not in previous or id(c) in following:
                continue  # not the last name of a list
            chain, joined, cur = [c], previous[id(c)][1], c
            while id(cur) in previous:
                cur = previous[id(cur)][0]
                chain.append(cur)
            if not joined:
                continue  # the last two names of a list are joined by "dan"/"and"
            ids = {group_of[id(x)] for x in chain}
            sure = {"place" if kinds[i] == "country" else kinds[i] for i in ids if guesses[i][1] or rules[i] == "after-place-comma"}
            if len(sure) != 1:
                continue
            kind = sure.pop()
            for i in ids:
                if not guesses[i][1] and rules[i] != "after-place-comma":
                    kinds[i], rules[i] = kind, "list-member"
