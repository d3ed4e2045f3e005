"""Lighthouse scores for each kind of page: `make audit`.

Builds the site into a temporary folder, serves it on 127.0.0.1, and runs
npm's lighthouse (pinned in package.json, installed with `npm ci`) against
Debian's chromium, mobile form factor, on the home page, each section page of
the newest story and one entity page. Prints a table, writes the JSON reports
to audit/, and exits 1 when a page misses a target:

    accessibility, best practices, SEO: 100; performance: at least 95.

Lighthouse is slow (about 15 s a page), so this is a tool, not a test.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
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


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def pages(site: Path) -> list[tuple[str, str]]:
    """(kind of page, path) for the home page, each section of the newest
    story, the entity index and one curated entity page."""
    out = [("beranda", "")]
    stories = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    overview = next((d["location"] for d in stories["docs"] if d.get("boost") == 2 and "#" not in d["location"]), None)
    if overview:
        out.append(("ringkasan", overview))
        for section in ("siapa", "apa", "kapan", "reaksi", "artikel"):
            if (site / overview / section / "index.html").exists():
                out.append((section, f"{overview}{section}/"))
    entities = site / "entitas"
    if entities.exists():
        out.append(("entitas", "entitas/"))
        candidates = sorted(p.parent.name for p in entities.glob("*/index.html"))
        preferred = [c for c in ("vladimir-putin", "andrei-belousov") if c in candidates]
        if preferred or candidates:
            out.append(("entitas/<id>", f"entitas/{(preferred or candidates)[0]}/"))
    return out


def lighthouse(url: str, report: Path, chrome: str) -> dict[str, int]:
    cmd = ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
           f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}"]
    result = subprocess.run(cmd, cwd=ROOT, env={**os.environ, "CHROME_PATH": chrome}, capture_output=True, text=True)
    if result.returncode != 0 or not report.exists():
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
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
    parser.add_argument("--runs", type=int, default=1, help="runs per page; the median performance score is kept")
    args = parser.parse_args(argv)

    ensure_lighthouse()
    chrome = chromium()
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
            for kind, path in pages(site):
                runs = []
                for n in range(args.runs):
                    report = args.out / f"{kind.replace('/', '-').replace('<', '').replace('>', '')}-{n + 1}.json"
                    runs.append((lighthouse(base + path, report, chrome), report))
                runs.sort(key=lambda r: r[0]["performance"])
                scores, report = runs[len(runs) // 2]
                rows.append((kind, "/" + path, scores))
                print(f"  {kind:<14} {' '.join(str(scores[c]).rjust(4) for c in CATEGORIES)}", file=sys.stderr)
                if any(scores[c] < TARGETS[c] for c in CATEGORIES):
                    problems.append((kind, failing_audits(report)))
        finally:
            server.shutdown()

    print("| page | URL | performance | accessibility | best practices | SEO |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for kind, path, s in rows:
        print(f"| {kind} | `{path}` | {' | '.join(str(s[c]) for c in CATEGORIES)} |")
    print("\nTargets (mobile): performance >= 95; accessibility, best practices, SEO = 100.")
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
