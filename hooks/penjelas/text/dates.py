"""Time expressions, normalised against the publication date.

Values are ISO 8601 with reduced precision: "2024-06-18", "2023-09", "2019",
a week "2024-W24", a decade as the interval "1950/1959", a time of day
"2024-06-18T13:21+07:00" (the zone kept from "WIB"). A range keeps its end in
``end_value``. Vague expressions ("malam hari", "recently") are kept with no
value so that editors see them in the coverage report.

Styles: "Senin (21/11/2022)", "Kamis (25/04)" and "Sabtu (1/7)" (the year
nearest publication), "Rabu, 19 Juni", "28 hingga 29 Januari 2009", "18-19
Juni", "between 2 and 6 March"; "kemarin", "hari ini", "pekan lalu", "bulan
depan", "dua tahun lalu", "today", "yesterday", "last week", "the next year",
"two years ago", "the end of the year"; "bulan September" and a bare month
(the last one before publication, or the next one when the clause speaks of
the future: "akan", "will", "hingga", "by"); "tahun 2019", "Februari 2024",
"in the 1950s"; "pukul 13.21 WIB", which takes the date of its sentence, else
the first day the story names.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Sentence, TimeExpression
from .lang import Language

TIME_ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "UTC": "+00:00", "GMT": "+00:00"}
# "hingga Juni", "by the end of October": a month still to come.
_MONTH_PREFIX_REL = {"hingga": "depan", "sampai": "depan", "mulai": "depan", "by": "next", "until": "next",
                     "next": "next", "this": "this", "last": "last"}
DIGIT_KINDS = frozenset(["slash", "range", "dmy", "mdy", "mrange", "my", "time", "decade", "year"])  # cannot match without a digit
_DIGIT = re.compile(r"\d")
RELATIVE_UNITS = frozenset("pekan minggu bulan tahun week month year".split())
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cap_alt(words, lowercase: bool = True) -> str:
    """Capitalised and upper-case forms, and lowercase ones unless the
    language never writes them so ("may" in English is a verb)."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words if len(w) > 3}
    return _alt(forms | (set(words) if lowercase else set()))


class _Rules:
    """Compiled patterns for one language, in priority order."""

    def __init__(self, lang: Language):
        full_months = [m for m in lang.months if len(m) > 3 or m == "mei" or m == "may"]
        lowercase = lang.code != "en"
        MON = _cap_alt(lang.months, lowercase)
        FULLMON = _cap_alt(full_months, lowercase)
        WD = _cap_alt(lang.weekdays, lowercase)
        Y = r"(?P<y>1[5-9]\d\d|20\d\d)"
        if lang.code == "id":
            self.patterns = [
                ("slash", re.compile(rf"(?P<wd>{WD}),?\s*\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\)")),
                ("slash", re.compile(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{2,4}))?\)")),
                ("range", re.compile(rf"(?P<d1>\d{{1,2}})\s*(?:-|–|—|hingga|sampai(?: dengan)?|s\.d\.?)\s*(?P<d2>\d{{1,2}})\s+(?P<mon>{MON})\b(?:\s+{Y})?")),
                ("range", re.compile(rf"\bantara (?P<d1>\d{{1,2}}) dan (?P<d2>\d{{1,2}})\s+(?P<mon>{MON})\b(?:\s+{Y})?")),
                ("dmy", re.compile(rf"(?:(?P<wd>{WD}),?\s+)?(?:tanggal\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{MON})\b(?:\s+{Y}\b)?")),
                ("mrange", re.compile(rf"(?P<m1>{FULLMON})\s*(?:-|–|—|hingga|sampai(?: dengan)?|s\.d\.?)\s*(?P<mon>{FULLMON})\s+{Y}\b")),
                ("my", re.compile(rf"(?:bulan\s+)?(?P<mon>{FULLMON})\s+{Y}\b")),
                ("month", re.compile(rf"(?:bulan\s+)(?P<mon>{FULLMON})\b(?:\s+(?P<rel>lalu|depan|mendatang|ini))?")),
                ("month", re.compile(rf"\b(?P<pre>(?i:pada|sejak|hingga|sampai|akhir|awal|selama|mulai|pertengahan)) (?P<x>(?P<mon>{FULLMON})\b(?:\s+(?P<rel>lalu|depan|mendatang|ini))?)")),
                ("month", re.compile(rf"\b(?P<mon>{FULLMON})\s+(?P<rel>lalu|depan|mendatang|ini)\b")),
                ("time", re.compile(r"(?:pukul|jam)\s+(?P<h>\d{1,2})[.:](?P<mi>\d{2})(?:\s*(?P<tz>WIB|WITA|WIT|UTC|GMT))?")),
                ("weekday", re.compile(rf"(?:hari\s+)?(?P<wd>{WD})\b(?:\s+(?P<rel>lalu|kemarin|depan|mendatang|ini))?")),
                ("decade", re.compile(r"(?:tahun\s+)(?P<dec>1[5-9]\d0|20\d0)-an\b")),
                ("year", re.compile(rf"(?:tahun\s+){Y}\b")),
                ("year", re.compile(rf"\b(?i:sejak|pada|hingga|sampai|awal|akhir|pertengahan|medio|mulai|selama|sepanjang) (?P<x>{Y})\b")),
                ("ago", re.compile(r"\b(?P<n>\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh) (?P<unit>hari|pekan|minggu|bulan|tahun) (?:yang )?lalu\b", re.I)),
                ("ago", re.compile(r"\b(?P<unit>sehari|sepekan|seminggu|sebulan|setahun) (?:yang )?lalu\b", re.I)),
                ("relative", re.compile(r"\b(?P<rel>hari ini|kemarin lusa|kemarin|besok|lusa|(?:pekan|minggu|bulan|tahun) (?:lalu|depan|ini|mendatang))\b", re.I)),
                ("vague", re.compile(r"\b(?:(?:pada )?(?:malam|pagi|siang|sore) hari|baru-baru ini|beberapa waktu lalu|belakangan ini|akhir-akhir ini)\b", re.I)),
                ("month", re.compile(rf"\b(?P<mon>{_alt(m.capitalize() for m in full_months)})\b")),
            ]
        else:
            self.patterns = [
                ("range", re.compile(rf"(?P<d1>\d{{1,2}})\s*(?:-|–|—|to)\s*(?P<d2>\d{{1,2}})\s+(?P<mon>{MON})\b(?:,?\s+{Y})?")),
                ("range", re.compile(rf"\bbetween (?P<d1>\d{{1,2}}) and (?P<d2>\d{{1,2}})\s+(?P<mon>{MON})\b(?:,?\s+{Y})?")),
                ("dmy", re.compile(rf"(?:(?P<wd>{WD}),?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{MON})\b(?:,?\s+{Y}\b)?")),
                ("mdy", re.compile(rf"(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,\s*{Y}\b)?")),
                ("mrange", re.compile(rf"(?P<m1>{FULLMON})\s*(?:-|–|—|to|through)\s*(?P<mon>{FULLMON}),?\s+{Y}\b")),
                ("my", re.compile(rf"(?P<mon>{FULLMON})\s+(?:of\s+)?{Y}\b")),
                ("month", re.compile(rf"\b(?P<pre>(?i:in|since|until|by|last|next|this|early|late|mid|during|(?:(?:by|until) )?(?:the )?(?:end|beginning|start|middle) of)) (?P<x>(?P<mon>{FULLMON}))\b")),
                ("time", re.compile(r"(?P<h>\d{1,2})[.:](?P<mi>\d{2})\s*(?:(?P<ampm>[ap]\.?m\.?)\s*)?(?P<tz>UTC|GMT)?", re.I)),
                ("weekday", re.compile(rf"(?:(?P<rel0>last|next|this|on|by|until)\s+)?(?P<wd>{WD})\b")),
                ("decade", re.compile(r"(?:the\s+)?(?P<dec>1[5-9]\d0|20\d0)s\b")),
                ("year", re.compile(rf"\b(?i:in|since|by|until|of|the|from|during|throughout|a) (?P<x>{Y})\b")),
                ("ago", re.compile(r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?P<unit>days?|weeks?|months?|years?) ago\b", re.I)),
                ("relative", re.compile(r"\b(?P<rel>today|yesterday|tomorrow|tonight|(?:later |earlier )?this (?:week|month|year)|(?:last|next|the next|the previous|the following) (?:week|month|year))\b", re.I)),
                ("relative", re.compile(r"\b(?:the )?(?:end|start|beginning|middle) of (?P<rel>the year|the month|the week)\b", re.I)),
                ("vague", re.compile(r"\b(?:recently|in recent (?:days|weeks|months))\b", re.I)),
                # A bare month ("compared with March"); never "May", which is also a name and a verb.
                ("month", re.compile(rf"\b(?P<mon>{_alt(m.capitalize() for m in full_months if m != 'may')})\b")),
            ]


_RULES: dict[str, _Rules] = {}


def _rules(lang: Language) -> _Rules:
    if lang.code not in _RULES:
        _RULES[lang.code] = _Rules(lang)
    return _RULES[lang.code]


def _year_for(month: int, day: int, pub: dt.date) -> int:
    """The year that puts day/month nearest to publication."""
    best = pub.year
    best_gap = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            gap = abs((dt.date(y, month, day) - pub).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _full_year(y: str | None, pub: dt.date) -> int | None:
    if not y:
        return None
    year = int(y)
    if year < 100:
        year += (pub.year // 100) * 100
        if year > pub.year + 1:
            year -= 100
    return year


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _relative(rel: str, pub: dt.date) -> tuple[str, str]:
    rel = rel.lower()
    rel = {"the year": "this year", "the month": "this month", "the week": "this week"}.get(rel, rel)
    days = {"hari ini": 0, "today": 0, "tonight": 0, "kemarin": -1, "yesterday": -1, "besok": 1,
            "tomorrow": 1, "lusa": 2, "kemarin lusa": -2}
    if rel in days:
        return (pub + dt.timedelta(days=days[rel])).isoformat(), "day"
    unit = next((w for w in rel.split() if w in RELATIVE_UNITS), "tahun")
    back = any(w in rel for w in ("lalu", "last", "previous"))
    ahead = any(w in rel for w in ("depan", "mendatang", "next", "following"))
    delta = -1 if back else (1 if ahead else 0)
    if unit in ("pekan", "minggu", "week"):
        iso = (pub + dt.timedelta(weeks=delta)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", "week"
    if unit in ("bulan", "month"):
        y, m = _shift_month(pub.year, pub.month, delta)
        return f"{y:04d}-{m:02d}", "month"
    return f"{pub.year + delta:04d}", "year"


CLAUSE_START = re.compile(r"[,;:“”\"(]")
_UNITS = {"hari": "day", "day": "day", "days": "day", "pekan": "week", "minggu": "week", "week": "week",
          "weeks": "week", "bulan": "month", "month": "month", "months": "month", "tahun": "year",
          "year": "year", "years": "year"}


def _future_clause(before: str, lang: Language) -> bool:
    """Does the clause leading to a date speak of the future ("akan", "will")?"""
    clause = CLAUSE_START.split(before)[-1]
    return any(w.lower() in lang.future_markers for w in re.findall(r"\w+", clause))


def _ago(g: dict, pub: dt.date, lang: Language) -> tuple[str, str]:
    """"dua tahun lalu", "sepekan lalu", "two years ago"."""
    unit = g["unit"].lower()
    if unit.startswith("se") and unit[2:] in _UNITS and not g.get("n"):
        n, unit = 1, unit[2:]
    else:
        word = (g.get("n") or "1").lower()
        n = int(word) if word.isdigit() else lang.numbers.get(word, 1)
    unit = _UNITS[unit]
    if unit == "day":
        return (pub - dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        iso = (pub - dt.timedelta(weeks=n)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", "week"
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, -n)
        return f"{y:04d}-{m:02d}", "month"
    return f"{pub.year - n:04d}", "year"


def _month_value(month: int, rel: str | None, pub: dt.date) -> tuple[str, str]:
    rel = (rel or "").lower()
    if rel in ("depan", "mendatang", "next"):
        year = pub.year if month >= pub.month else pub.year + 1  # this month still counts as to come
    elif rel == "ini" or rel == "this":
        year = pub.year
    else:  # the last such month on or before publication
        year = pub.year if month <= pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}", "month"


def _weekday_value(wd: int, rel: str | None, pub: dt.date) -> dt.date:
    rel = (rel or "").lower()
    if rel in ("depan", "mendatang", "next", "by", "until"):  # "by Tuesday": still to come
        return pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
    if rel in ("this",):
        return pub + dt.timedelta(days=(wd - pub.weekday()))
    return pub - dt.timedelta(days=(pub.weekday() - wd) % 7)


def extract(sentences: list[Sentence], published: str, lang: Language) -> list[TimeExpression]:
    pub = dt.date.fromisoformat(published)
    rules = _rules(lang)
    out: list[TimeExpression] = []
    lede_day: str | None = None  # the first day the story names: the day of its main event
    for s in sentences:
        taken: list[tuple[int, int]] = []
        found: list[TimeExpression] = []
        digits = _DIGIT.search(s.text) is not None
        for kind, pattern in rules.patterns:
            if not digits and kind in DIGIT_KINDS:
                continue  # most sentences name no number: a third of the patterns cannot match them
            for m in pattern.finditer(s.text):
                a, b = m.span("x") if "x" in pattern.groupindex else m.span()
                if a == b or any(a < y and x < b for x, y in taken):
                    continue
                te = _resolve(kind, m, s, pub, lang)
                if te is None:
                    continue
                taken.append((a, b))
                found.append(te)
        found.sort(key=lambda t: t.start)
        if lede_day is not None:
            for te in found:  # "Today the court agreed," said at the event: the lede's day
                if te.text.lower() in QUOTED_TODAY and _inside_quote(s.text, te.start):
                    te.value = lede_day
        _attach_times(found, lede_day or pub.isoformat())
        if lede_day is None:
            lede_day = next((t.value for t in found if t.precision == "day" and t.value), None)
        out.extend(found)
    return out


QUOTED_TODAY = frozenset(["today", "hari ini", "tonight", "malam ini"])


def _inside_quote(text: str, offset: int) -> bool:
    """Is ``offset`` inside a quotation that opens in ``text``?"""
    before = text[:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_YEAR = re.compile(r"-?\d+")


def _resolve(kind: str, m: re.Match, s: Sentence, pub: dt.date, lang: Language) -> TimeExpression | None:
    """``_normalise``, kept inside the calendar: near year 1 or 9999 ("besok"
    after 9999-12-31) a date has no value, instead of raising."""
    try:
        te = _normalise(kind, m, s, pub, lang)
    except (OverflowError, ValueError):
        te = None
    if te is not None and te.value and not te.value.startswith("T"):
        years = [int(y) for y in _YEAR.findall(te.value.split("-W")[0].split("/")[0][:5])[:1]]
        if te.end_value:
            years += [int(y) for y in _YEAR.findall(te.end_value[:5])[:1]]
        if any(not 1 <= y <= 9999 for y in years):
            te.value, te.end_value, te.precision = None, None, "invalid"
    return te


def _normalise(kind: str, m: re.Match, s: Sentence, pub: dt.date, lang: Language) -> TimeExpression | None:
    g = m.groupdict()
    a, b = m.span("x") if g.get("x") else m.span()
    te = TimeExpression(text=s.text[a:b], sentence=s.id, value=None, precision="unknown", start=a, end=b)
    month = lang.months.get(g["mon"].lower().rstrip(".")) if g.get("mon") else None
    wd = lang.weekdays.get(g["wd"].lower()) if g.get("wd") else None
    if g.get("wd"):
        te.weekday = g["wd"]
    if kind in ("dmy", "mdy", "slash"):
        if kind == "slash":
            month = int(g["m"])
            if not 1 <= month <= 12:
                return None
        day = int(g["d"])
        year = _full_year(g.get("y"), pub) or _year_for(month, day, pub)
        date = _day(year, month, day)
        if date is None:
            te.precision = "invalid"
            return te
        te.value, te.precision = date.isoformat(), "day"
        if wd is not None:
            te.weekday_ok = date.weekday() == wd
    elif kind == "range":
        year = _full_year(g.get("y"), pub) or _year_for(month, int(g["d1"]), pub)
        d1, d2 = _day(year, month, int(g["d1"])), _day(year, month, int(g["d2"]))
        if d1 is None or d2 is None or d2 < d1:
            return None
        te.value, te.precision, te.end_value = d1.isoformat(), "day", d2.isoformat()
    elif kind == "mrange":
        first = lang.months.get(g["m1"].lower().rstrip("."))
        year = int(g["y"])
        if first is None or month is None or first == month:
            return None
        start_year = year if first < month else year - 1  # "Desember hingga Februari 2024"
        te.value, te.precision = f"{start_year:04d}-{first:02d}", "month"
        te.end_value = f"{year:04d}-{month:02d}"
    elif kind == "my":
        te.value, te.precision = f"{int(g['y']):04d}-{month:02d}", "month"
    elif kind == "month":
        rel = g.get("rel") or _MONTH_PREFIX_REL.get((g.get("pre") or "").lower().split()[0] if g.get("pre") else "")
        if rel is None and _future_clause(s.text[:a], lang):
            rel = "next"  # "will publish its next report in June"
        te.value, te.precision = _month_value(month, rel, pub)
    elif kind == "ago":
        te.value, te.precision = _ago(g, pub, lang)
    elif kind == "weekday":
        rel = g.get("rel") or g.get("rel0")
        te.value, te.precision = _weekday_value(wd, rel, pub).isoformat(), "day"
        te.weekday_ok = True
    elif kind == "decade":
        start = int(g["dec"])
        te.value, te.precision = f"{start}/{start + 9}", "decade"
    elif kind == "year":
        te.value, te.precision = g["y"], "year"
    elif kind == "relative":
        te.value, te.precision = _relative(g["rel"], pub)
    elif kind == "time":
        hour, minute = int(g["h"]), int(g["mi"])
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if lang.code == "en" and not ampm and not g.get("tz"):
            return None  # "2.30" in English text is usually a number
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
        tz = g.get("tz")
        te.time = f"{hour:02d}:{minute:02d}" + (f" {tz}" if tz else "")
        te.value = f"T{hour:02d}:{minute:02d}" + (TIME_ZONES.get(tz, "") if tz else "")
        te.precision = "minute"
    elif kind == "vague":
        pass
    return te


def _attach_times(found: list[TimeExpression], default_day: str) -> None:
    """A time of day takes the date nearest to it in its sentence, else
    ``default_day``: the first day the story names (news gives the main
    event's date in the lede: "Kamis (26/1) pukul 13.21 WIB ... hingga pukul
    18.00 WIB"), else the publication date."""
    dates = [t for t in found if t.precision == "day" and t.value]
    for t in found:
        if t.precision == "minute" and t.value and t.value.startswith("T"):
            near = min(dates, key=lambda d: abs(d.start - t.start), default=None)
            t.value = (near.value[:10] if near else default_day) + t.value


def weekday_name(value: str) -> str:
    return WEEKDAY_NAMES[dt.date.fromisoformat(value[:10]).weekday()]
