"""Site model -> pages (Markdown with HTML blocks) and JSON exports.

Every piece of article or note text is escaped on the way out: HTML blocks
are not parsed as Markdown, and headings go through ``md_escape``, so that no
text from content can become markup or script.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from .labels import labels
from .model import Entity, Event, Statement, Story
from .site import Site
from .storyjson import story_json, timeline_json

TEMPLATES = Path(__file__).parent / "templates"
KIND_ICONS = {"person": "👤", "organization": "🏛", "media": "📰", "country": "🏳", "place": "📍", "group": "👥"}
KIND_ORDER = ["person", "media", "organization", "country", "group", "place"]
SPEAKER_GROUP_ORDER = ["media", "country", "person", "organization", "group", "place", "none"]
_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]<>()#+\-.!|~^=$:&\"']")
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def md_escape(text: str) -> Markup:
    """Text that Markdown shows as itself: every special character becomes an entity."""
    return Markup(_MD_SPECIAL.sub(lambda m: f"&#{ord(m.group(0))};", " ".join(str(text).split())))


@dataclass
class PageSpec:
    src_uri: str
    content: str | bytes
    edit_path: str = ""  # the content file this page comes from


class Urls:
    """Site-relative URLs of pages, the way MkDocs makes them."""

    def __init__(self, directory_urls: bool = True):
        self.directory_urls = directory_urls

    def of(self, src_uri: str) -> str:
        if not src_uri.endswith(".md"):
            return src_uri
        stem = src_uri[:-3]
        if self.directory_urls:
            if stem == "index" or stem.endswith("/index"):
                return stem[: -len("index")]
            return stem + "/"
        return stem + ".html"

    def rel(self, from_url: str, to_url: str) -> str:
        """Relative href from the page at ``from_url`` to ``to_url`` (both site-relative)."""
        target, _, anchor = to_url.partition("#")
        from_dir = from_url if from_url.endswith("/") or not from_url else posixpath.dirname(from_url) + "/"
        path = posixpath.relpath("/" + target, "/" + from_dir)
        if target.endswith("/") and not path.endswith("/"):
            path += "/"
        if path == "./" or path == ".":
            path = "./"
        return path + (f"#{anchor}" if anchor else "")


class Paths:
    """Where each page of the site lives (src_uri)."""

    def __init__(self, L: dict):
        self.sec = L["sections"]

    def overview(self, slug: str) -> str:
        return f"{slug}/index.md"

    def section(self, slug: str, key: str) -> str:
        return f"{slug}/{self.sec[key]}.md"

    def entity(self, eid: str) -> str:
        return f"{self.sec['entities']}/{eid}.md"

    def entities(self) -> str:
        return f"{self.sec['entities']}/index.md"


class Ctx:
    """What a template needs to link from one page to another."""

    def __init__(self, renderer: "Renderer", src_uri: str):
        self.r = renderer
        self.url = renderer.urls.of(src_uri)
        self.L = renderer.L
        self.T = renderer.L["text"]

    def href(self, src_uri: str, anchor: str = "") -> str:
        return self.r.urls.rel(self.url, self.r.urls.of(src_uri) + (f"#{anchor}" if anchor else ""))

    def cite(self, story: Story, sid: str) -> Markup:
        s = story.sentence(sid)
        label = self.T["sentence_link"].format(n=s.index)
        href = self.href(self.r.paths.section(story.meta.slug, "article"), sid)
        return Markup('<a class="pj-cite" href="{}" aria-label="{}" title="{}">[{}]</a>').format(href, label, label, s.index)

    def cites(self, story: Story, sids) -> Markup:
        return Markup(" ").join(self.cite(story, sid) for sid in sids)

    def source(self, url: str) -> Markup:
        host = urlsplit(url).netloc.removeprefix("www.")
        return Markup('<a class="pj-source" href="{}" rel="noopener">{}</a>').format(url, host or url)

    def sources(self, urls) -> Markup:
        return Markup(", ").join(self.source(u) for u in urls)

    def entity(self, eid: str | None, text: str | None = None) -> Markup:
        if eid is None or eid not in self.r.site.entities:
            return Markup("<span>{}</span>").format(text or self.T["untitled_speaker"])
        e = self.r.site.entities[eid]
        return Markup('<a class="pj-entity" href="{}">{}</a>').format(self.href(self.r.paths.entity(eid)), text or e.name)

    def kind(self, kind: str) -> Markup:
        return Markup('<span class="pj-kind pj-kind-{}"><span aria-hidden="true">{}</span> {}</span>').format(
            kind, KIND_ICONS.get(kind, "•"), self.L["kind_one"].get(kind, kind))

    def origin(self, origin: str) -> Markup:
        return Markup('<span class="pj-badge pj-origin-{}">{}</span>').format(origin, self.L["origins"][origin])

    def date(self, value: str, precision: str = "day") -> str:
        return format_date(value, precision, self.L)

    def quote(self, story: Story, sid: str) -> Markup:
        s = story.sentence(sid)
        return Markup('<blockquote class="pj-quote"><p>{} {}</p></blockquote>').format(s.text, self.cite(story, sid))


def format_date(value: str, precision: str, L: dict) -> str:
    months = L["months"]
    if precision == "decade":
        start = value.split("/")[0]
        return f"{start}-an" if L is labels("id") else f"{start}s"
    if precision == "week" or "W" in value:
        return value
    parts = value[:10].split("-")
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    d = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    return f"{L['weekdays'][d.weekday()]}, {d.day} {months[d.month - 1]} {d.year}"


class Renderer:
    def __init__(self, site: Site, language: str, directory_urls: bool = True, site_name: str = ""):
        self.site = site
        self.L = labels(language)
        self.language = "en" if language == "en" else "id"
        self.urls = Urls(directory_urls)
        self.paths = Paths(self.L)
        self.site_name = site_name
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            extensions=["jinja2.ext.do"],
            comment_start_string="{##",  # "{#id}" is Markdown's attribute list
            comment_end_string="##}",
        )
        self.env.filters["md"] = md_escape
        # Front matter titles reach the theme, which prints them unescaped (<title>,
        # nav, header, search results): they must already be HTML text.
        self.env.filters["yaml"] = lambda text: Markup(json.dumps(html.escape(" ".join(str(text).split())), ensure_ascii=False))

    def render(self, template: str, src_uri: str, **data) -> str:
        ctx = Ctx(self, src_uri)
        text = self.env.get_template(template).render(ctx=ctx, L=self.L, T=self.L["text"], **data)
        return re.sub(r"\n{3,}", "\n\n", text)

    # --- pages -----------------------------------------------------------

    def pages(self) -> list[PageSpec]:
        out: list[PageSpec] = []
        for story in self.site.stories:
            out.extend(self.story_pages(story))
        for eid in sorted(self.site.entities):
            if eid in self.site.appearances or self.site.entities[eid].curated:
                out.append(self.entity_page(eid))
        out.append(PageSpec(self.paths.entities(), self.render("entities.md.j2", self.paths.entities(), groups=self.entity_groups())))
        return out

    def story_pages(self, story: Story) -> list[PageSpec]:
        slug = story.meta.slug
        p = self.paths
        edit = story.source_path
        view = StoryView(self, story)
        specs = [
            (p.overview(slug), "overview.md.j2"),
            (p.section(slug, "who"), "who.md.j2"),
            (p.section(slug, "what"), "what.md.j2"),
            (p.section(slug, "when"), "when.md.j2"),
            (p.section(slug, "reactions"), "reactions.md.j2"),
            (p.section(slug, "article"), "article.md.j2"),
        ]
        out = [PageSpec(uri, self.render(tpl, uri, story=story, v=view), edit) for uri, tpl in specs]
        out.append(PageSpec(f"{slug}/story.json", json.dumps(story_json(story), ensure_ascii=False, indent=2) + "\n", edit))
        out.append(PageSpec(f"{slug}/timeline.json", json.dumps(timeline_json(story, self.L), ensure_ascii=False, indent=2) + "\n", edit))
        return out

    def entity_page(self, eid: str) -> PageSpec:
        uri = self.paths.entity(eid)
        e = self.site.entities[eid]
        apps = self.site.appearances.get(eid, [])
        total = sum(len(a.mentions) for a in apps)
        return PageSpec(uri, self.render("entity.md.j2", uri, e=e, apps=apps, total=total), "")

    def entity_groups(self):
        groups = []
        for kind in KIND_ORDER:
            es = [e for e in self.site.entities.values() if e.kind == kind and (e.id in self.site.appearances or e.curated)]
            if es:
                es.sort(key=lambda e: e.name.lower())
                groups.append((kind, [(e, sum(len(a.mentions) for a in self.site.appearances.get(e.id, []))) for e in es]))
        return groups

    def home_list(self, src_uri: str = "index.md") -> str:
        return self.render("home.md.j2", src_uri, stories=self.site.stories)

    def nav_titles(self) -> dict[str, str]:
        return self.L["nav"]


class StoryView:
    """Per-story groupings the templates show, computed once in Python."""

    def __init__(self, r: Renderer, story: Story):
        self.r = r
        self.story = story
        self.slug = story.meta.slug
        counts: dict[str, int] = {}
        for m in story.mentions:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        self.counts = counts
        self.published = story.meta.published

    def href_section(self, ctx: Ctx, key: str) -> str:
        if key == "overview":
            return ctx.href(self.r.paths.overview(self.slug))
        return ctx.href(self.r.paths.section(self.slug, key))

    def sections(self):
        return ["overview", "who", "what", "when", "reactions", "article"]

    def mention_sentences(self, eid: str) -> list[str]:
        seen: list[str] = []
        for m in self.story.mentions:
            if m.entity == eid and m.sentence not in seen:
                seen.append(m.sentence)
        return seen

    def entity_groups(self):
        out = []
        for kind in KIND_ORDER:
            es = [e for e in self.story.entities if e.kind == kind]
            if es:
                es.sort(key=lambda e: (-self.counts.get(e.id, 0), e.name))
                out.append((kind, es))
        return out

    def aliases(self, e: Entity) -> list[str]:
        """The entity's aliases plus every form this story uses for it ("Kim", "Presiden")."""
        return list(dict.fromkeys(e.aliases + [m.text for m in self.story.mentions if m.entity == e.id]))

    def role(self, e: Entity) -> str:
        return self.story.roles.get(e.id) or e.role

    def speaker_groups(self):
        groups: dict[str, dict[str, list[Statement]]] = {}
        names: dict[str, str] = {}
        for st in self.story.statements:
            e = self.r.site.entities.get(st.speaker) if st.speaker else None
            group = e.kind if e else "none"
            key = st.speaker or f"?{st.speaker_text}"
            names[key] = e.name if e else (st.speaker_text or self.r.L["text"]["untitled_speaker"])
            groups.setdefault(group, {}).setdefault(key, []).append(st)
        out = []
        for g in SPEAKER_GROUP_ORDER:
            if g in groups:
                out.append((g, [(k, names[k], sts) for k, sts in groups[g].items()]))
        return out

    def key_claims(self):
        claims = [(i, c) for i in self.story.issues for c in i.claims if c.highlight]
        if not claims:
            claims = [(i, i.claims[0]) for i in self.story.issues if i.claims]
        return claims[:3]

    def after_publication(self) -> list[Event]:
        return [e for e in self.story.timeline if e.origin == "background" and e.date[:10] > self.published]

    def relation(self, e: Event) -> str:
        T = self.r.L["text"]
        pub = self.published
        n = len(e.date)
        if e.date == pub[:n]:
            return T["on_pub"] if n == 10 else T["before_pub"] if (e.end or "") < pub and e.end else T["on_pub"]
        return T["before_pub"] if e.date < pub[:n] else T["after_pub"]

    def timeline(self):
        """Events with the publication line inserted where it falls."""
        rows = []
        placed = False
        for e in self.story.timeline:
            if not placed and e.date[:10] > self.published:
                rows.append(("pub", None))
                placed = True
            rows.append(("event", e))
        if not placed:
            rows.append(("pub", None))
        return rows

    def people(self):
        es = [e for e in self.story.entities if e.kind == "person" and self.counts.get(e.id)]
        es.sort(key=lambda e: (not e.curated, -self.counts.get(e.id, 0)))
        return es[:4]

    def places(self):
        es = [e for e in self.story.entities if e.kind in ("place", "country") and self.counts.get(e.id)]
        es.sort(key=lambda e: -self.counts.get(e.id, 0))
        return es[:4]

    def article_days(self):
        days = sorted({(t.value[:10], t.sentence) for t in self.story.time_expressions if t.value and len(t.value) >= 10 and t.value[4] == "-"})
        return days

    def paragraphs(self):
        """Each paragraph as HTML: anchored sentences, linked mentions, notes after."""
        ctx = Ctx(self.r, self.r.paths.section(self.slug, "article"))
        T = self.r.L["text"]
        by_sentence: dict[str, list] = {}
        for m in self.story.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        notes: dict[str, list] = {}
        for a in self.story.annotations:
            notes.setdefault(a.sentence, []).append(a)
        out = []
        sentences = self.story.sentences
        for p in self.story.paragraphs:
            parts: list[str] = []
            ps = [s for s in sentences if s.paragraph == p.index]
            pos = 0
            para_notes = []
            for s in ps:
                parts.append(html.escape(p.text[pos:s.start]))
                label = T["anchor_link"].format(n=s.index)
                body = _link_mentions(s.text, sorted(by_sentence.get(s.id, []), key=lambda m: m.start), ctx)
                refs = ""
                for k, a in enumerate(notes.get(s.id, [])):
                    nid = f"note-{s.id}-{k + 1}"
                    refs += f'<a class="pj-note-ref" href="#{nid}" aria-label="{html.escape(self.r.L["annotation_kinds"][a.kind])}: {html.escape(T["sentence"])} {s.index}">{"†" if a.kind == "correction" else "*"}</a>'
                    para_notes.append((nid, s, a))
                parts.append(
                    f'<span class="pj-sent" id="{s.id}"><a class="pj-n" href="#{s.id}" aria-label="{html.escape(label)}">{s.index}</a>'
                    f'{body}</span>{refs}'
                )
                pos = s.end
            parts.append(html.escape(p.text[pos:]))
            out.append((p, Markup("".join(parts)), para_notes))
        return out


def _link_mentions(text: str, ms, ctx: Ctx) -> str:
    out = []
    pos = 0
    for m in ms:
        if m.start < pos:
            continue
        out.append(html.escape(text[pos:m.start]))
        href = ctx.href(ctx.r.paths.entity(m.entity))
        out.append(f'<a class="pj-mention" href="{html.escape(href)}">{html.escape(text[m.start:m.end])}</a>')
        pos = m.end
    out.append(html.escape(text[pos:]))
    return "".join(out)
