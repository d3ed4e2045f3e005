"""Everything English: the general lexicon of English news writing
(titles, function words, months, reporting verbs...). No list names a
particular article's people, places or dates."""

from __future__ import annotations

import re

from .base import _CODES, DateRule, Language

EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
EN_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_EN_ORG_WORDS = """agency ministry department office council committee commission party bank
university institute school company corporation association union organization
organisation forces force army navy police court parliament congress senate
government administration network news times post press service society
cooperation foundation trust authority board bureau federation alliance league
club group fund institution academy college coalition movement front
company logistics holdings industries solutions systems technologies airlines airways
museum gallery library
motors mining resources partners capital ventures inc ltd plc llc gmbh fc afc sc cf united"""

_EN_PLACE_WORDS = """airport port harbour harbor street avenue square park hall centre center
stadium arena plaza tower building hotel palace reef ocean peninsula canal desert plateau
basin delta forest regency province provinces district subdistrict village island islands mountains
mount volcano river lake bay strait gulf county prefecture"""

# --- dates: named rules, each with an example (text/dates.py fills in {MON}, {FULLMON}, {BAREMON}, {WD}, {Y}) ---
EN_DATE_RULES = (
    DateRule("en-day-range", "range", r"(?P<d1>\d{1,2})\s*(?:-|–|—|to)\s*(?P<d2>\d{1,2})\s+(?P<mon>{MON})\b(?:,?\s+{Y})?", "2-6 March"),
    DateRule("en-between-days", "range", r"\bbetween (?P<d1>\d{1,2}) and (?P<d2>\d{1,2})\s+(?P<mon>{MON})\b(?:,?\s+{Y})?",
             "between 2 and 6 March"),
    DateRule("en-day-month-year", "dmy", r"(?:(?P<wd>{WD}),?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>{MON})\b(?:,?\s+{Y}\b)?",
             "Tuesday, 18 June 2024"),
    DateRule("en-month-day-year", "mdy", r"(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,\s*{Y}\b)?",
             "June 18, 2024"),
    DateRule("en-month-range", "mrange", r"(?P<m1>{FULLMON})\s*(?:-|–|—|to|through)\s*(?P<mon>{FULLMON}),?\s+{Y}\b", "January to June 2024"),
    DateRule("en-month-year", "my", r"(?P<mon>{FULLMON})\s+(?:of\s+)?{Y}\b", "February 2024"),
    DateRule("en-prefixed-month", "month",
             r"\b(?P<pre>(?i:in|since|until|by|last|next|this|early|late|mid|during|(?:(?:by|until) )?(?:the )?(?:end|beginning|start|middle) of)) "
             r"(?P<x>(?P<mon>{FULLMON}))\b", "by the end of October"),
    DateRule("en-clock-time", "time", r"(?P<h>\d{1,2})[.:](?P<mi>\d{2})\s*(?:(?P<ampm>[ap]\.?m\.?)\s*)?(?P<tz>UTC|GMT)?", "3:30 p.m.", re.I),
    DateRule("en-weekday", "weekday", r"(?:(?P<rel>last|next|this|on|by|until)\s+)?(?P<wd>{WD})\b", "last Tuesday"),
    DateRule("en-decade", "decade", r"(?:the\s+)?(?P<dec>1[5-9]\d0|20\d0)s\b", "the 1950s"),
    DateRule("en-year-range", "yrange", r"\b(?P<y>1[5-9]\d\d|20\d\d)\s*(?:-|–|—|to)\s*(?P<y2>1[5-9]\d\d|20\d\d)\b", "2015-2019"),
    DateRule("en-prefixed-year", "year", r"\b(?i:in|since|by|until|of|the|from|during|throughout|a) (?P<x>{Y})\b", "since 2019"),
    DateRule("en-units-ago", "ago",
             r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?P<unit>days?|weeks?|months?|years?) ago\b",
             "two years ago", re.I),
    DateRule("en-relative", "relative",
             r"\b(?P<rel>today|yesterday|tomorrow|tonight|(?:later |earlier )?this (?:week|month|year)|(?:last|next|the next|the previous|the following) (?:week|month|year))\b",
             "next week", re.I),
    DateRule("en-end-of-period", "relative", r"\b(?:the )?(?:end|start|beginning|middle) of (?P<rel>the year|the month|the week)\b",
             "the end of the year", re.I),
    DateRule("en-vague", "vague", r"\b(?:recently|in recent (?:days|weeks|months))\b", "recently", re.I),
    # A bare month ("compared with March"); never "May", which is also a name and a verb (bare_month_exclude).
    DateRule("en-bare-month", "month", r"\b(?P<mon>{BAREMON})\b", "March"),
)


ENGLISH = Language(
    code="en",
    months=EN_MONTHS,
    weekdays=EN_WEEKDAYS,
    abbreviations=frozenset(
        "mr mrs ms dr prof st jr sr inc ltd co corp gen col lt sgt capt gov sen rep rev vs etc e.g i.e a.m p.m u.s u.k u.n no fig jan feb mar apr jun jul aug sep sept oct nov dec".split()
    ),
    titles=frozenset(
        """president vice prime minister secretary chairman chairwoman chair chief
        governor mayor senator representative ambassador spokesman spokeswoman spokesperson
        director general admiral commander king queen prince princess pope bishop
        mr mrs ms dr prof sir lord lady former late deputy acting premier chancellor
        emperor sheikh judge justice colonel major captain lieutenant sergeant professor
        head envoy commissioner inspector superintendent officer brigadier consul honorary""".split()
    ),
    function_words=frozenset(
        """the a an and or but if when while after before since until as at by for from in into
        of on onto to with without about against between among through during under over
        it its this that these those there here they he she we you i his her their our your
        many most some several few all every each both either neither no not only also
        despite although though because however meanwhile moreover furthermore thus
        is are was were be been being has have had do does did will would can could
        should may might must shall what who whom whose which where why how
        such other another one two three first second last next photo file
        today yesterday tomorrow""".split() + _CODES.split()
    ),
    clitics=("'s", "’s"),
    connectors=frozenset("of for the de van von der bin al la le du da".split()),
    speech_verbs={
        "said": "reported", "says": "reported", "say": "reported", "told": "reported",
        "stated": "reported", "stating": "reported", "states": "reported",
        "added": "reported", "adding": "reported", "explained": "reported",
        "announced": "reported", "reported": "reported", "wrote": "reported",
        "claimed": "reported", "warned": "reported", "insisted": "reported",
        "noted": "reported", "cited": "reported", "according": "reported",
        "declared": "reported", "asserted": "reported", "confirmed": "reported",
        "denied": "reported", "vowed": "reported", "promised": "reported",
        "argued": "reported", "admitted": "reported", "acknowledged": "reported",
        "urged": "reported", "predicted": "belief", "estimated": "belief",
        "saying": "reported", "telling": "reported", "warning": "reported", "arguing": "reported",
        "noting": "reported", "claiming": "reported", "insisting": "reported",
        "believe": "belief", "believes": "belief", "believed": "belief",
        "considered": "belief", "consider": "belief", "considers": "belief",
        "fear": "belief", "fears": "belief", "feared": "belief", "think": "belief",
        "thinks": "belief", "thought": "belief", "suspect": "belief", "suspects": "belief",
    },
    continuation_verbs=frozenset(),
    pronouns=frozenset("he she they it him her them".split()),
    org_words=frozenset(_EN_ORG_WORDS.split()),
    place_words=frozenset(
        """city county province island islands sea strait bay gulf mount mountain river lake
        coast north south east west central republic kingdom district region valley
        """.split() + _EN_PLACE_WORDS.split()
    ),
    anaphora=frozenset("this that the".split()),
    name_titles=frozenset("king queen prince princess lord lady sir pope bishop major chief head general justice judge officer".split()),
    descriptors=frozenset(
        """publication newspaper outlet broadcaster magazine daily analyst expert activist
        lawyer officials official sources source witness victim suspect""".split()
    ),
    descriptor_phrases=(("news", "agency"),),
    portfolios=frozenset(
        """foreign defence defense finance interior home health justice trade environment
        education energy transport agriculture economy economic commerce labour labor culture
        security intelligence affairs state treasury foreign-affairs national information
        communications industry science technology fisheries forestry tourism
        executive financial operating""".split()
    ),
    demonyms=frozenset(
        """chinese japanese russian american british french german korean indonesian indian
        pakistani kenyan african european asian australian canadian mexican brazilian iranian
        iraqi israeli palestinian syrian turkish ukrainian polish italian spanish dutch swiss
        swedish norwegian danish finnish greek egyptian saudi thai vietnamese filipino
        malaysian singaporean taiwanese mongolian afghan nigerian ethiopian ugandan tanzanian
        western eastern northern southern soviet sino anglo franco euro muslim christian
        portuguese argentine chilean peruvian colombian venezuelan cuban irish scottish welsh
        english belgian austrian hungarian czech romanian bulgarian serbian croatian
        burmese cambodian laotian bangladeshi nepalese""".split()
    ),
    event_words=frozenset("""war summit conference festival olympics cup championship election prize award games
        constitution charter treaty""".split()),
    media_words=frozenset("news press times post tv television radio herald tribune journal gazette daily telegraph chronicle broadcasting".split()),
    place_openers=frozenset("new san santa saint st port fort".split()),
    media_cues=frozenset("publication newspaper outlet broadcaster magazine daily agency channel".split()),
    governance=frozenset("administration government regime cabinet".split()),
    place_preps=frozenset("in at near to from across outside inside".split()),
    directions=frozenset("north south east west northeast northwest southeast southwest".split()),
    coordinators=frozenset(["and", "&"]),
    speech_nouns=frozenset("speech remarks address statement condolences".split()),
    designator_words=frozenset("type class article section chapter model".split()),
    possessive=True,
    according=frozenset(["according"]),
    according_pronoun=frozenset(),
    definite=frozenset(["the"]),
    future_markers=frozenset("will shall scheduled planned upcoming due".split()),
    period_later=frozenset(["later"]),
    period_earlier=frozenset(["earlier"]),
    roles=frozenset("""lawyer attorney spokesman spokeswoman spokesperson coach manager judge prosecutor economist
        analyst researcher professor scientist director chairman chairwoman leader secretary official
        minister mayor governor president founder owner resident farmer teacher doctor expert head chief
        captain player author activist worker student wife husband son daughter mother father
        colleague friend""".split()),
    org_nouns=frozenset("""company firm maker makers manufacturer producer operator retailer lender insurer
        carrier startup start-up group agency body airline brokerage broker platform app chain
        conglomerate developer automaker carmaker supermarket rival competitor""".split()),
    common_acronyms=frozenset("""CEO CFO COO CTO IPO GDP IT AI EV AM PM TV PR HR NGO NGOS
        COVID-19 COVID HIV AIDS SARS MERS EBOLA H5N1 MPOX MALARIA POLIO""".split()),
    share_words=frozenset("shares stock".split()),
    passive_speech=frozenset("said stated announced confirmed disclosed".split()),
    pointers=frozenset("this that it these the figures figure news decision".split()),
    source_openers=("citing",),
    nickname_cues=(", known as", ", better known as", ", also known as", ", nicknamed", "alias", ", aka"),
    adjective_suffixes=("-based", "-born", "-led", "-backed", "-owned", "-funded", "-made", "-bound"),
    separate_units={"county": "county"},
    determiners=frozenset("a an the one".split()),
    numbers={**{w: n for n, w in enumerate("zero one two three four five six seven eight nine ten".split())}, "a": 1, "an": 1},
    definite_before_noun=True,
    complementizers=frozenset(["that"]),
    clause_conjunctions=frozenset(["and"]),
    speech_day_words=frozenset(["today", "yesterday"]),
    not_attribution=frozenset("who which to be is was been are were being".split()),
    passive_auxiliaries=frozenset("was were is has been".split()),
    agent_markers=frozenset(["by"]),
    plain_speech_verbs=frozenset(["said", "says", "told"]),
    according_label="according to",
    participle_suffix="ing",
    date_rules=EN_DATE_RULES,
    lowercase_months=False,
    bare_month_exclude=frozenset(["may"]),
    time_zones={"UTC": "+00:00", "GMT": "+00:00"},
    time_needs_marker=True,  # "2.30" in English text is usually a number
    relative_days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1},
    relative_aliases={"the year": "this year", "the month": "this month", "the week": "this week"},
    units={"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
           "year": "year", "years": "year"},
    relations={"last": "last", "previous": "last", "next": "next", "following": "next", "this": "this",
               "by": "next", "until": "next"},
    quoted_today=frozenset(["today", "tonight"]),
    nominal_pattern=r"[a-z]{6,}ing",  # "Countering Violent Extremism": a gerund opens a common-noun phrase
    unit_suffixes=frozenset("regency province district subdistrict county prefecture island".split()),
)
