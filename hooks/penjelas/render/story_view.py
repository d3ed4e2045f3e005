"""What a story's pages show, computed once in Python: ``StoryView`` (the
six pages of a story) and ``HomeItem`` (a story on the home page)."""

from __future__ import annotations

import calendar
import datetime as dt
import html
from dataclasses import dataclass

from markupsafe import Markup

from . import graph as graphs
from . import sections, seo
from .context import Ctx
from .markup import format_date, page_meta, shorten
from ..model import Entity, Event, Statement, Story
from ..reading.sources import anchor_id
from ..text.lang import language

KIND_ORDER = ["person", "media", "organization", "country", "group", "place"]


SPEAKER_GROUP_ORDER = ["media", "country", "person", "organization", "group", "place", "none"]


ADMONITIONS = {"context": "info", "correction": "warning", "unverified": "question"}


NOTE_MARKS = {"context": "i", "correction": "!", "unverified": "?"}


class HomeItem:
    """One story on the home page."""

    def __init__(self, r, story: Story):
        self.story = story
        self.meta = story.meta
        self.lede = story.summary[0].text if story.summary else story.sentences[0].text if story.sentences else ""
        self.counts = {
            "entities": len({m.entity for m in story.mentions}),
            "statements": len(story.statements),
            "events": len(story.timeline),
        }


class StoryView:
    """Per-story groupings the templates show, computed once in Python."""

    def __init__(self, r, story: Story):
        self.r = r
        self.story = story
        self.slug = story.meta.slug
        self.T = r.L["text"]
        counts: dict[str, int] = {}
        for m in story.mentions:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        self.counts = counts
        self.published = story.meta.published
        self._event_ids = self._unique_ids([anchor_id("t", f"{e.date} {e.title or e.text}") for e in story.timeline])
        self._statement_ids = self._unique_ids([anchor_id("q", f"{st.speaker_text} {st.text}") for st in story.statements])

    @staticmethod
    def _unique_ids(ids: list[str]) -> list[str]:
        seen: dict[str, int] = {}
        out = []
        for i in ids:
            seen[i] = seen.get(i, 0) + 1
            out.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
        return out

    # --- metadata and structured data ------------------------------------------

    def meta(self, section: sections.Section, uri: str) -> dict:
        """The page's title, description, JSON-LD and search settings."""
        m = self.story.meta
        ld = None
        if section.jsonld:
            ctx = Ctx(self.r, uri)
            ld = getattr(self, section.jsonld)(ctx, ctx.absolute(uri), ctx.absolute(self.r.paths.section(self.slug, "article")))
        description = sections.description(section, m.title, self.lede(), self.r.L)
        if section.index:  # the lede, with what the notes say of the sentences it rests on
            kinds = self.r.L["annotation_kinds"]
            description += "".join(f" ({kinds[a.kind]}: {a.text})" for a in self.lede_notes())
        meta = page_meta(sections.title(section, m.title, self.r.L), description,
                         og_type="article", published=m.published, jsonld=ld, hide=section.hide)
        if section.key == "article" and m.language != self.r.language:
            # The page is the article's text: its language is the page's (<html lang>), so
            # that search stems it as such and a screen reader reads it in its own voice.
            meta["lang"] = m.language
        return meta

    def edit_path(self, section: sections.Section) -> str:
        """The content file an editor changes to change this page: the article
        for Artikel, the notes (when there are any) for the others."""
        if section.key == "article" or not self.story.notes_path:
            return self.story.source_path
        return self.story.notes_path

    def jsonld_overview(self, ctx: Ctx, url: str, article_url: str) -> dict:
        about = [ref for ref in (self.r.entity_ref(ctx, e.id) for e in self.people() + self.places()) if ref]
        return seo.overview(self.story, url, article_url, shorten(self.lede()), about)

    def jsonld_article(self, ctx: Ctx, url: str, article_url: str) -> dict:
        p = self.r.paths
        urls = {e.id: ctx.absolute(p.entity(e.id)) for e in self.story.entities if self.r.has_page(e.id)}
        return seo.news_article(self.story, url, urls, self.r.site.entities, self.r.site_name, shorten(self.lede()))

    def jsonld_when(self, ctx: Ctx, url: str, article_url: str) -> dict:
        return seo.events(self.story, url, article_url, self.event_id, lambda eid: self.r.entity_ref(ctx, eid))

    def jsonld_reactions(self, ctx: Ctx, url: str, article_url: str) -> dict:
        return seo.quotations(self.story, url, article_url,
                              lambda st: self.r.entity_ref(ctx, st.speaker) if st.speaker else None, self.statement_id)

    def jsonld_who(self, ctx: Ctx, url: str, article_url: str) -> dict:
        title = sections.title(sections.BY_KEY["who"], self.story.meta.title, self.r.L)
        return seo.collection(title, url, self.T["who_lede"], [(e.name, ctx.absolute(self.r.paths.entity(e.id)))
                                                              for _, es in self.entity_groups() for e in es if self.r.has_page(e.id)])

    def lede(self) -> str:
        if self.story.summary:
            return self.story.summary[0].text
        return self.story.sentences[0].text if self.story.sentences else self.story.meta.title

    def event_id(self, e: Event) -> str:
        # By identity, not list.index: comparing dataclasses made a 1 MB article quadratic.
        if not hasattr(self, "_event_at"):
            self._event_at = {id(x): i for i, x in enumerate(self.story.timeline)}
        return self._event_ids[self._event_at[id(e)]]

    def statement_id(self, st: Statement) -> str:
        if not hasattr(self, "_statement_at"):
            self._statement_at = {id(x): i for i, x in enumerate(self.story.statements)}
        return self._statement_ids[self._statement_at[id(st)]]

    # --- navigation ------------------------------------------------------------

    def href_section(self, ctx: Ctx, key: str) -> str:
        return ctx.href(sections.src_uri(sections.BY_KEY[key], self.slug, self.r.L))

    def sections(self) -> tuple[str, ...]:
        return sections.KEYS

    def data_links(self, ctx: Ctx) -> list[tuple[str, str]]:
        base = self.r.urls.of(self.r.paths.overview(self.slug))
        return [(self.r.urls.rel(ctx.url, base + "story.json"), self.T["story_json"]),
                (self.r.urls.rel(ctx.url, base + "timeline.json"), self.T["timeline_json"])]

    # --- who ---------------------------------------------------------------------

    def mention_sentences(self, eid: str) -> list[str]:
        if not hasattr(self, "_mention_sentences"):  # asked three times per entity: one pass over the mentions
            by_entity: dict[str, dict[str, None]] = {}
            for m in self.story.mentions:
                by_entity.setdefault(m.entity, {})[m.sentence] = None
            self._mention_sentences = by_entity
        return list(self._mention_sentences.get(eid, []))

    def entity_groups(self):
        out = []
        for kind in KIND_ORDER:
            es = [e for e in self.story.entities if e.kind == kind]
            if es:
                es.sort(key=lambda e: (-self.counts.get(e.id, 0), e.name))
                out.append((kind, es))
        return out

    def role(self, e: Entity) -> str:
        return self.story.roles.get(e.id) or e.role

    def graph(self) -> graphs.Graph:
        if not hasattr(self, "_graph"):
            self._graph = graphs.connections(self.story)
        return self._graph

    def graph_svg(self, ctx: Ctx) -> Markup:
        g = self.graph()
        ents = self.r.site.entities
        T = self.T
        L = self.r.L

        def name(eid: str) -> str:
            n = ents[eid].name if eid in ents else eid
            return n if len(n) <= 26 else n[:25] + "…"

        def href(eid: str) -> str:
            return ctx.href(self.r.paths.entity(eid)) if eid in ents and self.r.has_page(eid) else f"#{eid}"

        def label(eid: str, degree: int) -> str:
            e = ents.get(eid)
            return T["graph_node"].format(name=e.name if e else eid, kind=L["kind_one"].get(e.kind, "") if e else "", n=degree)

        return Markup(graphs.arc_svg(g, name, lambda eid: ents[eid].kind if eid in ents else "person", href, label, "graf-judul"))

    def graph_rows(self):
        """The diagram in words: each entity with whom it is connected, and how."""
        g = self.graph()
        ents = self.r.site.entities
        rows = []
        for n in g.nodes:
            links = []
            for other, e in g.neighbours(n):
                parts = []
                if e.together:
                    parts.append(self.T["together_n"].format(n=e.together))
                if e.speaks.get(n):
                    parts.append(self.T["speaks_about_n"].format(n=e.speaks[n]))
                if e.speaks.get(other):
                    parts.append(self.T["spoken_about_n"].format(n=e.speaks[other]))
                links.append((other, "; ".join(parts)))
            rows.append((n, links))
        return [(n, links) for n, links in rows if n in ents]

    # --- reactions -----------------------------------------------------------------

    def speaker_groups(self):
        groups: dict[str, dict[str, list[Statement]]] = {}
        names: dict[str, str] = {}
        for st in self.story.statements:
            e = self.r.site.entities.get(st.speaker) if st.speaker else None
            group = e.kind if e else "none"
            key = st.speaker or f"?{st.speaker_text}"
            names[key] = e.name if e else (st.speaker_text or self.T["untitled_speaker"])
            groups.setdefault(group, {}).setdefault(key, []).append(st)
        out = []
        for g in SPEAKER_GROUP_ORDER:
            if g in groups:
                out.append((g, [(k, names[k], sts) for k, sts in groups[g].items()]))
        return out

    def statement_count(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for st in self.story.statements:
            out[st.kind] = out.get(st.kind, 0) + 1
        return out

    # --- overview --------------------------------------------------------------------

    def key_claims(self):
        """The key claims: the highlighted ones (else each issue's first), one per issue, three at most."""
        claims = [(i, c) for i in self.story.issues for c in i.claims if c.highlight]
        if not claims:
            claims = [(i, i.claims[0]) for i in self.story.issues if i.claims]
        one_each = list({i.id: (i, c) for i, c in reversed(claims)}.values())[::-1]
        return one_each[:3]

    def after_publication(self) -> list[Event]:
        return [e for e in self.story.timeline if e.origin == "background" and e.date[:10] > self.published]

    def _mention_places(self):
        """Each mention with the sentence text before it (for the key facts' rules)."""
        for m in self.story.mentions:
            yield m, self.story.sentence(m.sentence).text[: m.start]

    def people(self):
        """Siapa: the story's actors, the people named in its text (not only in
        a bracketed photo credit or byline), most mentioned first; or the
        editor's own line (``key_facts.who``)."""
        given = self.story.key_facts.get("who")
        if given is not None:
            return [self.r.site.entities[eid] for eid in given if eid in self.r.site.entities]
        in_text = {m.entity for m, before in self._mention_places() if before.count("(") <= before.count(")")}
        es = [e for e in self.story.entities if e.kind == "person" and e.id in in_text]
        es.sort(key=lambda e: (not e.curated, -self.counts.get(e.id, 0)))
        return es[:4]

    def speakers(self):
        """Who speaks in the article: media and officials, most statements first."""
        n: dict[str, int] = {}
        for st in self.story.statements:
            if st.speaker and st.speaker in self.r.site.entities:
                n[st.speaker] = n.get(st.speaker, 0) + 1
        return [self.r.site.entities[eid] for eid in sorted(n, key=lambda x: -n[x])][:5]

    def places(self):
        """Di mana: where things happen, the places and countries the text
        puts something in, at or to ("di Pyongyang", "ke Korea Utara", a
        dateline), not a country that only qualifies a title ("Juru bicara
        keamanan nasional AS"); or the editor's own line (``key_facts.where``)."""
        given = self.story.key_facts.get("where")
        if given is not None:
            return [self.r.site.entities[eid] for eid in given if eid in self.r.site.entities]
        preps = language(self.story.meta.language).place_preps
        first = self.story.sentences[0].id if self.story.sentences else ""
        where: dict[str, int] = {}
        for m, before in self._mention_places():
            words = before.split()
            dateline = m.sentence == first and not before.strip()
            if dateline or (words and words[-1].lower() in preps):
                where[m.entity] = where.get(m.entity, 0) + 1
        es = [e for e in self.story.entities if e.kind in ("place", "country") and e.id in where]
        es.sort(key=lambda e: (-where[e.id], -self.counts.get(e.id, 0)))
        return es[:4]

    def key_dates(self) -> list[Event]:
        """Kapan: the dates the article tells of, each with what happened then
        (the clause it dates, or the background event it is), first to last;
        or the editor's own line (``key_facts.when``)."""
        given = self.story.key_facts.get("when")
        if given is not None:
            return given
        told = [e for e in self.story.timeline if e.sentences and e.precision == "day"]
        return told[:4]

    def lede_notes(self) -> list:
        """The annotations of the sentences the lede rests on (for the page's description)."""
        sids = self.story.summary[0].sentences if self.story.summary else [s.id for s in self.story.sentences[:1]]
        return [a for sid in sids for a in self.story.annotations_of(sid)]

    # --- when --------------------------------------------------------------------

    def relation(self, e: Event) -> str:
        """Where the event stands to publication: "before", "on" (the period
        holds the publication day: the day, its week, month or year) or
        "after"; shown as ``T[relation + "_pub"]`` (or the period's "on" label)."""
        start, end = _period(e.date)
        if e.end:
            end = max(end, _period(e.end)[1])
        pub = dt.date.fromisoformat(self.published)
        if end < pub:
            return "before"
        if start > pub:
            return "after"
        return "on"

    def timeline(self):
        """Rows of the timeline: ("year", "2019"), ("event", Event) and, where
        the publication date falls, ("pub", None)."""
        rows: list[tuple[str, object]] = []
        placed = False
        year = None
        for e in self.story.timeline:
            if not placed and e.date[:10] > self.published:
                rows.append(("pub", None))
                placed = True
            if e.date[:4] != year:
                year = e.date[:4]
                rows.append(("year", year))
            rows.append(("event", e))
        if not placed:
            rows.append(("pub", None))
        return rows

    def timeline_counts(self) -> dict[str, int]:
        out = {"article": 0, "background": 0}
        for e in self.story.timeline:
            out[e.origin] = out.get(e.origin, 0) + 1
        return out

    def weekday_note(self, e: Event) -> str:
        if not e.weekday:
            return ""
        if e.weekday_ok:
            return self.T["weekday_ok"].format(wd=e.weekday)
        real = self.r.L["weekdays"][dt.date.fromisoformat(e.date[:10]).weekday()]
        return self.T["weekday_bad"].format(wd=e.weekday, real=real)

    def date_range(self, e: Event) -> str:
        text = format_date(e.date, e.precision, self.r.L)
        if e.end:
            text += " – " + format_date(e.end, "day" if len(e.end) == 10 else "month", self.r.L)
        return text

    # --- article -------------------------------------------------------------------

    def paragraphs(self):
        """Each paragraph as HTML: anchored sentences, linked mentions, and the
        annotations of its sentences, to stand beside it."""
        ctx = Ctx(self.r, self.r.paths.section(self.slug, "article"))
        T = self.T
        by_sentence: dict[str, list] = {}
        for m in self.story.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        notes: dict[str, list] = {}
        for a in self.story.annotations:
            notes.setdefault(a.sentence, []).append(a)
        out = []
        by_paragraph: dict[int, list] = {}
        for s in self.story.sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        kinds = self.r.L["annotation_kinds"]
        for p in self.story.paragraphs:
            parts: list[str] = []
            ps = by_paragraph.get(p.index, [])
            pos = 0
            para_notes = []
            for s in ps:
                parts.append(html.escape(p.text[pos:s.start]))
                label = T["anchor_link"].format(n=s.index)
                body = _link_mentions(s.text, sorted(by_sentence.get(s.id, []), key=lambda m: m.start), ctx)
                refs = ""
                for k, a in enumerate(notes.get(s.id, [])):
                    nid = f"note-{s.id}-{k + 1}"
                    ref_label = f"{kinds[a.kind]}: {T['sentence']} {s.index}"
                    refs += (f'<a class="pj-note-ref pj-note-ref-{a.kind}" href="#{nid}" aria-label="{html.escape(ref_label)}" '
                             f'title="{html.escape(ref_label)}">{NOTE_MARKS[a.kind]}</a>')
                    para_notes.append(Note(nid, s, a, ADMONITIONS[a.kind], kinds[a.kind]))
                parts.append(
                    f'<span class="pj-sent" id="{s.id}"><a class="pj-n" href="#{s.id}" aria-label="{html.escape(label)}">{s.index}</a>'
                    f'{body}</span>{refs}'
                )
                pos = s.end
            parts.append(html.escape(p.text[pos:]))
            out.append((p, Markup("".join(parts)), para_notes))
        return out


@dataclass
class Note:
    id: str
    sentence: object
    annotation: object
    admonition: str
    label: str


def _link_mentions(text: str, ms, ctx: Ctx) -> str:
    out = []
    pos = 0
    for m in ms:
        if m.start < pos:
            continue
        out.append(html.escape(text[pos:m.start]))
        if ctx.r.has_page(m.entity) if m.entity in ctx.r.site.entities else False:
            href = ctx.href(ctx.r.paths.entity(m.entity))
            out.append(f'<a class="pj-mention" href="{html.escape(href)}">{html.escape(text[m.start:m.end])}</a>')
        else:
            out.append(html.escape(text[m.start:m.end]))
        pos = m.end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _period(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a date of any precision: "2024-06-18",
    "2024-W25", "2024-06", "2024", "1990/1999" (a decade)."""
    if "/" in value:
        first, last = value.split("/")
        return dt.date(int(first[:4]), 1, 1), dt.date(int(last[:4]), 12, 31)
    if "-W" in value:
        year, week = value.split("-W")
        monday = dt.date.fromisocalendar(int(year), int(week[:2]), 1)
        return monday, monday + dt.timedelta(days=6)
    parts = [int(x) for x in value[:10].split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
