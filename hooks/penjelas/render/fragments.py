"""The repeated pieces of a page, as HTML built in Python.

A page of a large archive repeats these hundreds of times (an entity card per
entity of a story, a section per story on an entity's page, a card per
statement, an item per event); as Jinja macros they were a third of the
hooks' time, most of it in the call machinery. Templates call them as
``F.entity_card(ctx, v, e)``, and the page's skeleton stays in the template.

The rules of the templates hold here: every piece of text goes through
``escape`` (so does every label, as autoescaping did), links come from
``ctx``, and each function returns ``Markup``.
"""

from __future__ import annotations

from markupsafe import Markup

from .markup import shorten
from ..reading.characters import balance_bidi


def escape(text) -> str:
    """What ``markupsafe.escape`` writes (``Markup`` passes through), as a
    plain ``str``: it is called hundreds of thousands of times in a large
    build, and making a ``Markup`` object each time was most of its cost.
    A bidirectional override in the text is closed at its end
    (``balance_bidi``), so it cannot reverse the page's words after it."""
    if type(text) is not str:
        if hasattr(text, "__html__"):
            return text.__html__()
        text = str(text)
    if not text.isascii():
        text = balance_bidi(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&#34;")
    if "'" in text:
        text = text.replace("'", "&#39;")
    return text


def mention_count(T: dict, n: int) -> str:
    """"disebut dalam 3 kalimat": the sentences that name it, the one count every page gives."""
    return T["mention_count_one"] if n == 1 else T["mention_count"].format(n=n)


def entity_meta(ctx, e, count: int | None) -> Markup:
    """Kind, the sentences that name it (none given: not counted), Wikidata link and the auto-detected badge."""
    T = ctx.T
    out = f'<p class="pj-entity-meta">{ctx.kind(e.kind)}'
    if count is not None:
        out += f' <span class="pj-count">{escape(mention_count(T, count))}</span>'
    if e.wikidata:
        out += (f' <a class="pj-wikidata" href="{escape(e.wikidata_url)}" rel="noopener">'
                f'{escape(T["wikidata"])} {escape(e.wikidata)}</a>')
    if not e.curated:
        out += f' <span class="pj-badge pj-auto">{escape(T["auto"])}</span>'
    return Markup(out + "</p>")


def facts(ctx, e, limit: int | None = None) -> Markup:
    """The sourced background of an entity; with ``limit``, the first few and a link to the rest."""
    if not e.background:
        return Markup("")
    T = ctx.T
    shown = e.background[:limit] if limit else e.background
    items = "".join(f'<li>{ctx.notes(f.text)} <span class="pj-srcnote">({escape(T["source"])}: {ctx.source(f.source)})</span></li>\n'
                    for f in shown)
    out = f'<ul class="pj-facts">\n{items}</ul>\n'
    if limit and len(e.background) > limit:
        href = ctx.href(ctx.r.paths.entity(e.id), "latar-belakang")
        out += f'<p class="pj-more"><a href="{escape(href)}">{escape(T["more_background"].format(n=len(e.background)))}</a></p>\n'
    return Markup(out)


def entity_card(ctx, v, e, named: bool = True) -> Markup:
    """One entity on a story's Siapa page: who it is here, every form the
    article names it by, its first fact, every sentence naming it (``named``
    False: an entity of the notes only, which the article never names)."""
    T = ctx.T
    eid = escape(e.id)
    out = [f'<section class="pj-card pj-entity-card" id="{eid}" aria-labelledby="h-{eid}">\n'
           f'<h3 id="h-{eid}">{ctx.entity(e.id)}</h3>\n{entity_meta(ctx, e, v.counts.get(e.id, 0) if named else None)}\n']
    role = v.role(e)
    if role:
        out.append(f'<p class="pj-role"><strong class="pj-label">{escape(T["role_here"])}:</strong> {ctx.notes(role)}</p>\n')
    forms = v.forms(e)
    if forms:  # the article's words, in its language: the page's
        label = T["aliases"] if v.names_itself(e) else T["forms"]
        out.append(f'<p class="pj-aliases"><strong class="pj-label">{escape(label)}:</strong> {escape(", ".join(forms))}</p>\n')
    out.append(facts(ctx, e, 1))
    sids = v.mention_sentences(e.id)
    if sids:
        out.append(f'<details class="quote pj-mentions"{" open" if len(sids) <= 2 else ""}>\n'
                   f'<summary class="pj-mentions-toggle">{escape(T["every_mention"])} ({len(sids)})</summary>\n')
        out.extend(f"{ctx.quote(v.story, sid)}\n" for sid in sids)
        out.append("</details>\n")
    out.append("</section>")
    return Markup("".join(out))


def appearance(ctx, e, a, sids: list[str]) -> Markup:
    """One story on an entity's page: its heading, date, count, role and a few quotes."""
    T = ctx.T
    meta = a.story.meta
    slug = escape(meta.slug)
    out = [f'<section class="pj-appearance" aria-labelledby="b-{slug}">\n'
           f'<h3 id="b-{slug}"><a href="{escape(ctx.href(ctx.r.paths.overview(meta.slug)))}">{ctx.story_title(a.story)}</a></h3>\n'
           f'<p class="pj-meta"><time datetime="{escape(meta.published)}">{escape(ctx.date(meta.published))}</time> · ']
    total = len({m.sentence for m in a.mentions})
    out.append(escape(mention_count(T, total)))
    if a.role:
        out.append(f' · {escape(T["role_here"])}: {ctx.notes(a.role, a.story)}')
    out.append("</p>\n")
    out.extend(f"{ctx.quote(a.story, sid)}\n" for sid in sids)
    if total > len(sids):
        href = ctx.href(ctx.r.paths.section(meta.slug, "who"), e.id)
        out.append(f'<p class="pj-more"><a href="{escape(href)}">{escape(T["all_mentions"].format(n=total))}</a></p>\n')
    out.append("</section>")
    return Markup("".join(out))


def statement_card(ctx, v, st) -> Markup:
    """One statement on the Reaksi page: the words, who said them, how, and where."""
    T = ctx.T
    resolved = ""
    if st.resolved_by in T["resolved_by"]:
        resolved = f' <span class="pj-resolved">({escape(T["resolved_by"][st.resolved_by])})</span>'
    return Markup(
        f'<figure class="pj-statement pj-st-card-{escape(st.kind)}" id="{escape(v.statement_id(st))}">\n'
        f'<blockquote><p>{ctx.text(st.text, v.story.meta.language)}</p></blockquote>\n'
        f'<figcaption><span class="pj-speaker">{ctx.entity(st.speaker, st.speaker_text or None)}</span> '
        f'<span class="pj-verb"><span class="pj-sr">{escape(T["verb"])}: </span><em>{escape(st.verb)}</em></span> '
        f'{ctx.statement_kind(st.kind)}{resolved} {ctx.cites(v.story, st.sentences)}</figcaption>\n'
        f'</figure>')


def event_title(ctx, e) -> Markup:
    """An event's headline: the article's clause (in the article's language)
    for a date the article names, the editors' title for a background event."""
    if e.origin == "article":
        return ctx.text(e.title, ctx.story.meta.language) if ctx.story else Markup(escape(e.title))
    return ctx.notes(e.title)


def timeline_event(ctx, v, e) -> Markup:
    """One entry of the Kapan timeline: a date the article names (every
    sentence that names it, under a headline: the clause it dates) or a
    background event of the notes (with the article's sentences when the
    article tells of it too)."""
    T = ctx.T
    eid = escape(v.event_id(e))
    relation = v.relation(e)
    side = "after" if relation == "after" else "before"
    label = T[f"on_pub_{e.precision}"] if relation == "on" and f"on_pub_{e.precision}" in T else T[relation + "_pub"]
    when = escape(e.date) + (Markup("/") + escape(e.end) if e.end else "")
    told = e.origin == "background" and e.sentences
    out = [f'<li class="pj-event pj-origin-{escape(e.origin)}{" pj-told" if told else ""} pj-{side}" id="{eid}" tabindex="0" aria-labelledby="{eid}-d">\n'
           f'<h3 class="pj-event-head" id="{eid}-d"><time datetime="{when}">{escape(v.date_range(e))}</time>']
    if e.precision != "day":
        out.append(f' <span class="pj-precision">({escape(T["precision"].get(e.precision, e.precision))})</span>')
    tags = ctx.origin(e.origin) + (" " + ctx.origin("article") if told else "")
    out.append(f'</h3>\n<p class="pj-event-tags">{tags} <span class="pj-rel">{escape(label)}</span></p>\n')
    out.append(f'<p class="pj-event-title"><strong>{event_title(ctx, e)}</strong>')
    if e.summary:
        out.append(f". {ctx.notes(e.summary)}")
    out.append("</p>\n")
    if e.sentences:
        words = ", ".join(str(ctx.phrase(t)) for t in (e.texts or [e.text]) if t)
        if words:
            out.append(f'<p class="pj-event-words">{escape(T["words_of_article"])}: {words}')
            note = v.weekday_note(e)
            if note:
                ok = e.weekday_ok
                out.append(f' <span class="pj-check {"pj-ok" if ok else "pj-bad"}"><span aria-hidden="true">{"✓" if ok else "✗"}</span> {escape(note)}</span>')
            out.append("</p>\n")
        out.extend(f"{ctx.quote(v.story, sid)}\n" for sid in e.sentences)
    if e.origin == "background":
        out.append(f'<p class="pj-srcnote">{escape(T["sources"])}: {ctx.sources(e.sources)}')
        if e.entities:
            out.append(" · " + ", ".join(str(ctx.entity(eid)) for eid in e.entities))
        out.append("</p>\n")
    out.append("</li>")
    return Markup("".join(out))


NOTE_GIST = 110  # characters of a note's text on its closed summary line
NOTE_MARKS = {"context": "i", "correction": "!", "unverified": "?"}


def note_mark(kind: str, mark: str) -> Markup:
    """The note's kind as a mark (i, !, ?), the same in the text, on the note, in the legend and the filter."""
    return Markup(f'<span class="pj-kmark pj-kmark-{escape(kind)}" aria-hidden="true">{escape(mark)}</span>')


def note(ctx, n) -> str:
    """One note, right after its sentence in the article's text: a
    ``<details>`` whose summary is its kind and the start of its text, and
    whose body (the anchor ``note-…``, so that a link to it opens it) is the
    phrase it is about, the note and its sources. A float beside the
    sentence on a wide screen, a box below it on a phone (penjelas.css)."""
    T = ctx.T
    a, s = n.annotation, n.sentence
    gist = shorten(a.text, NOTE_GIST)
    out = [f'<details class="pj-note pj-note-{escape(a.kind)}" data-s="{escape(s.id)}">'
           f'<summary class="pj-note-sum">{note_mark(a.kind, n.mark)} <span class="pj-note-line"><span class="pj-note-kind">{escape(n.label)}</span>'
           f'<span class="pj-note-gist">: {ctx.text(gist, ctx.r.language)}</span></span></summary>'
           f'<div class="pj-note-body" id="{escape(n.id)}" role="note" aria-label="{escape(n.label)}: {escape(T["sentence"])} {s.index}">'
           f'<p>{ctx.phrase(a.phrase)} {ctx.notes(a.text)}</p>']
    if a.sources:
        out.append(f'<p class="pj-srcnote"><span class="pj-src-label">{escape(T["sources"])}:</span> {ctx.sources(a.sources)}</p>')
    out.append(f'<p class="pj-note-foot"><a class="pj-note-back" href="#{escape(s.id)}" '
               f'aria-label="{escape(T["back_to_sentence"].format(n=s.index))}">{escape(T["sentence_ref"].format(n=s.index))}</a></p>'
               f'</div></details>')
    return "".join(out)


def log_item(ctx, v, a) -> Markup:
    """One correction or unverified note in the story's corrections log: its
    kind, the sentence it stands beside (with a preview), the phrase, the
    note and its sources."""
    T = ctx.T
    kinds = ctx.L["annotation_kinds"]
    out = [f'<li class="pj-log-item pj-log-{escape(a.kind)}">'
           f'<p class="pj-log-head">{note_mark(a.kind, NOTE_MARKS[a.kind])} <strong>{escape(kinds[a.kind])}</strong> · '
           f'{ctx.sentence_ref(v.story, a.sentence)}</p>'
           f'<p>{ctx.phrase(a.phrase)} {ctx.notes(a.text)}</p>']
    if a.sources:
        out.append(f'<p class="pj-srcnote"><span class="pj-src-label">{escape(T["sources"])}:</span> {ctx.sources(a.sources)}</p>')
    out.append("</li>")
    return Markup("".join(out))
