"""What a template needs to link from one page to another: ``Ctx``, one per
page, with the site's markers (provenance links, entity links, kind icons,
origin badges)."""

from __future__ import annotations

from urllib.parse import urljoin

from markdown.extensions.toc import slugify
from markupsafe import Markup

from . import languages as langs
from .fragments import escape
from .labels import labels
from .markup import format_date, shorten
from ..text.langid import guess
from ..reading.schema import host_of
from ..model import Story

# Material Design Icons (Apache-2.0, shipped with the theme): one per kind of
# entity, drawn inline, so that it needs no emoji font and no request.
KIND_ICONS = {
    "person": "M12 4a4 4 0 0 1 4 4 4 4 0 0 1-4 4 4 4 0 0 1-4-4 4 4 0 0 1 4-4m0 10c4.42 0 8 1.79 8 4v2H4v-2c0-2.21 3.58-4 8-4",
    "organization": "M18 15h-2v2h2m0-6h-2v2h2m2 6h-8v-2h2v-2h-2v-2h2v-2h-2V9h8M10 7H8V5h2m0 6H8V9h2m0 6H8v-2h2m0 6H8v-2h2M6 7H4V5h2m0 6H4V9h2m0 6H4v-2h2m0 6H4v-2h2m6-10V3H2v18h20V7z",
    "media": "M20 5v14H4V5zm0-2H4c-1.11 0-2 .89-2 2v14c0 1.11.89 2 2 2h16c1.11 0 2-.89 2-2V5c0-1.11-.89-2-2-2m-2 12H6v2h12zm-8-8H6v6h4zm2 2h6V7h-6zm6 2h-6v2h6z",
    "country": "M6 3a1 1 0 0 1 1 1v.88C8.06 4.44 9.5 4 11 4c3 0 3 2 5 2 3 0 4-2 4-2v8s-1 2-4 2-3-2-5-2c-3 0-4 2-4 2v7H5V4a1 1 0 0 1 1-1",
    "place": "M12 11.5A2.5 2.5 0 0 1 9.5 9 2.5 2.5 0 0 1 12 6.5 2.5 2.5 0 0 1 14.5 9a2.5 2.5 0 0 1-2.5 2.5M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7",
    "group": "M12 5.5A3.5 3.5 0 0 1 15.5 9a3.5 3.5 0 0 1-3.5 3.5A3.5 3.5 0 0 1 8.5 9 3.5 3.5 0 0 1 12 5.5M5 8c.56 0 1.08.15 1.53.42-.15 1.43.27 2.85 1.13 3.96C7.16 13.34 6.16 14 5 14a3 3 0 0 1-3-3 3 3 0 0 1 3-3m14 0a3 3 0 0 1 3 3 3 3 0 0 1-3 3c-1.16 0-2.16-.66-2.66-1.62a5.54 5.54 0 0 0 1.13-3.96c.45-.27.97-.42 1.53-.42M5.5 18.25c0-2.07 2.91-3.75 6.5-3.75s6.5 1.68 6.5 3.75V20h-13zM0 20v-1.5c0-1.39 1.89-2.56 4.45-2.9-.59.68-.95 1.62-.95 2.65V20zm24 0h-3.5v-1.75c0-1.03-.36-1.97-.95-2.65 2.56.34 4.45 1.51 4.45 2.9z",
}

# The origin badge's "from the article" (text-box-outline, same set).
ARTICLE_ICON = "M5 3c-1.11 0-2 .89-2 2v14c0 1.11.89 2 2 2h14c1.11 0 2-.89 2-2V5c0-1.11-.89-2-2-2zm0 2h14v14H5zm2 2v2h10V7zm0 4v2h10v-2zm0 4v2h7v-2z"

QUOTE_MARKS = frozenset("\"'“”„‟‘’‚‛«»‹›「」『』")
OPENING_MARKS = frozenset("“„‟‘‚‛«‹「『")
CLOSING_MARKS = frozenset("”’»›」』")

FLAG_MAX = 90  # characters of a note's text shown where a derived item rests on its sentence


class Ctx:
    """What a template needs to link from one page to another. ``language``
    is the page's (a story's pages are in the story's language, their labels
    too); ``story``, the story whose page it is."""

    def __init__(self, renderer, src_uri: str, language: str | None = None, story: Story | None = None):
        self.r = renderer
        self.src_uri = src_uri
        self.url = renderer.urls.of(src_uri)
        self.lang = language or renderer.language
        self.L = renderer.L if self.lang == renderer.language else labels(self.lang)
        self.T = self.L["text"]
        self.story = story
        self._hrefs: dict[str, str] = {}  # a page links to the same few pages again and again
        self._ids: set[str] = set()

    def slug(self, text: str) -> str:
        """A heading's id, made from its text as Python-Markdown's toc
        extension makes it, and unique on the page."""
        base = slugify(str(text), "-") or "bagian"
        hid, n = base, 0
        while hid in self._ids:
            n += 1
            hid = f"{base}_{n}"
        self._ids.add(hid)
        return hid

    def href(self, src_uri: str, anchor: str = "") -> str:
        base = self._hrefs.get(src_uri)
        if base is None:
            if "#" in src_uri:
                return self.r.urls.rel(self.url, self.r.urls.of(src_uri) + (f"#{anchor}" if anchor else ""))
            base = self._hrefs[src_uri] = self.r.urls.rel(self.url, self.r.urls.of(src_uri))
        return f"{base}#{anchor}" if anchor else base

    def absolute(self, src_uri: str, anchor: str = "") -> str:
        """For JSON-LD: absolute with the site URL, page-relative without it."""
        if self.r.site_url:
            base = self.r.absolute_urls.get(src_uri)
            if base is None:  # urljoin is slow, and JSON-LD names the same pages again and again
                base = self.r.absolute_urls[src_uri] = urljoin(self.r.site_url, self.r.urls.of(src_uri))
            return base + (f"#{anchor}" if anchor else "")
        return self.href(src_uri, anchor)

    def cite(self, story: Story, sid: str, preview: bool = True) -> Markup:
        """The provenance marker: a small link to the sentence ("k. 24"),
        whose accessible name says which sentence it points to. Its title is
        the sentence itself (``preview``; not where the sentence is quoted
        beside it): a tooltip without script, the preview of
        assets/penjelas.js with it, and never a request."""
        s = story.sentence(sid)
        label = self.T["sentence_link"].format(n=s.index)
        href = self.href(self.r.paths.section(story.meta.slug, "article"), sid)
        label = escape(label)  # f-strings with escape(): Markup.format is the slowest part of a build
        title = f' title="{escape(s.text)}"' if preview else ""
        link = (f'<a class="pj-cite" href="{escape(href)}" aria-label="{label}"{title}>'
                f'{escape(self.T["sentence_ref"].format(n=s.index))}</a>')
        notes = story.annotations_of(sid)
        if not notes:
            return Markup(link)
        return Markup(f'{link}<span class="pj-flags">{"".join(self.flag(story, a, href) for a in notes)}</span>')

    def flag(self, story: Story, a, sentence_href: str) -> str:
        """A correction, context note or doubt travels with whatever rests on
        its sentence: its kind and a short form of its text, linked to the
        full note beside the sentence on the article page."""
        kind = self.L["annotation_kinds"][a.kind]
        href = sentence_href.split("#")[0] + f"#note-{a.sentence}-{a.number}"
        text = shorten(a.text, FLAG_MAX)
        return (f'<a class="pj-flag pj-flag-{escape(a.kind)}" href="{escape(href)}" title="{escape(kind)}: {escape(a.text)}">'
                f'<span class="pj-flag-kind">{escape(kind)}:</span> {langs.in_lang(text, self.r.language, self.lang)}</a>')

    def cites(self, story: Story, sids) -> Markup:
        return Markup('<span class="pj-cites">{}</span>').format(Markup("").join(self.cite(story, sid) for sid in sids)) if sids else Markup("")

    def source(self, src: str) -> Markup:
        """A source, named by its page's title and publisher when the notes
        give them; otherwise by the host the link goes to (never a lookalike:
        the schema refuses user info in URLs)."""
        url = str(src)
        host = host_of(url) or url
        title, publisher = getattr(src, "title", ""), getattr(src, "publisher", "")
        name = title or publisher or host
        lang = guess(title) if title else ""  # a page's title is in its own language
        out = f'<a class="pj-source" href="{escape(url)}" rel="noopener" title="{escape(host)}"{langs.lang_attr(lang, self.lang)}>{escape(name)}</a>'
        if title and publisher:
            out += f' <span class="pj-source-pub">({escape(publisher)})</span>'
        return Markup(out)

    def sources(self, urls) -> Markup:
        return Markup(", ").join(self.source(u) for u in urls)

    def entity(self, eid: str | None, text: str | None = None) -> Markup:
        """A link to the entity's page, named by ``text`` (the article's words,
        on the page of its story) or by the entity's name, in its language."""
        if eid is None or eid not in self.r.site.entities:
            return Markup('<span class="pj-unknown">{}</span>').format(text or self.T["untitled_speaker"])
        e = self.r.site.entities[eid]
        lang = "" if text else langs.lang_attr(self.name_lang(e), self.lang)
        return Markup(f'<a class="pj-entity" href="{escape(self.href(self.r.paths.entity(eid)))}"{lang}>{escape(text or e.name)}</a>')

    def name_lang(self, e) -> str:
        """The language of an entity's name: the page's when the page's story
        writes it so; else an entity note's (the site's), or a detected
        entity's (the article's it was found in)."""
        if self.story is not None and e.name in self.r.story_forms(self.story):
            return self.lang
        return self.r.name_language(e)

    def text(self, text: str, lang: str) -> Markup:
        """``text``, marked with its language when it is not the page's."""
        return Markup(langs.in_lang(text, lang, self.lang))

    def story_title(self, story: Story) -> Markup:
        return self.text(story.meta.title, story.meta.language)

    def notes(self, text: str, story: Story | None = None) -> Markup:
        """What an editor wrote (in the site's language) about ``story`` (the
        page's, by default): its quotations told apart (``languages.notes_html``),
        all of it marked with its language when it is not the page's."""
        story = story or self.story
        notes_lang = self.r.language
        T = self.r.L["text"]
        body = langs.notes_html(text, notes_lang, story.meta.language if story else "",
                                self.r.article_folded(story) if story else "", (T["translation"], T["translation_title"]))
        return Markup(f'<span lang="{notes_lang}">{body}</span>' if notes_lang != self.lang else body)

    def kind(self, kind: str) -> Markup:
        """The kind of an entity: an icon and the word, never colour alone."""
        return Markup(f'<span class="pj-kind pj-kind-{escape(kind)}"><svg class="pj-icon" viewBox="0 0 24 24" aria-hidden="true" '
                      f'focusable="false"><path d="{escape(KIND_ICONS.get(kind, KIND_ICONS["group"]))}"/></svg> '
                      f'{escape(self.L["kind_one"].get(kind, kind))}</span>')

    def origin(self, origin: str) -> Markup:
        """The origin badge, the same on every page: text first, colour second.
        From the article: a page of text (never "¶", which reads as a
        paragraph number beside the sentence references, "k. 24")."""
        icon = (f'<svg class="pj-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="{ARTICLE_ICON}"/></svg>'
                if origin == "article" else '<span aria-hidden="true">↗</span>')
        return Markup(f'<span class="pj-badge pj-origin pj-origin-{escape(origin)}">{icon} '
                      f'{escape(self.L["origins"][origin])}</span>')

    def statement_kind(self, kind: str) -> Markup:
        return Markup('<span class="pj-badge pj-st pj-st-{}">{}</span>').format(kind, self.L["statement_kinds"].get(kind, kind))

    def date(self, value: str, precision: str = "day") -> str:
        return format_date(value, precision, self.L)

    def quote(self, story: Story, sid: str) -> Markup:
        s = story.sentence(sid)
        # Kept out of the search index: the article page indexes each sentence once, and
        # repeating it on every page that quotes it would drown the page's own words.
        text = langs.in_lang(s.text, story.meta.language, self.lang)  # the article's words, in its language
        return Markup(f'<blockquote class="pj-quote"><p>{text} {self.cite(story, sid, preview=False)}</p></blockquote>')

    def sentence_ref(self, story: Story, sid: str, cls: str = "pj-sref") -> Markup:
        """A reference to a sentence from a note ("k. 24"), with the sentence
        as its preview, like ``cite`` but without the note flags: it stands
        in the note itself."""
        s = story.sentence(sid)
        href = self.href(self.r.paths.section(story.meta.slug, "article"), sid)
        label = escape(self.T["sentence_link"].format(n=s.index))
        return Markup(f'<a class="{cls}" href="{escape(href)}" aria-label="{label}" title="{escape(s.text)}">'
                      f'{escape(self.T["sentence_ref"].format(n=s.index))}</a>')

    def phrase(self, text: str) -> Markup:
        """The article's words, quoted: in <q> (the browser adds the quote
        marks), unless the words already open or close with a quote mark of
        their own (then as they are, never ““doubled””). A lone mark at one
        end, the other half of it outside the words ("“Pertukaran ... tajam"),
        is left out and the words are set in <q>: never an unclosed quote."""
        t = str(text).strip()
        first, last = t[:1], t[-1:]
        if first in QUOTE_MARKS and last in QUOTE_MARKS:
            return Markup(f'<span class="pj-phrase pj-quoted">{escape(t)}</span>')
        if first in QUOTE_MARKS and not any(c in CLOSING_MARKS or c == first for c in t[1:]):
            t = t[1:].lstrip()
        elif last in QUOTE_MARKS and not any(c in OPENING_MARKS or c == last for c in t[:-1]):
            t = t[:-1].rstrip()
        if t[:1] in QUOTE_MARKS or t[-1:] in QUOTE_MARKS:
            return Markup(f'<span class="pj-phrase pj-quoted">{escape(t)}</span>')
        return Markup(f'<q class="pj-phrase">{escape(t)}</q>')
