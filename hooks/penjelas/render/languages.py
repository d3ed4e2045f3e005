"""Which language each piece of a page is in, said with ``lang`` attributes.

A story's pages are in the story's language, their labels too; the site's
chrome (header, menu, footer) stays in the site's language. What editors
write (notes.yml, content/entities/) is in the site's language; what the
article says is in the article's. Wherever one sits inside the other it
carries its own ``lang``, so that a screen reader reads it in its own voice
and search stems it as such.

Inside an editor's text a quotation is one of three things (``notes_html``):
the article's own words (the article holds them: left as they are); words in
another language than the notes (a source quoted in English: marked with
their language); or, in a story whose article is in another language than
the notes, the editors' translation of words the article quotes. A
translation is shown as one (``pj-translation``, labelled), never inside
quotation marks, as if someone had said these words.
"""

from __future__ import annotations

import re

from .fragments import escape
from ..text.langid import guess

# A quotation in an editor's text: typographic, straight or guillemets (single
# quotes are left alone: they are apostrophes as often as quotation marks).
QUOTED = re.compile(r"“([^“”\n]+)”|\"([^\"\n]+)\"|«([^«»\n]+)»")
_FOLD = str.maketrans({c: '"' for c in "“”„‟«»＂"} | {c: "'" for c in "‘’‚‛`´"} | {c: "-" for c in "‐‑‒–—―−"})


def fold(text: str) -> str:
    """``text`` for a loose comparison: case, spacing, quotation marks and dashes folded."""
    return " ".join(text.translate(_FOLD).casefold().split())


def lang_attr(lang: str, around: str) -> str:
    """`` lang="…"`` when ``lang`` differs from the language of what is around it."""
    return f' lang="{escape(lang)}"' if lang and lang != around else ""


def in_lang(text: str, lang: str, around: str) -> str:
    """``text`` escaped, in a ``<span lang>`` when its language is not the one around it."""
    attr = lang_attr(lang, around)
    return f"<span{attr}>{escape(text)}</span>" if attr else escape(text)


def notes_html(text: str, notes_lang: str, article_lang: str = "", article_folded: str = "",
               translation: tuple[str, str] = ("", "")) -> str:
    """An editor's text as HTML (escaped), its quotations told apart (see the
    module's docstring). ``article_folded`` is the article's text, ``fold``ed;
    ``translation`` the label and the title of a translation, in the notes'
    language. The text itself is taken to be in ``notes_lang``."""
    if '"' not in text and "“" not in text and "«" not in text:
        return escape(text)
    out: list[str] = []
    pos = 0
    for m in QUOTED.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        out.append(escape(text[pos:m.start()]))
        pos = m.end()
        if article_folded and fold(inner) in article_folded:  # the article's own words
            out.append(f"<span{lang_attr(article_lang, notes_lang)}>{escape(m.group(0))}</span>"
                       if article_lang != notes_lang else escape(m.group(0)))
            continue
        said = guess(inner)
        if said and said != notes_lang:  # a source's words, in their language
            out.append(f'<span lang="{escape(said)}">{escape(m.group(0))}</span>')
        elif article_lang and article_lang != notes_lang and translation[0]:
            label, title = translation
            out.append(f'<span class="pj-translation" title="{escape(title)}"><i>{escape(inner)}</i>'
                       f' <span class="pj-tr-mark">({escape(label)})</span></span>')
        else:
            out.append(escape(m.group(0)))
    out.append(escape(text[pos:]))
    return "".join(out)


# --- the theme's chrome, on a page in another language than the site's -------------

# The start of the opening tags of the theme's parts that stay in the site's
# language (Material 9's markup), up to the end of their first attribute ...
_CHROME = re.compile(r'<div data-md-component="skip"|<header class="md-header[^"]*"|<div class="md-sidebar md-sidebar--primary"'
                     r'|<label class="md-nav__title" for="__toc"|<button type="button" class="md-top[^"]*"|<footer class="md-footer[^"]*"')
# ... and, inside them, what is the page's own: its title, its table of contents.
_PAGE_PARTS = re.compile(r'<div class="md-header__topic" data-md-component="header-topic"|<nav class="md-nav md-nav--secondary"')


def mark_chrome(html: str, site_lang: str, page_lang: str) -> str:
    """A page whose ``<html lang>`` is ``page_lang``: the theme's chrome says
    it is in ``site_lang``, and the page's own parts inside it say ``page_lang``."""
    if not page_lang or page_lang == site_lang:
        return html
    html = _CHROME.sub(lambda m: f'{m.group(0)} lang="{site_lang}"', html)
    return _PAGE_PARTS.sub(lambda m: f'{m.group(0)} lang="{page_lang}"', html)


_NAV_TITLE = re.compile(r'(<span class="md-ellipsis">|<label class="md-nav__title" for="__nav_[0-9_]+">\s*'
                        r'<span class="md-nav__icon md-icon"></span>)(\s*)([^<]+?)(\s*</)')


def mark_titles(html: str, titles: dict[str, str]) -> str:
    """The menu (in the site's language) names stories by their titles: a
    title in another language says so. ``titles`` maps a title, as the menu
    prints it (HTML text), to its language (only those not in the site's)."""
    if not titles:
        return html

    def one(m: re.Match) -> str:
        lang = titles.get(m.group(3))
        if lang is None:
            return m.group(0)
        return f'{m.group(1)}{m.group(2)}<span lang="{lang}">{m.group(3)}</span>{m.group(4)}'

    return _NAV_TITLE.sub(one, html)
