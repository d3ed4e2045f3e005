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

import calendar
import datetime as dt
import re

from ..model import Sentence, TimeExpression
from .lang import DateRule, Language

# Kinds of rule that cannot match without a digit: skipped in sentences that have none.
DIGIT_KINDS = frozenset(["slash", "range", "dmy", "mdy", "mrange", "my", "time", "decade", "year", "yrange"])
_DIGIT = re.compile(r"\d")
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_YEAR_PATTERN = r"(?P<y>1[5-9]\d\d|20\d\d)"


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cap_alt(words, lowercase: bool = True) -> str:
    """Capitalised and upper-case forms, and lowercase ones unless the
    language never writes them so ("may" in English is a verb)."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words if len(w) > 3}
    return _alt(forms | (set(words) if lowercase else set()))


class _Rules:
    """A language's date rules (``Language.date_rules``), compiled, in priority
    order: the placeholders of each pattern filled in from its word lists."""

    def __init__(self, lang: Language):
        full_months = [m for m in lang.months if len(m) > 3 or m in ("mei", "may")]
        words = {
            "{MON}": _cap_alt(lang.months, lang.lowercase_months),
            "{FULLMON}": _cap_alt(full_months, lang.lowercase_months),
            "{BAREMON}": _alt(m.capitalize() for m in full_months if m not in lang.bare_month_exclude),
            "{WD}": _cap_alt(lang.weekdays, lang.lowercase_months),
            "{Y}": _YEAR_PATTERN,
        }
        self.patterns: list[tuple[DateRule, re.Pattern]] = []
        for rule in lang.date_rules:
            pattern = rule.pattern
            for placeholder, alternatives in words.items():
                pattern = pattern.replace(placeholder, alternatives)
            self.patterns.append((rule, re.compile(pattern, rule.flags)))


_RULES: dict[int, tuple[Language, _Rules]] = {}


def _rules(lang: Language) -> _Rules:
    held = _RULES.get(id(lang))
    if held is None or held[0] is not lang:
        held = _RULES[id(lang)] = (lang, _Rules(lang))
    return held[1]


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


def _relation(words, lang: Language) -> str | None:
    """"last", "next" or "this" for the first word of ``words`` that says one ("pekan depan": "next")."""
    for w in words:
        rel = lang.relations.get(w.lower())
        if rel:
            return rel
    return None


def _relative(rel: str, pub: dt.date, lang: Language) -> tuple[str, str]:
    rel = rel.lower()
    rel = lang.relative_aliases.get(rel, rel)
    if rel in lang.relative_days:
        return (pub + dt.timedelta(days=lang.relative_days[rel])).isoformat(), "day"
    words = rel.split()
    unit = next((lang.units[w] for w in words if lang.units.get(w) in ("week", "month", "year")), "year")
    delta = {"last": -1, "next": 1}.get(_relation(words, lang) or "", 0)
    if unit == "week":
        iso = (pub + dt.timedelta(weeks=delta)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", "week"
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, delta)
        return f"{y:04d}-{m:02d}", "month"
    return f"{pub.year + delta:04d}", "year"


def _period_side(rel: str, before: str, lang: Language) -> str | None:
    """"later this month" (or "akan ... bulan ini"): the rest of the period after
    publication; "earlier this month": the part before it. Only for this
    period: "next month" is a whole period of its own."""
    words = rel.lower().split()
    if _relation(words, lang) in ("last", "next"):
        return None
    if lang.period_earlier & set(words):
        return "earlier"
    if lang.period_later & set(words) or _future_clause(before, lang):
        return "later"
    return None


def _rest_of_period(unit: str, pub: dt.date, side: str) -> tuple[dt.date, dt.date] | None:
    """The days of publication's week, month or year after it ("later") or before it ("earlier")."""
    if unit == "week":
        first, last = pub - dt.timedelta(days=pub.weekday()), pub + dt.timedelta(days=6 - pub.weekday())
    elif unit == "month":
        first = pub.replace(day=1)
        last = pub.replace(day=calendar.monthrange(pub.year, pub.month)[1])
    else:
        first, last = pub.replace(month=1, day=1), pub.replace(month=12, day=31)
    if side == "later":
        return (pub + dt.timedelta(days=1), last) if pub < last else None
    return (first, pub - dt.timedelta(days=1)) if pub > first else None


CLAUSE_START = re.compile(r"[,;:“”\"(]")


def _future_clause(before: str, lang: Language) -> bool:
    """Does the clause leading to a date speak of the future ("akan", "will")?"""
    clause = CLAUSE_START.split(before)[-1]
    return any(w.lower() in lang.future_markers for w in re.findall(r"\w+", clause))


def _ago(g: dict, pub: dt.date, lang: Language) -> tuple[str, str]:
    """"dua tahun lalu", "sepekan lalu", "two years ago"."""
    unit = g["unit"].lower()
    prefix = lang.one_prefix
    if prefix and unit.startswith(prefix) and unit[len(prefix):] in lang.units and not g.get("n"):
        n, unit = 1, unit[len(prefix):]  # "sepekan": one week
    else:
        word = (g.get("n") or "1").lower()
        n = int(word) if word.isdigit() else lang.numbers.get(word, 1)
    unit = lang.units[unit]
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
    """``rel`` is "next", "this", "last" or None (the last such month on or before publication)."""
    if rel == "next":
        year = pub.year if month >= pub.month else pub.year + 1  # this month still counts as to come
    elif rel == "this":
        year = pub.year
    else:  # the last such month on or before publication
        year = pub.year if month <= pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}", "month"


def _weekday_value(wd: int, rel: str | None, pub: dt.date) -> dt.date:
    """``rel`` is "next" ("by Tuesday": still to come), "this" (this week's), "last" or None (the last on or before)."""
    if rel == "next":
        return pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
    if rel == "this":
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
        for rule, pattern in rules.patterns:
            if not digits and rule.kind in DIGIT_KINDS:
                continue  # most sentences name no number: a third of the patterns cannot match them
            for m in pattern.finditer(s.text):
                a, b = m.span("x") if "x" in pattern.groupindex else m.span()
                if a == b or any(a < y and x < b for x, y in taken):
                    continue
                te = _resolve(rule, m, s, pub, lang)
                if te is None:
                    continue
                taken.append((a, b))
                found.append(te)
        found.sort(key=lambda t: t.start)
        if lede_day is not None:
            for te in found:  # "Today the court agreed," said at the event: the lede's day
                if te.text.lower() in lang.quoted_today and _inside_quote(s.text, te.start):
                    te.value = lede_day
        _attach_times(found, lede_day or pub.isoformat())
        if lede_day is None:
            lede_day = next((t.value for t in found if t.precision == "day" and t.value), None)
        out.extend(found)
    return out


def _inside_quote(text: str, offset: int) -> bool:
    """Is ``offset`` inside a quotation that opens in ``text``?"""
    before = text[:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_YEAR = re.compile(r"-?\d+")


def _resolve(rule: DateRule, m: re.Match, s: Sentence, pub: dt.date, lang: Language) -> TimeExpression | None:
    """``_normalise``, named after its rule, and kept inside the calendar: near
    year 1 or 9999 ("besok" after 9999-12-31) a date has no value, instead of raising."""
    try:
        te = _normalise(rule.kind, m, s, pub, lang)
    except (OverflowError, ValueError):
        te = None
    if te is not None:
        te.rule = rule.name
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
        rel = _relation([g["rel"]] if g.get("rel") else (g.get("pre") or "").split()[:1], lang)
        if rel is None and _future_clause(s.text[:a], lang):
            rel = "next"  # "will publish its next report in June"
        te.value, te.precision = _month_value(month, rel, pub)
    elif kind == "ago":
        te.value, te.precision = _ago(g, pub, lang)
    elif kind == "weekday":
        words = g["rel"].split() if g.get("rel") else []
        rel = _relation(words, lang) if words else None
        day = _weekday_value(wd, rel, pub)
        if len(words) > 1 and any(lang.units.get(w.lower()) == "week" for w in words) and rel in ("last", "next"):
            # "Jumat pekan lalu": that weekday of the week before (or after) publication's
            monday = pub - dt.timedelta(days=pub.weekday())
            day = monday + dt.timedelta(days=wd + (7 if rel == "next" else -7))
        te.value, te.precision = day.isoformat(), "day"
        te.weekday_ok = True
    elif kind == "decade":
        start = int(g["dec"])
        te.value, te.precision = f"{start}/{start + 9}", "decade"
    elif kind == "year":
        te.value, te.precision = g["y"], "year"
    elif kind == "yrange":
        if int(g["y2"]) <= int(g["y"]):
            return None  # "2019-2015" is no range (a score, a code)
        te.value, te.precision, te.end_value = g["y"], "year", g["y2"]
    elif kind == "relative":
        te.value, te.precision = _relative(g["rel"], pub, lang)
        side = _period_side(g["rel"], s.text[:a], lang)
        if side and te.precision in ("week", "month", "year"):
            span = _rest_of_period(te.precision, pub, side)
            if span:
                te.within = (span[0].isoformat(), span[1].isoformat())
    elif kind == "time":
        hour, minute = int(g["h"]), int(g["mi"])
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if lang.time_needs_marker and not ampm and not g.get("tz"):
            return None  # "2.30" in English text is usually a number
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
        tz = g.get("tz")
        te.time = f"{hour:02d}:{minute:02d}" + (f" {tz}" if tz else "")
        te.value = f"T{hour:02d}:{minute:02d}" + (lang.time_zones.get(tz, "") if tz else "")
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
