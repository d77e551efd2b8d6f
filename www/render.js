// Shared by the page (app.js) and the <zh-extract> element: turns an Extraction into
// highlighted DOM. Only DOM nodes and textContent: no pasted or extracted string ever
// reaches innerHTML, so markup in the input is shown as text and runs nothing.

/** The kinds that can be highlighted, in legend order, with their labels. */
export const KINDS = [
  ["people", "People"],
  ["organizations", "Organisations"],
  ["locations", "Places"],
  ["dates", "Dates"],
  ["money", "Money"],
  ["quantities", "Quantities"],
  ["works", "Works"],
  ["events", "Events"],
  ["quotes", "Quotes"],
  ["credits", "Credits"],
  ["repairs", "Repairs"],
];

const num = new Intl.NumberFormat("en", { maximumFractionDigits: 4 });
export const fmt = (n) => (typeof n === "number" && Number.isFinite(n) ? num.format(n) : String(n));

export function moneyLabel(m) {
  const range = m.amountMax != null ? `${fmt(m.amount)}–${fmt(m.amountMax)}` : fmt(m.amount);
  return `${m.approximate ? "≈ " : ""}${range} ${m.currency}`;
}
export function quantityLabel(q) {
  const range = q.valueMax != null ? `${fmt(q.value)}–${fmt(q.valueMax)}` : fmt(q.value);
  return `${range} ${q.unit}${q.subject ? ` (${q.subject})` : ""}`;
}
export function dateLabel(d) {
  return d.end_value ? `${d.value} – ${d.end_value}` : d.value;
}
export function roleLabel(r) {
  return r.organization ? `${r.organization} ${r.title}` : r.title;
}
export function repairLabel(r) {
  const shown = (s) => (s === "" ? "(nothing)" : JSON.stringify(s));
  return `${r.kind}: ${shown(r.original)} → ${shown(r.replacement)}`;
}

/**
 * Every highlighted stretch of `x` as {start, end, kind, title, layer}, offsets in the
 * unit of `x` (utf16 in JS) into the pasted input. Layer 0 are paragraphs (blocks).
 * `repairs: false` leaves out the repairs (for a view of the repaired text).
 */
export function marks(x, { repairs = true } = {}) {
  const out = [];
  const add = (kind, s, title, layer = 1) => {
    if (Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start) {
      out.push({ kind, start: s.start, end: s.end, title, layer });
    }
  };
  for (const p of x.paragraphs || []) add(`para-${p.kind}`, p, "", 0);
  for (const d of x.dates || []) add("dates", d, `date: ${dateLabel(d)}${d.yearInferred ? " (year inferred)" : ""}`);
  for (const m of x.money || []) add("money", m, `money: ${moneyLabel(m)}`);
  for (const q of x.quantities || []) add("quantities", q, `${q.kind}: ${quantityLabel(q)}`);
  for (const p of x.people || []) {
    const roles = (p.roles || []).map(roleLabel).join(", ");
    for (const s of p.mentions || []) add("people", s, `person: ${p.name}${roles ? ` — ${roles}` : ""}`);
  }
  for (const [kind, label] of [["organizations", "organisation"], ["locations", "place"], ["works", "work"], ["events", "event"]]) {
    for (const e of x[kind] || []) for (const s of e.mentions || []) add(kind, s, `${label}: ${e.name}`);
  }
  for (const q of x.quotes || []) add("quotes", q, `quote${q.speaker ? ` by ${q.speaker}` : ""} (${q.verb})`, 2);
  for (const c of x.credits || []) add("credits", c, `credit: ${c.label} ${(c.names || []).join(" ")}`, 2);
  if (repairs) for (const r of x.repairs || []) add("repairs", r, repairLabel(r), 3);
  // Outer before inner: by start, then longer first, then lower layer first.
  out.sort((a, b) => a.start - b.start || b.end - a.end || a.layer - b.layer);
  return out;
}

/**
 * Maps offsets of the pasted input to offsets of the repaired text, using the repairs
 * (input coordinates, sorted, not overlapping). Returns null when the repairs do not
 * account for the repaired text's length (then the caller shows the pasted text).
 */
export function repairedMapper(input, x) {
  const rs = (x.repairs || []).filter((r) => r.end >= r.start).slice().sort((a, b) => a.start - b.start);
  const starts = [], shift = [];
  let delta = 0, last = 0;
  for (const r of rs) {
    if (r.start < last) return null;
    starts.push(r.start);
    shift.push(delta);
    delta += r.replacement.length - (r.end - r.start);
    last = r.end;
  }
  if (input.length + delta !== (x.text || "").length) return null;
  // map(p): repairs ending at or before p shift it; inside a repair it snaps to an edge.
  return (p, isEnd) => {
    let lo = 0, hi = rs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1; // last repair starting before p
    if (i < 0) return p;
    const r = rs[i];
    if (p >= r.end) return p + shift[i] + r.replacement.length - (r.end - r.start);
    return r.start + shift[i] + (isEnd ? r.replacement.length : 0);
  };
}

/** The items of `marks` moved into the coordinates given by `map` (see repairedMapper). */
export function mapMarks(items, map) {
  const out = [];
  for (const m of items) {
    const start = map(m.start, false), end = map(m.end, true);
    if (end > start) out.push({ ...m, start, end });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end || a.layer - b.layer);
  return out;
}

/**
 * Renders `source` with `items` into `target`, block by block, as a generator: each
 * `yield` is a point where the caller may pause (the page spreads a large text over
 * frames; the element drains it at once). Paragraphs (layer 0) become block elements,
 * other items nest as <mark>s; an item crossing its parent's end is cut there.
 * `part` adds ::part names (for the custom element).
 */
export function* renderText(target, source, items, { part = false, doc = target.ownerDocument } = {}) {
  const blocks = [];
  const inline = [];
  for (const m of items) (m.layer === 0 ? blocks : inline).push(m);
  // Blocks: the paragraphs, plus the text outside any paragraph when it is not blank.
  const seq = [];
  let at = 0;
  for (const b of blocks) {
    if (b.start < at) continue;
    if (b.start > at) seq.push({ start: at, end: b.start, kind: "", title: "" });
    seq.push(b);
    at = b.end;
  }
  if (at < source.length) seq.push({ start: at, end: source.length, kind: "", title: "" });

  let k = 0; // next inline item
  for (const b of seq) {
    const piece = source.slice(b.start, b.end);
    if (!b.kind && !/\S/.test(piece)) {
      while (k < inline.length && inline[k].start < b.end) k++;
      continue;
    }
    const block = doc.createElement("div");
    block.className = b.kind ? `para ${b.kind}` : "para";
    if (part) block.setAttribute("part", b.kind ? `paragraph ${b.kind}` : "paragraph");
    // Nesting with a stack of open marks.
    const stack = [{ el: block, end: b.end }];
    let pos = b.start;
    const text = (to) => {
      if (to > pos) {
        stack[stack.length - 1].el.append(source.slice(pos, to));
        pos = to;
      }
    };
    while (k < inline.length && inline[k].start < b.end) {
      const m = inline[k++];
      if (m.start < pos) continue; // starts inside text already written (overlap): skip
      while (stack.length > 1 && stack[stack.length - 1].end <= m.start) {
        text(stack[stack.length - 1].end);
        stack.pop();
      }
      text(m.start);
      const end = Math.min(m.end, stack[stack.length - 1].end);
      if (end <= m.start) continue;
      const el = doc.createElement("mark");
      el.className = `k-${m.kind}`;
      el.dataset.kind = m.kind;
      if (m.title) el.title = m.title;
      if (part) el.setAttribute("part", `mark ${m.kind}`);
      stack[stack.length - 1].el.append(el);
      stack.push({ el, end });
    }
    while (stack.length > 1) {
      text(stack[stack.length - 1].end);
      stack.pop();
    }
    text(b.end);
    target.append(block);
    yield b.end;
  }
}

/** Counts the highlighted mentions of each kind. */
export function counts(items) {
  const c = Object.create(null);
  for (const m of items) if (m.layer > 0) c[m.kind] = (c[m.kind] || 0) + 1;
  return c;
}
