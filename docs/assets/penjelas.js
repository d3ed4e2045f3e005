/* Penjelas: what the reader's pages do with script. Every page works without
   it: the notes then stand at their sentence's last line (floats), the notes'
   filter works by CSS alone, a sentence reference's title is its preview.

   1. Notes beside their sentence (article page, wide screens): each note's
      top at its sentence's first line, never over the note before it.
   2. The notes' controls: open or close all notes; a link to a note shows it.
   3. The preview of a cited sentence (a.pj-cite, a.pj-sref, whose title is
      the sentence): on hover, on focus, and on a first tap on a touch screen
      (a second tap, or the preview's link, follows the link). No request.
   4. The header's buttons by keyboard: the colour-scheme toggle (Material's
      radios are 0 x 0: they leave the Tab order, the visible button takes
      their place) and, on a narrow screen, the menu of the closed drawer.
   Words come from the page (data attributes, aria-labels), never from here. */
(() => {
  "use strict";
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

  /* --- 1. notes beside their sentence --------------------------------------- */

  const article = document.querySelector(".pj-article");
  const notes = article ? $$("details.pj-note", article) : [];
  const wide = matchMedia("screen and (min-width: 60em)");
  let frame = 0;

  function place() {
    frame = 0;
    if (!notes.length) return;
    if (!wide.matches) {
      article.classList.remove("pj-placed");
      article.style.minHeight = "";
      for (const n of notes) n.style.top = "";
      return;
    }
    article.classList.add("pj-placed");  // absolute, in the margin (penjelas.css); the text's lines do not move
    const base = article.getBoundingClientRect().top;
    const shown = notes.filter((n) => n.offsetParent !== null);
    // One pass of reads, then one of writes: no layout between notes.
    const wants = shown.map((n) => {
      const s = document.getElementById(n.dataset.s);
      return [s ? s.getBoundingClientRect().top - base : 0, n.offsetHeight, parseFloat(getComputedStyle(n).marginBottom) || 8];
    });
    let next = 0;
    const tops = wants.map(([want, height, gap]) => {
      const top = Math.max(want, next);
      next = top + height + gap;
      return top;
    });
    shown.forEach((n, i) => { n.style.top = `${Math.round(tops[i])}px`; });
    article.style.minHeight = next > 0 ? `${Math.ceil(next)}px` : "";
  }
  const later = () => { if (!frame) frame = requestAnimationFrame(place); };

  if (notes.length) {
    place();
    addEventListener("load", later);
    wide.addEventListener("change", later);
    // The width from the observer, not from article.clientWidth: read while the
    // page is parsed, that forces a layout of the whole page before Material's
    // own script changes it (one more layout, a long task on a phone).
    let width = -1;
    new ResizeObserver((entries) => {
      const w = entries[entries.length - 1].contentRect.width;
      if (w !== width) { if (width >= 0) later(); width = w; }
    }).observe(article);
    article.addEventListener("toggle", later, true);  // a note opened or closed: the ones after it move
  }

  /* --- 2. the notes' controls ------------------------------------------------- */

  const bar = document.querySelector(".pj-note-filter");
  if (bar && article) {
    const all = bar.querySelector("#pj-notes-on");
    const kinds = $$("input[data-kind]", bar);
    const button = bar.querySelector("button.pj-notes-all");
    const sync = () => {
      for (const k of kinds) k.disabled = !all.checked;
      if (button) button.disabled = !all.checked;
    };
    bar.addEventListener("change", () => { sync(); later(); });
    sync();
    if (button) {
      const label = () => {
        const open = notes.some((n) => n.open && n.offsetParent !== null);
        button.textContent = open ? bar.dataset.pjClose : bar.dataset.pjOpen;
        button.setAttribute("aria-expanded", String(open));
      };
      button.hidden = false;
      // After the first layout: offsetParent read while the page loads forces a
      // layout of the whole page before Material's script changes it (Lighthouse:
      // Artikel's total blocking time 460 -> 190 ms, performance 88 -> 94).
      requestAnimationFrame(label);
      button.addEventListener("click", () => {
        const open = button.getAttribute("aria-expanded") !== "true";
        for (const n of notes) if (n.offsetParent !== null) n.open = open;
        label();
        later();
      });
      article.addEventListener("toggle", label, true);
    }
  }

  // A link to a note (#note-…, from the text's marks, the log or another page)
  // shows it: its kind back on if it was filtered out, the box opened.
  function reveal() {
    const id = decodeURIComponent(location.hash.slice(1));
    const body = id.startsWith("note-") ? document.getElementById(id) : null;
    const box = body && body.closest("details.pj-note");
    if (!box) return;
    if (bar) {
      const kind = [...box.classList].find((c) => c.startsWith("pj-note-") && c !== "pj-note-sum")?.slice(8);
      for (const input of [bar.querySelector("#pj-notes-on"), bar.querySelector(`#pj-kind-${kind}`)]) {
        if (input && !input.checked) { input.checked = true; input.dispatchEvent(new Event("change", { bubbles: true })); }
      }
    }
    if (!box.open) box.open = true;
    place();
    body.scrollIntoView({ block: "start" });
  }
  if (notes.length) {
    addEventListener("hashchange", reveal);
    if (location.hash.startsWith("#note-")) reveal();
  }

  /* --- 3. the preview of a cited sentence ------------------------------------- */

  const REF = "a.pj-cite, a.pj-sref";
  const tip = document.createElement("div");
  tip.className = "pj-preview";
  tip.id = "pj-preview";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  let current = null;
  let tapped = null;  // the link whose preview a tap opened: a second tap follows it
  let timer = 0;
  let pointer = "mouse";

  // The sentence is in the link's title; moved out of it, so that the
  // browser's own tooltip does not show it a second time.
  const sentence = (a) => {
    if (a.hasAttribute("title")) {
      a.dataset.pjS = a.title;
      a.removeAttribute("title");
    }
    return a.dataset.pjS || "";
  };

  function show(a, touch) {
    const text = sentence(a);
    if (!text) return;
    clearTimeout(timer);
    if (!tip.isConnected) document.body.appendChild(tip);
    if (current && current !== a) current.removeAttribute("aria-describedby");
    current = a;
    const p = document.createElement("p");
    const n = document.createElement("span");
    n.className = "pj-preview-n";
    n.textContent = a.textContent.trim();
    p.append(n, " ", text);
    tip.replaceChildren(p);
    if (touch) {  // a tap showed it: the link to the sentence is here
      const go = document.createElement("a");
      go.href = a.href;
      go.textContent = `${a.getAttribute("aria-label") || a.textContent} →`;
      tip.append(go);
    }
    tip.hidden = false;
    const r = a.getBoundingClientRect();
    const room = document.documentElement.clientWidth;
    const left = Math.max(8, Math.min(r.left, room - tip.offsetWidth - 8));
    const below = r.bottom + 6 + tip.offsetHeight <= innerHeight || r.top - 6 - tip.offsetHeight < 0;
    const top = below ? r.bottom + 6 : r.top - 6 - tip.offsetHeight;
    tip.style.left = `${Math.round(left + scrollX)}px`;
    tip.style.top = `${Math.round(top + scrollY)}px`;
    a.setAttribute("aria-describedby", tip.id);
  }
  function hide() {
    clearTimeout(timer);
    if (current) current.removeAttribute("aria-describedby");
    current = tapped = null;
    tip.hidden = true;
  }
  const hideSoon = () => { clearTimeout(timer); timer = setTimeout(hide, 300); };

  document.addEventListener("pointerdown", (e) => { pointer = e.pointerType || "mouse"; }, { capture: true, passive: true });
  document.addEventListener("pointerover", (e) => {
    if (e.pointerType === "touch" || !(e.target instanceof Element)) return;
    const a = e.target.closest(REF);
    if (a) show(a, false);
    else if (tip.contains(e.target)) clearTimeout(timer);  // the preview can be pointed at, to read it
  });
  document.addEventListener("pointerout", (e) => {
    if (e.pointerType === "touch" || !(e.target instanceof Element)) return;
    if (current && (e.target.closest(REF) === current || tip.contains(e.target))) hideSoon();
  });
  document.addEventListener("focusin", (e) => {
    const a = e.target instanceof Element && e.target.closest(REF);
    if (a) show(a, pointer === "touch");
    else if (!tip.contains(e.target)) hide();
  });
  document.addEventListener("click", (e) => {
    if (!(e.target instanceof Element)) return;
    const a = e.target.closest(REF);
    if (a && pointer === "touch" && tapped !== a && sentence(a)) {
      e.preventDefault();  // first tap: the preview; a second tap follows the link
      show(a, true);
      tapped = a;
    } else if (!a && !tip.contains(e.target)) {
      hide();
    }
  });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && current) hide(); });

  /* --- 4. the header's buttons, by keyboard -------------------------------------- */

  // Material's menu button is a label of a checkbox that is not focusable at
  // all (the button is made so: closed, the drawer's links are out of the Tab
  // order, penjelas.css). A <label> may not be a button (ARIA in HTML: no role
  // on a label), so the button is a span that fills the label: a click on it
  // is the label's click. (The colour toggle is made of real buttons.)
  const keyButton = (label, after) => {
    const button = document.createElement("span");
    button.className = "pj-hbutton";
    button.tabIndex = 0;
    button.setAttribute("role", "button");
    const name = label.getAttribute("aria-label") || label.title;
    if (name) button.setAttribute("aria-label", name);
    button.append(...label.childNodes);
    label.append(button);
    label.removeAttribute("aria-label");
    button.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" && e.key !== " ") return;
      e.preventDefault();
      e.stopPropagation();
      label.click();
      if (after) setTimeout(after, 0);
    });
    return button;
  };
  const drawer = document.getElementById("__drawer");
  const menu = document.querySelector(".md-header label.md-header__button[for=__drawer]");
  if (drawer && menu) {
    const nav = document.querySelector(".md-nav--primary[aria-label]");
    if (!menu.title && nav) menu.title = nav.getAttribute("aria-label");  // its name: the navigation it opens
    const button = keyButton(menu, () => {
      const first = drawer.checked && document.querySelector(".md-sidebar--primary a[href], .md-sidebar--primary label[tabindex]");
      if (first) first.focus();
    });
    button.setAttribute("aria-expanded", String(drawer.checked));
    drawer.addEventListener("change", () => button.setAttribute("aria-expanded", String(drawer.checked)));
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && drawer.checked) { drawer.checked = false; drawer.dispatchEvent(new Event("change")); button.focus(); }
    });
  }

  // The 404 page's "search the site", a label of the search toggle too.
  for (const label of $$("label.pj-404-search")) keyButton(label);

  // The colour toggle (overrides/partials/palette.html applied the reader's
  // choice while the page had only its header). A press is the next option;
  // focus goes with the button that replaces the pressed one. While the
  // choice is "the system's", a change of the system's follows.
  const palette = document.querySelector("[data-pj-palette]");
  if (palette && window.__pj_palette) {
    const options = $$("button", palette);
    const current = () => Math.max(0, options.findIndex((b) => !b.hidden));
    const apply = (index, store) => {
      // Material's own switch: no colour transitions while the colours change.
      document.body.setAttribute("data-md-color-switching", "");
      const applied = window.__pj_palette(index, store);
      requestAnimationFrame(() => requestAnimationFrame(() => document.body.removeAttribute("data-md-color-switching")));
      return applied;
    };
    for (const button of options) {
      button.addEventListener("click", () => {
        const next = apply((current() + 1) % options.length, true);
        if (palette.contains(document.activeElement) || document.activeElement === document.body) options[next].focus();
      });
    }
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
      if (options[current()].getAttribute("data-md-color-media") === "(prefers-color-scheme)") apply(current(), false);
    });
  }
})();
