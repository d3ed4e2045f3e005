"""Screenshots of each kind of page, on desktop (1280 px) and mobile (390 px).

    .venv/bin/python tools/screenshots.py [--site DIR] [--out docs/screenshots]

Builds the site (unless --site is given), serves it on 127.0.0.1 with every
other host blocked, and writes <kind>-desktop.png and <kind>-mobile.png:
one for each kind of page (tools/audit.py's pages(), the 404 page), and
these views of the reader's explainer:

    artikel-gelap   the article in dark mode (the system's choice), a note open
    koreksi         the story's corrections log, "Koreksi dan catatan"
    pratinjau       a sentence reference's preview (hover on a desktop, a tap on a phone)

Uses Debian's chromium through Playwright.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit import ROOT, build, chromium, pages, serve  # noqa: E402

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "mobile": {"width": 390, "height": 844}}
# Where the first screen of each kind of page should start: its picture,
# not just its title.
FOCUS = {"siapa": "#hubungan", "kapan": ".pj-tl-filter", "reaksi": ".pj-statement", "apa": ".pj-lede"}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def _annotated(page) -> str:
    """The id of the first sentence that carries a correction (or else any note)."""
    return page.evaluate("""(document.querySelector('.pj-article .pj-note-ref-correction')
                             || document.querySelector('.pj-article .pj-note-ref')).closest('.pj-sent').id""")


def views(page, base: str, paths: dict[str, str], name: str, dark_page):
    """The reader's explainer's own views, each set up: yields (name, the page to shoot)."""
    article = paths.get("artikel")
    if article:
        dark_page.goto(base + article, wait_until="networkidle")
        sid = _annotated(dark_page)
        dark_page.goto(f"{base}{article}#{sid}", wait_until="networkidle")
        dark_page.evaluate("""sid => { const n = document.querySelector('details.pj-note[data-s="' + sid + '"]');
            if (n) n.open = true; }""", sid)
        dark_page.wait_for_timeout(200)
        yield "artikel-gelap", dark_page
    if article:
        page.goto(f"{base}{article}#koreksi-dan-catatan", wait_until="networkidle")
        page.wait_for_timeout(200)
        yield "koreksi", page
    reactions = paths.get("reaksi")
    if reactions:
        page.goto(base + reactions, wait_until="networkidle")
        cite = page.locator(".pj-statement a.pj-cite").first
        page.evaluate("e => window.scrollTo(0, e.getBoundingClientRect().top + scrollY - 200)", cite.element_handle())
        cite.tap() if name == "mobile" else cite.hover()
        page.locator(".pj-preview").wait_for(state="visible")
        page.wait_for_timeout(200)
        yield "pratinjau", page


def shoot(site: Path, out: Path, full_page: bool, only: set[str]) -> list[Path]:
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    written = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
            targets = pages(site) + [("404", "404.html")]
            for name, size in VIEWPORTS.items():
                context = browser.new_context(viewport=size, device_scale_factor=1, is_mobile=name == "mobile",
                                              has_touch=name == "mobile")
                context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
                page = context.new_page()
                for kind, path in targets:
                    slug = {"entitas/<id>": "entitas-orang"}.get(kind, kind)
                    if only and slug not in only:
                        continue
                    page.goto(base + path, wait_until="networkidle")
                    if not full_page and kind in FOCUS:
                        page.evaluate("""sel => { const e = document.querySelector(sel);
                            if (e) window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 70); }""", FOCUS[kind])
                        page.wait_for_timeout(200)
                    if kind == "artikel" and not full_page:
                        # A sentence that carries an annotation, as a provenance link opens it.
                        sid = _annotated(page)
                        page.goto(f"{base}{path}#{sid}", wait_until="networkidle")
                        page.wait_for_timeout(200)
                    target = out / f"{slug}-{name}.png"
                    page.screenshot(path=str(target), full_page=full_page)
                    written.append(target)
                dark = browser.new_context(viewport=size, device_scale_factor=1, is_mobile=name == "mobile",
                                           has_touch=name == "mobile", color_scheme="dark")
                dark.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
                for view, shown in views(page, base, dict(targets), name, dark.new_page()):
                    if only and view not in only:
                        continue
                    target = out / f"{view}-{name}.png"
                    shown.screenshot(path=str(target), full_page=full_page)
                    written.append(target)
                dark.close()
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--full", action="store_true", help="whole page, not just the first screen")
    parser.add_argument("--only", default="", help="comma-separated kinds, e.g. kapan,siapa")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            build(site)
        for path in shoot(site, args.out, args.full, {s for s in args.only.split(",") if s}):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
