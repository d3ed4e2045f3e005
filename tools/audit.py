"""Lighthouse scores for each kind of page: `make audit`.

Builds the site into a temporary folder, serves it on 127.0.0.1, and runs
npm's lighthouse (pinned in package.json, installed with `npm ci`) against
Debian's chromium, mobile form factor (Lighthouse's default: a phone screen
and simulated slow 4G and CPU; each report is checked to say so), on the home
page, each section page of the default story, the article page of a story in
another language, the entity index, one entity page and the about page. Each
page is run three times and each score is the median of its runs. Prints a
table, writes the JSON reports to audit/, and exits 1 when a page misses a
target:

    accessibility, best practices, SEO: 100; performance: at least 95.

Lighthouse is slow (about 15 s a page), so this is a tool, not a test.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync"


def chromium() -> str:
    for candidate in (os.environ.get("CHROME_PATH"), "/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    sys.exit("audit: Chromium not found: install Debian's chromium (apt-get install chromium)")


def ensure_lighthouse() -> None:
    if LIGHTHOUSE.exists():
        return
    if not shutil.which("npm"):
        sys.exit("audit: npm not found: install Node.js 20 and npm, then run `npm ci`")
    print("audit: installing lighthouse with `npm ci` ...", file=sys.stderr)
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True)


def build(out: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)], cwd=ROOT,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"audit: mkdocs build failed:\n{result.stderr}")


COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class _Static(http.server.SimpleHTTPRequestHandler):
    """Serves the site the way static hosts do (GitHub Pages, Netlify, nginx
    with gzip on): text compressed with gzip when the browser accepts it, and
    404.html for a missing page. Lighthouse measures transfer sizes, so an
    uncompressed server would measure a host nobody uses."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.exists() and (Path(self.directory) / "404.html").exists():
            body = (Path(self.directory) / "404.html").read_bytes()
            return self._send(404, "text/html; charset=utf-8", body)
        if path.suffix not in COMPRESSIBLE or "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6, mtime=0)
        return self._send(200, self.guess_type(str(path)), body, encoding="gzip")

    def _send(self, status: int, ctype: str, body: bytes, encoding: str = ""):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if encoding:
            self.send_header("Content-Encoding", encoding)
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Static, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


DEFAULT_STORY = "putin-korea-utara-2024"


def pages(site: Path) -> list[tuple[str, str]]:
    """(kind of page, path): the home page, the overview and each section of
    the default story (or the first story found), the article page of a story
    in another language (its own ``lang``), the entity index, one entity page
    and the about page."""
    out = [("beranda", "")]
    stories = sorted(d.name for d in site.iterdir() if (d / "artikel" / "index.html").exists())
    story = DEFAULT_STORY if DEFAULT_STORY in stories else (stories[0] if stories else None)
    if story:
        out.append(("ringkasan", f"{story}/"))
        for section in ("siapa", "apa", "kapan", "reaksi", "artikel"):
            if (site / story / section / "index.html").exists():
                out.append((section, f"{story}/{section}/"))
    home = _lang(site / "index.html")
    other = next((s for s in stories if s != story and _lang(site / s / "artikel" / "index.html") != home), None)
    if other:
        out.append(("artikel-" + _lang(site / other / "artikel" / "index.html"), f"{other}/artikel/"))
    entities = site / "entitas"
    if entities.exists():
        out.append(("entitas", "entitas/"))
        candidates = sorted(p.parent.name for p in entities.glob("*/index.html"))
        preferred = [c for c in ("vladimir-putin", "andrei-belousov") if c in candidates]
        if preferred or candidates:
            out.append(("entitas/<id>", f"entitas/{(preferred or candidates)[0]}/"))
    if (site / "tentang" / "index.html").exists():
        out.append(("tentang", "tentang/"))
    return out


def _lang(page: Path) -> str:
    m = re.search(r'<html lang="([^"]+)"', page.read_text(encoding="utf-8")[:500]) if page.exists() else None
    return m.group(1) if m else ""


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def lighthouse(url: str, report: Path, chrome: str) -> dict[str, int]:
    cmd = ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
           f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"]
    result = subprocess.run(cmd, cwd=ROOT, env={**os.environ, "CHROME_PATH": chrome}, capture_output=True, text=True)
    if result.returncode != 0 or not report.exists():
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    if data["configSettings"]["formFactor"] != "mobile" or not data["configSettings"]["screenEmulation"]["mobile"]:
        raise RuntimeError(f"lighthouse did not audit {url} as a phone")
    return {c: round((data["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}


def failing_audits(report: Path) -> list[str]:
    data = json.loads(report.read_text(encoding="utf-8"))
    out = []
    for cat in CATEGORIES:
        for ref in data["categories"][cat]["auditRefs"]:
            audit = data["audits"][ref["id"]]
            if ref.get("weight") and audit.get("score") is not None and audit["score"] < 1:
                out.append(f"{cat}: {ref['id']} ({audit['score']:.2f}) {audit.get('displayValue', '')}".rstrip())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="audit this built site instead of building one")
    parser.add_argument("--out", type=Path, default=ROOT / "audit", help="where to write the JSON reports (default: audit/)")
    parser.add_argument("--runs", type=int, default=3, help="runs per page (default 3); each score is the median of the runs")
    parser.add_argument("--only", default="", help="comma-separated kinds of page, e.g. artikel,siapa")
    args = parser.parse_args(argv)

    ensure_lighthouse()
    chrome = chromium()
    start_load = _load()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            build(site)
        server, base = serve(site)
        args.out.mkdir(parents=True, exist_ok=True)
        rows = []
        problems = []
        try:
            only = {k for k in args.only.split(",") if k}
            for kind, path in [(k, p) for k, p in pages(site) if not only or k in only]:
                runs = []
                for n in range(args.runs):
                    report = args.out / f"{kind.replace('/', '-').replace('<', '').replace('>', '')}-{n + 1}.json"
                    runs.append((lighthouse(base + path, report, chrome), report))
                # Each category's median over the runs; what missed is read from the
                # run with the median performance (the one that varies).
                scores = {c: statistics.median_low([r[0][c] for r in runs]) for c in CATEGORIES}
                runs.sort(key=lambda r: r[0]["performance"])
                report = runs[(len(runs) - 1) // 2][1]
                rows.append((kind, "/" + path, scores))
                each = " ".join("/".join(str(r[0][c]) for r in runs) for c in CATEGORIES)
                print(f"  {kind:<14} {' '.join(str(scores[c]).rjust(4) for c in CATEGORIES)}   runs: {each}", file=sys.stderr)
                if any(scores[c] < TARGETS[c] for c in CATEGORIES):
                    problems.append((kind, failing_audits(report)))
        finally:
            server.shutdown()

    print("| page | URL | performance | accessibility | best practices | SEO |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for kind, path, s in rows:
        print(f"| {kind} | `{path}` | {' | '.join(str(s[c]) for c in CATEGORIES)} |")
    print("\nTargets (mobile): performance >= 95; accessibility, best practices, SEO = 100.")
    # Lighthouse simulates a slow phone from this machine's speed: a busy machine scores lower.
    print(f"Load average (1, 5, 15 min) at the start: {start_load}; at the end: {_load()}.")
    if problems:
        for kind, audits in problems:
            print(f"\n{kind} misses a target:")
            for line in audits:
                print(f"  - {line}")
        return 1
    print("Every page meets every target.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
