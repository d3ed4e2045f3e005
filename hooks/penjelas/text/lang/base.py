"""The Language record: which word lists and patterns a language gives.

Rules read these fields; no rule tests a language's code. One file per
language (``id.py``, ``en.py``) fills them in, as spaCy's ``spacy/lang/<code>/``.
"""

from __future__ import annotations

from dataclasses import dataclass, field as dataclass_field

# Capitalised tokens that are units, codes or time zones, never names.
_CODES = "wib wita wit utc gmt rp usd us$ idr km kg cm mm ha celsius fahrenheit"


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
    media_verbs: frozenset[str] = frozenset()  # verbs newsrooms do ("melaporkan", "reported")
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
