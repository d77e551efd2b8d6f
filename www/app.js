// The page. Extraction runs in a module Worker (worker.js) that keeps the whole result;
// this file sends the text, receives what it draws (panels, the highlighted text a chunk
// at a time) and asks the worker for exports. Rendering builds DOM nodes and sets
// textContent: pasted or extracted strings never reach innerHTML.
import { KINDS, renderText, fmt, moneyLabel, quantityLabel, dateLabel, roleLabel } from "./render.js";

const $ = (id) => document.getElementById(id);
// UTF-16 units. Above BIG (about 200 KB of Chinese in UTF-8) a run shows its progress and
// elapsed time, and a newer text drops it; above HOLD the text stays out of the text box.
const BIG = 70_000;
const HOLD = 200_000;
const el = (tag, props = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = v;
    else if (k === "title") e.title = v;
    else e.setAttribute(k, v);
  }
  e.append(...kids.filter((k) => k != null && k !== false));
  return e;
};

const state = {
  held: null, // a text too long for the text box (pasted, dropped or opened), kept here
  shown: 0, // id of the extraction on screen (0: none)
  convert: "none",
  renderToken: 0,
};

// ---------------------------------------------------------------- the worker

let worker, workerReady, seq = 0, busy = null, pending = null, ticker = 0;
const waiters = new Map(); // message type -> {resolve, reject} of the one outstanding ask()

function spawn() {
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  workerReady = new Promise((ok) => {
    worker.onmessage = (e) => {
      const m = e.data;
      if (m.type === "ready") {
        $("version").textContent = `v${m.version}`;
        document.body.dataset.ready = "1";
        document.body.dataset.readyAt ||= performance.now().toFixed(0);
        ok();
      } else if (m.type === "fatal") {
        setStatus(`Could not load the WebAssembly module: ${m.error}`, "error");
      } else if (m.type === "result" || m.type === "error") {
        finished(m);
      } else {
        const key = m.type === "stale" ? m.for : m.type;
        const w = waiters.get(key);
        if (w) {
          waiters.delete(key);
          if (m.type === "stale") w.reject(new Error("the text changed"));
          else w.resolve(m);
        }
      }
    };
  });
  worker.onerror = (e) => {
    e.preventDefault();
    setStatus(`The extraction worker failed: ${e.message || "unknown error"}`, "error");
    busy = null;
    stopProgress();
  };
}

/** Asks the worker for a chunk or an export of the shown result. */
function ask(type, msg) {
  return new Promise((resolve, reject) => {
    waiters.get(type)?.reject(new Error("superseded"));
    waiters.set(type, { resolve, reject });
    worker.postMessage({ type: type === "chunk" ? "chunk" : "export", id: state.shown, ...msg });
  });
}

/** Asks for an extraction of `text`; only the latest request is ever shown. */
function request(text, options) {
  const job = { id: ++seq, text, options, t0: performance.now() };
  document.body.dataset.requested = String(job.id);
  if (busy) {
    if (busy.text.length > BIG) restartWorker(); // a long run of an outdated text: drop it
    else {
      pending = job;
      return;
    }
  }
  send(job);
}

function send(job) {
  busy = job;
  pending = null;
  $("results").dataset.state = "busy";
  if (job.text.length > BIG) startProgress(job);
  workerReady.then(() => {
    if (busy === job) worker.postMessage({ type: "extract", id: job.id, text: job.text, options: job.options });
  });
}

function restartWorker() {
  worker.terminate();
  for (const w of waiters.values()) w.reject(new Error("cancelled"));
  waiters.clear();
  busy = null;
  state.shown = 0;
  stopProgress();
  spawn();
}

function finished(m) {
  const job = busy;
  busy = null;
  stopProgress();
  if (m.trap) restartWorker();
  if (pending) return send(pending);
  if (!job || m.id !== job.id || m.id !== seq) return;
  if (m.type === "error") {
    state.shown = 0;
    $("results").dataset.state = "error";
    setStatus(`Error: ${m.error}`, "error");
    document.body.dataset.rendered = String(job.id);
    return;
  }
  state.shown = m.id;
  show(m, job);
}

function startProgress(job) {
  const p = $("progress");
  p.hidden = false;
  p.removeAttribute("value"); // indeterminate: one wasm call has no intermediate steps
  $("cancel").hidden = false;
  const size = `${fmt(job.text.length)} characters`;
  const tick = () => setStatus(`Extracting ${size}… ${((performance.now() - job.t0) / 1000).toFixed(1)} s`);
  tick();
  clearInterval(ticker);
  ticker = setInterval(tick, 100);
}

function stopProgress() {
  clearInterval(ticker);
  $("progress").hidden = true;
  $("cancel").hidden = true;
}

function setStatus(text, kind = "") {
  const s = $("status");
  s.textContent = text;
  s.className = kind;
}

// ---------------------------------------------------------------- drawing

async function show(m, job) {
  const token = ++state.renderToken;
  const t0 = performance.now();
  const p = m.panels;
  $("results").dataset.state = "rendering";
  drawOverview(p);
  drawPanels(p);
  drawLegend(p.counts);
  const view = $("view");
  view.replaceChildren();
  view.lang = state.convert === "traditional" || (state.convert === "none" && p.script === "traditional") ? "zh-Hant" : "zh-Hans";
  if (!(await drawChunk(m.chunk, token))) return;
  const total = performance.now() - job.t0;
  setStatus(`${fmt(job.text.length)} characters · extracted in ${m.ms.toFixed(1)} ms · shown in ${(performance.now() - t0).toFixed(0)} ms${p.note ? ` (${p.note})` : ""}`);
  $("results").dataset.state = "done";
  document.body.dataset.rendered = String(job.id);
  if (!document.body.dataset.firstExtraction) {
    document.body.dataset.firstExtraction = performance.now().toFixed(1);
    document.body.dataset.firstExtractionTotal = total.toFixed(1);
  }
}

/** Appends one chunk of highlighted text, built off-screen a few blocks per frame. */
async function drawChunk(c, token) {
  const frag = document.createDocumentFragment();
  let slice = performance.now();
  for (const _ of renderText(frag, c.text, c.items, { doc: document })) {
    if (performance.now() - slice > 12) {
      await new Promise((r) => setTimeout(r, 0));
      if (token !== state.renderToken) return false;
      slice = performance.now();
    }
  }
  if (token !== state.renderToken) return false;
  $("view").append(frag);
  const more = $("more");
  more.hidden = c.end >= c.total;
  more.dataset.from = String(c.end);
  more.textContent = `Show more of the text (${fmt(c.total - c.end)} characters left)`;
  return true;
}

async function showMore() {
  const more = $("more");
  const token = state.renderToken;
  more.disabled = true;
  try {
    const m = await ask("chunk", { from: Number(more.dataset.from) });
    if (token === state.renderToken) await drawChunk(m.chunk, token);
  } catch {}
  more.disabled = false;
}

function drawOverview(p) {
  const sum = $("summary");
  sum.replaceChildren(...p.summary.map((s) => el("li", {}, s)));
  $("summary-empty").hidden = p.summary.length > 0;
  const kw = $("keywords");
  kw.replaceChildren(...p.keywords.map((k) => el("li", { title: `score ${fmt(k.score)}` }, k.word)));
  if (!p.keywords.length) kw.append(el("li", { class: "none" }, "none yet"));
  const script = { simplified: "simplified", traditional: "traditional", mixed: "mixed simplified and traditional", none: "no Han" }[p.script] || p.script;
  const facts = [`${fmt(p.paragraphs)} paragraphs`, `${fmt(p.sentences)} sentences`, `${script} script`];
  const warn = p.warnings.length
    ? el("details", { class: "warnings" }, el("summary", {}, `${p.warnings.length} warning${p.warnings.length > 1 ? "s" : ""}`),
      el("ul", {}, ...p.warnings.slice(0, 50).map((w) => el("li", {}, w))))
    : null;
  $("facts").replaceChildren(facts.join(" · "), ...(warn ? [warn] : []));
}

function drawLegend(c) {
  const legend = $("legend");
  const view = $("view");
  if (!legend.childElementCount) {
    for (const [kind, label] of KINDS) {
      const b = el("button", { type: "button", class: `chip k-${kind}`, "aria-pressed": "true", "data-kind": kind },
        el("span", { class: "swatch", "aria-hidden": "true" }), label, " ", el("span", { class: "n" }));
      b.addEventListener("click", () => {
        const on = b.getAttribute("aria-pressed") !== "true";
        b.setAttribute("aria-pressed", String(on));
        view.classList.toggle(`off-${kind}`, !on);
      });
      legend.append(b);
    }
  }
  for (const b of legend.children) {
    const n = c[b.dataset.kind] || 0;
    b.querySelector(".n").textContent = fmt(n);
    b.classList.toggle("zero", n === 0);
  }
}

/** A list of rows, and a note of those left out (`total` is the full count). */
function list(items, row, total = items.length) {
  const out = [el("ul", { class: "rows" }, ...items.map(row))];
  if (total > items.length) out.push(el("p", { class: "more" }, `… and ${fmt(total - items.length)} more (all of them are in the JSON and CSV).`));
  return out;
}

function panel(id, n, ...content) {
  const p = $(`panel-${id}`);
  p.querySelector(".count").textContent = n ? fmt(n) : "";
  p.classList.toggle("is-empty", !n);
  const body = p.querySelector(".body");
  body.replaceChildren(...(n ? content.flat() : [el("p", { class: "empty" }, "None found.")]));
}

const times = (n) => (n > 1 ? el("span", { class: "n", title: `${n} mentions` }, `×${n}`) : null);
const entityRow = (e) =>
  el("li", {}, e.what ? el("span", { class: "tag" }, e.what) : null, el("span", { class: "name" }, e.name), times(e.n),
    e.aliases.length ? el("span", { class: "aka" }, `also ${e.aliases.join(", ")}`) : null);

function drawPanels(p) {
  const L = p.lengths;
  panel("people", L.people, list(p.people, (x) =>
    el("li", {}, el("span", { class: "name k-people" }, x.name), times(x.n),
      x.roles.length ? el("ul", { class: "roles" }, ...x.roles.map((r) => el("li", {}, roleLabel(r)))) : null), L.people));
  panel("organizations", L.organizations, list(p.organizations, entityRow, L.organizations));
  panel("locations", L.locations, list(p.locations, entityRow, L.locations));
  panel("dates", L.dates, list(p.dates, (d) =>
    el("li", {}, el("span", { class: "value" }, dateLabel(d)), el("span", { class: "src" }, d.text),
      d.yearInferred ? el("span", { class: "tag", title: "the year was not written next to the date" }, "year inferred") : null,
      d.relative ? el("span", { class: "tag" }, "relative") : null), L.dates));
  panel("money", L.money,
    el("ul", { class: "totals" }, ...p.moneyTotals.map(([cur, sum, n, approx]) =>
      el("li", {}, el("span", { class: "label" }, `Total ${cur}`), el("span", { class: "value" }, `${approx ? "≈ " : ""}${fmt(sum)}`),
        el("span", { class: "src" }, `${fmt(n)} amount${n > 1 ? "s" : ""}`)))),
    list(p.money, (m) => el("li", {}, el("span", { class: "src" }, m.text), el("span", { class: "value" }, moneyLabel(m))), L.money));
  panel("quantities", L.quantities, list(p.quantities, (q) =>
    el("li", {}, el("span", { class: "src" }, q.text), el("span", { class: "value" }, quantityLabel(q)), el("span", { class: "tag" }, q.kind)), L.quantities));
  panel("works", p.worksEvents.total, list(p.worksEvents.list, entityRow, p.worksEvents.total));
  panel("quotes", L.quotes, p.quoteGroups.map((g) =>
    el("div", { class: "speaker" }, el("h3", {}, g.speaker || "Unattributed", " ", times(g.count)),
      ...list(g.quotes, (q) => el("li", {}, el("q", {}, q.text), el("span", { class: "verb" }, q.verb)), g.count))));
  panel("credits", L.credits, list(p.credits, (c) =>
    el("li", {}, el("span", { class: "label" }, c.label), el("span", { class: "name" }, c.names.join("、")),
      c.organization ? el("span", { class: "src" }, c.organization) : null, el("span", { class: "tag" }, c.role)), L.credits));
  panel("repairs", L.repairs,
    el("p", { class: "src" }, Object.entries(p.repairKinds).map(([k, n]) => `${fmt(n)} ${k}`).join(" · ")),
    list(p.repairs, (r) =>
      el("li", { title: `Pasted: ${JSON.stringify(r.original)} → ${r.replacement ? JSON.stringify(r.replacement) : "removed"}` },
        el("span", { class: "tag" }, r.kind),
        r.replacement ? el("ins", { class: "rep" }, r.replacement) : el("span", { class: "rep removed" }, "removed"),
        el("del", { class: "orig" }, r.original)), L.repairs));
}

// ---------------------------------------------------------------- actions

function options() {
  const o = {};
  if (state.convert !== "none") o.convert = state.convert;
  const d = $("refdate").value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) o.referenceDate = d;
  return o;
}

function run() {
  clearTimeout(debounce);
  delete document.body.dataset.debouncing;
  const text = state.held ?? $("text").value;
  request(text, options());
}

let debounce = 0;
function scheduled(delay) {
  clearTimeout(debounce);
  document.body.dataset.debouncing = "1";
  debounce = setTimeout(run, delay);
}

function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The shown result as a Blob from the worker: "json" (exactly extract()'s result) or "csv". */
async function exported(format) {
  if (!state.shown || busy) {
    setStatus(busy ? "Wait for the extraction to finish." : "Nothing to export yet: paste an article first.");
    return null;
  }
  try {
    return (await ask("export", { format })).blob;
  } catch (e) {
    setStatus(`Could not export: ${e.message}`, "error");
    return null;
  }
}

/** Reads a dropped or opened file: UTF-8, else GB18030, else Big5 (common for Chinese .txt). */
async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  for (const enc of ["utf-8", "gb18030", "big5"]) {
    try {
      return new TextDecoder(enc, { fatal: true }).decode(bytes);
    } catch {}
  }
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * Puts `text` in the box, or, when it is long (a text box with megabytes in it takes
 * seconds to lay out and freezes the page), keeps it aside and says so.
 */
function setText(text, how) {
  const big = text.length > HOLD;
  state.held = big ? text : null;
  $("text").value = big ? "" : text;
  $("held").hidden = !big;
  if (big) $("held-what").textContent = `${how}: ${fmt(text.length)} characters. It is highlighted below but kept out of the text box, which would freeze the page with this much text.`;
  run();
}

async function load(file) {
  if (!file) return;
  if ((file.type && !file.type.startsWith("text/") && !/\.txt$/i.test(file.name)) || file.size > 64 << 20) {
    setStatus(`${file.name} is not a text file of at most 64 MB.`, "error");
    return;
  }
  setText(await readFile(file), `Opened ${file.name}`);
}

function wire() {
  const text = $("text");
  text.addEventListener("paste", (e) => {
    const t = e.clipboardData && e.clipboardData.getData("text/plain");
    if (t && t.length > HOLD) {
      e.preventDefault();
      setText(t, "Pasted");
    }
  });
  $("held-edit").addEventListener("click", () => {
    const t = state.held;
    state.held = null;
    $("held").hidden = true;
    if (t != null) text.value = t;
    text.focus();
  });
  text.addEventListener("input", (e) => {
    if (state.held != null && text.value) {
      // Typing in the box replaces the text kept aside.
      state.held = null;
      $("held").hidden = true;
    }
    const big = text.value.length > HOLD;
    scheduled(e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop" ? 0 : big ? 700 : 250);
  });
  $("run").addEventListener("click", run);
  $("cancel").addEventListener("click", () => {
    restartWorker();
    $("results").dataset.state = "empty";
    setStatus("Cancelled.");
  });
  $("clear").addEventListener("click", () => {
    setText("", "");
    text.focus();
  });
  $("example").addEventListener("click", async () => {
    setText(await (await fetch("examples/seed.txt")).text(), "The example");
  });
  $("open").addEventListener("click", () => $("file").click());
  $("file").addEventListener("change", () => load($("file").files[0]));
  for (const r of document.querySelectorAll('input[name="convert"]')) {
    r.addEventListener("change", () => {
      state.convert = r.value;
      run();
    });
  }
  $("refdate").addEventListener("change", run);

  const drop = $("drop");
  // A file dropped anywhere must not navigate away from the page.
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());
  drop.addEventListener("dragover", (e) => {
    if ([...e.dataTransfer.types].includes("Files")) drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    drop.classList.remove("over");
    const f = e.dataTransfer.files[0];
    if (f) {
      e.preventDefault();
      load(f);
    }
  });

  $("copy-json").addEventListener("click", async () => {
    const blob = await exported("json");
    if (!blob) return;
    try {
      await navigator.clipboard.writeText(await blob.text());
      setStatus("JSON copied to the clipboard.");
    } catch (e) {
      setStatus(`Could not copy: ${e.message}`, "error");
    }
  });
  $("download-json").addEventListener("click", async () => {
    const blob = await exported("json");
    if (blob) download("zhextract.json", blob);
  });
  $("download-csv").addEventListener("click", async () => {
    const blob = await exported("csv");
    if (blob) download("zhextract.csv", blob);
  });
  $("more").addEventListener("click", showMore);
}

spawn();
wire();
drawLegend({});
if ($("text").value) run(); // text restored by the browser
