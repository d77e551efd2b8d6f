// The page. Extraction runs in a module Worker (worker.js) so typing never waits for it;
// this file only sends text, receives the plain result object and draws it.
// Rendering builds DOM nodes and sets textContent: pasted or extracted strings never
// reach innerHTML.
import { KINDS, marks, repairedMapper, mapMarks, renderText, counts, fmt, moneyLabel, quantityLabel, dateLabel, roleLabel } from "./render.js";
import { toCSV, toJSON, moneyTotals } from "./export.js";

const $ = (id) => document.getElementById(id);
const BIG = 200_000; // UTF-16 units: above this, show progress and elapsed time
const LIMIT = 200; // rows per panel; the rest is counted
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
  input: "", // the text of the shown result
  x: null, // its Extraction
  convert: "none",
  renderToken: 0,
};

// ---------------------------------------------------------------- the worker

let worker, workerReady, seq = 0, busy = null, pending = null, ticker = 0;

function spawn() {
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  workerReady = new Promise((ok) => {
    worker.onmessage = (e) => {
      const m = e.data;
      if (m.type === "ready") {
        $("version").textContent = `v${m.version}`;
        document.body.dataset.ready = "1";
        ok();
      } else if (m.type === "fatal") {
        setStatus(`Could not load the WebAssembly module: ${m.error}`, "error");
      } else finished(m);
    };
  });
  worker.onerror = (e) => {
    e.preventDefault();
    setStatus(`The extraction worker failed: ${e.message || "unknown error"}`, "error");
    busy = null;
    stopProgress();
  };
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
    if (busy === job) worker.postMessage({ id: job.id, text: job.text, options: job.options });
  });
}

function restartWorker() {
  worker.terminate();
  busy = null;
  stopProgress();
  spawn();
}

function finished(m) {
  const job = busy;
  busy = null;
  stopProgress();
  if (pending) return send(pending);
  if (!job || m.id !== job.id || m.id !== seq) return;
  if (m.type === "error") {
    $("results").dataset.state = "error";
    setStatus(`Error: ${m.error}`, "error");
    document.body.dataset.rendered = String(job.id);
    return;
  }
  state.input = job.text;
  state.x = m.x;
  show(m.ms, job);
}

function startProgress(job) {
  const p = $("progress");
  p.hidden = false;
  p.removeAttribute("value"); // indeterminate: one wasm call has no intermediate steps
  $("cancel").hidden = false;
  const size = `${(job.text.length / 1e6).toFixed(1)} M characters`;
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

async function show(ms, job) {
  const token = ++state.renderToken;
  const { x, input } = state;
  const t0 = performance.now();
  $("results").dataset.state = "rendering";
  drawOverview(x, ms);
  drawPanels(x);

  // As pasted: the input with its mentions and repairs. Converted: the repaired text in
  // the chosen script, mentions moved there through the repairs.
  let source = input;
  let items = marks(x);
  let note = "";
  if (state.convert !== "none") {
    const map = repairedMapper(input, x);
    if (map) {
      source = x.text;
      items = mapMarks(marks(x, { repairs: false }), map);
    } else note = " (showing the text as pasted: the repairs do not line up with the converted text)";
  }
  drawLegend(counts(items));
  const view = $("view");
  view.replaceChildren();
  view.lang = state.convert === "traditional" || (state.convert === "none" && x.script === "traditional") ? "zh-Hant" : "zh-Hans";
  let slice = performance.now();
  for (const _ of renderText(view, source, items)) {
    if (performance.now() - slice > 12) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (token !== state.renderToken) return;
      slice = performance.now();
    }
  }
  if (token !== state.renderToken) return;
  const total = performance.now() - job.t0;
  setStatus(`${fmt(input.length)} characters · extracted in ${ms.toFixed(1)} ms · shown in ${(performance.now() - t0).toFixed(0)} ms${note}`);
  $("results").dataset.state = "done";
  document.body.dataset.rendered = String(job.id);
  if (!document.body.dataset.firstExtraction) {
    document.body.dataset.firstExtraction = performance.now().toFixed(1);
    document.body.dataset.firstExtractionTotal = total.toFixed(1);
  }
}

function drawOverview(x, ms) {
  const sum = $("summary");
  sum.replaceChildren(...x.summary.map((s) => el("li", {}, s)));
  $("summary-empty").hidden = x.summary.length > 0;
  const kw = $("keywords");
  kw.replaceChildren(...x.keywords.slice(0, 30).map((k) => el("li", { title: `score ${fmt(k.score)}` }, k.word)));
  if (!x.keywords.length) kw.append(el("li", { class: "none" }, "none yet"));
  const script = { simplified: "simplified", traditional: "traditional", mixed: "mixed simplified and traditional", none: "no Han" }[x.script] || x.script;
  const facts = [`${x.paragraphs.length} paragraphs`, `${x.sentences.length} sentences`, `${script} script`];
  $("facts").replaceChildren(facts.join(" · "), ...x.warnings.map((w) => el("span", { class: "warning" }, ` · ⚠ ${w}`)));
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
    b.querySelector(".n").textContent = String(n);
    b.classList.toggle("zero", n === 0);
  }
}

/** A list with at most LIMIT rows, and a note of the rest. */
function list(items, row, cls = "rows") {
  const ul = el("ul", { class: cls });
  for (const it of items.slice(0, LIMIT)) ul.append(row(it));
  const out = [ul];
  if (items.length > LIMIT) out.push(el("p", { class: "more" }, `… and ${fmt(items.length - LIMIT)} more (all of them are in the JSON and CSV).`));
  return out;
}

function panel(id, n, ...content) {
  const p = $(`panel-${id}`);
  p.querySelector(".count").textContent = n ? String(n) : "";
  p.classList.toggle("is-empty", !n);
  const body = p.querySelector(".body");
  body.replaceChildren(...(n ? content.flat() : [el("p", { class: "empty" }, "None found.")]));
}

const times = (n) => (n > 1 ? el("span", { class: "n", title: `${n} mentions` }, `×${n}`) : null);
const entityRow = (e) =>
  el("li", {}, el("span", { class: "name" }, e.name), times(e.mentions.length),
    e.aliases && e.aliases.length ? el("span", { class: "aka" }, `also ${e.aliases.join(", ")}`) : null);

function drawPanels(x) {
  panel("people", x.people.length, list(x.people, (p) =>
    el("li", {}, el("span", { class: "name k-people" }, p.name), times(p.mentions.length),
      p.roles.length ? el("ul", { class: "roles" }, ...p.roles.map((r) => el("li", {}, roleLabel(r)))) : null)));
  panel("organizations", x.organizations.length, list(x.organizations, entityRow));
  panel("locations", x.locations.length, list(x.locations, entityRow));

  // Dates in time order; dates without a year after those with one.
  const dated = [...x.dates].sort((a, b) => {
    const ka = a.value.startsWith("--") ? `~${a.value}` : a.value;
    const kb = b.value.startsWith("--") ? `~${b.value}` : b.value;
    return ka < kb ? -1 : ka > kb ? 1 : a.start - b.start;
  });
  panel("dates", x.dates.length, list(dated, (d) =>
    el("li", {}, el("span", { class: "value" }, dateLabel(d)), el("span", { class: "src" }, d.text),
      d.yearInferred ? el("span", { class: "tag", title: "the year was not written next to the date" }, "year inferred") : null,
      d.relative ? el("span", { class: "tag" }, "relative") : null)));

  const totals = moneyTotals(x.money);
  panel("money", x.money.length,
    el("ul", { class: "totals" }, ...totals.map(([cur, sum, n, approx]) =>
      el("li", {}, el("span", { class: "label" }, `Total ${cur}`), el("span", { class: "value" }, `${approx ? "≈ " : ""}${fmt(sum)}`),
        el("span", { class: "src" }, `${n} amount${n > 1 ? "s" : ""}`)))),
    list(x.money, (m) => el("li", {}, el("span", { class: "src" }, m.text), el("span", { class: "value" }, moneyLabel(m)))));

  panel("quantities", x.quantities.length, list(x.quantities, (q) =>
    el("li", {}, el("span", { class: "src" }, q.text), el("span", { class: "value" }, quantityLabel(q)), el("span", { class: "tag" }, q.kind))));

  const we = [...x.works.map((w) => ({ ...w, what: "work" })), ...x.events.map((e) => ({ ...e, what: "event" }))];
  panel("works", we.length, list(we, (e) => {
    const li = entityRow(e);
    li.prepend(el("span", { class: "tag" }, e.what));
    return li;
  }));

  // Quotes grouped by speaker, unattributed last.
  const bySpeaker = new Map();
  for (const q of x.quotes) {
    const k = q.speaker || "";
    if (!bySpeaker.has(k)) bySpeaker.set(k, []);
    bySpeaker.get(k).push(q);
  }
  const groups = [...bySpeaker].sort((a, b) => (a[0] === "") - (b[0] === "") || b[1].length - a[1].length);
  panel("quotes", x.quotes.length, groups.slice(0, LIMIT).map(([who, qs]) =>
    el("div", { class: "speaker" }, el("h3", {}, who || "Unattributed", times(qs.length)),
      list(qs, (q) => el("li", {}, el("q", {}, q.text), el("span", { class: "verb" }, q.verb))))));

  panel("credits", x.credits.length, list(x.credits, (c) =>
    el("li", {}, el("span", { class: "label" }, c.label), el("span", { class: "name" }, c.names.join("、")),
      c.organization ? el("span", { class: "src" }, c.organization) : null, el("span", { class: "tag" }, c.role))));

  const rkinds = new Map();
  for (const r of x.repairs) rkinds.set(r.kind, (rkinds.get(r.kind) || 0) + 1);
  panel("repairs", x.repairs.length,
    el("p", { class: "src" }, [...rkinds].map(([k, n]) => `${n} ${k}`).join(" · ")),
    list(x.repairs, (r) =>
      el("li", { title: `Pasted: ${JSON.stringify(r.original)} → ${r.replacement ? JSON.stringify(r.replacement) : "removed"}` },
        el("span", { class: "tag" }, r.kind),
        r.replacement ? el("ins", { class: "rep" }, r.replacement) : el("span", { class: "rep removed" }, "removed"),
        el("del", { class: "orig" }, r.original))));
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
  const text = $("text").value;
  request(text, options());
}

let debounce = 0;
function scheduled(delay) {
  clearTimeout(debounce);
  document.body.dataset.debouncing = "1";
  debounce = setTimeout(run, delay);
}

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function needResult() {
  if (state.x) return true;
  setStatus("Nothing to export yet: paste an article first.");
  return false;
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

async function load(file) {
  if (!file) return;
  $("text").value = await readFile(file);
  setStatus(`Loaded ${file.name}`);
  run();
}

function wire() {
  const text = $("text");
  text.addEventListener("input", (e) => {
    const big = text.value.length > BIG;
    scheduled(e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop" ? 0 : big ? 700 : 250);
  });
  $("run").addEventListener("click", run);
  $("cancel").addEventListener("click", () => {
    restartWorker();
    $("results").dataset.state = state.x ? "done" : "empty";
    setStatus("Cancelled.");
  });
  $("clear").addEventListener("click", () => {
    text.value = "";
    run();
    text.focus();
  });
  $("example").addEventListener("click", async () => {
    text.value = await (await fetch("examples/seed.txt")).text();
    run();
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
    if (!needResult()) return;
    try {
      await navigator.clipboard.writeText(toJSON(state.x));
      setStatus("JSON copied to the clipboard.");
    } catch (e) {
      setStatus(`Could not copy: ${e.message}`, "error");
    }
  });
  $("download-json").addEventListener("click", () => needResult() && download("zhextract.json", "application/json", toJSON(state.x)));
  $("download-csv").addEventListener("click", () => needResult() && download("zhextract.csv", "text/csv;charset=utf-8", "\ufeff" + toCSV(state.x, state.input)));
}

spawn();
wire();
drawLegend({});
if ($("text").value) run(); // text restored by the browser
