/* Penjelas search: Pagefind's static index in Material's header search box.

   partials/search.html renders Material's search markup without the hooks
   that Material's bundle looks for (form name="search", data-md-component),
   so this script owns the box: it loads Pagefind on first use, searches as
   the reader types, renders results in Material's own result markup, and
   keeps Material's keyboard habits ("/", "s" or "f" to open, arrows to move,
   Enter for the best result, Escape to close).

   A result for a sentence of an article links to that sentence: article
   pages mark every sentence as <span class="pj-sent" id="s-…">, which
   Pagefind records as an anchor with its position in the page's words; the
   hits are grouped by the sentence (or note) they fall in. Other pages use
   Pagefind's own sub-results, which follow headings with an id.

   Every text shown comes from Pagefind's plain text and is escaped here:
   Pagefind's own `excerpt` is not escaped HTML, so it is never used.
   Requests go to the site's own pagefind/ folder only. */
(() => {
  "use strict";

  const box = document.querySelector(".md-search[data-pj-search]");
  const toggle = document.getElementById("__search");
  if (!box || !toggle) return;
  const input = box.querySelector(".md-search__input");
  const form = box.querySelector(".md-search__form");
  const meta = box.querySelector(".md-search-result__meta");
  const list = box.querySelector(".md-search-result__list");
  const scrollwrap = box.querySelector(".md-search__scrollwrap");

  const BUNDLE = new URL(box.dataset.pjSearch, document.baseURI).href;
  const FIRST = 5;           // results whose fragment is fetched at once
  const MORE = 5;            // then this many at a time, as the list is scrolled
  const SUBS = 3;            // sub-results shown; the rest under "N more on this page"
  const SUBS_MAX = 10;
  const EXCERPT = 24;        // words in an excerpt
  const DEBOUNCE = 120;      // ms after the last keystroke
  const SHORT = 4;           // on a large index, a query shorter than this waits for a pause ...
  const PAUSE = 350;         // ... of this many ms in typing: "b", "be", "bel" match thousands of pages
  const LARGE = 3000;        // pages from which an index counts as large

  let T = {};
  try { T = JSON.parse(document.getElementById("__config").textContent).translations || {}; } catch (e) { /* Material's defaults below */ }
  const t = (key, fallback, n) => (T[key] || fallback).replace("#", n);
  const L = {
    placeholder: t("search.result.placeholder", "Type to start searching"),
    none: t("search.result.none", "No matching documents"),
    sentence: box.dataset.pjSentence || "Sentence",
    note: box.dataset.pjNote || "Note on sentence",
    error: box.dataset.pjError || "Search is not available",
  };

  /* --- Pagefind, loaded on first use -------------------------------------- */

  /* Pagefind loads its files one after another: pagefind.js, then the
     entry file, then the index's metadata and WebAssembly, then an index
     chunk, then a fragment per result. On a phone each step costs a round
     trip, so the files that do not depend on the query are asked for at once,
     side by side, as <link rel=preload> that Pagefind's own fetch() then
     takes over: the entry file, and the WebAssembly of the site's language,
     at once; the metadata as soon as this script has read the entry file
     (a second, tiny request) and knows its name. Search runs on the page's
     thread (noWorker): preloads serve the page, not a worker, a worker would
     be one more script to fetch first, and the search itself takes
     milliseconds. */
  const preload = (href) => {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";  // as Pagefind's fetch() asks for it: same-origin credentials
    link.href = href;
    document.head.appendChild(link);
  };
  /* One index per language, as Pagefind builds them from each page's
     <html lang>: the site's language is searched first, on every page (its
     stemmer, its WebAssembly), and the indexes of the other languages are
     merged in (mergeIndex), so a reader on an Indonesian page finds English
     stories and the other way round. Pagefind picks its first index from the
     page's <html lang>, so the site's language is set on <html> for the
     instant its instance is created. */
  const SITE_LANG = (box.dataset.pjLang || document.documentElement.getAttribute("lang") || "unknown").toLowerCase();
  const pick = (languages, lang) => languages[lang] || languages[lang.split("-")[0]] ||
    Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];

  let ready = null;
  let pages = 0;  // in all indexes, from the entry file
  const ensure = () => {
    if (ready) return ready;
    const tag = String(Date.now());  // a fresh entry file for each page view, as Pagefind does by default
    const entryURL = (t) => `${BUNDLE}pagefind-entry.json?ts=${t}`;
    preload(entryURL(tag));
    preload(`${BUNDLE}wasm.${SITE_LANG.split("-")[0]}.pagefind`);  // wrong only if that language has no index: a 404
    const others = fetch(entryURL(tag + "-pj"))
      .then((r) => r.json())
      .then((entry) => {
        const languages = entry.languages || {};
        pages = Object.values(languages).reduce((sum, index) => sum + (index.page_count || 0), 0);
        const first = pick(languages, SITE_LANG);
        if (!first) return [];
        preload(`${BUNDLE}pagefind.${first.hash}.pf_meta`);
        if (first.wasm && first.wasm !== SITE_LANG.split("-")[0]) preload(`${BUNDLE}wasm.${first.wasm}.pagefind`);
        const rest = Object.entries(languages).filter(([, index]) => index !== first);
        for (const [lang, index] of rest) {
          preload(entryURL(`${tag}-${lang}`));
          preload(`${BUNDLE}pagefind.${index.hash}.pf_meta`);
        }
        return rest.map(([lang]) => lang);
      })
      .catch(() => []);
    ready = Promise.all([import(BUNDLE + "pagefind.js"), others]).then(async ([pf, rest]) => {
      await pf.options({
        noWorker: true,
        metaCacheTag: tag,
        // Entity pages carry their aliases as metadata (data-pagefind-meta="aliases"):
        // an alias that matches outweighs a title that merely starts with the
        // query ("AS" is Amerika Serikat, not "Asia-Pacific ..."); see the report.
        ranking: { metaWeights: { title: 2, aliases: 20 } },
        excerptLength: EXCERPT,
      });
      const html = document.documentElement;
      const pageLang = html.getAttribute("lang");
      html.setAttribute("lang", SITE_LANG);
      try { pf.init(); } finally { if (pageLang === null) html.removeAttribute("lang"); else html.setAttribute("lang", pageLang); }
      // The same bundle, by its full URL (Pagefind skips a path it already has).
      await Promise.all(rest.map((lang) => pf.mergeIndex(BUNDLE, {
        language: lang, metaCacheTag: `${tag}-${lang}`, ranking: { metaWeights: { title: 2, aliases: 20 } }, excerptLength: EXCERPT,
      })));
      await pf.filters();  // resolves once every index's metadata and the WebAssembly are loaded
      return pf;
    });
    ready.catch(() => { ready = null; });
    return ready;
  };

  /* --- text helpers -------------------------------------------------------- */

  const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);
  const words = (content) => content.split(/[\r\n\s]+/g);  // as Pagefind counts locations

  /* An escaped excerpt of words[from, to) around the hits, hits in <mark>. */
  function excerpt(ws, from, to, hits) {
    let start = from, end = to;
    if (end - start > EXCERPT) {
      const first = hits.length ? Math.min(...hits) : from;
      start = Math.max(from, Math.min(first - Math.floor(EXCERPT / 3), to - EXCERPT));
      end = start + EXCERPT;
    }
    const marked = new Set(hits);
    const out = [];
    for (let i = start; i < end; i++) {
      if (ws[i] === undefined || ws[i] === "") continue;
      out.push(marked.has(i) ? `<mark>${esc(ws[i])}</mark>` : esc(ws[i]));
    }
    return (start > from ? "… " : "") + out.join(" ") + (end < to ? " …" : "");
  }

  const withHash = (url, id) => url.replace(/#.*$/, "") + "#" + encodeURIComponent(id);

  /* --- sub-results --------------------------------------------------------- */

  /* {subs: [{url, title, html, score, sentence}] best first, own: the score
     of the hits that belong to the page itself (its title, the lines above
     the text or the first heading)}. */
  function subResults(d) {
    const ws = words(d.content);
    const anchors = (d.anchors || []).slice().sort((a, b) => a.location - b.location);
    const hits = (d.weighted_locations || []).slice().sort((a, b) => a.location - b.location);
    const marks = [];
    let n = 0;
    for (const a of anchors) {
      if (/^s-/.test(a.id)) marks.push({ a, n: ++n, note: false });
      else if (/^note-s-/.test(a.id)) marks.push({ a, n: 0, note: true });
    }
    const out = [];
    let own = 0;
    if (n > 0) {
      // An article: the sentence (or note) each hit falls in.
      const number = new Map(marks.filter((m) => !m.note).map((m) => [m.a.id, m.n]));
      const groups = new Map();
      let i = -1;
      for (const h of hits) {
        while (i + 1 < marks.length && marks[i + 1].a.location <= h.location) i++;
        if (i < 0) { own += h.balanced_score; continue; }  // the title or the lines above the text
        const g = groups.get(i) || { i, hits: [], score: 0 };
        g.hits.push(h.location);
        g.score += marks[i].note ? h.balanced_score / 2 : h.balanced_score;  // the article's own words first
        groups.set(i, g);
      }
      for (const g of groups.values()) {
        const m = marks[g.i];
        const end = g.i + 1 < marks.length ? marks[g.i + 1].a.location : ws.length;
        const sid = m.note ? m.a.id.replace(/^note-(s-[0-9a-z]+)-\d+$/, "$1") : m.a.id;
        const num = number.get(sid);
        out.push({
          url: withHash(d.url, m.a.id),
          title: m.note ? `${L.note} ${num || ""}`.trim() : `${L.sentence} ${num}`,
          html: excerpt(ws, m.a.location, end, g.hits),
          score: g.score,
          sentence: true,
        });
      }
    } else {
      // Other pages: Pagefind's sub-results, at headings with an id.
      const h1 = anchors.find((a) => a.element === "h1");
      for (const s of d.sub_results || []) {
        const score = (s.weighted_locations || []).reduce((sum, w) => sum + w.balanced_score, 0);
        if (!s.anchor || (h1 && s.anchor.id === h1.id)) { own += score; continue; }  // the page itself
        const at = s.anchor.location;
        const next = anchors.find((a) => a.location > at && /^h\d$/i.test(a.element) && a.text && a.text.trim());
        // The text under the heading (the heading is the title), unless only the heading matched.
        const below = at + (s.anchor.text ? words(s.anchor.text.trim()).length : 0);
        const locs = s.locations || [];
        const from = locs.some((l) => l >= below) ? below : at;
        out.push({
          url: s.url,
          title: s.title,
          html: excerpt(ws, from, next ? next.location : ws.length, locs.filter((l) => l >= from)),
          score,
          sentence: false,
        });
      }
    }
    return { subs: out.sort((a, b) => b.score - a.score), own };
  }

  /* --- rendering: Material's search result markup -------------------------- */

  function article(url, title, html, score, { parent = false, sentence = false } = {}) {
    const a = document.createElement("a");
    a.href = url;
    a.className = "md-search-result__link";
    a.tabIndex = -1;
    a.innerHTML =
      `<article class="md-search-result__article md-typeset${sentence ? " pj-search-sent" : ""}" data-md-score="${Number.isFinite(score) ? score.toFixed(2) : "1e9"}">` +
      (parent ? `<div class="md-search-result__icon md-icon"></div><h1>${esc(title)}</h1>` : `<h2>${esc(title)}</h2>`) +
      (html ? `<p>${html}</p>` : "") +
      `</article>`;
    return a;
  }

  function item(d, score) {
    const li = document.createElement("li");
    li.className = "md-search-result__item";
    const { subs: all, own } = subResults(d);
    const subs = all.slice(0, SUBS_MAX);
    const title = (d.meta && d.meta.title) || d.url;
    const ws = words(d.content);
    // The teaser starts after the title, which is shown above it.
    const h1 = (d.anchors || []).find((a) => a.element === "h1");
    const skip = h1 && h1.location === 0 && h1.text ? words(h1.text).length : 0;
    const hits = (d.locations || []).filter((l) => l >= skip).slice(0, 8);
    const teaser = subs.length ? "" : excerpt(ws, hits.length ? skip : 0, ws.length, hits.length ? hits : (d.locations || []).slice(0, 8));
    // data-md-score, as in Material: Enter opens the best-scoring link of the first page.
    li.appendChild(article(d.url, title, teaser, subs.length ? own : Infinity, { parent: true }));
    for (const s of subs.slice(0, SUBS)) li.appendChild(article(s.url, s.title, s.html, s.score, { sentence: s.sentence }));
    const more = subs.slice(SUBS);
    if (more.length) {
      const details = document.createElement("details");
      details.className = "md-search-result__more";
      const summary = document.createElement("summary");
      summary.tabIndex = -1;
      summary.innerHTML = `<div>${esc(more.length === 1 ? t("search.result.more.one", "1 more on this page") : t("search.result.more.other", "# more on this page", more.length))}</div>`;
      details.appendChild(summary);
      for (const s of more) details.appendChild(article(s.url, s.title, s.html, s.score, { sentence: s.sentence }));
      li.appendChild(details);
    }
    return li;
  }

  function count(n) {
    if (n === 0) return L.none;
    if (n === 1) return t("search.result.one", "1 matching document");
    return t("search.result.other", "# matching documents", n);
  }

  /* --- searching ------------------------------------------------------------ */

  let current = 0;       // the latest search asked for
  let shown = 0;         // the search whose results are on screen
  let pending = null;    // results still to render, as the list is scrolled
  let timer = 0;

  /* A page whose name, or one of whose aliases, is the query itself. Pagefind
     matches every word as a prefix and stems Indonesian, so "AS" also finds
     "Asia" and "diaspora" (stemmed "aspora"), and its metadata boost does not
     tell an exact match from a prefix: among the first results of a short
     query, the exact names come first (a longer query renders each result
     as soon as its fragment arrives). */
  const norm = (text) => String(text || "").toLowerCase().replace(/\s*\([^)]*\)\s*$/, "").trim();
  const names = (d) => [norm(d.meta && d.meta.title), ...String((d.meta && d.meta.aliases) || "").split(/\s*,\s*/).map(norm)];
  const exact = (d, query) => names(d).includes(norm(query));

  async function renderBatch(results, from, to, id, query) {
    const datas = results.slice(from, to).map((r) => r.data().then((d) => [d, r.score], () => null));
    if (from === 0 && query && query.length <= 4) {  // short: acronyms and prefixes of longer names
      const loaded = (await Promise.all(datas)).filter(Boolean);
      if (id !== shown) return;
      const ranked = loaded.filter(([d]) => exact(d, query)).concat(loaded.filter(([d]) => !exact(d, query)));
      for (const [d, score] of ranked) list.appendChild(item(d, score));
      return;
    }
    for (const p of datas) {
      const got = await p;
      if (!got) continue;
      if (id !== shown) return;
      list.appendChild(item(got[0], got[1]));
    }
  }

  /* Search for `value` (the query of keystroke `id`) and show the results,
     unless those of a later keystroke are already on screen. Resolves once
     the search is done; the results render on their own, as their
     fragments arrive. */
  async function run(value, id) {
    const query = value.trim();
    if (!query) {
      list.innerHTML = "";
      meta.textContent = L.placeholder;
      pending = null;
      shown = id;
      return;
    }
    let res;
    try {
      const pf = await ensure();
      if (id !== current) return;  // a later keystroke took over while Pagefind loaded
      res = await pf.search(query);
    } catch (e) {
      if (id === current) meta.textContent = L.error;
      return;
    }
    // The results of an earlier keystroke stay until those of a later one
    // are ready (the fragments of the pages they share are fetched once).
    if (id < shown) return;
    shown = id;
    list.innerHTML = "";
    meta.textContent = count(res.results.length);
    // While the reader is still typing, the best page alone: each fragment is a request.
    const first = id === current ? FIRST : 1;
    pending = { results: res.results, next: first, id };
    delete list.dataset.pjQuery;
    renderBatch(res.results, 0, first, id, query).then(() => {
      // Which query the list shows, once its first results are drawn (for tests and tools).
      if (shown === id) list.dataset.pjQuery = query;
      fill();
    });
  }

  /* Render more while the end of the list is in view (Material does the same). */
  let filling = false;
  async function fill() {
    if (filling || !pending || pending.next >= pending.results.length) return;
    const rest = scrollwrap.scrollHeight - scrollwrap.scrollTop - scrollwrap.clientHeight;
    if (rest > scrollwrap.clientHeight) return;
    filling = true;
    const p = pending;
    p.next += MORE;
    await renderBatch(p.results, p.next - MORE, p.next, p.id);
    filling = false;
    if (p === pending) fill();
  }
  scrollwrap.addEventListener("scroll", fill, { passive: true });

  /* One search at a time, always for the latest query: on a slow phone a
     short prefix ("b", "be") matches thousands of pages and takes a few
     hundred milliseconds, and searches queued behind it for every keystroke
     would only delay the one the reader is waiting for. Once Pagefind is
     ready, a search starts when typing pauses for DEBOUNCE ms. This uses
     pagefind.search, not pagefind.debouncedSearch: that one preloads the index
     chunks of every prefix typed on the way, "b", "be", "bel", ..., bytes a
     phone pays for and never sees. */
  let loaded = false;
  let busy = false;
  let lastKey = 0;
  async function kick() {
    if (busy) return;
    // On a large index, a short prefix while the reader is still typing would
    // cost more than it shows: wait for the fourth character, or for a pause.
    // (Until the entry file is read, the index counts as large.)
    const wait = lastKey + PAUSE - performance.now();
    const length = input.value.trim().length;
    if ((pages === 0 || pages >= LARGE) && length > 0 && length < SHORT && wait > 0) { clearTimeout(timer); timer = setTimeout(kick, wait); return; }
    busy = true;
    const id = current;
    try {
      await run(input.value, id);
    } finally {
      busy = false;
    }
    if (id !== current) kick();  // keystrokes came in meanwhile: the latest query now
  }
  const search = () => {
    clearTimeout(timer);
    ++current;
    lastKey = performance.now();
    if (ready && !loaded) ready.then(() => { loaded = true; }, () => {});
    timer = setTimeout(kick, loaded ? DEBOUNCE : 0);
  };

  /* --- opening and closing, as Material does ------------------------------- */

  const open = () => {
    if (!toggle.checked) { toggle.checked = true; toggle.dispatchEvent(new Event("change")); }
  };
  const close = () => {
    if (toggle.checked) { toggle.checked = false; toggle.dispatchEvent(new Event("change")); }
  };
  const reveal = (active) => {
    list.setAttribute("role", active ? "list" : "presentation");
    list.hidden = !active;
  };
  reveal(toggle.checked);

  toggle.addEventListener("change", () => {
    reveal(toggle.checked);
    if (toggle.checked) { ensure(); if (document.activeElement !== input) input.focus(); }
    else input.blur();
  });
  // Opened after the click that focused the box has done its own toggling.
  input.addEventListener("focus", () => { ensure(); setTimeout(() => { if (document.activeElement === input) open(); }, 0); });
  input.addEventListener("input", search);
  form.addEventListener("submit", (ev) => ev.preventDefault());
  form.addEventListener("reset", () => { setTimeout(() => { search(); input.focus(); }, 0); });
  // The keyboard of a phone opens only on a focus from a tap (iOS).
  for (const label of document.querySelectorAll("header label.md-header__button[for=__search]")) {
    label.addEventListener("pointerdown", () => ensure(), { passive: true });  // a few ms before the click
    label.addEventListener("click", () => { ensure(); input.focus(); });
  }
  // A result was chosen: close, as Material does.
  box.addEventListener("click", (ev) => {
    if (ev.target instanceof Element && ev.target.closest(".md-search-result a")) close();
  });

  const typing = (el) => el && (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ||
    (el instanceof HTMLInputElement && el.type !== "radio" && el.type !== "checkbox"));

  window.addEventListener("keydown", (ev) => {
    if (ev.metaKey || ev.ctrlKey || ev.altKey || ev.isComposing) return;
    const active = document.activeElement;
    if (!toggle.checked) {
      if (typing(active)) return;
      if (ev.key === "/" || ev.key === "s" || ev.key === "f") {
        ev.preventDefault();
        ev.stopPropagation();
        open();
        input.focus();
        input.select();
      }
      return;
    }
    switch (ev.key) {
      case "Enter":
        if (active === input) {
          // The best link of the first page: the page, its sentence or its section.
          const links = list.firstElementChild ? [...list.firstElementChild.querySelectorAll(":scope > a[href]")] : [];
          const score = (a) => parseFloat(a.firstElementChild.getAttribute("data-md-score"));
          ev.preventDefault();
          if (links.length) links.reduce((best, a) => (score(a) > score(best) ? a : best)).click();
        }
        break;
      case "Escape":
      case "Tab":
        close();
        input.blur();
        break;
      case "ArrowUp":
      case "ArrowDown": {
        const els = [input, ...box.querySelectorAll(".md-search-result :not(details) > [href], .md-search-result summary, .md-search-result details[open] [href]")];
        const i = Math.max(0, (Math.max(0, els.indexOf(active)) + els.length + (ev.key === "ArrowUp" ? -1 : 1)) % els.length);
        els[i].focus();
        ev.preventDefault();
        break;
      }
      default:
        if (active !== input && ev.key.length === 1) input.focus();
    }
  }, true);

  /* A link to a search (?q=…) opens it, as with Material. */
  const q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; open(); input.focus(); search(); }
})();
