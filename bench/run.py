"""`make bench`: build synthetic archives with the real `mkdocs build` and
compare each with a plain Material build of the same pages, in the same run.

For every size (10, 100, 1,000 stories by default; --quick: 10 and 100)
three projects are made in a temporary folder, never in content/, from the
fixture site's stories (tests/fixtures/sample-site/content/):

  penjelas   this project (mkdocs.yml, hooks/, docs/, overrides/) with a
             synthetic content/ (bench/archive.py); its hooks are timed by
             bench/timing_hook.py, listed instead of them.
  plain      the same number of pages, each plain Markdown with as much
             text as our page shows (headings, paragraphs, lists, links), in
             the same nav, same theme and plugins, no hooks.
  same-md    (--same-md) the very Markdown our hooks generate, written to
             docs/ and built without hooks: what is left is rendering cost.

Each build is a child process; its wall time and peak RSS (wait4) are kept.
The run has five rounds (--repeat); in each, every project of every size is
built once (ours one after the other, then the baselines), every other
round in reverse order, so that a slow spell or a
drift on these noisy machines hits all sizes alike. The table shows the
fastest build of each project. The growth from 100 stories to the largest
archive is the median over the rounds of each round's ratio: the fastest of
each would favour the 100-story build, short enough to run wholly in a quiet
spell, which a build ten times as long seldom does.

Then, on the largest archive: the weight of a story's pages against the
smallest archive's (the same story: the newest); `mkdocs serve --dirty`
(what `make serve` runs) from an edit of a story's notes.yml to the page
showing it (bench/serve_latency.py); and a phone search, time to the first
result and bytes fetched, in Chromium throttled as a phone on a mobile
network (bench/phone_search.py). A full run takes about an hour on two
cores; --quick about ten minutes.
"""

from __future__ import annotations

import argparse
import compileall
import html
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(BENCH))

import archive  # noqa: E402
from penjelas.build import prepare  # noqa: E402
from penjelas.render.labels import labels  # noqa: E402

PROJECT_FILES = ["hooks", "docs", "overrides"]
# The stories every archive is made from: the fixture site's (frozen test data), never the shipped
# content/, which a newsroom changes; so the figures of two runs compare.
SOURCE = ROOT / "tests" / "fixtures" / "sample-site" / "content"
# growth: the largest archive's build over the 100-story build's, per 100 stories (1,000 stories <= 10.5x)
TARGETS = {"ratio_100": 1.3, "growth_per_100": 1.05, "hooks_share": 0.15, "page_weight": 1.25, "serve_s": 2.0,
           "search_ms": 1000, "search_kb": 150}
SEARCHES = ("Belousov", "kunjungi")  # a name, and an Indonesian word form the article does not use (it says "mengunjungi")


@dataclass
class Run:
    wall: float
    cpu: float  # user + system time of the build: less sensitive to other load on the machine
    peak_mb: float
    pages: int
    hooks: dict = field(default_factory=dict)

    @property
    def hook_seconds(self) -> float:
        return sum(self.hooks.get("seconds", {}).values())

    @property
    def hook_cpu(self) -> float:
        return sum(self.hooks.get("cpu", {}).values())


def mkdocs_config(path: Path) -> dict:
    from mkdocs.utils.yaml import yaml_load

    with open(path, encoding="utf-8") as f:
        return yaml_load(f) or {}


def copy_project(dest: Path, with_hooks: bool = True) -> None:
    dest.mkdir(parents=True)
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.base.yml")
    for name in PROJECT_FILES:
        if name == "hooks" and not with_hooks:
            continue
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    if with_hooks:
        # Byte-compiled, like MkDocs and the theme in the virtualenv and like the hooks after a
        # project's first build, even where PYTHONDONTWRITEBYTECODE keeps Python from writing them.
        compileall.compile_dir(str(dest / "hooks"), quiet=1)


def write_config(dest: Path, **overrides) -> None:
    """mkdocs.yml = the project's own (INHERIT) with a few keys replaced."""
    text = "INHERIT: mkdocs.base.yml\n" + yaml.safe_dump(overrides, allow_unicode=True, sort_keys=False)
    (dest / "mkdocs.yml").write_text(text, encoding="utf-8")


def build(project: Path, env: dict | None = None) -> Run:
    """One real `mkdocs build` in a child process: wall time, peak RSS, pages."""
    site = project / "site"
    shutil.rmtree(site, ignore_errors=True)
    os.sync()  # the last build's output is written out now, not by the kernel in the middle of this one
    full_env = {**os.environ, **(env or {})}
    full_env.pop("PYTHONPATH", None)
    log = project / "build.log"
    with open(log, "w", encoding="utf-8") as out:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-d", str(site)],
                                cwd=project, env=full_env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8").splitlines()[-30:]
        raise SystemExit(f"bench: mkdocs build failed in {project}:\n" + "\n".join(tail))
    pages = sum(1 for p in site.rglob("*.html") if p.name != "404.html")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, pages)


# --- the three projects ------------------------------------------------------

def penjelas_project(tmp: Path, n: int) -> tuple[Path, dict]:
    project = tmp / f"penjelas-{n}"
    copy_project(project)
    info = archive.generate(SOURCE, project / "content", n)
    shutil.copy2(BENCH / "timing_hook.py", project / "bench_timing_hook.py")
    base = mkdocs_config(project / "mkdocs.base.yml")
    wrapped = [str((project / h).resolve()) for h in base.get("hooks", [])]
    write_config(project, hooks=["bench_timing_hook.py"])
    env = {"PENJELAS_BENCH_WRAP": os.pathsep.join(wrapped), "PENJELAS_BENCH_TIMES": str(project / "hook-times.json")}
    return project, {"env": env, **info}


def generated(project: Path):
    """What our hooks make of ``project``: pages, home list and nav, in-process."""
    base = mkdocs_config(project / "mkdocs.base.yml")
    language = (base.get("theme") or {}).get("language", "id")
    result = prepare(project / "content", project / "docs", language, site_name=base.get("site_name", ""), base=project,
                     site_url=base.get("site_url") or "")
    if result.problems.errors:
        raise SystemExit("bench: the synthetic archive has errors:\n" + "\n".join(map(str, result.problems.errors[:20])))
    return result, result.nav(base.get("nav")), language


FILLER_WORDS = None


def filler(size: int, link: str) -> str:
    """Plain Markdown of about ``size`` bytes: headings, paragraphs, a list, links."""
    global FILLER_WORDS
    if FILLER_WORDS is None:
        text = " ".join(p.read_text(encoding="utf-8") for p in (SOURCE / "stories").rglob("article.md"))
        FILLER_WORDS = re.findall(r"[A-Za-z]+", text.split("---", 2)[-1]) or ["kata"]
    out: list[str] = []
    n = 0
    i = 0
    while n < size:
        words = [FILLER_WORDS[(i + k) % len(FILLER_WORDS)] for k in range(60)]
        i += 60
        if len(out) % 6 == 0:
            block = f"## {' '.join(words[:4]).capitalize()}\n"
        elif len(out) % 6 == 3:
            block = "\n".join(f"- {' '.join(words[k:k + 8])}" for k in range(0, 48, 8)) + "\n"
        else:
            block = f"{' '.join(words[:30]).capitalize()}, [{' '.join(words[30:33])}]({link}) {' '.join(words[33:])}.\n"
        out.append(block)
        n += len(block.encode("utf-8")) + 1
    return "\n".join(out)


def baseline_project(tmp: Path, n: int, result, nav, same_md: bool) -> Path:
    project = tmp / f"{'same-md' if same_md else 'plain'}-{n}"
    copy_project(project, with_hooks=False)
    docs = project / "docs"
    for spec in result.pages:
        path = docs / spec.src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        if same_md or not spec.src_uri.endswith(".md"):
            path.write_text(spec.content, encoding="utf-8") if isinstance(spec.content, str) else path.write_bytes(spec.content)
        else:
            title = re.search(r"<h1[^>]*>(.*?)</h1>", spec.content, re.S)
            # as much text as the page shows (not its markup: the "pages of article text")
            text = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<script.*?</script>", "", spec.content, flags=re.S)))
            body = filler(len(text.encode("utf-8")), "index.md" if not spec.src_uri.endswith("/index.md") else "#")
            heading = re.sub(r"<[^>]+>", "", title.group(1)) if title else "Halaman"
            path.write_text(f"# {heading}\n\n{body}", encoding="utf-8")
    index = docs / "index.md"
    extra = result.home_html if same_md else filler(len(result.home_html.encode("utf-8")), "#")
    index.write_text(index.read_text(encoding="utf-8").rstrip() + "\n\n" + extra + "\n", encoding="utf-8")
    write_config(project, hooks=[], watch=[], nav=nav)
    return project


# --- checks ------------------------------------------------------------------

def entity_page_check(project: Path, result, language: str) -> dict:
    """The entity in the most stories: its built page's size and shape."""
    apps = result.site.appearances
    eid = max(apps, key=lambda e: (len(apps[e]), sum(len(a.mentions) for a in apps[e]), e))
    section = labels(language)["sections"]["entities"]
    page = project / "site" / section / eid / "index.html"
    html = page.read_text(encoding="utf-8")
    sections = re.findall(r'<section class="pj-appearance".*?</section>', html, re.S)
    dates = [m for s in sections for m in re.findall(r'<time datetime="([^"]+)"', s)[:1]]
    index = project / "site" / section / "index.html"
    return {
        "entity": eid,
        "stories": len(apps[eid]),
        "html_kb": len(html.encode("utf-8")) / 1024,
        "md_kb": len(next(p.content for p in result.pages if p.src_uri == f"{section}/{eid}.md").encode("utf-8")) / 1024,
        "sections": len(sections),
        "quoted_sections": sum(1 for s in sections if 'class="pj-quote"' in s),
        "max_quotes": max((s.count('class="pj-quote"') for s in sections), default=0),
        "newest_first": dates == sorted(dates, reverse=True),
        "index_kb": index.stat().st_size / 1024 if index.exists() else 0.0,
        "entity_pages": sum(1 for p in result.pages if p.src_uri.startswith(f"{section}/") and p.src_uri != f"{section}/index.md"),
    }


LONG_SIZES = (1_000_000, 4_000_000)  # bytes: single-paragraph articles (the time must grow linearly)


def long_article_project(tmp: Path, size: int, punctuated: bool = True) -> Path:
    """A project with one story: the fixture's sentences run together into
    one paragraph of ``size`` bytes (or, not ``punctuated``, words with no
    full stop at all), as an article pasted without blank lines comes."""
    project = tmp / f"long-{size}-{'p' if punctuated else 'np'}"
    copy_project(project)
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    text = " ".join(p.read_text(encoding="utf-8").split("\n---\n", 1)[-1].replace("\n", " ")
                    for p in sorted((SOURCE / "stories").rglob("article.md")))
    text = " ".join(text.split())
    if not punctuated:
        text = re.sub(r"[.!?…“”\"]", "", text)
    body = (text + " ") * (size // len(text.encode("utf-8")) + 1)
    body = body.encode("utf-8")[:size].decode("utf-8", "ignore").rsplit(" ", 1)[0] + ("." if punctuated else "")
    story = project / "content" / "stories" / "satu-paragraf"
    story.mkdir(parents=True)
    (story / "article.md").write_text(f"---\ntitle: Satu paragraf panjang\npublished: 2024-06-18\nlanguage: id\n---\n{body}\n",
                                      encoding="utf-8")
    (project / "content" / "entities").mkdir()
    return project


def long_paragraphs(tmp: Path) -> list[dict]:
    """A real `mkdocs build` of each long article: wall and CPU time."""
    out = []
    for punctuated in (True, False):
        for size in LONG_SIZES:
            print(f"bench: a {size / 1e6:.0f} MB single-paragraph article{'' if punctuated else ' with no punctuation'} ...",
                  file=sys.stderr, flush=True)
            run = build(long_article_project(tmp, size, punctuated))
            out.append({"bytes": size, "punctuated": punctuated, "wall": run.wall, "cpu": run.cpu, "peak_mb": run.peak_mb})
    return out


WEIGHED = ("", "artikel/", "siapa/")  # a story's overview, article and who pages


def page_weight(site: Path) -> dict:
    """Bytes of the newest story's pages (its slug ends in -001), raw and gzipped, and the home page's."""
    import gzip

    story = next(p for p in sorted(site.iterdir()) if p.is_dir() and p.name.endswith("-001"))
    out = {}
    for rel in WEIGHED:
        data = (story / rel / "index.html").read_bytes()
        out[rel or "overview"] = (len(data), len(gzip.compress(data, 9)))
    data = (site / "index.html").read_bytes()
    out["home"] = (len(data), len(gzip.compress(data, 9)))
    return out


def fmt_table(rows: list[list[str]], head: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(str(c).rjust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])


def measure(builds: dict, repeat: int) -> tuple[dict, list[dict]]:
    """Build each project ``repeat`` times, taking turns (every size, ours and
    plain, in each round), so that a slow spell on the machine hits all of
    them alike. Ours run one after the other, smallest first, then the
    baselines, so that the builds whose ratio is the growth run back to back;
    every other round runs in reverse order, so that a drift over the run
    cancels out. Returns the fastest run of each project, and every round's runs."""
    rounds: list[dict] = []
    ours_first = sorted(builds.items(), key=lambda item: (item[0][1] != "penjelas", item[0][1], item[0][0]))
    for i in range(repeat):
        order = list(ours_first)
        if i % 2:
            order.reverse()
        got: dict = {}
        for name, (project, env, times_file) in order:
            run = build(project, env)
            if times_file is not None:
                run.hooks = json.loads(times_file.read_text(encoding="utf-8"))
            got[name] = run
        rounds.append(got)
    fastest = {name: min((r[name] for r in rounds), key=lambda run: run.wall) for name in builds}
    return fastest, rounds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100,1000", help="story counts, comma-separated")
    ap.add_argument("--quick", action="store_true", help="10 and 100 stories, three rounds")
    ap.add_argument("--no-search", action="store_true", help="skip the phone search")
    ap.add_argument("--no-long", action="store_true", help="skip the 1 MB and 4 MB single-paragraph articles")
    ap.add_argument("--repeat", type=int, default=5,
                    help="rounds; in each, every project is built once (every other round in reverse order)")
    ap.add_argument("--same-md", action="store_true", help="also build our generated Markdown without hooks")
    ap.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve latency check")
    ap.add_argument("--keep", action="store_true", help="keep the temporary projects")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    if args.quick:
        args.sizes, args.repeat = "10,100", min(args.repeat, 3)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    tmp = Path(tempfile.mkdtemp(prefix="penjelas-bench-"))
    results: dict = {"sizes": {}}
    try:
        builds: dict = {}
        checks: dict = {}
        for n in sizes:
            project, info = penjelas_project(tmp, n)
            result, nav, language = generated(project)
            plain = baseline_project(tmp, n, result, nav, same_md=False)
            same = baseline_project(tmp, n, result, nav, same_md=True) if args.same_md else None
            print(f"bench: {n} stories ({info['renamed']} renamed entities) ...", file=sys.stderr, flush=True)
            builds[(n, "plain")] = (plain, None, None)
            builds[(n, "penjelas")] = (project, info["env"], project / "hook-times.json")
            if same:
                builds[(n, "same_md")] = (same, None, None)
            if n == max(sizes):
                checks[n] = (project, result, language)
            del result
        print(f"bench: building {len(builds)} projects {args.repeat} times, taking turns ...", file=sys.stderr, flush=True)
        got, rounds = measure(builds, args.repeat)
        results["rounds"] = [{f"{n} {name}": run.wall for (n, name), run in r.items()} for r in rounds]
        results["rounds_cpu"] = [{f"{n} {name}": run.cpu for (n, name), run in r.items()} for r in rounds]
        for n in sizes:
            entry = {name: run.__dict__ for (size, name), run in got.items() if size == n}
            r = got[(n, "penjelas")]
            entry.update(hook_seconds=r.hook_seconds, hook_cpu=r.hook_cpu)
            if n in checks:
                entry["entity_page"] = entity_page_check(*checks.pop(n))
            results["sizes"][n] = entry
        largest = tmp / f"penjelas-{max(sizes)}"
        results["weight"] = {n: page_weight(tmp / f"penjelas-{n}" / "site") for n in sizes}
        if not args.no_search:
            import phone_search

            print(f"bench: phone search on {max(sizes)} stories ...", file=sys.stderr, flush=True)
            results["search"] = {q: [phone_search.measure(largest / "site", q) for _ in range(3)] for q in SEARCHES}
        if not args.no_long:
            results["long"] = long_paragraphs(tmp)
        if not args.no_serve:
            import serve_latency

            print(f"bench: mkdocs serve --dirty on {max(sizes)} stories ...", file=sys.stderr, flush=True)
            results["serve"] = serve_latency.measure(tmp / "serve", content=largest / "content", timeout=120)
            results["serve"]["stories"] = max(sizes)
    finally:
        if args.keep:
            print(f"bench: projects kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    report(results, sizes, args.same_md)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


def report(results: dict, sizes: list[int], same_md: bool) -> None:
    head = ["stories", "pages", "wall s", "ms/page", "peak MB", "hooks s", "hooks %", "rest s",
            "plain s", "plain MB", "ratio", "CPU ratio", "hooks % CPU"]
    if same_md:
        head += ["same-md s", "vs same-md"]
    rows = []
    S = results["sizes"]
    for n in sizes:
        e = S[n]
        r, p = e["penjelas"], e["plain"]
        hooks = e["hook_seconds"]
        row = [n, r["pages"], f"{r['wall']:.2f}", f"{1000 * r['wall'] / r['pages']:.1f}", f"{r['peak_mb']:.0f}",
               f"{hooks:.2f}", f"{100 * hooks / r['wall']:.1f}", f"{r['wall'] - hooks:.2f}",
               f"{p['wall']:.2f}", f"{p['peak_mb']:.0f}", f"{r['wall'] / p['wall']:.2f}x", f"{r['cpu'] / p['cpu']:.2f}x",
               f"{100 * e['hook_cpu'] / r['cpu']:.1f}"]
        if same_md:
            row += [f"{e['same_md']['wall']:.2f}", f"{r['wall'] / e['same_md']['wall']:.2f}x"]
        rows.append(row)
    print(fmt_table(rows, head))
    print()
    print("wall s: `mkdocs build` of the synthetic archive; hooks: time inside our hook events (and their import);")
    print("rest: everything else MkDocs does; plain: as many pages of plain Markdown with as much text, same nav,")
    print("theme and plugins, no hooks, built in the same run; ratio = wall / plain wall (CPU ratio: user+system time).")
    if same_md:
        print("same-md: the Markdown our hooks generate, put in docs/ and built without hooks.")
    for n in sizes:
        hk = S[n]["penjelas"]["hooks"]
        parts = ", ".join(f"{k} {v:.2f}s" for k, v in sorted(hk.get("seconds", {}).items(), key=lambda kv: -kv[1]) if v >= 0.005)
        gc_s = hk.get("gc", {}).get("seconds", 0.0)
        print(f"hooks at {n}: {parts}; cyclic GC over the whole build {gc_s:.2f}s")
    checks = []
    if 100 in S:
        ratio = S[100]["penjelas"]["wall"] / S[100]["plain"]["wall"]
        checks.append((f"100 stories within {TARGETS['ratio_100']}x plain", f"{ratio:.2f}x", ratio <= TARGETS["ratio_100"]))
    big = max(sizes)
    if 100 in S and big > 100:
        # each round's largest build over the same round's 100-story build, the median of the rounds: the
        # fastest of each would favour the short build, which can run wholly in a quiet spell of the machine
        target = TARGETS["growth_per_100"] * big / 100
        paired = [r[f"{big} penjelas"] / r["100 penjelas"] for r in results["rounds"]]
        growth = statistics.median(paired)
        pages = S[big]["penjelas"]["pages"] / S[100]["penjelas"]["pages"]
        plain = statistics.median([r[f"{big} plain"] / r["100 plain"] for r in results["rounds"]])
        checks.append((f"{big} stories <= {target:.1f}x the time of 100",
                       f"{growth:.2f}x, median of the rounds' " + ", ".join(f"{g:.2f}" for g in paired)
                       + f" (pages {pages:.2f}x; plain {plain:.2f}x; fastest over fastest "
                       f"{S[big]['penjelas']['wall'] / S[100]['penjelas']['wall']:.2f}x)",
                       growth <= target))
    share = max(S[n]["hook_seconds"] / S[n]["penjelas"]["wall"] for n in sizes)
    checks.append((f"hooks <= {TARGETS['hooks_share']:.0%} of the build", f"{share:.1%} at most", share <= TARGETS["hooks_share"]))
    print(f"peak memory at {big} stories: {S[big]['penjelas']['peak_mb']:.0f} MB (plain {S[big]['plain']['peak_mb']:.0f} MB)")
    W = results.get("weight")
    if W and len(sizes) > 1:
        small = min(sizes)
        for page in W[big]:
            (raw, gz), (raw0, gz0) = W[big][page], W[small][page]
            ok = raw / raw0 <= TARGETS["page_weight"]
            checks.append((f"{page} page weight, {big} vs {small} stories, <= {TARGETS['page_weight']}x",
                           f"{raw / raw0:.2f}x ({raw0 / 1000:.1f} -> {raw / 1000:.1f} KB; gzip {gz0 / 1000:.1f} -> {gz / 1000:.1f} KB)", ok))
    for query, runs in (results.get("search") or {}).items():
        ms = statistics.median(r["first_result_ms"] for r in runs)
        kb = statistics.median(r["search_bytes"] for r in runs) / 1000
        checks.append((f"phone search '{query}' at {big} stories: first result <= {TARGETS['search_ms']} ms, <= {TARGETS['search_kb']} KB",
                       f"{ms:.0f} ms, {kb:.0f} KB (median of 3: " + ", ".join(f"{r['first_result_ms']} ms" for r in runs)
                       + f"; first result {runs[0]['first_title']!r}; requests to other hosts: {len(runs[0]['foreign'])})",
                       ms <= TARGETS["search_ms"] and kb <= TARGETS["search_kb"]))
    ep = S[max(sizes)].get("entity_page")
    if ep:
        ok = ep["newest_first"] and ep["max_quotes"] <= 3 and ep["sections"] == ep["stories"]
        checks.append((f"entity in {ep['stories']} stories ({ep['entity']}): grouped by story, newest first, <= 3 quotes each",
                       f"{ep['html_kb']:.0f} KB HTML ({ep['md_kb']:.0f} KB Markdown), {ep['sections']} story sections, "
                       f"{ep['quoted_sections']} of them quoted, {ep['max_quotes']} quotes at most", ok))
        print(f"entity index page: {ep['index_kb']:.0f} KB HTML listing {ep['entity_pages']} entity pages")
    long = results.get("long") or []
    for punctuated in (True, False):
        runs = {r["bytes"]: r for r in long if r["punctuated"] == punctuated}
        if len(runs) == 2:
            (a, ra), (b, rb) = sorted(runs.items())
            growth, target = rb["cpu"] / ra["cpu"], 1.25 * b / a
            checks.append((f"one paragraph{'' if punctuated else ' with no punctuation'}: {b / 1e6:.0f} MB within "
                           f"{target:.1f}x the time of {a / 1e6:.0f} MB (linear)",
                           f"{growth:.2f}x CPU ({ra['wall']:.1f} s -> {rb['wall']:.1f} s wall; "
                           f"peak {ra['peak_mb']:.0f} -> {rb['peak_mb']:.0f} MB)", growth <= target))
    if "serve" in results:
        sv = results["serve"]
        checks.append((f"mkdocs serve --dirty at {sv.get('stories', '?')} stories: a notes.yml edit of {sv['story']} shown within {TARGETS['serve_s']:.0f} s",
                       f"{sv['latency']:.2f} s (median of " + ", ".join(f"{x:.2f}" for x in sv["samples"]) + ")"
                       + f"; first build {sv['first_build']:.0f} s", sv["latency"] <= TARGETS["serve_s"]))
    print()
    for what, got, ok in checks:
        print(f"[{'ok' if ok else 'FAIL'}] {what}: {got}")


if __name__ == "__main__":
    sys.exit(main())
