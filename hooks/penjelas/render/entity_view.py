"""What an entity's page shows: its card, its background and every story it is in."""

from __future__ import annotations

from . import seo
from .context import Ctx
from .markup import page_meta
from ..reading.characters import balance_bidi

QUOTES_PER_STORY = 3  # an entity page quotes at most this many sentences of a story


QUOTED_STORIES = 20  # ... and only for its newest stories


class EntityView:
    """One entity's page: its card, its background and every story it is in."""

    def __init__(self, r, eid: str, uri: str):
        self.r = r
        self.e = r.site.entities[eid]
        self.uri = uri
        self.apps = r.site.appearances.get(eid, [])
        self.total = sum(len({m.sentence for m in a.mentions}) for a in self.apps)  # sentences, as every page counts
        self.T = r.L["text"]

    def title(self) -> str:
        return f"{balance_bidi(self.e.name)} ({self.r.L['kind_one'].get(self.e.kind, self.e.kind)})"

    def role(self) -> str:
        """The entity's own role (its note's); a story's role for it shows
        under that story only (``Appearance.role``)."""
        return self.e.role

    def aliases(self) -> list[str]:
        return [a for a in self.e.aliases if a != self.e.name]

    def meta(self) -> dict:
        ctx = Ctx(self.r, self.uri)
        e = self.e
        description = balance_bidi(self.role()) or self.r.L["kind_one"].get(e.kind, e.kind)
        if self.aliases():
            description += f" {self.T['aliases']}: {', '.join(balance_bidi(a) for a in self.aliases())}."
        ld = seo.entity(e, ctx.absolute(self.uri), self.role())
        return page_meta(self.title(), description, og_type="profile" if e.kind == "person" else "website",
                            jsonld=ld, tags=self.aliases())

    def appearances(self):
        """(appearance, sentence ids to quote) for each story, newest first: at
        most QUOTES_PER_STORY sentences, and only for the QUOTED_STORIES newest
        stories, so that an entity named in hundreds of stories keeps a small
        page (the older ones keep their heading, date and mention count)."""
        out = []
        for n, a in enumerate(self.apps):
            sids = list(dict.fromkeys(m.sentence for m in a.mentions))
            out.append((a, sids[:QUOTES_PER_STORY] if n < QUOTED_STORIES else []))
        return out
