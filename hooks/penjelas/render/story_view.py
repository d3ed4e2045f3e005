"""What a story's pages show, computed once in Python: ``StoryView`` (the
six pages of a story) and ``HomeItem`` (a story on the home page)."""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
from dataclasses import dataclass

from markdown.extensions.toc import slugify
from markupsafe import Markup

from . import graph as graphs
from . import languages as langs
from . import fragments, sections, seo
from .context import Ctx
from .labels import labels
from .markup import format_date, page_meta, shorten
from ..model import Entity, Event, Statement, Story
from ..reading.characters import balance_bidi
from ..reading.sources import anchor_id
from ..text.lang import language

KIND_ORDER = ["person", "media", "organization", "country", "group", "place"]


SPEAKER_GROUP_ORDER = ["media", "country", "person", "organization", "group", "place", "none"]


from .fragments import NOTE_MARKS  # noqa: E402  (i, !, ?: the same marks in the text, on notes, in the legend)


class HomeItem:
    """One story on the home page."""

    def __init__(self, r, story: Story):
        self.story = story
        self.meta = story.meta
        self.lede = story.summary[0].text if story.summary else story.sentences[0].text if story.sentences else ""
        self.lede_is_notes = bool(story.summary)  # the editors' words (the site's language), not the article's
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
        # The story's pages are in its language, their labels too (the site's chrome is not).
        self.language = story.meta.language
        self.L = r.L if self.language == r.language else labels(self.language)
        self.T = self.L["text"]
        # One count everywhere: the sentences that name the entity ("Putin dan
        # Putin" in one sentence is one), as the list of those sentences shows.
        self.counts = {eid: len(sids) for eid, sids in self._sentences_by_entity().items()}
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
        """The page's title, description, JSON-LD and search settings; its
        language, when it is not the site's; and its neighbours in the story
        (``story_footer``)."""
        m = self.story.meta
        ld = None
        ctx = Ctx(self.r, uri, self.language, self.story)
        if section.jsonld:
            ld = getattr(self, section.jsonld)(ctx, ctx.absolute(uri), ctx.absolute(self.r.paths.section(self.slug, "article")))
        description = sections.description(section, m.title, self.lede(), self.L)
        if section.index:  # the lede, with what the notes say of the sentences it rests on
            kinds = self.L["annotation_kinds"]
            description += "".join(f" ({kinds[a.kind]}: {a.text})" for a in self.lede_notes())
        meta = page_meta(sections.title(section, m.title, self.L), description,
                         og_type="article", published=m.published, jsonld=ld, hide=section.hide)
        if m.language != self.r.language:
            # Every page of the story is in its language (<html lang>, set by the hook), so
            # that search stems it as such and a screen reader reads it in its own voice.
            meta["lang"] = m.language
        meta["story_footer"] = self.story_footer(section, ctx)
        return meta

    def story_footer(self, section: sections.Section, ctx: Ctx) -> dict:
        """The page's previous and next page for the footer (overrides/partials/
        footer.html), within the story's own pages: the site's order would go on
        from one story's Artikel to the next story's Ringkasan without saying
        so. Leaving the story says where to: to the list of stories before the
        first page, to the next story (or back to this one's start) after the
        last. Each is {href, title, lang, direction} ("" for the theme's own
        direction words); the footer is the site's chrome, in the site's language."""
        site_T, nav = self.r.L["text"], self.r.L["nav"]  # titles as the theme prints them: HTML text
        keys = sections.KEYS
        i = keys.index(section.key)

        def page(key: str) -> dict:
            return {"href": self.href_section(ctx, key), "title": nav[key], "lang": "", "direction": ""}

        if i > 0:
            prev = page(keys[i - 1])
        else:
            prev = {"href": ctx.href("index.md"), "title": nav["home"], "lang": "", "direction": site_T["footer_home"]}
        if i < len(keys) - 1:
            nxt = page(keys[i + 1])
        else:
            stories = self.r.site.stories
            at = next((k for k, s in enumerate(stories) if s is self.story), len(stories))
            if at + 1 < len(stories):
                other = stories[at + 1].meta
                nxt = {"href": ctx.href(self.r.paths.overview(other.slug)), "title": html.escape(balance_bidi(other.title)),
                       "lang": other.language if other.language != self.r.language else "", "direction": site_T["footer_next_story"]}
            else:
                nxt = {**page(keys[0]), "direction": site_T["footer_back"]}
        return {"prev": prev, "next": nxt}

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
        title = sections.title(sections.BY_KEY["who"], self.story.meta.title, self.L)
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

    def _sentences_by_entity(self) -> dict[str, dict[str, None]]:
        if not hasattr(self, "_mention_sentences"):  # asked three times per entity: one pass over the mentions
            by_entity: dict[str, dict[str, None]] = {}
            for m in self.story.mentions:
                by_entity.setdefault(m.entity, {})[m.sentence] = None
            self._mention_sentences = by_entity
        return self._mention_sentences

    def mention_sentences(self, eid: str) -> list[str]:
        return list(self._sentences_by_entity().get(eid, []))

    def forms(self, e: Entity) -> list[str]:
        """Every form the story names the entity by, first use first, its name left out."""
        if not hasattr(self, "_forms"):
            forms: dict[str, dict[str, None]] = {}
            for m in self.story.mentions:
                forms.setdefault(m.entity, {})[m.text] = None
            self._forms = forms
        return [f for f in self._forms.get(e.id, {}) if f != e.name]

    def names_itself(self, e: Entity) -> bool:
        """Does the article write the entity's name (not only other forms, such as "Kim")?"""
        self.forms(e)
        return e.name in self._forms.get(e.id, {})

    def entity_groups(self):
        """The entities the article names, by kind, most named first."""
        out = []
        for kind in KIND_ORDER:
            es = [e for e in self.story.entities if e.kind == kind and self.counts.get(e.id)]
            if es:
                es.sort(key=lambda e: (-self.counts.get(e.id, 0), e.name))
                out.append((kind, es))
        return out

    def background_entities(self) -> list[Entity]:
        """Entities of the notes that the article never names (the people of a
        background event, an entity listed under ``entities``): on Siapa apart,
        never as "named in 0 sentences"."""
        return [e for e in self.story.entities if not self.counts.get(e.id)]

    def role(self, e: Entity) -> str:
        return self.story.roles.get(e.id) or e.role

    def graph(self) -> graphs.Graph:
        if not hasattr(self, "_graph"):
            self._graph = graphs.connections(self.story)
        return self._graph

    def graph_html(self, ctx: Ctx) -> Markup:
        """Who is connected to whom (``graph.connection_list``): every entity
        the article names, grouped by kind as the cards below are."""
        ents = self.r.site.entities
        groups = [(kind, self.L["kinds"][kind], [e.id for e in es]) for kind, es in self.entity_groups()]

        def name_html(eid: str) -> str:
            e = ents.get(eid)
            return langs.in_lang(e.name, ctx.name_lang(e), ctx.lang) if e else html.escape(eid)

        def page_href(eid: str) -> str | None:
            return ctx.href(self.r.paths.entity(eid)) if eid in ents and self.r.has_page(eid) else None

        return Markup(graphs.connection_list(self.graph(), groups, name_html, page_href, lambda eid: f"#{eid}", self.T))

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

    def speaker_name(self, ctx: Ctx, key: str, name: str) -> Markup:
        """A speaker's heading: an entity's name in its language, or the article's words."""
        e = self.r.site.entities.get(key)
        return ctx.text(name, ctx.name_lang(e)) if e is not None else ctx.text(name, self.language)

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
        real = self.L["weekdays"][dt.date.fromisoformat(e.date[:10]).weekday()]
        return self.T["weekday_bad"].format(wd=e.weekday, real=real)

    def date_range(self, e: Event) -> str:
        text = format_date(e.date, e.precision, self.L)
        if e.end:
            text += " – " + format_date(e.end, "day" if len(e.end) == 10 else "month", self.L)
        return text

    # --- article -------------------------------------------------------------------

    def paragraphs(self):
        """Each paragraph as HTML: anchored sentences ("k. 12"), linked
        mentions, the words each note is about highlighted (``<mark>``), and
        right after each sentence its notes (``fragments.note``: beside the
        sentence on a wide screen, below it on a phone)."""
        ctx = Ctx(self.r, self.r.paths.section(self.slug, "article"), self.language, self.story)
        T = self.T
        by_sentence: dict[str, list] = {}
        for m in self.story.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        notes: dict[str, list] = {}
        for a in self.story.annotations:
            notes.setdefault(a.sentence, []).append(a)
        by_paragraph: dict[int, list] = {}
        for s in self.story.sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        marks = self._phrase_marks(by_paragraph)
        kinds = self.L["annotation_kinds"]
        out = []
        for p in self.story.paragraphs:
            parts: list[str] = []
            pos = 0
            para_notes = []
            for s in by_paragraph.get(p.index, []):
                parts.append(html.escape(p.text[pos:s.start]))
                label = T["anchor_link"].format(n=s.index)
                refs, boxes = "", ""
                for a in notes.get(s.id, []):
                    n = Note(self.note_id(a), s, a, kinds[a.kind], NOTE_MARKS[a.kind])
                    ref_label = f"{kinds[a.kind]}: {T['sentence']} {s.index}"
                    refs += (f'<a class="pj-note-ref pj-note-ref-{a.kind}" href="#{n.id}" aria-label="{html.escape(ref_label)}" '
                             f'title="{html.escape(ref_label)}">{n.mark}</a>')
                    boxes += fragments.note(ctx, n)
                    para_notes.append(n)
                number = (f'<a class="pj-n" href="#{s.id}" aria-label="{html.escape(label)}">'
                          f'{html.escape(T["sentence_ref"].format(n=s.index))}</a>')
                body = _link_mentions(s.text, sorted(by_sentence.get(s.id, []), key=lambda m: m.start), ctx, marks.get(s.id, []),
                                      head=number, tail=refs)
                parts.append(f'<span class="pj-sent" id="{s.id}">{body}</span>{boxes}')
                pos = s.end
            parts.append(html.escape(p.text[pos:]))
            out.append((p, Markup("".join(parts)), para_notes))
        return out

    @staticmethod
    def note_id(a) -> str:
        return f"note-{a.sentence}-{a.number}"

    def _phrase_marks(self, by_paragraph: dict[int, list]) -> dict[str, list[tuple[int, int, str]]]:
        """sentence id -> the spans (start, end, kind) of the phrases notes
        are about, in the sentence's own offsets. A phrase is found where the
        notes found it (its first occurrence, spaces as any run of spaces);
        one that runs on into the next sentence is marked in both."""
        out: dict[str, list[tuple[int, int, str]]] = {}
        paragraph_of = {s.id: s.paragraph for s in self.story.sentences}
        texts = {p.index: p.text for p in self.story.paragraphs}
        for a in self.story.annotations:
            words = a.phrase.split()
            pi = paragraph_of.get(a.sentence)
            if not words or pi is None:
                continue
            start_sentence = self.story.sentence(a.sentence)
            m = re.compile(r"\s+".join(re.escape(w) for w in words)).search(texts[pi], max(0, start_sentence.start))
            if not m:
                continue
            for s in by_paragraph.get(pi, []):
                lo, hi = max(m.start(), s.start), min(m.end(), s.end)
                if lo < hi:
                    out.setdefault(s.id, []).append((lo - s.start, hi - s.start, a.kind))
        return out

    # --- the corrections log -----------------------------------------------------

    def log_id(self) -> str:
        """The id of the log's heading on the article page (the overview links to it)."""
        return slugify(self.T["log_title"], "-")

    def log_notes(self) -> list:
        """Every correction and unverified note, in the article's order."""
        order = {s.id: s.index for s in self.story.sentences}
        return sorted((a for a in self.story.annotations if a.kind in ("correction", "unverified")),
                      key=lambda a: (order.get(a.sentence, 0), a.number))

    def note_counts(self) -> dict[str, int]:
        out = {"context": 0, "correction": 0, "unverified": 0}
        for a in self.story.annotations:
            out[a.kind] = out.get(a.kind, 0) + 1
        return out

    def log_summary(self) -> str:
        """"Koreksi: 5 · Belum terverifikasi: 5 · Diperbarui: 1 Juli 2024": the
        date only when the notes give it (never a file's date: builds are
        reproducible)."""
        kinds, counts = self.L["annotation_kinds"], self.note_counts()
        parts = [f"{kinds[k]}: {counts[k]}" for k in ("correction", "unverified")]
        if self.story.updated:
            parts.append(f"{self.T['updated']}: {format_date(self.story.updated, 'day', self.L)}")
        return " · ".join(parts)


@dataclass
class Note:
    id: str
    sentence: object
    annotation: object
    label: str
    mark: str


_MARK_ORDER = {"correction": 0, "unverified": 1, "context": 2}  # where phrases overlap, the strongest kind shows


def _link_mentions(text: str, ms, ctx: Ctx, marks=(), head: str = "", tail: str = "") -> str:
    """The sentence as HTML: mentions linked to their entity's page, the
    phrases of notes in ``<mark>`` (split where they cross a link, so that
    the tags nest); ``head`` (the sentence's number) kept on the line of
    its first word and ``tail`` (its notes' marks) on the line of its last
    (``pj-nw``: never alone at a line's end or start)."""
    links = []
    pos = 0
    for m in ms:
        if m.start < pos:
            continue
        href = None
        if ctx.r.has_page(m.entity) if m.entity in ctx.r.site.entities else False:
            href = ctx.href(ctx.r.paths.entity(m.entity))
        links.append((m.start, m.end, href))
        pos = m.end

    def outside_links(at: int, forward: bool) -> int:
        for start, end, _ in links:
            if start < at < end:
                return end if forward else start
        return at

    n = len(text)
    cuts = {0, n}
    for start, end, _ in links:
        cuts.update((start, end))
    for start, end, _ in marks:
        cuts.update((max(0, start), min(n, end)))
    first = re.search(r"\s", text)
    head_end = outside_links(first.start(), True) if head and first else n
    tail_start = outside_links(re.search(r"\S*\s*$", text).start(), False) if tail else 0
    cuts.update((head_end, tail_start))
    points = sorted(cuts)
    runs: list[list] = []  # [link, kind, start, end]: neighbours with the same link and kind are one run
    for lo, hi in zip(points, points[1:]):
        link = next((x for x in links if x[0] <= lo and hi <= x[1]), None)
        covering = sorted({k for start, end, k in marks if start <= lo and hi <= end}, key=_MARK_ORDER.get)
        kind = covering[0] if covering else None
        if runs and runs[-1][0] is link and runs[-1][1] == kind and lo not in (head_end, tail_start):
            runs[-1][3] = hi
        else:
            runs.append([link, kind, lo, hi])
    merged = bool(head and tail and tail_start < head_end)  # one word, or one name: one unbreakable piece
    out = [f'<span class="pj-nw">{head}'] if head else []
    for i, (link, kind, lo, hi) in enumerate(runs):
        if tail and not merged and lo == tail_start:
            out.append('<span class="pj-nw">')
        if link is not None and link[2] and (i == 0 or runs[i - 1][0] is not link):
            out.append(f'<a class="pj-mention" href="{html.escape(link[2])}">')
        piece = html.escape(text[lo:hi])
        out.append(f'<mark class="pj-mark pj-mark-{kind}">{piece}</mark>' if kind else piece)
        if link is not None and link[2] and (i == len(runs) - 1 or runs[i + 1][0] is not link):
            out.append("</a>")
        if head and not merged and hi == head_end:
            out.append("</span>")
    if tail:
        out.append(f"{tail}</span>")
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
