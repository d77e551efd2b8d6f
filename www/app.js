// The page: runs the wasm module on the pasted text and shows what it finds.
// Rendering builds DOM nodes and sets textContent; extracted strings never reach innerHTML.
import init, { extract, version } from "./pkg/zhextract.js";

const $ = (id) => document.getElementById(id);
const KINDS = ["money", "dates", "quantities", "people", "organizations", "locations", "works", "events"];

/** Every highlighted stretch: {start, end, kind, title}, utf16 offsets into the input. */
function marks(x) {
  const out = [];
  const add = (kind, start, end, title) => out.push({ kind, start, end, title });
  for (const m of x.money) add("money", m.start, m.end, `${m.amount} ${m.currency}`);
  for (const d of x.dates) add("dates", d.start, d.end, d.value);
  for (const q of x.quantities) add("quantities", q.start, q.end, `${q.value} ${q.unit}`);
  for (const kind of ["people", "organizations", "locations", "works", "events"]) {
    for (const e of x[kind]) for (const s of e.mentions) add(kind, s.start, s.end, e.name);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function render(input, x) {
  const view = $("highlighted");
  view.replaceChildren();
  let at = 0;
  for (const m of marks(x)) {
    if (m.start < at) continue; // nested or overlapping: the outer one wins
    if (m.start > at) view.append(document.createTextNode(input.slice(at, m.start)));
    const span = document.createElement("mark");
    span.className = `k-${m.kind}`;
    span.title = `${m.kind}: ${m.title}`;
    span.textContent = input.slice(m.start, m.end);
    view.append(span);
    at = m.end;
  }
  view.append(document.createTextNode(input.slice(at)));
  $("json").textContent = JSON.stringify(x, null, 2);
}

function legend() {
  const l = $("legend");
  for (const k of KINDS) {
    const s = document.createElement("span");
    s.className = `k-${k}`;
    s.textContent = k;
    l.append(s);
  }
}

function run() {
  const input = $("text").value;
  const t0 = performance.now();
  try {
    const x = extract(input);
    render(input, x);
    $("status").textContent = `${(performance.now() - t0).toFixed(1)} ms`;
  } catch (e) {
    $("status").textContent = `Error: ${e.message}`;
  }
}

let timer = 0;
function debounced() {
  clearTimeout(timer);
  timer = setTimeout(run, 250);
}

async function main() {
  await init();
  document.title += ` ${version()}`;
  legend();
  $("run").addEventListener("click", run);
  $("text").addEventListener("input", debounced);
  $("example").addEventListener("click", async () => {
    $("text").value = await (await fetch("examples/seed.txt")).text();
    run();
  });
  document.body.dataset.ready = "1";
}

main();
