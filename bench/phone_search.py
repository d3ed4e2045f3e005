"""Search on a phone: time to the first result and bytes fetched, in real Chromium.

    python bench/phone_search.py SITE_DIR QUERY [--page PATH] [--delay MS] [--runs N] [--json]

`measure(site_dir, query)` serves the built site ``site_dir`` on 127.0.0.1
from a small threaded HTTP server that gzips text responses (HTML, CSS, JS,
JSON, XML, SVG; Pagefind's own files are compressed already), opens a story
page in Debian's Chromium with a phone profile (390x844 viewport, touch,
mobile user agent), throttled through the DevTools protocol (network
1.6 Mbit/s down, 750 kbit/s up, 150 ms latency; CPU 4x slower), waits for the
page's load event, taps the header search button and types the query one key
at a time, as a reader would.

It returns:

- ``first_result_ms``: from the first keystroke to the first result shown
  (the first ``.md-search-result__item`` in Material's result list, whichever
  of Material's lunr search or Penjelas' Pagefind search the site has);
- ``final_result_ms``: from the first keystroke to the last change of the
  result list (the results for the whole query);
- ``tap_to_key_ms``: from the tap on the search button to the first
  keystroke (the harness types as soon as the box has the focus);
- ``search_bytes``: the bytes fetched for the search, as sent on the wire
  (gzip'd where the server gzips; headers included): every response to a
  request made after the load event, plus the search's own files fetched
  before it (Material fetches search/search_index.json as the page loads);
- ``search_requests``, ``files``: how many requests, and which, with sizes;
- ``page_bytes``: the bytes of the page load itself, for comparison, of
  which ``search_ui_bytes`` are the search box's own script and style
  (assets/search/, loaded with every page like Material's bundle).

Nothing is requested from any other host: the browser is told to abort
every request that is not to the local server (counted in ``foreign``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import io
import json
import statistics
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
    "user_agent": ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Mobile Safari/537.36"),
}
NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8}
CPU_SLOWDOWN = 4
GZIP_TYPES = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")
# Files that belong to the search even when they are fetched during the page load.
SEARCH_FILES = ("/search/search_index.json", "/assets/javascripts/workers/search", "/pagefind/")
# The search box's own script and style load with every page, as Material's
# bundle does: page weight, reported apart (search_ui_bytes), not search bytes.
SEARCH_UI = "/assets/search/"
DEFAULT_PAGE = "putin-korea-utara-2024/artikel/"


class GzipHandler(SimpleHTTPRequestHandler):
    """Static files over HTTP/1.1 keep-alive; text types gzip'd (once, kept
    in memory) when the client accepts it. Every response is logged with the
    bytes written to the socket (headers and body), so that bytes are counted
    where they are sent, for workers' requests too."""

    protocol_version = "HTTP/1.1"
    cache: ClassVar[dict[str, tuple[bytes, str]]] = {}
    lock = threading.Lock()
    log: ClassVar[list[dict]] = []

    def log_message(self, *args):  # quiet
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        self._pj_head = sum(len(h) for h in getattr(self, "_headers_buffer", [])) + 2
        super().end_headers()

    def parse_request(self):
        self._pj_start = time.monotonic()  # the request line has just arrived
        return super().parse_request()

    def handle_one_request(self):
        self._pj_start = time.monotonic()
        self._pj_head = 0
        self._pj_body = 0
        super().handle_one_request()
        if getattr(self, "path", None) and self._pj_head:
            with self.lock:
                self.log.append({"t": self._pj_start, "path": self.path, "bytes": self._pj_head + self._pj_body})

    def copyfile(self, source, outputfile):
        while chunk := source.read(64 * 1024):
            outputfile.write(chunk)
            self._pj_body += len(chunk)

    def send_head(self):
        path = self.translate_path(self.path)
        if Path(path).is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to the folder
            path = str(Path(path) / "index.html")
        ctype = self.guess_type(path)
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not ctype.startswith(GZIP_TYPES) \
                or not Path(path).is_file():
            return super().send_head()
        with self.lock:
            hit = self.cache.get(path)
            if hit is None:
                hit = self.cache[path] = (gzip.compress(Path(path).read_bytes(), 6), ctype)
        body, ctype = hit
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


GzipHandler.extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".js": "application/javascript",
                              ".mjs": "application/javascript", ".json": "application/json", ".wasm": "application/wasm",
                              ".pagefind": "application/octet-stream", ".pf_meta": "application/octet-stream",
                              ".pf_index": "application/octet-stream", ".pf_fragment": "application/octet-stream"}


class Server:
    """The site on 127.0.0.1, on a free port, for as long as the ``with`` lasts."""

    def __init__(self, site_dir: Path):
        GzipHandler.cache = {}
        GzipHandler.log = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site_dir)))
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_port}/"

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


# Installed before any script of the page: the first keystroke, the first
# result and the last change of the result list, on the page's clock.
PROBE = """
(() => {
  const w = window; w.__pj = { tap: null, key: null, first: null, last: null };
  addEventListener('pointerdown', () => { if (w.__pj.tap === null) w.__pj.tap = performance.now(); }, true);
  addEventListener('keydown', () => { if (w.__pj.key === null) w.__pj.key = performance.now(); }, true);
  const seen = () => {
    if (w.__pj.key === null) return;
    const now = performance.now();
    if (document.querySelector('.md-search-result__item')) {
      if (w.__pj.first === null) w.__pj.first = now;
      w.__pj.last = now;
    }
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true, characterData: true });
})();
"""


def _settle(page, inflight: dict, quiet_ms: int, timeout_s: float) -> None:
    """Wait until no request has been in flight for ``quiet_ms``."""
    end = time.monotonic() + timeout_s
    calm_since = time.monotonic()
    while time.monotonic() < end:
        page.wait_for_timeout(100)
        if inflight:
            calm_since = time.monotonic()
        elif (time.monotonic() - calm_since) * 1000 >= quiet_ms:
            return


def measure(site_dir: Path, query: str, *, page_path: str = DEFAULT_PAGE, key_delay_ms: int = 150,
            timeout_s: float = 90.0, screenshot: Path | None = None) -> dict:
    """Time to first result and bytes fetched for ``query`` typed into the
    header search box of ``page_path`` of the built site ``site_dir``, on an
    emulated phone. See the module docstring for the figures returned."""
    from playwright.sync_api import sync_playwright

    site_dir = Path(site_dir)
    exists = lambda p: (site_dir / p.rstrip("/") / "index.html").is_file() or (site_dir / p).is_file()
    if not exists(page_path) and page_path == DEFAULT_PAGE:
        # A synthetic archive (bench/archive.py) renames the stories: its newest
        # story ends in -001 (then any article page, in name order).
        found = sorted(site_dir.glob("*/artikel/index.html"),
                       key=lambda p: (not p.parent.parent.name.endswith("-001"), p.parent.parent.name))
        if found:
            page_path = found[0].parent.relative_to(site_dir).as_posix() + "/"
    if not exists(page_path):
        raise FileNotFoundError(f"{site_dir / page_path}: no such page in the built site")
    with Server(site_dir) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(**PHONE, service_workers="block")
            foreign: list[str] = []

            def route(r):
                if r.request.url.startswith(server.base):
                    r.continue_()
                else:
                    foreign.append(r.request.url)
                    r.abort()

            context.route("**/*", route)
            page = context.new_page()
            page.add_init_script(PROBE)
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", NETWORK)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})

            loaded = {"at": None}
            requests: list[dict] = []
            inflight: dict = {}

            def on_request(req):
                rec = {"url": req.url, "after_load": loaded["at"] is not None, "bytes": 0, "done": False}
                requests.append(rec)
                inflight[id(req)] = rec

            def on_done(req):
                rec = inflight.pop(id(req), None)
                if rec is None:
                    return
                # The browser's count, replaced below by the server's (which sees workers' scripts too).
                with contextlib.suppress(Exception):  # a request that failed has no sizes
                    sizes = req.sizes()
                    rec["bytes"] = sizes["responseBodySize"] + sizes["responseHeadersSize"]
                rec["done"] = True

            page.on("request", on_request)
            page.on("requestfinished", on_done)
            page.on("requestfailed", lambda req: inflight.pop(id(req), None))

            t0 = time.monotonic()
            page.goto(server.base + page_path, wait_until="load", timeout=timeout_s * 1000)
            loaded["at"] = time.monotonic()
            load_s = loaded["at"] - t0

            page.tap("header label.md-header__button[for=__search]")
            page.wait_for_function("document.activeElement && document.activeElement.classList.contains('md-search__input')",
                                   timeout=10_000)
            typed_at = time.monotonic()
            page.keyboard.type(query, delay=key_delay_ms)
            page.wait_for_function("window.__pj.first !== null", timeout=timeout_s * 1000, polling=50)
            _settle(page, inflight, quiet_ms=2000, timeout_s=timeout_s)
            probe = page.evaluate("window.__pj")
            trace = page.evaluate("window.__pjlog || null")  # a debug build of search.js may keep one
            results = page.evaluate("document.querySelectorAll('.md-search-result__item').length")
            first_title = page.evaluate("(() => { const h = document.querySelector('.md-search-result__item h1');"
                                        " return h ? h.textContent.trim() : null; })()")
            if screenshot:
                page.screenshot(path=str(screenshot))
        finally:
            browser.close()

    # Bytes as the server wrote them (the browser does not report a worker
    # script's size), matched to the browser's requests by path and query.
    sent: dict[str, list[int]] = {}
    arrived: dict[str, list[float]] = {}
    for entry in GzipHandler.log:
        sent.setdefault(entry["path"], []).append(entry["bytes"])
        arrived.setdefault(entry["path"], []).append(entry["t"])
    for rec in requests:
        parts = urlsplit(rec["url"])
        key = parts.path + (f"?{parts.query}" if parts.query else "")
        if rec["url"].startswith(server.base) and sent.get(key):
            rec["bytes"] = sent[key].pop(0)
            rec["t"] = arrived[key].pop(0)

    def is_search(rec):
        path = urlsplit(rec["url"]).path
        if "favicon" in path or SEARCH_UI in path:  # the favicon comes late, search or not
            return False
        return rec["after_load"] or any(s in path for s in SEARCH_FILES)

    search = [r for r in requests if is_search(r)]
    page_load = [r for r in requests if not is_search(r)]
    base = server.base
    return {
        "site": str(site_dir),
        "query": query,
        "page": page_path,
        "key_delay_ms": key_delay_ms,
        "first_result_ms": round(probe["first"] - probe["key"]),
        "final_result_ms": round(probe["last"] - probe["key"]),
        "tap_to_key_ms": round(probe["key"] - probe["tap"]) if probe["tap"] is not None else None,
        "search_bytes": sum(r["bytes"] for r in search),
        "search_requests": len(search),
        "page_bytes": sum(r["bytes"] for r in page_load),
        "search_ui_bytes": sum(r["bytes"] for r in page_load if SEARCH_UI in urlsplit(r["url"]).path),
        "page_load_s": round(load_s, 2),
        "results_shown": results,
        "first_title": first_title,
        "files": sorted(((r["url"].replace(base, "/").split("?")[0], r["bytes"]) for r in search), key=lambda f: -f[1]),
        # when each request of the search reached the server, in ms after the first keystroke
        "timeline": [(round((r["t"] - typed_at) * 1000), r["url"].replace(base, "/").split("?")[0])
                     for r in sorted(search, key=lambda r: r.get("t", 0)) if "t" in r],
        "foreign": foreign,
        "trace": [(round(t - probe["key"]), m) for t, m in trace] if trace else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site_dir", type=Path)
    ap.add_argument("query")
    ap.add_argument("--page", default=DEFAULT_PAGE, help=f"page to search from (default {DEFAULT_PAGE})")
    ap.add_argument("--delay", type=int, default=150, help="ms between keystrokes (default 150)")
    ap.add_argument("--runs", type=int, default=1, help="repeat, and print the median too")
    ap.add_argument("--screenshot", type=Path)
    ap.add_argument("--json", action="store_true", help="print every run as JSON")
    args = ap.parse_args(argv)
    runs = [measure(args.site_dir, args.query, page_path=args.page, key_delay_ms=args.delay, screenshot=args.screenshot)
            for _ in range(args.runs)]
    if args.json:
        print(json.dumps(runs if len(runs) > 1 else runs[0], indent=1, ensure_ascii=False))
        return 0
    for r in runs:
        print(f"{r['query']!r} on {r['page']}: first result {r['first_result_ms']} ms, results for the whole query "
              f"{r['final_result_ms']} ms, {r['search_bytes'] / 1000:.1f} KB in {r['search_requests']} requests "
              f"(page load {r['page_bytes'] / 1000:.1f} KB, {r['page_load_s']} s); {r['results_shown']} results shown, "
              f"first: {r['first_title']!r}")
        for path, size in r["files"][:12]:
            print(f"    {size / 1000:8.1f} KB  {path}")
        if r["foreign"]:
            print(f"    aborted requests to other hosts: {r['foreign']}")
    if len(runs) > 1:
        print(f"median of {len(runs)}: first result {statistics.median(r['first_result_ms'] for r in runs):.0f} ms, "
              f"{statistics.median(r['search_bytes'] for r in runs) / 1000:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
