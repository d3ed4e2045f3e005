"""The Language record: which word lists and patterns a language gives.

Rules read these fields; no rule tests a language's code. One file per
language (``id.py``, ``en.py``) fills them in, as spaCy's ``spacy/lang/<code>/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field as dataclass_field

# Capitalised tokens that are units, codes or time zones, never names.
_CODES = "wib wita wit utc gmt rp usd us$ idr km kg cm mm ha celsius fahrenheit"


@dataclass(frozen=True)
class DateRule:
    """A named pattern for a time expression, with an example it matches
    (HeidelTime's RULENAME and EXAMPLE; a test checks every example).

    ``pattern`` may name the language's words with placeholders, filled in by
    ``text/dates.py``: {MON} any month name or abbreviation, {FULLMON} a full
    month name, {BAREMON} a full month name that can stand alone, {WD} a
    weekday, {Y} a four-digit year. ``kind`` says how the value is computed
    (the normalisers in ``text/dates.py``); its named groups: d, m, y, mon, wd,
    d1, d2, m1, h, mi, ampm, tz, rel, pre, n, unit, dec, and x (the part that
    is the expression, when the match is wider)."""

    name: str
    kind: str
    pattern: str
    example: str
    flags: int = 0


@dataclass(frozen=True)
class Language:
    code: str
    months: dict[str, int]
    weekdays: dict[str, int]  # Monday = 0
    abbreviations: frozenset[str]  # words that end with a period but not a sentence
    titles: frozenset[str]  # words that come before a name ("Presiden", "Prof")
    function_words: frozenset[str]  # capitalised only at sentence start
    clitics: tuple[str, ...]  # suffixes a name may carry ("Korea Utaralah")
    connectors: frozenset[str]  # lowercase words inside a name ("bin", "of")
    speech_verbs: dict[str, str]  # verb -> kind (direct/reported/belief)
    continuation_verbs: frozenset[str]  # "ujarnya": the speaker is the last one
    pronouns: frozenset[str]  # "ia", "dia", "he", "she"
    org_words: frozenset[str]  # words that mark an organisation
    place_words: frozenset[str]  # words that mark a place
    anaphora: frozenset[str]  # "ini", "tersebut": a description pointing back
    # Added for extraction without notes; all have defaults so that a partial
    # Language (in a test) still works.
    name_titles: frozenset[str] = frozenset()  # titles that are also names' words ("Raja Ampat"): never split a run
    descriptors: frozenset[str] = frozenset()  # common nouns before a name ("Publikasi", "Negara-negara")
    descriptor_phrases: tuple[tuple[str, ...], ...] = ()  # "Ibu Kota", "Juru Bicara"
    portfolios: frozenset[str] = frozenset()  # "Luar Negeri", "Foreign": part of a title, not of the name
    demonyms: frozenset[str] = frozenset()  # "Chinese": an adjective, never a name on its own
    event_words: frozenset[str] = frozenset()  # "Perang", "Summit", "Constitution": an event or a text, not a person, body or place
    media_words: frozenset[str] = frozenset()  # a word in a name that marks a news outlet ("News")
    media_cues: frozenset[str] = frozenset()  # a word just before a name that marks a news outlet
    governance: frozenset[str] = frozenset()  # "pemerintahan X", "X administration": X is a leader
    place_preps: frozenset[str] = frozenset()  # "di X", "in X": X is likely a place
    directions: frozenset[str] = frozenset()  # compass words: "Barat" alone is the West
    coordinators: frozenset[str] = frozenset()  # "Putin dan Kim": the same kind on both sides
    speech_nouns: frozenset[str] = frozenset()  # "menyampaikan pidato": speaking, with no content
    designator_words: frozenset[str] = frozenset()  # "Pasal 340", "Type 09": a code, not a name
    possessive: bool = False  # "Japan's": the owner is a separate name
    possessor_after: bool = False  # "Kunjungan Putin": a noun, then whose it is
    according: frozenset[str] = frozenset()  # "menurut", "according"
    according_pronoun: frozenset[str] = frozenset()  # "menurutnya": according to him or her
    definite: frozenset[str] = frozenset()  # "the service", "badan tersebut": a description pointing back
    future_markers: frozenset[str] = frozenset()  # "akan", "will": a bare month still to come
    period_later: frozenset[str] = frozenset()  # "later this month": the rest of the period after publication
    period_earlier: frozenset[str] = frozenset()  # "earlier this month": the period up to the day before
    roles: frozenset[str] = frozenset()  # "His lawyer, Susan Park": a role, a comma, a person
    org_nouns: frozenset[str] = frozenset()  # "X, one of Europe's largest solar panel makers": a body
    adjective_suffixes: tuple[str, ...] = ()  # "Munich-based": the place, not a name of its own
    separate_units: dict[str, str] = dataclass_field(default_factory=dict)  # "kabupaten" -> its head's title, "bupati"
    determiners: frozenset[str] = frozenset()  # "X, a city of": an apposition starts with one
    ranks: frozenset[str] = frozenset()  # military and police ranks ...
    rank_branches: frozenset[str] = frozenset()  # ... and the branch that may follow them: "Letjen TNI Suharyanto"
    numbers: dict[str, int] = dataclass_field(default_factory=dict)  # "dua tahun lalu", "two years ago"
    common_acronyms: frozenset[str] = frozenset()  # "PHK", "CEO": abbreviations of common nouns, never names
    share_words: frozenset[str] = frozenset()  # "X shares", "saham X": X is a listed company
    nickname_cues: tuple[str, ...] = ()  # "X atau akrab disapa Y", "X, known as Y": Y is X's nickname
    passive_speech: frozenset[str] = frozenset()  # "Hal itu disampaikan oleh X": the previous sentence is X's
    pointers: frozenset[str] = frozenset()  # "Hal itu", "This": what a passive attribution points back to
    source_openers: tuple[str, ...] = ()  # "Dikutip dari data X, …": the rest of the sentence is X's
    complementizers: frozenset[str] = frozenset()  # "bahwa", "that": what follows is what was said
    clause_conjunctions: frozenset[str] = frozenset()  # "dan", "and": a new clause, so no speaker across it
    speech_day_words: frozenset[str] = frozenset()  # "said yesterday that": a day between the verb and "that"
    not_attribution: frozenset[str] = frozenset()  # "yang mengatakan", "is thought": no attribution after these
    passive_auxiliaries: frozenset[str] = frozenset()  # "This was announced by X"
    agent_markers: frozenset[str] = frozenset()  # "oleh", "by": the agent of a passive verb follows
    plain_speech_verbs: frozenset[str] = frozenset()  # "kata X", "said X": the speaker may follow with no comma
    according_label: str = ""  # the verb a statement records for "according to X" ("menurut")
    participle_suffix: str = ""  # "…, stating that …": the subject of the sentence speaks
    definite_before_noun: bool = False  # "the service" (English) rather than "badan tersebut" (Indonesian)
    verb_prefixes: tuple[str, ...] = ()  # "me-", "di-", "ber-": a lowercase word with one is a verb, not part of a name
    # --- dates (text/dates.py) ---
    date_rules: tuple[DateRule, ...] = ()  # in priority order: an earlier rule's match wins
    lowercase_months: bool = True  # "juni" in lowercase is a month too ("may" in English is a verb: False)
    bare_month_exclude: frozenset[str] = frozenset()  # full months that never stand alone as a date ("may")
    time_zones: dict[str, str] = dataclass_field(default_factory=dict)  # "WIB" -> "+07:00"
    time_needs_marker: bool = False  # "2.30" is a time only with am/pm or a zone
    relative_days: dict[str, int] = dataclass_field(default_factory=dict)  # "kemarin" -> -1
    relative_aliases: dict[str, str] = dataclass_field(default_factory=dict)  # "the year" -> "this year"
    units: dict[str, str] = dataclass_field(default_factory=dict)  # "pekan" -> "week", "years" -> "year"
    one_prefix: str = ""  # "sepekan": "se" + a unit is one of it
    relations: dict[str, str] = dataclass_field(default_factory=dict)  # "lalu" -> "last", "depan" -> "next", "ini" -> "this"
    quoted_today: frozenset[str] = frozenset()  # "hari ini" in a quote: the day the quote was spoken
    # --- added for real published articles ---
    degrees: frozenset[str] = frozenset()  # "Gunawan, S.Sos", "Khaerul Anwar, SKM": post-nominal degrees, letters only, lowercase
    org_prefixes: tuple[str, ...] = ()  # "Kemenkes", "Bappeda", "Pemkab": a word so begun names a body
    place_openers: frozenset[str] = frozenset()  # "New Guinea", "San Marino": a first word that opens a place name, never one of its own
    place_prefixes: tuple[str, ...] = ()  # "Mapolsek", "Makodim": a word so begun names a headquarters (a place)
    unit_words: frozenset[str] = frozenset()  # "Kecamatan", "Desa", "Gedung": inside a run, a new place starts here
    region_titles: frozenset[str] = frozenset()  # "Gubernur X", "Kapolda X": the word after is the region governed
    unit_suffixes: frozenset[str] = frozenset()  # "Bantul Regency" is "Bantul": an administrative unit named after its seat
    field_words: frozenset[str] = frozenset()  # "Ketua Bidang Prestasi": the word after one names the title's field
    nominal_pattern: str = ""  # a first word so formed is a common noun ("Peningkatan", "Vaksinasi", "Countering")
    roman_numerals: bool = True  # "II", "XX" alone are numbers, never names
