"""Dates in real news styles: input text and publication date -> exact time
expressions (text, value, precision, range end, time of day, weekday check)."""

import pytest

from penjelas.errors import Problems
from penjelas.extract import article_from_text
from penjelas.notes import build_story


def times(body, published, language="id"):
    story, _ = build_story(article_from_text(body, published, language), {}, Problems(), use_notes=False)
    return story.time_expressions


def dates(body, published, language="id"):
    story, _ = build_story(article_from_text(body, published, language), {}, Problems(), use_notes=False)
    return [(t.text, t.value, t.precision, t.end_value, t.time, t.weekday_ok) for t in story.time_expressions]


INDONESIAN = [
    # Weekday and day/month in brackets; the year comes from publication.
    ("Gempa terjadi Senin (21/11/2022).", "2022-11-22",
     [("Senin (21/11/2022)", "2022-11-21", "day", None, None, True)]),
    ("Sidang digelar Kamis (25/04).", "2024-04-26", [("Kamis (25/04)", "2024-04-25", "day", None, None, True)]),
    ("Peserta berkumpul Sabtu (1/7).", "2017-07-01", [("Sabtu (1/7)", "2017-07-01", "day", None, None, True)]),
    # A range.
    ("Festival digelar pada 28 hingga 29 Januari 2009.", "2024-03-11",
     [("28 hingga 29 Januari 2009", "2009-01-28", "day", "2009-01-29", None, None)]),
    ("Rapat digelar pada 18-19 Juni lalu.", "2024-07-01", [("18-19 Juni", "2024-06-18", "day", "2024-06-19", None, None)]),
    # kemarin, hari ini, pekan lalu, bulan depan.
    ("Banjir terjadi kemarin. Hari ini air surut. Pekan lalu hujan deras. Bulan depan tanggul diperbaiki.", "2024-02-06",
     [("kemarin", "2024-02-05", "day", None, None, None), ("Hari ini", "2024-02-06", "day", None, None, None),
      ("Pekan lalu", "2024-W05", "week", None, None, None), ("Bulan depan", "2024-03", "month", None, None, None)]),
    ("Sidang dilanjutkan pekan depan.", "2024-04-26", [("pekan depan", "2024-W18", "week", None, None, None)]),
    # A time of day keeps its time zone; alone, it takes the day the story is about.
    ("Gempa terjadi Senin (21/11/2022) pukul 13.21 WIB. Gempa susulan terjadi pukul 14.08 WIB.", "2022-11-22",
     [("Senin (21/11/2022)", "2022-11-21", "day", None, None, True),
      ("pukul 13.21 WIB", "2022-11-21T13:21+07:00", "minute", None, "13:21 WIB", None),
      ("pukul 14.08 WIB", "2022-11-21T14:08+07:00", "minute", None, "14:08 WIB", None)]),
    # Year only, month with year, and the seed's styles.
    ("Koperasi berdiri pada tahun 2009, ekspor pada Februari 2024, dan belajar sejak 2015.", "2024-03-11",
     [("tahun 2009", "2009", "year", None, None, None), ("Februari 2024", "2024-02", "month", None, None, None),
      ("2015", "2015", "year", None, None, None)]),
    ("Putin tiba pada 18 Juni. Ia pulang hingga Rabu, 19 Juni.", "2024-06-18",
     [("18 Juni", "2024-06-18", "day", None, None, None), ("Rabu, 19 Juni", "2024-06-19", "day", None, None, True)]),
    ("Kim berkunjung pada bulan September. Pejabat bertelepon pada hari Jumat.", "2024-06-18",
     [("bulan September", "2023-09", "month", None, None, None), ("hari Jumat", "2024-06-14", "day", None, None, True)]),
    # A month to come.
    ("Sertifikasi dimulai Juli mendatang. Operasi pasar akan digelar pada pertengahan Juli.", "2024-03-11",
     [("Juli mendatang", "2024-07", "month", None, None, None), ("Juli", "2024-07", "month", None, None, None)]),
    ("Dua tahun lalu banjir juga datang. Tahun ini lebih parah.", "2024-02-06",
     [("Dua tahun lalu", "2022", "year", None, None, None), ("Tahun ini", "2024", "year", None, None, None)]),
    # A range of months in one year.
    ("Sebanyak 500 pekerja terkena PHK sepanjang Januari hingga Juni 2024.", "2024-08-22",
     [("Januari hingga Juni 2024", "2024-01", "month", "2024-06", None, None)]),
    # Vague: kept, with no value.
    ("Presiden tiba pada malam hari.", "2024-06-18", [("pada malam hari", None, "unknown", None, None, None)]),
]


@pytest.mark.parametrize("body, published, expected", INDONESIAN)
def test_indonesian_dates(body, published, expected):
    assert dates(body, published) == expected


ENGLISH = [
    ("The ship was seen today. It was spotted yesterday and last week. The intrusion occurred on 10 November.",
     "2004-11-18",
     [("today", "2004-11-18", "day", None, None, None), ("yesterday", "2004-11-17", "day", None, None, None),
      ("last week", "2004-W46", "week", None, None, None), ("10 November", "2004-11-10", "day", None, None, None)]),
    ("The programme will expand the next year. It was designed in the 1950s and built in 1974.", "2004-11-18",
     [("the next year", "2005", "year", None, None, None), ("the 1950s", "1950/1959", "decade", None, None, None),
      ("1974", "1974", "year", None, None, None)]),
    ("The summit is later this month. Talks were held on Tuesday, 16 November.", "2004-11-18",
     [("later this month", "2004-11", "month", None, None, None),
      ("Tuesday, 16 November", "2004-11-16", "day", None, None, True)]),
    ("Reefs were surveyed between 2 and 6 March. The report will come out in June. Volumes recover by the end of October.",
     "2021-03-12",
     [("between 2 and 6 March", "2021-03-02", "day", "2021-03-06", None, None),
      ("June", "2021-06", "month", None, None, None), ("October", "2021-10", "month", None, None, None)]),
    ("The bronzes return by the end of the year, under a 1963 law.", "2022-06-03",
     [("the end of the year", "2022", "year", None, None, None), ("1963", "1963", "year", None, None, None)]),
    # "by Tuesday" is still to come; months "to"/"–" a month and year are a range.
    ("Flights resume by Tuesday. Sales rose from January to March 2024.", "2024-03-04",
     [("by Tuesday", "2024-03-05", "day", None, None, True),
      ("January to March 2024", "2024-01", "month", "2024-03", None, None)]),
    # "Today" in a quote said at the event is the lede's day, not the publication day.
    ("The court ruled on Thursday. \"Today the court agreed,\" she said.", "2019-05-24",
     [("on Thursday", "2019-05-23", "day", None, None, True), ("Today", "2019-05-23", "day", None, None, None)]),
    # "may" the verb is no month; "May" after "in" is.
    ("The reef was bleached two years ago. Ships may dock here. The port opened in May.", "2021-03-12",
     [("two years ago", "2019", "year", None, None, None), ("May", "2020-05", "month", None, None, None)]),
]


@pytest.mark.parametrize("body, published, expected", ENGLISH)
def test_english_dates(body, published, expected):
    assert dates(body, published, "en") == expected


def test_a_wrong_weekday_is_warned_with_its_sentence():
    problems = Problems()
    build_story(article_from_text("Putin tiba pada Rabu, 19 Juni.\n\nIa pergi pada Kamis, 19 Juni.", "2024-06-18"),
                {}, problems, use_notes=False)
    # At the phrase's own column; the day named in the article's language; no
    # year written, so the year is publication's and `published` is the first suspect.
    assert [str(p) for p in problems.items] == [
        "<teks>:3:15: warning: [weekday-mismatch] 'Kamis, 19 Juni': 2024-06-19 is a Rabu, not Kamis (sentence 2): "
        "the year comes from `published` (2024-06-18): if that is not the publication date, correct it in the front "
        "matter of article.md; if it is, the article names the wrong day: add an annotation (kind: correction) on the phrase"]


def test_a_wrong_weekday_with_its_year_written_is_the_article_s():
    problems = Problems()
    build_story(article_from_text("The summit opened on Friday, 19 June 2024.", "2024-06-20", "en"), {}, problems, use_notes=False)
    [warning] = [str(p) for p in problems.items]
    assert warning.startswith("<teks>:1:22: warning: [weekday-mismatch] 'Friday, 19 June 2024': 2024-06-19 is a Wednesday, not Friday")
    assert "`published`" not in warning and "the article names the wrong day or date" in warning


def test_digit_kinds_cannot_match_without_a_digit():
    """The patterns skipped for a sentence with no digit really need one: with
    every digit made impossible, none of them matches anywhere in the gold
    articles and the content (a month name or a weekday alone must not do)."""
    import re
    from pathlib import Path

    from penjelas.text import dates
    from penjelas.text.lang import language

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in (root / "tests" / "fixtures" / "articles").glob("*/article.md")]
    texts.append("Senin 19 Juni, Rabu, bulan Juni lalu, Monday, June, the 1990s, in May, at 2.30pm")
    checked = 0
    for code in ("id", "en"):
        for rule, pattern in dates._rules(language(code)).patterns:
            if rule.kind not in dates.DIGIT_KINDS:
                continue
            impossible = re.compile(pattern.pattern.replace(r"\d", r"[^\s\S]"), pattern.flags)
            assert not any(impossible.search(t) for t in texts), (code, rule.name, pattern.pattern[:60])
            checked += 1
    assert checked >= 15


@pytest.mark.parametrize("rule", [r for code in ("id", "en") for r in __import__("penjelas.text.lang", fromlist=["language"]).language(code).date_rules],
                         ids=lambda r: r.name)
def test_every_date_rule_matches_its_example(rule):
    """Each named rule, on the example written beside it, finds it and says it did
    (a rule with a context, such as "sejak", finds only the date inside it)."""
    code = rule.name.split("-")[0]
    found = times(f"Kalimat uji: {rule.example}." if code == "id" else f"A test sentence: {rule.example}.", "2024-06-18", code)
    mine = [t for t in found if t.rule == rule.name]
    assert len(mine) == 1 and mine[0].text in rule.example, [(t.text, t.rule) for t in found]


@pytest.mark.parametrize("body, published, language, within", [
    ("The president will visit Japan later this month.", "2024-06-10", "en", ("2024-06-11", "2024-06-30")),
    ("Prices rose earlier this month, the ministry said.", "2024-06-10", "en", ("2024-06-01", "2024-06-09")),
    ("The election is later this year.", "2023-11-30", "en", ("2023-12-01", "2023-12-31")),
    ("Presiden akan mengunjungi Jepang bulan ini.", "2024-02-12", "id", ("2024-02-13", "2024-02-29")),
    ("The final is later this week.", "2024-06-12", "en", ("2024-06-13", "2024-06-16")),
])
def test_the_rest_of_a_period_is_placed_after_publication(body, published, language, within):
    """'Later this month' is the month (what the article says) and the days of
    it after publication (where the timeline puts it, and how it relates to
    publication); 'earlier this month' the days before."""
    story, _ = build_story(article_from_text(body, published, language), {}, Problems(), use_notes=False)
    (t,) = story.time_expressions
    assert t.within == within and t.precision in ("week", "month", "year")
    (event,) = story.timeline
    assert (event.date, event.end, event.precision) == (*within, "day")


@pytest.mark.parametrize("body, published, language", [
    ("Prices rose this month, the ministry said.", "2024-06-10", "en"),  # no side: the whole month
    ("The final is next month.", "2024-06-12", "en"),  # a period of its own
    ("The summit is later this month.", "2024-06-30", "en"),  # nothing of the month is left
    ("Harga naik bulan ini.", "2024-06-10", "id"),
])
def test_a_period_without_a_side_stays_whole(body, published, language):
    (t,) = times(body, published, language)
    assert t.within is None
